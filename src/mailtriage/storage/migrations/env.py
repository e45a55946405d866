"""Alembic environment: runs migrations on the engine handed over by mailtriage."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from mailtriage.storage.models import Base

engine = context.config.attributes["engine"]


def _sqlite_foreign_keys(connection: Connection, on: bool) -> None:
    """SQLite changes a table by rebuilding it; dropping the old copy of a table other rows
    reference fails while foreign keys are enforced. SQLite's procedure for such changes:
    switch enforcement off outside the transaction, migrate, check, switch it on again.
    Run on the driver connection: the pragma does nothing inside a transaction."""
    dbapi = connection.connection.dbapi_connection
    assert dbapi is not None
    dbapi.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        _sqlite_foreign_keys(connection, on=False)
    try:
        context.configure(
            connection=connection, target_metadata=Base.metadata, render_as_batch=sqlite
        )
        with context.begin_transaction():
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the migration broke foreign keys: {broken[:5]}")
        connection.commit()
    finally:
        if sqlite:
            _sqlite_foreign_keys(connection, on=True)
