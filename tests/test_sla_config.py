"""The `[sla]` and `[[calendar]]` config: defaults, the example, and errors that name the key."""

from __future__ import annotations

import re
import tomllib
from datetime import date, timedelta

import pytest
from pydantic import ValidationError, model_validator

from mailtriage.config.load import format_validation_error
from mailtriage.config.schema import Frozen
from mailtriage.config.sla import (
    ALWAYS,
    CalendarConfig,
    LevelTargets,
    SlaConfig,
    SlaOverride,
    WeeklyHours,
    check_sla_calendars,
)
from mailtriage.sla import SlaPolicy

H = timedelta(hours=1)


class Root(Frozen):
    """The two keys as the root Config declares them."""

    calendar: tuple[CalendarConfig, ...] = ()
    sla: SlaConfig = SlaConfig()

    @model_validator(mode="after")
    def _sla_calendars_exist(self) -> Root:
        check_sla_calendars(self.sla, self.calendar)
        return self


EXAMPLE = """
# Business-hours calendars, one per team. Times are local wall time in `timezone`
# (an IANA name); a weekday left out or set to "" is closed. Holidays are dates
# ("2026-04-03") or yearly dates written month-day ("12-25"). The calendar "always"
# (24x7, UTC) is built in and is what a level uses unless it names another.
[[calendar]]
name = "office-zurich"
timezone = "Europe/Zurich"
holidays = ["01-01", "08-01", "12-25", "12-26", "2026-04-03", "2026-04-06"]
[calendar.hours]
mon = "08:00-12:00, 13:00-17:00"
tue = "08:00-12:00, 13:00-17:00"
wed = "08:00-12:00, 13:00-17:00"
thu = "08:00-12:00, 13:00-17:00"
fri = "08:00-12:00, 13:00-16:00"
sat = ""
sun = ""

# Service-level targets. Every time here is BUSINESS time in the level's calendar:
# write minutes or hours ("30m", "4h", "16h" = two 8-hour days); days are refused.
# Targets count from the ticket's creation, or from its last level change; time spent
# pending, resolved or closed does not count.
[sla]
warn_at = 0.8                 # warn the team when 80% of a target is used
reminder_interval = "4h"      # remind while a missed target is not escalated (levels 0, 3, 4)
customer_notice = false       # also tell the customer when their ticket escalates
check_interval = "1m"         # how often the escalation job looks for due tickets

# One table per level. Listing any level replaces the defaults (1: 4h/16h, 2: 8h/40h,
# 3: 16h/80h, all on "always"); a level not listed has no targets. A missed target
# escalates 1 -> 2 -> 3; levels 0, 3 and 4 are only reminded.
[sla.level.1]
first_response = "4h"
resolution = "16h"
calendar = "office-zurich"

[sla.level.2]
first_response = "8h"
resolution = "40h"
calendar = "office-zurich"

[sla.level.3]
first_response = "16h"
resolution = "80h"
calendar = "office-zurich"

# Overrides match a category and/or a customer domain (exact, case-insensitive), and
# optionally one level. The most specific wins, target by target:
# domain+category > domain > category > the level's own targets.
[[sla.override]]
customer_domain = "vip.example.com"
first_response = "1h"
resolution = "8h"
calendar = "always"           # a 24x7 contract
# level = 1
# category = "licensing"
"""


def problems(toml: str) -> str:
    with pytest.raises(ValidationError) as caught:
        Root.model_validate(tomllib.loads(toml))
    return format_validation_error(caught.value, "test.toml")


def test_the_example_is_valid_and_means_what_it_says() -> None:
    root = Root.model_validate(tomllib.loads(EXAMPLE))
    office = root.calendar[0]
    assert office.hours.fri == ((8 * 3600, 12 * 3600), (13 * 3600, 16 * 3600))
    assert office.hours.sat == ()
    assert office.yearly_holidays == {(1, 1), (8, 1), (12, 25), (12, 26)}
    assert office.fixed_holidays == {date(2026, 4, 3), date(2026, 4, 6)}
    assert root.sla.level[1] == LevelTargets(
        first_response=4 * H, resolution=16 * H, calendar="office-zurich"
    )
    assert root.sla.override[0].calendar == ALWAYS
    policy = SlaPolicy.from_config(root.sla, root.calendar)
    assert policy.targets(2, "x", "VIP.example.com").calendar.name == ALWAYS


