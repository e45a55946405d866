"""When a ticket's opening mail arrived, and flood tickets: the per-sender limit on new tickets
counts by arrival (a backlog import counts each hour as it was) and opens a ticket of its own
over the limit, marked as flood, instead of hiding the mail in the sender's newest ticket.

Tickets already stored count from when they were created.

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("tickets") as batch:
        batch.add_column(sa.Column("arrived_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(
            sa.Column("flood", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.execute("UPDATE tickets SET arrived_at = created_at")
    with op.batch_alter_table("tickets") as batch:
        batch.alter_column("flood", server_default=None, existing_type=sa.Boolean())
        batch.create_index(
            "ix_tickets_customer_arrived", ["customer_address", "arrived_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("tickets") as batch:
        batch.drop_index("ix_tickets_customer_arrived")
        batch.drop_column("flood")
        batch.drop_column("arrived_at")
