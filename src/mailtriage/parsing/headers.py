"""Header values: RFC 2047 encoded words, Message-IDs (RFC 5322 3.6.4), addresses, dates."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.header import Header, decode_header, make_header
from email.headerregistry import HeaderRegistry
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from mailtriage.parsing.charset import decode_bytes

_MSGID = re.compile(r"<([^<>\s]+)>")
_BARE_MSGID = re.compile(r"^\s*([^<>\s@]+@[^<>\s@]+)\s*$")
_LINE_BREAKS = re.compile(r"[\r\n]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_MSGID = 998


def header_text(value: object) -> str:
    """Decoded, unfolded text of a header (RFC 2047 words and raw 8-bit bytes alike)."""
    if value is None:
        return ""
    if isinstance(value, Header):
        # compat32 wraps raw 8-bit header bytes in a Header ("unknown-8bit"); str() would
        # replace them with U+FFFD, so decode the chunks' bytes ourselves.
        value = "".join(
            part if isinstance(part, str) else decode_bytes(part, charset)[0]
            for part, charset in decode_header(value)
        )
    text = str(value)
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        text, _ = decode_bytes(text.encode("ascii", "surrogateescape"), "utf-8")
    text = re.sub(r"\r?\n[ \t]+", " ", text).replace("\r", "").replace("\n", " ")
    if "=?" in text:
        # An encoded word may hide a line break (RFC 2047 allows any octet): a decoded
        # header is still one line, so customer input can never become a header of ours.
        text = _LINE_BREAKS.sub(" ", _decode_words(text))
    return _CONTROL.sub("", text).strip()


def _decode_words(text: str) -> str:
    try:
        return str(make_header(decode_header(text)))
    except (LookupError, UnicodeError, ValueError, AssertionError):
        pass
    try:
        parts = decode_header(text)
    except (ValueError, AssertionError):
        return text
    out = []
    for data, charset in parts:
        out.append(data if isinstance(data, str) else decode_bytes(data, charset)[0])
    return "".join(out)


def normalize_message_id(value: str) -> str | None:
    """`<local@domain>` with the domain lower-cased, or None when there is no usable id."""
    match = _MSGID.search(value) or _BARE_MSGID.match(value)
    if not match:
        return None
    token = match.group(1).strip()
    local, at, domain = token.rpartition("@")
    normalized = f"<{local}@{domain.lower()}>" if at else f"<{token}>"
    return normalized if len(normalized) <= MAX_MSGID else None


def message_id_list(value: str) -> tuple[str, ...]:
    """Every Message-ID in a References or In-Reply-To value, normalised, in order."""
    found: list[str] = []
    for raw in _MSGID.findall(value or ""):
        normalized = normalize_message_id(f"<{raw}>")
        if normalized and normalized not in found:
            found.append(normalized)
    return tuple(found)


def addresses(values: list[str]) -> tuple[tuple[str, str], ...]:
    """(name, lower-cased address) pairs from address headers; unusable entries dropped.

    The address is the header's addr-spec, read as `email.policy.default` reads it (RFC 5322
    3.4): RFC 2047 encoded words are decoded in display names only (RFC 2047 section 5), so a
    display name such as "=?utf-8?b?...?=" that decodes to someone's address never becomes
    the sender.
    """
    pairs = []
    for value in values:
        if not value:
            continue
        for name, address in _address_pairs(_undecoded(value)):
            address = _CONTROL.sub("", _without_surrogates(address)).strip().lower()
            if "@" in address and len(address) <= 320:
                name = _LINE_BREAKS.sub(" ", _CONTROL.sub("", _without_surrogates(name)))
                pairs.append((name.strip(), address))
    return tuple(pairs)


def _without_surrogates(text: str) -> str:
    """Bytes an encoded word's declared charset could not decode (kept by the email package
    as surrogates), decoded by the charset fallbacks instead."""
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    return decode_bytes(text.encode("utf-8", "surrogateescape"), "utf-8")[0]


_REGISTRY = HeaderRegistry()


def _undecoded(value: object) -> str:
    """A header's unfolded text with raw 8-bit bytes decoded, encoded words left encoded."""
    if isinstance(value, Header):
        value = "".join(
            part if isinstance(part, str) else decode_bytes(part, charset)[0]
            for part, charset in decode_header(value)
        )
    text = str(value)
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        text, _ = decode_bytes(text.encode("ascii", "surrogateescape"), "utf-8")
    return re.sub(r"\r?\n[ \t]+", " ", text).replace("\r", "").replace("\n", " ")


def _address_pairs(text: str) -> list[tuple[str, str]]:
    """(display name, addr-spec) of every address in an address-list header value."""
    try:
        parsed: Any = _REGISTRY("to", text)  # an AddressHeader
        return [(a.display_name, a.addr_spec) for a in parsed.addresses]
    except Exception:  # the registry's parser is lenient; never let a header stop a mail
        return [(header_text(name), address) for name, address in getaddresses([text])]


def parse_date(value: str) -> datetime | None:
    """The Date header as an aware UTC datetime, or None when missing or malformed."""
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
