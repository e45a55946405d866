"""Crash test: SIGKILL the daemon at random moments; nothing is lost and nothing doubled."""

from __future__ import annotations

import collections
import os
import random
import signal
import time
from pathlib import Path

import pytest
from imapclient import IMAPClient
from sqlalchemy import create_engine, text

from servers.dovecot import Dovecot, ImapAccount
from servers.smtp import SmtpServer
from support import customer_mail, daemon_config_text, start_daemon

MESSAGES = 500
KILLS = 5


def append_many(account: ImapAccount, count: int) -> None:
    with IMAPClient(account.host, port=account.imap_port, ssl=False) as client:
        client.login(account.user, account.password)
        for n in range(count):
            mail = customer_mail(sender=f"kunde{n}@example.ch", subject=f"Anfrage {n}",
                                 message_id=f"<crash-{n}@example.ch>")
            client.append("INBOX", mail)


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_and_doubles_nothing(
    tmp_path: Path, sqlite_url: str, dovecot: Dovecot, imap_account: ImapAccount,
    smtp_server: SmtpServer,
) -> None:
    append_many(imap_account, MESSAGES)
    config = tmp_path / "mailtriage.toml"
    config.write_text(daemon_config_text(tmp_path, sqlite_url, imap_account, smtp_server.port),
                      encoding="utf-8")
    log = tmp_path / "daemon.log"
    seed = int(os.environ.get("MT_CRASH_SEED", time.time()))
    rng = random.Random(seed)
    print(f"crash test seed {seed}")
    engine = create_engine(sqlite_url)

    def progress() -> tuple[int, int]:
        """(messages received, acknowledgements not yet sent)."""
        with engine.connect() as connection:
            try:
                received = connection.scalar(text("SELECT count(*) FROM receipts")) or 0
                unsent = connection.scalar(text("SELECT count(*) FROM outbox WHERE status != 'sent'")) or 0
            except Exception:  # tables not created yet
                return 0, 0
        return received, unsent

    def sent() -> int:
        return len(smtp_server.messages)

    for kill in range(KILLS):
        # Kill when a random amount of further work is done, plus a few random milliseconds:
        # during the import for most kills, during sending for the last ones.
        received_before, sent_before = progress()[0], sent()
        during_send = kill >= KILLS - 2
        target = rng.randint(5, 60)
        daemon = start_daemon(config, imap_account.password, log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and daemon.poll() is None:
            done = sent() - sent_before if during_send else progress()[0] - received_before
            if done >= target:
                break
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.05))
        daemon.send_signal(signal.SIGKILL)
        daemon.wait(timeout=10)
        print(f"kill {kill + 1} ({'sending' if during_send else 'importing'}): "
              f"received/unsent = {progress()}, delivered = {sent()}")
        assert progress()[0] < MESSAGES or during_send, "the import finished before the kill"
    daemon = start_daemon(config, imap_account.password, log)
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and progress() != (MESSAGES, 0):
            time.sleep(0.5)
        assert progress() == (MESSAGES, 0), f"daemon did not finish: {progress()}"
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(timeout=30) == 0
    finally:
        if daemon.poll() is None:
            daemon.kill()

    with engine.connect() as connection:
        receipts = connection.execute(text("SELECT uid, outcome FROM receipts")).all()
        messages = connection.scalar(text("SELECT count(*) FROM messages WHERE direction = 'in'"))
        tickets = connection.scalar(text("SELECT count(*) FROM tickets"))
        outbox = connection.execute(text(
            "SELECT t.customer_address, o.attempts FROM outbox o JOIN tickets t ON t.id = o.ticket_id")).all()
    assert len({uid for uid, _ in receipts}) == MESSAGES == len(receipts)
    assert {outcome for _, outcome in receipts} == {"stored"}
    assert messages == MESSAGES and tickets == MESSAGES and len(outbox) == MESSAGES

    delivered = collections.Counter(r.rcpt_tos[0] for r in smtp_server.wait_for(MESSAGES, timeout=30))
    assert set(delivered) == {address for address, _ in outbox}
    # At-least-once is the only honest promise for SMTP: a kill after the server accepted a
    # mail but before the row was marked sent resends it (same Message-ID). Only rows whose
    # attempt was interrupted (attempts > 1) may therefore arrive twice; all others once.
    resent = {address for address, attempts in outbox if attempts > 1}
    doubled = {address for address, n in delivered.items() if n > 1}
    assert doubled <= resent, f"doubled without an interrupted attempt: {doubled - resent}"
    assert all(n == 1 for address, n in delivered.items() if address not in resent)
    print(f"{len(doubled)} acknowledgement(s) resent after an interrupted attempt")
    assert len(doubled) <= KILLS  # at most the one in flight per kill
    flagged = dovecot.fetch_flags(imap_account.user)
    assert len(flagged) == MESSAGES and all(b"\\Seen" in f for f in flagged.values())
