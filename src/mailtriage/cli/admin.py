"""`mailtriage tickets`, `mailtriage quarantine` and `mailtriage export`: admins' views and fixes."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import click
from sqlalchemy import select

from mailtriage.cli.common import config_option, echo, get_config, reports_errors
from mailtriage.conversation.commands import STATUSES, Command, validate
from mailtriage.daemon.app import App, build_app
from mailtriage.errors import MailtriageError
from mailtriage.ingest.retry import retry_quarantined
from mailtriage.storage import queries
from mailtriage.storage.models import Quarantined, Ticket
from mailtriage.tickets.changes import Event, change_ticket, record_events

ACTOR = "admin (cli)"


class BadInput(MailtriageError):
    """A ticket number or value on the command line is wrong: the admin corrects the command."""

    exit_code = 2
    who = "the admin (command line)"


def _app(config_path: str | None, with_classifier: bool = False) -> App:
    from mailtriage.classification.base import FallbackClassifier

    config = get_config(config_path)
    return build_app(config, classifier=None if with_classifier else FallbackClassifier())


def _print_json(value: Any) -> None:
    echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


@click.group()
def tickets() -> None:
    """List and show tickets."""


@tickets.command("list")
@config_option
@click.option("--status", type=click.Choice(["new", *STATUSES]), help="Only this status.")
@click.option("--level", type=click.IntRange(0, 4), help="Only this level.")
@click.option("--category", help="Only this category.")
@click.option("--needs-review", is_flag=True, help="Only tickets the classifier was unsure of.")
@click.option(
    "--flood", is_flag=True, help="Only tickets opened over the sender's new_tickets_per_hour."
)
@click.option("--overdue", is_flag=True, help="Only unfinished tickets past an SLA due time.")
@click.option("--team", help="Only tickets of this team (assigned, or unassigned at its levels).")
@click.option("--limit", default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@reports_errors
def tickets_list(config_path: str | None, limit: int, as_json: bool, **given: Any) -> None:
    """Newest tickets first."""
    app = _app(config_path)
    try:
        where = ticket_filter(app, **given)
        with app.sessions() as session:
            rows = queries.list_tickets(session, where, limit)
    finally:
        app.close()
    if as_json:
        _print_json(rows)
        return
    echo(format_ticket_table(rows))


def ticket_filter(
    app: App, *, overdue: bool, team: str | None, **fields: Any
) -> queries.TicketFilter:
    """The list's filter; an unknown team is an error (BadInput)."""
    levels: tuple[int, ...] = ()
    if team is not None:
        config = app.services.directory.team(team)
        if config is None:
            raise BadInput(f"no team {team!r}; teams: {_team_names(app)}")
        levels = tuple(config.levels)
    now = app.services.clock.now() if overdue else None
    return queries.TicketFilter(overdue_at=now, team=team, team_levels=levels, **fields)


def _team_names(app: App) -> str:
    return ", ".join(t.name for t in app.services.directory.teams) or "(none configured)"


