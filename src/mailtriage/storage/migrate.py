"""Apply Alembic migrations programmatically (`mailtriage db upgrade`, and at start-up)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

MIGRATIONS = Path(__file__).parent / "migrations"
# The newest revision in migrations/versions (a test checks it against Alembic's head). A
# database already there is left alone without importing Alembic, which would cost every
# daemon start about 10 MiB of resident memory for nothing.
HEAD = "0009"


def alembic_config(engine: Engine) -> AlembicConfig:
    """An Alembic config pointing at the packaged migrations and the given engine."""
    from alembic.config import Config as AlembicConfig

    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


# PostgreSQL advisory lock key held while migrating ("mailtriage" in ASCII, truncated).
_MIGRATION_LOCK = 0x6D61696C74726961


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (idempotent). Daemons starting together on one
    PostgreSQL database migrate one after the other (an advisory lock); SQLite's write lock
    already serialises them."""
    if revision in ("head", HEAD) and current_revision(engine) == HEAD:
        return
    from alembic import command

    if engine.dialect.name != "postgresql":
        command.upgrade(alembic_config(engine), revision)
        return
    with engine.connect() as lock:
        lock.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _MIGRATION_LOCK})
        try:
            command.upgrade(alembic_config(engine), revision)
        finally:
            lock.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _MIGRATION_LOCK})
            lock.commit()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.scalar(text("SELECT version_num FROM alembic_version"))
