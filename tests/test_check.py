"""`mailtriage check` against real servers: each kind of problem in plain words, with its fix."""

from __future__ import annotations

import json
import os
import socket
import ssl
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiosmtplib
import pytest

from mailtriage.config.schema import SmtpConfig
from mailtriage.daemon.check import check_mailbox, check_smtp
from mailtriage.daemon.diagnose import Target, diagnose, folder_missing
from servers.common import free_port
from servers.dovecot import Dovecot, ImapAccount
from servers.smtp import SmtpServer
from support import imap_mailbox


def run_check(config: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mailtriage", "--log-level", "ERROR", "check", "--config",
         str(config)],
        capture_output=True, text=True, timeout=120, env={**os.environ, **env},
    )


def mailbox_block(name: str, account: ImapAccount, password_env: str, **values: Any) -> str:
    """A `[[mailbox]]` TOML table for a test Dovecot account."""
    settings: dict[str, Any] = {
        "name": name, "kind": "imap", "host": account.host, "port": account.imap_port,
        "security": "none", "username": account.user, "password_env": password_env,
        "timeout": "5s", **values,
    }
    return "[[mailbox]]\n" + toml_pairs(settings)


def toml_pairs(values: dict[str, Any]) -> str:
    """`key = value` lines; JSON strings and numbers are valid TOML."""
    return "".join(f"{key} = {json.dumps(value)}\n" for key, value in values.items())


def config_file(tmp_path: Path, mailboxes: list[str], smtp: str) -> Path:
    path = tmp_path / "mailtriage.toml"
    path.write_text(f'data_dir = "{tmp_path}"\n' + "".join(mailboxes) + smtp, encoding="utf-8")
    return path


def smtp_block(server: SmtpServer, **values: Any) -> str:
    settings = {"host": "127.0.0.1", "port": server.port, "security": "none", "timeout": "5s"}
    return "[smtp]\n" + toml_pairs({**settings, **values})


# -- the four problems the issue names, each with its own words ------------------------------


def test_check_names_four_different_problems_and_exits_non_zero(
    tmp_path: Path, dovecot: Dovecot, imap_account: ImapAccount, smtp_server: SmtpServer,
) -> None:
    dovecot.create_folder(imap_account.user, "Support")
    mailboxes = [
        mailbox_block("wrong-password", imap_account, "MT_CHECK_WRONG"),
        mailbox_block("wrong-port", imap_account, "MT_CHECK_PW", port=free_port()),
        mailbox_block("untrusted", imap_account, "MT_CHECK_PW", port=imap_account.imaps_port,
                      security="tls"),
        mailbox_block("missing-folder", imap_account, "MT_CHECK_PW", folder="Suport"),
    ]
    result = run_check(config_file(tmp_path, mailboxes, smtp_block(smtp_server)),
                       MT_CHECK_PW=imap_account.password, MT_CHECK_WRONG="not-the-password")
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert "config: OK" in out and "database: OK" in out
    assert f"smtp 127.0.0.1:{smtp_server.port}: OK" in out
    lines = dict(line.split(": FAILED: ", 1) for line in out.splitlines() if ": FAILED: " in line)
    assert lines.keys() == {"mailbox wrong-password", "mailbox wrong-port",
                            "mailbox untrusted", "mailbox missing-folder"}
    assert lines["mailbox wrong-password"].startswith("authentication failed")
    assert "refused the connection" in lines["mailbox wrong-port"]
    assert "is not trusted" in lines["mailbox untrusted"]
    assert "folder 'Suport' does not exist" in lines["mailbox missing-folder"]
    assert len(set(lines.values())) == 4
    assert "fix: check `username` and the password in the environment variable MT_CHECK_WRONG" in out
    assert "fix: set ca_file to the CA certificate" in out
    assert "fix: set `folder` to one of them; did you mean 'Support'?" in out
    assert imap_account.password not in out + result.stderr
    assert "4 problem(s) found" in result.stderr


