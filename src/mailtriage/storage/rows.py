"""Plain INSERTs for the hot path: executed on the session's connection, without the ORM layer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from mailtriage.storage.models import Base


def insert_row(session: Session, model: type[Base], values: dict[str, Any]) -> int:
    """Insert one row in the session's transaction and return its id."""
    table = cast(Table, model.__table__)
    statement = insert(table).returning(table.c.id)
    return int(session.connection().execute(statement, values).scalar_one())


def insert_rows(session: Session, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    """Insert several rows of one table in one executemany."""
    if rows:
        session.connection().execute(insert(cast(Table, model.__table__)), list(rows))
