"""Escalation benchmark: one pass over 100,000 open tickets (1% due) on SQLite and PostgreSQL.

Run: .venv/bin/python benchmarks/escalation.py [--pg-url URL --pg-url URL2] [--due 1000]
                                               [--action warn] [--chunk 100] [--profile 25]
Builds two databases: `--due` open tickets whose first-response target has passed (each
pass escalates them 1 -> 2: two team mails queued, two events, the level changed;
`--chunk` tickets per transaction), plus `--small` or `--large` open tickets whose next SLA
check lies in the future. Times one pass on each (median of `--repeat`, the passes on the
two databases alternating, the due tickets reset between runs; wall and this process's CPU
time) and prints the ratio: the pass reads only due tickets through the
`sla_next_check_at` index, so it should not grow with the tickets that are not due.
`--profile N` adds one pass under cProfile per backend (large database, one transaction at a
time) and prints its N costliest functions (cumulative) and the share spent drafting the mail.
Without --pg-url a private PostgreSQL is started with the test helper (tests/servers).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests")]

from machine import cpu_reference  # noqa: E402
from sqlalchemy import delete, insert, text, update  # noqa: E402

from mailtriage.classification.base import FallbackClassifier  # noqa: E402
from mailtriage.clock import FrozenClock  # noqa: E402
from mailtriage.config import Config  # noqa: E402
from mailtriage.daemon.app import App, build_app  # noqa: E402
from mailtriage.sla import SlaPolicy  # noqa: E402
from mailtriage.sla.job import CHUNK, due_ids, escalate_due  # noqa: E402
from mailtriage.sla.rows import initial_values  # noqa: E402
from mailtriage.storage.models import Message, OutboxItem, Ticket, TicketEvent  # noqa: E402

NOW = datetime(2026, 11, 16, 12, 0, tzinfo=UTC)
INSERT_CHUNK = 10_000
TEAMS = [
    {"name": "level1", "levels": [0, 1], "addresses": ["l1@papyra.example"]},
    {"name": "level2", "levels": [2], "addresses": ["l2@papyra.example"]},
]
SLA = {"level": {"1": {"first_response": "1h", "resolution": "8h"}, "2": {"first_response": "2h"}}}


def make_app(url: str, data_dir: Path) -> App:
    config = Config.model_validate(
        {
            "data_dir": data_dir,
            "database": {"url": url},
            "smtp": {
                "host": "127.0.0.1",
                "port": 1,
                "security": "none",
                "from_address": "support@papyra.example",
            },
            "team": TEAMS,
            "sla": SLA,
        }
    )
    app = build_app(config, clock=FrozenClock(NOW), classifier=FallbackClassifier())
    policy = SlaPolicy.from_config(config.sla, config.calendar, config.team)
    app.services = app.services.__class__(**{**app.services.__dict__, "sla": policy})
    return app


def ticket_row(n: int, created: datetime, policy: SlaPolicy) -> dict[str, Any]:
    address = f"kunde{n}@example.ch"
    return {
        "subject": f"Frage {n}",
        "subject_key": f"frage {n}",
        "customer_address": address,
        "status": "open",
        "level": 1,
        "category": "install",
        "model_version": "bench",
        "created_at": created,
        "updated_at": created,
        **initial_values(1, "install", address, created, policy),
    }


def insert_tickets(app: App, start: int, count: int, created: datetime) -> list[int]:
    """Insert `count` open level 1 tickets created at `created`; returns their ids."""
    policy, ids = app.services.sla, []
    for first in range(start, start + count, INSERT_CHUNK):
        rows = [
            ticket_row(n, created, policy)
            for n in range(first, min(first + INSERT_CHUNK, start + count))
        ]
        with app.sessions.begin() as session:
            result = session.execute(insert(Ticket).returning(Ticket.id), rows)
            ids += list(result.scalars())
    return ids


def insert_messages(app: App, ticket_ids: list[int], created: datetime) -> None:
    """One customer mail per due ticket (the history and the parent of the notifications)."""
    rows = [
        {
            "ticket_id": t,
            "direction": "in",
            "message_id": f"<m{t}.{uuid.uuid4().hex}@example.ch>",
            "from_address": f"kunde{t}@example.ch",
            "subject": "Frage",
            "role": "customer",
            "text": "Das Setup bricht mit Fehler 1603 ab.",
            "size": 100,
            "raw_sha256": "0" * 64,
            "raw": b"x",
            "created_at": created,
        }
        for t in ticket_ids
    ]
    with app.sessions.begin() as session:
        session.execute(insert(Message), rows)


def analyze(app: App) -> None:
    with app.engine.begin() as connection:
        connection.execute(text("ANALYZE"))


def reset(app: App, due_ids: list[int], created: datetime) -> None:
    """Undo a pass: the due tickets back at level 1 and due, no SLA mail or events."""
    values = initial_values(1, "install", "x@example.ch", created, app.services.sla)
    with app.sessions.begin() as session:
        session.execute(delete(OutboxItem))
        session.execute(delete(TicketEvent))
        session.execute(delete(Message).where(Message.direction == "out"))
        session.execute(
            update(Ticket)
            .where(Ticket.id.in_(due_ids))
            .values(
                level=1,
                team=None,
                updated_at=created,
                sla_level_changed_at=None,
                sla_warned_first_response=False,
                sla_breached_first_response=False,
                **values,
            )
        )


MAILS = {"escalate": 2, "warn": 1}
SIZES = ("small", "large")
CREATED = {"escalate": timedelta(hours=2), "warn": timedelta(minutes=50)}


def one_pass(app: App, due: int, args: argparse.Namespace) -> tuple[float, float]:
    """(wall, CPU) seconds of one pass; CPU is this process only (not the PostgreSQL server)."""
    wall, cpu = time.perf_counter(), time.process_time()
    report = escalate_due(app.sessions, app.services, NOW, chunk=args.chunk, workers=args.workers)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if report.count(args.action) != due or report.queued != MAILS[args.action] * due:
        raise SystemExit(f"the pass did not {args.action} every due ticket: {report.summary()}")
    return wall, cpu


def profiled_pass(app: App, ids: list[int], created: datetime, args: argparse.Namespace) -> str:
    """One more pass under cProfile: its costliest functions and the drafting share."""
    reset(app, ids, created)
    profile = cProfile.Profile()  # sees this thread only: the chunks run one after another
    profile.runcall(one_pass, app, len(ids), argparse.Namespace(**{**vars(args), "workers": 1}))
    reset(app, ids, created)
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out).sort_stats("cumulative")
    total = stats.total_tt  # type: ignore[attr-defined]
    drafting = sum(
        entry[3]
        for (path, _line, name), entry in stats.stats.items()  # type: ignore[attr-defined]
        if path.endswith("outbox/drafts.py") and name in ("to_team", "to_customer")
    )
    stats.print_stats(args.profile)
    return (
        f"  drafting (Drafter.to_team/to_customer): {drafting / total:.0%} of the profiled pass "
        "(one transaction at a time)\n" + (out.getvalue())
    )


def select_only(app: App) -> float:
    """Seconds to read every due id through the index, as a pass does (no ticket handled)."""
    started = time.perf_counter()
    count = sum(1 for _ in due_ids(app.sessions, NOW, 500))
    elapsed = time.perf_counter() - started
    if count == 0:
        raise SystemExit("no due tickets found")
    return elapsed


def populate(app: App, not_due: int, args: argparse.Namespace) -> list[int]:
    """`--due` due tickets (one customer mail each) and `not_due` others; the due ids."""
    ids = insert_tickets(app, 0, args.due, due_created(args))
    insert_messages(app, ids, due_created(args))
    later = NOW - timedelta(minutes=10)  # next check at +48 min: not due
    insert_tickets(app, args.due, not_due, later)
    analyze(app)
    return ids


def due_created(args: argparse.Namespace) -> datetime:
    """escalate: the 1 h first response was missed; warn: 80% of it is used."""
    return NOW - CREATED[args.action]


def bench_backend(
    urls: tuple[str, str], data_dir: Path, args: argparse.Namespace
) -> dict[str, Any]:
    """The small and the large database side by side, their passes alternating, so that a
    change in the machine's load does not pass for a difference between the two."""
    apps = {size: make_app(url, data_dir / size) for size, url in zip(SIZES, urls, strict=True)}
    try:
        ids = {size: populate(apps[size], getattr(args, size), args) for size in SIZES}
        runs: dict[str, list[tuple[float, float]]] = {size: [] for size in SIZES}
        for _ in range(args.repeat):
            for size in SIZES:
                reset(apps[size], ids[size], due_created(args))
                runs[size].append(one_pass(apps[size], len(ids[size]), args))
        for size in SIZES:
            reset(apps[size], ids[size], due_created(args))
        selects = {size: [select_only(apps[size]) for _ in range(args.repeat)] for size in SIZES}
        large = apps["large"]
        profile = (
            profiled_pass(large, ids["large"], due_created(args), args) if args.profile else ""
        )
    finally:
        for app in apps.values():
            app.close()
    result: dict[str, Any] = {
        size: {
            "wall": [r[0] for r in runs[size]],
            "cpu": [r[1] for r in runs[size]],
            "select": selects[size],
        }
        for size in SIZES
    }
    return {**result, "profile": profile}


