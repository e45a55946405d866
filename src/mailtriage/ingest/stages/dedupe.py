"""Stop here when the mail is already stored: the same mail is never stored twice.

The same mail is the same Message-ID with the same content fingerprint; another mail that
reuses a stored Message-ID (other sender, subject or body) is stored as its own message.
"""

from __future__ import annotations

from mailtriage.ingest.context import IngestContext, StoredMessage
from mailtriage.ingest.statements import MESSAGE_BY_MESSAGE_ID


def run(ctx: IngestContext) -> None:
    """Mark the item as a duplicate of the stored message with its Message-ID and content."""
    parsed = ctx.require_parsed()
    message_id = parsed.message_id
    values = {"message_id": message_id, "fingerprint": parsed.fingerprint}
    existing = ctx.db.connection().execute(MESSAGE_BY_MESSAGE_ID, values).first()
    if existing is not None:
        ctx.duplicate_of = StoredMessage(existing.id, existing.ticket_id, message_id)
        ctx.finished = True
