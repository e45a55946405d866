"""Raw mail compressed with lz4 on PostgreSQL (14 and later, when the server has lz4).

PostgreSQL compresses values over about 2 kB before storing them (TOAST), by default with
pglz; lz4 does it several times faster for about the same size, and every message stored
or queued passes through it. Only new values are written with lz4; SQLite is unchanged.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import Connection

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (("messages", "raw"), ("messages", "text"), ("quarantine", "raw"))


def _has_lz4(bind: Connection) -> bool:
    """PostgreSQL 14+ built with lz4 (before 14 the setting does not exist)."""
    if bind.dialect.name != "postgresql":
        return False
    found = bind.exec_driver_sql(
        "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'"
    ).scalar()
    return bool(found)


def _set_compression(method: str) -> None:
    bind = op.get_bind()
    if not _has_lz4(bind):
        return
    for table, column in COLUMNS:
        op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} SET COMPRESSION {method}")


def upgrade() -> None:
    _set_compression("lz4")


def downgrade() -> None:
    _set_compression("default")
