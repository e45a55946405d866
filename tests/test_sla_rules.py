"""Escalation rules with a frozen clock: warnings, breaches, reminders, pauses, catch-up."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from mailtriage.config.sla import CalendarConfig, SlaConfig
from mailtriage.sla import (
    Decision,
    SlaPolicy,
    SlaTicket,
    apply_decision,
    change_level,
    change_status,
    compute_due,
    decide,
    domain_of,
    next_check_at,
    paused_time,
    record_first_response,
)

H = timedelta(hours=1)
M = timedelta(minutes=1)
WORKDAY = "08:00-12:00, 13:00-17:00"
OFFICE = CalendarConfig.model_validate(
    {
        "name": "office",
        "timezone": "Europe/Zurich",
        "hours": dict.fromkeys(("mon", "tue", "wed", "thu", "fri"), WORKDAY),
        "holidays": ["12-25"],
    }
)
SLA = SlaConfig.model_validate(
    {
        "warn_at": 0.8,
        "reminder_interval": "4h",
        "level": {
            "1": {"first_response": "4h", "resolution": "16h", "calendar": "office"},
            "2": {"first_response": "8h", "resolution": "40h", "calendar": "office"},
            "3": {"first_response": "16h", "resolution": "80h", "calendar": "office"},
            "4": {"first_response": "8h", "calendar": "office"},
        },
        "override": [
            {"category": "billing", "resolution": "8h"},
            {"customer_domain": "vip.example", "first_response": "1h"},
            {"customer_domain": "vip.example", "category": "billing", "first_response": "30m"},
        ],
    }
)
POLICY = SlaPolicy.from_config(SLA, (OFFICE,))


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


# Office hours are in Zurich: CET (UTC+1) until 29 March 2026.
MONDAY_0800 = utc(2026, 3, 16, 7)


def ticket(level: int = 1, **fields: object) -> SlaTicket:
    base = SlaTicket(
        id=1,
        level=level,
        category="install",
        customer_domain="example.com",
        status="open",
        created_at=MONDAY_0800,
    )
    return replace(base, **fields)  # type: ignore[arg-type]


def run(state: SlaTicket, now: datetime) -> tuple[Decision, SlaTicket]:
    """One pass of the job: decide, then store the new state."""
    decision = decide(state, now, POLICY)
    return decision, apply_decision(state, decision, now)


def passes(state: SlaTicket, now: datetime, limit: int = 20) -> tuple[list[Decision], SlaTicket]:
    """Run the job at `now` as long as the ticket is due, as a catching-up daemon would."""
    actions = []
    for _ in range(limit):
        decision, state = run(state, now)
        if decision.action != "none":
            actions.append(decision)
        if decision.next_check_at is None or decision.next_check_at > now:
            break
    return actions, state


def test_due_times_in_business_hours() -> None:
    due = compute_due(ticket(), POLICY)
    # 4 h from Mon 08:00 CET; 16 h is Tue 17:00 CET; warnings at 80%: 3h12m and 12h48m.
    assert due.first_response_due == utc(2026, 3, 16, 11)
    assert due.first_response_warn == utc(2026, 3, 16, 10, 12)
    assert due.resolution_due == utc(2026, 3, 17, 16)
    assert due.resolution_warn == utc(2026, 3, 17, 12, 48)


def test_nothing_before_the_warning_and_the_next_check_is_the_warning() -> None:
    decision = decide(ticket(), utc(2026, 3, 16, 10), POLICY)
    assert decision.action == "none"
    assert decision.next_check_at == utc(2026, 3, 16, 10, 12)


def test_warns_once_at_80_percent_before_the_breach() -> None:
    decision, state = run(ticket(), utc(2026, 3, 16, 10, 12))
    assert (decision.action, decision.target) == ("warn", "first_response")
    assert decision.remaining == 48 * M
    assert decision.next_check_at == utc(2026, 3, 16, 11)  # the breach
    assert "80% of the first response target" in decision.reason
    again, _ = run(state, utc(2026, 3, 16, 10, 30))
    assert again.action == "none"


def test_breach_at_level_1_escalates_to_level_2_and_restarts_its_targets() -> None:
    _, warned = run(ticket(), utc(2026, 3, 16, 10, 12))
    decision, state = run(warned, utc(2026, 3, 16, 11))
    assert (decision.action, decision.target, decision.new_level) == (
        "escalate",
        "first_response",
        2,
    )
    assert decision.overdue_by == timedelta(0)
    assert state.level == 2 and state.level_changed_at == utc(2026, 3, 16, 11)
    assert not state.warned_first_response
    # Level 2 counts from Mon 12:00 CET: 6h24m (80% of 8 h) ends Tue 10:24 CET.
    assert decision.next_check_at == utc(2026, 3, 17, 9, 24)


def test_no_double_escalation() -> None:
    first, state = run(ticket(), utc(2026, 3, 16, 11, 5))
    assert first.action == "escalate"
    second, same = run(state, utc(2026, 3, 16, 11, 5))
    assert second.action == "none"
    assert same == state


def test_level_2_breach_escalates_to_3() -> None:
    # Level 2 first response 8 h: due Mon 17:00 CET.
    assert decide(ticket(level=2), utc(2026, 3, 16, 15, 59), POLICY).action == "warn"
    decision = decide(ticket(level=2), utc(2026, 3, 16, 16), POLICY)
    assert (decision.action, decision.new_level) == ("escalate", 3)


def test_level_3_is_never_escalated_to_4_but_reminded_at_the_interval() -> None:
    state = ticket(level=3)
    # First response 16 h: due Tue 17 March 17:00 CET.
    breach, state = run(state, utc(2026, 3, 17, 16))
    assert (breach.action, breach.new_level, breach.target) == ("remind", None, "first_response")
    assert "not escalated automatically" in breach.reason
    assert state.level == 3
    # Next reminder 4 business hours later: Wed 12:00 CET.
    assert breach.next_check_at == utc(2026, 3, 18, 11)
    quiet, state = run(state, utc(2026, 3, 18, 10, 59))
    assert quiet.action == "none"
    reminder, state = run(state, utc(2026, 3, 18, 11))
    assert reminder.action == "remind" and "still missed" in reminder.reason
    assert reminder.overdue_by == 4 * H
    assert reminder.next_check_at == utc(2026, 3, 18, 16)  # Wed 13:00-17:00 CET
    third, _ = run(state, utc(2026, 3, 18, 16))
    assert third.action == "remind" and third.overdue_by == 8 * H


def test_level_4_breach_only_reminds() -> None:
    decision = decide(ticket(level=4), utc(2026, 3, 17, 7), POLICY)
    assert (decision.action, decision.new_level) == ("remind", None)


def test_level_0_has_no_targets_here_and_never_moves() -> None:
    decision = decide(ticket(level=0), utc(2026, 6, 1), POLICY)
    assert decision.action == "none"
    assert decision.next_check_at is None


def test_catch_up_after_downtime_gives_one_escalation() -> None:
    # Down from Monday morning until Friday 13:00 CET: both targets and warnings passed.
    now = utc(2026, 3, 20, 12)
    actions, state = passes(ticket(), now)
    assert [(a.action, a.target) for a in actions] == [("escalate", "first_response")]
    # Missed since Mon 12:00 CET: Mon 4 h, Tue-Thu 24 h, Fri 4 h.
    assert actions[0].overdue_by == 32 * H
    assert state.level == 2
    # The new level counts from the escalation: 6h24m from Fri 13:00 CET is Mon 10:24 CET.
    assert actions[0].next_check_at == utc(2026, 3, 23, 9, 24)


def test_catch_up_at_level_3_sends_one_reminder_not_a_burst() -> None:
    breached, state = run(ticket(level=3), utc(2026, 3, 17, 16))
    assert breached.action == "remind"
    # A week later (before the resolution warning, Wed 25 March 17:00 CET): many reminder
    # intervals passed while the daemon was down, but it sends one reminder.
    actions, state = passes(state, utc(2026, 3, 24, 12))
    assert [a.action for a in actions] == ["remind"]
    assert state.last_reminder_at == utc(2026, 3, 24, 12)


def test_an_answered_ticket_has_no_first_response_target() -> None:
    answered = record_first_response(ticket(), utc(2026, 3, 16, 9))
    assert compute_due(answered, POLICY).first_response_due is None
    decision = decide(answered, utc(2026, 3, 16, 11, 30), POLICY)
    assert decision.action == "none"
    assert decision.next_check_at == utc(2026, 3, 17, 12, 48)  # the resolution warning


def test_pending_stops_the_clock_and_the_paused_time_pushes_the_due_time() -> None:
    state = record_first_response(ticket(), utc(2026, 3, 16, 8))
    state = change_status(state, "pending", utc(2026, 3, 16, 9), POLICY)  # Mon 10:00 CET
    waiting = decide(state, utc(2026, 3, 17, 20), POLICY)
    assert waiting.action == "none" and waiting.next_check_at is None
    assert compute_due(state, POLICY).resolution_due is None
    # Customer replies Wed 09:00 CET: paused Mon 6 h + Tue 8 h + Wed 1 h = 15 h.
    assert paused_time(state, utc(2026, 3, 18, 8), POLICY) == 15 * H
    state = change_status(state, "open", utc(2026, 3, 18, 8), POLICY)
    assert state.paused_seconds == 15 * 3600 and state.paused_since is None
    # 16 h + 15 h from Mon 08:00 CET: Mon, Tue, Wed 8 h each, Thu 7 h -> Thu 16:00 CET.
    assert compute_due(state, POLICY).resolution_due == utc(2026, 3, 19, 15)


def test_a_resolved_ticket_gets_no_action() -> None:
    state = change_status(ticket(), "resolved", utc(2026, 3, 16, 9), POLICY)
    decision = decide(state, utc(2026, 3, 30, 9), POLICY)
    assert decision.action == "none" and decision.next_check_at is None
    assert "stands still" in decision.reason


def test_a_manual_level_change_restarts_the_targets() -> None:
    state = change_level(ticket(warned_first_response=True), 2, utc(2026, 3, 16, 10))
    assert state.clock_start == utc(2026, 3, 16, 10)
    assert not state.warned_first_response
    # Level 2, 8 h from Mon 11:00 CET: Mon 5 h, Tue 3 h -> Tue 11:00 CET.
    assert compute_due(state, POLICY).first_response_due == utc(2026, 3, 17, 10)


def test_overrides_by_category_and_domain_most_specific_wins() -> None:
    by_level = POLICY.targets(1, "install", "example.com")
    by_category = POLICY.targets(1, "billing", "example.com")
    by_domain = POLICY.targets(1, "install", "VIP.example")
    by_both = POLICY.targets(1, "billing", "vip.example")
    assert (by_level.first_response, by_level.resolution) == (4 * H, 16 * H)
    assert (by_category.first_response, by_category.resolution) == (4 * H, 8 * H)
    assert (by_domain.first_response, by_domain.resolution) == (1 * H, 16 * H)
    assert (by_both.first_response, by_both.resolution) == (30 * M, 8 * H)
    assert "sla.override[2]" in by_both.explanation
    vip = ticket(customer_domain="vip.example", category="billing")
    # 30 min from Mon 08:00 CET; warning at 24 min.
    assert compute_due(vip, POLICY).first_response_due == utc(2026, 3, 16, 7, 30)
    assert decide(vip, utc(2026, 3, 16, 7, 24), POLICY).action == "warn"


def test_next_check_is_none_without_any_target() -> None:
    policy = SlaPolicy.from_config(SlaConfig.model_validate({"level": {}}))
    assert next_check_at(ticket(), MONDAY_0800, policy) is None


def test_domain_of_an_address() -> None:
    assert domain_of("Anna.Muster@VIP.Example") == "vip.example"
    assert domain_of("<bob@example.com>") == "example.com"
    assert domain_of("not-an-address") is None
