"""PostgreSQL bulk writes (unnest of arrays) store what SQLAlchemy's executemany stores."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any, cast

import pytest
from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    bindparam,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session, sessionmaker

from mailtriage.storage.bulk import insert_unnested, update_unnested
from mailtriage.storage.db import make_engine, make_sessionmaker
from mailtriage.storage.migrate import upgrade
from mailtriage.storage.models import Ticket, TicketEvent

NOW = datetime(2026, 11, 29, 16, 5, 7, 123456, tzinfo=UTC)
EVENTS = cast(Table, TicketEvent.__table__)
TICKETS = cast(Table, Ticket.__table__)


@pytest.fixture
def sessions(pg_url: str) -> sessionmaker[Session]:
    engine = make_engine(pg_url)
    upgrade(engine)
    return make_sessionmaker(engine)


def _tickets(session: Session, count: int) -> list[int]:
    row = {
        "subject": "s",
        "customer_address": "k@example.ch",
        "level": 1,
        "category": "x",
        "model_version": "m",
        "created_at": NOW,
        "updated_at": NOW,
    }
    result = session.connection().execute(insert(TICKETS).returning(TICKETS.c.id), [row] * count)
    return [ticket_id for (ticket_id,) in result]


def _events(session: Session, ids: list[int]) -> list[dict[str, Any]]:
    query = select(EVENTS).where(EVENTS.c.id.in_(ids)).order_by(EVENTS.c.id)
    return [{k: v for k, v in r._mapping.items() if k != "id"} for r in session.execute(query)]


CASES = {
    # Columns with one value in every row (None too) are sent once; the others as arrays.
    "some shared": lambda t: [
        {"ticket_id": t[i % 2], "at": NOW, "kind": "note", "actor": "a", "detail": None}
        for i in range(4)
    ],
    # Equal instants written in other zones, a None among values, 0 and 0.0 alike.
    "mixed": lambda t: [
        {
            "ticket_id": t[0],
            "at": NOW.astimezone(UTC if i else timezone(timedelta(hours=1))),
            "kind": "k" * (i + 1),
            "actor": "a",
            "detail": None if i == 1 else {"n": 0 if i else 0.0},
        }
        for i in range(3)
    ],
    "one row": lambda t: [{"ticket_id": t[1], "at": NOW, "kind": "x", "actor": "a", "detail": {}}],
}


@pytest.mark.parametrize("case", CASES)
def test_inserted_rows_match_an_executemany(sessions: sessionmaker[Session], case: str) -> None:
    with sessions.begin() as session:
        rows = CASES[case](_tickets(session, 2))
        ours = insert_unnested(session.connection(), EVENTS, rows, returning=("id",))
        theirs = session.connection().execute(insert(EVENTS).returning(EVENTS.c.id), rows)
        ours_ids, theirs_ids = [r[0] for r in ours], [r[0] for r in theirs]
        assert len(ours_ids) == len(rows) and ours_ids == sorted(ours_ids)  # in the rows' order
        assert _events(session, ours_ids) == _events(session, theirs_ids)


def test_updated_rows_match_an_executemany(sessions: sessionmaker[Session]) -> None:
    later = NOW + timedelta(hours=1)
    with sessions.begin() as session:
        ids = _tickets(session, 6)
        changes = [
            {"level": 2, "sla_next_check_at": later, "team": None, "sla_paused_seconds": 0}
            if i % 3
            else {"level": 3, "sla_next_check_at": None, "team": "t", "sla_paused_seconds": 1.5}
            for i in range(3)
        ]
        update_unnested(
            session.connection(),
            TICKETS,
            [{"id": t, **c} for t, c in zip(ids[:3], changes, strict=True)],
        )
        session.connection().execute(
            update(TICKETS).where(TICKETS.c.id == bindparam("pk")),
            [{"pk": t, **c} for t, c in zip(ids[3:], changes, strict=True)],
        )
        query = select(TICKETS).where(TICKETS.c.id.in_(ids)).order_by(TICKETS.c.id)
        skip = ("id", "created_at", "updated_at")
        stored = [
            {k: v for k, v in r._mapping.items() if k not in skip} for r in session.execute(query)
        ]
        assert stored[:3] == stored[3:]
        assert [s["level"] for s in stored[:3]] == [3, 2, 2]


def test_rows_alike_in_every_column_are_all_inserted(sessions: sessionmaker[Session]) -> None:
    probe = Table(
        "bulk_probe",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("n", Integer),
        Column("s", String(10)),
    )
    with sessions.begin() as session:  # every column shared: one of them still gives the rows
        probe.create(session.connection())
        result = insert_unnested(session.connection(), probe, [{"n": 1, "s": "x"}] * 3, ("id",))
        assert len(result.all()) == 3
        assert session.execute(select(probe.c.n, probe.c.s)).all() == [(1, "x")] * 3
