"""Stop here when the Message-ID is already stored: the same mail is never stored twice."""

from __future__ import annotations

from mailtriage.ingest.context import IngestContext, StoredMessage
from mailtriage.ingest.statements import MESSAGE_BY_MESSAGE_ID


def run(ctx: IngestContext) -> None:
    """Mark the item as a duplicate of the stored message with the same normalised Message-ID."""
    message_id = ctx.require_parsed().message_id
    query = MESSAGE_BY_MESSAGE_ID
    existing = ctx.db.connection().execute(query, {"message_id": message_id}).first()
    if existing is not None:
        ctx.duplicate_of = StoredMessage(existing.id, existing.ticket_id, message_id)
        ctx.finished = True
