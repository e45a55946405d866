"""Strip quoted reply history and signatures from a plain-text mail body."""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.UNICODE

# A line that starts the quoted history: everything from it on is dropped.
# Attribution lines may be wrapped by the mail client, so they are also tried on a line
# joined with the next one.
HISTORY_STARTS: dict[str, tuple[re.Pattern[str], ...]] = {
    "en": (
        re.compile(r"^\s*On\b.{4,200}\bwrote:\s*$", _FLAGS),
        re.compile(r"^\s*-{2,}\s*Original Message\s*-{2,}\s*$", _FLAGS),
        re.compile(r"^\s*-{2,}\s*Forwarded message\s*-{2,}\s*$", _FLAGS),
        re.compile(r"^\s*Begin forwarded message:\s*$", _FLAGS),
    ),
    "de": (
        re.compile(r"^\s*Am\b.{4,200}\bschrieb\b.{0,200}:\s*$", _FLAGS),
        re.compile(r"^\s*-{2,}\s*Urspr(?:ü|ue)ngliche Nachricht\s*-{2,}\s*$", _FLAGS),
        re.compile(r"^\s*-{2,}\s*Weitergeleitete Nachricht\s*-{2,}\s*$", _FLAGS),
    ),
    "fr": (
        re.compile(r"^\s*Le\b.{4,200}\ba\s+écrit\s*:\s*$", _FLAGS),
        re.compile(r"^\s*-{2,}\s*Message d'origine\s*-{2,}\s*$", _FLAGS),
        re.compile(r"^\s*-{2,}\s*Message transféré\s*-{2,}\s*$", _FLAGS),
    ),
    "it": (
        re.compile(r"^\s*(?:Il giorno|Il)\b.{4,200}\bha scritto\s*:\s*$", _FLAGS),
        re.compile(r"^\s*-{2,}\s*Messaggio originale\s*-{2,}\s*$", _FLAGS),
        re.compile(r"^\s*-{2,}\s*Messaggio inoltrato\s*-{2,}\s*$", _FLAGS),
    ),
}

# Outlook-style header block: a "From:" line followed within a few lines by a "Sent:" line.
HEADER_FROM = re.compile(r"^\s*\*?(?:From|Von|De|Da)\s*\*?\s*:\s*\S", _FLAGS)
HEADER_SENT = re.compile(
    r"^\s*\*?(?:Sent|Date|Gesendet|Datum|Envoyé|Date d'envoi|Inviato|Data)\s*\*?\s*:\s*\S", _FLAGS
)
HEADER_WINDOW = 4

# A line that starts the signature: everything from it on is dropped.
SIGNATURE_STARTS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^-- ?$"),  # the RFC 3676 signature separator ("-- "), often trimmed
    re.compile(r"^\s*Sent from my \w+", _FLAGS),
    re.compile(r"^\s*Von meinem \w+ gesendet", _FLAGS),
    re.compile(r"^\s*Gesendet von meinem \w+", _FLAGS),
    re.compile(r"^\s*Envoyé de mon \w+", _FLAGS),
    re.compile(r"^\s*Inviato da(?:l mio)? \w+", _FLAGS),
)

QUOTED_LINE = re.compile(r"^\s*>")
_ALL_HISTORY = tuple(p for patterns in HISTORY_STARTS.values() for p in patterns)


def _starts_history(lines: list[str], i: int) -> bool:
    line = lines[i]
    joined = f"{line} {lines[i + 1].strip()}" if i + 1 < len(lines) else line
    if any(p.match(line) or p.match(joined) for p in _ALL_HISTORY):
        return True
    if HEADER_FROM.match(line):
        window = lines[i + 1 : i + 1 + HEADER_WINDOW]
        return any(HEADER_SENT.match(following) for following in window)
    return False


def strip_reply(text: str) -> str:
    """The text the sender wrote: without quoted history, "> " lines and the signature."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for i, line in enumerate(lines):
        if _starts_history(lines, i) or any(p.match(line) for p in SIGNATURE_STARTS):
            break
        if not QUOTED_LINE.match(line):
            kept.append(line)
    return "\n".join(kept).strip()
