"""Conversations through the pipeline on SQLite and PostgreSQL: threading by headers, token,
tag and subject; agents' replies and commands; automatic mail, bounces and limits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import Message as EmailMessage
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from mailtriage.classification.base import Classification, FallbackClassifier, MailText
from mailtriage.clock import FrozenClock
from mailtriage.daemon.app import App, build_app
from mailtriage.daemon.sync import mailbox_id
from mailtriage.ingest.pipeline import Outcome, ingest
from mailtriage.sources.base import FetchedItem
from mailtriage.storage.models import (
    Message,
    OutboxItem,
    Participant,
    Ticket,
    TicketEvent,
    Undeliverable,
)
from support import customer_mail, make_config

START = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
CUSTOMER = "anna.muster@kunde.example"
AGENT = "marc@papyra.example"
TEAMS = [
    {"name": "helpdesk", "levels": [0, 1], "addresses": ["helpdesk@papyra.example"],
     "agents": [AGENT], "language": "de"},
    {"name": "technical", "levels": [2], "addresses": ["tech@papyra.example"]},
    {"name": "experts", "levels": [3, 4], "addresses": ["experts@papyra.example"]},
]


class LevelClassifier(FallbackClassifier):
    """Level and category from the subject ("L0 ..." gives level 0), confident."""

    def classify(self, mail: MailText) -> Classification:
        level = 0 if mail.subject.startswith("L0") else 1
        return Classification(level, "how_to" if level == 0 else "installation", 0.9,
                              mail.language or "de", False, "test-1", "test classifier")


def make_app(tmp_path: Path, url: str, clock: FrozenClock, **overrides: Any) -> App:
    values: dict[str, Any] = {"team": TEAMS, "limits": {"acknowledgements_per_hour": 3,
                                                       "new_tickets_per_hour": 4}}
    values.update(overrides)
    config = make_config(tmp_path, url, **values)
    return build_app(config, clock=clock, classifier=LevelClassifier())


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(START)


@pytest.fixture
def app(tmp_path: Path, db_url: str, clock: FrozenClock) -> App:
    built = make_app(tmp_path, db_url, clock)
    yield built
    built.close()


_refs = iter(range(1, 1_000_000))


def feed(app: App, raw: bytes) -> Outcome:
    box = mailbox_id(app.sessions, "support", "imap")
    return ingest(app.sessions, app.services, box, FetchedItem(f"r{next(_refs)}", raw))


def outbox(app: App, kind: str | None = None) -> list[tuple[OutboxItem, EmailMessage]]:
    """Queued mail (optionally of one kind) with its parsed bytes, oldest first."""
    with app.sessions() as session:
        query = select(OutboxItem).order_by(OutboxItem.id)
        if kind:
            query = query.where(OutboxItem.kind == kind)
        rows = list(session.scalars(query))
        return [(row, message_from_bytes(session.get_one(Message, row.message_pk).raw))
                for row in rows]


def ticket(app: App, ticket_id: int) -> Ticket:
    with app.sessions() as session:
        found = session.get_one(Ticket, ticket_id)
        session.expunge(found)
        return found


def events(app: App, ticket_id: int) -> list[tuple[str, dict[str, Any]]]:
    with app.sessions() as session:
        rows = session.execute(select(TicketEvent.kind, TicketEvent.detail)
                               .where(TicketEvent.ticket_id == ticket_id)
                               .order_by(TicketEvent.id))
        return [(kind, detail) for kind, detail in rows]


def count(app: App, model: type, *where: object) -> int:
    with app.sessions() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def body(mail: EmailMessage) -> str:
    payload = mail.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode()


def open_ticket(app: App, **kwargs: Any) -> tuple[int, EmailMessage]:
    """A customer's first mail: returns the ticket id and our acknowledgement."""
    outcome = feed(app, customer_mail(**kwargs))
    assert outcome.new_ticket and outcome.ticket_id is not None
    acks = [m for row, m in outbox(app) if row.ticket_id == outcome.ticket_id
            and row.kind in ("acknowledgement", "selfhelp")]
    return outcome.ticket_id, acks[-1]


