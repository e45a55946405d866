"""Decode bytes of a declared, mis-declared or missing charset without ever failing."""

from __future__ import annotations

import codecs

# Declarations that are often wrong: when such bytes are valid UTF-8 with non-ASCII in them,
# the sender's client almost certainly wrote UTF-8.
_OFTEN_MISDECLARED = {"ascii", "latin-1", "iso8859-1", "iso8859-15", "cp1252"}
_FALLBACKS = ("utf-8", "cp1252", "latin-1")
_ALIASES = {"unknown-8bit": None, "x-unknown": None, "x-user-defined": None, "unknown": None}


def canonical_charset(name: str | None) -> str | None:
    """Python's codec name for a MIME charset label, or None when unknown."""
    if not name:
        return None
    label = name.strip().strip('"').lower()
    if label in _ALIASES:
        return None
    if label in {"ks_c_5601-1987", "ks_c_5601"}:
        label = "cp949"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_bytes(data: bytes, declared: str | None) -> tuple[str, bool]:
    """Text of `data` and whether a fallback was needed (declared charset absent or wrong)."""
    charset = canonical_charset(declared)
    if charset in _OFTEN_MISDECLARED and not data.isascii():
        try:
            return data.decode("utf-8"), charset != "utf-8"
        except UnicodeDecodeError:
            pass
    if charset:
        try:
            return data.decode(charset), False
        except (UnicodeDecodeError, LookupError):
            pass
    for fallback in _FALLBACKS:
        try:
            return data.decode(fallback), True
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), True  # unreachable: latin-1 decodes every byte
