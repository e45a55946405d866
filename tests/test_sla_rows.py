"""Team calendars in the policy, and the SLA columns of a ticket row: new, paused, moved."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from mailtriage.config.schema import TeamConfig
from mailtriage.config.sla import CalendarConfig, SlaConfig
from mailtriage.sla import SlaPolicy
from mailtriage.sla.explain import explain
from mailtriage.sla.rows import initial_values, refresh, to_sla_ticket
from mailtriage.storage.models import Ticket

H = timedelta(hours=1)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
ZURICH = CalendarConfig.model_validate(
    {"name": "zurich", "timezone": "Europe/Zurich", "hours": dict.fromkeys(WEEKDAYS, "08:00-17:00")}
)
NEW_YORK = CalendarConfig.model_validate(
    {
        "name": "newyork",
        "timezone": "America/New_York",
        "hours": dict.fromkeys(WEEKDAYS, "09:00-17:00"),
    }
)
TEAMS = (
    TeamConfig(name="level1", levels=(0, 1), addresses=("l1@papyra.example",), calendar="zurich"),
    TeamConfig(name="level2", levels=(2,), addresses=("l2@papyra.example",), calendar="newyork"),
    TeamConfig(name="nightshift", addresses=("n@papyra.example",)),  # 24x7: "always"
)
SLA = SlaConfig.model_validate(
    {
        "level": {
            "1": {"first_response": "2h", "resolution": "16h"},
            "2": {"first_response": "4h"},
            "3": {"first_response": "4h", "calendar": "always"},
        },
        "override": [{"customer_domain": "vip.example", "calendar": "always"}],
    }
)
POLICY = SlaPolicy.from_config(SLA, (ZURICH, NEW_YORK), TEAMS)
FRIDAY_1600_ZURICH = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)


def test_a_ticket_counts_in_its_teams_calendar() -> None:
    assert POLICY.targets(1, "install", None).calendar.name == "zurich"
    assert POLICY.targets(2, "install", None).calendar.name == "newyork"
    assert "calendar newyork from team level2" in POLICY.targets(2, "x", None).explanation


def test_an_assigned_team_wins_over_the_levels_team() -> None:
    assert POLICY.targets(1, "install", None, team="level2").calendar.name == "newyork"
    assert POLICY.targets(1, "install", None, team="nightshift").calendar.name == "always"
    assert POLICY.targets(1, "install", None, team="gone").calendar.name == "zurich"


def test_an_override_or_an_explicit_level_calendar_wins_over_the_team() -> None:
    assert POLICY.targets(1, "install", "vip.example").calendar.name == "always"
    # Level 3 has no team here, and names its calendar: both give "always".
    assert POLICY.targets(3, "x", None, team="level1").calendar.name == "always"


def test_without_teams_the_policy_is_as_before() -> None:
    plain = SlaPolicy.from_config(SLA, (ZURICH, NEW_YORK))
    assert plain.targets(1, "install", None).calendar.name == "always"


def new_ticket(created: datetime, level: int = 1) -> Ticket:
    values = initial_values(level, "install", "anna@kunde.example", created, POLICY)
    return Ticket(
        id=7,
        level=level,
        category="install",
        customer_address="anna@kunde.example",
        status="new",
        created_at=created,
        team=None,
        first_response_at=None,
        sla_paused_seconds=0.0,
        sla_warned_first_response=False,
        sla_warned_resolution=False,
        sla_breached_first_response=False,
        sla_breached_resolution=False,
        **values,
    )


def test_initial_values_count_in_the_team_calendar_across_the_weekend() -> None:
    ticket = new_ticket(FRIDAY_1600_ZURICH)
    # Friday 16:00-17:00, then Monday 08:00-09:00 Zurich (CET, UTC+1).
    assert ticket.sla_first_response_due == datetime(2026, 3, 23, 8, 0, tzinfo=UTC)
    assert ticket.sla_next_check_at == datetime(2026, 3, 23, 7, 36, tzinfo=UTC)  # 80%


def test_refresh_pauses_resumes_and_restarts_on_a_level_change() -> None:
    start = datetime(2026, 3, 16, 8, 0, tzinfo=UTC)  # Monday 09:00 Zurich
    ticket = new_ticket(start)
    ticket.status = "pending"  # the stage may set the status before calling refresh
    refresh(ticket, POLICY, start + H, status="pending")
    assert ticket.sla_paused_since == start + H and ticket.sla_next_check_at is None
    refresh(ticket, POLICY, start + 3 * H, status="open")
    assert ticket.sla_paused_seconds == 2 * 3600 and ticket.sla_paused_since is None
    assert ticket.sla_first_response_due == start + 4 * H
    refresh(ticket, POLICY, start + 5 * H, level=2)
    state = to_sla_ticket(ticket)
    assert (state.level, state.level_changed_at, state.paused_seconds) == (2, start + 5 * H, 0)
    # Level 2 counts in New York: 13:00 Zurich is 08:00 there, hours start at 09:00.
    assert ticket.sla_first_response_due == datetime(2026, 3, 16, 17, 0, tzinfo=UTC)


def test_refresh_after_the_first_response_drops_that_target() -> None:
    start = datetime(2026, 3, 16, 8, 0, tzinfo=UTC)
    ticket = new_ticket(start)
    ticket.first_response_at = start + H
    refresh(ticket, POLICY, start + H, first_response=True, status="open")
    assert ticket.sla_first_response_due is None
    assert ticket.sla_resolution_due is not None and ticket.status == "open"


def test_explain_names_the_calendar_and_the_hours_counted() -> None:
    ticket = new_ticket(FRIDAY_1600_ZURICH)
    lines = explain(to_sla_ticket(ticket), FRIDAY_1600_ZURICH + H, POLICY)
    text = "\n".join(lines)
    assert "calendar: zurich (time zone Europe/Zurich)" in text
    assert "Fri 2026-03-20 16:00-17:00 CET (1 h)" in text
    assert "Mon 2026-03-23 08:00-17:00 CET (9 h)" in text
    assert "the next pass: none" in text
