"""Queue an outgoing mail: the stored outgoing message (its bytes) plus an outbox row pointing at it."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    Table,
    bindparam,
    insert,
    select,
)
from sqlalchemy.orm import Session

from mailtriage.outbox.addresses import recipient_problem
from mailtriage.outbox.compose import OutgoingDraft
from mailtriage.parsing.headers import normalize_message_id
from mailtriage.parsing.mime import raw_fingerprint
from mailtriage.storage.bulk import insert_unnested
from mailtriage.storage.models import Message, OutboxItem, Ticket

log = logging.getLogger(__name__)

MESSAGES = cast(Table, Message.__table__)
OUTBOX = cast(Table, OutboxItem.__table__)
# Built once. The outbox row finds its stored message by the unique Message-ID, so neither
# INSERT needs RETURNING and many rows go in one plain executemany (on PostgreSQL a
# multi-row INSERT ... RETURNING costs three times as much; PostgreSQL: storage/bulk.py).
_STORE = insert(MESSAGES)
_STORED_PK = (
    select(MESSAGES.c.id)
    .where(MESSAGES.c.message_id == bindparam("stored_message_id"), MESSAGES.c.direction == "out")
    .scalar_subquery()
)
_QUEUE = insert(OUTBOX).values(message_pk=_STORED_PK)
_QUEUE_ONE = _QUEUE.returning(OUTBOX.c.id)


@dataclass(frozen=True)
class Outgoing:
    """One mail to queue about a ticket; `key` (unique in the outbox) queues it once at most."""

    key: str
    kind: str
    ticket: Ticket
    draft: OutgoingDraft
    envelope_from: str


def enqueue(
    session: Session,
    *,
    key: str,
    kind: str,
    ticket: Ticket,
    draft: OutgoingDraft,
    envelope_from: str,
    now: datetime,
) -> int | None:
    """Store `draft` on the ticket and queue it (returns the outbox id, or None when no
    recipient can be mailed); `key` is unique, so it is queued once at most."""
    item = deliverable(Outgoing(key, kind, ticket, draft, envelope_from))
    if item is None:
        return None
    connection = session.connection()
    connection.execute(_STORE, _message_row(item, now))
    return int(connection.execute(_QUEUE_ONE, _outbox_row(item, now)).scalar_one())


def enqueue_many(session: Session, items: Sequence[Outgoing], now: datetime) -> None:
    """Store and queue several mails: on PostgreSQL one statement per table (see
    `insert_unnested`), elsewhere one executemany per table.

    A key already queued raises `IntegrityError`: the caller's transaction fails whole.
    """
    items = [found for found in map(deliverable, items) if found is not None]
    if not items:
        return
    connection = session.connection()
    messages = [_message_row(item, now) for item in items]
    if connection.dialect.name != "postgresql":
        connection.execute(_STORE, messages)
        connection.execute(_QUEUE, [_outbox_row(item, now) for item in items])
        return
    stored = insert_unnested(connection, MESSAGES, messages, returning=("message_id", "id"))
    pks = {row["message_id"]: row["id"] for row in stored.mappings()}
    rows = [_outbox_row(item, now) for item in items]
    for row in rows:
        row["message_pk"] = pks[row.pop("stored_message_id")]
    insert_unnested(connection, OUTBOX, rows)


def deliverable(item: Outgoing) -> Outgoing | None:
    """The mail with only the recipients SMTP can take (the others logged with the reason),
    or None when none is left: one bad address never reaches, or sticks, the outbox."""
    kept = []
    for address in (a.strip() for a in item.draft.to.split(",") if a.strip()):
        problem = recipient_problem(address)
        if problem is None:
            kept.append(address)
        else:
            log.warning("ticket %s: %s not sent to %r: %s", item.ticket.id, item.kind, address,
                        problem)
    if not kept:
        log.warning("ticket %s: %s not queued: no recipient can be mailed", item.ticket.id,
                    item.kind)
        return None
    return replace(item, draft=replace(item.draft, to=", ".join(kept)))


def _message_row(item: Outgoing, now: datetime) -> dict[str, Any]:
    """The stored outgoing message: its bytes, Message-ID and text, not yet sent."""
    draft = item.draft
    return {
        "ticket_id": item.ticket.id,
        "direction": "out",
        "message_id": _message_id(draft),
        "from_address": item.envelope_from,
        "to_addresses": draft.to,
        "subject": draft.subject,
        "sent_at": None,
        "text": draft.text,
        "language": item.ticket.language,
        "automatic": draft.auto_submitted,
        "size": len(draft.raw),
        "raw_sha256": hashlib.sha256(draft.raw).hexdigest(),
        "fingerprint": raw_fingerprint(draft.raw),
        "raw": draft.raw,
        "created_at": now,
    }


def _outbox_row(item: Outgoing, now: datetime) -> dict[str, Any]:
    """The outbox row of a stored message (found by its Message-ID): pending, due now."""
    return {
        "idempotency_key": item.key,
        "ticket_id": item.ticket.id,
        "stored_message_id": _message_id(item.draft),
        "kind": item.kind,
        "envelope_from": item.envelope_from,
        "recipients": item.draft.to,
        "status": "pending",
        "attempts": 0,
        "next_attempt_at": now,
        "created_at": now,
    }


def _message_id(draft: OutgoingDraft) -> str:
    message_id = normalize_message_id(draft.message_id)
    if message_id is None:
        raise ValueError("outgoing mail needs a Message-ID")
    return message_id
