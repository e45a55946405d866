"""The escalation job on SQLite and PostgreSQL: warnings, escalations, reminders, mail once."""

from __future__ import annotations

import logging
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import make_msgid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import OperationalError

from mailtriage.classification.base import FallbackClassifier
from mailtriage.clock import FrozenClock
from mailtriage.daemon.app import App, build_app
from mailtriage.daemon.escalation import run_escalation
from mailtriage.daemon.service import deliver_outbox
from mailtriage.daemon.sync import mailbox_id
from mailtriage.ingest.pipeline import ingest
from mailtriage.sla import job
from mailtriage.sla.follow import policy_fingerprint
from mailtriage.sla.job import escalate_due
from mailtriage.sla.rows import initial_values, refresh
from mailtriage.sources.base import FetchedItem
from mailtriage.storage.models import Message, OutboxItem, Ticket, TicketEvent, Undeliverable
from servers.smtp import SmtpServer
from support import customer_mail, make_config

START = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
H, M = timedelta(hours=1), timedelta(minutes=1)
SLA_KINDS = (
    "sla_warning",
    "sla_escalated",
    "sla_left_team",
    "sla_reminder",
    "customer_escalation_notice",
)
TEAMS = [
    {"name": "level1", "levels": [0, 1], "addresses": ["l1@papyra.example"]},
    {
        "name": "level2",
        "levels": [2],
        "addresses": ["l2@papyra.example"],
        "agents": ["marco@papyra.example"],
        "language": "de",
    },
    {"name": "level3", "levels": [3, 4], "addresses": ["l3@papyra.example"]},
]
SLA = {
    "warn_at": 0.8,
    "reminder_interval": "30m",
    "customer_notice": True,
    "level": {
        "1": {"first_response": "1h", "resolution": "8h"},
        "2": {"first_response": "2h", "resolution": "16h"},
        "3": {"first_response": "4h"},
    },
}


def make_app(
    tmp_path: Path,
    url: str,
    clock: FrozenClock,
    smtp_port: int = 1,
    sla: dict[str, Any] | None = None,
) -> App:
    smtp = {
        "host": "127.0.0.1",
        "port": smtp_port,
        "security": "none",
        "from_address": "support@papyra.example",
        "retry_base": "10s",
        "timeout": 5,
    }
    config = make_config(tmp_path, url, smtp=smtp, team=TEAMS, sla=sla or SLA)
    return build_app(config, clock=clock, classifier=FallbackClassifier())


def open_ticket(app: App, sender: str = "anna.muster@kunde.example") -> tuple[int, str]:
    """A customer's mail opens a level 1 ticket; its SLA columns are set as on INSERT."""
    message_id = make_msgid(domain="kunde.example")
    raw = customer_mail(sender=sender, message_id=message_id)
    box = mailbox_id(app.sessions, "support", "imap")
    outcome = ingest(app.sessions, app.services, box, FetchedItem(message_id, raw))
    assert outcome.ticket_id is not None
    with app.sessions.begin() as session:
        ticket = session.get_one(Ticket, outcome.ticket_id)
        values = initial_values(
            ticket.level,
            ticket.category,
            ticket.customer_address,
            ticket.created_at,
            app.services.sla,
        )
        for name, value in values.items():
            setattr(ticket, name, value)
    return outcome.ticket_id, message_id


def change(app: App, ticket_id: int, **what: Any) -> None:
    """A status, level or first-response change at the clock's time (as the stages do)."""
    with app.sessions.begin() as session:
        ticket = session.get_one(Ticket, ticket_id)
        if what.get("first_response"):
            ticket.first_response_at = app.services.clock.now()
        refresh(ticket, app.services.sla, app.services.clock.now(), **what)


def at(app: App, moment: datetime) -> App:
    app.services.clock.at = moment  # type: ignore[attr-defined]
    return app


def sla_mail(app: App, ticket_id: int | None = None) -> list[tuple[str, str]]:
    query = select(OutboxItem.kind, OutboxItem.recipients).where(OutboxItem.kind.in_(SLA_KINDS))
    if ticket_id is not None:
        query = query.where(OutboxItem.ticket_id == ticket_id)
    with app.sessions() as session:
        return [(k, r) for k, r in session.execute(query.order_by(OutboxItem.id))]


