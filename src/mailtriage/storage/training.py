"""Training records from the ticket history, with agents' corrections taking precedence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select

from mailtriage.storage.db import make_engine, make_sessionmaker
from mailtriage.storage.models import Message, Ticket


def ticket_records(database_url: str) -> Iterator[dict[str, Any]]:
    """One record per ticket whose labels can be trusted, from its first customer message.

    A corrected level or category always wins. Tickets without a correction count only when
    their classification did not need review (so a model never learns from its own guesses
    that nobody checked), and never with the fallback category "unclassified".
    """
    engine = make_engine(database_url)
    sessions = make_sessionmaker(engine)
    first = (
        select(Message.ticket_id, func.min(Message.id).label("message_pk"))
        .where(Message.direction == "in")
        .group_by(Message.ticket_id)
        .subquery()
    )
    query = (
        select(Ticket, Message.subject, Message.text)
        .join(first, first.c.ticket_id == Ticket.id)
        .join(Message, Message.id == first.c.message_pk)
        .order_by(Ticket.id)
    )
    try:
        with sessions() as session:
            for ticket, subject, text in session.execute(query).yield_per(500):
                record = training_record(ticket, subject, text)
                if record is not None:
                    yield record
    finally:
        engine.dispose()


def training_record(ticket: Ticket, subject: str, text: str) -> dict[str, Any] | None:
    """The labelled record of one ticket, or None when its labels are unverified."""
    corrected = ticket.corrected_level is not None or ticket.corrected_category is not None
    if not corrected and ticket.needs_review:
        return None
    category = ticket.corrected_category or ticket.category
    if category == "unclassified":
        return None
    level = ticket.corrected_level if ticket.corrected_level is not None else ticket.level
    return {
        "id": f"ticket-{ticket.id}",
        "subject": subject,
        "body": text,  # cleaned by the classifier's own rules when trained on
        "level": level,
        "category": category,
        "language": ticket.language,
        "corrected": corrected,
    }
