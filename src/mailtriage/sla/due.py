"""When a ticket's targets fall due (and when to warn), from its SLA state and the policy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from mailtriage.sla.calendar import BusinessCalendar
from mailtriage.sla.policy import SlaPolicy, Targets
from mailtriage.sla.ticket import SlaTicket


@dataclass(frozen=True)
class DueTimes:
    """Due and warning instants (UTC) of both targets; `None` where nothing is due.

    Both are `None` while the clock stands still (pending, resolved, closed): they are
    computed again when it runs again. The first-response times are `None` once answered.
    """

    first_response_due: datetime | None = None
    resolution_due: datetime | None = None
    first_response_warn: datetime | None = None
    resolution_warn: datetime | None = None


def targets_of(ticket: SlaTicket, policy: SlaPolicy) -> Targets:
    """The targets that apply to the ticket at its current level."""
    return policy.targets(ticket.level, ticket.category, ticket.customer_domain, ticket.team)


def _due(
    ticket: SlaTicket, target: timedelta | None, share: float, calendar: BusinessCalendar
) -> datetime | None:
    if target is None:
        return None
    paused = timedelta(seconds=ticket.paused_seconds)
    return calendar.add(ticket.clock_start, target * share + paused)


def compute_due(ticket: SlaTicket, policy: SlaPolicy) -> DueTimes:
    """Targets count in business time from `clock_start`, pushed back by the paused time."""
    if not ticket.running:
        return DueTimes()
    targets = targets_of(ticket, policy)
    first = None if ticket.first_response_at else targets.first_response
    calendar, warn_at = targets.calendar, policy.warn_at
    return DueTimes(
        first_response_due=_due(ticket, first, 1.0, calendar),
        resolution_due=_due(ticket, targets.resolution, 1.0, calendar),
        first_response_warn=_due(ticket, first, warn_at, calendar),
        resolution_warn=_due(ticket, targets.resolution, warn_at, calendar),
    )


def paused_time(ticket: SlaTicket, now: datetime, policy: SlaPolicy) -> timedelta:
    """Business time the clock stood still at this level, including a pause going on now."""
    paused = timedelta(seconds=ticket.paused_seconds)
    if ticket.paused_since is None:
        return paused
    since = max(ticket.paused_since, ticket.clock_start)
    return paused + targets_of(ticket, policy).calendar.between(since, max(since, now))
