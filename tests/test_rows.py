"""The hot path's inserts on the driver's cursor store exactly what SQLAlchemy stores."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Table, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from mailtriage.storage.db import make_engine, make_sessionmaker
from mailtriage.storage.migrate import upgrade
from mailtriage.storage.models import (
    Base,
    Mailbox,
    Message,
    OutboxItem,
    Participant,
    Receipt,
    Ticket,
    TicketEvent,
)
from mailtriage.storage.rows import insert_row, insert_rows

NOW = datetime(2026, 11, 29, 13, 45, 7, 123456, tzinfo=UTC)


@pytest.fixture
def sessions(db_url: str) -> sessionmaker[Session]:
    engine = make_engine(db_url)
    upgrade(engine)
    return make_sessionmaker(engine)


def _rows(session: Session, model: type[Base], ids: list[int]) -> list[dict[str, Any]]:
    table: Table = model.__table__  # type: ignore[assignment]
    query = select(table).where(table.c.id.in_(ids)).order_by(table.c.id)
    return [{k: v for k, v in row._mapping.items() if k != "id"} for row in session.execute(query)]


def _both_ways(session: Session, model: type[Base], values: dict[str, Any]) -> None:
    """One row through insert_row, one through SQLAlchemy's execute: the same columns."""
    ours = insert_row(session, model, values)
    theirs = session.connection().execute(insert(model).returning(model.__table__.c.id), values)  # type: ignore[attr-defined]
    first, second = _rows(session, model, [ours, theirs.scalar_one()])
    assert first == second
    assert all(first[k] == v for k, v in values.items() if not isinstance(v, datetime))


def test_rows_of_every_hot_path_table_match_sqlalchemy(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        box = insert_row(session, Mailbox, {"name": "support", "kind": "imap"})
        ticket_values = {
            "subject": "Drucker druckt nicht – Ärger",
            "customer_address": "kunde@example.ch",
            "customer_name": None,  # left NULL
            "mailbox_id": box,
            "level": 2,
            "category": "hardware",
            "needs_review": True,  # a boolean; status, confidence ... from the defaults
            "model_version": "v1",
            "created_at": NOW,
            "updated_at": NOW,
            "sla_first_response_due": NOW + timedelta(hours=4),
        }
        _both_ways(session, Ticket, ticket_values)
        ticket = insert_row(session, Ticket, ticket_values)
        _both_ways(
            session,
            TicketEvent,
            {
                "ticket_id": ticket,
                "at": NOW,
                "kind": "created",
                "actor": "a@b",
                "detail": {"level": 2, "reason": "ümlaut", "nested": [1, None]},
            },
        )
        _both_ways(
            session, TicketEvent, {"ticket_id": ticket, "at": NOW, "kind": "x", "actor": "a"}
        )
        message = {
            "ticket_id": ticket,
            "direction": "in",
            "message_id": "<a@b>",
            "from_address": "kunde@example.ch",
            "sent_at": None,
            "raw": b"\x00\xff raw bytes",
            "raw_sha256": "0" * 64,
            "fingerprint": "0" * 64,
            "size": 12,
            "created_at": NOW,
            "html_converted": True,
            "references": "<x@y> <z@w>",  # a reserved word as column name
        }
        ours = insert_row(session, Message, message)
        theirs = insert_row(session, Message, {**message, "message_id": "<c@d>"})
        stored = _rows(session, Message, [ours, theirs])
        assert stored[0] == {**stored[1], "message_id": "<a@b>"}
        assert (
            stored[0]["raw"] == b"\x00\xff raw bytes" and stored[0]["references"] == "<x@y> <z@w>"
        )
        insert_rows(
            session,
            Participant,
            [
                {"ticket_id": ticket, "address": f"p{n}@example.ch", "role": "cc", "added_at": NOW}
                for n in range(3)
            ],
        )
        insert_rows(session, Receipt, [])  # nothing, no statement
    with sessions() as session:
        participants = session.scalars(select(Participant).order_by(Participant.id)).all()
        assert [p.address for p in participants] == [f"p{n}@example.ch" for n in range(3)]
        assert participants[0].added_at.replace(tzinfo=UTC) == NOW
        stored_ticket = session.get_one(Ticket, ticket)
        assert (stored_ticket.status, stored_ticket.confidence, stored_ticket.needs_review) == (
            "new",
            0.0,
            True,
        )


def test_outbox_rows_match_sqlalchemy(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        message = insert_row(
            session,
            Message,
            {
                "direction": "out",
                "message_id": "<o@p>",
                "from_address": "s@p",
                "raw": b"x",
                "raw_sha256": "1" * 64,
                "fingerprint": "1" * 64,
                "size": 1,
                "created_at": NOW,
            },
        )
        for key in ("one", "two"):
            values = {
                "idempotency_key": key,
                "ticket_id": None,
                "message_pk": message,
                "kind": "alert",
                "envelope_from": "s@p",
                "recipients": "admin@p",
                "next_attempt_at": NOW,
                "created_at": NOW,
            }
            if key == "one":
                first = insert_row(session, OutboxItem, values)
            else:
                result = session.connection().execute(
                    insert(OutboxItem).returning(OutboxItem.id), values
                )
                second = result.scalar_one()
        one, two = _rows(session, OutboxItem, [first, second])
        assert one == {**two, "idempotency_key": "one"}
        assert (one["status"], one["attempts"]) == ("pending", 0)


def test_a_refused_row_raises_sqlalchemys_integrity_error(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(IntegrityError, match="mailboxes"), sessions.begin() as session:
        insert_row(session, Mailbox, {"name": "twice", "kind": "imap"})
        insert_rows(session, Mailbox, [{"name": "twice", "kind": "imap"}])
    with sessions() as session:  # rolled back, and the connection is fine
        assert session.scalars(select(Mailbox.name)).all() == []
