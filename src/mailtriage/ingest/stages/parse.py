"""Parse the raw bytes into a ParsedMessage."""

from __future__ import annotations

from mailtriage.errors import PoisonMessage
from mailtriage.ingest.context import IngestContext
from mailtriage.ingest.parallel import ParseFailure, parse_raw


def run(ctx: IngestContext) -> None:
    """Fill `ctx.parsed` (the parse worker's result when it parsed the item already); anything
    the parser cannot survive quarantines the message."""
    result = ctx.preparsed
    if isinstance(result, ParseFailure):
        raise PoisonMessage(result.stage, result.reason)
    ctx.parsed = result.parsed if result is not None else parse_raw(ctx.item.raw)