def events(app: App, ticket_id: int) -> list[str]:
    with app.sessions() as session:
        query = select(TicketEvent.kind).where(TicketEvent.ticket_id == ticket_id)
        return [k for k in session.scalars(query.order_by(TicketEvent.id)) if k != "created"]


def row(app: App, ticket_id: int) -> Ticket:
    with app.sessions() as session:
        return session.get_one(Ticket, ticket_id)


@pytest.fixture
def app(tmp_path: Path, db_url: str) -> Any:
    built = make_app(tmp_path, db_url, FrozenClock(START))
    yield built
    built.close()


def test_warns_the_team_once_at_80_percent_of_the_target(app: App) -> None:
    ticket_id, _ = open_ticket(app)
    assert row(app, ticket_id).sla_next_check_at == START + 48 * M
    assert run_escalation(at(app, START + 47 * M)).checked == 0  # not due: not even read
    report = run_escalation(at(app, START + 48 * M))
    assert [(o.decision.action, o.decision.target) for o in report.outcomes] == [
        ("warn", "first_response")
    ]
    assert sla_mail(app) == [("sla_warning", "l1@papyra.example")]
    assert events(app, ticket_id) == ["sla_warning"]
    assert row(app, ticket_id).sla_next_check_at == START + H  # the breach
    assert run_escalation(at(app, START + 50 * M)).checked == 0
    assert len(sla_mail(app)) == 1


def test_a_breach_escalates_1_to_2_and_tells_both_teams_and_the_customer(app: App) -> None:
    ticket_id, message_id = open_ticket(app)
    report = run_escalation(at(app, START + H + 5 * M))
    (outcome,) = report.actions
    assert (outcome.decision.action, outcome.decision.new_level) == ("escalate", 2)
    ticket = row(app, ticket_id)
    assert (ticket.level, ticket.sla_level_changed_at) == (2, START + H + 5 * M)
    assert ticket.sla_next_check_at == START + H + 5 * M + 96 * M  # 80% of level 2's 2 h
    assert events(app, ticket_id) == ["sla_escalated", "level_changed"]
    assert sla_mail(app) == [
        ("sla_escalated", "l2@papyra.example"),
        ("sla_left_team", "l1@papyra.example"),
        ("customer_escalation_notice", "anna.muster@kunde.example"),
    ]
    with app.sessions() as session:
        escalated = session.scalars(
            select(Message)
            .join(OutboxItem, OutboxItem.message_pk == Message.id)
            .where(OutboxItem.kind == "sla_escalated")
        ).one()
        detail = session.scalars(
            select(TicketEvent.detail).where(TicketEvent.kind == "sla_escalated")
        ).one()
        raw = escalated.raw.decode("ascii")
    assert f"In-Reply-To: {message_id}" in raw  # replies to it thread back onto the ticket
    assert "Eskal" in escalated.subject or "level 2" in escalated.subject.lower()
    assert "Papyra 7.1" in escalated.text  # the history: the customer's mail, one line
    assert detail["target"] == "first_response" and detail["overdue_by"] == "5 min"
    assert run_escalation(app).checked == 0 and len(sla_mail(app)) == 3


def test_levels_3_and_4_are_reminded_while_breached_not_escalated(app: App) -> None:
    ticket_id, _ = open_ticket(app)
    change(app, ticket_id, level=3)
    run_escalation(at(app, START + 4 * H))
    assert row(app, ticket_id).level == 3
    for minutes in (10, 29):  # nothing between reminders
        assert run_escalation(at(app, START + 4 * H + minutes * M)).actions == []
    run_escalation(at(app, START + 4 * H + 30 * M))
    run_escalation(at(app, START + 5 * H))
    assert sla_mail(app) == [("sla_reminder", "l3@papyra.example")] * 3
    assert events(app, ticket_id) == ["sla_reminder"] * 3  # no level_changed


def test_a_daemon_down_for_hours_catches_up_with_one_escalation(app: App) -> None:
    ticket_id, _ = open_ticket(app)
    # Seven hours later: the first-response warning and breach and the resolution warning
    # (6 h 24 min) all passed while nobody looked.
    report = run_escalation(at(app, START + 7 * H))
    assert [o.decision.action for o in report.outcomes] == ["escalate"]
    assert events(app, ticket_id) == ["sla_escalated", "level_changed"]
    assert [k for k, _ in sla_mail(app)].count("sla_warning") == 0
    assert run_escalation(app).checked == 0  # the next pass: nothing stale left


