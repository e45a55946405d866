"""How SLA times read in notifications and the CLI: spans of business time, local instants."""

from __future__ import annotations

from datetime import datetime, timedelta

from mailtriage.sla.calendar import BusinessCalendar


def format_span(span: timedelta | None) -> str:
    """A duration for people: "45 s", "48 min", "2 h", "3 h 10 min"."""
    if span is None:
        return "-"
    seconds = max(0, int(span.total_seconds()))
    if seconds < 60:
        return f"{seconds} s"
    hours, minutes = divmod(seconds // 60, 60)
    if not hours:
        return f"{minutes} min"
    return f"{hours} h" if not minutes else f"{hours} h {minutes} min"


def format_local(moment: datetime | None, calendar: BusinessCalendar) -> str:
    """An instant in the calendar's time zone, e.g. "2026-03-02 13:00 CET"."""
    if moment is None:
        return "-"
    return moment.astimezone(calendar.tz).strftime("%Y-%m-%d %H:%M %Z")
