"""Business-hours arithmetic: add business time to an instant, measure it between two."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from mailtriage.config.sla import CalendarConfig, Interval

_ZERO = timedelta(0)
MAX_CLOSED_DAYS = 400
"""A calendar with no business time in this many days in a row is refused (it never ends)."""


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment.isoformat()}: pass an aware UTC datetime")
    return moment


def _local_instant(day: date, seconds: int, tz: ZoneInfo) -> datetime:
    """The UTC instant of a wall-clock time on a local date; 24:00 is the next midnight."""
    days, rest = divmod(seconds, 86400)
    wall = time(rest // 3600, rest % 3600 // 60, rest % 60)
    return datetime.combine(day + timedelta(days=days), wall, tzinfo=tz).astimezone(UTC)


@dataclass(frozen=True)
class BusinessCalendar:
    """Weekly opening hours in a time zone, minus holidays; all instants are UTC.

    Each day is worked out in local wall time and converted with zoneinfo, so a DST change
    makes that day's business time one hour shorter or longer where it falls inside hours.
    A wall time in the spring-forward gap is read with the winter offset (02:30 is 03:30
    summer time); a repeated one (fall back) means its first occurrence.
    """

    name: str
    tz: ZoneInfo
    weekly: tuple[tuple[Interval, ...], ...]
    holidays: frozenset[date] = frozenset()
    yearly: frozenset[tuple[int, int]] = frozenset()
    # Each date's intervals, worked out once: an escalation pass asks for the same few days
    # thousands of times. Grows by the dates asked about (a few a day for a daemon).
    _days: dict[date, tuple[tuple[datetime, datetime], ...]] = field(
        default_factory=dict, init=False, compare=False, hash=False, repr=False
    )

    @classmethod
    def from_config(cls, config: CalendarConfig) -> BusinessCalendar:
        """Build the calendar of one validated `[[calendar]]`."""
        return cls(
            name=config.name,
            tz=ZoneInfo(config.timezone),
            weekly=config.hours.by_weekday(),
            holidays=config.fixed_holidays,
            yearly=config.yearly_holidays,
        )

    def is_holiday(self, day: date) -> bool:
        """True on a fixed or a yearly holiday (a local date)."""
        return day in self.holidays or (day.month, day.day) in self.yearly

    def intervals_on(self, day: date) -> tuple[tuple[datetime, datetime], ...]:
        """The business intervals of one local date, as UTC (start, end) pairs."""
        spans = self._days.get(day)
        if spans is None:
            spans = self._days[day] = self._work_out(day)
        return spans

    def _work_out(self, day: date) -> tuple[tuple[datetime, datetime], ...]:
        if self.is_holiday(day):
            return ()
        spans = []
        for start, end in self.weekly[day.weekday()]:
            begin, finish = _local_instant(day, start, self.tz), _local_instant(day, end, self.tz)
            if finish > begin:
                spans.append((begin, finish))
        return tuple(spans)

    def _spans_from(self, moment: datetime) -> Iterator[tuple[datetime, datetime]]:
        """Business intervals day by day from the local date of `moment`, without end."""
        day, closed = moment.astimezone(self.tz).date(), 0
        while closed <= MAX_CLOSED_DAYS:
            spans = self.intervals_on(day)
            closed = 0 if spans else closed + 1
            yield from spans
            day += timedelta(days=1)
        raise ValueError(f"calendar {self.name!r} has no business hours for over a year")

    def add(self, start: datetime, business: timedelta) -> datetime:
        """The instant when `business` time has elapsed inside business hours after `start`."""
        moment = _aware(start).astimezone(UTC)
        remaining = business
        if remaining <= _ZERO:
            return moment
        for begin, end in self._spans_from(moment):
            if end <= moment:
                continue
            begin = max(begin, moment)
            if remaining <= end - begin:
                return begin + remaining
            remaining -= end - begin
        raise AssertionError("unreachable: _spans_from ends only by raising")  # pragma: no cover

    def between(self, a: datetime, b: datetime) -> timedelta:
        """Business time from `a` to `b`; negative when `b` is before `a`."""
        start, end = _aware(a).astimezone(UTC), _aware(b).astimezone(UTC)
        if end < start:
            return -self.between(end, start)
        total = _ZERO
        last = end.astimezone(self.tz).date()
        day = start.astimezone(self.tz).date()
        while day <= last:
            for begin, finish in self.intervals_on(day):
                total += max(_ZERO, min(finish, end) - max(begin, start))
            day += timedelta(days=1)
        return total
