"""Conversations: ticket team, response times, subject key, participants, bounces, settings.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("tickets") as batch:
        batch.add_column(
            sa.Column("subject_key", sa.String(255), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("team", sa.String(64), nullable=True))
        batch.add_column(sa.Column("first_response_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_index("ix_tickets_customer_subject", ["customer_address", "subject_key"])
        batch.create_index("ix_tickets_customer_created", ["customer_address", "created_at"])
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("role", sa.String(16), nullable=True))
        batch.add_column(
            sa.Column("internal", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "ticket_participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(320), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_ticket_participants_ticket_id_tickets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_participants")),
        sa.UniqueConstraint("ticket_id", "address", name=op.f("uq_ticket_participants_ticket_id")),
    )
    op.create_index(op.f("ix_ticket_participants_address"), "ticket_participants", ["address"])
    op.create_table(
        "undeliverable",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(320), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_undeliverable_ticket_id_tickets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_undeliverable")),
        sa.UniqueConstraint("address", name=op.f("uq_undeliverable_address")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )


def downgrade() -> None:
    op.drop_table("settings")
    op.drop_table("undeliverable")
    op.drop_index(op.f("ix_ticket_participants_address"), table_name="ticket_participants")
    op.drop_table("ticket_participants")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("internal")
        batch.drop_column("role")
    with op.batch_alter_table("tickets") as batch:
        batch.drop_index("ix_tickets_customer_created")
        batch.drop_index("ix_tickets_customer_subject")
        batch.drop_column("resolved_at")
        batch.drop_column("first_response_at")
        batch.drop_column("team")
        batch.drop_column("subject_key")
