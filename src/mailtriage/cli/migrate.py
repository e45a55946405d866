"""`mailtriage db migrate-to URL`: copy the configured database into an empty one."""

from __future__ import annotations

import click
from sqlalchemy import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from mailtriage.cli.common import config_option, get_config, reports_errors
from mailtriage.storage.copy import BATCH_ROWS, CopyRefused, CopyReport, TableCopy, copy_database
from mailtriage.storage.db import make_engine


@click.command("migrate-to")
@config_option
@click.argument("url")
@click.option("--batch-size", default=BATCH_ROWS, show_default=True, type=click.IntRange(1))
@reports_errors
def migrate_to(config_path: str | None, url: str, batch_size: int) -> None:
    """Copy every table of the configured database into the empty database at URL.

    Stop the daemon first. Example: mailtriage db migrate-to
    postgresql+psycopg://mailtriage@localhost/mailtriage; then set [database] url to it.
    """
    config = get_config(config_path)
    source, target = make_engine(config.database_url), target_engine(url)
    click.echo(f"copying {shown(source)} -> {shown(target)}")
    try:
        report = copy_database(source, target, batch_rows=batch_size, on_table=echo_table)
    finally:
        source.dispose()
        target.dispose()
    click.echo(format_summary(report, shown(target)))


def target_engine(url: str) -> Engine:
    """The target's engine; a malformed URL or a missing driver is CopyRefused."""
    try:
        return make_engine(url)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise CopyRefused(f"cannot use {url_shown(url)} as the target: {exc}") from exc


def url_shown(url: str) -> str:
    """The URL with its password hidden (or as given if it does not parse)."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return repr(url)


def shown(engine: Engine) -> str:
    """The engine's URL without its password."""
    return engine.url.render_as_string(hide_password=True)


def echo_table(table: TableCopy) -> None:
    """One progress line per copied table."""
    click.echo(f"  {table.name:22} {table.copied:>9} rows")


def format_summary(report: CopyReport, target: str) -> str:
    """The closing lines: totals, sequences, schema revision and what to do next."""
    return (
        f"copied {report.rows} rows in {len(report.tables)} tables in {report.seconds:.1f}s; "
        f"row counts verified; {report.sequences_reset} sequences reset; "
        f"schema revision {report.revision}\n"
        f"next: set [database] url to {target} (with its password) and start the daemon"
    )
