"""Safe attachment file names: no paths, no control or bidi characters, no reserved names."""

from __future__ import annotations

import mimetypes
import re
import unicodedata

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)
MAX_BYTES = 200


# Unicode categories a name must not carry: controls (C0 and C1, e.g. U+009B, a terminal's
# escape) and line/paragraph separators become "_"; format characters (U+202E right-to-left
# override, bidi isolates and marks, zero-width characters) and lone surrogates are removed,
# so "invoice\u202efdp.exe" cannot show as "invoiceexe.pdf".
_REPLACED = frozenset({"Cc", "Zl", "Zp"})
_REMOVED = frozenset({"Cf", "Cs"})


def visible(name: str) -> str:
    """The name without invisible or reordering characters (see _REPLACED, _REMOVED)."""
    out = []
    for ch in name:
        category = unicodedata.category(ch)
        if category in _REPLACED:
            out.append("_")
        elif category not in _REMOVED:
            out.append(ch)
    return "".join(out)


def safe_filename(name: str | None, content_type: str, index: int) -> str:
    """A file name safe on any file system, derived from the sender's name when possible."""
    cleaned = ""
    if name:
        base = re.split(r"[/\\]", visible(unicodedata.normalize("NFC", name)))[-1]
        cleaned = _UNSAFE.sub("_", base).strip().lstrip(".").strip()
        cleaned = re.sub(r"\s+", " ", cleaned)
    if not cleaned or set(cleaned) <= {"_", " ", "."}:
        extension = mimetypes.guess_extension(content_type) or ".bin"
        cleaned = f"attachment-{index}{extension}"
    if _RESERVED.match(cleaned):
        cleaned = f"_{cleaned}"
    return _truncate(cleaned)


def _truncate(name: str) -> str:
    if len(name.encode("utf-8")) <= MAX_BYTES:
        return name
    stem, dot, extension = name.rpartition(".")
    if not dot or len(extension) > 16:
        stem, extension = name, ""
    suffix = f".{extension}" if extension else ""
    budget = MAX_BYTES - len(suffix.encode("utf-8"))
    return stem.encode("utf-8")[:budget].decode("utf-8", "ignore") + suffix
