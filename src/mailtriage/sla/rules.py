"""The escalation rule: given a ticket, the time and the policy, what to do now and why.

- Warn once per target and level when `warn_at` of the target's business time is used.
- On a breach, escalate level 1 -> 2 and 2 -> 3. Levels 0, 3 and 4 are never moved by a
  timer (level 0 moves on the customer's reply, level 4 by agreement): their team gets a
  breach reminder instead.
- While a target stays missed (and notified), remind every `reminder_interval` of
  business time.
- Nothing happens while the clock stands still (pending, resolved, closed); an answered
  ticket has no first-response target.
- Catch-up: each call returns at most one action, a breach wins over a warning, and an
  escalation restarts the new level's targets at `now`; so a daemon that was down sends
  one escalation per ticket, not stale warnings.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Literal

from mailtriage.sla.calendar import BusinessCalendar
from mailtriage.sla.due import DueTimes, compute_due, targets_of
from mailtriage.sla.policy import SlaPolicy
from mailtriage.sla.ticket import SlaTicket
from mailtriage.sla.transitions import apply_decision

Action = Literal["none", "warn", "escalate", "remind"]
TargetName = Literal["first_response", "resolution"]
ESCALATES_TO = {1: 2, 2: 3}
"""The only automatic level changes."""


@dataclass(frozen=True)
class Decision:
    """What the job must do for one ticket now, and when to look at it again.

    `next_check_at` and `next_due` (the due times it was worked out from) belong to the
    ticket's state after the action: the job stores them as they are.
    """

    action: Action
    reason: str
    level: int
    target: TargetName | None = None
    new_level: int | None = None
    due_at: datetime | None = None
    overdue_by: timedelta | None = None
    remaining: timedelta | None = None
    next_check_at: datetime | None = None
    next_due: DueTimes | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class _Check:
    target: TargetName
    warn_at: datetime
    due_at: datetime
    warned: bool
    breached: bool


def format_business(span: timedelta) -> str:
    """Business time as hours and minutes, e.g. "26h 05m"."""
    minutes = int(span.total_seconds() // 60)
    return f"{minutes // 60}h {minutes % 60:02d}m"


def _checks(ticket: SlaTicket, policy: SlaPolicy, due: DueTimes | None = None) -> list[_Check]:
    if due is None:
        due = compute_due(ticket, policy)
    pairs: list[tuple[TargetName, datetime | None, datetime | None]] = [
        ("first_response", due.first_response_warn, due.first_response_due),
        ("resolution", due.resolution_warn, due.resolution_due),
    ]
    return [
        _Check(
            name, warn, at, getattr(ticket, f"warned_{name}"), getattr(ticket, f"breached_{name}")
        )
        for name, warn, at in pairs
        if warn is not None and at is not None
    ]


def _label(target: TargetName) -> str:
    return target.replace("_", " ")


def _reminder_due(ticket: SlaTicket, policy: SlaPolicy, cal: BusinessCalendar) -> datetime | None:
    if ticket.last_reminder_at is None:
        return None
    return cal.add(ticket.last_reminder_at, policy.reminder_interval)


def _breach(
    ticket: SlaTicket, checks: list[_Check], now: datetime, cal: BusinessCalendar
) -> Decision | None:
    """A target missed and not yet notified at this level: escalate, or remind at 0/3/4."""
    new = sorted((c for c in checks if c.due_at <= now and not c.breached), key=lambda c: c.due_at)
    if not new:
        return None
    check, new_level = new[0], ESCALATES_TO.get(ticket.level)
    overdue = cal.between(check.due_at, now)
    reason = (
        f"{_label(check.target)} target missed by {format_business(overdue)} business time "
        f"at level {ticket.level}; "
        + (
            f"escalating to level {new_level}"
            if new_level
            else f"level {ticket.level} is not escalated automatically"
        )
    )
    action: Action = "escalate" if new_level else "remind"
    return Decision(action, reason, ticket.level, check.target, new_level, check.due_at, overdue)


def _reminder(
    ticket: SlaTicket, checks: list[_Check], now: datetime, policy: SlaPolicy, cal: BusinessCalendar
) -> Decision | None:
    """A missed and notified target: remind again once the interval has passed."""
    missed = sorted((c for c in checks if c.breached), key=lambda c: c.due_at)
    remind_at = _reminder_due(ticket, policy, cal)
    if not missed or (remind_at is not None and now < remind_at):
        return None
    check = missed[0]
    overdue = cal.between(check.due_at, now)
    reason = (
        f"{_label(check.target)} target still missed, by {format_business(overdue)} business "
        f"time at level {ticket.level}; reminding every {format_business(policy.reminder_interval)}"
    )
    return Decision("remind", reason, ticket.level, check.target, None, check.due_at, overdue)


def _warning(
    ticket: SlaTicket, checks: list[_Check], now: datetime, policy: SlaPolicy, cal: BusinessCalendar
) -> Decision | None:
    """A target past its warning share, not yet due and not yet warned about."""
    due = sorted(
        (c for c in checks if c.warn_at <= now < c.due_at and not c.warned), key=lambda c: c.due_at
    )
    if not due:
        return None
    check = due[0]
    left = cal.between(now, check.due_at)
    reason = (
        f"{round(policy.warn_at * 100)}% of the {_label(check.target)} target used at level "
        f"{ticket.level}; {format_business(left)} business time left"
    )
    return Decision("warn", reason, ticket.level, check.target, None, check.due_at, remaining=left)


def next_check_at(
    ticket: SlaTicket, now: datetime, policy: SlaPolicy, due: DueTimes | None = None
) -> datetime | None:
    """When `decide` may next return an action for this state; `None`: not until it changes.

    `due`: the state's due times, if they are known (`compute_due`).
    """
    if not ticket.running:
        return None
    cal = targets_of(ticket, policy).calendar
    moments: list[datetime] = []
    for check in _checks(ticket, policy, due):
        if check.breached:
            moments.append(_reminder_due(ticket, policy, cal) or now)
        else:
            moments.append(check.due_at if check.warned else check.warn_at)
    return min(moments, default=None)


def _idle(ticket: SlaTicket, checks: list[_Check], reason: str | None = None) -> Decision:
    if reason is None:
        reason = "no target due yet" if checks else f"no SLA target applies at level {ticket.level}"
    return Decision("none", reason, ticket.level)


def decide(ticket: SlaTicket, now: datetime, policy: SlaPolicy) -> Decision:
    """At most one action for `ticket` at `now`: breach > reminder > warning > nothing."""
    if not ticket.running:
        decision = _idle(ticket, [], f"status {ticket.status}: the SLA clock stands still")
    else:
        cal = targets_of(ticket, policy).calendar
        checks = _checks(ticket, policy)
        decision = (
            _breach(ticket, checks, now, cal)
            or _reminder(ticket, checks, now, policy, cal)
            or _warning(ticket, checks, now, policy, cal)
            or _idle(ticket, checks)
        )
    after = apply_decision(ticket, decision, now)
    due = compute_due(after, policy)
    return replace(decision, next_check_at=next_check_at(after, now, policy, due), next_due=due)
