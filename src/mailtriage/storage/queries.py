"""Read-side queries for the admin CLI and exports, as plain dictionaries."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, or_, select
from sqlalchemy.orm import Session, selectinload

from mailtriage.storage.models import Message, Participant, Quarantined, Ticket, TicketEvent

FINISHED = ("resolved", "closed")


@dataclass(frozen=True)
class TicketFilter:
    """What `mailtriage tickets list` narrows the list to; None or False means any."""

    status: str | None = None
    level: int | None = None
    category: str | None = None
    needs_review: bool = False
    flood: bool = False
    overdue_at: datetime | None = None  # overdue at this instant
    team: str | None = None
    team_levels: tuple[int, ...] = ()  # the team's levels: its unassigned tickets count too


def ticket_summary(ticket: Ticket, message_count: int) -> dict[str, Any]:
    """The fields an admin scans in a list."""
    return {
        "id": ticket.id,
        "status": ticket.status,
        "level": ticket.level,
        "category": ticket.category,
        "confidence": round(ticket.confidence, 3),
        "needs_review": ticket.needs_review,
        "flood": ticket.flood,
        "language": ticket.language,
        "customer": ticket.customer_address,
        "subject": ticket.subject,
        "messages": message_count,
        "model_version": ticket.model_version,
        "team": ticket.team,
        "created_at": ticket.created_at.isoformat(timespec="seconds"),
    }


def ticket_details(ticket: Ticket) -> dict[str, Any]:
    """What `show` adds to the summary: corrections, response and SLA times."""
    return {
        "classification_reason": ticket.classification_reason,
        "corrected_level": ticket.corrected_level,
        "corrected_category": ticket.corrected_category,
        "first_response_at": _iso(ticket.first_response_at),
        "resolved_at": _iso(ticket.resolved_at),
        "sla_first_response_due": _iso(ticket.sla_first_response_due),
        "sla_resolution_due": _iso(ticket.sla_resolution_due),
    }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def overdue(now: datetime) -> ColumnElement[bool]:
    """Unfinished tickets with an SLA due time (first response while unanswered, resolution)
    earlier than `now`; due times are NULL while the SLA clock stands still."""
    first = and_(Ticket.first_response_at.is_(None), Ticket.sla_first_response_due < now)
    return and_(Ticket.status.not_in(FINISHED), or_(first, Ticket.sla_resolution_due < now))


def of_team(team: str, levels: tuple[int, ...]) -> ColumnElement[bool]:
    """Tickets assigned to `team`, or unassigned at one of its levels."""
    unassigned = and_(Ticket.team.is_(None), Ticket.level.in_(levels)) if levels else false()
    return or_(Ticket.team == team, unassigned)


def conditions(where: TicketFilter) -> list[ColumnElement[bool]]:
    """The WHERE clauses of the tickets `where` describes."""
    clauses = [
        Ticket.status == where.status if where.status else None,
        Ticket.level == where.level if where.level is not None else None,
        Ticket.category == where.category if where.category else None,
        Ticket.needs_review.is_(True) if where.needs_review else None,
        Ticket.flood.is_(True) if where.flood else None,
        overdue(where.overdue_at) if where.overdue_at else None,
        of_team(where.team, where.team_levels) if where.team else None,
    ]
    return [c for c in clauses if c is not None]


def list_tickets(
    session: Session, where: TicketFilter | None = None, limit: int = 100
) -> list[dict[str, Any]]:
    """Newest tickets first, narrowed by `where`, with their message counts."""
    counts = (
        select(Message.ticket_id, func.count().label("n")).group_by(Message.ticket_id).subquery()
    )
    query = (
        select(Ticket, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.ticket_id == Ticket.id)
        .where(*conditions(where or TicketFilter()))
        .order_by(Ticket.id.desc())
        .limit(limit)
    )
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
    participants = session.scalars(
        select(Participant).where(Participant.ticket_id == ticket_id).order_by(Participant.id)
    )
    return {
        **ticket_summary(ticket, len(ticket.messages)),
        **ticket_details(ticket),
        "participants": [
            {"address": p.address, "role": p.role, "added_at": _iso(p.added_at)}
            for p in participants
        ],
        "messages": [
            {**message_record(m, ticket), "role": m.role, "internal": m.internal}
            for m in ticket.messages
        ],
        "events": [
            {"at": _iso(e.at), "kind": e.kind, "actor": e.actor, "detail": e.detail} for e in events
        ],
    }


def message_record(message: Message, ticket: Ticket | None) -> dict[str, Any]:
    """One stored message as exported (`mailtriage export --jsonl`); mail on no ticket (alerts
    to the admin) has `ticket`, `level` and `category` null."""
    return {
        "message_id": message.message_id,
        "ticket": ticket.id if ticket else None,
        "direction": message.direction,
        "from": message.from_address,
        "subject": message.subject,
        "text": message.text,
        "attachments": [{"filename": a.filename, "size": a.size} for a in message.attachments],
        "language": message.language,
        "level": ticket.level if ticket else None,
        "category": ticket.category if ticket else None,
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