# -- threading -------------------------------------------------------------------------------


def test_a_new_ticket_acknowledges_the_customer_and_notifies_the_team_of_its_level(app: App) -> None:
    ticket_id, ack = open_ticket(app)
    (row, note), = outbox(app, "team_new_ticket")
    assert row.recipients == "helpdesk@papyra.example"
    assert f"[#{ticket_id}]" in note["Subject"] and f"[#{ticket_id}]" in ack["Subject"]
    assert "1603" in body(note)  # the customer's text
    for mail in (ack, note):  # RFC 3834 and Exchange's suppression, on every mail of ours
        assert mail["Auto-Submitted"] in ("auto-replied", "auto-generated")
        assert mail["X-Auto-Response-Suppress"] == "All"
        assert app.services.tokens.ticket_of_message_id(mail["Message-ID"]) == ticket_id


def test_a_reply_to_our_acknowledgement_threads_by_in_reply_to(app: App) -> None:
    ticket_id, ack = open_ticket(app)
    reply = customer_mail(subject=f"AW: {ack['Subject']}", body="Version 7.1.2",
                          in_reply_to=ack["Message-ID"])
    outcome = feed(app, reply)
    assert (outcome.ticket_id, outcome.new_ticket) == (ticket_id, False)
    assert "in-reply-to" in outcome.detail
    (row, note), = outbox(app, "team_customer_reply")
    assert row.recipients == "helpdesk@papyra.example" and "7.1.2" in body(note)


def test_a_valid_token_threads_from_a_new_address_and_a_forged_one_does_not(app: App) -> None:
    ticket_id, _ = open_ticket(app)
    # A reference to one of our Message-IDs that is not stored (e.g. mail from before a
    # restore): the signature alone proves it.
    token = app.services.tokens.message_id("ack", ticket_id, "papyra.example")
    colleague = customer_mail(sender="chef@kunde.example", subject="Re: ihr Fall",
                              in_reply_to=token)
    outcome = feed(app, colleague)
    assert outcome.ticket_id == ticket_id and outcome.detail.endswith("valid reply token")
    forged = token.replace(token.split(".")[3][:4], "0000")
    outcome = feed(app, customer_mail(sender="x@evil.example", subject="Re: x", in_reply_to=forged))
    assert outcome.new_ticket


def test_a_plus_address_reply_threads_when_configured(tmp_path: Path, db_url: str,
                                                       clock: FrozenClock) -> None:
    app = make_app(tmp_path, db_url, clock, conversation={"plus_address_reply_to": True})
    ticket_id, ack = open_ticket(app)
    assert ack["Reply-To"].startswith(f"support+t{ticket_id}-")
    mail = customer_mail(sender="other@kunde.example", subject="neue Frage")
    mail = mail.replace(b"To: support@papyra.example", f"To: {ack['Reply-To']}".encode())
    outcome = feed(app, mail)
    assert outcome.ticket_id == ticket_id and "valid reply address" in outcome.detail
    app.close()


def test_a_guessed_tag_from_a_stranger_opens_a_new_ticket(app: App) -> None:
    ticket_id, _ = open_ticket(app)
    stranger = customer_mail(sender="mallory@evil.example", subject=f"Re: [#{ticket_id}] x",
                             message_id="<guess@evil.example>")
    outcome = feed(app, stranger)
    assert outcome.new_ticket and outcome.ticket_id != ticket_id
    assert "not a participant" in outcome.detail
    created = events(app, outcome.ticket_id)[0][1]
    assert "refused" in created["thread"]


