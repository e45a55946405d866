"""Decide which ticket the message belongs to (see conversation/threading_rules.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from mailtriage.conversation.threading_rules import MailFacts, TicketFacts, decide
from mailtriage.ingest.context import IngestContext
from mailtriage.ingest.statements import (
    NEW_TICKETS_BETWEEN,
    OPEN_TICKET_WITH_SUBJECT,
    PARTICIPANTS_OF_TICKET,
    TICKET_FACTS,
    TICKETS_OF_MESSAGE_IDS,
)


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
        arrived_at=ctx.arrived_at(),
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
        rows = self.connection.execute(TICKETS_OF_MESSAGE_IDS, {"message_ids": list(message_ids)})
        # Alert mails to the admin are stored without a ticket: they thread nothing.
        return {message_id: ticket_id for message_id, ticket_id in rows if ticket_id is not None}

    def ticket(self, ticket_id: int) -> TicketFacts | None:
        row = self.connection.execute(TICKET_FACTS, {"ticket_id": ticket_id}).first()
        if row is None:
            return None
        participants = self.connection.scalars(PARTICIPANTS_OF_TICKET, {"ticket_id": ticket_id})
        return TicketFacts(ticket_id, row[0], frozenset(participants), row[1], row[2])

    def open_ticket_with_subject(self, sender: str, key: str, since: datetime) -> int | None:
        values = {"sender": sender, "key": key, "since": since}
        return self.connection.scalar(OPEN_TICKET_WITH_SUBJECT, values)

    def new_tickets_between(self, sender: str, since: datetime, until: datetime) -> int:
        values = {"sender": sender, "since": since, "until": until}
        return int(self.connection.scalar(NEW_TICKETS_BETWEEN, values) or 0)
