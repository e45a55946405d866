"""The ingest pipeline on SQLite and PostgreSQL: tickets, threading, duplicates, quarantine."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mailtriage.classification.base import Classification, FallbackClassifier, MailText
from mailtriage.daemon.app import App, build_app
from mailtriage.daemon.sync import mailbox_id
from mailtriage.ingest.pipeline import ingest
from mailtriage.ingest.retry import retry_quarantined
from mailtriage.sources.base import FetchedItem
from mailtriage.storage.models import (
    Attachment,
    Message,
    OutboxItem,
    Quarantined,
    Receipt,
    Ticket,
    TicketEvent,
)
from support import customer_mail, make_config


class ExplodingClassifier(FallbackClassifier):
    """Raises for one subject: stands for any bug a stage may hit on one message."""

    def classify(self, mail: MailText) -> Classification:
        if "explode" in mail.subject:
            raise RuntimeError("model crashed on this input")
        return super().classify(mail)


@pytest.fixture
def app(tmp_path: Path, db_url: str) -> App:
    config = make_config(tmp_path, db_url, ingest={"max_message_size": 50_000})
    built = build_app(config, classifier=ExplodingClassifier())
    yield built
    built.close()


def feed(app: App, raw: bytes, ref: str, box: str = "support") -> object:
    box_id = mailbox_id(app.sessions, box, "imap")
    return ingest(app.sessions, app.services, box_id, FetchedItem(ref, raw))


def count(app: App, model: type, *where: object) -> int:
    with app.sessions() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_a_customer_mail_opens_a_ticket_with_one_acknowledgement(app: App) -> None:
    outcome = feed(app, customer_mail(subject="Setup bricht ab"), "r1")
    assert outcome.kind == "stored" and outcome.new_ticket
    with app.sessions() as session:
        ticket = session.scalars(select(Ticket)).one()
        ack = session.scalars(select(OutboxItem)).one()
        ack_raw = session.get_one(Message, ack.message_pk).raw
        assert (ticket.customer_address, ticket.status, ticket.language) == (
            "anna.muster@kunde.example", "new", "de")
        assert ticket.model_version == "fallback-1" and ticket.needs_review
        assert ack.kind == "acknowledgement" and ack.recipients == "anna.muster@kunde.example"
        assert f"[#{ticket.id}]".encode() in ack_raw and b"Auto-Submitted: auto-replied" in ack_raw
        assert b"In-Reply-To: <" in ack_raw
        kinds = session.scalars(select(TicketEvent.kind)).all()
        assert kinds == ["created"]


def test_a_reply_threads_onto_the_ticket_and_gets_no_second_acknowledgement(app: App) -> None:
    first = customer_mail(message_id="<first@kunde.example>")
    feed(app, first, "r1")
    reply = customer_mail(subject="AW: Setup", body="Nachtrag", in_reply_to="<first@kunde.example>")
    outcome = feed(app, reply, "r2")
    assert outcome.kind == "stored" and not outcome.new_ticket
    assert count(app, Ticket) == 1 and count(app, Message, Message.direction == "in") == 2
    assert count(app, OutboxItem) == 1


def test_a_reply_to_our_acknowledgement_threads_onto_the_ticket(app: App) -> None:
    feed(app, customer_mail(), "r1")
    with app.sessions() as session:
        ack_id = session.scalars(select(Message.message_id).where(Message.direction == "out")).one()
    outcome = feed(app, customer_mail(subject="Re: [#1]", in_reply_to=ack_id), "r2")
    assert not outcome.new_ticket and count(app, Ticket) == 1


def test_the_same_message_id_from_two_mailboxes_is_stored_once(app: App) -> None:
    mail = customer_mail(message_id="<same@kunde.example>")
    assert feed(app, mail, "r1", box="support").kind == "stored"
    assert feed(app, mail, "r7", box="sales").kind == "duplicate"
    assert count(app, Message, Message.direction == "in") == 1 and count(app, Receipt) == 2


def test_the_same_fetched_item_twice_is_recognised(app: App) -> None:
    mail = customer_mail()
    feed(app, mail, "r1")
    assert feed(app, mail, "r1").kind == "seen"
    assert count(app, Receipt) == 1


def test_a_mail_without_message_id_is_deduplicated_by_content(app: App) -> None:
    mail = customer_mail(message_id=None)
    feed(app, mail, "r1")
    assert feed(app, mail, "r2").kind == "duplicate"
    assert count(app, Message, Message.direction == "in") == 1


def test_a_failing_stage_quarantines_the_message_and_the_next_one_goes_on(app: App) -> None:
    poison = customer_mail(subject="please explode")
    outcome = feed(app, poison, "r1")
    assert outcome.kind == "quarantined" and "classify" in outcome.detail
    assert feed(app, customer_mail(subject="normal"), "r2").kind == "stored"
    with app.sessions() as session:
        held = session.scalars(select(Quarantined)).one()
        assert (held.stage, held.raw, held.status) == ("classify", poison, "held")
        assert "model crashed" in held.error
    assert count(app, Ticket) == 1 and count(app, Receipt) == 2


def test_an_oversized_message_is_kept_raw_in_quarantine(app: App) -> None:
    big = customer_mail(attachments=[("big.bin", b"x" * 60_000, "application/octet-stream")])
    outcome = feed(app, big, "r1")
    assert outcome.kind == "quarantined" and outcome.detail.startswith("size:")
    with app.sessions() as session:
        assert session.scalars(select(Quarantined.raw)).one() == big


def test_quarantine_retry_releases_the_message_onto_a_ticket(app: App) -> None:
    feed(app, customer_mail(subject="explode once"), "r1")
    with app.sessions() as session:
        held_id = session.scalars(select(Quarantined.id)).one()
    app.services = dataclasses.replace(app.services, classifier=FallbackClassifier())
    outcome = retry_quarantined(app.sessions, app.services, held_id)
    assert outcome.kind == "stored" and outcome.ticket_id is not None
    assert retry_quarantined(app.sessions, app.services, held_id).kind == "seen"
    with app.sessions() as session:
        assert session.get(Quarantined, held_id).status == "released"
    assert count(app, OutboxItem) == 1


def test_automatic_mail_is_stored_but_never_acknowledged(app: App) -> None:
    mail = customer_mail(subject="Abwesenheitsnotiz", headers={"Auto-Submitted": "auto-replied"})
    assert feed(app, mail, "r1").kind == "stored"
    assert count(app, Ticket) == 1 and count(app, OutboxItem) == 0
    assert count(app, TicketEvent, TicketEvent.kind == "acknowledgement_skipped") == 1


def test_our_own_address_is_never_acknowledged(app: App) -> None:
    feed(app, customer_mail(sender="support@papyra.example"), "r1")
    assert count(app, OutboxItem) == 0


def test_attachments_are_stored_as_files_with_safe_names(app: App, tmp_path: Path) -> None:
    mail = customer_mail(attachments=[("../../setup.log", b"line 1\n", "text/plain")])
    feed(app, mail, "r1")
    with app.sessions() as session:
        attachment = session.scalars(select(Attachment)).one()
    stored = tmp_path / "attachments" / attachment.path
    assert attachment.filename == "setup.log" and stored.read_bytes() == b"line 1\n"
    assert stored.resolve().is_relative_to((tmp_path / "attachments").resolve())


def test_a_reply_reopens_a_resolved_ticket(app: App) -> None:
    feed(app, customer_mail(message_id="<m1@kunde.example>"), "r1")
    with app.sessions.begin() as session:
        session.scalars(select(Ticket)).one().status = "resolved"
    feed(app, customer_mail(in_reply_to="<m1@kunde.example>"), "r2")
    with app.sessions() as session:
        assert session.scalars(select(Ticket.status)).one() == "open"


def test_data_the_database_refuses_is_quarantined_not_retried_forever(app: App) -> None:
    # A value the database refuses (a NUL character, longer than the column) stands for any
    # data error: the message is poison, not the database down.
    class NulClassifier(FallbackClassifier):
        def classify(self, mail: MailText) -> Classification:
            result = super().classify(mail)
            return Classification(**{**result.__dict__, "category": "bad\x00category" * 10})

    app.services = dataclasses.replace(app.services, classifier=NulClassifier())
    outcome = feed(app, customer_mail(), "r1")
    if app.engine.dialect.name == "postgresql":  # PostgreSQL refuses NUL in text
        assert outcome.kind == "quarantined" and outcome.detail.startswith("store:")
    else:  # SQLite stores it; the point is that no error escapes as an outage
        assert outcome.kind == "stored"
    assert feed(app, customer_mail(), "r2").kind == outcome.kind  # the next one is processed
    assert count(app, Receipt) == 2