def test_the_tag_counts_from_the_customer_and_from_people_in_copy(app: App) -> None:
    ticket_id, _ = open_ticket(app, headers={"Cc": "Chef <chef@kunde.example>"})
    with app.sessions() as session:
        roles = {a: r for a, r in session.execute(select(Participant.address, Participant.role))}
    assert roles == {CUSTOMER: "customer", "chef@kunde.example": "cc"}
    for sender in (CUSTOMER, "chef@kunde.example"):
        outcome = feed(app, customer_mail(sender=sender, subject=f"Re: [#{ticket_id}] noch was"))
        assert outcome.ticket_id == ticket_id and "subject tag" in outcome.detail


def test_a_reply_without_headers_joins_the_senders_own_open_ticket_by_subject(app: App,
                                                                             clock: FrozenClock) -> None:
    ticket_id, _ = open_ticket(app, subject="Lizenz läuft ab")
    for prefix in ("AW: ", "RE : ", "RES: ", "Fwd: ", "R: ", "Re: AW: "):
        outcome = feed(app, customer_mail(subject=f"{prefix}Lizenz läuft ab"))
        assert outcome.ticket_id == ticket_id, prefix
    # Another sender with the same subject is never merged...
    other = feed(app, customer_mail(sender="bob@firma.example", subject="AW: Lizenz läuft ab"))
    assert other.new_ticket
    # ...nor is the same sender after the window.
    clock.at = START + timedelta(days=15)
    late = feed(app, customer_mail(subject="AW: Lizenz läuft ab"))
    assert late.new_ticket


def test_a_reply_to_a_resolved_ticket_reopens_it_or_opens_a_new_one_after_the_window(
        tmp_path: Path, db_url: str, clock: FrozenClock) -> None:
    app = make_app(tmp_path, db_url, clock, conversation={"reopen_within": "3d"})
    ticket_id, ack = open_ticket(app)
    agent_mail(app, ack, "Erledigt.\n#status resolved")
    assert ticket(app, ticket_id).status == "resolved"
    clock.at = START + timedelta(days=1)
    feed(app, customer_mail(subject="AW: Danke", body="Doch nicht", in_reply_to=ack["Message-ID"]))
    assert ticket(app, ticket_id).status == "open"
    assert len(outbox(app, "team_customer_reply")) == 1
    agent_mail(app, ack, "Jetzt aber.\n#status closed")
    clock.at = START + timedelta(days=5)
    late = feed(app, customer_mail(subject="AW: Danke", in_reply_to=ack["Message-ID"]))
    assert late.new_ticket and f"follows up #{ticket_id}" in late.detail
    assert ticket(app, ticket_id).status == "closed"
    app.close()


# -- agents ----------------------------------------------------------------------------------


def agent_mail(app: App, parent: EmailMessage, text: str, sender: str = AGENT) -> Outcome:
    """An agent's reply to one of our mails, Outlook style with the quoted history."""
    quoted = ("\n\nVon: Papyra Support <support@papyra.example>\nGesendet: Montag, 16. November"
              " 2026 09:00\nAn: Marc\nBetreff: " + parent["Subject"] + "\n\nDas Setup bricht ab.")
    return feed(app, customer_mail(sender=f"Marc Keller <{sender}>",
                                   subject=f"AW: {parent['Subject']}", body=text + quoted,
                                   in_reply_to=parent["Message-ID"]))


def test_an_agents_reply_is_relayed_to_the_customer_and_its_commands_are_recorded(app: App) -> None:
    ticket_id, _ = open_ticket(app, message_id="<first@kunde.example>",
                               headers={"Cc": "chef@kunde.example"})
    (_, note), = outbox(app, "team_new_ticket")
    outcome = agent_mail(app, note, "Guten Tag Frau Muster,\nbitte senden Sie das Log.\n"
                                    "#level 3\n#category installation")
    assert outcome.ticket_id == ticket_id
    (row, relay), = outbox(app, "relay")
    assert row.recipients == f"{CUSTOMER}, chef@kunde.example"
    assert relay["To"] == CUSTOMER and relay["Cc"] == "chef@kunde.example"
    assert f"[#{ticket_id}]" in relay["Subject"] and not relay["Subject"].startswith("AW")
    assert relay["In-Reply-To"] == "<first@kunde.example>"
    assert "Marc Keller" in relay["From"] and "support@papyra.example" in relay["From"]
    text = body(relay)
    assert "bitte senden Sie das Log" in text
    assert "#level" not in text and "Das Setup bricht ab" not in text  # no commands, no quote
    after = ticket(app, ticket_id)
    assert (after.level, after.corrected_level, after.category, after.corrected_category) == (
        3, 3, "installation", "installation")
    assert after.first_response_at == START and after.status == "open"
    kinds = [kind for kind, _ in events(app, ticket_id)]
    assert kinds[-4:] == ["agent_reply", "first_response", "status_changed", "level_changed"] or \
        {"level_changed", "category_changed", "first_response"} <= set(kinds)
    with app.sessions() as session:
        stored = session.scalars(select(Message).where(Message.from_address == AGENT)).one()
        assert stored.role == "agent" and not stored.internal


