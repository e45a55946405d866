"""Run mailtriage: once (cron, benchmarks) or as a daemon driven by APScheduler."""

from __future__ import annotations

import logging
import signal
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import FrameType

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler

from mailtriage.daemon.app import App
from mailtriage.daemon.sync import SyncReport
from mailtriage.daemon.worker import MailboxWorker
from mailtriage.outbox.deliver import DeliveryReport, deliver_due

log = logging.getLogger(__name__)
OUTBOX_JOB = "outbox"


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
        report.delivery = deliver_outbox(app)
    return report


def deliver_outbox(app: App) -> DeliveryReport:
    """Send everything due now, in batches, until nothing due is left or a batch fails."""
    total = DeliveryReport()
    while True:
        batch = deliver_due(app.sessions, app.sender, app.services.clock, app.config.smtp)
        total.add(batch)
        if batch.sent == 0 or batch.retried or batch.failed:
            return total


class Service:
    """The long-running daemon: a job per mailbox plus the outbox sender."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.stop = threading.Event()
        # Jobs reschedule themselves; shutdown must not race them (APScheduler's shutdown
        # holds its job-store lock while it waits for running jobs).
        self._scheduling = threading.Lock()
        self.workers = [MailboxWorker(app, m) for m in app.config.mailbox]
        self.scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(max_workers=len(self.workers) + 2)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
            timezone="UTC",
        )

    def start(self) -> None:
        """Schedule every mailbox at once and the outbox at its interval."""
        for worker in self.workers:
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
        delay = worker.cycle(self.stop)
        if worker.last_report.stored or worker.last_report.quarantined:
            self.wake_outbox()
        self._schedule(worker, delay)

    def _outbox(self) -> None:
        if not self.stop.is_set():
            try:
                deliver_outbox(self.app)
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

    def shutdown(self) -> None:
        """Finish the message in hand, stop every job, disconnect."""
        with self._scheduling:
            self.stop.set()
        self.scheduler.shutdown(wait=True)
        for worker in self.workers:
            worker.close()
        self.app.close()
        log.info("mailtriage stopped")

    def run_forever(self) -> None:
        """Run until SIGTERM or SIGINT."""

        def _on_signal(signum: int, _frame: FrameType | None) -> None:
            log.info("received %s: finishing the message in hand", signal.Signals(signum).name)
            self.stop.set()

        signal.signal(signal.SIGTERM, _on_signal)
        signal.signal(signal.SIGINT, _on_signal)
        self.start()
        while not self.stop.wait(1.0):
            pass
        self.shutdown()