@contextmanager
def postgres_urls(given: list[str] | None) -> Iterator[tuple[str, str]]:
    """Two empty databases: the URLs given, else two on a private server."""
    if given:
        if len(given) != 2:
            raise SystemExit("--pg-url: give two URLs (the small and the large database)")
        yield given[0], given[1]
        return
    from servers.postgres import Postgres

    server = Postgres()
    server.start()
    try:
        name = f"bench_{uuid.uuid4().hex[:12]}"
        yield server.create_database(f"{name}_s"), server.create_database(f"{name}_l")
    finally:
        server.close()


def report(name: str, result: dict[str, Any], args: argparse.Namespace) -> None:
    print(f"\n{name}")
    print(
        f"  {'tickets (not due)':26} {'pass wall s':>12} {'pass CPU s':>11} "
        f"{'per due ms':>11} {'index read s':>13}   wall runs"
    )
    medians = {}
    for size in ("small", "large"):
        r = result[size]
        wall, cpu, read = (statistics.median(r[k]) for k in ("wall", "cpu", "select"))
        medians[size] = (wall, cpu, read)
        total = getattr(args, size) + args.due
        runs = ", ".join(f"{x:.2f}" for x in r["wall"])
        print(
            f"  {f'{total} ({getattr(args, size)})':26} {wall:>12.3f} {cpu:>11.3f} "
            f"{wall / args.due * 1000:>11.2f} {read:>13.4f}   {runs}"
        )
    (ws, cs, rs), (wl, cl, rl) = medians["small"], medians["large"]
    print(
        f"  ratio large/small: wall {wl / ws:.2f}, CPU {cl / cs:.2f}, index read {rl / rs:.2f}; "
        f"target < 1 s per pass: {'met' if wl < 1 else 'MISSED'}"
    )
    if result["profile"]:
        print(result["profile"])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--due", type=int, default=1000, help="tickets due in each pass")
    parser.add_argument("--small", type=int, default=10_000, help="not-due tickets, small database")
    parser.add_argument("--large", type=int, default=99_000, help="not-due tickets, large database")
    parser.add_argument("--repeat", type=int, default=5, help="passes per series (median)")
    parser.add_argument(
        "--pg-url", action="append", help="PostgreSQL URL of an empty database; give two"
    )
    parser.add_argument("--skip-pg", action="store_true", help="SQLite only")
    parser.add_argument("--chunk", type=int, default=CHUNK, help="tickets per transaction")
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="transactions at once (default: as shipped, 2 on PostgreSQL, 1 on SQLite)",
    )
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N", help="profile one more pass: top N lines"
    )
    parser.add_argument(
        "--action",
        choices=sorted(MAILS),
        default="escalate",
        help="what the due tickets need: escalate (2 mails) or warn (1 mail)",
    )
    args = parser.parse_args()
    results = {}
    reference = [cpu_reference()]
    with tempfile.TemporaryDirectory(prefix="mailtriage-bench-") as tmp:
        files = (f"sqlite:///{Path(tmp) / f'{size}.db'}" for size in SIZES)
        results["SQLite (WAL)"] = bench_backend(
            (next(files), next(files)), Path(tmp) / "sqlite", args
        )
        if not args.skip_pg:
            with postgres_urls(args.pg_url) as pg:
                results["PostgreSQL"] = bench_backend(pg, Path(tmp) / "pg", args)
    reference.append(cpu_reference())
    side = args.workers or "as shipped: PostgreSQL 2, SQLite 1,"
    what = {
        "escalate": "escalated 1 -> 2 (2 team mails, 2 events",
        "warn": "warned (1 team mail, 1 event",
    }
    print(
        f"\nmailtriage escalation benchmark: one pass, {args.due} due tickets {what[args.action]} "
        f"each, {args.chunk} tickets per transaction, {side} side by side), medians of "
        f"{args.repeat}; os.getloadavg() at the "
        f"end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPU(s); CPU reference (a fixed "
        f"pure-Python workload, the machine's speed): {reference[0] * 1000:.0f} ms before, "
        f"{reference[1] * 1000:.0f} ms after"
    )
    for name, result in results.items():
        report(name, result, args)


if __name__ == "__main__":
    main()
