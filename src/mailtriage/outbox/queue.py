"""Queue an outgoing mail: the stored outgoing message (its bytes) plus an outbox row pointing at it."""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy.orm import Session

from mailtriage.outbox.compose import OutgoingDraft
from mailtriage.parsing.headers import normalize_message_id
from mailtriage.storage.models import Message, OutboxItem, Ticket
from mailtriage.storage.rows import insert_row


def enqueue(
    session: Session,
    *,
    key: str,
    kind: str,
    ticket: Ticket,
    draft: OutgoingDraft,
    envelope_from: str,
    now: datetime,
) -> int:
    """Store `draft` on the ticket and queue it (returns the outbox id); `key` is unique, so
    it is queued once at most."""
    message_id = normalize_message_id(draft.message_id)
    if message_id is None:
        raise ValueError("outgoing mail needs a Message-ID")
    stored_pk = insert_row(
        session,
        Message,
        {
            "ticket_id": ticket.id,
            "direction": "out",
            "message_id": message_id,
            "from_address": envelope_from,
            "to_addresses": draft.to,
            "subject": draft.subject,
            "sent_at": None,
            "text": draft.text,
            "language": ticket.language,
            "automatic": draft.auto_submitted,
            "size": len(draft.raw),
            "raw_sha256": hashlib.sha256(draft.raw).hexdigest(),
            "raw": draft.raw,
            "created_at": now,
        },
    )
    return insert_row(
        session,
        OutboxItem,
        {
            "idempotency_key": key,
            "ticket_id": ticket.id,
            "message_pk": stored_pk,
            "kind": kind,
            "envelope_from": envelope_from,
            "recipients": draft.to,
            "status": "pending",
            "attempts": 0,
            "next_attempt_at": now,
            "created_at": now,
        },
    )
