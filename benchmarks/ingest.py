"""Ingest benchmark: IMAP (real Dovecot) to committed tickets with their outbox rows.

Run: .venv/bin/python benchmarks/ingest.py [--count 2000] [--stored 20000]
Prints end-to-end messages/second of `mailtriage run --once`, peak RSS, the raw limits
measured in the same run (IMAP fetch alone, parsing alone), correctness (bodies decoded,
attachments kept) and the cost per message at two database sizes.
"""

from __future__ import annotations

import argparse
import email
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from email import policy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "benchmarks")]

from imapclient import IMAPClient  # noqa: E402
from mailgen import GeneratedMail, generate  # noqa: E402
from sqlalchemy import create_engine, func, select  # noqa: E402
from sqlalchemy.exc import OperationalError  # noqa: E402

from mailtriage.parsing.mime import parse_message  # noqa: E402
from mailtriage.storage.db import make_engine  # noqa: E402
from mailtriage.storage.migrate import upgrade  # noqa: E402
from mailtriage.storage.models import Attachment, Message, OutboxItem, Receipt, Ticket  # noqa: E402
from servers.dovecot import Dovecot, ImapAccount  # noqa: E402
from support import daemon_config_text  # noqa: E402


def append_all(account: ImapAccount, mails: list[GeneratedMail]) -> None:
    with IMAPClient(account.host, port=account.imap_port, ssl=False) as client:
        client.login(account.user, account.password)
        for mail in mails:
            client.append("INBOX", mail.raw)


def imap_fetch_rate(account: ImapAccount, batch: int = 500) -> float:
    with IMAPClient(account.host, port=account.imap_port, ssl=False) as client:
        client.login(account.user, account.password)
        client.select_folder("INBOX", readonly=True)
        uids = client.search(["ALL"])
        started = time.perf_counter()
        for i in range(0, len(uids), batch):
            client.fetch(uids[i : i + batch], ["BODY.PEEK[]"])
        return len(uids) / (time.perf_counter() - started)


def parse_rates(mails: list[GeneratedMail]) -> tuple[float, float]:
    started = time.perf_counter()
    for mail in mails:
        parse_message(mail.raw)
    ours = len(mails) / (time.perf_counter() - started)
    started = time.perf_counter()
    for mail in mails:
        message = email.message_from_bytes(mail.raw, policy=policy.default)
        body = message.get_body(("plain", "html"))
        if body is not None:
            body.get_content()
        for part in message.iter_attachments():
            part.get_content()
    full = len(mails) / (time.perf_counter() - started)
    return ours, full


@dataclass(frozen=True)
class Run:
    """One `mailtriage run --once`: wall seconds, CPU seconds of its processes, and memory."""

    wall: float
    cpu: float
    rss_main: int  # KiB: the main process's peak resident set (VmHWM)
    rss_worker: int  # KiB: the parse worker's, 0 without one
    pss: int  # KiB: the peak of main + worker proportional set sizes, sampled together


def run_once(config: Path, password: str) -> Run:
    """Run `mailtriage run --once` and watch its processes every 20 ms.

    The peaks of RSS are each process's own VmHWM (reset at exec); `ru_maxrss` would inherit
    this benchmark's own peak across fork. RSS counts the pages two processes share (the
    interpreter, the libraries) in both, so the sum of two RSS peaks overstates what they take
    together; the proportional set size (PSS) splits shared pages between them, and the sum
    of both, sampled at the same moment, is what the pair costs the machine.
    """
    env = {**os.environ, "MT_DAEMON_PASSWORD": password}
    started = time.perf_counter()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mailtriage",
            "--log-level",
            "ERROR",
            "run",
            "--once",
            "--config",
            str(config),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    peaks: dict[int, int] = {}
    pss = 0
    while process.poll() is None:
        # A child between fork and exec is still a copy of the daemon: not yet the worker.
        main_command = _command(process.pid)
        pids = (process.pid, *(c for c in _children(process.pid) if _command(c) != main_command))
        for pid in pids:
            peaks[pid] = max(peaks.get(pid, 0), _status_kib(pid, "VmHWM"))
        sizes = [_pss_kib(pid) for pid in pids]
        if all(sizes):  # not while one of them is ending (its pages return to the others)
            pss = max(pss, sum(sizes))
        time.sleep(0.02)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - usage.ru_utime) + (after.ru_stime - usage.ru_stime)
    output = process.stdout.read().decode() if process.stdout else ""
    if process.returncode != 0:
        raise SystemExit(f"mailtriage run --once failed:\n{output}")
    main = peaks.get(process.pid, 0)
    worker = max((v for k, v in peaks.items() if k != process.pid), default=0)
    return Run(elapsed, cpu, main, worker, pss)


