"""Decide which ticket the message belongs to (see conversation/threading_rules.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailtriage.conversation.threading_rules import FINISHED, MailFacts, TicketFacts, decide
from mailtriage.ingest.context import IngestContext
from mailtriage.storage.models import Message, Participant, Ticket


def run(ctx: IngestContext) -> None:
    """Fill `ctx.thread` with the decision and its reason."""
    parsed = ctx.require_parsed()
    bounce = parsed.bounce
    mail = MailFacts(
        sender=parsed.from_address,
        recipients=(*parsed.to, *parsed.cc, *_envelope_recipients(parsed.headers)),
        in_reply_to=parsed.in_reply_to,
        references=parsed.references,
        subject=parsed.subject,
        is_agent=ctx.services.directory.is_agent(parsed.from_address),
        bounced_message_ids=bounce.original_message_ids if bounce else (),
    )
    lookup = DatabaseLookup(ctx.db)
    ctx.thread = decide(mail, lookup, ctx.services.thread_policy, ctx.services.clock.now())


def _envelope_recipients(headers: dict[str, str]) -> list[str]:
    """Delivered-To / X-Original-To: where a plus-address survives when To does not."""
    return [
        headers[name].strip().lower()
        for name in ("delivered-to", "x-original-to")
        if name in headers
    ]


class DatabaseLookup:
    """The threading rules' questions, answered with indexed queries in the transaction."""

    def __init__(self, session: Session) -> None:
        self.connection = session.connection()

    def tickets_of_message_ids(self, message_ids: Sequence[str]) -> dict[str, int]:
        rows = self.connection.execute(
            select(Message.message_id, Message.ticket_id).where(Message.message_id.in_(message_ids))
        )
        # Alert mails to the admin are stored without a ticket: they thread nothing.
        return {message_id: ticket_id for message_id, ticket_id in rows if ticket_id is not None}

    def ticket(self, ticket_id: int) -> TicketFacts | None:
        row = self.connection.execute(
            select(Ticket.customer_address, Ticket.status, Ticket.resolved_at).where(
                Ticket.id == ticket_id
            )
        ).first()
        if row is None:
            return None
        participants = self.connection.scalars(
            select(Participant.address).where(Participant.ticket_id == ticket_id)
        )
        return TicketFacts(ticket_id, row[0], frozenset(participants), row[1], row[2])

    def open_ticket_with_subject(self, sender: str, key: str, since: datetime) -> int | None:
        return self.connection.scalar(
            select(Ticket.id)
            .where(Ticket.customer_address == sender, Ticket.subject_key == key)
            .where(Ticket.status.not_in(FINISHED), Ticket.updated_at >= since)
            .order_by(Ticket.id.desc())
            .limit(1)
        )

    def new_tickets_since(self, sender: str, since: datetime) -> int:
        query = select(func.count()).where(
            Ticket.customer_address == sender, Ticket.created_at >= since
        )
        return int(self.connection.scalar(query) or 0)

    def latest_ticket_of(self, sender: str) -> int | None:
        query = select(func.max(Ticket.id)).where(Ticket.customer_address == sender)
        return self.connection.scalar(query)
