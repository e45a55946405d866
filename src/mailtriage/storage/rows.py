"""Plain INSERTs for the hot path: executed on the session's connection, without the ORM layer.

Each table's statement is built once (building one cost more than running it on SQLite).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, cast

from sqlalchemy import Insert, Table, insert
from sqlalchemy.orm import Session

from mailtriage.storage.models import Base


@cache
def _insert(model: type[Base], returning_id: bool) -> Insert:
    table = cast(Table, model.__table__)
    statement = insert(table)
    return statement.returning(table.c.id) if returning_id else statement


def insert_row(session: Session, model: type[Base], values: dict[str, Any]) -> int:
    """Insert one row in the session's transaction and return its id."""
    result = session.connection().execute(_insert(model, True), values)
    return int(result.scalar_one())


def insert_rows(session: Session, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    """Insert several rows of one table in one executemany (nothing for no rows)."""
    if rows:
        session.connection().execute(_insert(model, False), list(rows))
