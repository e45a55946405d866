"""Run one fetched message through the stages in one transaction; quarantine what fails."""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.exc import (
    DisconnectionError,
    IntegrityError,
    InterfaceError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker

from mailtriage.errors import PoisonMessage, TransientError
from mailtriage.ingest.context import IngestContext, Services, Stage
from mailtriage.ingest.parallel import ParseResult
from mailtriage.ingest.stages import (
    apply,
    bounce,
    classify,
    dedupe,
    detect,
    notify,
    parse,
    size,
    steer,
    thread,
)
from mailtriage.ingest.statements import ADVANCE_CHECKPOINT, RECEIPT_OF_REF
from mailtriage.sources.base import FetchedItem
from mailtriage.storage.models import Quarantined, Receipt
from mailtriage.storage.rows import insert_row, insert_rows

log = logging.getLogger(__name__)

# Pure stages: functions of the raw bytes, run per fetched batch before any transaction.
PURE_STAGES: tuple[tuple[str, Stage], ...] = (
    ("size", size.run),
    ("parse", parse.run),
    ("detect", detect.run),
)
# Database stages: run in the message's one transaction. `classify` only works here when the
# batch classification did not run (a quarantine retry); it skips replies.
DB_STAGES: tuple[tuple[str, Stage], ...] = (
    ("dedupe", dedupe.run),
    ("thread", thread.run),
    ("classify", classify.run),
    ("apply", apply.run),
    ("steer", steer.run),
    ("bounce", bounce.run),
    ("notify", notify.run),
)
_RETRIES_ON_CONFLICT = 3
# Errors of the connection or server, not of the message: retried later, never quarantined.
UNAVAILABLE = (OperationalError, InterfaceError, DisconnectionError)


@dataclass(frozen=True)
class Outcome:
    """What became of a fetched item."""

    kind: str  # stored | duplicate | quarantined | seen
    ticket_id: int | None = None
    detail: str = ""
    new_ticket: bool = False
    level: int | None = None
    category: str | None = None
    confidence: float | None = None


@dataclass(frozen=True)
class Checkpoint:
    """The folder whose checkpoint advances with the item (IMAP only)."""

    folder: str


def ingest(
    sessions: sessionmaker[Session],
    services: Services,
    mailbox_id: int,
    item: FetchedItem,
    checkpoint: Checkpoint | None = None,
) -> Outcome:
    """Store one fetched item exactly once (see `ingest_prepared`)."""
    (ctx,) = prepare(services, mailbox_id, [item])
    return ingest_prepared(sessions, ctx, checkpoint)


def prepare(
    services: Services,
    mailbox_id: int | None,
    items: Sequence[FetchedItem],
    mailbox: str = "",
    parsed: Sequence[ParseResult] | None = None,
) -> list[IngestContext]:
    """Run the pure stages over a fetched batch (with the parse worker's results, if it
    parsed the batch), then classify it in one call."""
    results = parsed if parsed is not None and len(parsed) == len(items) else [None] * len(items)
    ctxs = [
        IngestContext(
            services=services, mailbox_id=mailbox_id, item=item, mailbox=mailbox, preparsed=result
        )
        for item, result in zip(items, results, strict=True)
    ]
    for ctx in ctxs:
        try:
            _run(ctx, PURE_STAGES)
        except PoisonMessage as exc:
            ctx.failure = exc
    classify.run_batch(ctxs)
    return ctxs


def ingest_prepared(
    sessions: sessionmaker[Session], ctx: IngestContext, checkpoint: Checkpoint | None = None
) -> Outcome:
    """Store a prepared item exactly once: on a ticket, as a duplicate, or quarantined.

    An unreachable database is transient (TransientError: the item is fetched again later).
    Anything wrong with the message itself, including data the database refuses, is not:
    the item is quarantined with its raw bytes and the next one goes on.
    """
    started = time.perf_counter()
    services, mailbox_id, item = ctx.services, ctx.mailbox_id, ctx.item
    assert mailbox_id is not None, "fetched items belong to a mailbox"
    outcome: Outcome | None = None
    if ctx.failure is not None:
        outcome = quarantine(
            sessions, services, mailbox_id, item, ctx.failure.stage, ctx.failure.reason, checkpoint
        )
    for attempt in range(_RETRIES_ON_CONFLICT):
        if outcome is not None:
            break
        try:
            outcome = _transaction(sessions, ctx, checkpoint, check_receipt=attempt > 0)
        except IntegrityError as exc:
            # A concurrent writer stored the same Message-ID or receipt first: run again and
            # the dedupe stage (or the receipt check) sees it.
            if attempt == _RETRIES_ON_CONFLICT - 1:
                outcome = _quarantine_refused(sessions, services, mailbox_id, item, exc, checkpoint)
        except PoisonMessage as exc:
            outcome = quarantine(
                sessions, services, mailbox_id, item, exc.stage, exc.reason, checkpoint
            )
        except UNAVAILABLE as exc:
            raise TransientError(f"database unavailable: {exc}") from exc
        except SQLAlchemyError as exc:
            outcome = _quarantine_refused(sessions, services, mailbox_id, item, exc, checkpoint)
    assert outcome is not None
    _log(ctx, outcome, time.perf_counter() - started)
    return outcome


def _quarantine_refused(
    sessions: sessionmaker[Session],
    services: Services,
    mailbox_id: int,
    item: FetchedItem,
    exc: SQLAlchemyError,
    checkpoint: Checkpoint | None,
) -> Outcome:
    """The database refused this message's data (not the connection): poison, not an
    outage, or the mailbox would retry it forever."""
    reason = f"{type(exc).__name__}: {exc}".split("\n[SQL:")[0]
    return quarantine(sessions, services, mailbox_id, item, "store", reason, checkpoint)


def _transaction(
    sessions: sessionmaker[Session],
    prepared: IngestContext,
    checkpoint: Checkpoint | None,
    check_receipt: bool,
) -> Outcome:
    # The sync step skips refs that have receipts; a concurrent daemon that stored this ref
    # meanwhile makes the receipt insert fail, and the retry checks before doing any work.
    with sessions.begin() as session:
        mailbox_id, item = prepared.mailbox_id, prepared.item
        assert mailbox_id is not None
        if check_receipt and _already_received(session, mailbox_id, item.source_ref):
            return Outcome("seen", detail="already processed")
        ctx = prepared.for_transaction(session)
        _run(ctx, DB_STAGES)
        outcome = outcome_of(ctx)
        _record(
            session,
            ctx.services,
            mailbox_id,
            item,
            outcome,
            checkpoint,
            message_pk=message_pk_of(ctx),
        )
        return outcome


def run_stages(
    session: Session, services: Services, mailbox_id: int | None, item: FetchedItem
) -> IngestContext:
    """Every stage for one item in the caller's transaction; a failure raises PoisonMessage."""
    ctx = IngestContext(services=services, mailbox_id=mailbox_id, item=item, session=session)
    _run(ctx, PURE_STAGES)
    _run(ctx, DB_STAGES)
    return ctx


def _run(ctx: IngestContext, stages: Sequence[tuple[str, Stage]]) -> None:
    for name, stage in stages:
        try:
            stage(ctx)
        except (PoisonMessage, SQLAlchemyError):
            raise
        except Exception as exc:  # a bug or an unforeseen input: quarantine, never block
            raise PoisonMessage(name, f"{type(exc).__name__}: {exc}") from exc
        if ctx.finished:
            break


def outcome_of(ctx: IngestContext) -> Outcome:
    if ctx.duplicate_of is not None:
        return Outcome(
            "duplicate",
            ctx.duplicate_of.ticket_id,
            f"Message-ID {ctx.duplicate_of.message_id} already stored",
        )
    ticket = ctx.ticket
    if ticket is None:
        return Outcome("stored", None, ctx.thread.reason if ctx.thread else "", ctx.new_ticket)
    return Outcome(
        "stored",
        ticket.id,
        ctx.thread.reason if ctx.thread else "",
        ctx.new_ticket,
        ticket.level,
        ticket.category,
        ticket.confidence,
    )


def message_pk_of(ctx: IngestContext) -> int | None:
    """The id of the stored message the item became (or duplicates)."""
    return ctx.duplicate_of.id if ctx.duplicate_of is not None else ctx.message_pk


def quarantine(
    sessions: sessionmaker[Session],
    services: Services,
    mailbox_id: int | None,
    item: FetchedItem,
    stage: str,
    reason: str,
    checkpoint: Checkpoint | None = None,
) -> Outcome:
    """Keep the raw bytes with the failing stage and reason, in a transaction of its own."""
    with sessions.begin() as session:
        if mailbox_id is not None and _already_received(session, mailbox_id, item.source_ref):
            return Outcome("seen", detail="already processed")
        quarantine_pk = insert_row(
            session,
            Quarantined,
            {
                "mailbox_id": mailbox_id,
                "source_ref": item.source_ref,
                "stage": stage,
                "error": reason.replace("\x00", "")[:4000],
                "size": len(item.raw),
                "raw_sha256": hashlib.sha256(item.raw).hexdigest(),
                "raw": item.raw,
                "status": "held",
                "created_at": services.clock.now(),
            },
        )
        outcome = Outcome("quarantined", detail=f"{stage}: {reason}")
        if mailbox_id is not None:
            _record(
                session,
                services,
                mailbox_id,
                item,
                outcome,
                checkpoint,
                quarantine_pk=quarantine_pk,
            )
        return outcome


def _already_received(session: Session, mailbox_id: int, source_ref: str) -> bool:
    values = {"mailbox_id": mailbox_id, "source_ref": source_ref}
    return session.connection().scalar(RECEIPT_OF_REF, values) is not None


def _record(
    session: Session,
    services: Services,
    mailbox_id: int,
    item: FetchedItem,
    outcome: Outcome,
    checkpoint: Checkpoint | None,
    *,
    message_pk: int | None = None,
    quarantine_pk: int | None = None,
) -> None:
    insert_rows(
        session,
        Receipt,
        [
            {
                "mailbox_id": mailbox_id,
                "source_ref": item.source_ref,
                "uidvalidity": item.uidvalidity,
                "uid": item.uid,
                "outcome": outcome.kind,
                "message_pk": message_pk,
                "quarantine_pk": quarantine_pk,
                "action_done": False,
                "received_at": services.clock.now(),
            }
        ],
    )
    if checkpoint is not None and item.uid is not None:
        # One statement, no read: last_uid = max(last_uid, uid).
        values = {"state_mailbox": mailbox_id, "state_folder": checkpoint.folder}
        session.connection().execute(ADVANCE_CHECKPOINT, values | {"state_uid": item.uid})


def _log(ctx: IngestContext, outcome: Outcome, seconds: float) -> None:
    """One line per message: where it came from, what it became, how long it took. Never
    the body or a header value beyond the thread reason."""
    level = logging.WARNING if outcome.kind == "quarantined" else logging.INFO
    if not log.isEnabledFor(level):
        return
    fields = {
        "mailbox": ctx.mailbox or ctx.mailbox_id,
        "ref": ctx.item.source_ref,
        "uid": ctx.item.uid,
        "outcome": outcome.kind,
        "ticket": outcome.ticket_id,
        "new_ticket": outcome.new_ticket,
        "support_level": outcome.level,
        "category": outcome.category,
        "confidence": None if outcome.confidence is None else round(outcome.confidence, 3),
        "ms": round(seconds * 1000, 1),
    }
    text = " ".join(f"{k}={v}" for k, v in fields.items() if v is not None and k != "ref")
    log.log(
        level,
        "ingested %s: %s (%s)",
        ctx.item.source_ref,
        text,
        outcome.detail,
        extra={"fields": fields},
    )
