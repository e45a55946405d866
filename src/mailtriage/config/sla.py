"""The SLA part of the config schema: business-hours calendars, targets per level, overrides."""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BeforeValidator, Field, model_validator

from mailtriage.config.schema import Duration, Frozen
from mailtriage.config.units import parse_duration

ALWAYS = "always"
"""The built-in 24x7 calendar (UTC); every level uses it unless it names another calendar."""

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_INTERVAL = re.compile(r"^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")
_HOURS_HINT = 'write "HH:MM-HH:MM", several separated by commas, e.g. "08:00-12:00, 13:00-17:00"'
_YEARLY = re.compile(r"^(\d{2})-(\d{2})$")
_CALENDAR_DAYS = re.compile(r"^\s*\d+(?:\.\d+)?\s*[dw]\s*$")
_NAME = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"

Interval = tuple[int, int]
"""Seconds since local midnight: (start, end), end at most 86400 (24:00)."""


def _minute_of(hours: str, minutes: str, text: str) -> int:
    value = int(hours) * 60 + int(minutes)
    if int(minutes) > 59 or value > 24 * 60:
        raise ValueError(f"{text!r} is not a time of day; {_HOURS_HINT}")
    return value * 60


def _parse_interval(text: str) -> Interval:
    match = _INTERVAL.match(text.strip())
    if not match:
        raise ValueError(f"cannot read {text!r} as opening hours; {_HOURS_HINT}")
    start = _minute_of(match.group(1), match.group(2), text)
    end = _minute_of(match.group(3), match.group(4), text)
    if start >= end:
        raise ValueError(f"{text!r} ends before it starts (use 24:00 for midnight)")
    return start, end


def parse_day_hours(value: object) -> tuple[Interval, ...]:
    """Opening hours of one weekday: "" (closed), "08:00-12:00, 13:00-17:00" or a list."""
    if isinstance(value, tuple) and all(isinstance(i, tuple) for i in value):
        return value
    if isinstance(value, list):
        parts = [str(item) for item in value]
    elif isinstance(value, str):
        parts = [p for p in value.split(",") if p.strip()]
    else:
        raise ValueError(f'expected a string; {_HOURS_HINT}, or "" for closed')
    intervals = sorted(_parse_interval(part) for part in parts)
    for before, after in itertools.pairwise(intervals):
        if after[0] < before[1]:
            raise ValueError(f"opening hours overlap in {value!r}; list each span once")
    return tuple(intervals)


def parse_holiday(value: object) -> str:
    """A fixed date ("2026-12-24" or a TOML date) or a yearly date ("12-25"), normalised."""
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    yearly = _YEARLY.match(text)
    try:
        if yearly:
            date(2000, int(yearly.group(1)), int(yearly.group(2)))  # 2000: 02-29 is valid
            return text
        return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    raise ValueError(
        f'{text!r} is not a holiday; write a date such as "2026-12-24" or a yearly '
        'date as month-day such as "12-25"'
    )


def parse_business_duration(value: object) -> timedelta:
    """An SLA duration in business time: seconds, or "90s", "30m", "4h"; days are refused."""
    if isinstance(value, str) and _CALENDAR_DAYS.match(value):
        raise ValueError(
            "SLA times are business time, so days and weeks are ambiguous; "
            'write business hours instead, e.g. "16h" for two 8-hour working days'
        )
    duration = parse_duration(value)
    if duration <= timedelta(0):
        raise ValueError("an SLA time must be longer than zero")
    return duration


DayHours = Annotated[tuple[Interval, ...], BeforeValidator(parse_day_hours)]
Holiday = Annotated[str, BeforeValidator(parse_holiday)]
BusinessDuration = Annotated[timedelta, BeforeValidator(parse_business_duration)]
Level = Annotated[int, Field(ge=0, le=4)]


def check_timezone(value: object) -> str:
    """An IANA time zone name that zoneinfo knows, such as "Europe/Zurich"."""
    name = str(value)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f'unknown time zone {name!r}; use an IANA name such as "Europe/Zurich" or "UTC"'
        ) from None
    return name


class WeeklyHours(Frozen):
    """`hours = { mon = "08:00-17:00", ... }`: a day left out or set to "" is closed."""

    mon: DayHours = ()
    tue: DayHours = ()
    wed: DayHours = ()
    thu: DayHours = ()
    fri: DayHours = ()
    sat: DayHours = ()
    sun: DayHours = ()

    def by_weekday(self) -> tuple[tuple[Interval, ...], ...]:
        """The opening hours indexed by `date.weekday()` (Monday is 0)."""
        return tuple(getattr(self, day) for day in DAYS)

    @model_validator(mode="after")
    def _some_hours(self) -> WeeklyHours:
        if not any(self.by_weekday()):
            raise ValueError("a calendar needs opening hours on at least one day of the week")
        return self


