"""The outbox against a real SMTP server: delivery, outages, transient and permanent refusals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from mailtriage.classification.base import FallbackClassifier
from mailtriage.clock import FrozenClock
from mailtriage.daemon.app import App, build_app
from mailtriage.daemon.service import deliver_outbox
from mailtriage.daemon.sync import mailbox_id
from mailtriage.ingest.pipeline import ingest
from mailtriage.sources.base import FetchedItem
from mailtriage.storage.models import Message, OutboxItem
from servers.smtp import SmtpServer
from support import customer_mail, make_config

START = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


def make_app(tmp_path: Path, url: str, smtp: SmtpServer, clock: FrozenClock, **smtp_extra: object) -> App:
    smtp_config = {"host": "127.0.0.1", "port": smtp.port, "security": "none",
                   "from_address": "support@papyra.example", "retry_base": "10s",
                   "max_attempts": 3, "timeout": 5, **smtp_extra}
    config = make_config(tmp_path, url, smtp=smtp_config)
    return build_app(config, clock=clock, classifier=FallbackClassifier())


def open_tickets(app: App, n: int) -> None:
    box = mailbox_id(app.sessions, "support", "imap")
    for i in range(n):
        mail = customer_mail(sender=f"kunde{i}@example.ch", subject=f"Frage {i}")
        ingest(app.sessions, app.services, box, FetchedItem(f"r{i}", mail))


def statuses(app: App) -> list[str]:
    with app.sessions() as session:
        return list(session.scalars(select(OutboxItem.status).order_by(OutboxItem.id)))


def test_acknowledgements_reach_the_smtp_server_threaded_and_marked_automatic(
    tmp_path: Path, db_url: str, smtp_server: SmtpServer
) -> None:
    app = make_app(tmp_path, db_url, smtp_server, FrozenClock(START))
    open_tickets(app, 3)
    report = deliver_outbox(app)
    assert report.sent == 3 and statuses(app) == ["sent"] * 3
    received = smtp_server.wait_for(3)
    assert sorted(r.rcpt_tos[0] for r in received) == [f"kunde{i}@example.ch" for i in range(3)]
    mail = received[0].message
    assert mail["Auto-Submitted"] == "auto-replied" and mail["X-Auto-Response-Suppress"] == "All"
    assert mail["In-Reply-To"] and mail["Subject"].startswith("[#")
    with app.sessions() as session:
        assert all(m.sent_at == START for m in session.scalars(select(Message).where(Message.direction == "out")))
    assert deliver_outbox(app).sent == 0  # nothing is sent twice


def test_smtp_down_then_up_delivers_every_acknowledgement_exactly_once(
    tmp_path: Path, sqlite_url: str, smtp_server: SmtpServer
) -> None:
    clock = FrozenClock(START)
    app = make_app(tmp_path, sqlite_url, smtp_server, clock)
    open_tickets(app, 4)
    smtp_server.stop()
    report = deliver_outbox(app)
    assert (report.sent, report.retried) == (0, 4) and statuses(app) == ["pending"] * 4
    assert deliver_outbox(app).sent == 0  # not due yet: back-off
    smtp_server.start()
    clock.at = START + timedelta(seconds=11)
    assert deliver_outbox(app).sent == 4
    assert len(smtp_server.wait_for(4)) == 4
    clock.at += timedelta(hours=1)
    assert deliver_outbox(app).sent == 0 and len(smtp_server.messages) == 4


def test_transient_refusals_back_off_and_give_up_after_max_attempts(
    tmp_path: Path, sqlite_url: str, smtp_server: SmtpServer
) -> None:
    clock = FrozenClock(START)
    app = make_app(tmp_path, sqlite_url, smtp_server, clock)
    open_tickets(app, 1)
    smtp_server.fail_transiently()
    delays = []
    for _ in range(3):
        deliver_outbox(app)
        with app.sessions() as session:
            row = session.scalars(select(OutboxItem)).one()
        delays.append(row.next_attempt_at - clock.at)
        clock.at = row.next_attempt_at
    assert delays[:2] == [timedelta(seconds=10), timedelta(seconds=20)]
    assert statuses(app) == ["failed"] and "451" in (row.last_error or "")
    assert smtp_server.messages == []


def test_an_interrupted_attempt_is_sent_again_after_its_lease(
    tmp_path: Path, sqlite_url: str, smtp_server: SmtpServer
) -> None:
    clock = FrozenClock(START)
    app = make_app(tmp_path, sqlite_url, smtp_server, clock)
    open_tickets(app, 1)
    with app.sessions.begin() as session:  # as left by a process killed while sending
        row = session.scalars(select(OutboxItem)).one()
        row.status, row.attempts, row.next_attempt_at = "sending", 1, START + timedelta(seconds=10)
    assert deliver_outbox(app).sent == 0
    clock.at = START + timedelta(seconds=10)
    report = deliver_outbox(app)
    assert (report.sent, report.in_doubt) == (1, 1) and len(smtp_server.wait_for(1)) == 1


def test_smtp_authentication_is_used(tmp_path: Path, sqlite_url: str, smtp_server_factory,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    server = smtp_server_factory(require_auth=("mt", "s3cret"))
    monkeypatch.setenv("MT_SMTP_PW", "s3cret")
    app = make_app(tmp_path, sqlite_url, server, FrozenClock(START), username="mt",
                   password_env="MT_SMTP_PW")
    open_tickets(app, 1)
    assert deliver_outbox(app).sent == 1 and len(server.wait_for(1)) == 1
