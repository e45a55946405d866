"""The database schema: mailboxes and sync state, tickets, messages, quarantine, events, outbox."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, deferred, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use an aware UTC datetime")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base with stable constraint names (needed by Alembic on SQLite)."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime(), dict[str, Any]: JSON}


Base.metadata.naming_convention = NAMING


class Mailbox(Base):
    """A configured mailbox, by its name in the config."""

    __tablename__ = "mailboxes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))


class FolderState(Base):
    """Sync checkpoint of one folder: UIDVALIDITY and the highest UID committed."""

    __tablename__ = "folder_states"
    __table_args__ = (UniqueConstraint("mailbox_id", "folder"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox_id: Mapped[int] = mapped_column(ForeignKey("mailboxes.id"))
    folder: Mapped[str] = mapped_column(String(255))
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    last_success_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)


class Receipt(Base):
    """One fetched item of a mailbox, recorded exactly once, with what became of it."""

    __tablename__ = "receipts"
    __table_args__ = (
        UniqueConstraint("mailbox_id", "source_ref"),
        Index("ix_receipts_pending_action", "mailbox_id", "action_done"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox_id: Mapped[int] = mapped_column(ForeignKey("mailboxes.id"))
    source_ref: Mapped[str] = mapped_column(String(512))
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    uid: Mapped[int | None] = mapped_column(BigInteger)
    outcome: Mapped[str] = mapped_column(String(16))  # stored | duplicate | quarantined
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    quarantine_pk: Mapped[int | None] = mapped_column(ForeignKey("quarantine.id"))
    action_done: Mapped[bool] = mapped_column(Boolean, default=False)
    received_at: Mapped[datetime]


class Ticket(Base):
    """A support case: its customer, level, category, status and classification."""

    __tablename__ = "tickets"
    __table_args__ = (
        Index("ix_tickets_status_level", "status", "level"),
        Index("ix_tickets_customer_subject", "customer_address", "subject_key"),
        Index("ix_tickets_customer_created", "customer_address", "created_at"),
        Index("ix_tickets_customer_arrived", "customer_address", "arrived_at"),
        Index("ix_tickets_sla_next_check_at", "sla_next_check_at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject: Mapped[str] = mapped_column(Text)
    # The subject without reply prefixes and tag, case-folded (threading by subject).
    subject_key: Mapped[str] = mapped_column(String(255), default="")
    customer_address: Mapped[str] = mapped_column(String(320), index=True)
    customer_name: Mapped[str | None] = mapped_column(String(320))
    mailbox_id: Mapped[int | None] = mapped_column(ForeignKey("mailboxes.id"))
    status: Mapped[str] = mapped_column(String(16), default="new")
    level: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(64))
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str] = mapped_column(String(8), default="en")
    model_version: Mapped[str] = mapped_column(String(128))
    classification_reason: Mapped[str] = mapped_column(Text, default="")
    corrected_level: Mapped[int | None] = mapped_column(Integer)
    corrected_category: Mapped[str | None] = mapped_column(String(64))
    team: Mapped[str | None] = mapped_column(String(64))
    first_response_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    # SLA state (see mailtriage.sla): the escalation job selects by sla_next_check_at only.
    sla_level_changed_at: Mapped[datetime | None]
    sla_paused_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    sla_paused_since: Mapped[datetime | None]
    sla_warned_first_response: Mapped[bool] = mapped_column(Boolean, default=False)
    sla_warned_resolution: Mapped[bool] = mapped_column(Boolean, default=False)
    sla_breached_first_response: Mapped[bool] = mapped_column(Boolean, default=False)
    sla_breached_resolution: Mapped[bool] = mapped_column(Boolean, default=False)
    sla_last_reminder_at: Mapped[datetime | None]
    sla_first_response_due: Mapped[datetime | None]
    sla_resolution_due: Mapped[datetime | None]
    sla_next_check_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    # When the opening mail arrived (INTERNALDATE, Maildir delivery time, else its Date, never
    # later than when it was stored): the per-sender limit counts by this, not by import time.
    arrived_at: Mapped[datetime | None]
    # Opened over the sender's new_tickets_per_hour: its own ticket, but nobody was answered
    # or notified (conversation/threading_rules.py).
    flood: Mapped[bool] = mapped_column(Boolean, default=False)

    # Loaded only when asked for (queries use selectinload): a reply must not load the
    # whole thread.
    messages: Mapped[list[Message]] = relationship(
        back_populates="ticket", order_by="Message.id", lazy="select"
    )


class Message(Base):
    """One stored mail, incoming or outgoing, with its raw bytes and extracted text."""

    __tablename__ = "messages"
    # A Message-ID is unique only with the content: another mail may reuse it (RFC 5322 3.6.4
    # asks for unique ids; real senders and test suites do not always give them).
    __table_args__ = (
        UniqueConstraint("message_id", "fingerprint", name="uq_messages_message_id_fingerprint"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # NULL for our own mail that belongs to no ticket (alerts to the admin).
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    direction: Mapped[str] = mapped_column(String(8))  # in | out
    message_id: Mapped[str] = mapped_column(String(998), index=True)
    fingerprint: Mapped[str] = mapped_column(String(64))  # parsing.mime.content_fingerprint
    message_id_synthetic: Mapped[bool] = mapped_column(Boolean, default=False)
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    references: Mapped[str | None] = mapped_column(Text)
    from_address: Mapped[str] = mapped_column(String(320))
    from_name: Mapped[str | None] = mapped_column(String(320))
    to_addresses: Mapped[str] = mapped_column(Text, default="")
    cc_addresses: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None]
    text: Mapped[str] = mapped_column(Text, default="")
    html_converted: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str | None] = mapped_column(String(8))
    automatic: Mapped[str | None] = mapped_column(String(64))
    # customer | participant | agent | other (incoming), system (ours); internal: agents' notes.
    role: Mapped[str | None] = mapped_column(String(16))
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    parse_defects: Mapped[str | None] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    raw_sha256: Mapped[str] = mapped_column(String(64))
    raw: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    created_at: Mapped[datetime]

    ticket: Mapped[Ticket] = relationship(back_populates="messages")
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="message", order_by="Attachment.id", lazy="select"
    )


class Attachment(Base):
    """An attachment or inline image, kept as a file under the data directory."""

    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    path: Mapped[str | None] = mapped_column(String(1024))
    inline: Mapped[bool] = mapped_column(Boolean, default=False)
    content_id: Mapped[str | None] = mapped_column(String(998))
    skipped_reason: Mapped[str | None] = mapped_column(Text)

    message: Mapped[Message] = relationship(back_populates="attachments")


class Quarantined(Base):
    """A message no stage could process: raw bytes, the stage and the error."""

    __tablename__ = "quarantine"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox_id: Mapped[int | None] = mapped_column(ForeignKey("mailboxes.id"))
    source_ref: Mapped[str] = mapped_column(String(512))
    stage: Mapped[str] = mapped_column(String(32))
    error: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(BigInteger)
    raw_sha256: Mapped[str] = mapped_column(String(64))
    raw: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    status: Mapped[str] = mapped_column(String(16), default="held")  # held | released
    released_message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    created_at: Mapped[datetime]


class TicketEvent(Base):
    """The audit trail: what happened to a ticket, when, by whom and why."""

    __tablename__ = "ticket_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(32), index=True)  # SLA metrics count by kind
    actor: Mapped[str] = mapped_column(String(320))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class OutboxItem(Base):
    """A mail to send, written in the same transaction as the change that caused it."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(255), unique=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    # The outgoing message stored on the ticket; its raw bytes are what is sent.
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"))
    kind: Mapped[str] = mapped_column(String(32))
    envelope_from: Mapped[str] = mapped_column(String(320))
    recipients: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]


