"""Business-hours arithmetic: weekends, lunch breaks, holidays and DST, instants worked out by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from mailtriage.config.sla import ALWAYS_CALENDAR, CalendarConfig
from mailtriage.sla.calendar import BusinessCalendar

H = timedelta(hours=1)
WORKDAY = "08:00-12:00, 13:00-17:00"

OFFICE = BusinessCalendar.from_config(
    CalendarConfig.model_validate(
        {
            "name": "office-zurich",
            "timezone": "Europe/Zurich",
            "hours": dict.fromkeys(("mon", "tue", "wed", "thu", "fri"), WORKDAY),
            "holidays": ["2026-04-03", "12-25", "01-01"],
        }
    )
)
ZURICH_24X7 = BusinessCalendar.from_config(
    CalendarConfig.model_validate(
        {
            "name": "zurich-24x7",
            "timezone": "Europe/Zurich",
            "hours": dict.fromkeys(
                ("mon", "tue", "wed", "thu", "fri", "sat", "sun"), "00:00-24:00"
            ),
        }
    )
)


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


# Zurich is UTC+1 in winter (CET) and UTC+2 in summer (CEST); 2026 switches on
# Sunday 29 March and Sunday 25 October.


def test_within_one_day_skips_the_lunch_break() -> None:
    # Mon 16 March 11:00 CET + 2 h = 12:00, lunch, 13:00-14:00 CET = 13:00 UTC.
    assert OFFICE.add(utc(2026, 3, 16, 10), 2 * H) == utc(2026, 3, 16, 13)


def test_across_a_weekend() -> None:
    # Fri 13 March 16:00 CET: 1 h on Friday, 3 h on Monday 08:00-11:00 CET = 10:00 UTC.
    assert OFFICE.add(utc(2026, 3, 13, 15), 4 * H) == utc(2026, 3, 16, 10)
    assert OFFICE.between(utc(2026, 3, 13, 15), utc(2026, 3, 16, 10)) == 4 * H


def test_start_outside_hours_begins_at_the_next_opening() -> None:
    # Saturday noon + 1 h: Monday 08:00-09:00 CET = 08:00 UTC.
    assert OFFICE.add(utc(2026, 3, 14, 12), H) == utc(2026, 3, 16, 8)
    assert OFFICE.between(utc(2026, 3, 14, 0), utc(2026, 3, 16, 7)) == timedelta(0)


def test_a_fixed_holiday_is_skipped() -> None:
    # Thu 2 April 16:00 CEST; Fri 3 April (Good Friday) is a holiday: Mon 6 April 11:00 CEST.
    assert OFFICE.add(utc(2026, 4, 2, 14), 4 * H) == utc(2026, 4, 6, 9)


def test_yearly_holidays_recur_every_year() -> None:
    # Thu 24 Dec 2026 16:00 CET, Fri 25 Dec closed: Mon 28 Dec 11:00 CET.
    assert OFFICE.add(utc(2026, 12, 24, 15), 4 * H) == utc(2026, 12, 28, 10)
    # Thu 31 Dec 2026 16:00 CET + 2 h, Fri 1 Jan 2027 closed: Mon 4 Jan 2027 09:00 CET.
    assert OFFICE.add(utc(2026, 12, 31, 15), 2 * H) == utc(2027, 1, 4, 8)
    assert OFFICE.is_holiday(date(2031, 12, 25))
    assert not OFFICE.is_holiday(date(2027, 4, 3))


def test_office_hours_across_the_spring_dst_change() -> None:
    # Fri 27 March 16:00 CET (15:00 UTC) + 4 h = Mon 30 March 11:00 CEST (09:00 UTC).
    assert OFFICE.add(utc(2026, 3, 27, 15), 4 * H) == utc(2026, 3, 30, 9)
    assert OFFICE.between(utc(2026, 3, 27, 15), utc(2026, 3, 30, 9)) == 4 * H


def test_office_hours_across_the_autumn_dst_change() -> None:
    # Fri 23 October 16:00 CEST (14:00 UTC) + 4 h = Mon 26 October 11:00 CET (10:00 UTC).
    assert OFFICE.add(utc(2026, 10, 23, 14), 4 * H) == utc(2026, 10, 26, 10)


def test_a_24x7_day_is_23_hours_in_spring_and_25_in_autumn() -> None:
    # Sat 00:00 local to Mon 00:00 local.
    assert ZURICH_24X7.between(utc(2026, 3, 27, 23), utc(2026, 3, 29, 22)) == 47 * H
    assert ZURICH_24X7.between(utc(2026, 10, 23, 22), utc(2026, 10, 25, 23)) == 49 * H
    # Sun 25 October 00:00 CEST + 24 h is 23:00 CET the same Sunday.
    assert ZURICH_24X7.add(utc(2026, 10, 24, 22), 24 * H) == utc(2026, 10, 25, 22)


def test_the_builtin_always_calendar_is_plain_elapsed_time() -> None:
    always = BusinessCalendar.from_config(ALWAYS_CALENDAR)
    start = utc(2026, 3, 28, 20, 30)
    assert always.add(start, 50 * H) == start + 50 * H
    assert always.between(start, start + timedelta(days=3, minutes=7)) == timedelta(
        days=3, minutes=7
    )


def test_between_is_negative_backwards_and_zero_for_the_same_instant() -> None:
    a, b = utc(2026, 3, 16, 8), utc(2026, 3, 16, 10)
    assert OFFICE.between(b, a) == -2 * H
    assert OFFICE.between(a, a) == timedelta(0)
    assert OFFICE.add(a, timedelta(0)) == a


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="naive datetime"):
        OFFICE.add(datetime(2026, 3, 16, 8), H)


def test_one_hundred_business_days_are_exact() -> None:
    # From Mon 5 Jan 2026 08:00 CET, 100 eight-hour days: 20 weeks, plus one day for Good
    # Friday, end on Mon 25 May 2026 at 17:00 CEST (15:00 UTC).
    end = OFFICE.add(utc(2026, 1, 5, 7), 800 * H)
    assert end == utc(2026, 5, 25, 15)
    assert OFFICE.between(utc(2026, 1, 5, 7), end) == 800 * H


def test_add_and_between_agree_on_awkward_instants() -> None:
    start = utc(2026, 3, 27, 11, 17, 23)
    for hours in (0.5, 3.25, 7, 8, 9.75, 40, 123.5):
        span = timedelta(hours=hours)
        assert OFFICE.between(start, OFFICE.add(start, span)) == span