def test_an_internal_note_is_recorded_not_relayed_and_bad_commands_are_refused(app: App) -> None:
    ticket_id, _ = open_ticket(app)
    (_, note), = outbox(app, "team_new_ticket")
    agent_mail(app, note, "#internal Kunde hat Version 6, bitte prüfen\n#level 9\n#assign nobody\n"
                          "#status pending")
    assert outbox(app, "relay") == []
    after = ticket(app, ticket_id)
    assert (after.level, after.status, after.first_response_at) == (1, "pending", None)
    refused = [d["reason"] for k, d in events(app, ticket_id) if k == "command_refused"]
    assert len(refused) == 2 and "0-4" in refused[0] and "no team 'nobody'" in refused[1]
    with app.sessions() as session:
        assert session.scalars(select(Message.internal).where(Message.from_address == AGENT)).one()


def test_an_agents_out_of_office_changes_nothing_and_is_not_relayed(app: App) -> None:
    ticket_id, _ = open_ticket(app)
    (_, note), = outbox(app, "team_new_ticket")
    before = len(outbox(app))
    feed(app, customer_mail(sender=AGENT, subject="Abwesenheitsnotiz: Marc Keller",
                            body="#status closed", in_reply_to=note["Message-ID"],
                            headers={"Auto-Submitted": "auto-replied"}))
    assert len(outbox(app)) == before and ticket(app, ticket_id).status == "new"


# -- automatic mail, bounces, limits ---------------------------------------------------------


def test_an_out_of_office_reply_is_stored_but_changes_and_answers_nothing(app: App) -> None:
    ticket_id, ack = open_ticket(app)
    agent_mail(app, ack, "Gelöst.\n#status resolved")
    before = len(outbox(app))
    ooo = customer_mail(subject="Abwesenheitsnotiz: Anna Muster", body="Ich bin bis Montag weg.",
                        in_reply_to=ack["Message-ID"])
    outcome = feed(app, ooo)
    assert outcome.ticket_id == ticket_id
    assert ticket(app, ticket_id).status == "resolved" and len(outbox(app)) == before
    assert events(app, ticket_id)[-1][1]["automatic"] == "out-of-office subject"


def test_two_auto_responders_answering_each_other_make_no_loop(app: App) -> None:
    # A robot writes to us; we must not answer it, and its answers to anything of ours stay
    # on its ticket without a reply: the exchange ends at once.
    robot = {"sender": "noreply@robot.example", "headers": {"Auto-Submitted": "auto-replied"}}
    first = feed(app, customer_mail(subject="Automatic reply", **robot))
    assert first.new_ticket and outbox(app, "acknowledgement") == []
    (_, note), = outbox(app, "team_new_ticket")
    for _ in range(3):
        again = feed(app, customer_mail(subject="Automatic reply", in_reply_to=note["Message-ID"],
                                        **robot))
        assert again.ticket_id == first.ticket_id
    assert len(outbox(app)) == 1  # only the team's notification of the first one


