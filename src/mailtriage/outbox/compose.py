"""Compose outgoing mail: headers that thread (RFC 5322) and suppress auto-replies (RFC 3834).

Serialised directly (the email package's generators re-encode every header, which cost more
than the rest of the stage); non-ASCII headers are RFC 2047 encoded words, and a value with
a line break is refused so that customer input can never inject a header.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.charset import BASE64, Charset
from email.header import Header
from email.utils import format_datetime, formataddr
from functools import lru_cache

from mailtriage.config.schema import SmtpConfig
from mailtriage.conversation.automatic import LOOP_HEADER

# UTF-8 headers as base64 encoded words (RFC 2047): the default "shortest" choice measures
# quoted-printable in pure Python on every header.
_UTF8 = Charset("utf-8")
_UTF8.header_encoding = BASE64
CRLF = "\r\n"
_LINE = 78  # the email package's line length for headers
_CHROME = len("=?utf-8?b??=")  # what an encoded word adds to its base64 text


@dataclass(frozen=True)
class OutgoingDraft:
    """A composed mail: its bytes, Message-ID, envelope recipients and plain text."""

    raw: bytes
    message_id: str
    to: str  # every envelope recipient, comma separated (To and Cc)
    subject: str
    text: str
    auto_submitted: str | None


@dataclass(frozen=True)
class Envelope:
    """Who a mail goes to and where it sits in the thread (RFC 5322 3.6.4)."""

    to: tuple[str, ...]
    message_id: str
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    reply_to: str | None = None
    sender_name: str | None = None


def compose(
    smtp: SmtpConfig, envelope: Envelope, subject: str, body: str, now: datetime
) -> OutgoingDraft:
    """A text/plain UTF-8 mail from us that threads, with loop-protection headers (RFC 3834:
    Auto-Submitted; X-Auto-Response-Suppress for Exchange; our own loop header)."""
    auto_submitted = "auto-replied" if envelope.in_reply_to else "auto-generated"
    head = b"".join(
        (
            _from_line(envelope.sender_name or smtp.from_name, smtp.from_address),
            _field("To", ", ".join(envelope.to)),
            _field("Cc", ", ".join(envelope.cc)),
            _field("Reply-To", envelope.reply_to or ""),
            _field("Subject", subject),
            _date_line(now, now.utcoffset()),
            _field("Message-ID", envelope.message_id),
            _field("In-Reply-To", envelope.in_reply_to or ""),
            _field("References", " ".join(_references(envelope))),
            _field("Auto-Submitted", auto_submitted),
            _trailer_lines(smtp.from_address),
        )
    )
    return OutgoingDraft(
        raw=head + b"\r\n" + _base64_lines(body.encode("utf-8")),
        message_id=envelope.message_id,
        to=", ".join(dict.fromkeys([*envelope.to, *envelope.cc])),
        subject=subject,
        text=body,
        auto_submitted=auto_submitted,
    )


def _field(name: str, value: str) -> bytes:
    """The header line, or nothing for an empty value."""
    return header_line(name, value) if value else b""


# The header lines that are the same in every mail of a pass are encoded once.
@lru_cache(maxsize=64)
def _from_line(name: str, address: str) -> bytes:
    return _field("From", formataddr((name, address), charset=_UTF8))


@lru_cache(maxsize=16)
def _date_line(now: datetime, _offset: timedelta | None) -> bytes:
    # Aware datetimes compare in UTC: the offset keeps 12:00+00:00 and 13:00+01:00 apart.
    return _field("Date", format_datetime(now))


@lru_cache(maxsize=16)
def _trailer_lines(from_address: str) -> bytes:
    fields = {
        "X-Auto-Response-Suppress": "All",
        LOOP_HEADER: from_address,
        "MIME-Version": "1.0",
        "Content-Type": 'text/plain; charset="utf-8"',
        "Content-Transfer-Encoding": "base64",
    }
    return b"".join(_field(name, value) for name, value in fields.items())


def _base64_lines(data: bytes) -> bytes:
    """`data` in base64 lines of 76 characters ending in CRLF, as `base64.encodebytes` folds
    it (57 bytes a line), encoded in one call instead of one per line."""
    encoded = binascii.b2a_base64(data, newline=False)
    return b"".join(encoded[i : i + 76] + b"\r\n" for i in range(0, len(encoded), 76))


def _references(envelope: Envelope) -> list[str]:
    """The parent's References plus the parent, at most 20 (RFC 5322 3.6.4)."""
    chain = [*envelope.references, envelope.in_reply_to] if envelope.in_reply_to else []
    return list(dict.fromkeys(chain))[-20:]


def header_line(name: str, value: str) -> bytes:
    """`Name: value` CRLF: RFC 2047 encoded words when not ASCII, folded at spaces to stay
    under 78 characters (RFC 5322 2.2.3); a line break in a value is refused, so customer
    input can never inject a header."""
    if "\r" in value or "\n" in value:
        raise ValueError(f"line break in header {name}: refused (header injection)")
    if not value.isascii():
        words = _encoded_words(name, value)
        return f"{name}: {words}{CRLF}".encode("ascii")
    if len(name) + 2 + len(value) <= 78:  # most headers: nothing to fold
        return f"{name}: {value}{CRLF}".encode("ascii")
    lines, line = [], f"{name}:"
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 78 and line.strip() and not line.endswith(":"):
            lines.append(line)
            line = ""
        line += f" {word}"
    lines.append(line)
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


def _encoded_words(name: str, value: str) -> str:
    """`value` as UTF-8 base64 encoded words (RFC 2047), the same text the email package's
    `Header(value, utf-8/base64, header_name=name).encode()` gives, without its per-character
    re-encoding: a word ends at the character that would take its base64 text past the line
    (78 characters, RFC 5322 2.1.1; the first line also holds `Name: `)."""
    encoded = value.encode("utf-8")  # refuses what Header refuses (lone surrogates)
    room = _LINE - len(name) - 2 - _CHROME
    if len(value.splitlines()) != 1 or room < 8:  # Header's own folding of odd cases
        return Header(value, _UTF8, header_name=name).encode(linesep=CRLF)
    if -(-len(encoded) // 3) * 4 <= room:  # fits in one word
        return _word(value)
    words, start, size = [], 0, 0
    for index, character in enumerate(value):
        width = len(character.encode("utf-8"))
        if -(-(size + width) // 3) * 4 > room:
            words.append(_word(value[start:index]))
            start, size, room = index, 0, _LINE - 1 - _CHROME
        size += width
    words.append(_word(value[start:]))
    return (CRLF + " ").join(words)


def _word(text: str) -> str:
    return f"=?utf-8?b?{base64.b64encode(text.encode('utf-8')).decode('ascii')}?="
