"""`mailtriage sla show` and `mailtriage escalate`: SLA due times and the escalation pass."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from mailtriage.cli.common import config_option, get_config, reports_errors
from mailtriage.daemon.app import App, build_app
from mailtriage.daemon.escalation import run_escalation
from mailtriage.sla.explain import explain
from mailtriage.sla.formatting import format_span
from mailtriage.sla.report import EscalationReport, Outcome
from mailtriage.sla.rows import to_sla_ticket
from mailtriage.storage.models import Ticket


def _app(config_path: str | None) -> App:
    from mailtriage.classification.base import FallbackClassifier

    return build_app(get_config(config_path), classifier=FallbackClassifier())


@click.group()
def sla() -> None:
    """SLA targets and due times of tickets."""


@sla.command("show")
@config_option
@click.argument("ticket_id", type=int)
@reports_errors
def sla_show(config_path: str | None, ticket_id: int) -> None:
    """Targets, due times, paused time, warnings, next check and the hours counted."""
    app = _app(config_path)
    try:
        with app.sessions() as session:
            ticket = session.get(Ticket, ticket_id)
            if ticket is None:
                click.echo(f"mailtriage: error: no ticket #{ticket_id}", err=True)
                sys.exit(1)
            state, stored = to_sla_ticket(ticket), ticket.sla_next_check_at
        now = app.services.clock.now()
        for line in explain(state, now, app.services.sla, stored):
            click.echo(line)
    finally:
        app.close()


@click.command()
@config_option
@click.option("--dry-run", is_flag=True, help="Only tell what the next pass would do.")
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@reports_errors
def escalate(config_path: str | None, dry_run: bool, as_json: bool) -> None:
    """Run one escalation pass now (warnings, escalations, reminders)."""
    app = _app(config_path)
    try:
        report = run_escalation(app, dry_run=dry_run)
    finally:
        app.close()
    if as_json:
        click.echo(json.dumps(report_record(report), ensure_ascii=False, indent=2, default=str))
        return
    for outcome in report.actions:
        click.echo(format_outcome(outcome))
    prefix = "dry run, nothing written: " if dry_run else ""
    click.echo(prefix + report.summary())


def format_outcome(outcome: Outcome) -> str:
    """`#12 escalate level 1 -> 2 (first_response): reason; mail to team level2, ...`."""
    decision = outcome.decision
    change = f" level {decision.level} -> {decision.new_level}" if decision.new_level else ""
    mail = ", ".join(n.audience for n in outcome.notices) or "nobody (no team configured)"
    return (
        f"#{outcome.ticket_id} {decision.action}{change} ({decision.target}): "
        f"{decision.reason}; mail to {mail}"
    )


def report_record(report: EscalationReport) -> dict[str, Any]:
    """The report as JSON-ready values."""
    return {
        "now": report.now,
        "dry_run": report.dry_run,
        "checked": report.checked,
        "skipped": report.skipped,
        "failed": report.failed,
        "actions": [
            {
                "ticket": o.ticket_id,
                "action": o.decision.action,
                "target": o.decision.target,
                "level": o.decision.level,
                "new_level": o.decision.new_level,
                "overdue_by": format_span(o.decision.overdue_by),
                "reason": o.decision.reason,
                "notify": [n.audience for n in o.notices],
                "next_check_at": o.decision.next_check_at,
            }
            for o in report.actions
        ],
    }
