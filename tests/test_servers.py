"""Proves the real-server fixtures work: Dovecot over IMAP/IMAPS, PostgreSQL, SMTP."""

from __future__ import annotations

import smtplib
import ssl
import time
from collections.abc import Callable
from email.message import EmailMessage

import pytest
import sqlalchemy as sa
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from servers.common import ServerUnavailable, skip_or_fail
from servers.dovecot import Dovecot, ImapAccount
from servers.postgres import Postgres
from servers.smtp import SmtpServer

RAW = b"From: customer@example.org\r\nTo: support@example.com\r\nSubject: Printer on fire\r\n" \
      b"Message-ID: <t1@example.org>\r\n\r\nIt is burning.\r\n"


def _login(account: ImapAccount, *, tls: bool, context: ssl.SSLContext | None = None,
           ) -> IMAPClient:
    port = account.imaps_port if tls else account.imap_port
    imap = IMAPClient(account.host, port=port, ssl=tls, ssl_context=context, timeout=10)
    imap.login(account.user, account.password)
    return imap


def _mail(subject: str = "Hello") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "support@example.com"
    message["To"] = "customer@example.org"
    message["Subject"] = subject
    message.set_content("We are on it.")
    return message


# --- Dovecot ---------------------------------------------------------------------------------

def test_new_account_has_empty_inbox(dovecot: Dovecot, imap_account: ImapAccount) -> None:
    assert dovecot.message_count(imap_account.user) == 0
    assert dovecot.list_uids(imap_account.user) == []


def test_append_then_fetch_over_plain_imap(dovecot: Dovecot, imap_account: ImapAccount) -> None:
    uid = dovecot.append(imap_account.user, "INBOX", RAW, flags=["\\Flagged"])

    imap = _login(imap_account, tls=False)
    imap.select_folder("INBOX")
    fetched = imap.fetch([uid], ["BODY.PEEK[]", "FLAGS"])[uid]
    imap.logout()

    assert fetched[b"BODY[]"] == RAW
    assert b"\\Flagged" in fetched[b"FLAGS"]
    assert dovecot.list_uids(imap_account.user) == [uid]


def test_fetch_over_imaps_verifies_against_ca_file(
    dovecot: Dovecot, imap_account: ImapAccount
) -> None:
    uid = dovecot.append(imap_account.user, "INBOX", RAW)
    context = ssl.create_default_context(cafile=str(imap_account.ca_file))

    imap = _login(imap_account, tls=True, context=context)
    imap.select_folder("INBOX", readonly=True)
    body = imap.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"]
    imap.logout()

    assert body == RAW


def test_imaps_without_the_ca_file_is_refused(imap_account: ImapAccount) -> None:
    with pytest.raises(ssl.SSLCertVerificationError):
        IMAPClient(imap_account.host, port=imap_account.imaps_port, ssl=True, timeout=10)


def test_starttls_on_the_plain_port(imap_account: ImapAccount) -> None:
    imap = IMAPClient(imap_account.host, port=imap_account.imap_port, ssl=False, timeout=10)
    imap.starttls(ssl.create_default_context(cafile=str(imap_account.ca_file)))
    imap.login(imap_account.user, imap_account.password)
    assert imap.select_folder("INBOX")[b"EXISTS"] == 0
    imap.logout()


def test_wrong_password_is_refused(imap_account: ImapAccount) -> None:
    imap = IMAPClient(imap_account.host, port=imap_account.imap_port, ssl=False, timeout=10)
    with pytest.raises(LoginError):
        imap.login(imap_account.user, imap_account.password + "x")
    imap.logout()


def test_folders_flags_and_counts(dovecot: Dovecot, imap_account: ImapAccount) -> None:
    dovecot.create_folder(imap_account.user, "Support/Done")
    first = dovecot.append(imap_account.user, "Support/Done", RAW, flags=["\\Seen"])
    second = dovecot.append(imap_account.user, "Support/Done", RAW)

    flags = dovecot.fetch_flags(imap_account.user, "Support/Done")

    assert dovecot.message_count(imap_account.user, "Support/Done") == 2
    assert b"\\Seen" in flags[first]
    assert b"\\Seen" not in flags[second]


def test_idle_sees_exists_after_another_connection_appends(
    dovecot: Dovecot, imap_account: ImapAccount
) -> None:
    imap = _login(imap_account, tls=False)
    imap.select_folder("INBOX")
    imap.idle()
    dovecot.append(imap_account.user, "INBOX", RAW)

    responses: list[tuple[object, ...]] = []
    deadline = time.monotonic() + 10
    while not any(b"EXISTS" in response for response in responses):
        assert time.monotonic() < deadline, f"no EXISTS during IDLE, got {responses}"
        responses += imap.idle_check(timeout=1)
    imap.idle_done()
    imap.logout()

    assert (1, b"EXISTS") in responses


