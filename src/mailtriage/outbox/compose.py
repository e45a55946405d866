"""Compose outgoing mail: headers that thread (RFC 5322) and suppress auto-replies (RFC 3834)."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

from mailtriage.config.schema import AcknowledgementConfig, SmtpConfig
from mailtriage.conversation.automatic import LOOP_HEADER
from mailtriage.outbox.templates import render
from mailtriage.storage.models import Ticket


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
) -> EmailMessage:
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
    message = _base(smtp, ticket.customer_address, subject, body, now)
    message["Message-ID"] = new_message_id("ack", ticket.id, smtp.from_address)
    message["In-Reply-To"] = reply_to
    message["References"] = " ".join([*references, reply_to][-20:])
    message["Auto-Submitted"] = "auto-replied"
    return message


def _base(smtp: SmtpConfig, to: str, subject: str, body: str, now: datetime) -> EmailMessage:
    message = EmailMessage(policy=SMTP)
    message["From"] = formataddr((smtp.from_name, smtp.from_address))
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(now)
    message["X-Auto-Response-Suppress"] = "All"
    message[LOOP_HEADER] = smtp.from_address
    message.set_content(body)
    return message
