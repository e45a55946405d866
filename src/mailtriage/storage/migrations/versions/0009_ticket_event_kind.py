"""Index ticket_events by kind: the SLA metrics count warnings, escalations and reminders by
kind on every /metrics scrape, which scanned the whole audit trail.

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_ticket_events_kind", "ticket_events", ["kind"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_ticket_events_kind", table_name="ticket_events")