def test_pending_resolved_and_answered_tickets_stop_the_clock(app: App) -> None:
    pending, _ = open_ticket(app, "p@kunde.example")
    resolved, _ = open_ticket(app, "r@kunde.example")
    answered, _ = open_ticket(app, "a@kunde.example")
    at(app, START + 10 * M)
    change(app, pending, status="pending")
    change(app, resolved, status="resolved")
    change(app, answered, first_response=True, status="open")
    assert row(app, pending).sla_next_check_at is None
    assert row(app, resolved).sla_next_check_at is None
    assert row(app, answered).sla_next_check_at == START + 8 * H * 0.8  # resolution warning
    assert run_escalation(at(app, START + 3 * H)).checked == 0
    assert sla_mail(app) == []
    # The customer replies after 3 h: the clock runs again, pushed back by the pause.
    change(app, pending, status="open")
    assert row(app, pending).sla_first_response_due == START + H + 170 * M


def test_a_dry_run_tells_what_would_happen_and_writes_nothing(app: App) -> None:
    ticket_id, _ = open_ticket(app)
    report = run_escalation(at(app, START + 2 * H), dry_run=True)
    (outcome,) = report.outcomes
    assert outcome.decision.action == "escalate" and report.dry_run
    assert [n.audience for n in outcome.notices] == ["team level2", "team level1", "customer"]
    assert row(app, ticket_id).level == 1 and sla_mail(app) == [] and events(app, ticket_id) == []
    assert run_escalation(app).count("escalate") == 1


def test_a_replayed_action_queues_no_mail_twice(app: App) -> None:
    ticket_id, _ = open_ticket(app)
    run_escalation(at(app, START + 2 * H))
    with app.sessions.begin() as session:  # the ticket's SLA state lost, e.g. a restore
        ticket = session.get_one(Ticket, ticket_id)
        ticket.level, ticket.sla_level_changed_at = 1, None
        refresh(ticket, app.services.sla, START)
    report = run_escalation(app)
    assert report.count("escalate") == 1 and report.queued == 0
    assert len(sla_mail(app)) == 3  # the outbox keys are unique: nothing queued again
    assert row(app, ticket_id).level == 2


def fail_drafting(monkeypatch: pytest.MonkeyPatch, broken: int) -> None:
    """Drafting the SLA mails of ticket `broken` raises (a template bug); the others draft."""

    draft = job._draft

    def failing(drafter: Any, ticket: Any, *args: Any) -> Any:
        if ticket.id == broken:
            raise RuntimeError("template bug")
        return draft(drafter, ticket, *args)

    monkeypatch.setattr(job, "_draft", failing)


