"""Record a bounce (RFC 3464): the recipients that failed become undeliverable."""

from __future__ import annotations

from sqlalchemy import select, update

from mailtriage.ingest.context import IngestContext
from mailtriage.ingest.stages.apply import record_events
from mailtriage.parsing.dsn import Bounce, BouncedRecipient
from mailtriage.storage.models import Message, Undeliverable
from mailtriage.storage.rows import insert_rows


def run(ctx: IngestContext) -> None:
    """Mark each failed recipient of a bounce on a ticket (a new bounce refreshes the mark),
    with an event saying which addresses failed and why."""
    bounce = ctx.require_parsed().bounce
    if bounce is None or ctx.ticket is None:
        return
    failed = {r.address: r for r in bounce.recipients or _our_recipients(ctx, bounce)}
    if not failed:
        return
    connection, now = ctx.db.connection(), ctx.services.clock.now()
    known = set(
        connection.scalars(select(Undeliverable.address).where(Undeliverable.address.in_(failed)))
    )
    for address in known:
        connection.execute(
            update(Undeliverable)
            .where(Undeliverable.address == address)
            .values(reason=_reason(failed[address]), ticket_id=ctx.ticket.id, at=now)
        )
    rows = [
        {"address": a, "reason": _reason(r), "ticket_id": ctx.ticket.id, "at": now}
        for a, r in failed.items()
        if a not in known
    ]
    insert_rows(ctx.db, Undeliverable, rows)
    detail = {"recipients": [{"address": r.address, "status": r.status} for r in failed.values()]}
    record_events(ctx, ctx.ticket.id, "mailtriage", [("bounced", detail)])


def _our_recipients(ctx: IngestContext, bounce: Bounce) -> list[BouncedRecipient]:
    """A bounce that names no recipient in a form we read (many MTAs write free text) but
    returns one of our mails: that mail's recipients failed."""
    rows = ctx.db.connection().scalars(
        select(Message.to_addresses).where(
            Message.message_id.in_(bounce.original_message_ids), Message.direction == "out"
        )
    )
    addresses = {a.strip() for row in rows for a in row.split(",") if "@" in a}
    return [
        BouncedRecipient(a, "failed", "", "returned by the mail system") for a in sorted(addresses)
    ]


def _reason(recipient: BouncedRecipient) -> str:
    return f"{recipient.status} {recipient.diagnostic}".strip() or "bounced"
