"""The scheduled escalation job: one pass over the due tickets at the clock's time."""

from __future__ import annotations

import logging
import threading

from mailtriage.daemon.app import App
from mailtriage.sla.job import escalate_due
from mailtriage.sla.report import EscalationReport

log = logging.getLogger(__name__)


def run_escalation(
    app: App, stop: threading.Event | None = None, *, dry_run: bool = False
) -> EscalationReport:
    """One escalation pass now (or what it would do, with `dry_run`)."""
    now = app.services.clock.now()
    report = escalate_due(app.sessions, app.services, now, dry_run=dry_run, stop=stop)
    if report.actions or report.skipped or report.failed:
        log.info("escalation pass: %s", report.summary())
    return report


def escalation_job(app: App, stop: threading.Event) -> EscalationReport | None:
    """The scheduler's job: a failed pass is logged and tried again at the next interval."""
    if stop.is_set():
        return None
    try:
        return run_escalation(app, stop)
    except Exception:
        log.exception("escalation pass failed; retrying at the next interval")
        return None
