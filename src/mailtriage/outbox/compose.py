"""Compose outgoing mail: headers that thread (RFC 5322) and suppress auto-replies (RFC 3834).

Serialised directly (the email package's generators re-encode every header, which cost more
than the rest of the stage); non-ASCII headers are RFC 2047 encoded words, and a value with
a line break is refused so that customer input can never inject a header.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.charset import BASE64, Charset
from email.header import Header
from email.utils import format_datetime, formataddr

from mailtriage.config.schema import AcknowledgementConfig, SmtpConfig
from mailtriage.conversation.automatic import LOOP_HEADER
from mailtriage.outbox.templates import render
from mailtriage.storage.models import Ticket

# UTF-8 headers as base64 encoded words (RFC 2047): the default "shortest" choice measures
# quoted-printable in pure Python on every header.
_UTF8 = Charset("utf-8")
_UTF8.header_encoding = BASE64
CRLF = "\r\n"


@dataclass(frozen=True)
class OutgoingDraft:
    """A composed mail: its bytes, Message-ID, recipient and plain text."""

    raw: bytes
    message_id: str
    to: str
    subject: str
    text: str
    auto_submitted: str | None


def new_message_id(kind: str, ticket_id: int, from_address: str) -> str:
    """A unique Message-ID in our own domain, naming the ticket it belongs to."""
    domain = from_address.rpartition("@")[2] or "mailtriage.invalid"
    return f"<{kind}.{ticket_id}.{secrets.token_hex(8)}@{domain.lower()}>"


def ticket_tag(ticket: Ticket, ack: AcknowledgementConfig) -> str:
    """The subject tag, e.g. `[#1234]`."""
    return ack.subject_tag.format(number=ticket.id)


def acknowledgement(
    ticket: Ticket,
    reply_to: str,
    references: Sequence[str],
    smtp: SmtpConfig,
    ack: AcknowledgementConfig,
    now: datetime,
) -> OutgoingDraft:
    """The acknowledgement that tells the customer their ticket number, in their language."""
    tag = ticket_tag(ticket, ack)
    subject, body = render(
        "acknowledgement",
        ticket.language,
        tag=tag,
        subject=ticket.subject or "-",
        name=ticket.customer_name or "",
        team=smtp.from_name,
    )
    headers = {
        "Message-ID": new_message_id("ack", ticket.id, smtp.from_address),
        "In-Reply-To": reply_to,
        "References": " ".join([*references, reply_to][-20:]),
        "Auto-Submitted": "auto-replied",
    }
    return compose(smtp, ticket.customer_address, subject, body, now, headers)


def compose(
    smtp: SmtpConfig, to: str, subject: str, body: str, now: datetime, headers: dict[str, str]
) -> OutgoingDraft:
    """A text/plain UTF-8 mail from us, with loop-protection headers and `headers` added."""
    fields = {
        "From": formataddr((smtp.from_name, smtp.from_address), charset=_UTF8),
        "To": to,
        "Subject": subject,
        "Date": format_datetime(now),
        "X-Auto-Response-Suppress": "All",
        LOOP_HEADER: smtp.from_address,
        **headers,
        "MIME-Version": "1.0",
        "Content-Type": 'text/plain; charset="utf-8"',
        "Content-Transfer-Encoding": "base64",
    }
    head = b"".join(header_line(name, value) for name, value in fields.items())
    encoded = base64.encodebytes(body.encode("utf-8")).replace(b"\n", b"\r\n")
    return OutgoingDraft(
        raw=head + b"\r\n" + encoded,
        message_id=fields["Message-ID"],
        to=to,
        subject=subject,
        text=body,
        auto_submitted=fields.get("Auto-Submitted"),
    )


def header_line(name: str, value: str) -> bytes:
    """`Name: value` CRLF: RFC 2047 encoded words when not ASCII, folded at spaces to stay
    under 78 characters (RFC 5322 2.2.3); a line break in a value is refused, so customer
    input can never inject a header."""
    if "\r" in value or "\n" in value:
        raise ValueError(f"line break in header {name}: refused (header injection)")
    if not value.isascii():
        words = Header(value, _UTF8, header_name=name).encode(linesep=CRLF)
        return f"{name}: {words}{CRLF}".encode("ascii")
    lines, line = [], f"{name}:"
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 78 and line.strip() and not line.endswith(":"):
            lines.append(line)
            line = ""
        line += f" {word}"
    lines.append(line)
    return ("\r\n".join(lines) + "\r\n").encode("ascii")
