"""Explain a ticket's SLA state for people: targets, due times, pauses and hours counted."""

from __future__ import annotations

from datetime import datetime, timedelta

from mailtriage.sla.calendar import BusinessCalendar
from mailtriage.sla.due import compute_due, paused_time, targets_of
from mailtriage.sla.formatting import format_local, format_span
from mailtriage.sla.policy import SlaPolicy
from mailtriage.sla.rules import decide, next_check_at
from mailtriage.sla.ticket import SlaTicket

MAX_INTERVALS = 12


def explain(
    state: SlaTicket, now: datetime, policy: SlaPolicy, stored_next: datetime | None = None
) -> list[str]:
    """The lines of `mailtriage sla show`: what counts, what is due, what happens next."""
    targets = targets_of(state, policy)
    cal = targets.calendar
    return [
        f"ticket #{state.id}: level {state.level}, status {state.status}, category "
        f"{state.category}, customer domain {state.customer_domain or '-'}, "
        f"team {policy.team_of(state.team, state.level) or '-'}",
        f"calendar: {cal.name} (time zone {cal.tz.key}); {targets.explanation}",
        *_clock(state, now, policy, cal),
        *_targets(state, policy, cal),
        *_next(state, now, policy, cal, stored_next),
        *_intervals(state, policy, cal),
    ]


def _clock(state: SlaTicket, now: datetime, policy: SlaPolicy, cal: BusinessCalendar) -> list[str]:
    origin = "level change" if state.level_changed_at else "ticket created"
    lines = [f"clock started: {format_local(state.clock_start, cal)} ({origin})"]
    paused = format_span(paused_time(state, now, policy))
    if state.paused_since is not None:
        since = format_local(state.paused_since, cal)
        lines.append(f"clock stopped since {since} ({state.status}); paused so far: {paused}")
    else:
        lines.append(f"paused business time at this level: {paused}")
    if state.first_response_at is not None:
        lines.append(f"first response: {format_local(state.first_response_at, cal)}")
    return lines


def _targets(state: SlaTicket, policy: SlaPolicy, cal: BusinessCalendar) -> list[str]:
    due = compute_due(state, policy)
    if not state.running:
        return ["due times: none while the clock stands still"]
    lines = []
    for name, at, warn in (
        ("first response", due.first_response_due, due.first_response_warn),
        ("resolution", due.resolution_due, due.resolution_warn),
    ):
        key = name.replace(" ", "_")
        flags = [
            flag
            for flag, on in (
                ("warned", getattr(state, f"warned_{key}")),
                ("missed", getattr(state, f"breached_{key}")),
            )
            if on
        ]
        when = f"due {format_local(at, cal)}, warn at {format_local(warn, cal)}"
        lines.append(
            f"{name}: {when if at else 'no target'}{' [' + ', '.join(flags) + ']' if flags else ''}"
        )
    if state.last_reminder_at is not None:
        lines.append(f"last reminder: {format_local(state.last_reminder_at, cal)}")
    return lines


def _next(
    state: SlaTicket,
    now: datetime,
    policy: SlaPolicy,
    cal: BusinessCalendar,
    stored: datetime | None,
) -> list[str]:
    decision = decide(state, now, policy)
    computed = next_check_at(state, now, policy)
    used = cal.between(state.clock_start, now) - paused_time(state, now, policy)
    return [
        f"next check: {format_local(computed, cal)} (stored: {format_local(stored, cal)})",
        f"now {format_local(now, cal)}: {format_span(used)} business time used at this level",
        f"the next pass: {decision.action} ({decision.reason})",
    ]


def _intervals(state: SlaTicket, policy: SlaPolicy, cal: BusinessCalendar) -> list[str]:
    """The business intervals counted from the clock start to the last due time."""
    due = compute_due(state, policy)
    end = max((t for t in (due.first_response_due, due.resolution_due) if t), default=None)
    if end is None:
        return []
    spans = counted_intervals(cal, state.clock_start, end)
    lines = [
        f"business hours counted from {format_local(state.clock_start, cal)} to "
        f"{format_local(end, cal)} ({cal.name}, {cal.tz.key}), pauses added:"
    ]
    for begin, finish in spans[:MAX_INTERVALS]:
        local = begin.astimezone(cal.tz)
        lines.append(
            f"  {local:%a %Y-%m-%d %H:%M}-{finish.astimezone(cal.tz):%H:%M %Z} "
            f"({format_span(finish - begin)})"
        )
    if len(spans) > MAX_INTERVALS:
        lines.append(f"  ... {len(spans) - MAX_INTERVALS} more interval(s)")
    return lines


def counted_intervals(
    cal: BusinessCalendar, start: datetime, end: datetime
) -> list[tuple[datetime, datetime]]:
    """The calendar's business intervals clipped to [start, end], in order (UTC)."""
    spans, day = [], start.astimezone(cal.tz).date()
    while day <= end.astimezone(cal.tz).date():
        for begin, finish in cal.intervals_on(day):
            begin, finish = max(begin, start), min(finish, end)
            if finish > begin:
                spans.append((begin, finish))
        day += timedelta(days=1)
    return spans