class CalendarConfig(Frozen):
    """One `[[calendar]]`: a team's business hours in its time zone, with holidays."""

    name: str = Field(pattern=_NAME)
    timezone: Annotated[str, BeforeValidator(check_timezone)]
    hours: WeeklyHours
    holidays: tuple[Holiday, ...] = ()

    @property
    def fixed_holidays(self) -> frozenset[date]:
        """The holidays written as full dates."""
        return frozenset(date.fromisoformat(h) for h in self.holidays if len(h) > 5)

    @property
    def yearly_holidays(self) -> frozenset[tuple[int, int]]:
        """The holidays written as month-day: (month, day) pairs that recur every year."""
        return frozenset((int(h[:2]), int(h[3:])) for h in self.holidays if len(h) == 5)

    @model_validator(mode="after")
    def _not_reserved(self) -> CalendarConfig:
        if self.name == ALWAYS:
            raise ValueError(f"the calendar name {ALWAYS!r} is built in (24x7); choose another")
        return self


ALWAYS_CALENDAR = CalendarConfig.model_construct(
    name=ALWAYS,
    timezone="UTC",
    hours=WeeklyHours.model_validate(dict.fromkeys(DAYS, "00:00-24:00")),
    holidays=(),
)


class LevelTargets(Frozen):
    """`[sla.level.N]`: the targets of one level, counted in its team's calendar."""

    first_response: BusinessDuration | None = None
    resolution: BusinessDuration | None = None
    calendar: str = ALWAYS


class SlaOverride(Frozen):
    """One `[[sla.override]]`: other targets for a category and/or customer domain."""

    category: str | None = None
    customer_domain: str | None = None
    level: Level | None = None
    first_response: BusinessDuration | None = None
    resolution: BusinessDuration | None = None
    calendar: str | None = None

    @model_validator(mode="after")
    def _matches_and_sets(self) -> SlaOverride:
        if self.category is None and self.customer_domain is None:
            raise ValueError("an override needs category and/or customer_domain to match")
        if self.first_response is None and self.resolution is None and self.calendar is None:
            raise ValueError("an override needs first_response, resolution or calendar to set")
        return self

    @property
    def key(self) -> tuple[str | None, str | None, int | None]:
        """What the override matches on; two overrides may not share it."""
        domain = self.customer_domain.lower() if self.customer_domain else None
        return self.category, domain, self.level


def _default_levels() -> dict[int, LevelTargets]:
    hours = {1: (4, 16), 2: (8, 40), 3: (16, 80)}
    return {
        level: LevelTargets(first_response=timedelta(hours=fr), resolution=timedelta(hours=res))
        for level, (fr, res) in hours.items()
    }


class SlaConfig(Frozen):
    """`[sla]`: when to warn, escalate and remind; targets per level and overrides."""

    warn_at: float = Field(default=0.8, gt=0.0, lt=1.0)
    reminder_interval: BusinessDuration = timedelta(hours=4)
    customer_notice: bool = False
    check_interval: Duration = timedelta(minutes=1)
    level: dict[Level, LevelTargets] = Field(default_factory=_default_levels)
    override: tuple[SlaOverride, ...] = ()

    @model_validator(mode="after")
    def _checks(self) -> SlaConfig:
        if self.check_interval <= timedelta(0):
            raise ValueError("sla.check_interval must be longer than zero")
        seen: set[tuple[str | None, str | None, int | None]] = set()
        for index, rule in enumerate(self.override):
            if rule.key in seen:
                raise ValueError(
                    f"sla.override[{index}] matches the same tickets as an earlier one"
                )
            seen.add(rule.key)
        return self


def calendar_references(sla: SlaConfig) -> list[tuple[str, str]]:
    """Every calendar name the SLA section uses, with the key that uses it."""
    refs = [(f"sla.level.{lvl}.calendar", t.calendar) for lvl, t in sorted(sla.level.items())]
    refs += [
        (f"sla.override[{i}].calendar", o.calendar)
        for i, o in enumerate(sla.override)
        if o.calendar
    ]
    return refs


def check_sla_calendars(sla: SlaConfig, calendars: tuple[CalendarConfig, ...]) -> None:
    """Raise ValueError naming the key if a calendar is repeated or a name is undefined."""
    names = [ALWAYS]
    for index, calendar in enumerate(calendars):
        if calendar.name in names:
            raise ValueError(f"calendar[{index}].name = {calendar.name!r} is repeated")
        names.append(calendar.name)
    for key, name in calendar_references(sla):
        if name not in names:
            raise ValueError(
                f"{key} = {name!r} is not a defined calendar; "
                f"add a [[calendar]] with that name or use one of: {', '.join(names)}"
            )


def all_calendars(calendars: tuple[CalendarConfig, ...]) -> dict[str, CalendarConfig]:
    """The configured calendars by name, plus the built-in "always"."""
    return {ALWAYS: ALWAYS_CALENDAR, **{c.name: c for c in calendars}}
