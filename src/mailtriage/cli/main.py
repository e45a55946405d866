"""The `mailtriage` command group: run, db, tickets, quarantine, export, check, demo, model."""

from __future__ import annotations

import click

from mailtriage import __version__
from mailtriage.cli import admin, demo, migrate, model_commands, run, sla, systemd
from mailtriage.logsetup import setup_logging


@click.group()
@click.version_option(__version__, prog_name="mailtriage")
@click.option(
    "--log-level",
    default="INFO",
    show_default=True,
    type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False),
)
@click.option("--log-json", is_flag=True, help="Log JSON lines instead of plain text.")
def cli(log_level: str, log_json: bool) -> None:
    """mailtriage: turn a support mailbox into a tiered helpdesk."""
    setup_logging(log_level, log_json)


cli.add_command(run.run)
cli.add_command(run.check)
cli.add_command(run.db)
run.db.add_command(migrate.migrate_to)
cli.add_command(admin.tickets)
cli.add_command(admin.quarantine)
cli.add_command(admin.export)
cli.add_command(demo.demo)
cli.add_command(sla.sla)
cli.add_command(sla.escalate)
cli.add_command(systemd.systemd_unit)

for command in (
    model_commands.classify,
    model_commands.train,
    model_commands.evaluate,
    model_commands.export_inference,
):
    cli.add_command(command)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="mailtriage")
