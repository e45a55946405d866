"""Queue the mail a message causes: acknowledgement or self-help answer, team notifications,
agents' replies relayed to the customer, bounce notices. Never an answer to automatic mail
(RFC 3834); everything goes through the outbox in this transaction."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from mailtriage.ingest.context import IngestContext
from mailtriage.ingest.stages.apply import record_events
from mailtriage.ingest.statements import ANSWERS_SINCE, RECENT_BOUNCE
from mailtriage.outbox.compose import OutgoingDraft
from mailtriage.outbox.drafts import Drafter, Parent
from mailtriage.outbox.queue import enqueue
from mailtriage.storage.models import Message, Participant, Ticket

log = logging.getLogger(__name__)
CUSTOMER_ANSWERS = ("acknowledgement", "selfhelp")
# After a bounce, automatic answers to that address pause this long (a forged sender must
# not turn us into a backscatter source; a full mailbox may recover).
BOUNCE_HOLD = timedelta(days=7)


def run(ctx: IngestContext) -> None:
    """Decide who hears of this message and queue those mails."""
    if ctx.ticket is None or ctx.message_pk is None:
        return
    parsed = ctx.require_parsed()
    drafter = Drafter(ctx.services.config, ctx.services.tokens, ctx.services.clock.now())
    parent = Parent(parsed.message_id, parsed.references)
    if ctx.thread is not None and ctx.thread.via == "flood":
        log.warning("ticket %s: %s; nobody answered or notified", ctx.ticket.id, ctx.thread.reason)
    elif ctx.new_ticket:
        _answer_customer(ctx, drafter, parent)
        _tell_team(ctx, drafter, parent, "team_new_ticket", f"team-new:ticket:{ctx.ticket.id}")
    elif ctx.role == "agent" and ctx.automatic is None:
        _relay(ctx, drafter)
    elif ctx.automatic is None:
        _tell_team(ctx, drafter, parent, "team_customer_reply", f"team-reply:msg:{ctx.message_pk}")
    if parsed.bounce is not None and ctx.thread is not None and ctx.thread.via == "bounce":
        _bounce_notice(ctx, drafter, parent)


def _queue(ctx: IngestContext, key: str, kind: str, draft: OutgoingDraft) -> None:
    assert ctx.ticket is not None
    config = ctx.services.config
    enqueue(
        ctx.db,
        key=key,
        kind=kind,
        ticket=ctx.ticket,
        draft=draft,
        envelope_from=config.smtp.from_address,
        now=ctx.services.clock.now(),
    )


def _answer_customer(ctx: IngestContext, drafter: Drafter, parent: Parent) -> None:
    """The acknowledgement, or for level 0 the self-help answer with the category's articles."""
    ticket = ctx.ticket
    assert ticket is not None
    skip = _reason_not_to_answer(ctx, ticket)
    if skip:
        record_events(ctx, ticket.id, "mailtriage", [("acknowledgement_skipped", {"reason": skip})])
        log.info("ticket %s: no acknowledgement: %s", ticket.id, skip)
        return
    kind = "selfhelp" if ticket.level == 0 else "acknowledgement"
    values: dict[str, Any] = {"articles": _articles(ctx, ticket)} if kind == "selfhelp" else {}
    draft = drafter.to_customer(kind, ticket, parent, name=ticket.customer_name or "", **values)
    _queue(ctx, f"ack:ticket:{ticket.id}", kind, draft)


def _articles(ctx: IngestContext, ticket: Ticket) -> list[dict[str, str]]:
    return [
        {"title": a.title, "url": a.url}
        for a in ctx.services.config.article
        if a.category == ticket.category and a.language in (None, ticket.language)
    ]


def _reason_not_to_answer(ctx: IngestContext, ticket: Ticket) -> str | None:
    """Why the customer gets no acknowledgement (loops, floods, dead addresses), or None."""
    config = ctx.services.config
    if not config.acknowledgement.enabled:
        return "acknowledgements are disabled in the config"
    if ctx.automatic:
        return f"automatic mail: {ctx.automatic}"
    if not ticket.customer_address:
        return "no usable sender address"
    if ctx.services.directory.is_own(ticket.customer_address):
        return "sender is one of our own addresses (loop protection)"
    values = {"address": ticket.customer_address, "since": ctx.services.clock.now() - BOUNCE_HOLD}
    if (reason := ctx.db.connection().scalar(RECENT_BOUNCE, values)) is not None:
        return f"the address bounced in the last {BOUNCE_HOLD.days} days ({reason})"
    limit = config.limits.acknowledgements_per_hour
    if _answers_last_hour(ctx, ticket) >= limit:
        return f"{limit} acknowledgements to this sender in the last hour (limit)"
    return None


