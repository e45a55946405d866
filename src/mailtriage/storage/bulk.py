"""PostgreSQL bulk writes: many rows in one statement, each column one binary array.

An executemany costs a round of the protocol per row, a multi-row VALUES one parameter per
value, and arrays in psycopg's text format are escaped value by value; `unnest()` of binary
arrays reads them all at once. The escalation job writes its chunks this way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, CursorResult, Dialect, Table
from sqlalchemy.types import String, TypeEngine

from mailtriage.storage.rows import column_defaults


def insert_unnested(
    connection: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    returning: tuple[str, ...] = (),
) -> CursorResult[Any]:
    """PostgreSQL: INSERT `rows` (at least one, all with the same keys, which name columns) in
    one statement; the new ids follow the order of the rows.

    Values are converted by the columns' types as in an executemany; columns left out get
    their scalar Python default. `returning`: columns of the new rows to return.
    """
    rows = _with_defaults(table, rows)
    dialect = connection.dialect
    statement = _insert_sql(table, tuple(rows[0]), returning, dialect)
    return connection.exec_driver_sql(statement, _arrays(table, rows, dialect))


def update_unnested(
    connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]
) -> None:
    """PostgreSQL: UPDATE the rows of `table` whose `id` the rows give, in one statement.

    Every row (at least one) has the same keys: `id` and the columns to set, whose values are
    converted as in an executemany.
    """
    dialect = connection.dialect
    statement = _update_sql(table, tuple(rows[0]), dialect)
    connection.exec_driver_sql(statement, _arrays(table, rows, dialect))


def _with_defaults(table: Table, rows: Sequence[Mapping[str, Any]]) -> Sequence[Mapping[str, Any]]:
    defaults = column_defaults(table, frozenset(rows[0]))
    if defaults is None:
        raise ValueError(f"{table.name}: a column's default is SQL, which unnest cannot apply")
    if not defaults:
        return rows
    return [{**{key: make() for key, make in defaults}, **row} for row in rows]


@lru_cache(maxsize=64)
def _insert_sql(
    table: Table, names: tuple[str, ...], returning: tuple[str, ...], dialect: Dialect
) -> str:
    preparer = dialect.identifier_preparer
    columns = ", ".join(preparer.quote(name) for name in names)
    values = ", ".join(f"v.{preparer.quote(name)}" for name in names)
    statement = (
        f"INSERT INTO {preparer.format_table(table)} ({columns}) SELECT {values} "
        f"FROM {_unnest(table, names, dialect)} ORDER BY v.ordinal"
    )
    if returning:
        statement += f" RETURNING {', '.join(preparer.quote(name) for name in returning)}"
    return statement


@lru_cache(maxsize=64)
def _update_sql(table: Table, names: tuple[str, ...], dialect: Dialect) -> str:
    preparer = dialect.identifier_preparer
    changes = ", ".join(
        f"{preparer.quote(name)} = v.{preparer.quote(name)}" for name in names if name != "id"
    )
    return (
        f"UPDATE {preparer.format_table(table)} SET {changes} "
        f"FROM {_unnest(table, names, dialect)} WHERE {preparer.format_table(table)}.id = v.id"
    )


def _unnest(table: Table, names: tuple[str, ...], dialect: Dialect) -> str:
    """`unnest(%(a)b::type[], ...) WITH ORDINALITY AS v(a, ..., ordinal)`."""
    quote = dialect.identifier_preparer.quote
    arrays = ", ".join(f"%({name})b::{_base_type(table, name, dialect)}[]" for name in names)
    aliases = ", ".join(quote(name) for name in names)
    return f"unnest({arrays}) WITH ORDINALITY AS v({aliases}, ordinal)"


def _base_type(table: Table, name: str, dialect: Dialect) -> str:
    # Strings as text: a cast to varchar(n) would cut a long value, the column refuses it.
    column_type = table.c[name].type
    return "text" if isinstance(column_type, String) else column_type.compile(dialect)


def _arrays(
    table: Table, rows: Sequence[Mapping[str, Any]], dialect: Dialect
) -> dict[str, list[Any]]:
    """One list per column, converted by the column's type for the driver."""
    arrays = {}
    for name in rows[0]:
        column_type = table.c[name].type
        process = column_type.dialect_impl(dialect).bind_processor(dialect)
        values = [row[name] for row in rows]
        if process is not None:
            values = [process(value) for value in values]
        arrays[name] = _one_type(values, column_type)
    return arrays


def _one_type(values: list[Any], column_type: TypeEngine[Any]) -> list[Any]:
    """`values` as one Python type: a binary array takes no mix of numbers (such as 0 and 1.5
    for a float column), where an executemany sent each value on its own."""
    try:
        python_type = column_type.python_type
    except NotImplementedError:
        return values
    if python_type not in (bool, int, float):
        return values
    if all(type(value) is python_type for value in values if value is not None):
        return values
    return [value if value is None else python_type(value) for value in values]
