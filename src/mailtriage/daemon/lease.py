"""Mailbox leases: which daemon works a mailbox now; another takes over when it stops renewing.

One lease row per mailbox (`mailbox_leases`), held by one process until `expires_at`: the
holder renews it at every cycle and, once a third of it has passed, before each server
step of a sync; waits for mail are capped to a third of it; a clean shutdown releases it.
The lease must outlast the ingest of one batch (the default, at least 2 minutes, does).

Safety does not depend on the lease: the database refuses doubles (receipts per (mailbox,
source_ref), the normalised Message-ID, outbox idempotency keys), so two daemons on one
mailbox still store each message once. The lease prevents wasted work and races on the
server (two daemons flagging, moving or deleting the same messages). Expiry is judged by
each daemon's clock: keep hosts in sync (NTP). On SQLite (one daemon) it is always held.
"""

from __future__ import annotations

import logging
import math
import os
import secrets
import socket
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, delete, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from mailtriage.clock import Clock
from mailtriage.config import MailboxConfig
from mailtriage.sources.base import FetchedItem, FolderStatus, MailSource
from mailtriage.storage.models import MailboxLease

log = logging.getLogger(__name__)
MIN_LEASE = timedelta(minutes=2)
_holders: dict[int, str] = {}


def process_holder() -> str:
    """This process's holder id: hostname:pid:random (random: a reused pid is a new holder)."""
    pid = os.getpid()
    return _holders.setdefault(pid, f"{socket.gethostname()}:{pid}:{secrets.token_hex(4)}")


def lease_length(config: MailboxConfig) -> timedelta:
    """The configured `lease`, else max(2 minutes, 3 poll intervals)."""
    configured: timedelta | None = config.lease  # [[mailbox]] lease
    return configured or max(MIN_LEASE, 3 * config.poll_interval)


@dataclass(frozen=True)
class Lease:
    """A lease row as read: who holds the mailbox and until when."""

    holder: str
    expires_at: datetime


@dataclass(frozen=True)
class Decision:
    """Whether `me` may take the lease now, and why (free, renew, expired or held)."""

    take: bool
    reason: str


def decide(current: Lease | None, me: str, now: datetime) -> Decision:
    """A free, own or run-out lease may be taken; one another holder renewed in time may not."""
    if current is None:
        return Decision(True, "free")
    if current.holder == me:
        return Decision(True, "renew")
    if current.expires_at <= now:
        return Decision(True, "expired")
    return Decision(False, "held")


@dataclass(frozen=True)
class Attempt:
    """The result of trying to take or renew a lease: held by me or not, and by whom."""

    held: bool
    reason: str
    holder: str


def acquire(
    sessions: sessionmaker[Session], box_id: int, me: str, now: datetime, length: timedelta
) -> Attempt:
    """Take or renew the lease when `decide` allows; the write re-checks it atomically."""
    current = load(sessions, box_id)
    decision = decide(current, me, now)
    if not decision.take:
        assert current is not None  # only a held lease is refused
        return Attempt(False, decision.reason, current.holder)
    if _write(sessions, box_id, me, now, length, decision.reason):
        return Attempt(True, decision.reason, me)
    winner = load(sessions, box_id)  # another daemon took it between our read and write
    return Attempt(False, "held", winner.holder if winner else "another daemon")


def load(sessions: sessionmaker[Session], box_id: int) -> Lease | None:
    """The mailbox's lease row, if any."""
    query = select(MailboxLease.holder, MailboxLease.expires_at).where(
        MailboxLease.mailbox_id == box_id
    )
    with sessions() as session:
        row = session.execute(query).first()
    return Lease(row.holder, row.expires_at) if row else None


def _write(
    sessions: sessionmaker[Session],
    box_id: int,
    me: str,
    now: datetime,
    length: timedelta,
    reason: str,
) -> bool:
    """INSERT a free lease (the unique mailbox_id refuses a second), or UPDATE it only if it
    is still mine or still run out: one statement, so two daemons cannot both succeed."""
    try:
        with sessions.begin() as session:
            if reason == "free":
                session.add(
                    MailboxLease(
                        mailbox_id=box_id, holder=me, acquired_at=now, expires_at=now + length
                    )
                )
                session.flush()
                return True
            values: dict[str, object] = {"expires_at": now + length}
            if reason != "renew":
                values |= {"holder": me, "acquired_at": now}
            statement = (
                update(MailboxLease)
                .where(
                    MailboxLease.mailbox_id == box_id,
                    or_(MailboxLease.holder == me, MailboxLease.expires_at <= now),
                )
                .values(**values)
                .execution_options(synchronize_session=False)
            )
            result = cast("CursorResult[Any]", session.execute(statement))
            return result.rowcount == 1
    except IntegrityError:
        return False


