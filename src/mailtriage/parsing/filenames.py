"""Safe attachment file names: no paths, no control characters, no reserved names."""

from __future__ import annotations

import mimetypes
import re
import unicodedata

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)
MAX_BYTES = 200


def safe_filename(name: str | None, content_type: str, index: int) -> str:
    """A file name safe on any file system, derived from the sender's name when possible."""
    cleaned = ""
    if name:
        base = re.split(r"[/\\]", unicodedata.normalize("NFC", name))[-1]
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