def dsn(original_id: str, recipient: str) -> bytes:
    """An RFC 3464 delivery status notification for `original_id`."""
    return (
        "From: MAILER-DAEMON@mx.kunde.example\r\nTo: support@papyra.example\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <dsn1@mx.kunde.example>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\nThis is the mail system.\r\n\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.kunde.example\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n"
        "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"From: support@papyra.example\r\nTo: {recipient}\r\nMessage-ID: {original_id}\r\n"
        "Subject: [#1] Ihre Anfrage\r\n\r\n--B--\r\n"
    ).encode()


def test_a_dsn_lands_on_the_ticket_of_the_bounced_mail_and_marks_the_recipient(app: App) -> None:
    ticket_id, ack = open_ticket(app)
    other, _ = open_ticket(app, sender="bob@firma.example", subject="Andere Frage")
    outcome = feed(app, dsn(ack["Message-ID"], CUSTOMER))
    assert outcome.ticket_id == ticket_id and "bounce" in outcome.detail
    with app.sessions() as session:
        mark = session.scalars(select(Undeliverable)).one()
        assert (mark.address, mark.ticket_id) == (CUSTOMER, ticket_id) and "5.1.1" in mark.reason
    (row, notice), = outbox(app, "bounce_notice")
    assert row.ticket_id == ticket_id and CUSTOMER in body(notice)
    assert outbox(app, "acknowledgement")[-1][0].ticket_id == other
    # While the mark is fresh, the address gets no automatic answers (no backscatter).
    again = feed(app, customer_mail(subject="Neue Frage"))
    assert again.new_ticket and outbox(app, "acknowledgement")[-1][0].ticket_id != again.ticket_id
    assert "bounced" in events(app, again.ticket_id)[-1][1]["reason"]


def test_acknowledgements_and_new_tickets_per_sender_are_limited(app: App) -> None:
    outcomes = [feed(app, customer_mail(subject=f"Frage {i}")) for i in range(6)]
    tickets = [o.ticket_id for o in outcomes]
    # Over new_tickets_per_hour (4) a mail still gets a ticket of its own, marked as flood.
    assert [o.new_ticket for o in outcomes] == [True] * 6 and len(set(tickets)) == 6
    assert outcomes[4].detail.endswith(": flood") and outcomes[5].detail.endswith(": flood")
    with app.sessions() as session:
        flood = session.scalars(select(Ticket.flood).order_by(Ticket.id)).all()
    assert flood == [False] * 4 + [True] * 2
    assert len(outbox(app, "acknowledgement")) == 3  # acknowledgements_per_hour 3
    assert len(outbox(app, "team_new_ticket")) == 4 and len(outbox(app, "team_customer_reply")) == 0
    skipped = [d for k, d in events(app, tickets[3]) if k == "acknowledgement_skipped"]
    assert len(skipped) == 1 and "limit" in skipped[0]["reason"]


def test_mail_from_our_own_address_is_never_acknowledged(app: App) -> None:
    feed(app, customer_mail(sender="support@papyra.example", subject="Test"))
    assert outbox(app, "acknowledgement") == []


# -- level 0 ---------------------------------------------------------------------------------


def test_level_0_gets_self_help_and_a_reply_moves_it_to_level_1(tmp_path: Path, db_url: str,
                                                               clock: FrozenClock) -> None:
    articles = [{"category": "how_to", "title": "Erste Schritte",
                 "url": "https://docs.papyra.example/start"},
                {"category": "billing", "title": "Rechnungen", "url": "https://x.example/r"}]
    app = make_app(tmp_path, db_url, clock, article=articles)
    ticket_id, answer = open_ticket(app, subject="L0 Wo finde ich das Handbuch?")
    (row, _), = outbox(app, "selfhelp")
    text = body(answer)
    assert "https://docs.papyra.example/start" in text and "x.example/r" not in text
    feed(app, customer_mail(subject="AW: L0", body="Hat nicht geholfen.",
                            in_reply_to=answer["Message-ID"]))
    after = ticket(app, ticket_id)
    assert after.corrected_level is None  # the customer's reply is no training label
    assert after.level == 1 and ("level_changed", {"from": 0, "to": 1, "reason":
                                 "the customer replied to the self-help answer"}) in events(app, ticket_id)
    (row, _), = outbox(app, "team_customer_reply")
    assert row.recipients == "helpdesk@papyra.example"
    app.close()


