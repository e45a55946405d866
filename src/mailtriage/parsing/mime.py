"""Parse raw message bytes (never decoded to text first) into a ParsedMessage.

The hot path uses the `compat32` policy, about seven times faster than `policy.default`,
and decodes headers (RFC 2047) and bodies (declared or mis-declared charsets) explicitly.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32

from mailtriage.parsing.charset import decode_bytes
from mailtriage.parsing.dsn import Bounce, read_bounce
from mailtriage.parsing.filenames import safe_filename
from mailtriage.parsing.headers import (
    addresses,
    header_text,
    message_id_list,
    normalize_message_id,
    parse_date,
)
from mailtriage.parsing.html import html_to_text

# Headers kept (decoded) for rules such as loop detection (RFC 3834) and bounces (RFC 3464).
KEPT_HEADERS = (
    "auto-submitted",
    "precedence",
    "list-id",
    "list-unsubscribe",
    "x-autoreply",
    "x-autorespond",
    "x-auto-response-suppress",
    "return-path",
    "x-loop",
    "x-mailtriage-loop",
    "x-failed-recipients",
    "content-type",
    "reply-to",
    "delivered-to",
    "x-original-to",
)
_PARSER = BytesParser(policy=compat32)


@dataclass(frozen=True)
class ParsedAttachment:
    """An attachment or inline part with its safe file name and decoded bytes."""

    filename: str
    content_type: str
    data: bytes
    inline: bool
    content_id: str | None


@dataclass(frozen=True)
class ParsedMessage:
    """Everything the pipeline needs from one message."""

    message_id: str
    message_id_synthetic: bool
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    from_name: str
    from_address: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    reply_to: tuple[str, ...]
    subject: str
    date: datetime | None
    text: str
    html_converted: bool
    attachments: tuple[ParsedAttachment, ...]
    headers: dict[str, str]
    defects: tuple[str, ...] = field(default=())
    bounce: Bounce | None = None
    fingerprint: str = ""  # content_fingerprint(): a reused Message-ID with other content differs


def kept_headers(message: Message) -> dict[str, str]:
    """The headers the rules read; every X-Loop value (one per system the mail passed)."""
    kept = {name: header_text(message.get(name)) for name in KEPT_HEADERS if name in message}
    if "x-loop" in kept:
        kept["x-loop"] = ", ".join(header_text(v) for v in message.get_all("x-loop", []))
    return kept


# A mail has at least one of these; bytes with none of them (an empty file, an image, text
# without a header block, a note that starts "Hinweis: ...") are no mail.
MAIL_HEADERS = ("from", "date", "sender", "to", "cc", "subject", "message-id", "received",
                "return-path", "mime-version", "content-type", "in-reply-to", "references")


class NotAnEmail(ValueError):
    """Bytes without any header a mail has (MAIL_HEADERS): a stray file, not a customer's mail."""


