"""Scale-out: mailbox leases; two daemons on one PostgreSQL import each message exactly once."""

from __future__ import annotations

import collections
import logging
import secrets
import signal
import subprocess
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from imapclient import IMAPClient
from sqlalchemy import Engine, text

from mailtriage.classification.base import FallbackClassifier
from mailtriage.clock import FrozenClock
from mailtriage.config.schema import MailboxConfig
from mailtriage.daemon.app import build_app
from mailtriage.daemon.lease import Lease, LeaseKeeper, LeaseLost, decide, load
from mailtriage.daemon.sync import mailbox_id
from mailtriage.daemon.worker import MailboxWorker
from mailtriage.storage.db import make_engine, make_sessionmaker
from mailtriage.storage.migrate import upgrade
from servers.common import wait_until
from servers.dovecot import Dovecot, ImapAccount
from servers.smtp import SmtpServer
from support import customer_mail, leased_config_text, make_config, start_daemon

T0 = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)
# Seconds: short, so a takeover is quick to see, yet longer than a batch of BATCH takes to
# ingest on a busy two-core machine (a holder renews between batches).
LEASE = 8.0
BATCH = 20
MAILBOXES = ("one", "two")
PER_MAILBOX = 500


# -- the decision ---------------------------------------------------------------------------


def test_a_free_lease_is_taken() -> None:
    assert decide(None, "a", T0).take and decide(None, "a", T0).reason == "free"


def test_the_holder_renews_its_own_lease_even_when_it_ran_out() -> None:
    assert decide(Lease("a", T0 + timedelta(seconds=30)), "a", T0).reason == "renew"
    assert decide(Lease("a", T0 - timedelta(seconds=30)), "a", T0).reason == "renew"


def test_a_lease_another_daemon_renewed_in_time_is_refused() -> None:
    decision = decide(Lease("b", T0 + timedelta(seconds=1)), "a", T0)
    assert not decision.take and decision.reason == "held"


def test_a_lease_that_ran_out_is_taken_over() -> None:
    assert decide(Lease("b", T0), "a", T0).reason == "expired"
    assert decide(Lease("b", T0 - timedelta(seconds=1)), "a", T0).take


# -- the lease rows, with a frozen clock ----------------------------------------------------


def keepers(url: str, clock: FrozenClock) -> tuple[LeaseKeeper, LeaseKeeper]:
    engine = make_engine(url)
    upgrade(engine)
    sessions = make_sessionmaker(engine)
    box = mailbox_id(sessions, "support", "imap")
    config = MailboxConfig(name="support", kind="imap", username="u", poll_interval=60)
    return tuple(  # type: ignore[return-value]
        LeaseKeeper(sessions, clock, box, config, holder=name) for name in ("host:1:a", "host:2:b")
    )


def test_lease_rows_take_renew_refuse_and_take_over_by_the_clock(db_url: str) -> None:
    clock = FrozenClock(T0)
    a, b = keepers(db_url, clock)
    assert a.length == timedelta(minutes=3)  # 3 poll intervals, more than 2 minutes
    assert a.hold() and not b.hold()
    clock.at += timedelta(minutes=2)
    assert a.hold()  # renewed: runs until 5 minutes past T0
    clock.at += timedelta(minutes=2)
    assert not b.hold()
    clock.at += timedelta(minutes=1)
    assert b.hold() and not a.hold()  # a stopped renewing: b took it over
    assert load(b.sessions, b.box_id) == Lease("host:2:b", clock.at + b.length)


def test_a_worker_that_lost_its_lease_stops_its_pass_and_a_release_frees_it(db_url: str) -> None:
    clock = FrozenClock(T0)
    a, b = keepers(db_url, clock)
    assert a.hold()
    clock.at += timedelta(minutes=4)
    assert b.hold()
    with pytest.raises(LeaseLost, match="held by host:2:b"):
        a.renew_if_due()
    b.release()
    assert load(b.sessions, b.box_id) is None
    assert a.hold()


def test_sqlite_lease_is_always_held_and_never_written(sqlite_url: str) -> None:
    a, _ = keepers(sqlite_url, FrozenClock(T0))
    sqlite = LeaseKeeper(
        a.sessions,
        a.clock,
        a.box_id,
        MailboxConfig(name="support", kind="imap", username="u"),
        trivial=True,
    )
    assert sqlite.hold() and sqlite.wait_limit == float("inf")
    assert load(a.sessions, a.box_id) is None


