"""Refuse messages over the configured size: they are quarantined with their raw bytes."""

from __future__ import annotations

from mailtriage.errors import PoisonMessage
from mailtriage.ingest.context import IngestContext


def run(ctx: IngestContext) -> None:
    """Quarantine a message larger than `ingest.max_message_size`."""
    limit = ctx.services.config.ingest.max_message_size
    size = len(ctx.item.raw)
    if size > limit:
        raise PoisonMessage("size", f"message is {size} bytes, over max_message_size {limit}")
