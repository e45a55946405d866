"""Apply the message to its ticket: open a new ticket or add to the threaded one."""

from __future__ import annotations

import hashlib
from typing import Any

from mailtriage.conversation.commands import read_agent_text
from mailtriage.conversation.subjects import subject_key
from mailtriage.ingest.context import IngestContext
from mailtriage.ingest.statements import PARTICIPANT_ID, PARTICIPANTS_AMONG
from mailtriage.parsing.mime import ParsedMessage
from mailtriage.sla.rows import initial_values, refresh
from mailtriage.storage.files import store_file
from mailtriage.storage.models import Attachment, Message, Participant, Ticket
from mailtriage.storage.rows import insert_row, insert_rows
from mailtriage.tickets.changes import change_ticket
from mailtriage.tickets.changes import record_events as add_events

REOPENED_FROM = {"resolved", "closed"}
Events = list[tuple[str, dict[str, Any]]]


def run(ctx: IngestContext) -> None:
    """Create or update the ticket, store the message and its attachments, record events."""
    parsed = ctx.require_parsed()
    thread = ctx.thread
    if thread is not None and thread.ticket_id is not None:
        ticket = ctx.db.get_one(Ticket, thread.ticket_id)
        events = _follow_up(ctx, ticket, parsed)
    else:
        ticket, events = _open_ticket(ctx, parsed)
    ctx.ticket = ticket
    ctx.message_pk = _store_message(ctx, ticket, parsed)
    record_events(ctx, ticket.id, parsed.from_address, events)


def record_events(ctx: IngestContext, ticket_id: int, actor: str, events: Events) -> None:
    """Append (kind, detail) events to the ticket's audit trail, in the transaction."""
    add_events(ctx.db, ticket_id, actor, events, ctx.services.clock.now())


def _open_ticket(ctx: IngestContext, parsed: ParsedMessage) -> tuple[Ticket, Events]:
    now = ctx.services.clock.now()
    result = ctx.classification
    if result is None:
        raise RuntimeError("a new ticket needs the classify stage first")
    values = {
        "subject": parsed.subject[:2000],
        "subject_key": subject_key(parsed.subject, ctx.services.config.conversation.subject_tag),
        "customer_address": parsed.from_address,
        "customer_name": parsed.from_name[:320] or None,
        "mailbox_id": ctx.mailbox_id,
        "status": "new",
        "level": result.level,
        "category": result.category,
        "confidence": result.confidence,
        "needs_review": result.needs_review,
        "language": ctx.language,
        "model_version": result.model_version,
        "classification_reason": result.reason,
        "created_at": now,
        "updated_at": now,
        "arrived_at": ctx.arrived_at(),
        "flood": ctx.thread is not None and ctx.thread.via == "flood",
    }
    policy = ctx.services.sla
    values |= initial_values(result.level, result.category, parsed.from_address, now, policy)
    # A plain INSERT (the ORM's unit of work costs more than the rest of the stage); the
    # transient Ticket only carries the values to the notify stage and is never added.
    ticket = Ticket(id=insert_row(ctx.db, Ticket, values), **values)
    ctx.new_ticket = True
    ctx.role = "customer"
    # The customer, then the people in copy (never the customer again: see _copied).
    entries = [(parsed.from_address, "customer"), *((a, "cc") for a in _copied(ctx, parsed))]
    add_participants(ctx, ticket.id, entries, new_ticket=True)
    created = {
        "thread": ctx.thread.reason if ctx.thread else "",
        "level": result.level,
        "category": result.category,
        "confidence": round(result.confidence, 4),
        "needs_review": result.needs_review,
        "model_version": result.model_version,
        "reason": result.reason,
        "automatic": ctx.automatic,
    }
    return ticket, [("created", created)]


def _follow_up(ctx: IngestContext, ticket: Ticket, parsed: ParsedMessage) -> Events:
    """A mail on an existing ticket: who wrote it decides what it may change."""
    ticket.updated_at = ctx.services.clock.now()
    ctx.role = _role(ctx, ticket, parsed.from_address)
    received = {
        "thread": ctx.thread.reason if ctx.thread else "",
        "role": ctx.role,
        "automatic": ctx.automatic,
    }
    events: Events = [("message_received", received)]
    if ctx.automatic is not None:
        return events  # RFC 3834: automatic mail never changes a ticket
    if ctx.role == "agent":
        return events + _agent_reply(ctx, ticket)
    if ctx.thread is not None and ctx.thread.via == "token" and ctx.role == "other":
        add_participants(ctx, ticket.id, [(parsed.from_address, "token")])
    add_participants(ctx, ticket.id, [(a, "cc") for a in _copied(ctx, parsed)])
    return events + _customer_reply(ctx, ticket)


def _role(ctx: IngestContext, ticket: Ticket, sender: str) -> str:
    if ctx.services.directory.is_agent(sender):
        return "agent"
    if sender == ticket.customer_address:
        return "customer"
    values = {"ticket_id": ticket.id, "address": sender}
    known = ctx.db.connection().scalar(PARTICIPANT_ID, values)
    return "participant" if known is not None else "other"