class Participant(Base):
    """An address taking part in a ticket (its customer, people in CC): may use its tag."""

    __tablename__ = "ticket_participants"
    __table_args__ = (UniqueConstraint("ticket_id", "address"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"))
    address: Mapped[str] = mapped_column(String(320), index=True)
    role: Mapped[str] = mapped_column(String(16))  # customer | cc | token
    added_at: Mapped[datetime]


class Undeliverable(Base):
    """An address that bounced (RFC 3464): no more acknowledgements are sent to it."""

    __tablename__ = "undeliverable"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    address: Mapped[str] = mapped_column(String(320), unique=True)
    reason: Mapped[str] = mapped_column(Text)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    at: Mapped[datetime]


class Setting(Base):
    """Installation-wide values kept in the database (e.g. the reply-token secret)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Alert(Base):
    """A problem the admin is told about once (a failing mailbox, an OAuth token refresh):
    since when it exists, when the alert mail was queued, when it was resolved."""

    __tablename__ = "alerts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(255), unique=True)
    detail: Mapped[str] = mapped_column(Text, default="")
    since: Mapped[datetime]
    opened_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]


class MailboxLease(Base):
    """Which daemon works a mailbox now, and until when (see mailtriage.daemon.lease)."""

    __tablename__ = "mailbox_leases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox_id: Mapped[int] = mapped_column(ForeignKey("mailboxes.id"), unique=True)
    holder: Mapped[str] = mapped_column(String(255))  # hostname:pid:random of the process
    acquired_at: Mapped[datetime]
    expires_at: Mapped[datetime]
