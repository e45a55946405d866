"""The IMAP source against a real Dovecot: TLS, checkpoints, IDLE, UIDVALIDITY, outages."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mailtriage.classification.base import FallbackClassifier
from mailtriage.daemon.app import App, build_app
from mailtriage.daemon.service import run_once
from mailtriage.daemon.worker import MailboxWorker
from mailtriage.sources.imap import ImapSource
from mailtriage.storage.models import FolderState, Message, Receipt, Ticket
from servers.dovecot import Dovecot, ImapAccount
from support import customer_mail, imap_mailbox, make_config


def make_app(tmp_path: Path, url: str, *mailboxes: object) -> App:
    return build_app(make_config(tmp_path, url, mailbox=mailboxes), classifier=FallbackClassifier())


def stored(app: App) -> int:
    with app.sessions() as session:
        return session.scalar(select(func.count()).select_from(Message).where(Message.direction == "in")) or 0


@pytest.mark.parametrize("tls", [False, True], ids=["plain", "tls"])
def test_mail_in_the_mailbox_becomes_tickets_and_is_flagged(
    tmp_path: Path, sqlite_url: str, dovecot: Dovecot, imap_account: ImapAccount, tls: bool
) -> None:
    for n in range(3):
        dovecot.append(imap_account.user, "INBOX", customer_mail(subject=f"Frage {n}"))
    app = make_app(tmp_path, sqlite_url, imap_mailbox(imap_account, tls=tls))
    report = run_once(app)
    assert report.mailboxes["support"].stored == 3 and not report.failed_mailboxes
    flags = dovecot.fetch_flags(imap_account.user)
    assert all(b"\\Seen" in f for f in flags.values()) and len(flags) == 3
    assert run_once(app).mailboxes["support"].fetched == 0  # checkpoint: nothing fetched again


def test_tls_refuses_an_untrusted_certificate(tmp_path: Path, sqlite_url: str,
                                              imap_account: ImapAccount) -> None:
    mailbox = imap_mailbox(imap_account, tls=True, ca_file=None)
    app = make_app(tmp_path, sqlite_url, mailbox)
    report = run_once(app)
    assert report.failed_mailboxes == ["support"]


def test_move_and_delete_after_import(tmp_path: Path, sqlite_url: str, dovecot: Dovecot,
                                      imap_account: ImapAccount) -> None:
    dovecot.create_folder(imap_account.user, "Done")
    dovecot.append(imap_account.user, "INBOX", customer_mail())
    app = make_app(tmp_path, sqlite_url, imap_mailbox(imap_account, after_import="move", move_to="Done"))
    run_once(app)
    assert dovecot.message_count(imap_account.user, "INBOX") == 0
    assert dovecot.message_count(imap_account.user, "Done") == 1
    dovecot.append(imap_account.user, "INBOX", customer_mail())
    app2 = make_app(tmp_path / "b", sqlite_url.replace(".sqlite3", "-b.sqlite3"),
                    imap_mailbox(imap_account, after_import="delete"))
    run_once(app2)
    assert dovecot.message_count(imap_account.user, "INBOX") == 0


def test_import_since_skips_old_mail_on_the_first_start(tmp_path: Path, sqlite_url: str, dovecot: Dovecot,
                                                        imap_account: ImapAccount) -> None:
    from imapclient import IMAPClient
    old = customer_mail(subject="from 2019")
    with IMAPClient(imap_account.host, port=imap_account.imap_port, ssl=False) as client:
        client.login(imap_account.user, imap_account.password)
        import datetime as dt
        client.append("INBOX", old, msg_time=dt.datetime(2019, 1, 5, tzinfo=dt.UTC))
    dovecot.append(imap_account.user, "INBOX", customer_mail(subject="today"))
    app = make_app(tmp_path, sqlite_url, imap_mailbox(imap_account, import_since="30d"))
    assert run_once(app).mailboxes["support"].stored == 1
    dovecot.append(imap_account.user, "INBOX", customer_mail(subject="tomorrow"))
    assert run_once(app).mailboxes["support"].stored == 1  # later mail is imported normally
    with app.sessions() as session:
        assert sorted(session.scalars(select(Ticket.subject))) == ["today", "tomorrow"]


def test_uidvalidity_change_rescans_without_duplicates(tmp_path: Path, sqlite_url: str, dovecot: Dovecot,
                                                       imap_account: ImapAccount) -> None:
    for n in range(2):
        dovecot.append(imap_account.user, "INBOX", customer_mail(subject=f"m{n}"))
    app = make_app(tmp_path, sqlite_url, imap_mailbox(imap_account))
    run_once(app)
    new_validity = dovecot.reset_uidvalidity(imap_account.user)
    dovecot.append(imap_account.user, "INBOX", customer_mail(subject="after the change"))
    report = run_once(app).mailboxes["support"]
    # The two old messages are still there under new UIDs: recognised by Message-ID.
    assert (report.fetched, report.stored, report.duplicates) == (3, 1, 2)
    assert stored(app) == 3
    with app.sessions() as session:
        assert session.scalars(select(FolderState.uidvalidity)).one() == new_validity


def test_a_wrong_password_on_one_mailbox_does_not_stop_the_other(
    tmp_path: Path, sqlite_url: str, dovecot: Dovecot, imap_account: ImapAccount
) -> None:
    other = dovecot.add_user(f"{imap_account.user}x", "right-password")
    dovecot.append(other.user, "INBOX", customer_mail())
    broken = imap_mailbox(imap_account, name="broken").model_copy(update={"password_env": "MT_NO_SUCH"})
    import os
    os.environ["MT_NO_SUCH"] = "wrong-password"
    app = make_app(tmp_path, sqlite_url, broken, imap_mailbox(other, name="working"))
    report = run_once(app)
    assert report.failed_mailboxes == ["broken"]
    assert report.mailboxes["working"].stored == 1
    with app.sessions() as session:
        failed = session.scalars(select(FolderState).where(FolderState.consecutive_failures > 0)).all()
    # Failing since its very first attempt, it still gets a state row (health, alerts).
    assert [(f.consecutive_failures, f.last_success_at) for f in failed] == [(1, None)]
    assert "refused the login" in (failed[0].last_error or "")


def test_idle_picks_up_new_mail_within_seconds(tmp_path: Path, sqlite_url: str, dovecot: Dovecot,
                                               imap_account: ImapAccount) -> None:
    app = make_app(tmp_path, sqlite_url, imap_mailbox(imap_account, poll_interval=120))
    worker = MailboxWorker(app, app.config.mailbox[0])
    stop = threading.Event()
    assert worker.sync_once(stop)
    assert isinstance(worker.source, ImapSource) and worker.source.supports_idle
    timer = threading.Timer(0.5, dovecot.append, args=(imap_account.user, "INBOX", customer_mail()))
    timer.start()
    started = time.monotonic()
    worker.source.wait_for_mail(120, stop)  # returns on the server's EXISTS, not after 120 s
    waited = time.monotonic() - started
    assert worker.sync_once(stop) and stored(app) == 1
    assert waited < 10
    worker.close()


def test_server_restart_mid_run_is_survived(tmp_path: Path, sqlite_url: str, dovecot: Dovecot,
                                            imap_account: ImapAccount) -> None:
    dovecot.append(imap_account.user, "INBOX", customer_mail())
    app = make_app(tmp_path, sqlite_url, imap_mailbox(imap_account))
    worker = MailboxWorker(app, app.config.mailbox[0])
    stop = threading.Event()
    assert worker.sync_once(stop)
    dovecot.stop()
    assert not worker.sync_once(stop)  # reported, connection dropped, back-off grows
    assert worker.failures == 1 and worker.backoff().total_seconds() == 1
    assert not worker.sync_once(stop) and worker.backoff().total_seconds() == 2
    dovecot.start()
    dovecot.append(imap_account.user, "INBOX", customer_mail())
    assert worker.sync_once(stop) and worker.failures == 0
    assert stored(app) == 2
    with app.sessions() as session:
        state = session.scalars(select(FolderState)).one()
        assert state.consecutive_failures == 0 and state.last_success_at is not None
        assert session.scalar(select(func.count()).select_from(Receipt)) == 2
    worker.close()


def test_starttls_upgrades_and_verifies(tmp_path: Path, sqlite_url: str, dovecot: Dovecot,
                                       imap_account: ImapAccount) -> None:
    dovecot.append(imap_account.user, "INBOX", customer_mail())
    mailbox = imap_mailbox(imap_account, security="starttls", ca_file=imap_account.ca_file)
    app = make_app(tmp_path, sqlite_url, mailbox)
    assert run_once(app).mailboxes["support"].stored == 1
