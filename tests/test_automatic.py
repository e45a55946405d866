"""Automatic mail is recognised so it is never answered (RFC 3834, RFC 3464)."""

from __future__ import annotations

import pytest

from mailtriage.conversation.automatic import automatic_reason


@pytest.mark.parametrize(
    ("headers", "sender", "subject", "expected"),
    [
        ({"auto-submitted": "auto-replied"}, "a@b.ch", "Re: x", "Auto-Submitted"),
        ({"auto-submitted": "auto-generated; owner-email=x"}, "a@b.ch", "x", "Auto-Submitted"),
        ({"precedence": "bulk"}, "a@b.ch", "x", "Precedence: bulk"),
        ({"list-id": "<support.lists.example>"}, "a@b.ch", "x", "mailing list"),
        ({"x-autoreply": "yes"}, "a@b.ch", "x", "x-autoreply"),
        ({"x-auto-response-suppress": "All"}, "a@b.ch", "x", "x-auto-response-suppress"),
        ({"x-mailtriage-loop": "support@papyra.example"}, "a@b.ch", "x", "our own mail"),
        ({"return-path": "<>"}, "a@b.ch", "x", "empty Return-Path"),
        ({"content-type": 'multipart/report; report-type="delivery-status"'}, "a@b.ch", "x", "RFC 3464"),
        ({}, "MAILER-DAEMON@mx.example", "Undelivered Mail", "sent by MAILER-DAEMON"),
        ({}, "a@b.ch", "Abwesenheitsnotiz: Anna Muster", "out-of-office"),
        ({}, "a@b.ch", "Réponse automatique : absent", "out-of-office"),
        ({}, "a@b.ch", "Risposta automatica: fuori ufficio", "out-of-office"),
        ({}, "a@b.ch", "Out of Office: back Monday", "out-of-office"),
    ],
)
def test_automatic_mail_is_recognised(headers: dict[str, str], sender: str, subject: str,
                                      expected: str) -> None:
    reason = automatic_reason(headers, sender, subject)
    assert reason is not None and expected in reason


@pytest.mark.parametrize(
    ("headers", "subject"),
    [
        ({"auto-submitted": "no"}, "Hilfe, Scanner geht nicht"),
        ({"return-path": "<anna@kunde.example>"}, "Re: Absence of the export button"),
        ({}, "Question about my absence report"),
    ],
)
def test_a_persons_mail_is_not_automatic(headers: dict[str, str], subject: str) -> None:
    assert automatic_reason(headers, "anna@kunde.example", subject) is None


OURS = frozenset({"support@papyra.example", "helpdesk@papyra.example"})


@pytest.mark.parametrize(
    "x_loop",
    [
        "support@papyra.example",
        "Support@Papyra.Example",
        "<support@papyra.example>",
        "Papyra Support <support@papyra.example>",
        "support+t12-ab12@papyra.example",  # a plus address of ours
        "lists@other.example, helpdesk@papyra.example",  # a second X-Loop header, joined
    ],
)
def test_x_loop_naming_one_of_our_addresses_is_automatic(x_loop: str) -> None:
    reason = automatic_reason({"x-loop": x_loop}, "a@b.ch", "Hilfe", OURS)
    assert reason is not None and "X-Loop names our address" in reason


@pytest.mark.parametrize("x_loop", ["lists@other.example", "support@papyra.example.evil", ""])
def test_x_loop_of_someone_else_is_not_ours(x_loop: str) -> None:
    assert automatic_reason({"x-loop": x_loop}, "a@b.ch", "Hilfe", OURS) is None
