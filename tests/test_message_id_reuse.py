"""Only the same mail is a duplicate: another mail that reuses a stored Message-ID (other
sender, subject or body) is stored as its own message, with its raw bytes (real Dovecot)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from mailtriage.classification.base import FallbackClassifier
from mailtriage.daemon.app import build_app
from mailtriage.daemon.service import run_once
from mailtriage.storage.models import Message
from servers.dovecot import Dovecot, ImapAccount
from support import customer_mail, imap_mailbox, make_config

REUSED = "<reused-1@kunde.example>"


def test_a_reused_message_id_with_other_content_is_stored_and_a_true_copy_is_not(
    tmp_path: Path, db_url: str, dovecot: Dovecot, imap_account: ImapAccount
) -> None:
    config = make_config(tmp_path, db_url, mailbox=[imap_mailbox(imap_account)])
    app = build_app(config, classifier=FallbackClassifier())
    first = customer_mail(message_id=REUSED, subject="Scanner weg", body="Der Scanner fehlt.")
    other_sender = customer_mail(message_id=REUSED, sender="bob@andere.example",
                                 subject="Rechnung", body="Die Rechnung ist falsch.")
    other_body = customer_mail(message_id=REUSED, subject="Scanner weg", body="Ganz anders.")
    reply = customer_mail(sender="anna.muster@kunde.example", subject="Nachtrag",
                          in_reply_to=REUSED, body="Noch ein Detail.")
    try:
        for raw in (first, other_sender, first, other_body, reply):
            dovecot.append(imap_account.user, "INBOX", raw)
        report = run_once(app, deliver=False).mailboxes["support"]
        assert (report.stored, report.duplicates, report.quarantined) == (4, 1, 0)
        with app.sessions() as session:
            rows = session.execute(select(Message.id, Message.ticket_id, Message.message_id,
                                          Message.raw).where(Message.direction == "in")
                                   .order_by(Message.id)).all()
        assert [r.raw for r in rows] == [first, other_sender, other_body, reply]
        assert [r.message_id for r in rows[:3]] == [REUSED] * 3
        assert rows[1].ticket_id != rows[0].ticket_id  # another sender: a ticket of their own
        assert rows[3].ticket_id == rows[0].ticket_id  # a reply threads onto the first mail's

        # Fetched again (another folder, a restored mailbox): nothing is stored twice.
        for raw in (first, other_sender, other_body):
            dovecot.append(imap_account.user, "INBOX", raw)
        again = run_once(app, deliver=False).mailboxes["support"]
        assert (again.stored, again.duplicates) == (0, 3)
    finally:
        app.close()
