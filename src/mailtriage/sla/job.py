"""The escalation pass: load due tickets through the index, decide, store, queue the mail."""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from itertools import islice
from typing import Any, cast

from sqlalchemy import Row, Table, and_, bindparam, or_, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.instrumentation import manager_of_class

from mailtriage.ingest.context import Services
from mailtriage.outbox.compose import OutgoingDraft
from mailtriage.outbox.drafts import Drafter, Parent
from mailtriage.outbox.queue import Outgoing, enqueue_many
from mailtriage.sla.calendar import BusinessCalendar
from mailtriage.sla.due import targets_of
from mailtriage.sla.formatting import format_local, format_span
from mailtriage.sla.notices import (
    Correspondence,
    Notice,
    bounced_addresses,
    history,
    kept_team,
    load_correspondence,
    plan_notices,
    template_values,
)
from mailtriage.sla.report import EscalationReport, Outcome
from mailtriage.sla.rows import sla_values, stored_values, to_sla_ticket
from mailtriage.sla.rules import Decision, decide
from mailtriage.sla.ticket import SlaTicket
from mailtriage.sla.transitions import apply_decision
from mailtriage.storage.bulk import insert_unnested, update_unnested
from mailtriage.storage.models import Ticket, TicketEvent
from mailtriage.storage.rows import insert_rows

log = logging.getLogger(__name__)
TICKETS = cast(Table, Ticket.__table__)
EVENTS = cast(Table, TicketEvent.__table__)
CHUNK = 100  # tickets per transaction
# Built once: statement construction costs more than executing it on the hot path.
_DUE = select(TICKETS).where(
    TICKETS.c.id.in_(bindparam("ticket_ids", expanding=True)),
    TICKETS.c.sla_next_check_at <= bindparam("now"),
)
_DUE_LOCKED = _DUE.with_for_update(skip_locked=True)
_NEW_TICKET = manager_of_class(Ticket).new_instance
_UPDATE = update(TICKETS).where(TICKETS.c.id == bindparam("ticket_pk"))
ACTOR = "mailtriage"
EVENT_KINDS = {"warn": "sla_warning", "escalate": "sla_escalated", "remind": "sla_reminder"}


@dataclass(frozen=True)
class _Step:
    """One locked ticket of a chunk: its SLA state, the decision and the mail it sends."""

    ticket: Ticket
    state: SlaTicket
    decision: Decision
    notices: tuple[Notice, ...]


def escalate_due(
    sessions: sessionmaker[Session],
    services: Services,
    now: datetime,
    *,
    dry_run: bool = False,
    batch: int = 500,
    chunk: int = CHUNK,
    workers: int | None = None,
    stop: threading.Event | None = None,
) -> EscalationReport:
    """One pass over the tickets due at `now`: at most one action per ticket.

    Only tickets with `sla_next_check_at <= now` are read (the column is indexed), in
    batches, and handled `chunk` tickets per transaction: locked with `SELECT ... FOR UPDATE
    SKIP LOCKED` (PostgreSQL; SQLite's single writer serialises instead) and checked again
    once locked, so two daemons never act on one ticket twice. The new states, the ticket
    events and the notifications (outbox rows, unique idempotency keys) commit together.
    If a chunk fails, its tickets are handled again one per transaction, so one failing
    ticket does not stop the others. `stop` is looked at between chunks. `dry_run` decides
    and plans the mail but writes nothing.

    `workers` transactions run at once, on chunks of different tickets (default: two on
    PostgreSQL, so one chunk's mail is drafted while the server stores the other's; one on
    SQLite, whose writers wait for each other). Outcomes are reported in the order of the ids.
    """
    if workers is None:
        workers = 2 if _dialect(sessions) == "postgresql" else 1
    report = EscalationReport(now=now, dry_run=dry_run)

    def handle(ids: list[int]) -> EscalationReport:
        return _handle_chunk(sessions, services, ids, now, dry_run)

    chunks = _chunks(due_ids(sessions, now, batch), chunk)
    for part in _in_order(handle, _until_stopped(chunks, stop, report), workers):
        report.merge(part)
    return report


def _until_stopped(
    chunks: Iterator[list[int]], stop: threading.Event | None, report: EscalationReport
) -> Iterator[list[int]]:
    """The chunks, counted as checked, until `stop` is set."""
    for ids in chunks:
        if stop is not None and stop.is_set():
            return
        report.checked += len(ids)
        yield ids


def _in_order(
    handle: Callable[[list[int]], EscalationReport], chunks: Iterator[list[int]], workers: int
) -> Iterator[EscalationReport]:
    """`handle` of each chunk, `workers` at a time in threads, reported in the chunks' order.

    Chunks are taken as threads come free (at most `workers` running); after a failure the
    chunks running finish (leaving the pool waits for them) before the failure is raised.
    """
    if workers <= 1:
        yield from map(handle, chunks)
        return
    with ThreadPoolExecutor(workers, thread_name_prefix="escalation") as pool:
        running: deque[Future[EscalationReport]] = deque()
        for ids in chunks:
            running.append(pool.submit(handle, ids))
            if len(running) >= workers:
                yield running.popleft().result()
        while running:
            yield running.popleft().result()


