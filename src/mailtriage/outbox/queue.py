"""Queue an outgoing mail: a stored outgoing message plus an outbox row, in the caller's transaction."""

from __future__ import annotations

import hashlib
from datetime import datetime
from email.message import EmailMessage

from sqlalchemy.orm import Session

from mailtriage.parsing.headers import normalize_message_id
from mailtriage.storage.models import Message, OutboxItem, Ticket


def enqueue(
    session: Session,
    *,
    key: str,
    kind: str,
    ticket: Ticket,
    mail: EmailMessage,
    envelope_from: str,
    now: datetime,
) -> OutboxItem:
    """Store `mail` on the ticket and queue it; `key` is unique, so it is queued once at most."""
    raw = mail.as_bytes()
    message_id = normalize_message_id(str(mail["Message-ID"]))
    if message_id is None:
        raise ValueError("outgoing mail needs a Message-ID")
    stored = Message(
        ticket_id=ticket.id,
        direction="out",
        message_id=message_id,
        from_address=envelope_from,
        to_addresses=str(mail["To"]),
        subject=str(mail["Subject"]),
        sent_at=None,
        text=mail.get_content() if not mail.is_multipart() else "",
        language=ticket.language,
        automatic=str(mail.get("Auto-Submitted", "")) or None,
        size=len(raw),
        raw_sha256=hashlib.sha256(raw).hexdigest(),
        raw=raw,
        created_at=now,
    )
    session.add(stored)
    session.flush()
    item = OutboxItem(
        idempotency_key=key,
        ticket_id=ticket.id,
        message_pk=stored.id,
        kind=kind,
        envelope_from=envelope_from,
        recipients=str(mail["To"]),
        raw=raw,
        status="pending",
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
    session.add(item)
    return item
