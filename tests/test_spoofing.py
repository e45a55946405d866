"""A display name never contributes an address: encoded words that decode to someone's address
(RFC 2047 words are only decoded in display names, RFC 2047 section 5) do not make the mail
theirs, neither for a customer's ticket nor for an agent's commands."""

from __future__ import annotations

import base64
import quopri
import re
from pathlib import Path

import pytest

from mailtriage.parsing.headers import addresses
from mailtriage.parsing.mime import parse_message
from servers.dovecot import Dovecot, ImapAccount
from servers.smtp import SmtpServer
from support import customer_mail
from test_conversation import AGENT, CUSTOMER
from test_conversation_e2e import Conversation, make_app, to

ATTACKER = "mallory@evil.example"


def b_word(text: str, charset: str = "utf-8") -> str:
    return f"=?{charset}?b?{base64.b64encode(text.encode(charset)).decode()}?="


def q_word(text: str) -> str:
    encoded = quopri.encodestring(text.encode(), header=True).decode()
    return f"=?utf-8?q?{encoded.replace('@', '=40')}?="


def spoofing_names(victim: str) -> list[str]:
    """Display names that decode to the victim's address, or to a fake angle-addr of it."""
    local, domain = victim.split("@")
    return [
        b_word(victim),
        q_word(victim),
        b_word(f"<{victim}>"),
        f"{b_word(local)}{b_word('@' + domain)}",  # two words, joined when decoded
        f'"{b_word(victim)}"',
        b_word(victim, "iso-8859-1"),
        f"{b_word('Anna Muster')} {b_word(f'<{victim}>')}",
    ]


def with_from(raw: bytes, header: str) -> bytes:
    return re.sub(rb"(?m)^From: .*$", b"From: " + header.encode("ascii"), raw, count=1)


@pytest.mark.parametrize("name", spoofing_names(CUSTOMER))
def test_an_encoded_display_name_is_never_the_address(name: str) -> None:
    assert [address for _, address in addresses([f"{name} <{ATTACKER}>"])] == [ATTACKER]
    parsed = parse_message(with_from(customer_mail(), f"{name} <{ATTACKER}>"))
    assert parsed.from_address == ATTACKER
    assert CUSTOMER not in {parsed.from_address, *parsed.reply_to}


def test_the_display_name_is_still_decoded_for_people() -> None:
    assert addresses([f"{b_word('Jürg Müller')} <JM@Example.CH>"]) == (("Jürg Müller", "jm@example.ch"),)
    assert addresses(['"Muster, Anna" <anna@x.ch>, bob@y.ch']) == (
        ("Muster, Anna", "anna@x.ch"), ("", "bob@y.ch"))


def test_a_display_name_cannot_add_an_address_to_a_list() -> None:
    """An encoded "a@x, b@y" in a name stays one name, so Cc/To cannot be widened by it."""
    found = addresses([f"{b_word(f'{CUSTOMER}, {AGENT}')} <{ATTACKER}>"])
    assert [address for _, address in found] == [ATTACKER]


def test_a_spoofed_customer_cannot_join_their_ticket_and_a_spoofed_agent_cannot_act(
    tmp_path: Path, db_url: str, dovecot: Dovecot, imap_account: ImapAccount,
    smtp_server: SmtpServer,
) -> None:
    app = make_app(tmp_path, db_url, imap_account, smtp_server)
    talk = Conversation(app, dovecot, imap_account, smtp_server)
    ack = to(talk.deliver(customer_mail(message_id="<real@kunde.example>")), CUSTOMER)
    ticket_id = app.services.tokens.ticket_of_message_id(ack["Message-ID"])
    assert ticket_id is not None

    # As the customer: the tag is not accepted from the attacker, who gets a ticket of their own.
    for n, name in enumerate(spoofing_names(CUSTOMER)[:3]):
        raw = customer_mail(subject=f"Re: [#{ticket_id}] Frage {n}", body="Bitte schliessen.")
        sent = talk.deliver(with_from(raw, f"{name} <{ATTACKER}>"))
        answer = to(sent, ATTACKER)
        assert f"[#{ticket_id}]" not in answer["Subject"]
        assert all(CUSTOMER not in (m["To"] or "") for m in sent)

    # As the agent, in a reply to the customer's ticket: nothing relayed, no command obeyed.
    before = talk.ticket(ticket_id)
    for name in spoofing_names(AGENT)[:3]:
        raw = customer_mail(subject=f"AW: [#{ticket_id}] Installer",
                            body="Erledigt.\n#status closed\n#level 4",
                            in_reply_to=ack["Message-ID"])
        sent = talk.deliver(with_from(raw, f"{name} <{ATTACKER}>"))
        assert all(CUSTOMER not in (m["To"] or "") for m in sent)
    ticket = talk.ticket(ticket_id)
    assert (ticket.status, ticket.level, ticket.corrected_level) == (
        before.status, before.level, None)
