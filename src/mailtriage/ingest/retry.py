"""Run a quarantined message through the pipeline again (after a fix or a new release)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from mailtriage.errors import PoisonMessage
from mailtriage.ingest.context import Services
from mailtriage.ingest.pipeline import Outcome, message_pk_of, outcome_of, run_stages
from mailtriage.sources.base import FetchedItem
from mailtriage.storage.models import Quarantined, TicketEvent


def retry_quarantined(
    sessions: sessionmaker[Session], services: Services, quarantine_id: int
) -> Outcome:
    """Release the message onto a ticket if every stage now passes; else keep it held."""
    with sessions.begin() as session:
        row = session.get(Quarantined, quarantine_id)
        if row is None:
            return Outcome("missing", detail=f"no quarantined message {quarantine_id}")
        if row.status != "held":
            return Outcome("seen", detail=f"already {row.status}")
        item = FetchedItem(source_ref=row.source_ref, raw=row.raw)
        try:
            with session.begin_nested():
                ctx = run_stages(session, services, row.mailbox_id, item)
        except PoisonMessage as exc:
            row.stage, row.error = exc.stage, exc.reason[:4000]
            return Outcome("quarantined", detail=str(exc))
        row.status, row.released_message_pk = "released", message_pk_of(ctx)
        outcome = outcome_of(ctx)
        if outcome.ticket_id is not None:
            session.add(
                TicketEvent(
                    ticket_id=outcome.ticket_id,
                    at=services.clock.now(),
                    kind="released_from_quarantine",
                    actor="admin",
                    detail={"quarantine_id": quarantine_id},
                )
            )
        return outcome
