"""The pure conversation rules: subjects and tags, reply tokens, agents' commands, threading
decisions and bounce reading."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes

import pytest

from mailtriage.conversation.commands import Command, read_agent_text, validate
from mailtriage.conversation.subjects import (
    clean_subject,
    find_tag,
    strip_prefixes,
    subject_key,
    tagged_subject,
)
from mailtriage.conversation.threading_rules import (
    MailFacts,
    ThreadPolicy,
    TicketFacts,
    arrival,
    decide,
)
from mailtriage.conversation.tokens import ReplyTokens
from mailtriage.parsing.dsn import read_bounce

NOW = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
TOKENS = ReplyTokens(b"0123456789abcdef-test-secret")


@pytest.mark.parametrize(("subject", "expected"), [
    ("Re: Lizenz", "Lizenz"),
    ("AW: WG: Lizenz", "Lizenz"),
    ("RE : Facture", "Facture"),
    ("RES: Fatura", "Fatura"),
    ("R: I: Fattura", "Fattura"),
    ("Rif: Fattura", "Fattura"),
    ("TR: Fwd: Re[2]: Facture", "Facture"),
    ("Antw: Frage", "Frage"),
    ("Re: Reisekosten", "Reisekosten"),  # "Re" inside a word stays
    ("Ideen für 2027", "Ideen für 2027"),  # "I" without a colon stays
])
def test_reply_and_forward_prefixes_in_four_languages_are_stripped(subject: str, expected: str) -> None:
    assert strip_prefixes(subject) == expected


def test_the_subject_key_ignores_prefixes_tag_case_and_spacing() -> None:
    assert subject_key("AW: [#12]  Lizenz   LÄUFT ab", "[#{number}]") == "lizenz läuft ab"
    assert subject_key("Re:", "[#{number}]") == ""


def test_the_tag_format_is_configurable_and_the_last_tag_counts() -> None:
    assert find_tag("Re: [Ticket 42] Frage", "[Ticket {number}]") == 42
    assert find_tag("Fwd: [#7] about [#9]", "[#{number}]") == 9
    assert find_tag("Ticket 42", "[Ticket {number}]") is None
    assert tagged_subject("AW: Frage [#3]", "[#3]") == "Frage [#3]"
    assert clean_subject("AW: [#12] Lizenz  läuft [#3]", "[#{number}]") == "Lizenz läuft"


def test_reply_tokens_verify_and_refuse_tampering() -> None:
    message_id = TOKENS.message_id("ack", 1234, "Papyra.Example")
    assert message_id.endswith("@papyra.example>")
    assert TOKENS.ticket_of_message_id(message_id) == 1234
    assert TOKENS.ticket_of_message_id(message_id.replace(".1234.", ".1235.")) is None
    assert ReplyTokens(b"another-secret-of-16+").ticket_of_message_id(message_id) is None
    assert TOKENS.ticket_of_message_id("<abc@papyra.example>") is None
    plus = TOKENS.plus_address("support@papyra.example", 77)
    assert TOKENS.ticket_of_address(plus) == 77
    assert TOKENS.ticket_of_address(plus.replace("+t77-", "+t78-")) is None


def test_agents_text_splits_into_note_flag_commands_and_text() -> None:
    agent = read_agent_text("\n#INTERNAL bitte prüfen\n#level 3\n#category: billing\nDanke", "#internal")
    assert agent.internal and agent.text == "bitte prüfen\nDanke"
    assert agent.commands == (Command("level", "3"), Command("category", "billing"))
    reply = read_agent_text("Guten Tag\n  #status resolved  \nwir haben #level 3 erwähnt", "#internal")
    assert not reply.internal and reply.commands == (Command("status", "resolved"),)
    assert "#level 3 erwähnt" in reply.text  # only whole lines are commands


@pytest.mark.parametrize(("command", "field", "value", "refused"), [
    (Command("level", "3"), "level", 3, None),
    (Command("level", "5"), "level", None, "0-4"),
    (Command("status", "Pending"), "status", "pending", None),
    (Command("status", "done"), "status", None, "one of"),
    (Command("assign", "experts"), "team", "experts", None),
    (Command("assign", "x"), "team", None, "no team"),
    (Command("category", "billing"), "category", "billing", None),
    (Command("category", "bilin"), "category", None, "unknown category"),
])
def test_commands_are_validated(command: Command, field: str, value: object,
                                refused: str | None) -> None:
    change = validate(command, ["helpdesk", "experts"], {"billing", "installation"})
    assert change.field == field and change.value == value
    assert (change.refused is None) if refused is None else (refused in (change.refused or ""))


@dataclass
class Stored:
    """An in-memory stand-in for the database behind the threading rules."""

    message_ids: dict[str, int] = field(default_factory=dict)
    tickets: dict[int, TicketFacts] = field(default_factory=dict)
    subjects: dict[tuple[str, str], int] = field(default_factory=dict)
    opened: list[datetime] = field(default_factory=list)  # arrival of the sender's tickets

    def tickets_of_message_ids(self, message_ids: Sequence[str]) -> dict[str, int]:
        return {m: self.message_ids[m] for m in message_ids if m in self.message_ids}

    def ticket(self, ticket_id: int) -> TicketFacts | None:
        return self.tickets.get(ticket_id)

    def open_ticket_with_subject(self, sender: str, key: str, since: datetime) -> int | None:
        return self.subjects.get((sender, key))

    def new_tickets_between(self, sender: str, since: datetime, until: datetime) -> int:
        return sum(since <= at <= until for at in self.opened)


POLICY = ThreadPolicy(TOKENS, "[#{number}]", timedelta(days=14), timedelta(days=30), 20)


def stored(status: str = "open", resolved_at: datetime | None = None) -> Stored:
    ticket = TicketFacts(5, "anna@kunde.example", frozenset({"chef@kunde.example"}), status,
                         resolved_at)
    return Stored(message_ids={"<ack@papyra.example>": 5}, tickets={5: ticket},
                  subjects={("anna@kunde.example", "lizenz"): 5})


def mail(**kwargs: object) -> MailFacts:
    values: dict[str, object] = {"sender": "anna@kunde.example", "recipients": (),
                                 "in_reply_to": (), "references": (), "subject": "Lizenz"}
    values.update(kwargs)
    return MailFacts(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(("facts", "ticket", "via"), [
    (mail(in_reply_to=("<ack@papyra.example>",)), 5, "in-reply-to"),
    (mail(references=("<old@x>", "<ack@papyra.example>", "<unknown@y>")), 5, "references"),
    (mail(sender="new@kunde.example", subject="x",
          references=(TOKENS.message_id("ack", 5, "papyra.example"),)), 5, "token"),
    (mail(sender="new@kunde.example", subject="x",
          recipients=(TOKENS.plus_address("support@papyra.example", 5),)), 5, "token"),
    (mail(subject="AW: [#5] x"), 5, "tag"),
    (mail(sender="chef@kunde.example", subject="[#5] x"), 5, "tag"),
    (mail(sender="agent@papyra.example", is_agent=True, subject="[#5] x"), 5, "tag"),
    (mail(sender="mallory@evil.example", subject="[#5] Lizenz"), None, "new"),
    (mail(subject="[#99] x"), None, "new"),
    (mail(subject="AW: Lizenz"), 5, "subject"),
    (mail(subject="AW: Lizenz", in_reply_to=("<unknown@x>",)), None, "new"),
    (mail(sender="bob@firma.example", subject="AW: Lizenz"), None, "new"),
    (mail(sender="mailer-daemon@mx", subject="Undelivered",
          bounced_message_ids=("<ack@papyra.example>",)), 5, "bounce"),
])
def test_threading_decisions(facts: MailFacts, ticket: int | None, via: str) -> None:
    decision = decide(facts, stored(), POLICY, NOW)
    assert (decision.ticket_id, decision.via) == (ticket, via), decision.reason


def test_a_stranger_with_a_tag_is_refused_with_a_reason() -> None:
    decision = decide(mail(sender="mallory@evil.example", subject="[#5] x"), stored(), POLICY, NOW)
    assert decision.ticket_id is None and "not a participant" in decision.reason


def test_a_finished_ticket_reopens_within_the_window_and_not_after() -> None:
    facts = mail(in_reply_to=("<ack@papyra.example>",))
    recent = stored("resolved", NOW - timedelta(days=29))
    assert decide(facts, recent, POLICY, NOW).ticket_id == 5
    old = stored("closed", NOW - timedelta(days=31))
    decision = decide(facts, old, POLICY, NOW)
    assert decision.ticket_id is None and "follows up #5" in decision.reason


def test_over_the_new_ticket_limit_a_mail_gets_its_own_flood_ticket() -> None:
    flood = stored()
    flood.opened = [NOW - timedelta(minutes=m) for m in range(20)]
    decision = decide(mail(subject="spam 1"), flood, POLICY, NOW)
    assert (decision.ticket_id, decision.via) == (None, "flood")  # never hidden in another
    flood.opened = flood.opened[:19]
    assert decide(mail(subject="spam 2"), flood, POLICY, NOW).via == "new"


def test_the_limit_counts_the_hour_before_the_mail_arrived_not_the_import() -> None:
    """A backlog imported at NOW: 40 mails of one sender that arrived a day apart, each hour
    holding one, are 40 ordinary tickets; 20 in the hour before a mail make it a flood."""
    backlog = stored()
    backlog.opened = [NOW - timedelta(days=2) + timedelta(hours=h) for h in range(40)]
    arriving = NOW - timedelta(days=2) + timedelta(hours=40)
    decision = decide(mail(subject="old 41", arrived_at=arriving), backlog, POLICY, NOW)
    assert decision.via == "new"
    backlog.opened += [arriving - timedelta(minutes=m) for m in range(1, 20)]
    assert decide(mail(subject="old 42", arrived_at=arriving), backlog, POLICY, NOW).via == "flood"


@pytest.mark.parametrize(
    ("received", "dated", "expected"),
    [(NOW - timedelta(hours=3), NOW - timedelta(days=1), NOW - timedelta(hours=3)),
     (None, NOW - timedelta(days=1), NOW - timedelta(days=1)),
     (None, NOW + timedelta(days=300), NOW),  # a Date in the future is clamped
     (NOW + timedelta(minutes=5), None, NOW),
     (None, None, NOW)],
)
def test_arrival_is_the_mailbox_time_else_the_date_never_later_than_now(
    received: datetime | None, dated: datetime | None, expected: datetime
) -> None:
    assert arrival(received, dated, NOW) == expected


DSN = b"""From: MAILER-DAEMON@mx.example\r
To: support@papyra.example\r
Subject: failure notice\r
MIME-Version: 1.0\r
Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r
\r
--b\r
Content-Type: text/plain\r
\r
Delivery failed.\r
--b\r
Content-Type: message/delivery-status\r
\r
Reporting-MTA: dns; mx.example\r
\r
Final-Recipient: rfc822; Anna@Kunde.Example\r
Action: failed\r
Status: 5.2.2\r
Diagnostic-Code: smtp; 552 mailbox full\r
\r
Final-Recipient: rfc822; late@kunde.example\r
Action: delayed\r
Status: 4.4.1\r
\r
--b\r
Content-Type: message/rfc822\r
\r
From: support@papyra.example\r
Message-ID: <ack.5.abc@papyra.example>\r
Subject: [#5]\r
\r
body\r
--b--\r
"""


def test_a_dsn_names_the_failed_recipients_and_the_returned_mail() -> None:
    bounce = read_bounce(message_from_bytes(DSN), "mailer-daemon@mx.example", "Delivery failed.")
    assert bounce is not None
    assert [(r.address, r.status) for r in bounce.recipients] == [("anna@kunde.example", "5.2.2")]
    assert "mailbox full" in bounce.recipients[0].diagnostic  # delayed ones are not failures
    assert bounce.original_message_ids == ("<ack.5.abc@papyra.example>",)


def test_a_plain_text_bounce_is_read_from_its_quoted_headers() -> None:
    raw = (b"From: MAILER-DAEMON@mx.example\r\nX-Failed-Recipients: anna@kunde.example\r\n"
           b"Subject: Mail delivery failed\r\n\r\nMessage-ID: <ack.5.abc@papyra.example>\r\n")
    text = "Message-ID: <ack.5.abc@papyra.example>"
    bounce = read_bounce(message_from_bytes(raw), "mailer-daemon@mx.example", text)
    assert bounce is not None and bounce.original_message_ids == ("<ack.5.abc@papyra.example>",)
    assert [r.address for r in bounce.recipients] == ["anna@kunde.example"]


def test_a_persons_mail_is_not_a_bounce() -> None:
    raw = b"From: anna@kunde.example\r\nSubject: Message-ID question\r\n\r\nMessage-ID: <x@y>\r\n"
    assert read_bounce(message_from_bytes(raw), "anna@kunde.example", "Message-ID: <x@y>") is None