def release(sessions: sessionmaker[Session], box_id: int, me: str) -> None:
    """Give the mailbox up at once (a clean shutdown): the next daemon need not wait."""
    with sessions.begin() as session:
        session.execute(
            delete(MailboxLease).where(MailboxLease.mailbox_id == box_id, MailboxLease.holder == me)
        )


class LeaseLost(Exception):
    """Another daemon took the mailbox over while this one was working it."""


class LeaseKeeper:
    """This process's hold on one mailbox: taken, renewed when due, released; logs changes once."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock,
        box_id: int,
        config: MailboxConfig,
        *,
        trivial: bool = False,
        holder: str | None = None,
    ) -> None:
        self.sessions, self.clock, self.box_id, self.name = sessions, clock, box_id, config.name
        self.length, self.trivial = lease_length(config), trivial
        self.me = holder or process_holder()
        self.held = trivial
        self.renewed_at: datetime | None = None
        self.reported_holder: str | None = None

    @property
    def wait_limit(self) -> float:
        """Longest wait for mail (seconds): a third of the lease, so renewals come in time."""
        return math.inf if self.trivial else self.length.total_seconds() / 3

    @property
    def retry_delay(self) -> float:
        """Seconds until a daemon that does not hold the mailbox tries again."""
        return self.length.total_seconds() / 4

    def hold(self) -> bool:
        """Take or renew the lease now; True when this process holds the mailbox."""
        if self.trivial:
            return True
        now = self.clock.now()
        attempt = acquire(self.sessions, self.box_id, self.me, now, self.length)
        self._report(attempt)
        self.held = attempt.held
        self.renewed_at = now if attempt.held else None
        return attempt.held

    def renew_if_due(self) -> None:
        """Renew when a third of the lease has passed; LeaseLost if another daemon has it.

        Only a holder renews: a pass that never took the lease (`run --once`) does not."""
        if self.trivial or not self.held or not self._due():
            return
        if not self.hold():
            raise LeaseLost(f"held by {self.reported_holder}")

    def release(self) -> None:
        """Give the mailbox up if held (a clean shutdown); a failure only delays a takeover."""
        if self.trivial or not self.held:
            return
        self.held = False
        try:
            release(self.sessions, self.box_id, self.me)
        except Exception:
            log.warning("mailbox %s: lease not released; it runs out by itself", self.name)

    def _due(self) -> bool:
        if self.renewed_at is None:
            return True
        return self.clock.now() - self.renewed_at >= self.length / 3

    def _report(self, attempt: Attempt) -> None:
        if attempt.held and not self.held:
            log.info(
                "mailbox %s: held by this daemon (%s; lease %s, %ds)",
                self.name,
                self.me,
                attempt.reason,
                self.length.total_seconds(),
            )
            self.reported_holder = None
        elif not attempt.held and attempt.holder != self.reported_holder:
            log.info("mailbox %s is held by %s", self.name, attempt.holder)
            self.reported_holder = attempt.holder


class LeasedSource:
    """A MailSource that renews its mailbox's lease (when due) before every server step."""

    def __init__(self, inner: MailSource, lease: LeaseKeeper) -> None:
        self.inner, self.lease = inner, lease
        self.name = inner.name

    @property
    def supports_idle(self) -> bool:
        return self.inner.supports_idle

    def open(self) -> FolderStatus:
        self.lease.renew_if_due()
        return self.inner.open()

    def ref_prefix(self) -> str:
        return self.inner.ref_prefix()

    def candidates(self, last_uid: int | None, first_sync: bool) -> list[str]:
        return self.inner.candidates(last_uid, first_sync)

    def fetch(self, refs: Sequence[str]) -> Iterator[FetchedItem]:
        self.lease.renew_if_due()
        yield from self.inner.fetch(refs)

    def after_import(self, refs: Iterable[str]) -> None:
        self.lease.renew_if_due()  # lost: the new holder finishes these server actions
        self.inner.after_import(refs)

    def wait_for_mail(self, timeout: float, stop: threading.Event) -> None:
        self.inner.wait_for_mail(timeout, stop)

    def close(self) -> None:
        self.inner.close()
