"""Synchronise one mailbox folder: checkpoint, UIDVALIDITY, new messages, server actions."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future
from dataclasses import dataclass

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from mailtriage.config.schema import MailboxConfig
from mailtriage.ingest.context import Services
from mailtriage.ingest.parallel import ParseResult, ParseWorker
from mailtriage.ingest.pipeline import Checkpoint, Outcome, ingest_prepared, prepare
from mailtriage.sources.base import FetchedItem, FolderStatus, MailSource
from mailtriage.storage.db import make_durable
from mailtriage.storage.models import FolderState, Mailbox, Receipt
from mailtriage.storage.rows import insert_row

log = logging.getLogger(__name__)


@dataclass
class SyncReport:
    """Counts of one synchronisation pass."""

    fetched: int = 0
    stored: int = 0
    duplicates: int = 0
    quarantined: int = 0
    new_tickets: int = 0

    def add(self, outcome: Outcome) -> None:
        """Count one item's outcome."""
        self.fetched += 1
        if outcome.kind == "stored":
            self.stored += 1
            self.new_tickets += outcome.new_ticket
        elif outcome.kind == "duplicate":
            self.duplicates += 1
        elif outcome.kind == "quarantined":
            self.quarantined += 1


@dataclass
class _Fetched:
    """A fetched batch, the parse worker's pending results for it, or the fetch's error."""

    items: list[FetchedItem]
    future: Future[list[ParseResult]] | None
    error: Exception | None = None


def mailbox_id(sessions: sessionmaker[Session], name: str, kind: str) -> int:
    """The id of the named mailbox, created on first use (by whichever daemon comes first:
    the unique name decides, the other reads the row)."""
    query = select(Mailbox.id).where(Mailbox.name == name)
    try:
        with sessions.begin() as session:
            found = session.scalar(query)
            if found is None:
                found = insert_row(session, Mailbox, {"name": name, "kind": kind})
            return found
    except IntegrityError:
        with sessions() as session:
            return session.scalars(query).one()


