"""Parse the raw bytes into a ParsedMessage."""

from __future__ import annotations

from mailtriage.errors import PoisonMessage
from mailtriage.ingest.context import IngestContext
from mailtriage.parsing.mime import parse_message


def run(ctx: IngestContext) -> None:
    """Fill `ctx.parsed`; anything the parser cannot survive quarantines the message."""
    try:
        ctx.parsed = parse_message(ctx.item.raw)
    except RecursionError:
        raise PoisonMessage("parse", "MIME structure nested too deeply") from None
    except (ValueError, TypeError, LookupError, UnicodeError, IndexError, AttributeError) as exc:
        raise PoisonMessage("parse", f"{type(exc).__name__}: {exc}") from None
