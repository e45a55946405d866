"""Plain INSERTs for the hot path: compiled by SQLAlchemy once, run on the DBAPI cursor.

Per message the ingest transaction inserts half a dozen rows. Through `Connection.execute`
each insert cost ~40 us of SQLAlchemy's execution machinery on top of SQLite's own few us,
a fifth of the transaction. Here SQLAlchemy still compiles each statement (once per table,
dialect and set of columns) and supplies the column defaults and the types' bind processors
(datetimes as SQLite stores them, JSON, booleans); the rows then go to the driver's cursor in
the session's transaction, and driver errors come back as SQLAlchemy's (IntegrityError,
OperationalError), as the pipeline expects. With `[database] echo` the statements go through
SQLAlchemy, which logs them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, partial
from typing import Any, cast

from sqlalchemy import Connection, Dialect, Insert, Table, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from mailtriage.storage.models import Base


def insert_row(session: Session, model: type[Base], values: dict[str, Any]) -> int:
    """Insert one row in the session's transaction and return its id."""
    connection = session.connection()
    compiled = _compiled(model, True, frozenset(values), connection.dialect)
    if compiled is None or connection.engine.echo:
        result = connection.execute(_insert(model, True), values)
        return int(result.scalar_one())
    cursor = _run(connection, compiled, [values], many=False)
    try:
        return int(cursor.fetchone()[0])
    finally:
        cursor.close()


def insert_rows(session: Session, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows of one table with the same columns in one executemany (none: nothing)."""
    if not rows:
        return
    connection = session.connection()
    compiled = _compiled(model, False, frozenset(rows[0]), connection.dialect)
    if compiled is None or connection.engine.echo:
        connection.execute(_insert(model, False), list(rows))
        return
    _run(connection, compiled, rows, many=True).close()


@cache
def _insert(model: type[Base], returning_id: bool) -> Insert:
    table = cast(Table, model.__table__)
    statement = insert(table)
    return statement.returning(table.c.id) if returning_id else statement


@dataclass(frozen=True)
class _Compiled:
    """An INSERT as the driver takes it: SQL text, parameter order, defaults, processors."""

    sql: str
    names: tuple[str, ...]  # the bound columns, in the order the SQL names them
    positional: bool  # ? placeholders (SQLite) or %(name)s (psycopg)
    defaults: tuple[tuple[str, Callable[[], Any]], ...]  # columns the caller may leave out
    processors: tuple[Callable[[Any], Any] | None, ...]  # per name


@cache
def _compiled(
    model: type[Base], returning_id: bool, given: frozenset[str], dialect: Dialect
) -> _Compiled | None:
    """The statement for rows with the `given` columns (None: leave it to SQLAlchemy)."""
    table = cast(Table, model.__table__)
    defaults = column_defaults(table, given)
    if defaults is None:
        return None
    keys = sorted(given | {key for key, _ in defaults})
    compiled = _insert(model, returning_id).compile(dialect=dialect, column_keys=keys)
    names = tuple(compiled.positiontup or ()) if compiled.positional else tuple(keys)
    if set(names) != set(keys) or compiled.escaped_bind_names:
        return None  # bound names that are not the plain column keys
    processors = tuple(
        compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
    )
    return _Compiled(compiled.string, names, compiled.positional, tuple(defaults), processors)


def column_defaults(
    table: Table, given: frozenset[str]
) -> tuple[tuple[str, Callable[[], Any]], ...] | None:
    """The Python-side defaults of the columns not `given`, as (key, make value) pairs; None
    when one is a SQL expression or a sequence (only SQLAlchemy's execute applies those)."""
    defaults: list[tuple[str, Callable[[], Any]]] = []
    for column in table.columns:
        if column.key in given or column.primary_key or column.default is None:
            continue
        default, arg = column.default, getattr(column.default, "arg", None)
        if default.is_scalar:
            defaults.append((column.key, partial(_constant, arg)))
        elif default.is_callable:  # SQLAlchemy's wrapper takes an (unused) context
            defaults.append((column.key, partial(cast(Callable[[Any], Any], arg), None)))
        else:
            return None
    return tuple(defaults)


def _constant(value: Any) -> Any:
    return value


def _run(
    connection: Connection, compiled: _Compiled, rows: Sequence[dict[str, Any]], many: bool
) -> Any:
    """Execute on the connection's DBAPI cursor; a driver error is raised as SQLAlchemy's."""
    parameters = [_parameters(compiled, row) for row in rows]
    dbapi_connection = connection.connection.driver_connection
    assert dbapi_connection is not None
    cursor = dbapi_connection.cursor()
    try:
        if many:
            cursor.executemany(compiled.sql, parameters)
        else:
            cursor.execute(compiled.sql, parameters[0])
    except Exception as exc:
        cursor.close()
        dialect = connection.dialect
        error = dialect.loaded_dbapi.Error
        if not isinstance(exc, error):
            raise
        disconnected = dialect.is_disconnect(exc, dbapi_connection, cursor)
        if disconnected:
            connection.invalidate(exc)
        raise DBAPIError.instance(
            compiled.sql,
            parameters,
            exc,
            error,
            dialect=dialect,
            connection_invalidated=disconnected,
        ) from exc
    return cursor


def _parameters(compiled: _Compiled, row: dict[str, Any]) -> tuple[Any, ...] | dict[str, Any]:
    values = dict(row)
    for key, default in compiled.defaults:
        if key not in values:
            values[key] = default()
    processed = [
        values[name] if process is None else process(values[name])
        for name, process in zip(compiled.names, compiled.processors, strict=True)
    ]
    if compiled.positional:
        return tuple(processed)
    return dict(zip(compiled.names, processed, strict=True))