def test_reset_uidvalidity_is_seen_by_a_new_connection(
    dovecot: Dovecot, imap_account: ImapAccount
) -> None:
    dovecot.append(imap_account.user, "INBOX", RAW)
    before = dovecot.uidvalidity(imap_account.user)

    after = dovecot.reset_uidvalidity(imap_account.user)

    imap = _login(imap_account, tls=False)
    seen = imap.select_folder("INBOX", readonly=True)[b"UIDVALIDITY"]
    imap.logout()
    assert seen == after != before
    assert dovecot.message_count(imap_account.user) == 1


def test_restart_keeps_ports_and_mail(dovecot: Dovecot, imap_account: ImapAccount) -> None:
    dovecot.append(imap_account.user, "INBOX", RAW)
    survivor = _login(imap_account, tls=False)
    survivor.select_folder("INBOX")
    ports = (dovecot.imap_port, dovecot.imaps_port)

    dovecot.restart()

    with pytest.raises((OSError, IMAPClient.Error, IMAPClient.AbortError)):
        survivor.noop()
    assert (dovecot.imap_port, dovecot.imaps_port) == ports
    imap = _login(imap_account, tls=False)
    assert imap.select_folder("INBOX")[b"EXISTS"] == 1
    imap.logout()


# --- PostgreSQL and the db_url fixture --------------------------------------------------------

def test_postgres_round_trips_a_row(pg_url: str) -> None:
    engine = sa.create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE ticket (id serial PRIMARY KEY, subject text)"))
        conn.execute(sa.text("INSERT INTO ticket (subject) VALUES ('Printer on fire')"))
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT subject FROM ticket")).scalar_one() == "Printer on fire"
    engine.dispose()


def test_drop_database_removes_it(postgres_server: Postgres) -> None:
    url = postgres_server.create_database("t_dropped")
    postgres_server.drop_database("t_dropped")

    with pytest.raises(sa.exc.OperationalError):
        sa.create_engine(url).connect()


def test_db_url_is_a_fresh_empty_database(db_url: str) -> None:
    engine = sa.create_engine(db_url)
    assert sa.inspect(engine).get_table_names() == []
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE t (x integer)"))
        conn.execute(sa.text("INSERT INTO t VALUES (42)"))
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT x FROM t")).scalar_one() == 42
    engine.dispose()


# --- SMTP -------------------------------------------------------------------------------------

def test_smtp_records_what_it_receives(smtp_server: SmtpServer) -> None:
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=10) as client:
        client.send_message(_mail("Ticket #1"), to_addrs=["a@example.org", "b@example.org"])

    [received] = smtp_server.wait_for(1)
    assert received.mail_from == "support@example.com"
    assert received.rcpt_tos == ("a@example.org", "b@example.org")
    assert received.message["Subject"] == "Ticket #1"
    assert b"We are on it." in received.raw


def test_smtp_outage_refuses_then_recovers_on_the_same_port(smtp_server: SmtpServer) -> None:
    port = smtp_server.port
    smtp_server.stop()
    with pytest.raises(ConnectionRefusedError):
        smtplib.SMTP(smtp_server.host, port, timeout=5)

    smtp_server.start()
    with smtplib.SMTP(smtp_server.host, port, timeout=10) as client:
        client.send_message(_mail())
    assert len(smtp_server.wait_for(1)) == 1


def test_smtp_transient_failure_mode_answers_451(smtp_server: SmtpServer) -> None:
    smtp_server.fail_transiently()
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=10) as client:
        with pytest.raises(smtplib.SMTPDataError) as refused:
            client.send_message(_mail())
        assert refused.value.smtp_code == 451

        smtp_server.fail_transiently(False)
        client.send_message(_mail())

    assert smtp_server.rejected_count == 1
    assert len(smtp_server.wait_for(1)) == 1


def test_smtp_auth_is_required_and_checked(
    smtp_server_factory: Callable[..., SmtpServer]
) -> None:
    server = smtp_server_factory(require_auth=("mailer", "s3cret"))
    with smtplib.SMTP(server.host, server.port, timeout=10) as client:
        with pytest.raises(smtplib.SMTPSenderRefused):
            client.send_message(_mail())
        with pytest.raises(smtplib.SMTPAuthenticationError):
            client.login("mailer", "wrong")
        client.login("mailer", "s3cret")
        client.send_message(_mail())
    assert len(server.wait_for(1)) == 1


def test_smtp_starttls_verifies_against_ca_file(
    smtp_server_factory: Callable[..., SmtpServer]
) -> None:
    server = smtp_server_factory(starttls=True)
    with smtplib.SMTP(server.host, server.port, timeout=10) as client:
        client.starttls(context=ssl.create_default_context(cafile=str(server.ca_file)))
        client.send_message(_mail())
    assert len(server.wait_for(1)) == 1


def test_wait_for_times_out_instead_of_hanging(smtp_server: SmtpServer) -> None:
    with pytest.raises(TimeoutError):
        smtp_server.wait_for(1, timeout=0.2)


# --- Missing servers --------------------------------------------------------------------------

def test_missing_server_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="install-test-deps"):
        skip_or_fail(ServerUnavailable("'dovecot' is missing; run scripts/install-test-deps.sh"))


def test_missing_server_skips_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="install-test-deps"):
        skip_or_fail(ServerUnavailable("'dovecot' is missing; run scripts/install-test-deps.sh"))
