"""A whole conversation through a real Dovecot and a real SMTP server: customer, acknowledgement,
reply with Outlook-style German quoting, agent reply relayed with a command, a stranger's
guessed tag, an out-of-office, two auto-responders, a DSN."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import select

from mailtriage.classification.base import FallbackClassifier
from mailtriage.daemon.app import App, build_app
from mailtriage.daemon.service import run_once
from mailtriage.storage.models import Message, Ticket, TicketEvent, Undeliverable
from servers.dovecot import Dovecot, ImapAccount
from servers.smtp import SmtpServer
from support import customer_mail, imap_mailbox, make_config
from test_conversation import AGENT, CUSTOMER, TEAMS, body, dsn


def make_app(tmp_path: Path, url: str, account: ImapAccount, smtp: SmtpServer) -> App:
    config = make_config(
        tmp_path, url, mailbox=[imap_mailbox(account)], team=TEAMS,
        smtp={"host": "127.0.0.1", "port": smtp.port, "security": "none",
              "from_address": "support@papyra.example", "from_name": "Papyra Support",
              "timeout": 5})
    return build_app(config, classifier=FallbackClassifier())


class Conversation:
    """Put mail into the mailbox, run one pass, and collect what reached the SMTP server."""

    def __init__(self, app: App, dovecot: Dovecot, account: ImapAccount, smtp: SmtpServer) -> None:
        self.app, self.dovecot, self.account, self.smtp = app, dovecot, account, smtp
        self.seen = 0

    def deliver(self, raw: bytes) -> list[EmailMessage]:
        """Our mail caused by `raw`, as the SMTP server received it."""
        self.dovecot.append(self.account.user, "INBOX", raw)
        report = run_once(self.app)
        assert not report.failed_mailboxes and report.delivery.failed == 0
        received = self.smtp.messages[self.seen:]
        self.seen = len(self.smtp.messages)
        return [r.message for r in received]

    def ticket(self, ticket_id: int) -> Ticket:
        with self.app.sessions() as session:
            found = session.get_one(Ticket, ticket_id)
            session.expunge(found)
            return found


def to(mails: list[EmailMessage], address: str) -> EmailMessage:
    (found,) = [m for m in mails if address in m["To"]]
    return found


def test_a_conversation_by_email_end_to_end(tmp_path: Path, db_url: str, dovecot: Dovecot,
                                            imap_account: ImapAccount, smtp_server: SmtpServer) -> None:
    app = make_app(tmp_path, db_url, imap_account, smtp_server)
    talk = Conversation(app, dovecot, imap_account, smtp_server)

    # 1. The customer writes: an acknowledgement to them, a notification to the level's team.
    sent = talk.deliver(customer_mail(message_id="<q1@kunde.example>"))
    assert len(sent) == 2
    ack, note = to(sent, CUSTOMER), to(sent, "helpdesk@papyra.example")
    ticket_id = app.services.tokens.ticket_of_message_id(ack["Message-ID"])
    assert ticket_id is not None and f"[#{ticket_id}]" in ack["Subject"]
    assert ack["In-Reply-To"] == "<q1@kunde.example>" and ack["Auto-Submitted"] == "auto-replied"

    # 2. The customer answers the acknowledgement from Outlook, in German, quoting it.
    reply = customer_mail(
        subject=f"AW: {ack['Subject']}", in_reply_to=ack["Message-ID"],
        body="Die Logdatei hängt an.\n\nFreundliche Grüsse\nAnna\n\n"
             "Von: Papyra Support <support@papyra.example>\nGesendet: Montag, 16. November 2026 "
             "09:00\nAn: Anna Muster <anna.muster@kunde.example>\nBetreff: " + ack["Subject"] +
             "\n\nGuten Tag, wir haben Ihre Anfrage erhalten.")
    sent = talk.deliver(reply)
    (update,) = sent
    assert "helpdesk@papyra.example" in update["To"] and f"[#{ticket_id}]" in update["Subject"]
    assert "Die Logdatei hängt an" in body(update)
    assert "wir haben Ihre Anfrage erhalten" not in body(update)  # quoted history stripped
    with app.sessions() as session:
        stored = session.scalars(select(Message).where(Message.direction == "in")
                                 .order_by(Message.id)).all()
        assert [m.ticket_id for m in stored] == [ticket_id, ticket_id]
        assert "wir haben Ihre Anfrage erhalten" in stored[1].text  # the full text is kept

    # 3. An agent answers the notification: relayed to the customer, the command recorded.
    agent = customer_mail(sender=f"Marc Keller <{AGENT}>", subject=f"AW: {note['Subject']}",
                          in_reply_to=note["Message-ID"],
                          body="Guten Tag Frau Muster, wir prüfen das Log.\n#level 3\n\n"
                               "-----Ursprüngliche Nachricht-----\nVon: Papyra Support\n"
                               + body(note))
    (relay,) = talk.deliver(agent)
    assert relay["To"] == CUSTOMER and f"[#{ticket_id}]" in relay["Subject"]
    assert relay["In-Reply-To"] == reply_id(app, ticket_id)
    assert "wir prüfen das Log" in body(relay) and "#level" not in body(relay)
    assert "Ursprüngliche Nachricht" not in body(relay)
    assert talk.ticket(ticket_id).level == 3 and talk.ticket(ticket_id).corrected_level == 3

    # 4. A stranger guessing the number gets a ticket of their own.
    sent = talk.deliver(customer_mail(sender="mallory@evil.example",
                                      subject=f"Re: [#{ticket_id}] Passwort"))
    stranger_ack = to(sent, "mallory@evil.example")
    assert f"[#{ticket_id}]" not in stranger_ack["Subject"]

    # 5. The customer's out-of-office answers the relay: stored, nothing sent, nothing changed.
    status = talk.ticket(ticket_id).status
    ooo = customer_mail(subject=f"Abwesenheitsnotiz: {relay['Subject']}",
                        in_reply_to=relay["Message-ID"], body="Ich bin bis Montag abwesend.")
    assert talk.deliver(ooo) == []
    assert talk.ticket(ticket_id).status == status

    # 6. Two auto-responders: a robot that answers everything writes to us; we answer nothing
    # of it, so its answers never come back.
    robot = {"sender": "noreply@robot.example", "headers": {"Auto-Submitted": "auto-replied"}}
    first = talk.deliver(customer_mail(subject="Automatic reply: your mail", **robot))
    assert [m["To"] for m in first] == ["helpdesk@papyra.example"]  # the team sees it, no answer
    for _ in range(2):
        assert talk.deliver(customer_mail(subject="Automatic reply", in_reply_to=first[0]["Message-ID"],
                                          **robot)) == []

    # 7. The relay bounces: the DSN joins the ticket and marks the address.
    sent = talk.deliver(dsn(relay["Message-ID"], CUSTOMER))
    assert [m["To"] for m in sent] == ["experts@papyra.example"]  # the level 3 team is told
    with app.sessions() as session:
        assert session.scalars(select(Undeliverable.ticket_id)).one() == ticket_id
        kinds = session.scalars(select(TicketEvent.kind).where(TicketEvent.ticket_id == ticket_id))
        assert {"level_changed", "first_response", "bounced"} <= set(kinds)
    app.close()


def reply_id(app: App, ticket_id: int) -> str:
    with app.sessions() as session:
        return session.scalars(select(Message.message_id).where(
            Message.ticket_id == ticket_id, Message.direction == "in",
            Message.role == "customer").order_by(Message.id.desc())).first() or ""
