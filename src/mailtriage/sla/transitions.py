"""How a ticket's SLA state changes: status, level, first response and applied decisions."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from mailtriage.sla.due import paused_time
from mailtriage.sla.policy import SlaPolicy
from mailtriage.sla.ticket import STOPPED, SlaTicket

if TYPE_CHECKING:
    from mailtriage.sla.rules import Decision


def change_status(ticket: SlaTicket, status: str, at: datetime, policy: SlaPolicy) -> SlaTicket:
    """Stop the clock on pending/resolved/closed; on resuming, add the stopped business time."""
    stops, stopped = status in STOPPED, not ticket.running
    if stops and not stopped:
        return replace(ticket, status=status, paused_since=at)
    if stopped and not stops:
        total = paused_time(ticket, at, policy)
        return replace(
            ticket, status=status, paused_seconds=total.total_seconds(), paused_since=None
        )
    return replace(ticket, status=status)


def change_level(ticket: SlaTicket, level: int, at: datetime) -> SlaTicket:
    """A new level restarts its targets at `at`: pauses, warnings and reminders start afresh."""
    return replace(
        ticket,
        level=level,
        level_changed_at=at,
        paused_seconds=0.0,
        paused_since=None if ticket.running else at,
        warned_first_response=False,
        warned_resolution=False,
        breached_first_response=False,
        breached_resolution=False,
        last_reminder_at=None,
    )


def record_first_response(ticket: SlaTicket, at: datetime) -> SlaTicket:
    """The first agent reply stops the first-response target for good."""
    if ticket.first_response_at is not None:
        return ticket
    return replace(ticket, first_response_at=at)


def apply_decision(ticket: SlaTicket, decision: Decision, now: datetime) -> SlaTicket:
    """The state after the job carried out `decision` at `now`."""
    if decision.action == "escalate" and decision.new_level is not None:
        return change_level(ticket, decision.new_level, now)
    if decision.action == "warn" and decision.target == "first_response":
        return replace(ticket, warned_first_response=True)
    if decision.action == "warn" and decision.target == "resolution":
        return replace(ticket, warned_resolution=True)
    if decision.action == "remind" and decision.target == "first_response":
        return replace(ticket, breached_first_response=True, last_reminder_at=now)
    if decision.action == "remind" and decision.target == "resolution":
        return replace(ticket, breached_resolution=True, last_reminder_at=now)
    return ticket
