"""Run mailtriage: once (cron, benchmarks) or as a systemd daemon driven by APScheduler."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler

from mailtriage.auth.oauth2 import shared_tokens
from mailtriage.daemon.alerts import Alerts, check_alerts
from mailtriage.daemon.app import App
from mailtriage.daemon.escalation import run_escalation
from mailtriage.daemon.health import HealthServer, JobHeartbeat
from mailtriage.daemon.liveness import Heartbeat, WatchedSource, step_budget, worker_deadline
from mailtriage.daemon.sync import SyncReport
from mailtriage.daemon.worker import MailboxWorker
from mailtriage.outbox.deliver import DeliveryReport, deliver_due
from mailtriage.sla.report import EscalationReport

log = logging.getLogger(__name__)
OUTBOX_JOB = "outbox"
ESCALATION_JOB = "escalation"
ALERTS_JOB = "alerts"
ALERTS_INTERVAL = timedelta(seconds=60)


@dataclass
class RunReport:
    """What one `run --once` did."""

    mailboxes: dict[str, SyncReport] = field(default_factory=dict)
    failed_mailboxes: list[str] = field(default_factory=list)
    delivery: DeliveryReport = field(default_factory=DeliveryReport)
    escalation: EscalationReport | None = None


def run_once(app: App, stop: threading.Event | None = None, deliver: bool = True) -> RunReport:
    """One pass over every mailbox, one escalation pass, then one over the outbox (unless
    `deliver` is False)."""
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
    if not stop.is_set():
        report.escalation = run_escalation(app, stop)
    if deliver and not stop.is_set():
        report.delivery = deliver_outbox(app, stop)
    return report


def deliver_outbox(app: App, stop: threading.Event | None = None) -> DeliveryReport:
    """Send everything due now, in batches, until nothing due is left, a batch fails or stop
    (nothing with `[smtp] deliver = false`: the mail stays queued)."""
    total = DeliveryReport()
    if not app.config.smtp.deliver:
        return total
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
        self.jobs = JobHeartbeat(app.services.clock)
        self.alerts = Alerts(app.sessions, app.config, app.services.clock)
        shared_tokens().set_alerts(self.alerts.report_problem, self.alerts.report_recovery)
        self.health: HealthServer | None = None
        if app.config.health.listen:
            self.health = HealthServer(
                app.sessions, app.config.mailbox, app.config.health, app.services.clock, self.jobs
            )
        self.scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(max_workers=len(self.workers) + 3)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
            timezone="UTC",
        )

    def start(self) -> None:
        """Schedule every mailbox at once, and the outbox, escalation and alert jobs."""
        for worker in self.workers:
            self.heartbeats[worker.config.name].expect(worker_deadline(worker, 0.0))
            self._schedule(worker, 0.0)
        config = self.app.config
        self._every(OUTBOX_JOB, config.smtp.send_interval, self._outbox)
        self._every(ESCALATION_JOB, config.sla.check_interval, self._escalate)
        self._every(ALERTS_JOB, ALERTS_INTERVAL, self._check_alerts)
        self.scheduler.start()
        if self.health is not None:
            self.health.start()
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

    def _every(self, job: str, interval: timedelta, run: Callable[[], bool]) -> None:
        """A periodic job: its runs are recorded for /healthz, a failure is logged and tried
        again at the next interval, and a run that queued mail wakes the outbox."""

        def tick() -> None:
            self.jobs.ran(job, interval)
            if self.stop.is_set():
                return
            try:
                queued = run()
            except Exception:
                log.exception("%s job failed; retrying at the next interval", job)
                return
            if queued and job != OUTBOX_JOB:
                self.wake_outbox()

        self.scheduler.add_job(
            tick,
            "interval",
            seconds=interval.total_seconds(),
            id=job,
            next_run_time=datetime.now().astimezone(),
        )

    def _outbox(self) -> bool:
        deliver_outbox(self.app, self.stop)
        return False

    def _escalate(self) -> bool:
        return bool(run_escalation(self.app, self.stop).actions)

    def _check_alerts(self) -> bool:
        report = check_alerts(self.app.sessions, self.app.config, self.app.services.clock)
        return bool(report.opened or report.resolved)

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
        if self.health is not None:
            self.health.stop()
        for worker in self.workers:
            worker.close()
        self.app.close()

    def shutdown(self) -> None:
        """Close for good (the process is ending)."""
        self.close()
        log.info("mailtriage stopped")
