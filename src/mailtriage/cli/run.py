"""`mailtriage run`, `mailtriage check` and `mailtriage db upgrade`."""

from __future__ import annotations

import click

from mailtriage.cli.common import config_option, get_config, reports_errors
from mailtriage.config.load import config_path as resolve_config_path
from mailtriage.daemon.app import build_app
from mailtriage.daemon.check import check_all
from mailtriage.daemon.secrets import require_secrets
from mailtriage.daemon.service import RunReport, run_once
from mailtriage.daemon.supervisor import Daemon
from mailtriage.redaction import redact
from mailtriage.storage.db import make_engine
from mailtriage.storage.migrate import current_revision, upgrade


@click.command()
@config_option
@click.option("--once", is_flag=True, help="One pass over every mailbox and the outbox, then exit.")
@reports_errors
def run(config_path: str | None, once: bool) -> None:
    """Fetch mail into tickets and send the outbox (as a daemon, or --once)."""
    path = resolve_config_path(config_path)
    config = get_config(str(path))
    require_secrets(config)
    app = build_app(config)
    if not once:
        Daemon(path, app).run()
        return
    try:
        report = run_once(app)
    finally:
        app.close()
    click.echo(format_report(report))
    if report.failed_mailboxes:
        raise SystemExit(1)


def format_report(report: RunReport) -> str:
    """A short human summary of one pass."""
    lines = []
    for name, sync in report.mailboxes.items():
        state = "FAILED" if name in report.failed_mailboxes else "ok"
        lines.append(
            f"mailbox {name}: {state}, fetched {sync.fetched}, stored {sync.stored} "
            f"({sync.new_tickets} new tickets), duplicates {sync.duplicates}, "
            f"quarantined {sync.quarantined}"
        )
    if report.escalation is not None:
        lines.append(f"escalation: {report.escalation.summary()}")
    d = report.delivery
    lines.append(f"outbox: sent {d.sent}, will retry {d.retried}, failed {d.failed}")
    return "\n".join(lines)


@click.command()
@config_option
@reports_errors
def check(config_path: str | None) -> None:
    """Validate the config, then reach the database, the model, every mailbox and SMTP."""
    config = get_config(config_path)
    click.echo(f"config: OK ({resolve_config_path(config_path)})")
    failed = 0
    for finding in check_all(config):
        click.echo(redact("\n".join(finding.lines())))
        failed += not finding.ok
    if failed:
        click.echo(f"{failed} problem(s) found", err=True)
        raise SystemExit(1)


@click.group()
def db() -> None:
    """Database schema commands."""


@db.command("upgrade")
@config_option
@reports_errors
def db_upgrade(config_path: str | None) -> None:
    """Apply the database migrations (also done automatically at start-up)."""
    config = get_config(config_path)
    engine = make_engine(config.database_url)
    upgrade(engine)
    click.echo(f"database at revision {current_revision(engine)}")
    engine.dispose()


__all__ = ["check", "db", "run"]
