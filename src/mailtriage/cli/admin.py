"""`mailtriage tickets`, `mailtriage quarantine` and `mailtriage export`: admins' views."""

from __future__ import annotations

import json
import sys
from typing import Any

import click
from sqlalchemy import select

from mailtriage.cli.common import config_option, get_config, reports_errors
from mailtriage.daemon.app import App, build_app
from mailtriage.ingest.retry import retry_quarantined
from mailtriage.storage import queries
from mailtriage.storage.models import Quarantined


def _app(config_path: str | None, with_classifier: bool = False) -> App:
    from mailtriage.classification.base import FallbackClassifier

    config = get_config(config_path)
    return build_app(config, classifier=None if with_classifier else FallbackClassifier())


def _print_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


@click.group()
def tickets() -> None:
    """List and show tickets."""


@tickets.command("list")
@config_option
@click.option("--status", default=None, help="Only tickets with this status.")
@click.option("--limit", default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@reports_errors
def tickets_list(config_path: str | None, status: str | None, limit: int, as_json: bool) -> None:
    """Newest tickets first."""
    app = _app(config_path)
    with app.sessions() as session:
        rows = queries.list_tickets(session, status, limit)
    if as_json:
        _print_json(rows)
        return
    click.echo(format_ticket_table(rows))


def format_ticket_table(rows: list[dict[str, Any]]) -> str:
    """A fixed-width table of ticket summaries."""
    lines = [
        f"{'#':>6}  {'status':8} {'lvl':>3}  {'category':28} {'conf':>5} {'lang':4} {'customer':30} subject"
    ]
    for r in rows:
        review = "?" if r["needs_review"] else " "
        lines.append(
            f"{r['id']:>6}  {r['status']:8} {r['level']:>3}{review} {r['category'][:28]:28} "
            f"{r['confidence']:>5.2f} {r['language']:4} {r['customer'][:30]:30} {r['subject'][:60]}"
        )
    return "\n".join(lines)


@tickets.command("show")
@config_option
@click.argument("ticket_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@reports_errors
def tickets_show(config_path: str | None, ticket_id: int, as_json: bool) -> None:
    """One ticket with its messages and events."""
    app = _app(config_path)
    with app.sessions() as session:
        ticket = queries.show_ticket(session, ticket_id)
    if ticket is None:
        click.echo(f"mailtriage: error: no ticket #{ticket_id}", err=True)
        sys.exit(1)
    if as_json:
        _print_json(ticket)
        return
    click.echo(format_ticket_table([{**ticket, "messages": len(ticket["messages"])}]))
    click.echo(f"classification: {ticket['classification_reason']}")
    for message in ticket["messages"]:
        click.echo(
            f"\n--- {message['direction']} {message['date'] or ''} {message['from']}: {message['subject']}"
        )
        click.echo(message["text"][:2000])
    click.echo("\nevents:")
    for event in ticket["events"]:
        click.echo(
            f"  {event['at']} {event['kind']} by {event['actor']}: {json.dumps(event['detail'], ensure_ascii=False)}"
        )


@click.group()
def quarantine() -> None:
    """Messages that could not be processed, kept with their raw bytes."""


@quarantine.command("list")
@config_option
@click.option("--all", "show_all", is_flag=True, help="Include released messages.")
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@reports_errors
def quarantine_list(config_path: str | None, show_all: bool, as_json: bool) -> None:
    """Held messages with the stage that failed and why."""
    app = _app(config_path)
    with app.sessions() as session:
        rows = queries.list_quarantine(session, None if show_all else "held")
    if as_json:
        _print_json(rows)
        return
    for r in rows:
        click.echo(
            f"{r['id']:>6} {r['status']:8} {r['stage']:8} {r['size']:>9}B {r['source']}  {r['error'][:100]}"
        )
    click.echo(f"{len(rows)} message(s)")


@quarantine.command("retry")
@config_option
@click.argument("ids", type=int, nargs=-1)
@click.option("--all", "retry_all", is_flag=True, help="Retry every held message.")
@reports_errors
def quarantine_retry(config_path: str | None, ids: tuple[int, ...], retry_all: bool) -> None:
    """Run held messages through the pipeline again; released ones land on tickets."""
    app = _app(config_path, with_classifier=True)
    if retry_all:
        with app.sessions() as session:
            ids = tuple(session.scalars(select(Quarantined.id).where(Quarantined.status == "held")))
    if not ids:
        raise click.UsageError("name quarantine ids or pass --all")
    for qid in ids:
        outcome = retry_quarantined(app.sessions, app.services, qid)
        click.echo(
            f"{qid}: {outcome.kind} {f'ticket #{outcome.ticket_id}' if outcome.ticket_id else ''} {outcome.detail}".rstrip()
        )


@click.command()
@config_option
@click.option("--jsonl", is_flag=True, required=True, help="One JSON object per stored message.")
@click.option(
    "--out",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Output file (default stdout).",
)
@reports_errors
def export(config_path: str | None, jsonl: bool, out: Any) -> None:
    """Export every stored message for backups and audits."""
    app = _app(config_path)
    with app.sessions() as session:
        for record in queries.export_messages(session):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
