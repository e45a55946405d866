"""Threading and bounce reading over the real-world corpus, against expectations written per
fixture (tests/fixtures/corpus_threads.toml and corpus_bounces.toml)."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import pytest

from mailtriage.clock import FrozenClock
from mailtriage.conversation.subjects import strip_prefixes
from mailtriage.daemon.app import App
from mailtriage.parsing.mime import parse_message
from test_conversation import feed, make_app

FIXTURES = Path(__file__).parent / "fixtures"
THREADS = tomllib.loads((FIXTURES / "corpus_threads.toml").read_text())["reply"]
BOUNCES = tomllib.loads((FIXTURES / "corpus_bounces.toml").read_text())["bounce"]
VIA_IN_REASON = {"in-reply-to": "in-reply-to ", "references": "references ",
                 "subject": "same sender and subject", "new": "new ticket"}


@pytest.fixture(scope="module")
def corpus(request: pytest.FixtureRequest) -> Path:
    found: Path = request.getfixturevalue("corpus_dir")
    return found


@pytest.fixture
def app(tmp_path: Path, sqlite_url: str) -> App:
    built = make_app(tmp_path, sqlite_url, FrozenClock(datetime(2026, 11, 16, 9, tzinfo=UTC)),
                     limits={"new_tickets_per_hour": 1000})
    yield built
    built.close()


def parent_of(raw: bytes) -> bytes:
    """The first mail of the conversation a corpus reply answers: same sender, the subject
    without prefixes, and the Message-ID the reply refers to."""
    reply = parse_message(raw)
    referenced = (reply.in_reply_to or reply.references[-1:] or ("<parent@corpus.invalid>",))[0]
    subject = strip_prefixes(reply.subject) or "(no subject)"
    return (f"From: {reply.from_address or 'someone@corpus.invalid'}\r\nTo: support@papyra.example\r\n"
            f"Subject: {subject}\r\nMessage-ID: {referenced}\r\n"
            f"Date: {format_datetime(datetime(2026, 11, 1, tzinfo=UTC))}\r\n\r\n"
            "The original question.\r\n").encode()


@pytest.mark.parametrize("row", THREADS, ids=[r["path"] for r in THREADS])
def test_corpus_replies_thread_as_written(row: dict[str, str], corpus: Path, app: App) -> None:
    raw = (corpus / row["path"]).read_bytes()
    if row["via"] == "not-mail":
        outcome = feed(app, raw)
        assert (outcome.kind, outcome.detail.split(" (")[0]) == ("quarantined", "parse: not an email message")
        return
    first = feed(app, parent_of(raw))
    outcome = feed(app, raw)
    assert outcome.kind == "stored"
    assert VIA_IN_REASON[row["via"]] in outcome.detail
    assert (outcome.ticket_id == first.ticket_id) == (row["via"] != "new"), outcome.detail


@pytest.mark.parametrize("row", BOUNCES, ids=[r["path"] for r in BOUNCES])
def test_corpus_bounces_are_read_as_written(row: dict[str, object], corpus: Path) -> None:
    parsed = parse_message((corpus / str(row["path"])).read_bytes())
    recipients = [r.address for r in parsed.bounce.recipients] if parsed.bounce else []
    ids = list(parsed.bounce.original_message_ids) if parsed.bounce else []
    assert (recipients, ids) == (row["recipients"], row["returned_message_ids"])


@pytest.mark.parametrize("row", [b for b in BOUNCES if b["returned_message_ids"]][:12],
                         ids=lambda b: str(b["path"]))
def test_corpus_bounces_of_our_mail_land_on_its_ticket(row: dict[str, object], corpus: Path,
                                                      app: App) -> None:
    # Our mail with the returned Message-ID is on a ticket: the bounce must join that ticket.
    raw = (corpus / str(row["path"])).read_bytes()
    own = parse_message(raw).message_id
    returned = next((m for m in row["returned_message_ids"] if m != own), None)  # type: ignore[attr-defined]
    if returned is None:
        pytest.skip("this corpus bounce returns a mail with its own Message-ID")
    question = (f"From: kunde@corpus.invalid\r\nTo: support@papyra.example\r\nSubject: Frage\r\n"
                f"Message-ID: {returned}\r\n\r\nHallo\r\n").encode()
    first = feed(app, question)
    outcome = feed(app, raw)
    assert outcome.ticket_id == first.ticket_id and "bounce of" in outcome.detail
