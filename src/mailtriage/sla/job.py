"""The escalation pass: load due tickets through the index, decide, store, queue the mail."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, or_, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from mailtriage.ingest.context import Services
from mailtriage.outbox.compose import OutgoingDraft
from mailtriage.outbox.drafts import Drafter, Parent
from mailtriage.outbox.queue import enqueue
from mailtriage.sla.calendar import BusinessCalendar
from mailtriage.sla.due import targets_of
from mailtriage.sla.formatting import format_local, format_span
from mailtriage.sla.notices import (
    Notice,
    history,
    kept_team,
    parent,
    plan_notices,
    recent_messages,
    template_values,
)
from mailtriage.sla.rows import sla_values, to_sla_ticket
from mailtriage.sla.rules import Decision, decide
from mailtriage.sla.ticket import SlaTicket
from mailtriage.sla.transitions import apply_decision
from mailtriage.storage.models import Ticket, TicketEvent
from mailtriage.storage.rows import insert_rows

log = logging.getLogger(__name__)
TICKETS = cast(Table, Ticket.__table__)
# Built once: statement construction costs more than executing it on the hot path.
_DUE = select(TICKETS).where(
    TICKETS.c.id == bindparam("ticket_id"), TICKETS.c.sla_next_check_at <= bindparam("now")
)
_DUE_LOCKED = _DUE.with_for_update(skip_locked=True)
_UPDATE = update(TICKETS).where(TICKETS.c.id == bindparam("ticket_pk"))
ACTOR = "mailtriage"
EVENT_KINDS = {"warn": "sla_warning", "escalate": "sla_escalated", "remind": "sla_reminder"}


@dataclass(frozen=True)
class Outcome:
    """What the pass did (or, in a dry run, would do) to one due ticket."""

    ticket_id: int
    decision: Decision
    notices: tuple[Notice, ...] = ()
    queued: int = 0


@dataclass
class EscalationReport:
    """One pass: tickets checked, those left to another daemon, and every action."""

    now: datetime | None = None
    dry_run: bool = False
    checked: int = 0
    skipped: int = 0
    failed: int = 0
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, action: str) -> int:
        """How many tickets got `action` (warn, escalate, remind, none)."""
        return sum(1 for o in self.outcomes if o.decision.action == action)

    @property
    def actions(self) -> list[Outcome]:
        """The outcomes that did something (not `none`)."""
        return [o for o in self.outcomes if o.decision.action != "none"]

    @property
    def queued(self) -> int:
        """Notifications queued in the outbox."""
        return sum(o.queued for o in self.outcomes)

    def summary(self) -> str:
        """One line for the log and the CLI."""
        return (
            f"{self.checked} due ticket(s): {self.count('warn')} warned, "
            f"{self.count('escalate')} escalated, {self.count('remind')} reminded, "
            f"{self.skipped} left to another worker, {self.failed} failed; "
            f"{self.queued} notification(s) queued"
        )


def escalate_due(
    sessions: sessionmaker[Session],
    services: Services,
    now: datetime,
    *,
    dry_run: bool = False,
    batch: int = 500,
    stop: threading.Event | None = None,
) -> EscalationReport:
    """One pass over the tickets due at `now`: at most one action per ticket.

    Only tickets with `sla_next_check_at <= now` are read (the column is indexed), in
    batches. Each is handled in its own transaction: locked with `SELECT ... FOR UPDATE
    SKIP LOCKED` (PostgreSQL; SQLite's single writer serialises instead) and checked again
    once locked, so two daemons never act on one ticket twice. The new state, the ticket
    events and the notifications (outbox rows, unique idempotency keys) commit together.
    `dry_run` decides and plans the mail but writes nothing.
    """
    report = EscalationReport(now=now, dry_run=dry_run)
    for ticket_id in due_ids(sessions, now, batch):
        if stop is not None and stop.is_set():
            break
        report.checked += 1
        try:
            outcome = _handle(sessions, services, ticket_id, now, dry_run)
        except OperationalError:
            raise  # the database is gone: the whole pass is retried at the next interval
        except Exception:
            # A bug or a broken template on one ticket must not stop the others.
            log.exception("ticket %s: SLA check failed; retried at the next pass", ticket_id)
            report.failed += 1
            continue
        if outcome is None:
            report.skipped += 1
        else:
            report.outcomes.append(outcome)
    return report


def due_ids(sessions: sessionmaker[Session], now: datetime, batch: int) -> Iterator[int]:
    """Due ticket ids, oldest check first, read in batches by keyset (each id once)."""
    after: tuple[datetime, int] | None = None
    seen: set[int] = set()
    while True:
        query = select(Ticket.sla_next_check_at, Ticket.id).where(Ticket.sla_next_check_at <= now)
        if after is not None:
            at, last = after
            query = query.where(
                or_(
                    Ticket.sla_next_check_at > at,
                    and_(Ticket.sla_next_check_at == at, Ticket.id > last),
                )
            )
        query = query.order_by(Ticket.sla_next_check_at, Ticket.id).limit(batch)
        with sessions() as session:
            rows = [(row[0], row[1]) for row in session.execute(query)]
        yield from (ticket_id for _at, ticket_id in rows if ticket_id not in seen)
        seen.update(ticket_id for _at, ticket_id in rows)
        if len(rows) < batch:
            return
        after = (rows[-1][0] or now, rows[-1][1])


def _lock(session: Session, ticket_id: int, now: datetime, lock: bool) -> Ticket | None:
    """The ticket if still due, locked; None if another worker holds or handled it.

    Read with a plain SELECT into a transient Ticket (the ORM's unit of work would cost
    more than the rest of the pass); the changes are written back with one UPDATE.
    """
    query = _DUE_LOCKED if lock else _DUE
    row = session.execute(query, {"ticket_id": ticket_id, "now": now}).first()
    return None if row is None else Ticket(**row._asdict())


def _handle(
    sessions: sessionmaker[Session], services: Services, ticket_id: int, now: datetime, dry: bool
) -> Outcome | None:
    try:
        return _attempt(sessions, services, ticket_id, now, dry, mail=True)
    except IntegrityError:
        # An idempotency key already in the outbox: this action's mail went out before.
        log.warning("ticket %s: SLA notification already queued; not queued again", ticket_id)
        return _attempt(sessions, services, ticket_id, now, dry, mail=False)


def _attempt(
    sessions: sessionmaker[Session],
    services: Services,
    ticket_id: int,
    now: datetime,
    dry: bool,
    mail: bool,
) -> Outcome | None:
    """One ticket in one transaction: lock, decide, store, record, queue."""
    with sessions.begin() as session:
        ticket = _lock(session, ticket_id, now, lock=not dry)
        if ticket is None:
            return None
        state = to_sla_ticket(ticket)
        decision = decide(state, now, services.sla)
        notices = plan_notices(session, services, ticket, decision) if mail else ()
        if dry:
            return Outcome(ticket_id, decision, notices)
        queued = _carry_out(session, services, ticket, state, decision, notices, now)
    if decision.action != "none":
        log.info("ticket %s: %s: %s", ticket_id, decision.action, decision.reason)
    return Outcome(ticket_id, decision, notices, queued)


def _carry_out(
    session: Session,
    services: Services,
    ticket: Ticket,
    state: SlaTicket,
    decision: Decision,
    notices: tuple[Notice, ...],
    now: datetime,
) -> int:
    """Store the new state; for an action also the events and the notifications."""
    calendar = targets_of(state, services.sla).calendar
    after = apply_decision(state, decision, now)
    if decision.action == "escalate":
        after = replace(after, team=kept_team(services, ticket.team, after.level))
    changes = {**sla_values(after, services.sla, now), "team": after.team}
    if decision.action != "none":
        changes["updated_at"] = now
    for name, value in changes.items():
        setattr(ticket, name, value)  # the drafts show the ticket as it is now
    session.execute(_UPDATE, {**changes, "ticket_pk": ticket.id})
    if decision.action == "none":
        return 0
    insert_rows(session, TicketEvent, _events(ticket.id, state, decision, calendar, now))
    if not notices:
        return 0
    values = template_values(ticket, decision, calendar, notices)
    recent = recent_messages(session, ticket.id)
    if decision.action == "escalate":
        values["history"] = history(recent, calendar)
    return _queue_all(session, services, ticket, state, decision, notices, values, recent, now)


def _events(
    ticket_id: int,
    state: SlaTicket,
    decision: Decision,
    calendar: BusinessCalendar,
    now: datetime,
) -> list[dict[str, Any]]:
    """The ticket events of an action: its sla_* event, and level_changed on escalation."""
    detail = {
        "target": decision.target,
        "level": decision.level,
        "due": decision.due_at.isoformat() if decision.due_at else None,
        "due_local": format_local(decision.due_at, calendar),
        "overdue_by": _span(decision.overdue_by),
        "overdue_seconds": _seconds(decision.overdue_by),
        "remaining": _span(decision.remaining),
        "reason": decision.reason,
    }
    rows = [_event(ticket_id, now, EVENT_KINDS[decision.action], detail)]
    if decision.action == "escalate":
        change = {"from": state.level, "to": decision.new_level, "reason": decision.reason}
        rows.append(_event(ticket_id, now, "level_changed", change))
    return rows


def _span(span: timedelta | None) -> str | None:
    return None if span is None else format_span(span)


def _seconds(span: timedelta | None) -> float | None:
    return None if span is None else span.total_seconds()


def _event(ticket_id: int, now: datetime, kind: str, detail: dict[str, Any]) -> dict[str, Any]:
    return {"ticket_id": ticket_id, "at": now, "kind": kind, "actor": ACTOR, "detail": detail}


def idempotency_key(state: SlaTicket, decision: Decision, notice: Notice, now: datetime) -> str:
    """`sla:{ticket}:{level}:{level start}:{target}:{action}:{n}:{template}`.

    A level's clock start names the episode (a level can be reached twice); `n` is 0 for
    the one warning or escalation per target and episode, the time for a reminder.
    """
    n = f"{now:%Y%m%dT%H%M%S}" if decision.action == "remind" else "0"
    start = f"{state.clock_start:%Y%m%dT%H%M%S}"
    return (
        f"sla:{state.id}:{state.level}:{start}:{decision.target}:{decision.action}:{n}:"
        f"{notice.kind}"
    )


def _queue_all(
    session: Session,
    services: Services,
    ticket: Ticket,
    state: SlaTicket,
    decision: Decision,
    notices: tuple[Notice, ...],
    values: dict[str, Any],
    recent: list[Any],
    now: datetime,
) -> int:
    """Draft and queue each notification; its idempotency key is unique in the outbox."""
    drafter = Drafter(services.config, services.tokens, now)
    for notice in notices:
        answered = parent(session, ticket.id, recent, customer=notice.team is None)
        draft = _draft(drafter, ticket, notice, answered, values)
        enqueue(
            session,
            key=idempotency_key(state, decision, notice, now),
            kind=notice.kind,
            ticket=ticket,
            draft=draft,
            envelope_from=services.config.smtp.from_address,
            now=now,
        )
    return len(notices)


def _draft(
    drafter: Drafter, ticket: Ticket, notice: Notice, answered: Parent, values: dict[str, Any]
) -> OutgoingDraft:
    wanted = notice.variables(values)
    if notice.team is not None:
        return drafter.to_team(notice.kind, ticket, notice.team, answered, **wanted)
    return drafter.to_customer(notice.kind, ticket, answered, **wanted)
