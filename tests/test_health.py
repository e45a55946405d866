"""Health and metrics: /metrics after a real run, /healthz ok and degraded, one alert mail each way."""

from __future__ import annotations

import json
import logging
import os
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import func, select, text

from mailtriage.classification.base import Classification, FallbackClassifier, MailText
from mailtriage.clock import FrozenClock
from mailtriage.config import Config
from mailtriage.config.health import HealthConfig
from mailtriage.daemon.alerts import Alerts, check_alerts
from mailtriage.daemon.app import App, build_app
from mailtriage.daemon.health import HealthServer, JobHeartbeat
from mailtriage.daemon.service import deliver_outbox, run_once
from mailtriage.storage import queries
from mailtriage.storage.db import make_engine
from mailtriage.storage.migrate import upgrade
from mailtriage.storage.models import Alert, Message, OutboxItem, Ticket, TicketEvent
from servers.smtp import SmtpServer
from support import customer_mail

START = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
ADMIN = "ops@papyra.example"
TEAMS = [
    {"name": "helpdesk", "levels": [0, 1], "addresses": ["helpdesk@papyra.example"]},
    {"name": "technical", "levels": [2], "addresses": ["tech@papyra.example"]},
    {"name": "experts", "levels": [3, 4], "addresses": ["experts@papyra.example"]},
]


class SubjectClassifier(FallbackClassifier):
    """ "L0 ..." is level 0 (confidence 0.9), other subjects level 2 (0.6); "explode" crashes."""

    def classify(self, mail: MailText) -> Classification:
        if "explode" in mail.subject:
            raise RuntimeError("model crashed on this input")
        if mail.subject.startswith("L0"):
            return Classification(0, "how_to", 0.9, "de", False, "test-1", "test")
        return Classification(2, "installation", 0.6, "de", False, "test-1", "test")


