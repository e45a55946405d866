"""One bad recipient never sticks the outbox: it is refused when the mail is queued, and a
row the SMTP library or server cannot take fails alone, with its reason, while the rest of the
batch is delivered (real SMTP servers on loopback, with and without SMTPUTF8)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from mailtriage.clock import FrozenClock
from mailtriage.daemon.service import deliver_outbox, run_once
from mailtriage.daemon.sync import mailbox_id
from mailtriage.ingest.pipeline import ingest
from mailtriage.outbox.addresses import recipient_problem
from mailtriage.sources.base import FetchedItem
from mailtriage.storage.models import Message, OutboxItem
from servers.smtp import SmtpServer
from support import customer_mail
from test_outbox import START, make_app, open_tickets


@pytest.mark.parametrize(
    "address",
    ['"big bug bb"@bug.com', "big bug bb@bug.com", "a@b@c.example", "@x.example", "x@",
     "x@-bad-.example", "x@exa mple.ch", "a" * 65 + "@x.example", "x\r\nRCPT TO:<y@z.ch>@x.ch",
     "x..y@x.example", "<x@y.ch>"],
)
def test_addresses_smtp_cannot_take_are_refused(address: str) -> None:
    assert recipient_problem(address) is not None


@pytest.mark.parametrize(
    "address", ["anna.muster@kunde.example", "a+b@x.ch", "o'brien@x.ie", "josé@exämple.ch",
                "x@localhost", "first_last-1@sub.domain.example"],
)
def test_ordinary_and_international_addresses_are_accepted(address: str) -> None:
    assert recipient_problem(address) is None


def test_a_customer_without_a_mailable_address_gets_no_acknowledgement_queued(
    tmp_path: Path, db_url: str, smtp_server: SmtpServer
) -> None:
    app = make_app(tmp_path, db_url, smtp_server, FrozenClock(START))
    box = mailbox_id(app.sessions, "support", "imap")
    raw = customer_mail(sender="Big Bug bb@bug.com", subject="Kein Winkel")
    outcome = ingest(app.sessions, app.services, box, FetchedItem("bad", raw))
    assert outcome.kind == "stored"
    open_tickets(app, 2)
    report = deliver_outbox(app)
    assert (report.sent, report.failed) == (2, 0)
    with app.sessions() as session:
        recipients = session.scalars(select(OutboxItem.recipients)).all()
    assert sorted(recipients) == ["kunde0@example.ch", "kunde1@example.ch"]


def break_recipients(app: object, bad: str, row_number: int) -> None:
    """As rows queued before this check, or written by another version, would be."""
    with app.sessions.begin() as session:  # type: ignore[attr-defined]
        rows = session.scalars(select(OutboxItem).order_by(OutboxItem.id)).all()
        rows[row_number].recipients = bad


@pytest.mark.parametrize("bad", ["big bug bb@bug.com", "josé@exämple.ch"])
def test_a_row_the_library_or_server_refuses_fails_alone_and_the_batch_is_delivered(
    tmp_path: Path, sqlite_url: str, smtp_server_factory: Callable[..., SmtpServer], bad: str
) -> None:
    smtp_server = smtp_server_factory(smtputf8=False)
    app = make_app(tmp_path, sqlite_url, smtp_server, FrozenClock(START))
    open_tickets(app, 3)
    break_recipients(app, bad, 1)
    report = run_once(app)  # no traceback, whatever the row holds
    assert (report.delivery.sent, report.delivery.failed) == (2, 1)
    with app.sessions() as session:
        rows = session.scalars(select(OutboxItem).order_by(OutboxItem.id)).all()
    assert [r.status for r in rows] == ["sent", "failed", "sent"]
    assert rows[1].attempts == 1 and rows[1].last_error
    assert "SMTPUTF8" in rows[1].last_error if not bad.isascii() else "Address" in rows[1].last_error
    assert sorted(r.rcpt_tos[0] for r in smtp_server.wait_for(2)) == [
        "kunde0@example.ch", "kunde2@example.ch"]
    assert deliver_outbox(app).sent == 0  # the failed row is not tried again


def test_a_non_ascii_address_is_sent_with_smtputf8_when_the_server_offers_it(
    tmp_path: Path, sqlite_url: str, smtp_server_factory: Callable[..., SmtpServer]
) -> None:
    server = smtp_server_factory(smtputf8=True)  # as aiosmtpd and Postfix offer it
    app = make_app(tmp_path, sqlite_url, server, FrozenClock(START))
    box = mailbox_id(app.sessions, "support", "imap")
    raw = customer_mail(sender="José <josé@exämple.ch>", subject="Rechnung")
    ingest(app.sessions, app.services, box, FetchedItem("utf8", raw))
    report = deliver_outbox(app)
    assert (report.sent, report.failed) == (1, 0)
    (received,) = server.wait_for(1)
    assert received.rcpt_tos == ("josé@exämple.ch",)
    with app.sessions() as session:
        assert session.scalar(select(Message.sent_at).where(Message.direction == "out"))
