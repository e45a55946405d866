"""Training records from the database: corrections win, unverified guesses are left out."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from mailtriage.classification.base import Classification, FallbackClassifier, MailText
from mailtriage.classification.features import clean_body
from mailtriage.daemon.app import build_app
from mailtriage.daemon.sync import mailbox_id
from mailtriage.ingest.pipeline import ingest
from mailtriage.sources.base import FetchedItem
from mailtriage.storage.models import Ticket
from mailtriage.storage.training import ticket_records
from support import customer_mail, make_config


class ConfidentClassifier(FallbackClassifier):
    def classify(self, mail: MailText) -> Classification:
        confident = mail.subject.startswith("certain")
        return Classification(level=2, category="installation_updates", confidence=0.9 if confident else 0.2,
                              language="de", needs_review=not confident, model_version="test-1",
                              reason="test")


def test_records_use_corrections_and_skip_unverified_guesses(tmp_path: Path, db_url: str) -> None:
    app = build_app(make_config(tmp_path, db_url), classifier=ConfidentClassifier())
    box = mailbox_id(app.sessions, "support", "imap")
    for n, subject in enumerate(["certain: setup fails", "unsure: something", "unsure: corrected"]):
        mail = customer_mail(subject=subject, body=f"Text {n}\n\n> quoted history")
        ingest(app.sessions, app.services, box, FetchedItem(f"r{n}", mail))
    with app.sessions.begin() as session:
        corrected = session.scalars(select(Ticket).where(Ticket.subject == "unsure: corrected")).one()
        corrected.corrected_level, corrected.corrected_category = 4, "third_party_infrastructure"
    app.close()

    records = {r["subject"]: r for r in ticket_records(db_url)}
    assert set(records) == {"certain: setup fails", "unsure: corrected"}
    assert (records["certain: setup fails"]["level"], records["certain: setup fails"]["corrected"]) == (2, False)
    fixed = records["unsure: corrected"]
    assert (fixed["level"], fixed["category"], fixed["corrected"]) == (4, "third_party_infrastructure", True)
    # the whole text: training cleans it with the classifier's own rules, as at classification
    assert fixed["body"] == "Text 2\n\n> quoted history"
    assert clean_body(fixed["body"]) == "Text 2"
