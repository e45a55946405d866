"""Detect automatic mail (never answered), the reply's new text and the mail's language."""

from __future__ import annotations

from mailtriage.ingest.context import IngestContext
from mailtriage.ingest.parallel import ParseFailure, detect


def run(ctx: IngestContext) -> None:
    """Fill `ctx.automatic` (a reason or None), `ctx.new_text` and `ctx.language` (as the
    parse worker found them when it prepared the item)."""
    prepared, ctx.preparsed = ctx.preparsed, None
    if prepared is not None and not isinstance(prepared, ParseFailure):
        found = prepared.detected
    else:
        default = ctx.services.config.acknowledgement.default_language
        found = detect(ctx.require_parsed(), default, ctx.services.directory.loop_addresses)
    ctx.new_text, ctx.automatic, ctx.language = found.new_text, found.automatic, found.language
