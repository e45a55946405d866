"""Prometheus metrics read from the database at scrape time (every daemon reports the same)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.gc_collector import GCCollector
from prometheus_client.platform_collector import PlatformCollector
from prometheus_client.process_collector import ProcessCollector
from prometheus_client.registry import Collector
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, sessionmaker

from mailtriage.clock import Clock
from mailtriage.storage.models import (
    Alert,
    FolderState,
    Mailbox,
    OutboxItem,
    Quarantined,
    Receipt,
    Ticket,
    TicketEvent,
)

OUTCOMES = ("stored", "duplicate", "quarantined")
SLA_EVENTS = ("sla_warning", "sla_escalated", "sla_reminder")
CONFIDENCE_BUCKETS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0)
WAITING = ("pending", "sending")


class DatabaseCollector(Collector):
    """Every family is one aggregate query (GROUP BY) run when Prometheus scrapes."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self.sessions, self.clock = sessions, clock

    def collect(self) -> Iterator[Metric]:
        """Read every family in one short read-only session."""
        now = self.clock.now().timestamp()
        with self.sessions() as session:
            families = [
                *_ingested(_rows(session, _INGESTED)),
                *_tickets(_rows(session, _TICKETS)),
                _confidence(tuple(session.execute(_CONFIDENCE).one())),
                _sla_events(_rows(session, _SLA)),
                *_outbox(_rows(session, _OUTBOX), now),
                *_mailboxes(_rows(session, _FOLDERS)),
                _quarantine(_rows(session, _QUARANTINE)),
                _alerts(session.scalar(_OPEN_ALERTS) or 0),
            ]
        yield from families


def make_registry(sessions: sessionmaker[Session], clock: Clock) -> CollectorRegistry:
    """Our own registry: the database families plus the process, platform and GC ones."""
    registry = CollectorRegistry()
    registry.register(DatabaseCollector(sessions, clock))
    ProcessCollector(registry=registry)
    PlatformCollector(registry=registry)
    GCCollector(registry=registry)
    return registry


def render(registry: CollectorRegistry) -> bytes:
    """The Prometheus text exposition of everything in `registry`."""
    return generate_latest(registry)


def _rows(session: Session, query: Any) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in session.execute(query)]


_INGESTED = (
    select(Mailbox.name, Receipt.outcome, func.count())
    .join(Mailbox, Mailbox.id == Receipt.mailbox_id)
    .group_by(Mailbox.name, Receipt.outcome)
)
_TICKETS = select(Ticket.level, Ticket.category, Ticket.status, func.count()).group_by(
    Ticket.level, Ticket.category, Ticket.status
)
_CONFIDENCE = select(
    func.count(Ticket.id),
    func.coalesce(func.sum(Ticket.confidence), 0.0),
    *(
        func.coalesce(func.sum(case((Ticket.confidence <= b, 1), else_=0)), 0)
        for b in CONFIDENCE_BUCKETS
    ),
)
_SLA = (
    select(TicketEvent.kind, func.count())
    .where(TicketEvent.kind.in_(SLA_EVENTS))
    .group_by(TicketEvent.kind)
)
_OUTBOX = select(
    OutboxItem.kind, OutboxItem.status, func.count(), func.min(OutboxItem.created_at)
).group_by(OutboxItem.kind, OutboxItem.status)
_FOLDERS = select(
    Mailbox.name, FolderState.folder, FolderState.last_success_at, FolderState.consecutive_failures
).join(Mailbox, Mailbox.id == FolderState.mailbox_id)
_QUARANTINE = (
    select(Mailbox.name, func.count())
    .select_from(Quarantined)
    .outerjoin(Mailbox, Mailbox.id == Quarantined.mailbox_id)
    .where(Quarantined.status == "held")
    .group_by(Mailbox.name)
)
_OPEN_ALERTS = select(func.count()).where(Alert.opened_at.is_not(None), Alert.resolved_at.is_(None))


def _ingested(rows: Sequence[tuple[Any, ...]]) -> list[Metric]:
    """Receipts by mailbox and outcome; every outcome appears (as 0) for a known mailbox."""
    family = CounterMetricFamily(
        "mailtriage_messages_ingested",
        "Fetched mail by mailbox and outcome (stored, duplicate, quarantined).",
        labels=["mailbox", "outcome"],
    )
    counts = {(name, outcome): n for name, outcome, n in rows}
    for name in sorted({name for name, _ in counts}):
        for outcome in OUTCOMES:
            family.add_metric([name, outcome], counts.get((name, outcome), 0))
    return [family]


