"""Apply the message to its ticket: open a new ticket or add to the threaded one."""

from __future__ import annotations

import hashlib
from typing import Any

from mailtriage.ingest.context import IngestContext
from mailtriage.parsing.mime import ParsedMessage
from mailtriage.storage.files import store_file
from mailtriage.storage.models import Attachment, Message, Ticket, TicketEvent
from mailtriage.storage.rows import insert_row, insert_rows

REOPENED_FROM = {"resolved", "closed"}


def run(ctx: IngestContext) -> None:
    """Create or update the ticket, store the message and its attachments, record events."""
    parsed = ctx.require_parsed()
    thread = ctx.thread
    if thread is not None and thread.ticket_id is not None:
        ticket = ctx.db.get_one(Ticket, thread.ticket_id)
        events = _follow_up(ctx, ticket)
    else:
        ticket, events = _open_ticket(ctx, parsed)
    ctx.ticket = ticket
    ctx.message_pk = _store_message(ctx, ticket, parsed)
    record_events(ctx, ticket.id, parsed.from_address, events)


def record_events(
    ctx: IngestContext, ticket_id: int, actor: str, events: list[tuple[str, dict[str, Any]]]
) -> None:
    """Append (kind, detail) events to the ticket's audit trail."""
    now = ctx.services.clock.now()
    rows = [
        {
            "ticket_id": ticket_id,
            "at": now,
            "kind": kind,
            "actor": actor or "(unknown sender)",
            "detail": detail,
        }
        for kind, detail in events
    ]
    insert_rows(ctx.db, TicketEvent, rows)


def _open_ticket(
    ctx: IngestContext, parsed: ParsedMessage
) -> tuple[Ticket, list[tuple[str, dict[str, Any]]]]:
    now = ctx.services.clock.now()
    result = ctx.classification
    if result is None:
        raise RuntimeError("a new ticket needs the classify stage first")
    values = {
        "subject": parsed.subject[:2000],
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
    }
    # A plain INSERT (the ORM's unit of work costs more than the rest of the stage); the
    # transient Ticket only carries the values to the notify stage and is never added.
    ticket = Ticket(id=insert_row(ctx.db, Ticket, values), **values)
    ctx.new_ticket = True
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


def _follow_up(ctx: IngestContext, ticket: Ticket) -> list[tuple[str, dict[str, Any]]]:
    ticket.updated_at = ctx.services.clock.now()
    events: list[tuple[str, dict[str, Any]]] = [
        (
            "message_received",
            {"thread": ctx.thread.reason if ctx.thread else "", "automatic": ctx.automatic},
        ),
    ]
    if ticket.status in REOPENED_FROM and ctx.automatic is None:
        events.append(
            (
                "status_changed",
                {"from": ticket.status, "to": "open", "reason": "reply to a finished ticket"},
            )
        )
        ticket.status = "open"
    return events


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