def format_ticket_table(rows: list[dict[str, Any]]) -> str:
    """A fixed-width table of ticket summaries."""
    lines = [
        f"{'#':>6}  {'status':8} {'lvl':>3}  {'category':28} {'conf':>5} {'lang':4} {'customer':30} subject"
    ]
    for r in rows:
        review = "?" if r["needs_review"] else " "
        lines.append(
            f"{r['id']:>6}  {r['status']:8} {r['level']:>3}{review} {r['category'][:28]:28} "
            f"{r['confidence']:>5.2f} {r['language']:4} {r['customer'][:30]:30} "
            f"{'[flood] ' if r.get('flood') else ''}{r['subject'][:60]}"
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
    try:
        with app.sessions() as session:
            ticket = queries.show_ticket(session, ticket_id)
    finally:
        app.close()
    if ticket is None:
        echo(f"mailtriage: error: no ticket #{ticket_id}", err=True)
        sys.exit(1)
    if as_json:
        _print_json(ticket)
        return
    echo(format_ticket_table([{**ticket, "messages": len(ticket["messages"])}]))
    echo("\n".join(format_ticket_details(ticket)))
    for message in ticket["messages"]:
        echo(f"\n--- {format_message_heading(message)}")
        echo(message["text"][:2000])
    echo("\nevents:")
    for event in ticket["events"]:
        echo(
            f"  {event['at']} {event['kind']} by {event['actor']}: {json.dumps(event['detail'], ensure_ascii=False)}"
        )


def format_ticket_details(ticket: dict[str, Any]) -> list[str]:
    """The lines under the summary: classification, team, corrections, SLA, participants."""
    corrected = [
        f"{name} {ticket[f'corrected_{name}']}"
        for name in ("level", "category")
        if ticket[f"corrected_{name}"] is not None
    ]
    people = [f"{p['address']} ({p['role']})" for p in ticket["participants"]]
    return [
        f"classification: {ticket['classification_reason']}",
        f"corrected: {', '.join(corrected) or '-'}",
        f"team: {ticket['team'] or '- (the team of its level)'}",
        f"first response: {ticket['first_response_at'] or '-'}"
        f"  due {ticket['sla_first_response_due'] or '-'}",
        f"resolved: {ticket['resolved_at'] or '-'}  due {ticket['sla_resolution_due'] or '-'}",
        f"participants: {', '.join(people) or '-'}",
    ]


def format_message_heading(message: dict[str, Any]) -> str:
    """`in [customer] <date> <from>: <subject>`, with `internal` for agents' notes."""
    role = message["role"] or "-"
    tags = f"{role}, internal" if message["internal"] else role
    return f"{message['direction']} [{tags}] {message['date'] or ''} {message['from']}: {message['subject']}"


def actor() -> str:
    """`admin (cli)` and the login of who ran it ($SUDO_USER before $USER), if known."""
    user = os.environ.get("SUDO_USER") or os.environ.get("USER")
    return f"{ACTOR} {user}" if user else ACTOR


def set_field(app: App, ticket_id: int, command: Command, reason: str | None) -> Event:
    """Validate like an agent's `#command`, then change the ticket, follow the SLA and record
    the event in one transaction."""
    teams = [team.name for team in app.services.directory.teams]
    if command.name == "assign" and not teams:
        raise BadInput(f"no team {command.value!r}: the config defines no [[team]]")
    change = validate(command, teams, app.services.categories)
    if change.refused is not None or change.value is None:
        raise BadInput(change.refused or f"no value for {command.name}")
    now = app.services.clock.now()
    why = reason or f"admin command: {command.name} {command.value}"
    with app.sessions.begin() as session:
        ticket = session.get(Ticket, ticket_id, with_for_update=True)
        if ticket is None:
            raise BadInput(f"no ticket #{ticket_id}")
        event = change_ticket(ticket, change.field, change.value, now, why, app.services.sla)
        record_events(session, ticket_id, actor(), [event], now)
    return event


def _run_set(config_path: str | None, ticket_id: int, command: Command, reason: str | None) -> None:
    app = _app(config_path, with_classifier=command.name == "category")
    try:
        kind, detail = set_field(app, ticket_id, command, reason)
    finally:
        app.close()
    echo(
        f"ticket #{ticket_id}: {kind} {detail['from']} -> {detail['to']} ({detail['reason']})"
    )


def _set_command(name: str, command: str, value_name: str, help_text: str) -> None:
    @tickets.command(name, help=help_text)
    @config_option
    @click.argument("ticket_id", type=int)
    @click.argument("value", metavar=value_name)
    @click.option("--reason", help="Why: kept in the ticket's event.")
    @reports_errors
    def set_value(config_path: str | None, ticket_id: int, value: str, reason: str | None) -> None:
        _run_set(config_path, ticket_id, Command(command, value), reason)


_set_command("set-level", "level", "N", "Set a ticket's level (0-4); kept as a training label.")
_set_command(
    "set-category", "category", "NAME", "Set a ticket's category; kept as a training label."
)
_set_command(
    "set-status", "status", "STATUS", "Set a ticket's status (open, pending, resolved, closed)."
)
_set_command("assign", "assign", "TEAM", "Assign a ticket to a configured team.")


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
        echo(
            f"{r['id']:>6} {r['status']:8} {r['stage']:8} {r['size']:>9}B {r['source']}  {r['error'][:100]}"
        )
    echo(f"{len(rows)} message(s)")


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
        echo(
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
