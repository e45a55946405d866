"""Read-side queries for the admin CLI and exports, as plain dictionaries."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from mailtriage.storage.models import Message, Quarantined, Ticket, TicketEvent


def ticket_summary(ticket: Ticket, message_count: int) -> dict[str, Any]:
    """The fields an admin scans in a list."""
    return {
        "id": ticket.id,
        "status": ticket.status,
        "level": ticket.level,
        "category": ticket.category,
        "confidence": round(ticket.confidence, 3),
        "needs_review": ticket.needs_review,
        "language": ticket.language,
        "customer": ticket.customer_address,
        "subject": ticket.subject,
        "messages": message_count,
        "model_version": ticket.model_version,
        "created_at": ticket.created_at.isoformat(timespec="seconds"),
    }


def list_tickets(
    session: Session, status: str | None = None, limit: int = 100
) -> list[dict[str, Any]]:
    """Newest tickets first, optionally of one status, with their message counts."""
    counts = (
        select(Message.ticket_id, func.count().label("n")).group_by(Message.ticket_id).subquery()
    )
    query = (
        select(Ticket, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.ticket_id == Ticket.id)
        .order_by(Ticket.id.desc())
        .limit(limit)
    )
    if status:
        query = query.where(Ticket.status == status)
    return [ticket_summary(ticket, n) for ticket, n in session.execute(query)]


def show_ticket(session: Session, ticket_id: int) -> dict[str, Any] | None:
    """A ticket with its messages and its audit trail."""
    ticket = session.get(
        Ticket,
        ticket_id,
        options=[selectinload(Ticket.messages).selectinload(Message.attachments)],
    )
    if ticket is None:
        return None
    events = session.scalars(
        select(TicketEvent).where(TicketEvent.ticket_id == ticket_id).order_by(TicketEvent.id)
    )
    return {
        **ticket_summary(ticket, len(ticket.messages)),
        "classification_reason": ticket.classification_reason,
        "messages": [message_record(m, ticket) for m in ticket.messages],
        "events": [
            {
                "at": e.at.isoformat(timespec="seconds"),
                "kind": e.kind,
                "actor": e.actor,
                "detail": e.detail,
            }
            for e in events
        ],
    }


def message_record(message: Message, ticket: Ticket) -> dict[str, Any]:
    """One stored message as exported (`mailtriage export --jsonl`)."""
    return {
        "message_id": message.message_id,
        "ticket": ticket.id,
        "direction": message.direction,
        "from": message.from_address,
        "subject": message.subject,
        "text": message.text,
        "attachments": [{"filename": a.filename, "size": a.size} for a in message.attachments],
        "language": message.language,
        "level": ticket.level,
        "category": ticket.category,
        "automatic": message.automatic,
        "date": message.sent_at.isoformat(timespec="seconds") if message.sent_at else None,
    }


def export_messages(session: Session, batch: int = 500) -> Iterator[dict[str, Any]]:
    """Every stored message in id order, streamed in batches."""
    last = 0
    while True:
        rows = list(
            session.scalars(
                select(Message)
                .where(Message.id > last)
                .order_by(Message.id)
                .limit(batch)
                .options(selectinload(Message.ticket), selectinload(Message.attachments))
            )
        )
        if not rows:
            return
        for message in rows:
            yield message_record(message, message.ticket)
        last = rows[-1].id
        session.expunge_all()


def list_quarantine(session: Session, status: str | None = "held") -> list[dict[str, Any]]:
    """Quarantined messages with their stage and reason."""
    query = select(Quarantined).order_by(Quarantined.id)
    if status:
        query = query.where(Quarantined.status == status)
    return [
        {
            "id": q.id,
            "status": q.status,
            "stage": q.stage,
            "error": q.error,
            "size": q.size,
            "source": q.source_ref,
            "at": q.created_at.isoformat(timespec="seconds"),
        }
        for q in session.scalars(query)
    ]
