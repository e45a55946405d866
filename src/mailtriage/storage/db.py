"""Engine and session set-up: SQLite in WAL mode by default, PostgreSQL through the same URL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker


def make_engine(url: str, echo: bool = False) -> Engine:
    """Create the engine; for SQLite create the file's folder and set WAL and foreign keys."""
    if url.startswith("sqlite"):
        return _sqlite_engine(url, echo)
    return create_engine(url, echo=echo, pool_pre_ping=True, future=True)


def _sqlite_engine(url: str, echo: bool) -> Engine:
    database = url.split("///", 1)[1] if "///" in url else ""
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, echo=echo, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy (not the driver) open transactions, so BEGIN IMMEDIATE works.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        # Checkpoint (and fsync) the WAL every ~40 MB instead of every 4 MB: the sync step
        # checkpoints after each batch anyway (make_durable); small ones cost a sync each.
        cursor.execute("PRAGMA wal_autocheckpoint=10000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin_immediate(connection: Any) -> None:
        # One writer at a time, decided at BEGIN: no deadlocked read-then-write upgrades.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit (rows are read after the transaction)."""
    return sessionmaker(engine, expire_on_commit=False, future=True)


def make_durable(engine: Engine) -> None:
    """Force committed transactions to stable storage before destructive server actions.

    SQLite in WAL mode with synchronous=NORMAL survives a process crash but may lose the
    last commits on power loss; a checkpoint syncs the WAL. PostgreSQL commits are durable.
    """
    if engine.dialect.name == "sqlite":
        # On the raw connection: a checkpoint cannot run inside the BEGIN of a SQLAlchemy one.
        connection = engine.raw_connection()
        try:
            connection.cursor().execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            connection.close()


def ping(engine: Engine) -> None:
    """Raise if the database cannot be reached."""
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))