def _children(pid: int) -> list[int]:
    """The processes `pid` started (its parse worker, multiprocessing's helpers)."""
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(child) for child in text.split()]


def _command(pid: int) -> bytes:
    """The process's command line (empty when it is gone or ending)."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _status_kib(pid: int, field: str) -> int:
    """A KiB field of /proc/PID/status, 0 when the process is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _pss_kib(pid: int) -> int:
    """The process's proportional set size (KiB), 0 when it is gone or ending."""
    if not _command(pid):  # gone, or ending (its pages return to the other process)
        return 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def ingest_seconds(url: str, since_id: int) -> float:
    """Seconds between the first and last receipt after `since_id` (excludes start-up)."""
    engine = create_engine(url)
    with engine.connect() as connection:
        first, last = connection.execute(
            select(func.min(Receipt.received_at), func.max(Receipt.received_at)).where(
                Receipt.id > since_id
            )
        ).one()
    engine.dispose()
    return (last - first).total_seconds() if first and last else float("nan")


def max_receipt(url: str) -> int:
    """The newest receipt id, 0 for a database mailtriage has not created yet."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.scalar(select(func.max(Receipt.id))) or 0
    except OperationalError:
        return 0
    finally:
        engine.dispose()


def check_correctness(url: str, mails: list[GeneratedMail]) -> dict[str, object]:
    engine = create_engine(url)
    wanted = {m.message_id: m for m in mails}
    decoded = kept = expected_attachments = 0
    with engine.connect() as connection:
        rows = connection.execute(
            select(Message.id, Message.message_id, Message.text).where(
                Message.message_id.in_(list(wanted))
            )
        ).all()
        attachments = connection.execute(
            select(Attachment.message_pk, Attachment.filename, Attachment.size, Attachment.path)
        ).all()
        tickets = connection.scalar(select(func.count()).select_from(Ticket))
        outbox = connection.scalar(select(func.count()).select_from(OutboxItem))
        versions = connection.execute(select(Ticket.model_version).distinct()).scalars().all()
    engine.dispose()
    by_message: dict[int, list[tuple[str, int]]] = {}
    for message_pk, filename, size, path in attachments:
        if path:
            by_message.setdefault(message_pk, []).append((filename, size))
    for pk, message_id, text in rows:
        mail = wanted[message_id]
        decoded += mail.body.replace("\r\n", "\n").strip() in (text or "")
        expected_attachments += len(mail.attachments)
        kept += sum(1 for a in mail.attachments if a in by_message.get(pk, []))
    return {
        "stored": len(rows),
        "decoded": decoded,
        "attachments": expected_attachments,
        "attachments_kept": kept,
        "tickets": tickets,
        "outbox": outbox,
        "model": ", ".join(versions),
    }


def prefill(url: str, data_dir: Path, target: int) -> None:
    """Store extra tickets straight through the pipeline (no IMAP) to grow the database."""
    from mailtriage.config import Config
    from mailtriage.daemon.app import build_app
    from mailtriage.daemon.sync import mailbox_id
    from mailtriage.ingest.pipeline import ingest
    from mailtriage.sources.base import FetchedItem

    app = build_app(Config.model_validate({"data_dir": data_dir, "database": {"url": url}}))
    box = mailbox_id(app.sessions, "prefill", "imap")
    with app.sessions() as session:
        have = session.scalar(select(func.count()).select_from(Message)) or 0
    for n, mail in enumerate(generate(max(0, target - have), seed=99)):
        ingest(app.sessions, app.services, box, FetchedItem(f"prefill:{n}", mail.raw))
    app.close()


@dataclass(frozen=True)
class Measured:
    """One run's rates (msg/s, with and without process start-up), its run and count."""

    rate_with_startup: float
    rate: float
    run: Run
    count: int

    @property
    def cpu_ms(self) -> float:
        """CPU milliseconds per message, every process, start-up included."""
        return 1000 * self.run.cpu / self.count


