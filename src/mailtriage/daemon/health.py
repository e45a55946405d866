"""/healthz and /metrics on a loopback HTTP server: is every mailbox, the outbox, the scheduler ok?"""

from __future__ import annotations

import json
import logging
import socket
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from mailtriage.clock import Clock
from mailtriage.config.health import HealthConfig
from mailtriage.config.schema import MailboxConfig, is_loopback
from mailtriage.daemon.metrics import WAITING, make_registry, render
from mailtriage.storage.models import Alert, FolderState, Mailbox, OutboxItem

log = logging.getLogger(__name__)
BACKLOG_LIMIT = timedelta(hours=1)
LAG_LIMIT = timedelta(minutes=5)


@dataclass(frozen=True)
class JobRun:
    """The last start of one scheduled job and how late it was."""

    at: datetime
    interval: timedelta
    lag: timedelta


class JobHeartbeat:
    """When each scheduled job (outbox, escalation, alerts) last started, against its interval."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._runs: dict[str, JobRun] = {}
        self._lock = threading.Lock()

    def ran(self, job: str, interval: timedelta) -> None:
        """Call at the start of a job run: records how late it started against its schedule."""
        now = self.clock.now()
        with self._lock:
            previous = self._runs.get(job)
            due = previous.at + previous.interval if previous else now
            self._runs[job] = JobRun(now, interval, max(timedelta(0), now - due))

    def report(self, now: datetime) -> dict[str, dict[str, Any]]:
        """Per job: last start, how late it started, how overdue the next start is now."""
        with self._lock:
            runs = dict(self._runs)
        return {
            job: {
                "last_run": _iso(run.at),
                "last_lag_seconds": round(run.lag.total_seconds(), 3),
                "overdue_seconds": round(_overdue(run, now).total_seconds(), 3),
            }
            for job, run in sorted(runs.items())
        }

    def late(self, now: datetime) -> list[str]:
        """The jobs whose next start is more than LAG_LIMIT overdue (a stuck scheduler)."""
        with self._lock:
            return sorted(job for job, run in self._runs.items() if _overdue(run, now) > LAG_LIMIT)


def _overdue(run: JobRun, now: datetime) -> timedelta:
    return max(timedelta(0), now - (run.at + run.interval))


def health_report(
    session: Session,
    mailboxes: Sequence[MailboxConfig],
    health: HealthConfig,
    now: datetime,
    heartbeat: JobHeartbeat | None = None,
) -> dict[str, Any]:
    """The /healthz document: status "ok" or "degraded", the problems, and the details."""
    boxes = _mailbox_health(session, mailboxes, now)
    outbox = _outbox_health(session, now)
    alerts = _open_alerts(session)
    problems = [
        *(
            f"mailbox {name} failing for {_span(b['failing_seconds'])}"
            for name, b in boxes.items()
            if b["failing_seconds"] and b["failing_seconds"] > health.alert_after.total_seconds()
        ),
        *(f"alert open: {a['key']}" for a in alerts),
        *_backlog_problem(outbox),
        *(f"scheduler job {job} is late" for job in (heartbeat.late(now) if heartbeat else [])),
    ]
    return {
        "status": "degraded" if problems else "ok",
        "problems": list(dict.fromkeys(problems)),
        "checked_at": _iso(now),
        "mailboxes": boxes,
        "outbox": outbox,
        "scheduler": heartbeat.report(now) if heartbeat else {},
        "alerts": alerts,
    }


def _mailbox_health(
    session: Session, mailboxes: Sequence[MailboxConfig], now: datetime
) -> dict[str, dict[str, Any]]:
    """The configured mailboxes' folder states; never a secret (URL credentials are masked)."""
    query = select(Mailbox.name, FolderState).join(
        FolderState, FolderState.mailbox_id == Mailbox.id
    )
    states = {(name, state.folder): state for name, state in session.execute(query)}
    open_since = select(Alert.key, Alert.since).where(Alert.resolved_at.is_(None))
    since = {key: at for key, at in session.execute(open_since)}
    report = {}
    for box in mailboxes:
        state = states.get((box.name, box.folder))
        report[box.name] = _one_mailbox(box, state, since.get(f"mailbox:{box.name}"), now)
    return report


def _one_mailbox(
    box: MailboxConfig, state: FolderState | None, alert_since: datetime | None, now: datetime
) -> dict[str, Any]:
    failures = state.consecutive_failures if state else 0
    last = state.last_success_at if state else None
    failing_since = (last or alert_since) if failures else None
    return {
        "folder": box.folder,
        "last_success": _iso(last),
        "consecutive_failures": failures,
        "failing_seconds": (now - failing_since).total_seconds() if failing_since else None,
    }