def _dialect(sessions: sessionmaker[Session]) -> str:
    with sessions() as session:
        return session.get_bind().dialect.name


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


def _chunks(ids: Iterator[int], size: int) -> Iterator[list[int]]:
    """`ids` in lists of `size`, read from the iterator only as each list is needed."""
    while chunk := list(islice(ids, max(size, 1))):
        yield chunk


def _handle_chunk(
    sessions: sessionmaker[Session],
    services: Services,
    ids: list[int],
    now: datetime,
    dry: bool,
) -> EscalationReport:
    """The chunk in one transaction; if that fails, its tickets one by one."""
    report = EscalationReport(now=now, dry_run=dry)
    if len(ids) > 1:
        try:
            report.record(_attempt(sessions, services, ids, now, dry, mail=True))
            return report
        except OperationalError:
            raise  # the database is gone: the whole pass is retried at the next interval
        except Exception as error:
            log.warning("%d due tickets failed together (%r); one by one now", len(ids), error)
    for ticket_id in ids:
        _handle_one(sessions, services, ticket_id, now, dry, report)
    return report


def _handle_one(
    sessions: sessionmaker[Session],
    services: Services,
    ticket_id: int,
    now: datetime,
    dry: bool,
    report: EscalationReport,
) -> None:
    """One ticket in its own transaction; if it fails, it is counted and left for the next pass."""
    try:
        report.record(_one(sessions, services, ticket_id, now, dry))
    except OperationalError:
        raise
    except Exception:
        # A bug or a broken template on one ticket must not stop the others.
        log.exception("ticket %s: SLA check failed; retried at the next pass", ticket_id)
        report.failed += 1


def _one(
    sessions: sessionmaker[Session], services: Services, ticket_id: int, now: datetime, dry: bool
) -> list[Outcome | None]:
    """One ticket; if its mail is in the outbox already, the action again without the mail."""
    try:
        return _attempt(sessions, services, [ticket_id], now, dry, mail=True)
    except IntegrityError:
        # An idempotency key already in the outbox: this action's mail went out before.
        log.warning("ticket %s: SLA notification already queued; not queued again", ticket_id)
        return _attempt(sessions, services, [ticket_id], now, dry, mail=False)


def _attempt(
    sessions: sessionmaker[Session],
    services: Services,
    ids: list[int],
    now: datetime,
    dry: bool,
    mail: bool,
) -> list[Outcome | None]:
    """Tickets in one transaction: lock, decide, store, record, queue (None: not ours)."""
    with sessions.begin() as session:
        steps = _decide(session, services, _lock(session, ids, now, lock=not dry), now, mail)
        if not dry:
            _carry_out(session, services, steps, now)
    done = {step.ticket.id: _outcome(step, dry) for step in steps}
    return [done.get(ticket_id) for ticket_id in ids]


def _lock(session: Session, ids: list[int], now: datetime, lock: bool) -> list[Ticket]:
    """The tickets still due, locked, in the order of `ids`; without those that another
    worker holds or handled.

    Read with a plain SELECT into transient Tickets (the ORM's unit of work would cost
    more than the rest of the pass); the changes are written back with plain UPDATEs.
    """
    query = _DUE_LOCKED if lock else _DUE
    rows = {row.id: row for row in session.execute(query, {"ticket_ids": ids, "now": now})}
    return [_transient(rows[ticket_id]) for ticket_id in ids if ticket_id in rows]


def _transient(row: Row[Any]) -> Ticket:
    """A Ticket holding a row's values, in no session; filled as the ORM's loader fills one
    (the declarative constructor checks and instruments each column: ten times slower)."""
    ticket = _NEW_TICKET()
    vars(ticket).update(row._mapping)
    return ticket


def _decide(
    session: Session, services: Services, tickets: list[Ticket], now: datetime, mail: bool
) -> list[_Step]:
    """Each ticket's decision and, with `mail`, the notifications it sends."""
    states = [to_sla_ticket(ticket) for ticket in tickets]
    decisions = [decide(state, now, services.sla) for state in states]
    bounced = _bounced(session, services, tickets, decisions) if mail else frozenset()
    steps = []
    for ticket, state, decision in zip(tickets, states, decisions, strict=True):
        notices = plan_notices(services, ticket, decision, bounced) if mail else ()
        steps.append(_Step(ticket, state, decision, notices))
    return steps


def _bounced(
    session: Session, services: Services, tickets: list[Ticket], decisions: list[Decision]
) -> frozenset[str]:
    """The customer addresses of the escalated tickets that bounced, if customers are told."""
    if not services.config.sla.customer_notice:
        return frozenset()
    escalated = (
        t.customer_address
        for t, d in zip(tickets, decisions, strict=True)
        if d.action == "escalate"
    )
    return bounced_addresses(session, escalated)


