"""The bridge between a ticket row and its SLA state: load it, store it, compute new rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from mailtriage.sla.due import DueTimes, compute_due
from mailtriage.sla.policy import SlaPolicy
from mailtriage.sla.rules import next_check_at
from mailtriage.sla.ticket import SlaTicket, domain_of
from mailtriage.sla.transitions import change_level, change_status, record_first_response
from mailtriage.storage.models import Ticket


def to_sla_ticket(ticket: Ticket) -> SlaTicket:
    """The SLA state stored on a ticket row."""
    return SlaTicket(
        id=ticket.id,
        level=ticket.level,
        category=ticket.category,
        customer_domain=domain_of(ticket.customer_address or ""),
        status=ticket.status,
        created_at=ticket.created_at,
        first_response_at=ticket.first_response_at,
        level_changed_at=ticket.sla_level_changed_at,
        paused_seconds=ticket.sla_paused_seconds or 0.0,
        paused_since=ticket.sla_paused_since,
        warned_first_response=bool(ticket.sla_warned_first_response),
        warned_resolution=bool(ticket.sla_warned_resolution),
        breached_first_response=bool(ticket.sla_breached_first_response),
        breached_resolution=bool(ticket.sla_breached_resolution),
        last_reminder_at=ticket.sla_last_reminder_at,
        team=ticket.team,
    )


def sla_values(state: SlaTicket, policy: SlaPolicy, now: datetime) -> dict[str, Any]:
    """The ticket columns of `state`: the SLA state, its due times and the next check."""
    due = compute_due(state, policy)
    return stored_values(state, policy, next_check_at(state, now, policy, due), due)


def stored_values(
    state: SlaTicket, policy: SlaPolicy, next_check: datetime | None, due: DueTimes | None = None
) -> dict[str, Any]:
    """The ticket columns of `state` whose next check is known (`decide` works it out, and
    the due times, for the state after its decision): the SLA state, its due times and
    that next check."""
    if due is None:
        due = compute_due(state, policy)
    return {
        "level": state.level,
        "status": state.status,
        "first_response_at": state.first_response_at,
        "sla_level_changed_at": state.level_changed_at,
        "sla_paused_seconds": state.paused_seconds,
        "sla_paused_since": state.paused_since,
        "sla_warned_first_response": state.warned_first_response,
        "sla_warned_resolution": state.warned_resolution,
        "sla_breached_first_response": state.breached_first_response,
        "sla_breached_resolution": state.breached_resolution,
        "sla_last_reminder_at": state.last_reminder_at,
        "sla_first_response_due": due.first_response_due,
        "sla_resolution_due": due.resolution_due,
        "sla_next_check_at": next_check,
    }


def store(ticket: Ticket, state: SlaTicket, policy: SlaPolicy, now: datetime) -> None:
    """Write `state`, its due times and the next check onto the ticket row."""
    for name, value in sla_values(state, policy, now).items():
        setattr(ticket, name, value)


def initial_values(
    level: int,
    category: str,
    customer_address: str,
    created_at: datetime,
    policy: SlaPolicy,
    *,
    team: str | None = None,
) -> dict[str, Any]:
    """The SLA columns of a new (status `new`) ticket's INSERT: due times and next check."""
    state = SlaTicket(
        id=0,
        level=level,
        category=category,
        customer_domain=domain_of(customer_address),
        status="new",
        created_at=created_at,
        team=team,
    )
    values = sla_values(state, policy, created_at)
    keys = ("sla_first_response_due", "sla_resolution_due", "sla_next_check_at")
    return {key: values[key] for key in keys}


def _before(ticket: Ticket, status: str | None) -> SlaTicket:
    """The state before the change; the row's status may already be the new one.

    Whether the clock stood still is read from `sla_paused_since` (set exactly while it
    stands still), so it does not matter whether the caller set `ticket.status` first.
    """
    state = to_sla_ticket(ticket)
    if status is None or (state.paused_since is None) == state.running:
        return state
    return replace(state, status="pending" if state.paused_since else "open")


def refresh(
    ticket: Ticket,
    policy: SlaPolicy,
    now: datetime,
    *,
    status: str | None = None,
    level: int | None = None,
    first_response: bool = False,
) -> None:
    """Apply a change at `now` to the ticket's SLA columns and store its new due times.

    `status`: the new status (pending/resolved/closed stop the clock; others resume it).
    `level`: the new level, only when it changed (restarts that level's targets).
    `first_response`: an agent answered (stops the first-response target for good).
    With none of them, the due times are computed again (e.g. after a team or category
    change). The row's `status`/`level` may already hold the new values; both are set.
    """
    state = _before(ticket, status)
    if first_response:
        state = record_first_response(state, ticket.first_response_at or now)
    if status is not None:
        state = change_status(state, status, now, policy)
    if level is not None:
        state = change_level(state, level, now)
    store(ticket, state, policy, now)
