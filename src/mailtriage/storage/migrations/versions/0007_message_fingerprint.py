"""A content fingerprint on every message: only the same Message-ID with the same content is a
duplicate; another mail that reuses a Message-ID is stored as its own message.

The fingerprint of the rows already stored is worked out from their raw bytes, in batches.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from mailtriage.parsing.mime import raw_fingerprint

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 500
MESSAGES = sa.table(
    "messages",
    sa.column("id", sa.Integer),
    sa.column("raw", sa.LargeBinary),
    sa.column("raw_sha256", sa.String),
    sa.column("fingerprint", sa.String),
)


def _backfill() -> None:
    bind = op.get_bind()
    last = 0
    while True:
        rows = bind.execute(
            sa.select(MESSAGES.c.id, MESSAGES.c.raw, MESSAGES.c.raw_sha256)
            .where(MESSAGES.c.id > last)
            .order_by(MESSAGES.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        for pk, raw, sha in rows:
            value = raw_fingerprint(bytes(raw)) if raw is not None else sha
            bind.execute(
                MESSAGES.update().where(MESSAGES.c.id == pk).values(fingerprint=value)
            )
        last = rows[-1].id


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("fingerprint", sa.String(64), nullable=True))
    _backfill()
    with op.batch_alter_table("messages") as batch:
        batch.alter_column("fingerprint", existing_type=sa.String(64), nullable=False)
        batch.drop_constraint("uq_messages_message_id", type_="unique")
        batch.create_unique_constraint(
            "uq_messages_message_id_fingerprint", ["message_id", "fingerprint"]
        )
        batch.create_index("ix_messages_message_id", ["message_id"], unique=False)


def downgrade() -> None:
    """Back to one message per Message-ID, refused while a Message-ID is stored twice."""
    bind = op.get_bind()
    messages = sa.table("messages", sa.column("message_id", sa.String))
    total = bind.execute(sa.select(sa.func.count()).select_from(messages)).scalar_one()
    distinct = bind.execute(
        sa.select(sa.func.count(sa.distinct(messages.c.message_id)))
    ).scalar_one()
    if total != distinct:
        raise RuntimeError(
            f"{total - distinct} stored messages reuse another message's Message-ID; the old "
            "schema cannot hold them: export them first (mailtriage export --jsonl)"
        )
    with op.batch_alter_table("messages") as batch:
        batch.drop_index("ix_messages_message_id")
        batch.drop_constraint("uq_messages_message_id_fingerprint", type_="unique")
        batch.create_unique_constraint("uq_messages_message_id", ["message_id"])
        batch.drop_column("fingerprint")
