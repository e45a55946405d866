"""Classify a new ticket's first message: support level, category, confidence."""

from __future__ import annotations

from mailtriage.classification.base import MailText
from mailtriage.ingest.context import IngestContext


def run(ctx: IngestContext) -> None:
    """Fill `ctx.classification` when the message opens a new ticket."""
    if ctx.thread is not None and ctx.thread.ticket_id is not None:
        return
    parsed = ctx.require_parsed()
    mail = MailText(subject=parsed.subject, body=ctx.new_text, sender=parsed.from_address)
    ctx.classification = ctx.services.classifier.classify(mail)
