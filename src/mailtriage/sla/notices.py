"""Who hears of an SLA action (the team, the previous team, the customer) and what they read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, bindparam, select
from sqlalchemy.orm import Session

from mailtriage.config.schema import TeamConfig
from mailtriage.ingest.context import Services
from mailtriage.outbox.drafts import Parent
from mailtriage.outbox.templates import TEMPLATES
from mailtriage.sla.calendar import BusinessCalendar
from mailtriage.sla.formatting import format_local, format_span
from mailtriage.sla.rules import Decision
from mailtriage.storage.models import Message, Ticket, Undeliverable

HISTORY_ENTRIES = 10
HISTORY_TEXT = 100
TEMPLATE_OF = {"warn": "sla_warning", "remind": "sla_reminder", "escalate": "sla_escalated"}
# Filled in by the Drafter itself.
_DRAFTER_VALUES = frozenset({"tag", "ticket", "team", "subject"})


@dataclass(frozen=True)
class Notice:
    """One notification: its template and its team (`None`: the customer)."""

    kind: str
    team: TeamConfig | None
    recipients: tuple[str, ...]

    def variables(self, values: dict[str, Any]) -> dict[str, Any]:
        """The values this notice's template receives (the Drafter adds tag and ticket)."""
        wanted = set(TEMPLATES[self.kind].variables) - _DRAFTER_VALUES
        return {name: values[name] for name in wanted}

    @property
    def audience(self) -> str:
        """`team NAME` or `customer`, for reports."""
        return f"team {self.team.name}" if self.team is not None else "customer"


def _team_notice(kind: str, team: TeamConfig | None) -> list[Notice]:
    return [] if team is None else [Notice(kind, team, tuple(team.addresses))]


def plan_notices(
    session: Session, services: Services, ticket: Ticket, decision: Decision
) -> tuple[Notice, ...]:
    """The mail a decision sends, planned before the ticket changes."""
    directory = services.directory
    current = directory.team_of(ticket.team, ticket.level)
    if decision.action in ("warn", "remind"):
        return tuple(_team_notice(TEMPLATE_OF[decision.action], current))
    if decision.action != "escalate" or decision.new_level is None:
        return ()
    new = directory.team_of(
        kept_team(services, ticket.team, decision.new_level), decision.new_level
    )
    notices = _team_notice("sla_escalated", new)
    if current is not None and current != new:
        notices += _team_notice("sla_left_team", current)
    if services.config.sla.customer_notice and _may_tell_customer(session, services, ticket):
        notices.append(Notice("customer_escalation_notice", None, (ticket.customer_address,)))
    return tuple(notices)


def kept_team(services: Services, assigned: str | None, level: int) -> str | None:
    """On escalation an assigned team stays assigned only if it also handles the new level."""
    team = services.directory.team(assigned)
    return assigned if team is not None and level in team.levels else None


def _may_tell_customer(session: Session, services: Services, ticket: Ticket) -> bool:
    """Not to one of our own addresses (loops) nor to an address that bounced (RFC 3464)."""
    address = ticket.customer_address
    if not address or services.directory.is_own(address):
        return False
    bounced = select(Undeliverable.id).where(Undeliverable.address == address).limit(1)
    return session.execute(bounced).first() is None


def template_values(
    ticket: Ticket, decision: Decision, calendar: BusinessCalendar, notices: tuple[Notice, ...]
) -> dict[str, Any]:
    """Every variable the SLA templates may receive, formatted for people."""
    new_team = next((n.team for n in notices if n.kind == "sla_escalated"), None)
    to_level = decision.new_level if decision.new_level is not None else decision.level
    return {
        "target": decision.target,
        "due_at": format_local(decision.due_at, calendar),
        "remaining": format_span(decision.remaining),
        "overdue_by": format_span(decision.overdue_by),
        "from_level": decision.level,
        "to_level": to_level,
        "to_team": new_team.name if new_team is not None else f"level {to_level}",
        "history": [],
        "name": ticket.customer_name or "",
    }


def _line(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first if len(first) <= HISTORY_TEXT else first[: HISTORY_TEXT - 1] + "…"


_RECENT = (
    select(
        Message.created_at,
        Message.direction,
        Message.role,
        Message.message_id,
        Message.references,
        Message.from_name,
        Message.from_address,
        Message.to_addresses,
        Message.subject,
        Message.text,
    )
    .where(Message.ticket_id == bindparam("ticket_id"))
    .order_by(Message.id.desc())
    .limit(HISTORY_ENTRIES)
)


def recent_messages(session: Session, ticket_id: int) -> list[Row[Any]]:
    """The ticket's latest messages, newest first: the history and the mail to answer."""
    return list(session.execute(_RECENT, {"ticket_id": ticket_id}))


def history(rows: list[Row[Any]], calendar: BusinessCalendar) -> list[dict[str, str]]:
    """One short line per message, oldest first."""
    return [
        {
            "at": format_local(row.created_at, calendar),
            "who": (row.from_name or row.from_address)
            if row.direction == "in"
            else f"mailtriage to {row.to_addresses}",
            "text": _line(row.text if row.direction == "in" else row.subject),
        }
        for row in reversed(rows)
    ]


def parent(session: Session, ticket_id: int, rows: list[Row[Any]], customer: bool) -> Parent:
    """The latest incoming mail (the customer's, for a customer notice): ours answers it."""
    roles = ("customer", "participant") if customer else None
    found: Any = next(
        (r for r in rows if r.direction == "in" and (roles is None or r.role in roles)), None
    )
    if found is None and len(rows) == HISTORY_ENTRIES:
        query = select(Message.message_id, Message.references).where(
            Message.ticket_id == ticket_id, Message.direction == "in"
        )
        if roles is not None:
            query = query.where(Message.role.in_(roles))
        found = session.execute(query.order_by(Message.id.desc()).limit(1)).first()
    if found is None:
        return Parent(None)
    return Parent(found.message_id, tuple((found.references or "").split()))