def test_check_all_ok_with_tls_and_smtp_login_exits_zero(
    tmp_path: Path, imap_account: ImapAccount,
    smtp_server_factory: Callable[..., SmtpServer],
) -> None:
    smtp = smtp_server_factory(require_auth=("support", "smtp-secret"), starttls=True)
    mailboxes = [
        mailbox_block("plain", imap_account, "MT_CHECK_PW"),
        mailbox_block("tls", imap_account, "MT_CHECK_PW", port=imap_account.imaps_port,
                      security="tls", ca_file=str(imap_account.ca_file)),
    ]
    smtp_toml = smtp_block(smtp, security="starttls", ca_file=str(smtp.ca_file),
                           username="support", password_env="MT_CHECK_SMTP")
    result = run_check(config_file(tmp_path, mailboxes, smtp_toml),
                       MT_CHECK_PW=imap_account.password, MT_CHECK_SMTP="smtp-secret")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "mailbox plain: OK (plain text, logged in as" in result.stdout
    assert "mailbox tls: OK (TLS, logged in as" in result.stdout
    assert f"smtp 127.0.0.1:{smtp.port}: OK (STARTTLS, logged in as 'support')" in result.stdout


# -- more problems, in process ----------------------------------------------------------------


def test_missing_password_variable_is_named(imap_account: ImapAccount) -> None:
    mailbox = imap_mailbox(imap_account).model_copy(update={"password_env": "MT_CHECK_UNSET"})
    finding = check_mailbox(mailbox)
    assert not finding.ok
    assert finding.detail == "password: environment variable MT_CHECK_UNSET is not set"
    assert "EnvironmentFile" in finding.fix


def test_tls_to_a_plain_text_port_names_the_right_port(imap_account: ImapAccount) -> None:
    mailbox = imap_mailbox(imap_account, security="tls", ca_file=imap_account.ca_file)
    finding = check_mailbox(mailbox)
    assert finding.detail.startswith(f"TLS handshake with 127.0.0.1:{imap_account.imap_port} failed")
    assert 'for security = "tls" use port 993, for port 143 use security = "starttls"' in finding.fix


