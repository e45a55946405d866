"""Record a bounce (RFC 3464): the recipients that failed become undeliverable.

Only a bounce that provably answers a mail we sent may change a recipient's state: it was
threaded by one of our Message-IDs in the returned headers (a stored outgoing mail, or one
whose signed token verifies), and only the recipients of that mail can be marked. A DSN that
names someone but returns none of our mails is stored like any other mail, nothing more.
"""

from __future__ import annotations

import logging

from sqlalchemy import select, update

from mailtriage.ingest.context import IngestContext
from mailtriage.ingest.stages.apply import record_events
from mailtriage.parsing.dsn import Bounce, BouncedRecipient
from mailtriage.storage.models import Message, Undeliverable
from mailtriage.storage.rows import insert_rows

log = logging.getLogger(__name__)


def run(ctx: IngestContext) -> None:
    """Mark each failed recipient of a bounce on a ticket (a new bounce refreshes the mark),
    with an event saying which addresses failed and why."""
    bounce = ctx.require_parsed().bounce
    if bounce is None or ctx.ticket is None:
        return
    if ctx.thread is None or ctx.thread.via != "bounce":
        log.info("ticket %s: a bounce that returns none of our mails: recipients unchanged",
                 ctx.ticket.id)
        return
    ours = _our_recipients(ctx, bounce)
    named = {r.address: r for r in bounce.recipients}
    failed = {a: named.get(a, r) for a, r in ours.items() if not named or a in named}
    ignored = sorted(set(named) - set(ours))
    if ignored:
        log.warning("ticket %s: bounce names %s, to whom the returned mail was not sent: ignored",
                    ctx.ticket.id, ", ".join(ignored))
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


def _our_recipients(ctx: IngestContext, bounce: Bounce) -> dict[str, BouncedRecipient]:
    """The recipients of our returned mails (a bounce in free text, naming no recipient in a
    form we read, means all of them failed)."""
    rows = ctx.db.connection().scalars(
        select(Message.to_addresses).where(
            Message.message_id.in_(bounce.original_message_ids), Message.direction == "out"
        )
    )
    addresses = {a.strip().lower() for row in rows for a in row.split(",") if "@" in a}
    return {
        a: BouncedRecipient(a, "failed", "", "returned by the mail system") for a in sorted(addresses)
    }


def _reason(recipient: BouncedRecipient) -> str:
    return f"{recipient.status} {recipient.diagnostic}".strip() or "bounced"
