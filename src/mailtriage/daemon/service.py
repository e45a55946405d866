"""Run mailtriage: once (cron, benchmarks) or as a systemd daemon driven by APScheduler."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler

from mailtriage.daemon.app import App
from mailtriage.daemon.liveness import Heartbeat, WatchedSource, step_budget, worker_deadline
from mailtriage.daemon.sync import SyncReport
from mailtriage.daemon.worker import MailboxWorker
from mailtriage.outbox.deliver import DeliveryReport, deliver_due

log = logging.getLogger(__name__)
OUTBOX_JOB = "outbox"
# How late a scheduled cycle may start before its mailbox counts as stalled.
SCHEDULER_SLACK = 60.0
# Fixed part of the time one server step (plus the ingest of its batch) may take.
STEP_GRACE = 120.0


@dataclass
class RunReport:
    """What one `run --once` did."""

    mailboxes: dict[str, SyncReport] = field(default_factory=dict)
    failed_mailboxes: list[str] = field(default_factory=list)
    delivery: DeliveryReport = field(default_factory=DeliveryReport)


def run_once(app: App, stop: threading.Event | None = None, deliver: bool = True) -> RunReport:
    """One pass over every mailbox, then one over the outbox (unless `deliver` is False)."""
    stop = stop or threading.Event()
    report = RunReport()
    for config in app.config.mailbox:
        worker = MailboxWorker(app, config)
        try:
            ok = worker.sync_once(stop)
        finally:
            worker.close()
        report.mailboxes[config.name] = worker.last_report
        if not ok:
            report.failed_mailboxes.append(config.name)
    if deliver and not stop.is_set():
        report.delivery = deliver_outbox(app, stop)
    return report


def deliver_outbox(app: App, stop: threading.Event | None = None) -> DeliveryReport:
    """Send everything due now, in batches, until nothing due is left, a batch fails or stop."""
    total = DeliveryReport()
    while True:
        batch = deliver_due(app.sessions, app.sender, app.services.clock, app.config.smtp)
        total.add(batch)
        if batch.sent == 0 or batch.retried or batch.failed or (stop and stop.is_set()):
            return total


class Service:
    """The mailbox loops and the outbox sender: a job per mailbox plus one for the outbox."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.stop = threading.Event()
        # Jobs reschedule themselves; shutdown must not race them (APScheduler's shutdown
        # holds its job-store lock while it waits for running jobs).
        self._scheduling = threading.Lock()
        self.workers = [MailboxWorker(app, m) for m in app.config.mailbox]
        self.heartbeats: dict[str, Heartbeat] = {}
        for worker in self.workers:
            heartbeat = Heartbeat(worker.config.name, step_budget(worker.config))
            worker.source = WatchedSource(worker.source, heartbeat)
            self.heartbeats[worker.config.name] = heartbeat
        self.scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(max_workers=len(self.workers) + 2)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
            timezone="UTC",
        )

    def start(self) -> None:
        """Schedule every mailbox at once and the outbox at its interval."""
        for worker in self.workers:
            self.heartbeats[worker.config.name].expect(worker_deadline(worker, 0.0))
            self._schedule(worker, 0.0)
        interval = self.app.config.smtp.send_interval.total_seconds()
        self.scheduler.add_job(
            self._outbox,
            "interval",
            seconds=interval,
            id=OUTBOX_JOB,
            next_run_time=datetime.now().astimezone(),
        )
        self.scheduler.start()
        log.info(
            "mailtriage running: %d mailbox(es), database %s",
            len(self.workers),
            self.app.engine.url.render_as_string(hide_password=True),
        )

    @property
    def started(self) -> bool:
        """True once every mailbox's first connection attempt has ended, well or failed."""
        return all(h.started for h in self.heartbeats.values())

    def stalled(self) -> list[str]:
        """The mailboxes whose loop has made no progress by its deadline."""
        return [name for name, h in self.heartbeats.items() if h.overdue()]

    def failing(self) -> list[str]:
        """The mailboxes whose last attempt failed."""
        return [w.config.name for w in self.workers if w.failures]

    def _schedule(self, worker: MailboxWorker, delay: float) -> None:
        run_at = datetime.now().astimezone() + timedelta(seconds=delay)
        with self._scheduling:
            if self.stop.is_set():
                return
            self.scheduler.add_job(
                self._cycle,
                "date",
                run_date=run_at,
                args=[worker],
                id=f"mailbox:{worker.config.name}",
                replace_existing=True,
            )

    def _cycle(self, worker: MailboxWorker) -> None:
        heartbeat = self.heartbeats[worker.config.name]
        heartbeat.beat()
        delay = worker.cycle(self.stop)
        heartbeat.started = True
        if worker.last_report.stored or worker.last_report.quarantined:
            self.wake_outbox()
        self._schedule(worker, delay)
        heartbeat.expect(worker_deadline(worker, delay))

    def _outbox(self) -> None:
        if not self.stop.is_set():
            try:
                deliver_outbox(self.app, self.stop)
            except Exception:
                log.exception("outbox delivery failed; retrying at the next interval")

    def wake_outbox(self) -> None:
        """Run the outbox job now (new acknowledgements were queued)."""
        with self._scheduling:
            if self.stop.is_set():
                return
            try:
                self.scheduler.modify_job(OUTBOX_JOB, next_run_time=datetime.now().astimezone())
            except Exception:
                log.debug("outbox job not scheduled yet", exc_info=True)

    def close(self) -> None:
        """Finish the message in hand, stop every job, disconnect, release the database."""
        with self._scheduling:
            self.stop.set()
        self.scheduler.shutdown(wait=True)
        for worker in self.workers:
            worker.close()
        self.app.close()

    def shutdown(self) -> None:
        """Close for good (the process is ending)."""
        self.close()
        log.info("mailtriage stopped")