def make_maildir(root: Path, mails: list[bytes]) -> Path:
    """A Maildir with `mails` in new/, oldest first."""
    for sub in ("new", "cur", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    for i, raw in enumerate(mails):
        path = root / "new" / f"{i:04d}.test"
        path.write_bytes(raw)
        os.utime(path, (1_700_000_000 + i, 1_700_000_000 + i))
    return root


def make_app(
    tmp_path: Path,
    url: str,
    clock: FrozenClock,
    smtp: SmtpServer,
    migrate: bool = True,
    **health: Any,
) -> App:
    config = Config.model_validate(
        {
            "data_dir": tmp_path,
            "database": {"url": url},
            "mailbox": [{"name": "support", "kind": "maildir", "path": str(tmp_path / "support")}],
            "smtp": {
                "host": "127.0.0.1",
                "port": smtp.port,
                "security": "none",
                "timeout": 5,
                "from_address": "support@papyra.example",
                "retry_base": 1,
            },
            "team": TEAMS,
            "health": {"listen": "127.0.0.1:0", "alert_after": "15m", **health},
        }
    )
    return build_app(config, clock=clock, classifier=SubjectClassifier(), migrate=migrate)


def health_of(app: App) -> HealthConfig:
    config = app.config
    assert isinstance(config, Config)
    return config.health


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(START)


@pytest.fixture
def app(tmp_path: Path, db_url: str, clock: FrozenClock, smtp_server: SmtpServer) -> Iterator[App]:
    built = make_app(tmp_path, db_url, clock, smtp_server, admin_address=ADMIN)
    yield built
    built.close()


@pytest.fixture
def heartbeat(clock: FrozenClock) -> JobHeartbeat:
    return JobHeartbeat(clock)


@pytest.fixture
def server(app: App, clock: FrozenClock, heartbeat: JobHeartbeat) -> Iterator[HealthServer]:
    running = HealthServer(app.sessions, app.config.mailbox, health_of(app), clock, heartbeat)
    running.start()
    yield running
    running.stop()


def get(server: HealthServer, path: str) -> tuple[int, bytes]:
    host, port = server.address
    assert host == "127.0.0.1"
    try:
        with urllib.request.urlopen(f"http://{host}:{port}{path}", timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def healthz(server: HealthServer) -> tuple[int, dict[str, Any]]:
    status, body = get(server, "/healthz")
    return status, json.loads(body)


def samples(server: HealthServer) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample of /metrics by (name, labels)."""
    status, body = get(server, "/metrics")
    assert status == 200
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(body.decode())
        for s in family.samples
    }


def value(
    found: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **labels: str
) -> float:
    return found[(name, frozenset(labels.items()))]


def first_run_mails() -> list[bytes]:
    manual = customer_mail(subject="L0 Wo ist das Handbuch?", message_id="<m1@kunde.example>")
    return [
        manual,
        customer_mail(sender="bob@firma.example", subject="Setup bricht ab"),
        customer_mail(sender="eva@firma.example", subject="Export liefert falsche Daten"),
        manual,  # the same mail again: a duplicate
        customer_mail(sender="max@firma.example", subject="explode"),
    ]


# -- /metrics --------------------------------------------------------------------------------


def test_metrics_after_a_run_show_the_exact_counts_from_the_database(
    app: App, server: HealthServer, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    make_maildir(tmp_path / "support", first_run_mails())
    report = run_once(app)
    assert report.mailboxes["support"].stored == 3 and report.delivery.sent == 6
    with app.sessions.begin() as session:  # what the escalation job writes
        ticket_id = session.scalars(select(Ticket.id).where(Ticket.level == 2)).first()
        for kind in ("sla_warning", "sla_warning", "sla_escalated"):
            session.add(TicketEvent(ticket_id=ticket_id, at=START, kind=kind, actor="t", detail={}))

    found = samples(server)
    ingested = "mailtriage_messages_ingested_total"
    assert value(found, ingested, mailbox="support", outcome="stored") == 3
    assert value(found, ingested, mailbox="support", outcome="duplicate") == 1
    assert value(found, ingested, mailbox="support", outcome="quarantined") == 1
    assert value(found, "mailtriage_quarantine_held", mailbox="support") == 1
    assert value(found, "mailtriage_tickets", level="0", category="how_to", status="new") == 1
    assert value(found, "mailtriage_tickets", level="2", category="installation", status="new") == 2
    histogram = "mailtriage_classification_confidence"
    assert value(found, f"{histogram}_bucket", le="0.5") == 0
    assert value(found, f"{histogram}_bucket", le="0.6") == 2
    assert value(found, f"{histogram}_bucket", le="+Inf") == 3
    assert value(found, f"{histogram}_count") == 3
    assert value(found, f"{histogram}_sum") == pytest.approx(2.1)
    assert value(found, "mailtriage_sla_events_total", kind="sla_warning") == 2
    assert value(found, "mailtriage_sla_events_total", kind="sla_escalated") == 1
    assert value(found, "mailtriage_sla_events_total", kind="sla_reminder") == 0
    sent = sum(v for (name, _), v in found.items() if name == "mailtriage_outbox_sent_total")
    assert sent == len(smtp_server.messages) == 6
    assert value(found, "mailtriage_outbox_pending", kind="acknowledgement") == 0
    assert value(found, "mailtriage_outbox_failed_total", kind="acknowledgement") == 0
    assert (
        value(found, "mailtriage_mailbox_consecutive_failures", mailbox="support", folder="INBOX")
        == 0
    )
    assert (
        value(
            found,
            "mailtriage_mailbox_last_success_timestamp_seconds",
            mailbox="support",
            folder="INBOX",
        )
        == START.timestamp()
    )
    assert value(found, "mailtriage_alerts_open") == 0


def test_a_second_daemon_on_the_same_database_reports_the_same_numbers(
    app: App,
    server: HealthServer,
    tmp_path: Path,
    db_url: str,
    clock: FrozenClock,
    smtp_server: SmtpServer,
) -> None:
    make_maildir(tmp_path / "support", first_run_mails())
    run_once(app, deliver=False)
    other = make_app(tmp_path / "other", db_url, clock, smtp_server)
    second = HealthServer(other.sessions, other.config.mailbox, health_of(other), clock)
    second.start()
    try:
        ours, theirs = samples(server), samples(second)
    finally:
        second.stop()
        other.close()
    ingest_and_outbox = {
        k: v
        for k, v in ours.items()
        if k[0].startswith(("mailtriage_messages", "mailtriage_tickets", "mailtriage_outbox"))
    }
    assert ingest_and_outbox and all(theirs[k] == v for k, v in ingest_and_outbox.items())
    assert value(ours, "mailtriage_outbox_pending", kind="acknowledgement") == 2
    assert value(ours, "mailtriage_outbox_oldest_pending_age_seconds") == 0


# -- /healthz and alerts -----------------------------------------------------------------------


def test_healthz_degrades_after_alert_after_and_the_admin_gets_one_alert_and_one_recovery(
    app: App,
    server: HealthServer,
    smtp_server: SmtpServer,
    tmp_path: Path,
    clock: FrozenClock,
    db_url: str,
) -> None:
    maildir = make_maildir(tmp_path / "support", [customer_mail()])
    run_once(app)
    status, document = healthz(server)
    assert (status, document["status"], document["problems"]) == (200, "ok", [])
    assert document["mailboxes"]["support"]["last_success"] == START.isoformat()
    before = len(smtp_server.messages)

    maildir.rename(tmp_path / "gone")  # the mailbox starts failing
    clock.at = START + timedelta(minutes=5)
    run_once(app)
    assert check_alerts(app.sessions, app.config, clock).opened == []
    status, document = healthz(server)
    support = document["mailboxes"]["support"]
    assert status == 200 and support["consecutive_failures"] == 1
    assert "last_error" not in support  # upstream error text stays in the log and the DB

    clock.at = START + timedelta(minutes=20)
    run_once(app)
    status, document = healthz(server)
    assert (status, document["status"]) == (503, "degraded")
    assert document["problems"] == ["mailbox support failing for 20m"]
    assert check_alerts(app.sessions, app.config, clock).opened == ["mailbox:support"]
    assert check_alerts(app.sessions, app.config, clock).opened == []
    deliver_outbox(app)
    alerts = smtp_server.messages[before:]
    assert [m.rcpt_tos for m in alerts] == [(ADMIN,)]
    alert = alerts[0].message
    assert alert["Subject"] == "[mailtriage] ALERT: mailbox support cannot fetch mail"
    assert "is not a Maildir" in alert.get_content() and alert["Auto-Submitted"]

    other = make_app(tmp_path / "other", db_url, clock, smtp_server, admin_address=ADMIN)
    try:  # a second daemon (or a restart) does not alert again
        clock.at = START + timedelta(minutes=30)
        assert check_alerts(other.sessions, other.config, clock).opened == []
    finally:
        other.close()
    deliver_outbox(app)
    assert len(smtp_server.messages) == before + 1
    assert healthz(server)[1]["alerts"][0]["key"] == "mailbox:support"
    assert value(samples(server), "mailtriage_alerts_open") == 1

    (tmp_path / "gone").rename(maildir)  # fixed
    clock.at = START + timedelta(minutes=40)
    run_once(app)
    assert check_alerts(app.sessions, app.config, clock).resolved == ["mailbox:support"]
    assert check_alerts(app.sessions, app.config, clock).resolved == []
    deliver_outbox(app)
    recovered = smtp_server.messages[before + 1 :]
    assert [m.message["Subject"] for m in recovered] == [
        "[mailtriage] RESOLVED: mailbox support cannot fetch mail"
    ]
    assert "after 40 min" in recovered[0].message.get_content()
    assert healthz(server)[0] == 200


def test_a_new_failure_after_a_recovery_alerts_again(
    app: App, smtp_server: SmtpServer, tmp_path: Path, clock: FrozenClock
) -> None:
    maildir = make_maildir(tmp_path / "support", [])
    run_once(app)
    for _episode in range(2):
        maildir.rename(tmp_path / "gone")
        clock.at += timedelta(minutes=1)
        run_once(app)
        clock.at += timedelta(minutes=30)
        assert check_alerts(app.sessions, app.config, clock).opened == ["mailbox:support"]
        (tmp_path / "gone").rename(maildir)
        run_once(app)
        assert check_alerts(app.sessions, app.config, clock).resolved == ["mailbox:support"]
    deliver_outbox(app)
    subjects = [m.message["Subject"].split(":")[0] for m in smtp_server.messages]
    assert subjects == ["[mailtriage] ALERT", "[mailtriage] RESOLVED"] * 2


def test_an_outbox_backlog_older_than_an_hour_degrades_healthz(
    app: App, server: HealthServer, tmp_path: Path, clock: FrozenClock
) -> None:
    make_maildir(tmp_path / "support", [customer_mail()])
    run_once(app, deliver=False)
    clock.at = START + timedelta(minutes=59)
    status, document = healthz(server)
    assert status == 200 and document["outbox"]["pending"] == 2
    assert document["outbox"]["oldest_pending_age_seconds"] == 59 * 60
    clock.at = START + timedelta(minutes=61)
    status, document = healthz(server)
    assert status == 503 and document["problems"] == [
        "outbox backlog: oldest mail waiting for 1h 1m"
    ]


def test_healthz_reports_scheduler_lag_and_a_stuck_job_degrades(
    app: App, server: HealthServer, heartbeat: JobHeartbeat, clock: FrozenClock
) -> None:
    heartbeat.ran("outbox", timedelta(seconds=10))
    clock.at = START + timedelta(seconds=25)
    heartbeat.ran("outbox", timedelta(seconds=10))
    status, document = healthz(server)
    assert status == 200
    assert document["scheduler"]["outbox"] == {
        "last_run": (START + timedelta(seconds=25)).isoformat(),
        "last_lag_seconds": 15.0,
        "overdue_seconds": 0.0,
    }
    clock.at = START + timedelta(minutes=6)
    status, document = healthz(server)
    assert status == 503 and document["problems"] == ["scheduler job outbox is late"]


def test_a_token_refresh_problem_alerts_at_once_and_only_once(
    app: App, smtp_server: SmtpServer, clock: FrozenClock
) -> None:
    alerts = Alerts(app.sessions, app.config, clock)
    assert alerts.report_problem("oauth:support", "invalid_grant: refresh token expired")
    assert not alerts.report_problem("oauth:support", "invalid_grant again")
    clock.at += timedelta(minutes=3)
    assert alerts.report_recovery("oauth:support")
    assert not alerts.report_recovery("oauth:support")
    assert not alerts.report_recovery("oauth:never-failed")
    deliver_outbox(app)
    mails = [m.message for m in smtp_server.messages]
    assert [m["Subject"] for m in mails] == [
        "[mailtriage] ALERT: the OAuth token of support cannot be refreshed",
        "[mailtriage] RESOLVED: the OAuth token of support cannot be refreshed",
    ]
    assert "invalid_grant: refresh token expired" in mails[0].get_content()
    with app.sessions() as session:
        keys = sorted(session.scalars(select(OutboxItem.idempotency_key)))
        assert keys == [
            f"alert-resolved:oauth:support:{START.isoformat()}",
            f"alert:oauth:support:{START.isoformat()}",
        ]


def test_without_an_admin_address_an_alert_is_one_log_line_and_no_mail(
    tmp_path: Path,
    sqlite_url: str,
    clock: FrozenClock,
    smtp_server: SmtpServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    app = make_app(tmp_path, sqlite_url, clock, smtp_server)
    try:
        alerts = Alerts(app.sessions, app.config, clock)
        with caplog.at_level(logging.INFO, logger="mailtriage.daemon.alerts"):
            assert alerts.report_problem("oauth:support", "refresh failed")
            assert not alerts.report_problem("oauth:support", "refresh failed")
        assert [r.levelname for r in caplog.records] == ["ERROR"]
        assert "no [health] admin_address" in caplog.records[0].getMessage()
        with app.sessions() as session:
            assert session.scalar(select(func.count()).select_from(OutboxItem)) == 0
            assert session.scalars(select(Alert.opened_at)).one() == START
    finally:
        app.close()


# -- the endpoint only on loopback -----------------------------------------------------------


@pytest.mark.parametrize(
    "listen", ["0.0.0.0:9464", "192.0.2.10:9464", "[::]:9464", "monitor.example:9464"]
)
def test_a_non_loopback_listen_address_is_refused_with_the_key_named(listen: str) -> None:
    with pytest.raises(ValueError, match=r"\[health\] listen .* allow_remote = true"):
        HealthConfig(listen=listen)
    assert HealthConfig(listen=listen, allow_remote=True).listen == listen


@pytest.mark.parametrize("listen", ["9464", "127.0.0.1", "127.0.0.1:http", "::1:9464"])
def test_a_listen_value_that_is_no_address_is_refused(listen: str) -> None:
    with pytest.raises(ValueError, match=r"\[health\] listen"):
        HealthConfig(listen=listen)


def test_the_server_binds_loopback_and_answers_only_its_two_paths(server: HealthServer) -> None:
    assert server.address[0] == "127.0.0.1" and server.address[1] > 0
    assert get(server, "/nothing")[0] == 404
    assert HealthConfig(listen="localhost:9464").address == ("localhost", 9464)
    assert HealthConfig().address is None


def test_healthz_shows_states_and_counts_never_error_text(app: App, server: HealthServer) -> None:
    with app.sessions.begin() as session:
        session.execute(text("INSERT INTO mailboxes (name, kind) VALUES ('support', 'maildir')"))
        session.execute(
            text(
                "INSERT INTO folder_states (mailbox_id, folder, last_uid, consecutive_failures, "
                "last_error) SELECT id, 'INBOX', 0, 1, "
                "'cannot connect to postgresql://mt:s3cret@db/mt' FROM mailboxes"
            )
        )
    document = healthz(server)[1]
    assert document["mailboxes"]["support"]["consecutive_failures"] == 1
    assert "s3cret" not in json.dumps(document) and "postgresql" not in json.dumps(document)


# -- the migration and mail that belongs to no ticket ------------------------------------------


ROWS_AT_0003 = [
    "INSERT INTO mailboxes (name, kind) VALUES ('support', 'maildir')",
    "INSERT INTO tickets (subject, subject_key, customer_address, status, level, category, "
    "confidence, needs_review, language, model_version, classification_reason, "
    "sla_paused_seconds, sla_warned_first_response, sla_warned_resolution, "
    "sla_breached_first_response, sla_breached_resolution, created_at, updated_at) VALUES "
    "('Setup', 'setup', 'anna@kunde.example', 'new', 2, 'installation', 0.6, false, 'de', "
    "'m', '', 0, false, false, false, false, :now, :now)",
    "INSERT INTO messages (ticket_id, direction, message_id, message_id_synthetic, "
    "from_address, to_addresses, cc_addresses, subject, text, html_converted, internal, size, "
    "raw_sha256, raw, created_at) VALUES ((SELECT max(id) FROM tickets), 'in', 'm1@kunde.example', false, "
    "'anna@kunde.example', '', '', 'Setup', 'Hallo', false, false, 1, 'x', :raw, :now)",
    "INSERT INTO receipts (mailbox_id, source_ref, outcome, message_pk, action_done, "
    "received_at) SELECT max(mailbox_id), 'maildir:1', 'stored', max(messages.id), true, :now "
    "FROM messages, (SELECT id AS mailbox_id FROM mailboxes) AS boxes",
    "INSERT INTO outbox (idempotency_key, ticket_id, message_pk, kind, envelope_from, "
    "recipients, status, attempts, next_attempt_at, created_at) SELECT 'ack:1', ticket_id, id, "
    "'acknowledgement', 'support@papyra.example', 'anna@kunde.example', 'sent', 1, :now, :now "
    "FROM messages",
]


def test_0004_keeps_existing_rows_and_tickets_show_works_beside_an_alert_mail(
    db_url: str, tmp_path: Path, clock: FrozenClock, smtp_server: SmtpServer
) -> None:
    engine = make_engine(db_url)
    upgrade(engine, "0003")
    with engine.begin() as connection:  # messages, and rows that reference them
        for statement in ROWS_AT_0003:
            connection.execute(text(statement), {"now": START, "raw": b"x"})
    engine.dispose()
    app = make_app(tmp_path, db_url, clock, smtp_server, admin_address=ADMIN)  # migrates
    try:
        Alerts(app.sessions, app.config, clock).report_problem("oauth:support", "expired")
        with app.sessions() as session:
            shown = queries.show_ticket(session, session.scalars(select(Ticket.id)).one())
            orphans = session.scalar(select(func.count()).where(Message.ticket_id.is_(None)))
            queued = session.scalars(select(OutboxItem.kind).order_by(OutboxItem.id)).all()
            if db_url.startswith("sqlite"):
                assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert shown is not None and [m["subject"] for m in shown["messages"]] == ["Setup"]
        assert orphans == 1 and queued == ["acknowledgement", "alert"]
    finally:
        app.close()


def test_export_keeps_mail_that_belongs_to_no_ticket(
    app: App, clock: FrozenClock, tmp_path: Path
) -> None:
    make_maildir(tmp_path / "support", [customer_mail()])
    run_once(app, deliver=False)
    Alerts(app.sessions, app.config, clock).report_problem("oauth:support", "expired")
    with app.sessions() as session:
        records = list(queries.export_messages(session))
    # The customer's mail, the acknowledgement, the team's notification, then the alert.
    assert [r["ticket"] is None for r in records] == [False, False, False, True]
    assert records[-1]["direction"] == "out" and records[-1]["level"] is None


def test_a_mailbox_that_never_worked_alerts_alert_after_its_first_failure_was_seen(
    app: App, server: HealthServer, clock: FrozenClock, smtp_server: SmtpServer
) -> None:
    with app.sessions.begin() as session:
        session.execute(text("INSERT INTO mailboxes (name, kind) VALUES ('support', 'maildir')"))
        session.execute(
            text(
                "INSERT INTO folder_states (mailbox_id, folder, last_uid, consecutive_failures, "
                "last_error) SELECT id, 'INBOX', 0, 3, 'authentication failed' FROM mailboxes"
            )
        )
    assert check_alerts(app.sessions, app.config, clock).opened == []
    clock.at = START + timedelta(minutes=16)
    status, document = healthz(server)
    assert status == 503 and document["problems"] == ["mailbox support failing for 16m"]
    assert check_alerts(app.sessions, app.config, clock).opened == ["mailbox:support"]
    deliver_outbox(app)
    assert "authentication failed" in smtp_server.messages[0].message.get_content()