def test_an_assigned_team_gets_the_customers_replies(app: App) -> None:
    ticket_id, ack = open_ticket(app)
    (_, note), = outbox(app, "team_new_ticket")
    agent_mail(app, note, "#assign experts")
    feed(app, customer_mail(subject="AW: x", body="Noch da?", in_reply_to=ack["Message-ID"]))
    (row, _), = outbox(app, "team_customer_reply")
    assert row.recipients == "experts@papyra.example" and ticket(app, ticket_id).team == "experts"


def test_the_reply_secret_is_made_once_and_shared(tmp_path: Path, db_url: str,
                                                  clock: FrozenClock) -> None:
    first = make_app(tmp_path, db_url, clock)
    second = make_app(tmp_path, db_url, clock)
    token = first.services.tokens.message_id("ack", 7, "papyra.example")
    assert second.services.tokens.ticket_of_message_id(token) == 7
    first.close()
    second.close()


def test_customer_text_cannot_inject_headers_into_our_mail(app: App) -> None:
    # An RFC 2047 encoded word may carry CR LF; decoded, it must stay inside the subject.
    raw = customer_mail(subject="PLACEHOLDER").replace(
        b"Subject: PLACEHOLDER", b"Subject: =?utf-8?q?Hallo=0D=0ABcc=3A_victim=40x.example?=")
    feed(app, raw)
    (_, ack), = outbox(app, "acknowledgement")
    assert ack["Bcc"] is None and "victim@x.example" in ack["Subject"]



def test_a_broken_template_override_stops_the_start_with_the_file_named(tmp_path: Path,
                                                                         sqlite_url: str) -> None:
    from mailtriage.errors import ConfigError

    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "acknowledgement.de.txt").write_text("Subject: {{ tag }} {% if %}\n\nHallo\n")
    with pytest.raises(ConfigError, match=r"acknowledgement\.de\.txt"):
        make_app(tmp_path, sqlite_url, FrozenClock(START), templates={"dir": folder})
    (folder / "acknowledgement.de.txt").write_text("Subject: {{ tag }} Danke!\n\nWir melden uns.\n")
    app = make_app(tmp_path, sqlite_url, FrozenClock(START), templates={"dir": folder})
    _, ack = open_ticket(app)
    assert ack["Subject"].endswith("Danke!") and body(ack).strip() == "Wir melden uns."
    app.close()


def test_sla_due_times_follow_the_conversation(app: App, clock: FrozenClock) -> None:
    # Default targets on the 24x7 calendar: level 1 first response 4 h, resolution 16 h.
    ticket_id, _ = open_ticket(app)
    new = ticket(app, ticket_id)
    assert new.sla_first_response_due == START + timedelta(hours=4)
    assert new.sla_resolution_due == START + timedelta(hours=16)
    assert new.sla_next_check_at is not None and new.sla_next_check_at <= START + timedelta(hours=4)
    (_, note), = outbox(app, "team_new_ticket")
    clock.at = START + timedelta(hours=1)
    agent_mail(app, note, "Bitte senden Sie das Log.\n#status pending")
    waiting = ticket(app, ticket_id)
    assert waiting.first_response_at == START + timedelta(hours=1)
    assert waiting.sla_paused_since == START + timedelta(hours=1)  # the clock stands still
    clock.at = START + timedelta(hours=3)
    feed(app, customer_mail(subject="AW: Log", body="Anbei.", in_reply_to=note["Message-ID"]))
    resumed = ticket(app, ticket_id)
    assert resumed.status == "open" and resumed.sla_paused_since is None
    assert resumed.sla_resolution_due == START + timedelta(hours=18)  # 2 h paused added
