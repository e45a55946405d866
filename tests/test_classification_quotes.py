"""strip_reply keeps what the sender wrote and drops quoted history and signatures."""

from __future__ import annotations

import pytest

from mailtriage.parsing.quotes import strip_reply

NEW = "The export to Abacus still fails.\nCan you call me back?"


@pytest.mark.parametrize(
    "history",
    [
        "On Mon, 3 Mar 2025 at 10:12, Support <support@example.com> wrote:\n> Please try again.",
        "On Mon, 3 Mar 2025 at 10:12, Support Team\n<support@example.com> wrote:\n> Old text",
        "Am 03.03.2025 um 10:12 schrieb Support <support@example.com>:\n> Bitte erneut.",
        "Le lun. 3 mars 2025 à 10:12, Support <support@example.com> a écrit :\n> Réessayez.",
        "Il giorno lun 3 mar 2025 alle ore 10:12 Support <s@example.com> ha scritto:\n> Riprova.",
        "-----Original Message-----\nFrom: Support\nSubject: Ticket\n\nPlease try again.",
        "-----Ursprüngliche Nachricht-----\nVon: Support\nBetreff: Ticket\n\nBitte erneut.",
        "From: Support <support@example.com>\nSent: Monday, March 3, 2025 10:12\n"
        "To: Anna\nSubject: Ticket\n\nPlease try again.",
        "Von: Support <support@example.com>\nGesendet: Montag, 3. März 2025 10:12\n"
        "An: Anna\nBetreff: Ticket\n\nBitte erneut.",
        "De : Support <support@example.com>\nEnvoyé : lundi 3 mars 2025 10:12\n"
        "À : Anna\nObjet : Ticket\n\nRéessayez.",
        "Da: Support <support@example.com>\nInviato: lunedì 3 marzo 2025 10:12\n"
        "A: Anna\nOggetto: Ticket\n\nRiprova.",
        "*From:* Support <support@example.com>\n*Sent:* Monday, March 3, 2025\n\nOld text",
    ],
)
def test_quoted_history_is_removed(history: str) -> None:
    assert strip_reply(f"{NEW}\n\n{history}\n") == NEW


def test_quoted_lines_are_dropped_but_interleaved_answers_kept() -> None:
    text = "> Which version do you use?\n7.2 on Windows 11.\n> And the scanner?\nA Canon DR-C225."
    assert strip_reply(text) == "7.2 on Windows 11.\nA Canon DR-C225."


@pytest.mark.parametrize(
    "signature",
    [
        "-- \nAnna Muster\nMuster AG",
        "--\nAnna Muster",
        "Sent from my iPhone",
        "Von meinem iPhone gesendet",
        "Envoyé de mon iPad",
        "Inviato da iPhone",
    ],
)
def test_signature_is_removed(signature: str) -> None:
    assert strip_reply(f"{NEW}\n\n{signature}") == NEW


def test_closing_words_are_kept() -> None:
    text = f"{NEW}\n\nBest regards\nAnna"
    assert strip_reply(text) == text


def test_a_from_line_in_the_text_is_not_a_header_block() -> None:
    text = "From: the accounting team we hear the export is wrong.\nPlease check it."
    assert strip_reply(text) == text


def test_windows_line_endings() -> None:
    assert strip_reply(NEW.replace("\n", "\r\n") + "\r\n> old\r\n") == NEW


def test_text_without_history_is_unchanged() -> None:
    assert strip_reply(f"  {NEW}  \n") == NEW
