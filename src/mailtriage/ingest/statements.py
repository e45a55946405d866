"""The ingest hot path's SQL, built once and run with bound values.

Building a SQLAlchemy statement (its clauses, their coercion and cache key) cost about three
times as much as running it on SQLite; each statement here is built at import and only its
values change per message. Executed on the transaction's connection, without the ORM.
"""

from __future__ import annotations

from sqlalchemy import bindparam, func, select, update

from mailtriage.conversation.threading_rules import FINISHED
from mailtriage.storage.models import (
    FolderState,
    Message,
    OutboxItem,
    Participant,
    Receipt,
    Ticket,
    Undeliverable,
)

# dedupe: the stored message with this normalised Message-ID.
MESSAGE_BY_MESSAGE_ID = select(Message.id, Message.ticket_id).where(
    Message.message_id == bindparam("message_id"),
    Message.fingerprint == bindparam("fingerprint"),
)
# thread: the threading rules' questions (see conversation/threading_rules.py).
# Newest first: read into a dict, a Message-ID that two mails reuse maps to the first one's.
TICKETS_OF_MESSAGE_IDS = (
    select(Message.message_id, Message.ticket_id)
    .where(Message.message_id.in_(bindparam("message_ids", expanding=True)))
    .order_by(Message.id.desc())
)
TICKET_FACTS = select(Ticket.customer_address, Ticket.status, Ticket.resolved_at).where(
    Ticket.id == bindparam("ticket_id")
)
PARTICIPANTS_OF_TICKET = select(Participant.address).where(
    Participant.ticket_id == bindparam("ticket_id")
)
OPEN_TICKET_WITH_SUBJECT = (
    select(Ticket.id)
    .where(Ticket.customer_address == bindparam("sender"), Ticket.subject_key == bindparam("key"))
    .where(Ticket.status.not_in(FINISHED), Ticket.updated_at >= bindparam("since"))
    .order_by(Ticket.id.desc())
    .limit(1)
)
NEW_TICKETS_BETWEEN = select(func.count()).where(
    Ticket.customer_address == bindparam("sender"),
    Ticket.arrived_at >= bindparam("since"),
    Ticket.arrived_at <= bindparam("until"),
)
# apply: who is already on the ticket.
PARTICIPANT_ID = select(Participant.id).where(
    Participant.ticket_id == bindparam("ticket_id"), Participant.address == bindparam("address")
)
PARTICIPANTS_AMONG = select(Participant.address).where(
    Participant.ticket_id == bindparam("ticket_id"),
    Participant.address.in_(bindparam("addresses", expanding=True)),
)
# notify: a recent bounce of the address, the answers it got in the last hour.
RECENT_BOUNCE = select(Undeliverable.reason).where(
    Undeliverable.address == bindparam("address"), Undeliverable.at >= bindparam("since")
)
ANSWERS_SINCE = (
    select(func.count())
    .select_from(Ticket)
    .join(OutboxItem, OutboxItem.ticket_id == Ticket.id)
    .where(Ticket.customer_address == bindparam("address"), Ticket.created_at >= bindparam("since"))
    .where(OutboxItem.kind.in_(bindparam("kinds", expanding=True)))
)
# pipeline: the receipt, and the checkpoint (one statement: last_uid = max(last_uid, uid)).
RECEIPT_OF_REF = select(Receipt.id).where(
    Receipt.mailbox_id == bindparam("mailbox_id"), Receipt.source_ref == bindparam("source_ref")
)
ADVANCE_CHECKPOINT = (
    update(FolderState)
    .where(
        FolderState.mailbox_id == bindparam("state_mailbox"),
        FolderState.folder == bindparam("state_folder"),
    )
    .where(FolderState.last_uid < bindparam("state_uid"))
    .values(last_uid=bindparam("state_uid"))
)