def _customer_reply(ctx: IngestContext, ticket: Ticket) -> Events:
    """Reopen a finished ticket; a reply to a level 0 answer means self-help did not help."""
    now, policy = ctx.services.clock.now(), ctx.services.sla
    events: Events = []
    if ticket.status in REOPENED_FROM or ticket.status == "pending":
        reason = "customer replied" if ticket.status == "pending" else "reply to a finished ticket"
        ctx.reopened = ticket.status in REOPENED_FROM
        events.append(change_ticket(ticket, "status", "open", now, reason, policy))
    if ticket.level == 0:
        reason = "the customer replied to the self-help answer"
        events.append(change_ticket(ticket, "level", 1, now, reason, policy, correction=False))
    return events


def _agent_reply(ctx: IngestContext, ticket: Ticket) -> Events:
    """An agent's mail: an internal note, or a reply (the first sets the first response)."""
    agent = read_agent_text(ctx.new_text, ctx.services.config.conversation.internal_marker)
    ctx.agent = agent
    if agent.internal:
        return [("internal_note", {"commands": len(agent.commands)})]
    now, policy = ctx.services.clock.now(), ctx.services.sla
    events: Events = [("agent_reply", {"relayed": bool(agent.text)})]
    if agent.text and ticket.first_response_at is None:
        ticket.first_response_at = now
        refresh(ticket, policy, now, first_response=True)
        events.append(("first_response", {"by": ctx.require_parsed().from_address}))
    if agent.text and ticket.status == "new":
        events.append(change_ticket(ticket, "status", "open", now, "agent replied", policy))
    return events


def _copied(ctx: IngestContext, parsed: ParsedMessage) -> list[str]:
    """Addresses in Cc that become participants (never ours or the agents')."""
    directory = ctx.services.directory
    return [
        a
        for a in parsed.cc
        if a != parsed.from_address and not directory.is_own(a) and not directory.is_agent(a)
    ]


def add_participants(
    ctx: IngestContext, ticket_id: int, entries: list[tuple[str, str]], new_ticket: bool = False
) -> None:
    """Record addresses on the ticket (those already there are left as they are; a ticket
    opened in this transaction has none yet)."""
    entries = [(a, role) for a, role in dict(entries).items() if a]
    if not entries:
        return
    known: set[str] = set()
    if not new_ticket:
        values = {"ticket_id": ticket_id, "addresses": [a for a, _ in entries]}
        known = set(ctx.db.connection().scalars(PARTICIPANTS_AMONG, values))
    now = ctx.services.clock.now()
    rows = [
        {"ticket_id": ticket_id, "address": a, "role": role, "added_at": now}
        for a, role in entries
        if a not in known
    ]
    insert_rows(ctx.db, Participant, rows)


def _store_message(ctx: IngestContext, ticket: Ticket, parsed: ParsedMessage) -> int:
    raw = ctx.item.raw
    message_pk = insert_row(
        ctx.db,
        Message,
        {
            "ticket_id": ticket.id,
            "direction": "in",
            "message_id": parsed.message_id,
            "message_id_synthetic": parsed.message_id_synthetic,
            "fingerprint": parsed.fingerprint,
            "in_reply_to": parsed.in_reply_to[0] if parsed.in_reply_to else None,
            "references": " ".join(parsed.references) or None,
            "from_address": parsed.from_address,
            "from_name": parsed.from_name[:320] or None,
            "to_addresses": ", ".join(parsed.to),
            "cc_addresses": ", ".join(parsed.cc),
            "subject": parsed.subject,
            "sent_at": parsed.date,
            "text": parsed.text,
            "html_converted": parsed.html_converted,
            "language": ctx.language,
            "automatic": ctx.automatic[:64] if ctx.automatic else None,
            "role": ctx.role,
            "internal": ctx.agent is not None and ctx.agent.internal,
            "parse_defects": ", ".join(sorted(set(parsed.defects))) or None,
            "size": len(raw),
            "raw_sha256": hashlib.sha256(raw).hexdigest(),
            "raw": raw,
            "created_at": ctx.services.clock.now(),
        },
    )
    _store_attachments(ctx, message_pk, parsed)
    return message_pk


def _store_attachments(ctx: IngestContext, message_pk: int, parsed: ParsedMessage) -> None:
    limit = ctx.services.config.ingest.max_attachment_size
    rows = []
    for part in parsed.attachments:
        row: dict[str, Any] = {
            "message_pk": message_pk,
            "filename": part.filename,
            "content_type": part.content_type,
            "size": len(part.data),
            "inline": part.inline,
            "content_id": part.content_id,
            "path": None,
            "skipped_reason": None,
        }
        if len(part.data) > limit:
            row["sha256"] = hashlib.sha256(part.data).hexdigest()
            row["skipped_reason"] = (
                f"{len(part.data)} bytes, over max_attachment_size {limit}; kept in the raw message"
            )
        else:
            row["sha256"], row["path"] = store_file(
                ctx.services.attachments_dir, part.data, part.filename
            )
        rows.append(row)
    insert_rows(ctx.db, Attachment, rows)
