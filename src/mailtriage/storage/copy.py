"""Copy every table of one mailtriage database into an empty one (`mailtriage db migrate-to`)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    LargeBinary,
    Table,
    func,
    insert,
    inspect,
    select,
    text,
)
from sqlalchemy.exc import SQLAlchemyError

from mailtriage.errors import MailtriageError
from mailtriage.storage.migrate import current_revision, upgrade
from mailtriage.storage.models import Base

BATCH_ROWS = 500
BATCH_BYTES = 32 * 1024 * 1024  # raw mail: a batch is flushed once its values reach this size
FETCH_ROWS_BINARY = 16  # rows fetched at a time from tables with raw bytes columns
ALEMBIC_TABLE = "alembic_version"


class CopyRefused(MailtriageError):
    """The copy cannot start: target not empty, unreachable, or the schemas differ."""

    exit_code = 2
    who = "the admin (choose an empty target database)"


class CopyFailed(MailtriageError):
    """The copy stopped part-way; the target's transaction was rolled back."""

    exit_code = 1
    who = "the admin"


@dataclass(frozen=True)
class TableCopy:
    """One table's rows: counted in the source, written, and counted again in the target."""

    name: str
    source: int
    copied: int
    target: int

    @property
    def ok(self) -> bool:
        """True when all three counts agree."""
        return self.source == self.copied == self.target


@dataclass(frozen=True)
class CopyReport:
    """What `copy_database` did."""

    revision: str | None
    tables: tuple[TableCopy, ...]
    sequences_reset: int
    seconds: float

    @property
    def rows(self) -> int:
        """Rows copied in all tables."""
        return sum(t.copied for t in self.tables)


def copy_database(
    source: Engine,
    target: Engine,
    *,
    batch_rows: int = BATCH_ROWS,
    on_table: Callable[[TableCopy], None] | None = None,
) -> CopyReport:
    """Upgrade the empty `target` to the schema, then copy every table of `source` into it.

    Tables go in foreign-key order with their primary keys, streamed in batches, all in one
    target transaction: on any failure the target keeps its schema and no rows. PostgreSQL
    sequences are set past the copied ids, and every table's counts are checked.
    """
    started = time.monotonic()
    revision = prepare_target(source, target)
    with _snapshot(source) as read, target.begin() as write:
        tables = tuple(_copied(read, write, batch_rows, on_table))
        sequences = reset_sequences(write, Base.metadata.sorted_tables)
        _verify(tables)
    return CopyReport(revision, tables, sequences, time.monotonic() - started)


def prepare_target(source: Engine, target: Engine) -> str | None:
    """Refuse a non-empty target or an old source; bring the target to the schema."""
    if source.url == target.url:
        raise CopyRefused("the target is the configured database itself")
    revision = _revision(source, "source")
    refuse_non_empty(target)
    try:
        upgrade(target)
    except SQLAlchemyError as exc:
        raise CopyRefused(f"cannot create the schema in the target: {_reason(exc)}") from exc
    if current_revision(target) != revision:
        raise CopyRefused(
            f"the source database is at schema revision {revision}, this mailtriage at "
            f"{current_revision(target)}: run `mailtriage db upgrade` first"
        )
    return revision


def _revision(source: Engine, role: str) -> str | None:
    try:
        revision = current_revision(source)
    except SQLAlchemyError as exc:
        raise CopyRefused(f"cannot read the {role} database: {_reason(exc)}") from exc
    if revision is None:
        raise CopyRefused(f"the {role} database has no mailtriage schema")
    return revision


def refuse_non_empty(target: Engine) -> None:
    """CopyRefused unless every table of the target (if any) is empty."""
    try:
        with target.connect() as connection:
            names = inspect(connection).get_table_names()
            filled = {name: _count_named(connection, name) for name in names}
    except SQLAlchemyError as exc:
        raise CopyRefused(f"cannot reach the target database: {_reason(exc)}") from exc
    rows = {n: c for n, c in sorted(filled.items()) if c and n != ALEMBIC_TABLE}
    if rows:
        listed = ", ".join(f"{name} ({count} rows)" for name, count in rows.items())
        raise CopyRefused(
            f"the target database is not empty: {listed}; migrate-to copies only into an "
            "empty database (create a new one, or drop this one's tables)"
        )