def test_a_ticket_that_fails_does_not_stop_the_others(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken, _ = open_ticket(app, "b@kunde.example")
    fine, _ = open_ticket(app, "f@kunde.example")
    fail_drafting(monkeypatch, broken)
    report = run_escalation(at(app, START + 2 * H))
    assert (report.failed, report.count("escalate")) == (1, 1)
    assert row(app, broken).level == 1 and events(app, broken) == []  # rolled back
    assert row(app, fine).level == 2
    monkeypatch.undo()
    assert run_escalation(app).count("escalate") == 1  # retried at the next pass


def stored_mail(app: App, ticket_id: int) -> list[tuple[str, str, int | None]]:
    """(kind, recipients of the outbox row, ticket of its stored message) per SLA mail."""
    query = (
        select(OutboxItem.kind, Message.to_addresses, Message.ticket_id)
        .join(Message, OutboxItem.message_pk == Message.id)
        .where(OutboxItem.ticket_id == ticket_id, OutboxItem.kind.in_(SLA_KINDS))
        .order_by(OutboxItem.id)
    )
    with app.sessions() as session:
        return [(k, to, t) for k, to, t in session.execute(query)]


@pytest.mark.parametrize("workers", [1, 2])
def test_tickets_are_handled_in_chunks_and_a_failing_one_only_fails_itself(
    app: App, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    tickets = [open_ticket(app, f"kunde{i}@kunde.example")[0] for i in range(7)]
    broken = tickets[4]  # in the second chunk of three
    fail_drafting(monkeypatch, broken)
    now = START + 2 * H
    report = escalate_due(app.sessions, app.services, now, chunk=3, workers=workers)
    assert (report.checked, report.failed, report.count("escalate")) == (7, 1, 6)
    assert [o.ticket_id for o in report.outcomes] == [t for t in tickets if t != broken]
    assert report.queued == 6 * 3
    assert row(app, broken).level == 1 and events(app, broken) == [] and sla_mail(app, broken) == []
    for ticket_id in (t for t in tickets if t != broken):  # once each, the chunk's retry too
        assert row(app, ticket_id).level == 2
        assert events(app, ticket_id) == ["sla_escalated", "level_changed"]
        customer = f"kunde{tickets.index(ticket_id)}@kunde.example"
        assert stored_mail(app, ticket_id) == [
            ("sla_escalated", "l2@papyra.example", ticket_id),
            ("sla_left_team", "l1@papyra.example", ticket_id),
            ("customer_escalation_notice", customer, ticket_id),
        ]
    monkeypatch.undo()
    again = escalate_due(app.sessions, app.services, now, chunk=3)
    assert [(o.ticket_id, o.decision.action) for o in again.outcomes] == [(broken, "escalate")]


def slow_first_chunk(monkeypatch: pytest.MonkeyPatch, first: int) -> None:
    """The chunk holding ticket `first` takes longer to decide than the chunks after it."""
    decide = job._decide

    def slow(session: Any, services: Any, tickets: Any, *args: Any) -> Any:
        if any(ticket.id == first for ticket in tickets):
            time.sleep(0.3)
        return decide(session, services, tickets, *args)

    monkeypatch.setattr(job, "_decide", slow)


def test_chunks_run_side_by_side_and_are_reported_in_order(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    tickets = [open_ticket(app, f"kunde{i}@kunde.example")[0] for i in range(6)]
    slow_first_chunk(monkeypatch, tickets[0])
    finished: list[int] = []
    attempt = job._attempt

    def recorded(sessions: Any, services: Any, ids: list[int], *args: Any, **kw: Any) -> Any:
        outcomes = attempt(sessions, services, ids, *args, **kw)
        finished.extend(ids)
        return outcomes

    monkeypatch.setattr(job, "_attempt", recorded)
    report = escalate_due(app.sessions, app.services, START + 2 * H, chunk=2, workers=2)
    # PostgreSQL: the second chunk was done while the first waited. (SQLite has one writer
    # at a time, BEGIN IMMEDIATE: which chunk gets the lock next is not fixed.)
    if app.engine.dialect.name == "postgresql":
        assert finished[:2] == tickets[2:4]
    assert [o.ticket_id for o in report.outcomes] == tickets
    assert (report.checked, report.count("escalate"), report.queued) == (6, 6, 18)
    assert all(events(app, t) == ["sla_escalated", "level_changed"] for t in tickets)


def test_a_database_failure_in_one_chunk_ends_the_pass_and_loses_nothing(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    tickets = [open_ticket(app, f"kunde{i}@kunde.example")[0] for i in range(8)]
    lost = tickets[2]  # the connection drops while the second chunk runs
    slow_first_chunk(monkeypatch, tickets[0])
    carry_out = job._carry_out

    def dropped(session: Any, services: Any, steps: Any, now: Any) -> Any:
        carry_out(session, services, steps, now)
        if any(step.ticket.id == lost for step in steps):
            raise OperationalError("COMMIT", {}, Exception("server closed the connection"))

    monkeypatch.setattr(job, "_carry_out", dropped)
    with pytest.raises(OperationalError):
        escalate_due(app.sessions, app.services, START + 2 * H, chunk=2, workers=2)
    done = [t for t in tickets if row(app, t).level == 2]
    assert tickets[0] in done and lost not in done and tickets[3] not in done
    for ticket_id in tickets:  # each ticket whole or untouched, never half
        escalated = ticket_id in done
        assert events(app, ticket_id) == (["sla_escalated", "level_changed"] if escalated else [])
        assert len(sla_mail(app, ticket_id)) == (3 if escalated else 0)
    monkeypatch.undo()
    again = escalate_due(app.sessions, app.services, START + 2 * H, chunk=2, workers=2)
    assert sorted(o.ticket_id for o in again.actions) == [t for t in tickets if t not in done]
    assert all(len(sla_mail(app, t)) == 3 for t in tickets)


def test_a_replayed_action_in_a_chunk_queues_the_others_mail(app: App) -> None:
    replayed, _ = open_ticket(app, "r@kunde.example")
    run_escalation(at(app, START + 2 * H))
    with app.sessions.begin() as session:  # its SLA state lost, e.g. a restore
        ticket = session.get_one(Ticket, replayed)
        ticket.level, ticket.sla_level_changed_at = 1, None
        refresh(ticket, app.services.sla, START)
    others = [open_ticket(app, f"o{i}@kunde.example")[0] for i in range(2)]
    report = run_escalation(at(app, START + 4 * H))
    assert (report.count("escalate"), report.failed) == (3, 0)
    assert {o.ticket_id: o.queued for o in report.outcomes} == {
        replayed: 0,
        **{t: 3 for t in others},
    }
    assert [len(sla_mail(app, t)) for t in (replayed, *others)] == [3, 3, 3]
    assert events(app, replayed) == ["sla_escalated", "level_changed"] * 2


def test_the_mail_answers_the_customer_even_behind_ten_of_our_own(app: App) -> None:
    ticket_id, message_id = open_ticket(app)
    ours = [
        {
            "ticket_id": ticket_id,
            "direction": "out",
            "message_id": f"<ours{n}.{ticket_id}@papyra.example>",
            "from_address": "support@papyra.example",
            "to_addresses": "anna.muster@kunde.example",
            "subject": "Re: Installer bricht ab",
            "text": "Wir schauen es uns an.",
            "size": 10,
            "raw_sha256": "0" * 64,
            "fingerprint": f"{n:064x}",
            "raw": b"x",
            "created_at": START + n * M,
        }
        for n in range(10)
    ]
    with app.sessions.begin() as session:
        session.execute(insert(Message), ours)
    run_escalation(at(app, START + 2 * H))
    with app.sessions() as session:
        replies = session.scalars(
            select(Message.raw)
            .join(OutboxItem, OutboxItem.message_pk == Message.id)
            .where(OutboxItem.kind.in_(SLA_KINDS))
        ).all()
    assert len(replies) == 3
    assert all(f"In-Reply-To: {message_id}" in raw.decode("ascii") for raw in replies)


def test_a_customer_whose_address_bounced_is_not_told(app: App) -> None:
    bounced, _ = open_ticket(app, "weg@kunde.example")
    reachable, _ = open_ticket(app, "da@kunde.example")
    with app.sessions.begin() as session:
        session.add(Undeliverable(address="weg@kunde.example", reason="5.1.1", at=START))
    report = run_escalation(at(app, START + 2 * H))
    assert report.count("escalate") == 2
    assert [kind for kind, _ in sla_mail(app, bounced)] == ["sla_escalated", "sla_left_team"]
    assert sla_mail(app, reachable)[-1] == ("customer_escalation_notice", "da@kunde.example")


def test_a_chunk_stores_each_tickets_own_columns_whether_it_acted_or_not(app: App) -> None:
    escalated, _ = open_ticket(app, "e@kunde.example")
    answered, _ = open_ticket(app, "a@kunde.example")
    assert run_escalation(at(app, START + 10 * M)).checked == 0  # the daemon is running
    change(app, answered, first_response=True, status="open")
    with app.sessions.begin() as session:  # checked too early: nothing is due for it yet
        session.get_one(Ticket, answered).sla_next_check_at = START + H
    before = row(app, answered).updated_at
    report = run_escalation(at(app, START + 2 * H))
    assert {o.ticket_id: o.decision.action for o in report.outcomes} == {
        escalated: "escalate",
        answered: "none",
    }
    assert (row(app, escalated).level, row(app, escalated).updated_at) == (2, START + 2 * H)
    quiet = row(app, answered)
    assert (quiet.level, quiet.status, quiet.updated_at) == (1, "open", before)
    assert quiet.sla_next_check_at == START + 8 * H * 0.8  # the resolution warning
    assert events(app, answered) == [] and sla_mail(app, answered) == []


def test_new_states_are_stored_whatever_number_types_they_hold(app: App) -> None:
    first, _ = open_ticket(app, "a@kunde.example")
    second, _ = open_ticket(app, "b@kunde.example")
    with app.sessions.begin() as session:  # one chunk: an int and a float for a float column
        job._update(
            session,
            [
                (first, {"sla_paused_seconds": 0, "level": 2}),
                (second, {"sla_paused_seconds": 90.5, "level": 3}),
            ],
        )
    assert (row(app, first).sla_paused_seconds, row(app, first).level) == (0.0, 2)
    assert (row(app, second).sla_paused_seconds, row(app, second).level) == (90.5, 3)


def test_a_pass_stops_between_chunks_when_asked(app: App) -> None:
    tickets = [open_ticket(app, f"kunde{i}@kunde.example")[0] for i in range(4)]
    stop = threading.Event()
    stop.set()
    report = escalate_due(app.sessions, app.services, START + 2 * H, chunk=2, stop=stop)
    assert report.checked == 0 and {row(app, t).level for t in tickets} == {1}


def test_the_escalation_mail_reaches_the_smtp_server_once_and_a_reply_threads_back(
    tmp_path: Path, sqlite_url: str, smtp_server: SmtpServer
) -> None:
    sla = {
        **SLA,
        "customer_notice": False,
        "level": {"1": {"first_response": "3s"}, "2": {"first_response": "1h"}},
    }
    app = make_app(tmp_path, sqlite_url, FrozenClock(START), smtp_server.port, sla)
    ticket_id, _ = open_ticket(app)
    smtp_server.wait_for(deliver_outbox(app).sent)  # acknowledgement, new-ticket mail
    smtp_server.clear()
    at(app, START + 3 * timedelta(seconds=1))
    for _ in range(3):  # passes and deliveries repeated: still one mail per team
        run_escalation(app)
        deliver_outbox(app)
    received = smtp_server.wait_for(2)
    assert sorted(r.rcpt_tos[0] for r in received) == ["l1@papyra.example", "l2@papyra.example"]
    escalation = next(r.message for r in received if r.rcpt_tos == ("l2@papyra.example",))
    assert f"[#{ticket_id}]" in escalation["Subject"]
    reply = customer_mail(
        sender="marco@papyra.example",
        subject=f"Re: {escalation['Subject']}",
        body="#internal Ich schaue es mir an.",
        in_reply_to=escalation["Message-ID"],
    )
    box = mailbox_id(app.sessions, "support", "imap")
    outcome = ingest(app.sessions, app.services, box, FetchedItem("reply", reply))
    assert outcome.ticket_id == ticket_id
    app.close()


@pytest.mark.parametrize("chunk", [100, 3])
def test_two_daemons_on_one_postgresql_escalate_and_notify_once(
    tmp_path: Path, pg_url: str, chunk: int
) -> None:
    clock = FrozenClock(START)
    apps = [make_app(tmp_path / f"d{i}", pg_url, clock) for i in range(2)]
    tickets = [open_ticket(apps[0], f"kunde{i}@example.ch")[0] for i in range(40)]
    clock.at = START + 2 * H
    barrier = threading.Barrier(2)
    reports: list[Any] = []

    def daemon(app: App) -> None:
        barrier.wait()
        reports.append(escalate_due(app.sessions, app.services, clock.now(), batch=7, chunk=chunk))

    threads = [threading.Thread(target=daemon, args=(a,)) for a in apps]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(r.count("escalate") for r in reports) == len(tickets)
    with apps[0].sessions() as session:
        per_ticket = session.execute(
            select(OutboxItem.ticket_id, func.count())
            .where(OutboxItem.kind == "sla_escalated")
            .group_by(OutboxItem.ticket_id)
        ).all()
        levels = set(session.scalars(select(Ticket.level)))
        escalations = session.scalar(
            select(func.count()).select_from(TicketEvent).where(TicketEvent.kind == "sla_escalated")
        )
    assert sorted(t for t, _ in per_ticket) == tickets and {n for _, n in per_ticket} == {1}
    assert levels == {2} and escalations == len(tickets)
    for app in apps:
        app.close()


CONFIG_TOML = """
data_dir = "{data_dir}"
[database]
url = "{url}"
[smtp]
host = "127.0.0.1"
port = 1
security = "none"
from_address = "support@papyra.example"
[[calendar]]
name = "office"
timezone = "Europe/Zurich"
hours = {{ mon = "08:00-17:00", tue = "08:00-17:00", wed = "08:00-17:00", thu = "08:00-17:00", fri = "08:00-17:00" }}
[[team]]
name = "level1"
levels = [0, 1]
addresses = ["l1@papyra.example"]
calendar = "office"
[[team]]
name = "level2"
levels = [2]
addresses = ["l2@papyra.example"]
[sla.level.1]
first_response = "1h"
[sla.level.2]
first_response = "2h"
"""


def test_cli_explains_a_ticket_and_dry_runs_the_next_pass(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from mailtriage.cli.sla import escalate, sla
    from mailtriage.config import load_config

    path = tmp_path / "mailtriage.toml"
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    path.write_text(CONFIG_TOML.format(data_dir=tmp_path, url=url), encoding="utf-8")
    config = load_config(str(path))
    app = build_app(
        config,
        clock=FrozenClock(datetime.now(UTC) - 30 * 24 * H),
        classifier=FallbackClassifier(),
    )
    ticket_id, _ = open_ticket(app)
    app.close()
    runner = CliRunner()
    shown = runner.invoke(sla, ["show", str(ticket_id), "--config", str(path)])
    assert shown.exit_code == 0, shown.output
    assert "calendar: office (time zone Europe/Zurich)" in shown.output
    assert "first response: due" in shown.output and "business hours counted" in shown.output
    dry = runner.invoke(escalate, ["--dry-run", "--config", str(path)])
    assert dry.exit_code == 0, dry.output
    assert f"#{ticket_id} escalate level 1 -> 2" in dry.output and "dry run" in dry.output
    assert "mail to team level2, team level1" in dry.output
    again = runner.invoke(escalate, ["--dry-run", "--config", str(path)])
    assert again.output == dry.output  # a dry run changed nothing


def test_stored_due_times_follow_a_changed_policy_once(
    tmp_path: Path, db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    app = make_app(tmp_path / "before", db_url, FrozenClock(START))
    running, _ = open_ticket(app, "r@kunde.example")
    waiting, _ = open_ticket(app, "w@kunde.example")
    change(app, waiting, status="pending")
    with caplog.at_level(logging.INFO):
        assert run_escalation(app, dry_run=True).checked == 0
        assert run_escalation(app).checked == 0  # 1 h first-response target: warned at 48 min
    assert "SLA policy" not in caplog.text  # a new database: the first policy, not a change
    app.close()
    # The admin shortens the target to 20 minutes and restarts (or reloads) the daemon.
    stricter = {**SLA, "level": {**SLA["level"], "1": {"first_response": "20m"}}}
    app = make_app(tmp_path / "after", db_url, FrozenClock(START + 30 * M), sla=stricter)
    with caplog.at_level(logging.WARNING):
        dry = run_escalation(app, dry_run=True)
    assert dry.checked == 0 and "the SLA policy changed" in caplog.text  # only said, not done
    report = run_escalation(app)
    assert [(o.ticket_id, o.decision.action) for o in report.outcomes] == [(running, "escalate")]
    assert row(app, running).level == 2
    assert row(app, waiting).sla_next_check_at is None  # pending: its clock stands still
    # Once: later passes, and a restart with the same config, leave the due times alone.
    tampered = START + 99 * H
    with app.sessions.begin() as session:
        session.get_one(Ticket, running).sla_next_check_at = tampered
    assert run_escalation(app).checked == 0
    app.close()
    app = make_app(tmp_path / "again", db_url, FrozenClock(START + 31 * M), sla=stricter)
    assert run_escalation(app).checked == 0 and row(app, running).sla_next_check_at == tampered
    app.close()


def test_the_policy_fingerprint_covers_what_due_times_depend_on(tmp_path: Path) -> None:
    def fingerprint(**changes: Any) -> str:
        values = {"team": TEAMS, "sla": SLA, **changes}
        return policy_fingerprint(make_config(tmp_path, "sqlite://", **values))

    base = fingerprint()
    holiday = {"name": "zh", "timezone": "Europe/Zurich", "hours": {"mon": "08:00-17:00"}}
    moved = [{**TEAMS[0], "levels": [0]}, *TEAMS[1:]]
    assert fingerprint() == base
    assert fingerprint(sla={**SLA, "warn_at": 0.7}) != base
    assert fingerprint(calendar=[holiday]) != base
    assert fingerprint(calendar=[{**holiday, "holidays": ["12-25"]}]) != fingerprint(
        calendar=[holiday]
    )
    assert fingerprint(team=moved) != base
    assert fingerprint(team=[{**TEAMS[0], "addresses": ["x@papyra.example"]}, *TEAMS[1:]]) == base
    assert (
        fingerprint(smtp={**make_config(tmp_path, "sqlite://").smtp.model_dump(), "port": 2})
        == base
    )