def test_smtp_problems_wrong_password_and_no_starttls(
    smtp_server_factory: Callable[..., SmtpServer], monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = smtp_server_factory(require_auth=("support", "right"))
    monkeypatch.setenv("MT_CHECK_SMTP", "wrong")
    config = SmtpConfig(host="127.0.0.1", port=server.port, security="none", username="support",
                        password_env="MT_CHECK_SMTP", timeout=5)  # type: ignore[arg-type]
    login = check_smtp(config)
    assert login.detail == "authentication failed: 127.0.0.1 refused the login of 'support'"
    no_tls = check_smtp(config.model_copy(update={"security": "starttls", "username": None}))
    assert "does not offer STARTTLS" in no_tls.detail
    assert 'security = "tls"' in no_tls.fix


def test_maildir_must_exist_be_a_maildir_and_writable(tmp_path: Path) -> None:
    from mailtriage.config.schema import MailboxConfig

    def check(path: Path) -> tuple[bool, str]:
        finding = check_mailbox(MailboxConfig(name="local", kind="maildir", path=path))
        return finding.ok, finding.detail

    assert check(tmp_path / "nowhere") == (False, f"{tmp_path / 'nowhere'} does not exist")
    assert "is not a Maildir" in check(tmp_path)[1]
    for sub in ("new", "cur", "tmp"):
        (tmp_path / sub).mkdir()
    assert check(tmp_path) == (True, f"{tmp_path} is a writable Maildir")


# -- a check reads and reports; it creates nothing ----------------------------------------------


def _tree(root: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in root.rglob("*")}


def test_check_creates_no_data_dir_and_no_database(tmp_path: Path, smtp_server: SmtpServer) -> None:
    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    data_dir = tmp_path / "var" / "lib" / "mailtriage"
    config = tmp_path / "mailtriage.toml"
    config.write_text(
        f'data_dir = "{data_dir}"\n[[mailbox]]\nname = "local"\nkind = "maildir"\n'
        f'path = "{maildir}"\n' + smtp_block(smtp_server), encoding="utf-8")
    before = _tree(tmp_path)
    result = run_check(config)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"database: OK ({data_dir / 'mailtriage.db'} does not exist yet: created at the first " \
        "start)" in result.stdout
    assert not (tmp_path / "var").exists()
    assert _tree(tmp_path) == before


def test_check_reads_an_existing_sqlite_database_without_changing_it(tmp_path: Path) -> None:
    from mailtriage.config import Config
    from mailtriage.daemon.check import check_database
    from mailtriage.storage.db import make_engine
    from mailtriage.storage.migrate import current_revision, upgrade

    config = Config(data_dir=tmp_path)
    engine = make_engine(config.database_url)
    upgrade(engine)
    revision = current_revision(engine)
    engine.dispose()
    before = _tree(tmp_path)
    finding = check_database(config)
    assert finding.ok and finding.detail.endswith(f"schema {revision}"), finding.detail
    assert _tree(tmp_path) == before


def test_check_says_when_the_database_cannot_be_created_or_read(tmp_path: Path) -> None:
    from mailtriage.config import Config
    from mailtriage.daemon.check import check_database

    (tmp_path / "mailtriage.db").write_bytes(b"not a database" * 100)
    broken = check_database(Config(data_dir=tmp_path))
    assert not broken.ok and broken.detail.startswith(f"cannot read {tmp_path / 'mailtriage.db'}")
    (tmp_path / "a-file").write_text("x")
    not_a_folder = check_database(Config(data_dir=tmp_path / "a-file" / "data"))
    assert not not_a_folder.ok and f"{tmp_path / 'a-file'} is not a folder" in not_a_folder.detail
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        finding = check_database(Config(data_dir=locked / "sub"))
        if not os.access(locked, os.W_OK):  # root may write anyway
            assert not finding.ok and "is not writable" in finding.detail
    finally:
        locked.chmod(0o700)


# -- the pure diagnosis, for what cannot be staged on loopback --------------------------------

IMAP = Target("IMAP", "imap.example.com", 993, "tls", "support", "the environment variable PW",
              30.0, None)


def certificate_error(code: int, message: str) -> ssl.SSLCertVerificationError:
    error = ssl.SSLCertVerificationError(1, f"certificate verify failed: {message}")
    error.verify_code, error.verify_message = code, message
    return error


def wrapped(cause: BaseException) -> Exception:
    """As ImapSource raises it: a TransientError `from None` that still carries the cause."""
    from mailtriage.errors import TransientError

    try:
        raise cause
    except BaseException:
        try:
            raise TransientError("cannot reach imap.example.com:993") from None
        except TransientError as error:
            return error


@pytest.mark.parametrize(("cause", "problem", "fix"), [
    (socket.gaierror(-2, "Name or service not known"),
     "host 'imap.example.com' not found (DNS lookup failed: Name or service not known)",
     "check the spelling of `host`"),
    (TimeoutError("timed out"), "no answer from imap.example.com:993 within 30s",
     "a firewall drops the connection or `port` is wrong"),
    (certificate_error(62, "Hostname mismatch, certificate is not valid for 'imap.example.com'."),
     "is not issued for the name 'imap.example.com' (hostname mismatch)",
     "set `host` to a name the certificate is issued for"),
    (certificate_error(10, "certificate has expired"), "has expired", "renew the certificate"),
    (certificate_error(20, "unable to get local issuer certificate"),
     "is not trusted (unable to get local issuer certificate)", "set ca_file"),
    (aiosmtplib.SMTPException("SMTP STARTTLS extension not supported by server."),
     "does not offer STARTTLS", 'use security = "tls" with port 993'),
    (ConnectionRefusedError(111, "Connection refused"), "refused the connection",
     "check `port` (IMAP is usually 993 for TLS, 143 for STARTTLS)"),
])
def test_diagnosis_of_each_cause(cause: BaseException, problem: str, fix: str) -> None:
    found = diagnose(wrapped(cause), IMAP)
    assert problem in found.problem
    assert fix in found.fix


def test_missing_folder_lists_folders_and_the_closest_match() -> None:
    found = folder_missing("Supprt", ("INBOX", "Sent", "Support", "Trash"), "imap.example.com")
    assert found.problem == (
        "folder 'Supprt' does not exist on imap.example.com; the folders there are: "
        "'INBOX', 'Sent', 'Support', 'Trash'"
    )
    assert found.fix == "set `folder` to one of them; did you mean 'Support'?"
    assert "did you mean" not in folder_missing("Zzz", ("INBOX",), "h").fix