def measure(config: Path, password: str, url: str) -> Measured:
    """One `run --once` and the receipts it wrote."""
    mark = max_receipt(url)
    run = run_once(config, password)
    count = count_receipts(url, mark)
    return Measured(count / run.wall, count / ingest_seconds(url, mark), run, count)


def count_receipts(url: str, since_id: int) -> int:
    engine = create_engine(url)
    with engine.connect() as connection:
        value = connection.scalar(
            select(func.count()).select_from(Receipt).where(Receipt.id > since_id)
        )
    engine.dispose()
    return value or 0


def fresh_database(root: Path, name: str, account: ImapAccount, worker: str) -> tuple[Path, str]:
    """A data directory with a migrated database (as at every start but the first) and a
    config for the benchmark's mailbox; returns (config path, database URL)."""
    data_dir = root / name
    data_dir.mkdir()
    url = f"sqlite:///{data_dir / 'mailtriage.db'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    config = data_dir / "mailtriage.toml"
    value = '"auto"' if worker == "auto" else worker  # true and false are TOML booleans
    config.write_text(
        daemon_config_text(data_dir, url, account, smtp_port=9, batch_size=100, name="bench")
        + f"[ingest]\nparse_worker = {value}\n",
        encoding="utf-8",
    )
    return config, url


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=2000, help="messages per measured run")
    parser.add_argument(
        "--stored", type=int, default=20000, help="database size for the second series"
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per series (medians are reported)"
    )
    parser.add_argument(
        "--parse-worker",
        choices=("auto", "true", "false"),
        default="auto",
        help="[ingest] parse_worker for the main series (default: the shipped default, auto)",
    )
    args = parser.parse_args()
    n = args.count

    mails = generate(n, seed=1)
    ours, full = parse_rates(mails)
    dovecot = Dovecot()
    dovecot.start()
    small: list[Measured] = []
    single: list[Measured] = []
    large: list[Measured] = []
    try:
        account = dovecot.add_user("bench", "bench-password")
        append_all(account, mails)
        fetch = imap_fetch_rate(account)
        with tempfile.TemporaryDirectory(prefix="mailtriage-bench-") as tmp:
            root = Path(tmp)
            # A fresh database each time: the first sync of n mails; the single-process
            # runs alternate with the main series so that both see the same machine.
            for r in range(args.repeat):
                config, url = fresh_database(root, f"small-{r}", account, args.parse_worker)
                small.append(measure(config, account.password, url))
                if args.parse_worker != "false":
                    other, other_url = fresh_database(root, f"single-{r}", account, "false")
                    single.append(measure(other, account.password, other_url))
            check = check_correctness(url, mails)
            prefill(url, config.parent, args.stored - n)
            later: list[GeneratedMail] = []
            for r in range(args.repeat):  # n new mails each time into the grown database
                batch = generate(n, seed=100 + r)
                later += batch
                append_all(account, batch)
                large.append(measure(config, account.password, url))
            check2 = check_correctness(url, later)
    finally:
        dovecot.close()
    report(
        args,
        n,
        mails_check=(check, check2),
        rates=(ours, full, fetch),
        series=(small, single, large),
    )


