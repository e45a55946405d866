"""PostgreSQL bulk writes: many rows in one statement, each column one binary array.

An executemany costs a round of the protocol per row, a multi-row VALUES one parameter per
value, and arrays in psycopg's text format are escaped value by value; `unnest()` of binary
arrays reads them all at once. A column with one value in every row (a status, a time, a
default) is sent once, as a plain parameter. The escalation job writes its chunks this way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
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
    params, shared = _columns(table, rows, dialect)
    statement = _insert_sql(table, tuple(rows[0]), shared, returning, dialect)
    return connection.exec_driver_sql(statement, params)


def update_unnested(
    connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]
) -> None:
    """PostgreSQL: UPDATE the rows of `table` whose `id` the rows give, in one statement.

    Every row (at least one) has the same keys: `id` and the columns to set, whose values are
    converted as in an executemany.
    """
    dialect = connection.dialect
    params, shared = _columns(table, rows, dialect)
    statement = _update_sql(table, tuple(rows[0]), shared, dialect)
    connection.exec_driver_sql(statement, params)


def _with_defaults(table: Table, rows: Sequence[Mapping[str, Any]]) -> Sequence[Mapping[str, Any]]:
    defaults = column_defaults(table, frozenset(rows[0]))
    if defaults is None:
        raise ValueError(f"{table.name}: a column's default is SQL, which unnest cannot apply")
    if not defaults:
        return rows
    return [{**{key: make() for key, make in defaults}, **row} for row in rows]


@lru_cache(maxsize=128)
def _insert_sql(
    table: Table,
    names: tuple[str, ...],
    shared: frozenset[str],
    returning: tuple[str, ...],
    dialect: Dialect,
) -> str:
    preparer = dialect.identifier_preparer
    columns = ", ".join(preparer.quote(name) for name in names)
    values = ", ".join(_value(table, name, shared, dialect) for name in names)
    statement = (
        f"INSERT INTO {preparer.format_table(table)} ({columns}) SELECT {values} "
        f"FROM {_unnest(table, names, shared, dialect)} ORDER BY v.ordinal"
    )
    if returning:
        statement += f" RETURNING {', '.join(preparer.quote(name) for name in returning)}"
    return statement


@lru_cache(maxsize=128)
def _update_sql(
    table: Table, names: tuple[str, ...], shared: frozenset[str], dialect: Dialect
) -> str:
    preparer = dialect.identifier_preparer
    changes = ", ".join(
        f"{preparer.quote(name)} = {_value(table, name, shared, dialect)}"
        for name in names
        if name != "id"
    )
    return (
        f"UPDATE {preparer.format_table(table)} SET {changes} "
        f"FROM {_unnest(table, names, shared, dialect)} "
        f"WHERE {preparer.format_table(table)}.id = v.id"
    )


def _value(table: Table, name: str, shared: frozenset[str], dialect: Dialect) -> str:
    """A row's value of column `name`: its array's element, or the one shared value."""
    if name in shared:
        return f"%({name})b::{_base_type(table, name, dialect)}"
    return f"v.{dialect.identifier_preparer.quote(name)}"


def _unnest(
    table: Table, names: tuple[str, ...], shared: frozenset[str], dialect: Dialect
) -> str:
    """`unnest(%(a)b::type[], ...) WITH ORDINALITY AS v(a, ..., ordinal)`, of the arrays."""
    quote = dialect.identifier_preparer.quote
    unshared = [name for name in names if name not in shared]
    arrays = ", ".join(f"%({name})b::{_base_type(table, name, dialect)}[]" for name in unshared)
    aliases = ", ".join(quote(name) for name in unshared)
    return f"unnest({arrays}) WITH ORDINALITY AS v({aliases}, ordinal)"


def _base_type(table: Table, name: str, dialect: Dialect) -> str:
    # Strings as text: a cast to varchar(n) would cut a long value, the column refuses it.
    column_type = table.c[name].type
    return "text" if isinstance(column_type, String) else column_type.compile(dialect)


def _columns(
    table: Table, rows: Sequence[Mapping[str, Any]], dialect: Dialect
) -> tuple[dict[str, Any], frozenset[str]]:
    """The parameters: each column's values converted by its type for the driver, as a list
    or, where every row has the same value, that value; and the names of the latter (never
    `id`, never every column: unnest needs an array)."""
    params: dict[str, Any] = {}
    shared = set()
    for name in rows[0]:
        column_type = table.c[name].type
        process = column_type.dialect_impl(dialect).bind_processor(dialect)
        values = [row[name] for row in rows]
        if process is not None:
            values = [process(value) for value in values]
        values = _one_type(values, column_type)
        if name != "id" and len(values) > 1 and _all_same(values):
            shared.add(name)
            params[name] = values[0]
        else:
            params[name] = values
    if len(shared) == len(params):  # one column stays an array: it gives the rows
        name = next(iter(params))
        shared.discard(name)
        params[name] = [params[name]] * len(rows)
    return params, frozenset(shared)


# Types whose equal values are stored alike (not floats: 0.0 == -0.0; not JSON wrappers).
_SHAREABLE = (type(None), bool, int, str, bytes, datetime)


def _all_same(values: list[Any]) -> bool:
    """Every value equal to the first and of its type (1 and True are not the same)."""
    first, kind = values[0], type(values[0])
    if kind not in _SHAREABLE:
        return False
    return all(type(value) is kind and value == first for value in values)


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