def test_a_worker_skips_a_mailbox_held_elsewhere_says_so_once_and_takes_it_when_it_runs_out(
    tmp_path: Path, pg_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FrozenClock(T0)
    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (maildir / "new" / "1.host").write_bytes(customer_mail())
    config = make_config(
        tmp_path,
        pg_url,
        mailbox=[{"name": "local", "kind": "maildir", "path": maildir, "poll_interval": 60}],
    )
    app = build_app(config, clock=clock, classifier=FallbackClassifier())
    worker = MailboxWorker(app, config.mailbox[0])
    other = LeaseKeeper(app.sessions, clock, worker.box_id, config.mailbox[0], holder="b:2:x")
    stop_ = threading.Event()
    try:
        assert other.hold()
        with caplog.at_level(logging.INFO, logger="mailtriage.daemon.lease"):
            delays = [worker.cycle(stop_), worker.cycle(stop_)]
        assert delays == [45.0, 45.0]  # a quarter of the 3-minute lease
        assert caplog.text.count("mailbox local is held by b:2:x") == 1
        assert stored_count(app.engine) == 0
        clock.at += timedelta(minutes=3)  # b stopped renewing
        assert worker.cycle(stop_) == 60.0  # polls again within a third of the lease
        assert stored_count(app.engine) == 1
        assert load(app.sessions, worker.box_id) == Lease(
            worker.lease.me, clock.at + timedelta(minutes=3)
        )
    finally:
        worker.close()
        app.close()
    assert load(app.sessions, worker.box_id) is None  # released


def stored_count(engine: Engine) -> int:
    with engine.connect() as connection:
        return connection.scalar(text("SELECT count(*) FROM messages WHERE direction = 'in'")) or 0


# -- real daemons ---------------------------------------------------------------------------


def append_many(account: ImapAccount, tag: str, count: int) -> None:
    """`count` customer mails in one MULTIAPPEND (RFC 3502): much faster than one by one."""
    mails = [
        customer_mail(
            sender=f"{tag}{n}@kunde.example",
            subject=f"Anfrage {tag} {n}",
            message_id=f"<{tag}-{n}@kunde.example>",
        )
        for n in range(count)
    ]
    with IMAPClient(account.host, port=account.imap_port, ssl=False) as client:
        client.login(account.user, account.password)
        client.multiappend("INBOX", mails)


def new_account(dovecot: Dovecot) -> ImapAccount:
    return dovecot.add_user(f"lease-{uuid.uuid4().hex[:8]}", secrets.token_urlsafe(12))


def counts(engine: Engine) -> tuple[int, int]:
    """(receipts, outbox rows not yet sent)."""
    with engine.connect() as connection:
        received = connection.scalar(text("SELECT count(*) FROM receipts")) or 0
        unsent = connection.scalar(text("SELECT count(*) FROM outbox WHERE status != 'sent'"))
    return received, unsent or 0


def holders(engine: Engine) -> dict[str, str]:
    """Mailbox name -> the holder of its lease."""
    query = text(
        "SELECT m.name, l.holder FROM mailbox_leases l JOIN mailboxes m ON m.id = l.mailbox_id"
    )
    with engine.connect() as connection:
        return {name: holder for name, holder in connection.execute(query).all()}


def prepare_database(url: str) -> Engine:
    """What the first daemon (or `mailtriage db upgrade`) leaves: the schema and mailboxes."""
    engine = make_engine(url)
    upgrade(engine)
    sessions = make_sessionmaker(engine)
    for name in MAILBOXES:
        mailbox_id(sessions, name, "imap")
    return engine


def assert_each_once(engine: Engine, smtp_server: SmtpServer, expected: int) -> None:
    """Every message stored and acknowledged exactly once."""
    with engine.connect() as connection:
        receipts = connection.execute(text("SELECT mailbox_id, uid, outcome FROM receipts")).all()
        ids = connection.scalars(text("SELECT message_id FROM messages WHERE direction = 'in'"))
        stored = collections.Counter(ids)
        tickets = connection.scalar(text("SELECT count(*) FROM tickets"))
    assert len(receipts) == expected == len({(box, uid) for box, uid, _ in receipts})
    assert {outcome for *_, outcome in receipts} == {"stored"}
    assert len(stored) == expected and set(stored.values()) == {1} and tickets == expected
    delivered = collections.Counter(r.rcpt_tos[0] for r in smtp_server.wait_for(expected, 30))
    assert len(delivered) == expected and set(delivered.values()) == {1}


def stop(daemon: subprocess.Popen[bytes], timeout: float = 60) -> int:
    """SIGTERM; the exit code within the unit's stop timeout."""
    daemon.send_signal(signal.SIGTERM)
    return daemon.wait(timeout=timeout)


def test_two_daemons_import_each_message_once_and_the_survivor_takes_over(
    tmp_path: Path, pg_url: str, dovecot: Dovecot, smtp_server: SmtpServer
) -> None:
    accounts = {name: new_account(dovecot) for name in MAILBOXES}
    with ThreadPoolExecutor() as pool:
        list(pool.map(append_many, accounts.values(), accounts, [PER_MAILBOX] * 2))
    config = tmp_path / "mailtriage.toml"
    config.write_text(
        leased_config_text(
            tmp_path, pg_url, accounts, smtp_server.port, lease=f"{LEASE:g}s", batch_size=BATCH
        ),
        encoding="utf-8",
    )
    engine = prepare_database(pg_url)
    log = tmp_path / "daemons.log"
    daemons = [start_daemon(config, "", log) for _ in range(2)]
    try:
        total = len(MAILBOXES) * PER_MAILBOX
        wait_until(lambda: counts(engine) == (total, 0), 90, f"{total} imported and acknowledged")
        assert_each_once(engine, smtp_server, total)
        held = holders(engine)
        print(f"holders after the import: {held}")
        by_pid = {str(d.pid): d for d in daemons}
        victim_pid = held["two"].split(":")[1]
        by_pid[victim_pid].send_signal(signal.SIGKILL)
        by_pid[victim_pid].wait(timeout=10)
        killed_at = time.monotonic()
        append_many(accounts["two"], "late", 5)
        wait_until(lambda: counts(engine) == (total + 5, 0), 4 * LEASE, "the survivor's import")
        took = time.monotonic() - killed_at
        print(f"survivor imported the new mail {took:.1f}s after the kill (lease {LEASE:g}s)")
        assert took < 2 * LEASE
        (survivor,) = (d for d in daemons if str(d.pid) != victim_pid)
        only_survivor = {name: str(survivor.pid) for name in MAILBOXES}
        wait_until(  # every mailbox the victim held, also those without new mail
            lambda: {name: h.split(":")[1] for name, h in holders(engine).items()} == only_survivor,
            2 * LEASE,
            "the survivor to hold every mailbox",
        )
        assert_each_once(engine, smtp_server, total + 5)
        assert stop(survivor) == 0
        assert holders(engine) == {}  # released on the clean shutdown
    finally:
        for daemon in daemons:
            if daemon.poll() is None:
                daemon.kill()
    text_ = log.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in text_
    assert "stopping this pass" not in text_, "a holder overran its lease: two worked a mailbox"


def test_sigterm_during_a_batch_loses_nothing(
    tmp_path: Path, pg_url: str, dovecot: Dovecot, smtp_server: SmtpServer
) -> None:
    account = new_account(dovecot)
    append_many(account, "term", 300)
    config = tmp_path / "mailtriage.toml"
    config.write_text(
        leased_config_text(
            tmp_path,
            pg_url,
            {"one": account},
            smtp_server.port,
            lease=f"{LEASE:g}s",
            batch_size=BATCH,
        ),
        encoding="utf-8",
    )
    engine = prepare_database(pg_url)
    log = tmp_path / "daemon.log"
    daemon = start_daemon(config, "", log)
    try:
        wait_until(lambda: counts(engine)[0] >= 20, 60, "the import to start")
        started = time.monotonic()
        assert stop(daemon) == 0
        print(f"stopped {time.monotonic() - started:.1f}s after SIGTERM at {counts(engine)}")
        assert counts(engine)[0] < 300, "the import finished before SIGTERM"
        assert holders(engine) == {}
        daemon = start_daemon(config, "", log)
        wait_until(lambda: counts(engine) == (300, 0), 60, "the restarted daemon's import")
        assert stop(daemon) == 0
    finally:
        if daemon.poll() is None:
            daemon.kill()
    assert_each_once(engine, smtp_server, 300)
    flags = dovecot.fetch_flags(account.user)
    assert len(flags) == 300 and all(b"\\Seen" in f for f in flags.values())
    text_ = log.read_text(encoding="utf-8", errors="replace")
    assert text_.count("received SIGTERM") == 2 and "Traceback" not in text_