def report(
    args: argparse.Namespace,
    n: int,
    mails_check: tuple[dict[str, object], dict[str, object]],
    rates: tuple[float, float, float],
    series: tuple[list[Measured], list[Measured], list[Measured]],
) -> None:
    """Print the figures: medians of each series, the raw limits, correctness."""
    (check, check2), (ours, full, fetch), (small, single, large) = mails_check, rates, series

    def median(rows: list[Measured], value: Callable[[Measured], float]) -> float:
        return statistics.median(value(row) for row in rows)

    def peak(rows: list[Measured], value: Callable[[Run], int]) -> float:
        return max(value(row.run) for row in rows) / 1024

    worker = small[0].run.rss_worker > 0
    print(
        f"\nmailtriage ingest benchmark: {n} messages per run, {args.repeat} runs per series "
        "(medians), SQLite, real Dovecot on 127.0.0.1, batches of 100; the database is migrated\n"
        "  beforehand (`mailtriage db upgrade`), as it is at every start of the daemon but the first"
    )
    print(
        f"  mix: 25% multipart/alternative (HTML), 15% with attachments, ~half latin-1/cp1252 "
        f"bodies, RFC 2047 subjects, 20% replies; classifier: {check['model']}"
    )
    print(
        "  parser: compat32 policy on the hot path with explicit RFC 2047/charset decoding.\n"
        f"  [ingest] parse_worker = {args.parse_worker}: "
        + (
            "parsing and language detection run in a second process (the parse worker),\n"
            "  the next batch while the daemon stores the one before: both cores work."
            if worker
            else "parsing runs in the daemon's process, on one core."
        )
        + "\n"
    )
    print(f"{'measure':66} {'value':>10}")
    rows: list[tuple[str, float | str]] = [
        (
            "end to end, IMAP to committed ticket + outbox row (msg/s)",
            median(small, lambda m: m.rate),
        ),
        ("  runs (msg/s)", ", ".join(f"{m.rate:.0f}" for m in small)),
        (
            "  the same including process start-up (msg/s)",
            median(small, lambda m: m.rate_with_startup),
        ),
        ("CPU per message, every process, incl. start-up (ms)", median(small, lambda m: m.cpu_ms)),
        ("peak RSS, daemon process (MiB)", peak(small, lambda r: r.rss_main)),
    ]
    if worker:
        rows += [
            ("peak RSS, parse worker (MiB)", peak(small, lambda r: r.rss_worker)),
            ("peak PSS, daemon + parse worker together (MiB)", peak(small, lambda r: r.pss)),
            (
                "  (sum of the two RSS peaks, shared pages counted twice, MiB)",
                max((r.run.rss_main + r.run.rss_worker) / 1024 for r in small),
            ),
        ]
    if single:
        rows += [
            (
                "without the parse worker (parse_worker = false): msg/s",
                median(single, lambda m: m.rate),
            ),
            ("  runs (msg/s)", ", ".join(f"{m.rate:.0f}" for m in single)),
            ("  peak RSS (MiB)", peak(single, lambda r: r.rss_main)),
            (
                "  speed-up of the default (ratio)",
                median(small, lambda m: m.rate) / median(single, lambda m: m.rate),
            ),
        ]
    rows += [
        ("raw limit: IMAP fetch alone, batches of 500 (msg/s)", fetch),
        ("raw limit: mailtriage parse alone, one core (msg/s)", ours),
        ("reference: email policy.default parse + extract (msg/s)", full),
        (
            "end to end / policy.default parse (ratio, machine-independent)",
            median(small, lambda m: m.rate) / full,
        ),
        (f"end to end at ~{args.stored} stored (msg/s)", median(large, lambda m: m.rate)),
        (
            f"cost per message at ~{args.stored} vs {n} stored (ratio)",
            median(small, lambda m: m.rate) / median(large, lambda m: m.rate),
        ),
        (f"CPU per message at ~{args.stored} stored (ms)", median(large, lambda m: m.cpu_ms)),
        (
            f"peak RSS at ~{args.stored} stored, daemon process (MiB)",
            peak(large, lambda r: r.rss_main),
        ),
    ]
    if worker:
        rows += [
            (
                f"peak RSS at ~{args.stored} stored, parse worker (MiB)",
                peak(large, lambda r: r.rss_worker),
            ),
            (
                f"peak PSS at ~{args.stored} stored, daemon + worker (MiB)",
                peak(large, lambda r: r.pss),
            ),
        ]
    for label, value in rows:
        shown = value if isinstance(value, str) else f"{value:.2f}"
        print(f"{label:66} {shown:>10}")
    for name, result, total in (("small runs", check, n), ("large runs", check2, n * args.repeat)):
        print(
            f"\n{name}: {result['stored']}/{total} messages stored, {result['decoded']}/{result['stored']} "
            f"bodies decoded exactly, {result['attachments_kept']}/{result['attachments']} attachments kept"
        )
    print(f"tickets {check2['tickets']}, outbox rows {check2['outbox']}")


if __name__ == "__main__":
    main()
