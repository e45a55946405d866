"""Detect automatic mail (never answered), the reply's new text and the mail's language."""

from __future__ import annotations

from mailtriage.classification.language import detect_mail_language
from mailtriage.conversation.automatic import automatic_reason
from mailtriage.ingest.context import IngestContext
from mailtriage.parsing.quotes import strip_reply


def run(ctx: IngestContext) -> None:
    """Fill `ctx.automatic` (a reason or None), `ctx.new_text` and `ctx.language`."""
    parsed = ctx.require_parsed()
    ctx.new_text = strip_reply(parsed.text)
    ctx.automatic = automatic_reason(parsed.headers, parsed.from_address, parsed.subject)
    default = ctx.services.config.acknowledgement.default_language
    ctx.language = detect_mail_language(parsed.subject, ctx.new_text, default)