def _lacking(message: Message, raw: bytes) -> str:
    if not raw.strip():
        return "empty"
    return "no header block" if not message.keys() else "no From, Date or other mail header"


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse `raw`; tolerant of broken MIME, unknown charsets and missing headers, but
    NotAnEmail for bytes that have neither From nor Date (empty files, images, plain text)."""
    message = _PARSER.parsebytes(raw)
    if not any(name in message for name in MAIL_HEADERS):
        raise NotAnEmail(f"not an email message ({_lacking(message, raw)}, {len(raw)} bytes)")
    collector = _Collector()
    collector.walk(message)
    from_pairs = addresses(message.get_all("from", []))
    from_name, from_address = from_pairs[0] if from_pairs else ("", "")
    message_id = normalize_message_id(header_text(message.get("message-id")))
    text = collector.text()
    fingerprint = content_fingerprint(message, raw)
    return ParsedMessage(
        message_id=message_id or synthetic_message_id(fingerprint),
        message_id_synthetic=message_id is None,
        in_reply_to=message_id_list(str(message.get("in-reply-to", ""))),
        references=message_id_list(" ".join(map(str, message.get_all("references", [])))),
        from_name=from_name,
        from_address=from_address,
        to=tuple(a for _, a in addresses(message.get_all("to", []))),
        cc=tuple(a for _, a in addresses(message.get_all("cc", []))),
        reply_to=tuple(a for _, a in addresses(message.get_all("reply-to", []))),
        subject=header_text(message.get("subject")),
        date=parse_date(header_text(message.get("date"))),
        text=text,
        html_converted=collector.html_only,
        attachments=tuple(collector.attachments),
        headers=kept_headers(message),
        defects=tuple(collector.defects),
        bounce=read_bounce(message, from_address, text),
        fingerprint=fingerprint,
    )


def content_fingerprint(message: Message, raw: bytes) -> str:
    """SHA-256 (hex) of what makes a mail this mail: sender, date, subject, recipients, body.

    These survive relaying (unlike Received headers), so one mail fetched from two mailboxes,
    or delivered twice, has one fingerprint, while another mail that reuses its Message-ID has
    another. Mail with none of those headers, or without a header/body separator, is hashed
    whole.
    """
    separator = b"\r\n\r\n" if b"\r\n\r\n" in raw else b"\n\n"
    _, found, body = raw.partition(separator)
    identity = [str(message.get(name, "")) for name in ("from", "date", "subject", "to")]
    digest = hashlib.sha256()
    if not found or not any(identity):
        digest.update(raw.replace(b"\r\n", b"\n"))
    else:
        for value in identity:
            digest.update(value.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(body.replace(b"\r\n", b"\n"))
    return digest.hexdigest()


def raw_fingerprint(raw: bytes) -> str:
    """content_fingerprint() of raw bytes (only the headers are parsed)."""
    return content_fingerprint(_PARSER.parsebytes(raw, headersonly=True), raw)


def synthetic_message_id(fingerprint: str) -> str:
    """A stable id for mail without a Message-ID: the same mail always gets the same id."""
    return f"<{fingerprint[:40]}@synthetic.mailtriage.invalid>"


class _Collector:
    """Walks the MIME tree once: body text parts versus attachments."""

    def __init__(self) -> None:
        self.plain: list[str] = []
        self.html: list[str] = []
        self.attachments: list[ParsedAttachment] = []
        self.defects: list[str] = []
        self.html_only = False

    def walk(self, part: Message) -> None:
        self.defects.extend(type(d).__name__ for d in getattr(part, "defects", []))
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            for child in part.get_payload() or []:
                if isinstance(child, Message):
                    self.walk(child)
            return
        if self._is_body_text(part):
            self._add_text(part)
        else:
            self._add_attachment(part)

    @staticmethod
    def _is_body_text(part: Message) -> bool:
        if part.get_content_type() not in ("text/plain", "text/html"):
            return False
        disposition = str(part.get("content-disposition", "")).split(";")[0].strip().lower()
        return disposition != "attachment" and not part.get_filename()

    def _add_text(self, part: Message) -> None:
        data = _payload_bytes(part)
        text, fell_back = decode_bytes(data, part.get_content_charset())
        if fell_back:
            self.defects.append(f"CharsetFallback({part.get_content_charset()})")
        (self.plain if part.get_content_type() == "text/plain" else self.html).append(text)

    def _add_attachment(self, part: Message) -> None:
        filename = header_text(_filename(part))
        disposition = str(part.get("content-disposition", "")).split(";")[0].strip().lower()
        content_id = header_text(part.get("content-id")) or None
        self.attachments.append(
            ParsedAttachment(
                filename=safe_filename(
                    filename, part.get_content_type(), len(self.attachments) + 1
                ),
                content_type=part.get_content_type(),
                data=_payload_bytes(part),
                inline=disposition == "inline"
                or (content_id is not None and disposition != "attachment"),
                content_id=content_id,
            )
        )

    def text(self) -> str:
        """The body text; NUL characters dropped (no database text type can hold them)."""
        if self.plain:
            text = "\n\n".join(t.strip("\r\n") for t in self.plain).replace("\r\n", "\n")
        elif self.html:
            self.html_only = True
            text = "\n\n".join(html_to_text(h) for h in self.html)
        else:
            return ""
        if "\x00" in text:
            self.defects.append("NulCharactersRemoved")
            text = text.replace("\x00", "")
        return text


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except (LookupError, UnicodeError, ValueError):
        name = None
    if name is None and part.get_content_type() == "message/rfc822":
        name = "forwarded-message.eml"
    return name


def _payload_bytes(part: Message) -> bytes:
    """Transfer-decoded bytes of a leaf part (base64, quoted-printable), or the nested mail."""
    payload = part.get_payload()
    if isinstance(payload, list):  # message/rfc822 and friends: keep the inner mail whole
        inner = payload[0] if payload else None
        if isinstance(inner, Message):
            try:
                return inner.as_bytes(policy=compat32)
            except (LookupError, UnicodeError, ValueError, TypeError):
                return str(inner).encode("utf-8", "surrogateescape")
        return b""
    try:
        data = part.get_payload(decode=True)
    except (LookupError, UnicodeError, ValueError, AssertionError):
        data = None
    if isinstance(data, bytes):
        return data
    return str(payload or "").encode("utf-8", "surrogateescape")
