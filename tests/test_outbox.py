"""The outbox: mail queued one by one or many at once, and delivered to a real SMTP server
(outages, transient and permanent refusals)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from mailtriage.classification.base import FallbackClassifier
from mailtriage.clock import FrozenClock
from mailtriage.daemon.app import App, build_app
from mailtriage.daemon.service import deliver_outbox
from mailtriage.daemon.sync import mailbox_id
from mailtriage.ingest.pipeline import ingest
from mailtriage.outbox.compose import Envelope, OutgoingDraft, compose
from mailtriage.outbox.queue import Outgoing, enqueue, enqueue_many
from mailtriage.sources.base import FetchedItem
from mailtriage.storage.models import Message, OutboxItem, Ticket
from servers.smtp import SmtpServer
from support import customer_mail, make_config

START = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


def make_app(
    tmp_path: Path, url: str, smtp: SmtpServer, clock: FrozenClock, **smtp_extra: object
) -> App:
    smtp_config = {
        "host": "127.0.0.1",
        "port": smtp.port,
        "security": "none",
        "from_address": "support@papyra.example",
        "retry_base": "10s",
        "max_attempts": 3,
        "timeout": 5,
        **smtp_extra,
    }
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
        assert all(
            m.sent_at == START
            for m in session.scalars(select(Message).where(Message.direction == "out"))
        )
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


def test_smtp_authentication_is_used(
    tmp_path: Path, sqlite_url: str, smtp_server_factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = smtp_server_factory(require_auth=("mt", "s3cret"))
    monkeypatch.setenv("MT_SMTP_PW", "s3cret")
    app = make_app(
        tmp_path, sqlite_url, server, FrozenClock(START), username="mt", password_env="MT_SMTP_PW"
    )
    open_tickets(app, 1)
    assert deliver_outbox(app).sent == 1 and len(server.wait_for(1)) == 1


def queue_app(tmp_path: Path, url: str) -> App:
    """An app whose mail is only queued here (the SMTP port is never used)."""
    return build_app(make_config(tmp_path, url), FrozenClock(START), FallbackClassifier())


def tickets(app: App, *languages: str) -> list[Ticket]:
    """Stored tickets, one per language, as the outbox reads them (id and language)."""
    rows = [
        {
            "subject": "Frage",
            "customer_address": "kunde@example.ch",
            "level": 1,
            "category": "install",
            "language": language,
            "model_version": "test",
            "created_at": START,
            "updated_at": START,
        }
        for language in languages
    ]
    with app.sessions.begin() as session:
        ids = session.scalars(insert(Ticket).returning(Ticket.id), rows).all()
    return [
        Ticket(id=ticket_id, language=language)
        for ticket_id, language in zip(ids, languages, strict=True)
    ]


def outgoing(
    app: App, ticket: Ticket, n: int, subject: str = "Eskalation", kind: str = "sla_escalated"
) -> Outgoing:
    envelope = Envelope(
        to=(f"team{n}@papyra.example",),
        message_id=f"<out{n}.{ticket.id}@Papyra.Example>",
        in_reply_to=f"<in{n}@kunde.example>",
        cc=("cc@papyra.example",),
    )
    draft = compose(app.services.config.smtp, envelope, subject, f"Text {n}\nZeile zwei", START)
    return Outgoing(f"key{n}", kind, ticket, draft, "support@papyra.example")


OUTBOX_COLUMNS = "idempotency_key ticket_id kind envelope_from recipients status attempts next_attempt_at created_at sent_at last_error"
MESSAGE_COLUMNS = "ticket_id direction message_id from_address to_addresses cc_addresses subject text language automatic size raw_sha256 raw created_at sent_at internal html_converted message_id_synthetic"


def stored(app: App) -> list[tuple[dict[str, object], dict[str, object]]]:
    """Each queued mail, by outbox id: its outbox row and the stored message it points at."""
    with app.sessions() as session:
        rows = session.execute(
            select(OutboxItem, Message)
            .join(Message, OutboxItem.message_pk == Message.id)
            .order_by(OutboxItem.id)
        ).all()
        return [
            (columns(queued, OUTBOX_COLUMNS), columns(message, MESSAGE_COLUMNS))
            for queued, message in rows
        ]


def columns(row: object, names: str) -> dict[str, object]:
    return {name: getattr(row, name) for name in names.split()}


def expected(item: Outgoing, message_id: str) -> tuple[dict[str, object], dict[str, object]]:
    """What queueing `item` stores: pending and due now, its message not yet sent."""
    draft: OutgoingDraft = item.draft
    ticket_id, sender = item.ticket.id, "support@papyra.example"
    queued = dict(
        idempotency_key=item.key,
        ticket_id=ticket_id,
        kind=item.kind,
        envelope_from=sender,
        recipients=draft.to,
        status="pending",
        attempts=0,
        next_attempt_at=START,
        created_at=START,
        sent_at=None,
        last_error=None,
    )
    message = dict(
        ticket_id=ticket_id,
        direction="out",
        message_id=message_id,
        from_address=sender,
        to_addresses=draft.to,
        cc_addresses="",
        subject=draft.subject,
        text=draft.text,
        language=item.ticket.language,
        automatic="auto-replied",
        size=len(draft.raw),
        raw_sha256=hashlib.sha256(draft.raw).hexdigest(),
        raw=draft.raw,
        created_at=START,
        sent_at=None,
        internal=False,
        html_converted=False,
        message_id_synthetic=False,
    )
    return queued, message


def test_mail_queued_many_at_once_is_stored_as_mail_queued_one_by_one(
    tmp_path: Path, db_url: str
) -> None:
    app = queue_app(tmp_path, db_url)
    de, fr = tickets(app, "de", "fr")
    first = outgoing(app, de, 1)
    many = [outgoing(app, fr, 2, "Überfällig: Größe ändern — " + "x" * 80), outgoing(app, de, 3)]
    with app.sessions.begin() as session:
        enqueue(
            session,
            key=first.key,
            kind=first.kind,
            ticket=de,
            draft=first.draft,
            envelope_from=first.envelope_from,
            now=START,
        )
        enqueue_many(session, many, START)
    # In their order (ids ascending), each outbox row pointing at its own stored message,
    # whose Message-ID has its domain lower-cased.
    assert stored(app) == [
        expected(first, f"<out1.{de.id}@papyra.example>"),
        expected(many[0], f"<out2.{fr.id}@papyra.example>"),
        expected(many[1], f"<out3.{de.id}@papyra.example>"),
    ]
    app.close()


def test_a_key_queued_before_fails_the_whole_batch(tmp_path: Path, db_url: str) -> None:
    app = queue_app(tmp_path, db_url)
    (ticket,) = tickets(app, "de")
    with app.sessions.begin() as session:
        enqueue_many(session, [outgoing(app, ticket, 1)], START)
    replayed = outgoing(app, ticket, 3)
    batch = [
        outgoing(app, ticket, 2),
        Outgoing("key1", "sla_escalated", ticket, replayed.draft, "support@papyra.example"),
    ]
    with pytest.raises(IntegrityError), app.sessions.begin() as session:
        enqueue_many(session, batch, START)
    assert [queued["idempotency_key"] for queued, _ in stored(app)] == ["key1"]  # all rolled back
    app.close()


def test_a_value_too_long_for_its_column_is_refused_or_kept_whole_never_cut(
    tmp_path: Path, db_url: str
) -> None:
    app = queue_app(tmp_path, db_url)
    (ticket,) = tickets(app, "de")
    kind = "k" * 40  # the column is VARCHAR(32)
    try:
        with app.sessions.begin() as session:
            enqueue_many(session, [outgoing(app, ticket, 1, kind=kind)], START)
    except DBAPIError:
        assert app.engine.dialect.name == "postgresql" and stored(app) == []
    else:  # SQLite does not check the length
        assert app.engine.dialect.name == "sqlite" and [q["kind"] for q, _ in stored(app)] == [kind]
    app.close()


def test_a_naive_time_is_refused_when_queued_many_at_once(tmp_path: Path, db_url: str) -> None:
    app = queue_app(tmp_path, db_url)
    (ticket,) = tickets(app, "de")
    with pytest.raises(Exception, match="naive datetime"), app.sessions.begin() as session:
        enqueue_many(session, [outgoing(app, ticket, 1)], datetime(2026, 11, 16, 9, 0))
    assert stored(app) == []
    app.close()


def test_mails_composed_in_a_row_each_carry_their_own_date_and_sender(tmp_path: Path) -> None:
    smtp = make_config(tmp_path, "sqlite://").smtp
    envelope = Envelope(to=("a@example.ch",), message_id="<m@papyra.example>")
    zurich = timezone(timedelta(hours=1))
    heads = [
        compose(smtp, envelope, "S", "B", now).raw.split(b"\r\n\r\n")[0].decode()
        for now in (START, START.astimezone(zurich), START + timedelta(seconds=1))
    ]
    named = compose(smtp, Envelope(**{**envelope.__dict__, "sender_name": "Zoë"}), "S", "B", START)
    assert [h.split("Date: ")[1].split("\r\n")[0] for h in heads] == [
        "Mon, 16 Nov 2026 09:00:00 +0000",
        "Mon, 16 Nov 2026 10:00:00 +0100",  # the same instant, written in its own zone
        "Mon, 16 Nov 2026 09:00:01 +0000",
    ]
    assert "From: Papyra Support <support@papyra.example>" in heads[0]
    assert b"\r\nFrom: =?utf-8?b?Wm/Dqw==?= <support@papyra.example>\r\n" in b"\r\n" + named.raw
