"""Strip quoted history and signatures from a reply (minimal version, to be extended)."""

from __future__ import annotations

import re

_CUT = re.compile(
    r"^(-{2,}\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Messaggio originale)\s*-{2,}"
    r"|On .{5,200} wrote:|Am .{5,200} schrieb .{1,200}:|Le .{5,200} a écrit\s?:|Il giorno .{5,200} ha scritto:"
    r"|-- ?)$",
    re.IGNORECASE | re.MULTILINE,
)


def strip_reply(text: str) -> str:
    """The new text of a reply: everything before the first quote header or signature marker."""
    match = _CUT.search(text)
    kept = text[: match.start()] if match else text
    lines = [line for line in kept.splitlines() if not line.lstrip().startswith(">")]
    return "\n".join(lines).strip()
