"""Alerts to the admin, and stored messages that belong to no ticket (the alert mails).

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(255), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alerts")),
        sa.UniqueConstraint("key", name=op.f("uq_alerts_key")),
    )
    _set_ticket_nullable(True)


def downgrade() -> None:
    # Mail without a ticket cannot stay: its outbox rows and the messages go first.
    orphans = "SELECT id FROM messages WHERE ticket_id IS NULL"
    op.execute(f"DELETE FROM outbox WHERE message_pk IN ({orphans})")
    op.execute("DELETE FROM messages WHERE ticket_id IS NULL")
    _set_ticket_nullable(False)
    op.drop_table("alerts")


def _set_ticket_nullable(nullable: bool) -> None:
    with op.batch_alter_table("messages") as batch:
        batch.alter_column("ticket_id", existing_type=sa.Integer(), nullable=nullable)
