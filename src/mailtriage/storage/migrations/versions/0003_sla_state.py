"""SLA state on tickets: pauses, warnings, breaches, due times and the indexed next check.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TIMES = (
    "sla_level_changed_at",
    "sla_paused_since",
    "sla_last_reminder_at",
    "sla_first_response_due",
    "sla_resolution_due",
    "sla_next_check_at",
)
_FLAGS = (
    "sla_warned_first_response",
    "sla_warned_resolution",
    "sla_breached_first_response",
    "sla_breached_resolution",
)


def upgrade() -> None:
    with op.batch_alter_table("tickets") as batch:
        for name in _TIMES:
            batch.add_column(sa.Column(name, sa.DateTime(timezone=True), nullable=True))
        batch.add_column(
            sa.Column("sla_paused_seconds", sa.Float(), nullable=False, server_default="0")
        )
        for name in _FLAGS:
            batch.add_column(
                sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false())
            )
        batch.create_index("ix_tickets_sla_next_check_at", ["sla_next_check_at"])


def downgrade() -> None:
    with op.batch_alter_table("tickets") as batch:
        batch.drop_index("ix_tickets_sla_next_check_at")
        for name in (*_TIMES, *_FLAGS, "sla_paused_seconds"):
            batch.drop_column(name)