def _outcome(step: _Step, dry: bool) -> Outcome:
    ticket_id, decision = step.ticket.id, step.decision
    if dry:
        return Outcome(ticket_id, decision, step.notices)
    if decision.action != "none":
        log.info("ticket %s: %s: %s", ticket_id, decision.action, decision.reason)
    return Outcome(ticket_id, decision, step.notices, len(step.notices))


def _carry_out(session: Session, services: Services, steps: list[_Step], now: datetime) -> None:
    """Store the new states; for the actions also the events and the notifications."""
    updates, events = [], []
    for step in steps:
        changes = _changes(services, step, now)
        vars(step.ticket).update(changes)  # the drafts show the (transient) ticket as it is now
        updates.append((step.ticket.id, changes))
        if step.decision.action != "none":
            calendar = _calendar(services, step.state)
            events += _events(step.ticket.id, step.state, step.decision, calendar, now)
    _update(session, updates)
    _insert_events(session, events)
    enqueue_many(session, _mail(session, services, steps, now), now)


def _changes(services: Services, step: _Step, now: datetime) -> dict[str, Any]:
    """The ticket columns after the decision: the SLA state and due times, the team."""
    after = apply_decision(step.state, step.decision, now)  # as `decide` saw it
    team = after.team
    if step.decision.action == "escalate":
        team = kept_team(services, step.ticket.team, after.level)
    if team == after.team:
        values = stored_values(
            after, services.sla, step.decision.next_check_at, step.decision.next_due
        )
    else:  # another calendar may apply: the next check is computed again
        values = sla_values(replace(after, team=team), services.sla, now)
    changes = {**values, "team": team}
    if step.decision.action != "none":
        changes["updated_at"] = now
    return changes


def _update(session: Session, updates: list[tuple[int, dict[str, Any]]]) -> None:
    """One statement per set of columns (an action also sets `updated_at`): on PostgreSQL an
    UPDATE ... FROM unnest(...), elsewhere an executemany."""
    groups: dict[frozenset[str], list[tuple[int, dict[str, Any]]]] = {}
    for ticket_id, changes in updates:
        groups.setdefault(frozenset(changes), []).append((ticket_id, changes))
    connection = session.connection()
    for group in groups.values():
        if connection.dialect.name == "postgresql":
            update_unnested(connection, TICKETS, [{"id": t, **changes} for t, changes in group])
        else:
            connection.execute(_UPDATE, [{**changes, "ticket_pk": t} for t, changes in group])


def _insert_events(session: Session, rows: list[dict[str, Any]]) -> None:
    """The ticket events, in one statement (PostgreSQL) or one executemany."""
    connection = session.connection()
    if rows and connection.dialect.name == "postgresql":
        insert_unnested(connection, EVENTS, rows)
    else:
        insert_rows(session, TicketEvent, rows)


def _calendar(services: Services, state: SlaTicket) -> BusinessCalendar:
    return targets_of(state, services.sla).calendar


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


def _mail(
    session: Session, services: Services, steps: list[_Step], now: datetime
) -> list[Outgoing]:
    """Every notification of the steps, drafted; their mail history loaded at once."""
    acting = [step for step in steps if step.notices]
    if not acting:
        return []
    wanted = [(s.ticket.id, notice.team is None) for s in acting for notice in s.notices]
    correspondence = load_correspondence(session, wanted)
    drafter = Drafter(services.config, services.tokens, now)
    return [
        item for step in acting for item in _drafts(services, drafter, step, correspondence, now)
    ]


def _drafts(
    services: Services, drafter: Drafter, step: _Step, mail: Correspondence, now: datetime
) -> list[Outgoing]:
    """Draft each notification of one action; its idempotency key is unique in the outbox."""
    ticket, decision = step.ticket, step.decision
    calendar = _calendar(services, step.state)
    values = template_values(ticket, decision, calendar, step.notices)
    if decision.action == "escalate":
        values["history"] = history(mail.messages(ticket.id), calendar)
    return [
        Outgoing(
            key=idempotency_key(step.state, decision, notice, now),
            kind=notice.kind,
            ticket=ticket,
            draft=_draft(
                drafter, ticket, notice, mail.parent(ticket.id, notice.team is None), values
            ),
            envelope_from=services.config.smtp.from_address,
        )
        for notice in step.notices
    ]


def _draft(
    drafter: Drafter, ticket: Ticket, notice: Notice, answered: Parent, values: dict[str, Any]
) -> OutgoingDraft:
    wanted = notice.variables(values)
    if notice.team is not None:
        return drafter.to_team(notice.kind, ticket, notice.team, answered, **wanted)
    return drafter.to_customer(notice.kind, ticket, answered, **wanted)