def _count_named(connection: Connection, name: str) -> int:
    quoted = connection.dialect.identifier_preparer.quote(name)
    return int(connection.execute(text(f"SELECT COUNT(*) FROM {quoted}")).scalar_one())


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """A read transaction that sees one consistent state of the source for the whole copy.

    On SQLite it is a BEGIN IMMEDIATE (see storage.db): a daemon left running waits.
    """
    options = {"isolation_level": "REPEATABLE READ"} if engine.dialect.name == "postgresql" else {}
    with engine.connect().execution_options(**options) as connection, connection.begin():
        yield connection


def _copied(
    read: Connection,
    write: Connection,
    batch_rows: int,
    on_table: Callable[[TableCopy], None] | None,
) -> Iterator[TableCopy]:
    for table in Base.metadata.sorted_tables:
        result = copy_table(read, write, table, batch_rows)
        if on_table is not None:
            on_table(result)
        yield result


def copy_table(read: Connection, write: Connection, table: Table, batch_rows: int) -> TableCopy:
    """Stream one table's rows in primary-key order into the target, batch by batch."""
    source_count = _count(read, table)
    copied = 0
    try:
        for batch in batches(_rows(read, table), batch_rows, BATCH_BYTES):
            write.execute(insert(table), batch)
            copied += len(batch)
    except SQLAlchemyError as exc:
        raise CopyFailed(
            f"copying table {table.name} failed after {copied} rows: {_reason(exc)}; "
            "the target was rolled back (schema only, no rows)"
        ) from exc
    return TableCopy(table.name, source_count, copied, _count(write, table))


def _rows(read: Connection, table: Table) -> Iterator[dict[str, Any]]:
    binary = any(isinstance(column.type, LargeBinary) for column in table.columns)
    fetch = FETCH_ROWS_BINARY if binary else BATCH_ROWS
    query = select(table).order_by(*table.primary_key.columns)
    result = read.execution_options(yield_per=fetch).execute(query)
    for row in result:
        yield dict(row._mapping)


def batches(
    rows: Iterable[dict[str, Any]], max_rows: int, max_bytes: int
) -> Iterator[list[dict[str, Any]]]:
    """Group rows into lists of at most `max_rows` rows, cut early once `max_bytes` is reached."""
    batch: list[dict[str, Any]] = []
    size = 0
    for row in rows:
        batch.append(row)
        size += sum(len(v) for v in row.values() if isinstance(v, bytes | str))
        if len(batch) >= max_rows or size >= max_bytes:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _count(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def reset_sequences(write: Connection, tables: Iterable[Table]) -> int:
    """PostgreSQL: set each integer key's sequence to the highest copied id (next = max + 1)."""
    if write.dialect.name != "postgresql":
        return 0
    quote = write.dialect.identifier_preparer.quote
    done = 0
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        column, name = quote(keys[0].name), quote(table.name)
        statement = text(
            f"SELECT setval(pg_get_serial_sequence(:table, :column), "
            f"COALESCE(MAX({column}), 1), MAX({column}) IS NOT NULL) FROM {name}"
        )
        write.execute(statement, {"table": table.name, "column": keys[0].name})
        done += 1
    return done


def _verify(tables: Iterable[TableCopy]) -> None:
    wrong = [t for t in tables if not t.ok]
    if wrong:
        listed = ", ".join(
            f"{t.name} ({t.source} read, {t.copied} written, {t.target} found)" for t in wrong
        )
        raise CopyFailed(f"row counts differ: {listed}; the target was rolled back")


def _reason(exc: SQLAlchemyError) -> str:
    original = getattr(exc, "orig", None)
    return str(original or exc).strip().splitlines()[0]
