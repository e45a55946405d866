"""`mailtriage run`, `mailtriage check` and `mailtriage db upgrade`."""

from __future__ import annotations

import click

from mailtriage.cli.common import config_option, get_config, reports_errors
from mailtriage.daemon.app import build_app
from mailtriage.daemon.service import RunReport, Service, run_once
from mailtriage.daemon.worker import MailboxWorker
from mailtriage.storage.db import make_engine, ping
from mailtriage.storage.migrate import current_revision, upgrade


@click.command()
@config_option
@click.option("--once", is_flag=True, help="One pass over every mailbox and the outbox, then exit.")
@reports_errors
def run(config_path: str | None, once: bool) -> None:
    """Fetch mail into tickets and send the outbox (as a daemon, or --once)."""
    app = build_app(get_config(config_path))
    if not once:
        Service(app).run_forever()
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
    d = report.delivery
    lines.append(f"outbox: sent {d.sent}, will retry {d.retried}, failed {d.failed}")
    return "\n".join(lines)


@click.command()
@config_option
@reports_errors
def check(config_path: str | None) -> None:
    """Validate the config, open the database, load the model and open every mailbox."""
    config = get_config(config_path)
    click.echo("config: OK")
    app = build_app(config)
    ping(app.engine)
    click.echo(f"database: OK ({app.engine.url.render_as_string(hide_password=True)})")
    click.echo(f"classifier: OK ({getattr(app.services.classifier, 'version', 'loaded')})")
    failed = 0
    for mailbox in config.mailbox:
        worker = MailboxWorker(app, mailbox)
        try:
            worker.source.open()
            click.echo(f"mailbox {mailbox.name}: OK")
        except Exception as exc:
            failed += 1
            click.echo(f"mailbox {mailbox.name}: FAILED: {exc}")
        finally:
            worker.close()
    app.close()
    if failed:
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
