"""Decide which ticket the message belongs to (threading by In-Reply-To / References)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from mailtriage.conversation.threading_rules import thread_by_headers
from mailtriage.ingest.context import IngestContext
from mailtriage.storage.models import Message


def run(ctx: IngestContext) -> None:
    """Fill `ctx.thread` with the decision and its reason."""
    parsed = ctx.require_parsed()

    def find(message_ids: Sequence[str]) -> dict[str, int]:
        rows = ctx.db.connection().execute(
            select(Message.message_id, Message.ticket_id).where(Message.message_id.in_(message_ids))
        )
        return {message_id: ticket_id for message_id, ticket_id in rows}

    ctx.thread = thread_by_headers(parsed.in_reply_to, parsed.references, find)