def _answers_last_hour(ctx: IngestContext, ticket: Ticket) -> int:
    """The answers the customer's tickets got in the last hour (at most one each: the
    `ack:ticket:` key)."""
    since = ctx.services.clock.now() - timedelta(hours=1)
    values = {"address": ticket.customer_address, "since": since, "kinds": CUSTOMER_ANSWERS}
    return int(ctx.db.connection().scalar(ANSWERS_SINCE, values) or 0)


def _tell_team(ctx: IngestContext, drafter: Drafter, parent: Parent, kind: str, key: str) -> None:
    """The team of the ticket (assigned, else of its level) hears of a new mail from outside."""
    ticket = ctx.ticket
    assert ticket is not None
    team = ctx.services.directory.team_of(ticket.team, ticket.level)
    if team is None:
        return
    parsed = ctx.require_parsed()
    attachments = [{"filename": a.filename, "size": len(a.data)} for a in parsed.attachments]
    draft = drafter.to_team(
        kind,
        ticket,
        team,
        parent,
        text=ctx.new_text,
        attachments=attachments,
        reopened=ctx.reopened,
        sender=parsed.from_address,
    )
    _queue(ctx, key, kind, draft)


def _relay(ctx: IngestContext, drafter: Drafter) -> None:
    """An agent's reply goes to the customer (and the people in copy) unless it is a note."""
    agent, ticket = ctx.agent, ctx.ticket
    assert ticket is not None
    if agent is None or agent.internal or not agent.text:
        return
    parsed = ctx.require_parsed()
    parent = _customer_parent(ctx, ticket)
    cc = _copied_participants(ctx, ticket)
    agent_name = parsed.from_name or parsed.from_address.split("@")[0]
    sender_name = f"{agent_name} ({ctx.services.config.smtp.from_name})"
    draft = drafter.to_customer(
        "relay",
        ticket,
        parent,
        cc=cc,
        sender_name=sender_name,
        text=agent.text,
        agent_name=agent_name,
    )
    _queue(ctx, f"relay:msg:{ctx.message_pk}", "relay", draft)


def _customer_parent(ctx: IngestContext, ticket: Ticket) -> Parent:
    """The customer's latest mail on the ticket: the relay answers it."""
    row = (
        ctx.db.connection()
        .execute(
            select(Message.message_id, Message.references)
            .where(Message.ticket_id == ticket.id, Message.direction == "in")
            .where(Message.role.in_(("customer", "participant")))
            .order_by(Message.id.desc())
            .limit(1)
        )
        .first()
    )
    if row is None:
        return Parent(None)
    return Parent(row[0], tuple((row[1] or "").split()))


def _copied_participants(ctx: IngestContext, ticket: Ticket) -> list[str]:
    query = select(Participant.address).where(
        Participant.ticket_id == ticket.id, Participant.role == "cc"
    )
    return list(ctx.db.connection().scalars(query))


def _bounce_notice(ctx: IngestContext, drafter: Drafter, parent: Parent) -> None:
    """The team learns that mail to the ticket's customer bounced."""
    ticket, bounce = ctx.ticket, ctx.require_parsed().bounce
    assert ticket is not None and bounce is not None
    team = ctx.services.directory.team_of(ticket.team, ticket.level)
    if team is None:
        return
    first = bounce.recipients[0] if bounce.recipients else None
    draft = drafter.to_team(
        "bounce_notice",
        ticket,
        team,
        parent,
        recipient=first.address if first else ticket.customer_address,
        reason=f"{first.status} {first.diagnostic}".strip()
        if first
        else "returned by the mail system",
    )
    _queue(ctx, f"bounce:msg:{ctx.message_pk}", "bounce_notice", draft)