def test_the_example_writes_every_key() -> None:
    written = set(re.findall(r"^#?\s*\[*([a-z_]+)\]*\s*=", EXAMPLE, re.MULTILINE))
    written |= {s.split(".")[-1] for s in re.findall(r"^#?\s*\[+([a-z_.]+)\]+", EXAMPLE, re.M)}
    models = (CalendarConfig, WeeklyHours, SlaConfig, LevelTargets, SlaOverride)
    keys = {name for model in models for name in model.model_fields}
    assert keys - written == set()


def test_defaults_without_any_sla_section() -> None:
    root = Root()
    assert root.sla.warn_at == 0.8
    assert root.sla.reminder_interval == 4 * H
    assert root.sla.check_interval == timedelta(minutes=1)
    assert root.sla.customer_notice is False
    assert {lvl: (t.first_response, t.resolution) for lvl, t in root.sla.level.items()} == {
        1: (4 * H, 16 * H),
        2: (8 * H, 40 * H),
        3: (16 * H, 80 * H),
    }
    assert {t.calendar for t in root.sla.level.values()} == {ALWAYS}


def test_hours_may_also_be_a_list_and_24_00_is_midnight() -> None:
    toml = '[[calendar]]\nname = "n"\ntimezone = "UTC"\nhours = { sat = ["18:00-24:00", "00:00-02:00"] }'
    calendar = Root.model_validate(tomllib.loads(toml)).calendar[0]
    assert calendar.hours.sat == ((0, 7200), (18 * 3600, 86400))


CAL = '[[calendar]]\nname = "office"\ntimezone = "Europe/Zurich"\n'


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        (
            CAL.replace("Europe/Zurich", "Europe/Zurik") + 'hours = { mon = "08:00-17:00" }',
            "calendar[0].timezone = 'Europe/Zurik': unknown time zone 'Europe/Zurik'",
        ),
        (CAL + 'hours = { mon = "8-17" }', "calendar[0].hours.mon = '8-17': cannot read '8-17'"),
        (CAL + 'hours = { mon = "17:00-08:00" }', "ends before it starts"),
        (CAL + 'hours = { mon = "08:00-12:30, 12:00-17:00" }', "opening hours overlap"),
        (CAL + 'hours = { mon = "08:00-25:00" }', "is not a time of day"),
        (CAL + 'hours = { monday = "08:00-17:00" }', "calendar[0].hours.monday"),
        (CAL + 'hours = { sat = "" }', "needs opening hours on at least one day"),
        (
            CAL + 'hours = { mon = "08:00-17:00" }\nholidays = ["25.12."]',
            "calendar[0].holidays[0] = '25.12.': '25.12.' is not a holiday",
        ),
        (CAL + 'hours = { mon = "08:00-17:00" }\nholidays = ["02-30"]', "'02-30' is not a holiday"),
        (CAL + "hours = {}", "needs opening hours"),
        (
            CAL.replace("office", "always") + 'hours = { mon = "08:00-17:00" }',
            "'always' is built in",
        ),
        (
            CAL + 'hours = { mon = "08:00-17:00" }\n' + CAL + 'hours = { mon = "08:00-17:00" }',
            "calendar[1].name = 'office' is repeated",
        ),
        (
            '[sla.level.1]\nresolution = "2d"',
            "sla.level.1.resolution = '2d': SLA times are business time",
        ),
        ('[sla.level.1]\nfirst_response = "0h"', "must be longer than zero"),
        (
            '[sla.level.1]\ncalendar = "office"',
            "sla.level.1.calendar = 'office' is not a defined calendar; add a [[calendar]]",
        ),
        ('[sla.level.7]\nresolution = "4h"', "sla.level.7"),
        ("[sla]\nwarn_at = 1.5", "sla.warn_at = 1.5"),
        ('[sla]\nreminder_interval = "soon"', "sla.reminder_interval = 'soon'"),
        ("[sla]\ncheck_interval = 0", "check_interval must be longer than zero"),
        ("[sla]\nwarn_after = 0.5", "sla.warn_after"),
        ('[[sla.override]]\nfirst_response = "1h"', "needs category and/or customer_domain"),
        ('[[sla.override]]\ncategory = "billing"', "needs first_response, resolution or calendar"),
        (
            '[[sla.override]]\ncategory = "b"\ncalendar = "nope"',
            "sla.override[0].calendar = 'nope'",
        ),
        (
            '[[sla.override]]\ncustomer_domain = "a.ch"\nresolution = "1h"\n'
            '[[sla.override]]\ncustomer_domain = "A.ch"\nresolution = "2h"',
            "sla.override[1] matches the same tickets",
        ),
    ],
)
def test_errors_name_the_key_and_the_fix(toml: str, expected: str) -> None:
    assert expected in problems(toml)
