"""Only a bounce that provably answers a mail we sent changes a recipient's state: a DSN that
quotes none of our Message-IDs, or names someone our returned mail was not sent to, marks
nobody undeliverable (real Dovecot, real SMTP server)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from mailtriage.storage.models import Undeliverable
from servers.dovecot import Dovecot, ImapAccount
from servers.smtp import SmtpServer
from support import customer_mail
from test_conversation import CUSTOMER, dsn
from test_conversation_e2e import Conversation, make_app, to

OTHER = "carla@andere.example"


def marked(talk: Conversation) -> list[str]:
    with talk.app.sessions() as session:
        return sorted(session.scalars(select(Undeliverable.address)))


def test_forged_bounces_mark_nobody_and_a_real_one_marks_only_its_recipient(
    tmp_path: Path, db_url: str, dovecot: Dovecot, imap_account: ImapAccount,
    smtp_server: SmtpServer,
) -> None:
    app = make_app(tmp_path, db_url, imap_account, smtp_server)
    talk = Conversation(app, dovecot, imap_account, smtp_server)
    ack = to(talk.deliver(customer_mail(message_id="<q1@kunde.example>")), CUSTOMER)

    # No Message-ID of ours: a made-up one, a customer's, or none at all.
    for quoted in ("<made-up@papyra.example>", "<q1@kunde.example>"):
        talk.deliver(dsn(quoted, CUSTOMER).replace(b"dsn1@", quoted[1:6].encode() + b"@"))
    no_headers = dsn("<x@y>", CUSTOMER).split(b"--B\r\nContent-Type: text/rfc822-headers")[0]
    talk.deliver(no_headers.replace(b"dsn1@", b"dsn3@") + b"--B--\r\n")
    assert marked(talk) == []

    # Ours, but naming someone the returned mail was not sent to: that address is ignored.
    talk.deliver(dsn(ack["Message-ID"], OTHER).replace(b"dsn1@", b"dsn4@"))
    assert marked(talk) == []

    # The customer still gets answers; then a real bounce of our mail to them marks them.
    again = talk.deliver(customer_mail(subject="Zweite Frage"))
    assert any(CUSTOMER in (m["To"] or "") for m in again)
    talk.deliver(dsn(ack["Message-ID"], CUSTOMER).replace(b"dsn1@", b"dsn5@"))
    assert marked(talk) == [CUSTOMER]