def _outbox_health(session: Session, now: datetime) -> dict[str, Any]:
    pending, oldest = session.execute(
        select(func.count(), func.min(OutboxItem.created_at)).where(OutboxItem.status.in_(WAITING))
    ).one()
    failed = session.scalar(select(func.count()).where(OutboxItem.status == "failed")) or 0
    age = (now - oldest).total_seconds() if oldest else None
    return {"pending": pending, "oldest_pending_age_seconds": age, "failed": failed}


def _backlog_problem(outbox: dict[str, Any]) -> list[str]:
    age = outbox["oldest_pending_age_seconds"]
    if age is None or age <= BACKLOG_LIMIT.total_seconds():
        return []
    return [f"outbox backlog: oldest mail waiting for {_span(age)}"]


def _open_alerts(session: Session) -> list[dict[str, Any]]:
    query = (
        select(Alert)
        .where(Alert.opened_at.is_not(None), Alert.resolved_at.is_(None))
        .order_by(Alert.key)
    )
    return [
        {"key": a.key, "since": _iso(a.since), "opened_at": _iso(a.opened_at)}
        for a in session.scalars(query)
    ]


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def _span(seconds: float) -> str:
    minutes = int(seconds // 60)
    return f"{minutes // 60}h {minutes % 60}m" if minutes >= 60 else f"{minutes}m"


class HealthServer:
    """One small HTTP server on a daemon thread: GET /healthz (JSON) and GET /metrics."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        mailboxes: Sequence[MailboxConfig],
        health: HealthConfig,
        clock: Clock,
        heartbeat: JobHeartbeat | None = None,
    ) -> None:
        if health.address is None:
            raise ValueError("[health] listen is not set: the health endpoint is off")
        self.sessions, self.mailboxes, self.health = sessions, tuple(mailboxes), health
        self.clock, self.heartbeat = clock, heartbeat
        self.registry = make_registry(sessions, clock)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Bind (loopback unless allow_remote) and serve on a daemon thread."""
        host, port = self._bind_address()
        self._server = _server_for(host)((host, port), _Handler)
        self._server.daemon_threads = True
        self._server.health = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="mailtriage-health", daemon=True
        )
        self._thread.start()
        log.info("health endpoint on http://%s:%d/healthz and /metrics", *self.address[:2])

    def _bind_address(self) -> tuple[str, int]:
        assert self.health.address is not None  # checked in __init__
        host, port = self.health.address
        if not is_loopback(host) and not self.health.allow_remote:
            raise ValueError(f"refusing to serve /healthz on {host}: not a loopback address")
        return ("127.0.0.1" if host.lower().startswith("localhost") else host), port

    @property
    def address(self) -> tuple[str, int]:
        """The bound (host, port): the port is the real one when 0 was configured."""
        if self._server is None:
            raise RuntimeError("the health server is not running")
        host, port = self._server.server_address[:2]
        return str(host), int(port)

    def stop(self) -> None:
        """Stop serving and release the port."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = self._thread = None

    def healthz(self) -> tuple[int, dict[str, Any]]:
        """(HTTP status, document): 200 when ok, 503 when degraded or the database fails."""
        now = self.clock.now()
        try:
            with self.sessions() as session:
                report = health_report(session, self.mailboxes, self.health, now, self.heartbeat)
        except Exception as exc:
            log.warning("health check could not read the database: %s", exc)
            return 503, {"status": "degraded", "problems": ["database unreachable"]}
        return (200 if report["status"] == "ok" else 503), report

    def metrics(self) -> bytes:
        """The Prometheus exposition (raises when the database cannot be read)."""
        return render(self.registry)


def _server_for(host: str) -> type[ThreadingHTTPServer]:
    if ":" not in host:
        return ThreadingHTTPServer

    class V6Server(ThreadingHTTPServer):
        address_family = socket.AF_INET6

    return V6Server


class _Handler(BaseHTTPRequestHandler):
    server_version = "mailtriage"

    def do_GET(self) -> None:
        health: HealthServer = self.server.health  # type: ignore[attr-defined]
        path = self.path.split("?", 1)[0]
        if path == "/healthz":
            status, document = health.healthz()
            self._send(status, "application/json", json.dumps(document, indent=1).encode())
        elif path == "/metrics":
            self._metrics(health)
        else:
            self._send(404, "text/plain; charset=utf-8", b"not found: try /healthz or /metrics\n")

    def _metrics(self, health: HealthServer) -> None:
        try:
            body = health.metrics()
        except Exception as exc:
            log.warning("metrics could not read the database: %s", exc)
            self._send(503, "text/plain; charset=utf-8", b"database unreachable\n")
            return
        self._send(200, "text/plain; version=0.0.4; charset=utf-8", body)

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("health endpoint: " + format, *args)
