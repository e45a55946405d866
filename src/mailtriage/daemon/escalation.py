"""The scheduled escalation job: one pass over the due tickets at the clock's time."""

from __future__ import annotations

import logging
import threading
from datetime import datetime

from mailtriage.daemon.app import App
from mailtriage.sla.follow import follow_policy, policy_fingerprint, stored_fingerprint
from mailtriage.sla.job import escalate_due
from mailtriage.sla.report import EscalationReport

log = logging.getLogger(__name__)


def run_escalation(
    app: App, stop: threading.Event | None = None, *, dry_run: bool = False
) -> EscalationReport:
    """One escalation pass now (or what it would do, with `dry_run`).

    The first pass of an App makes the stored due times follow its SLA policy, if that
    changed since they were worked out (a dry run only says so).
    """
    now = app.services.clock.now()
    if not app.follows_sla_policy:
        _follow_policy(app, now, stop, dry_run)
    report = escalate_due(app.sessions, app.services, now, dry_run=dry_run, stop=stop)
    if report.actions or report.skipped or report.failed:
        log.info("escalation pass: %s", report.summary())
    return report


def _follow_policy(
    app: App, now: datetime, stop: threading.Event | None, dry_run: bool
) -> None:
    fingerprint = policy_fingerprint(app.config)
    if dry_run:
        if stored_fingerprint(app.sessions) not in (None, fingerprint):
            log.warning(
                "the SLA policy changed since the due times were worked out; the next pass "
                "works them out again first and may act on tickets this dry run leaves out"
            )
        return
    app.follows_sla_policy = follow_policy(
        app.sessions, app.services.sla, fingerprint, now, stop=stop
    )


def escalation_job(app: App, stop: threading.Event) -> EscalationReport | None:
    """The scheduler's job: a failed pass is logged and tried again at the next interval."""
    if stop.is_set():
        return None
    try:
        return run_escalation(app, stop)
    except Exception:
        log.exception("escalation pass failed; retrying at the next interval")
        return None
