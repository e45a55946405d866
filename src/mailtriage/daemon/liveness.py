"""Liveness of the mailbox loops: each completed server step is a heartbeat with a deadline."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence

from mailtriage.config import MailboxConfig
from mailtriage.daemon.worker import MailboxWorker
from mailtriage.sources.base import FetchedItem, FolderStatus, MailSource

# How late a scheduled cycle may start before its mailbox counts as stalled.
SCHEDULER_SLACK = 60.0
# Fixed part of the time one server step (plus the ingest of its batch) may take.
STEP_GRACE = 120.0


def step_budget(config: MailboxConfig) -> float:
    """Seconds one server step of this mailbox, with the ingest of its batch, may take."""
    return STEP_GRACE + 4 * config.timeout.total_seconds() + config.batch_size


class Heartbeat:
    """One mailbox loop's sign of life: the moment by which it must report progress again."""

    def __init__(self, name: str, step: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.name, self.step, self.clock = name, step, clock
        self.started = False  # the first connection attempt has ended (either way)
        self.expect_by = clock() + step + SCHEDULER_SLACK

    def expect(self, seconds: float) -> None:
        """Progress was made; the next is due within `seconds`."""
        self.expect_by = self.clock() + seconds

    def beat(self) -> None:
        """A server step ended; the next one is due within the step budget."""
        self.expect(self.step)

    def overdue(self) -> bool:
        """True when the loop has shown no progress by its deadline (stuck or dead)."""
        return self.clock() > self.expect_by


class WatchedSource:
    """A MailSource that reports every completed server step to a Heartbeat."""

    def __init__(self, inner: MailSource, heartbeat: Heartbeat) -> None:
        self.inner, self.heartbeat = inner, heartbeat
        self.name = inner.name

    @property
    def supports_idle(self) -> bool:
        return self.inner.supports_idle

    def open(self) -> FolderStatus:
        status = self.inner.open()
        self.heartbeat.started = True
        self.heartbeat.beat()
        return status

    def ref_prefix(self) -> str:
        return self.inner.ref_prefix()

    def candidates(self, last_uid: int | None, first_sync: bool) -> list[str]:
        refs = self.inner.candidates(last_uid, first_sync)
        self.heartbeat.beat()
        return refs

    def fetch(self, refs: Sequence[str]) -> Iterator[FetchedItem]:
        for item in self.inner.fetch(refs):
            self.heartbeat.beat()
            yield item

    def after_import(self, refs: Iterable[str]) -> None:
        self.inner.after_import(refs)
        self.heartbeat.beat()

    def wait_for_mail(self, timeout: float, stop: threading.Event) -> None:
        self.heartbeat.expect(timeout + self.heartbeat.step)  # IDLE may rightly last minutes
        self.inner.wait_for_mail(timeout, stop)
        self.heartbeat.beat()

    def close(self) -> None:
        self.inner.close()


def worker_deadline(worker: MailboxWorker, delay: float) -> float:
    """Seconds within which a cycle scheduled `delay` seconds from now must show progress."""
    return delay + SCHEDULER_SLACK + step_budget(worker.config)