class FolderSync:
    """Brings one source's folder into the database, exactly once per message.

    With a parse worker (`[ingest] parse_worker`, see ingest/parallel.py) every batch is
    parsed in that second process, the next one while this one stores the current one.
    """

    def __init__(
        self,
        source: MailSource,
        sessions: sessionmaker[Session],
        engine: Engine,
        services: Services,
        box_id: int,
        mailbox: MailboxConfig,
        parser: ParseWorker | None = None,
    ) -> None:
        self.source, self.sessions, self.engine = source, sessions, engine
        self.parser = parser
        self.services, self.box_id, self.mailbox = services, box_id, mailbox
        self.folder, self.batch_size = mailbox.folder, mailbox.batch_size

    def run(self, stop: threading.Event) -> SyncReport:
        """One pass: finish pending server actions, then import every new message."""
        status = self.source.open()
        state = self._state(status)
        report = SyncReport()
        self._finish_pending_actions()
        first_sync = status.uidvalidity is None or state.uidvalidity is None
        refs = self._unseen(self.source.candidates(state.last_uid, first_sync))
        checkpoint = Checkpoint(self.folder) if status.uidvalidity else None
        batches = [refs[i : i + self.batch_size] for i in range(0, len(refs), self.batch_size)]
        # With the parse worker, the next batch is fetched and parsed there while this one
        # is stored.
        ahead: _Fetched | None = None
        for k, batch in enumerate(batches):
            if stop.is_set():
                break
            current = ahead or self._fetch(batch)
            ahead = self._fetch(batches[k + 1]) if self.parser and k + 1 < len(batches) else None
            self._import(current, checkpoint, report, stop)
        if first_sync and status.uidvalidity is not None and not stop.is_set():
            self._finish_first_sync(status)
        return report

    def _fetch(self, batch: list[str]) -> _Fetched:
        """Fetch a batch and start parsing it in the worker, if any; a failed fetch is
        raised only when the batch is due, after the ones before it are stored."""
        try:
            items = list(self.source.fetch(batch))
        except Exception as exc:
            return _Fetched([], None, exc)
        future = self.parser.submit([item.raw for item in items]) if self.parser else None
        return _Fetched(items, future)

    def _import(
        self,
        fetched: _Fetched,
        checkpoint: Checkpoint | None,
        report: SyncReport,
        stop: threading.Event,
    ) -> None:
        """Store a fetched batch, message by message; then the server actions for it."""
        if fetched.error is not None:
            raise fetched.error
        parsed = self.parser.results(fetched.future) if self.parser else None
        done = []
        for ctx in prepare(self.services, self.box_id, fetched.items, self.mailbox.name, parsed):
            report.add(ingest_prepared(self.sessions, ctx, checkpoint))
            done.append(ctx.item.source_ref)
            if stop.is_set():
                break
        self._after_import(done)

    def _state(self, status: FolderStatus) -> FolderState:
        with self.sessions.begin() as session:
            state = self._load_state(session)
            if state is None:
                state = FolderState(
                    mailbox_id=self.box_id,
                    folder=self.folder,
                    uidvalidity=None,
                    last_uid=0,
                    consecutive_failures=0,
                )
                session.add(state)
            elif state.uidvalidity is not None and state.uidvalidity != status.uidvalidity:
                log.warning(
                    "mailbox %s folder %s: UIDVALIDITY changed from %s to %s; re-scanning the "
                    "folder, already stored mail is recognised by Message-ID",
                    self.source.name,
                    self.folder,
                    state.uidvalidity,
                    status.uidvalidity,
                )
                state.uidvalidity, state.last_uid = None, 0
            session.flush()
            session.expunge(state)
            return state

    def _load_state(self, session: Session) -> FolderState | None:
        query = select(FolderState).where(
            FolderState.mailbox_id == self.box_id, FolderState.folder == self.folder
        )
        return session.scalars(query).first()

    def _unseen(self, refs: list[str]) -> list[str]:
        seen: set[str] = set()
        with self.sessions() as session:
            for start in range(0, len(refs), 500):
                chunk = refs[start : start + 500]
                seen.update(
                    session.scalars(
                        select(Receipt.source_ref).where(
                            Receipt.mailbox_id == self.box_id, Receipt.source_ref.in_(chunk)
                        )
                    )
                )
        return [r for r in refs if r not in seen]

    def _finish_pending_actions(self) -> None:
        prefix = self.source.ref_prefix()
        with self.sessions() as session:
            refs = list(
                session.scalars(
                    select(Receipt.source_ref).where(
                        Receipt.mailbox_id == self.box_id,
                        Receipt.action_done.is_(False),
                        Receipt.source_ref.startswith(prefix),
                    )
                )
            )
        if refs:
            log.info(
                "mailbox %s: completing %d post-import server actions left by an interruption",
                self.source.name,
                len(refs),
            )
            self._after_import(refs)

    def _after_import(self, refs: list[str]) -> None:
        """Only after the commits are durable is the message flagged, moved or deleted."""
        if not refs:
            return
        make_durable(self.engine)
        for start in range(0, len(refs), 500):
            chunk = refs[start : start + 500]
            self.source.after_import(chunk)
            with self.sessions.begin() as session:
                session.execute(
                    update(Receipt)
                    .where(Receipt.mailbox_id == self.box_id, Receipt.source_ref.in_(chunk))
                    .values(action_done=True)
                )

    def _finish_first_sync(self, status: FolderStatus) -> None:
        with self.sessions.begin() as session:
            state = self._load_state(session)
            assert state is not None  # created by _state() at the start of the pass
            floor = (status.next_uid or 1) - 1
            state.uidvalidity = status.uidvalidity
            state.last_uid = max(state.last_uid or 0, floor)
