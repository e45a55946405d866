"""Set a ticket's level, category, status or team: one rule for agents' commands and the CLI."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from mailtriage.sla.policy import SlaPolicy
from mailtriage.sla.rows import refresh
from mailtriage.storage.models import Ticket, TicketEvent
from mailtriage.storage.rows import insert_rows

FIELDS = ("level", "category", "status", "team")
FINISHED = ("resolved", "closed")
Event = tuple[str, dict[str, Any]]


def change_ticket(
    ticket: Ticket,
    field: str,
    value: int | str,
    now: datetime,
    reason: str,
    policy: SlaPolicy,
    *,
    correction: bool = True,
) -> Event:
    """Set `field` and what follows from it; the returned event says what changed and why.

    A level or category set by a person is a correction (unless `correction` is False, as
    for a rule's change): kept as a training label (`mailtriage train --from-db`) and it
    clears needs_review. The SLA due times follow:
    a new level restarts its targets, pending/resolved/closed stop the clock.
    """
    if field not in FIELDS:
        raise ValueError(f"cannot change {field!r}; one of {', '.join(FIELDS)}")
    before = getattr(ticket, field)
    setattr(ticket, field, value)
    ticket.updated_at = now
    if field == "level" and correction:
        ticket.corrected_level, ticket.needs_review = int(value), False
    elif field == "category" and correction:
        ticket.corrected_category, ticket.needs_review = str(value), False
    elif field == "status":
        ticket.resolved_at = (ticket.resolved_at or now) if value in FINISHED else None
    _follow_sla(ticket, field, before != value, policy, now)
    kind = "assigned" if field == "team" else f"{field}_changed"
    return kind, {"from": before, "to": value, "reason": reason}


def _follow_sla(
    ticket: Ticket, field: str, changed: bool, policy: SlaPolicy, now: datetime
) -> None:
    if field == "level" and changed:
        refresh(ticket, policy, now, level=ticket.level)
    elif field == "status" and changed:
        refresh(ticket, policy, now, status=ticket.status)
    elif field in ("category", "team"):
        refresh(ticket, policy, now)


def record_events(
    session: Session, ticket_id: int, actor: str, events: Sequence[Event], now: datetime
) -> None:
    """Append (kind, detail) events to the ticket's audit trail."""
    rows = [
        {
            "ticket_id": ticket_id,
            "at": now,
            "kind": kind,
            "actor": actor or "(unknown sender)",
            "detail": detail,
        }
        for kind, detail in events
    ]
    insert_rows(session, TicketEvent, rows)
