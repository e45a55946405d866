"""Apply the `#level`, `#category`, `#status` and `#assign` lines of an agent's mail."""

from __future__ import annotations

import logging
from typing import Any

from mailtriage.conversation.commands import Change, validate
from mailtriage.ingest.context import IngestContext
from mailtriage.ingest.stages.apply import Events, record_events
from mailtriage.storage.models import Ticket
from mailtriage.tickets.changes import change_ticket

log = logging.getLogger(__name__)


def run(ctx: IngestContext) -> None:
    """Each command becomes a ticket event; level and category become training labels."""
    if ctx.agent is None or not ctx.agent.commands or ctx.ticket is None:
        return
    teams = [team.name for team in ctx.services.directory.teams]
    events: Events = []
    for command in ctx.agent.commands:
        change = validate(command, teams, ctx.services.categories)
        events.append(_apply(ctx, ctx.ticket, change))
    record_events(ctx, ctx.ticket.id, ctx.require_parsed().from_address, events)


def _apply(ctx: IngestContext, ticket: Ticket, change: Change) -> tuple[str, dict[str, Any]]:
    line = f"#{change.command.name} {change.command.value}"
    if change.refused is not None or change.value is None:
        log.warning("ticket %s: command %r refused: %s", ticket.id, line, change.refused)
        return "command_refused", {"command": line, "reason": change.refused}
    reason = f"agent command {line}"
    now = ctx.services.clock.now()
    return change_ticket(ticket, change.field, change.value, now, reason, ctx.services.sla)
