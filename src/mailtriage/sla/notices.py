"""Who hears of an SLA action (the team, the previous team, the customer) and what they read."""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Row, bindparam, func, select
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
CUSTOMER_ROLES = ("customer", "participant")
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
        return {name: values[name] for name in _wanted(self.kind)}

    @property
    def audience(self) -> str:
        """`team NAME` or `customer`, for reports."""
        return f"team {self.team.name}" if self.team is not None else "customer"


@cache
def _wanted(kind: str) -> frozenset[str]:
    return frozenset(TEMPLATES[kind].variables) - _DRAFTER_VALUES


def _team_notice(kind: str, team: TeamConfig | None) -> list[Notice]:
    return [] if team is None else [Notice(kind, team, tuple(team.addresses))]


def plan_notices(
    services: Services, ticket: Ticket, decision: Decision, bounced: Container[str] = ()
) -> tuple[Notice, ...]:
    """The mail a decision sends, planned before the ticket changes.

    `bounced`: the addresses known to be undeliverable (see `bounced_addresses`).
    """
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
    if services.config.sla.customer_notice and _may_tell_customer(services, ticket, bounced):
        notices.append(Notice("customer_escalation_notice", None, (ticket.customer_address,)))
    return tuple(notices)


def kept_team(services: Services, assigned: str | None, level: int) -> str | None:
    """On escalation an assigned team stays assigned only if it also handles the new level."""
    team = services.directory.team(assigned)
    return assigned if team is not None and level in team.levels else None


def _may_tell_customer(services: Services, ticket: Ticket, bounced: Container[str]) -> bool:
    """Not to one of our own addresses (loops) nor to an address that bounced (RFC 3464)."""
    address = ticket.customer_address
    return bool(address) and not services.directory.is_own(address) and address not in bounced


_BOUNCED = select(Undeliverable.address).where(
    Undeliverable.address.in_(bindparam("addresses", expanding=True))
)


def bounced_addresses(session: Session, addresses: Iterable[str | None]) -> frozenset[str]:
    """Those of `addresses` that bounced (RFC 3464), in one query."""
    wanted = sorted({address for address in addresses if address})
    if not wanted:
        return frozenset()
    return frozenset(session.scalars(_BOUNCED, {"addresses": wanted}))


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


_RANKED = (
    select(
        Message.ticket_id,
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
        func.row_number()
        .over(partition_by=Message.ticket_id, order_by=Message.id.desc())
        .label("rank"),
    )
    .where(Message.ticket_id.in_(bindparam("ticket_ids", expanding=True)))
    .subquery()
)
_RECENT = (
    select(_RANKED)
    .where(_RANKED.c.rank <= HISTORY_ENTRIES)
    .order_by(_RANKED.c.ticket_id, _RANKED.c.rank)
)
_LATEST_IN = (
    select(func.max(Message.id))
    .where(
        Message.ticket_id.in_(bindparam("ticket_ids", expanding=True)),
        Message.direction == "in",
    )
    .group_by(Message.ticket_id)
)
_LATEST_IN_CUSTOMER = _LATEST_IN.where(Message.role.in_(CUSTOMER_ROLES))


@dataclass(frozen=True)
class Correspondence:
    """The mail of some tickets, as their notices need it: each one's latest messages
    (newest first) and, where those hold none, the latest incoming mail to answer."""

    recent: Mapping[int, list[Row[Any]]]
    older: Mapping[tuple[int, bool], Parent]

    def messages(self, ticket_id: int) -> list[Row[Any]]:
        """The ticket's latest messages, newest first (at most HISTORY_ENTRIES)."""
        return self.recent.get(ticket_id, [])

    def parent(self, ticket_id: int, customer: bool) -> Parent:
        """The latest incoming mail (the customer's, for a customer notice): ours answers it."""
        found = _answered(self.messages(ticket_id), customer)
        if found is not None:
            return found
        return self.older.get((ticket_id, customer), Parent(None))


def load_correspondence(session: Session, wanted: Iterable[tuple[int, bool]]) -> Correspondence:
    """The mail of the (ticket, customer notice?) pairs: one query, two more if a ticket's
    latest messages hold no incoming mail to answer."""
    pairs = set(wanted)
    recent = recent_messages(session, {ticket_id for ticket_id, _ in pairs})
    older: dict[tuple[int, bool], Parent] = {}
    for customer in (False, True):
        missing = [
            ticket_id
            for ticket_id, c in pairs
            if c == customer
            and len(recent.get(ticket_id, ())) == HISTORY_ENTRIES
            and _answered(recent[ticket_id], customer) is None
        ]
        older.update(((t, customer), p) for t, p in _latest_in(session, missing, customer).items())
    return Correspondence(recent, older)


def recent_messages(session: Session, ticket_ids: Iterable[int]) -> dict[int, list[Row[Any]]]:
    """Each ticket's latest messages, newest first: the history and the mail to answer."""
    ids = sorted(set(ticket_ids))
    recent: dict[int, list[Row[Any]]] = {ticket_id: [] for ticket_id in ids}
    if ids:
        for row in session.execute(_RECENT, {"ticket_ids": ids}):
            recent[row.ticket_id].append(row)
    return recent


def _latest_in(session: Session, ticket_ids: list[int], customer: bool) -> dict[int, Parent]:
    """Each ticket's latest incoming mail (the customer's, for a customer notice)."""
    if not ticket_ids:
        return {}
    latest = _LATEST_IN_CUSTOMER if customer else _LATEST_IN
    query = select(Message.ticket_id, Message.message_id, Message.references).where(
        Message.id.in_(latest)
    )
    rows = session.execute(query, {"ticket_ids": sorted(ticket_ids)})
    return {row.ticket_id: _parent_of(row) for row in rows}


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


def _answered(rows: list[Row[Any]], customer: bool) -> Parent | None:
    """The latest incoming mail among `rows` (newest first), if they hold one."""
    roles = CUSTOMER_ROLES if customer else None
    found = next(
        (r for r in rows if r.direction == "in" and (roles is None or r.role in roles)), None
    )
    return None if found is None else _parent_of(found)


def _parent_of(row: Any) -> Parent:
    return Parent(row.message_id, tuple((row.references or "").split()))