def _tickets(rows: Sequence[tuple[Any, ...]]) -> list[Metric]:
    family = GaugeMetricFamily(
        "mailtriage_tickets",
        "Tickets by support level, category and status.",
        labels=["level", "category", "status"],
    )
    for level, category, status, n in rows:
        family.add_metric([str(level), category, status], n)
    return [family]


def _confidence(row: tuple[Any, ...]) -> Metric:
    """The classifier's confidence over all tickets, cumulative buckets as Prometheus wants."""
    count, total, *cumulative = row
    buckets = [(_le(b), float(n)) for b, n in zip(CONFIDENCE_BUCKETS, cumulative, strict=True)]
    return HistogramMetricFamily(
        "mailtriage_classification_confidence",
        "Classification confidence of the tickets.",
        buckets=[*buckets, ("+Inf", float(count))],
        sum_value=float(total),
    )


def _le(bound: float) -> str:
    return f"{bound:g}"


def _sla_events(rows: Sequence[tuple[Any, ...]]) -> Metric:
    family = CounterMetricFamily(
        "mailtriage_sla_events",
        "SLA warnings, escalations (breaches) and reminders, from the ticket events.",
        labels=["kind"],
    )
    counts: dict[str, int] = {kind: n for kind, n in rows}
    for kind in SLA_EVENTS:
        family.add_metric([kind], counts.get(kind, 0))
    return family


def _outbox(rows: Sequence[tuple[Any, ...]], now: float) -> list[Metric]:
    """Sent and failed (counters), waiting (gauge) by kind, and the oldest waiting mail."""
    sent = CounterMetricFamily("mailtriage_outbox_sent", "Mail delivered.", labels=["kind"])
    failed = CounterMetricFamily("mailtriage_outbox_failed", "Mail given up on.", labels=["kind"])
    waiting = GaugeMetricFamily(
        "mailtriage_outbox_pending", "Mail waiting to be sent.", labels=["kind"]
    )
    by_kind: dict[str, dict[str, int]] = {}
    oldest = None
    for kind, status, n, first in rows:
        by_kind.setdefault(kind, {})[status] = n
        if status in WAITING and first is not None:
            oldest = first if oldest is None else min(oldest, first)
    for kind, counts in sorted(by_kind.items()):
        sent.add_metric([kind], counts.get("sent", 0))
        failed.add_metric([kind], counts.get("failed", 0))
        waiting.add_metric([kind], sum(counts.get(s, 0) for s in WAITING))
    age = GaugeMetricFamily(
        "mailtriage_outbox_oldest_pending_age_seconds",
        "Age of the oldest mail waiting to be sent (0 when none waits).",
        value=max(0.0, now - oldest.timestamp()) if oldest else 0.0,
    )
    return [sent, failed, waiting, age]


def _mailboxes(rows: Sequence[tuple[Any, ...]]) -> list[Metric]:
    last = GaugeMetricFamily(
        "mailtriage_mailbox_last_success_timestamp_seconds",
        "When the folder was last synchronised without error (Unix time).",
        labels=["mailbox", "folder"],
    )
    failures = GaugeMetricFamily(
        "mailtriage_mailbox_consecutive_failures",
        "Failed attempts since the last successful synchronisation.",
        labels=["mailbox", "folder"],
    )
    for name, folder, last_success, failed in rows:
        if last_success is not None:
            last.add_metric([name, folder], last_success.timestamp())
        failures.add_metric([name, folder], failed)
    return [last, failures]


def _quarantine(rows: Sequence[tuple[Any, ...]]) -> Metric:
    family = GaugeMetricFamily(
        "mailtriage_quarantine_held", "Quarantined messages still held.", labels=["mailbox"]
    )
    for name, n in rows:
        family.add_metric([name or ""], n)
    return family


def _alerts(count: int) -> Metric:
    return GaugeMetricFamily(
        "mailtriage_alerts_open", "Problems the admin was alerted to, unresolved.", value=count
    )
