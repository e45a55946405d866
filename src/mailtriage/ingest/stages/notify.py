"""Queue the acknowledgement for a new ticket (never for automatic mail, RFC 3834)."""

from __future__ import annotations

from mailtriage.ingest.context import IngestContext
from mailtriage.ingest.stages.apply import record_events
from mailtriage.outbox.compose import acknowledgement
from mailtriage.outbox.queue import enqueue


def run(ctx: IngestContext) -> None:
    """Queue one acknowledgement per new ticket, in this transaction."""
    if not ctx.new_ticket or ctx.ticket is None or ctx.message_pk is None:
        return
    config = ctx.services.config
    ticket, parsed, now = ctx.ticket, ctx.require_parsed(), ctx.services.clock.now()
    skip = _reason_not_to_acknowledge(ctx)
    if skip:
        record_events(ctx, ticket.id, "mailtriage", [("acknowledgement_skipped", {"reason": skip})])
        return
    draft = acknowledgement(
        ticket, parsed.message_id, parsed.references, config.smtp, config.acknowledgement, now
    )
    enqueue(
        ctx.db,
        key=f"ack:ticket:{ticket.id}",
        kind="acknowledgement",
        ticket=ticket,
        draft=draft,
        envelope_from=config.smtp.from_address,
        now=now,
    )


def _reason_not_to_acknowledge(ctx: IngestContext) -> str | None:
    if not ctx.services.config.acknowledgement.enabled:
        return "acknowledgements are disabled in the config"
    if ctx.automatic:
        return f"automatic mail: {ctx.automatic}"
    if ctx.ticket is None or not ctx.ticket.customer_address:
        return "no usable sender address"
    own = {ctx.services.config.smtp.from_address.lower()}
    own |= {m.address.lower() for m in ctx.services.config.mailbox if m.address}
    if ctx.ticket.customer_address in own:
        return "sender is one of our own addresses (loop protection)"
    return None
