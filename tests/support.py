"""Builders that keep tests short: a customer mail, a config for a test's servers."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from mailtriage.config import Config
from mailtriage.config.schema import MailboxConfig, SmtpConfig

_counter = itertools.count(1)


def customer_mail(
    *,
    sender: str = "anna.muster@kunde.example",
    subject: str = "Installer bricht ab",
    body: str = "Guten Tag, das Setup von Papyra 7.1 bricht mit Fehler 1603 ab.",
    message_id: str | None = "auto",
    in_reply_to: str | None = None,
    headers: dict[str, str] | None = None,
    attachments: list[tuple[str, bytes, str]] | None = None,
) -> bytes:
    """A customer's mail as raw bytes; `message_id=None` leaves the header out."""
    mail = EmailMessage(policy=SMTP)
    mail["From"] = sender
    mail["To"] = "support@papyra.example"
    mail["Subject"] = subject
    mail["Date"] = format_datetime(datetime(2026, 11, 16, 8, 0, next(_counter) % 60, tzinfo=UTC))
    if message_id == "auto":
        message_id = make_msgid(idstring=str(next(_counter)), domain="kunde.example")
    if message_id:
        mail["Message-ID"] = message_id
    if in_reply_to:
        mail["In-Reply-To"] = in_reply_to
        mail["References"] = in_reply_to
    for name, value in (headers or {}).items():
        mail[name] = value
    mail.set_content(body)
    for filename, data, content_type in attachments or []:
        maintype, subtype = content_type.split("/")
        mail.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return mail.as_bytes()


def make_config(data_dir: Path, database_url: str, **overrides: Any) -> Config:
    """A config for tests: given database, data dir, mailboxes and SMTP server."""
    values: dict[str, Any] = {
        "data_dir": data_dir,
        "database": {"url": database_url},
        "smtp": SmtpConfig(host="127.0.0.1", port=1, security="none",
                           from_address="support@papyra.example", from_name="Papyra Support",
                           retry_base=1, timeout=5),  # type: ignore[arg-type]
    }
    values.update(overrides)
    return Config.model_validate(values)


def imap_mailbox(account: Any, name: str = "support", tls: bool = False, **extra: Any) -> MailboxConfig:
    """A mailbox config for a test Dovecot account (password through an env variable)."""
    import os

    env = f"MT_TEST_PW_{account.user.replace('-', '_').upper()}"
    os.environ[env] = account.password
    values: dict[str, Any] = {
        "name": name, "kind": "imap", "host": account.host, "username": account.user,
        "password_env": env, "poll_interval": 1,
        "port": account.imaps_port if tls else account.imap_port,
        "security": "tls" if tls else "none",
    }
    if tls:
        values["ca_file"] = account.ca_file
    values.update(extra)
    return MailboxConfig.model_validate(values)


def daemon_config_text(data_dir: Path, database_url: str, account: Any, smtp_port: int,
                       *, poll_interval: str = "1s", batch_size: int = 50,
                       name: str = "support") -> str:
    """A TOML config for running `mailtriage run` as a real process against test servers."""
    block = _mailbox_block(name, account, 'password_env = "MT_DAEMON_PASSWORD"', poll_interval,
                           batch_size)
    return _daemon_config(data_dir, database_url, [block], smtp_port)


def _mailbox_block(name: str, account: Any, password: str, poll_interval: str,
                   batch_size: int, extra: str = "") -> str:
    return f'''
[[mailbox]]
name = "{name}"
kind = "imap"
host = "{account.host}"
port = {account.imap_port}
security = "none"
username = "{account.user}"
{password}
poll_interval = "{poll_interval}"
batch_size = {batch_size}
{extra}
'''


def _daemon_config(data_dir: Path, database_url: str, blocks: list[str], smtp_port: int) -> str:
    return f'''
data_dir = "{data_dir}"
[database]
url = "{database_url}"
{"".join(blocks)}
[smtp]
host = "127.0.0.1"
port = {smtp_port}
security = "none"
from_address = "support@papyra.example"
timeout = "2s"
retry_base = "1s"
send_interval = "1s"
'''


def start_daemon(config_path: Path, password: str, log_path: Path, *args: str) -> Any:
    """Start `mailtriage run` as a child process logging to `log_path`."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "MT_DAEMON_PASSWORD": password}
    log = log_path.open("ab")
    return subprocess.Popen(
        [sys.executable, "-m", "mailtriage", "run", "--config", str(config_path), *args],
        stdout=log, stderr=subprocess.STDOUT, env=env,
    )


def leased_config_text(data_dir: Path, database_url: str, mailboxes: dict[str, Any],
                       smtp_port: int, *, lease: str, poll_interval: str = "1s",
                       batch_size: int = 50) -> str:
    """A TOML config for several daemons sharing IMAP mailboxes (name -> account) through
    leases; each mailbox's password comes from a file beside the config."""
    blocks = []
    for name, account in mailboxes.items():
        secret = data_dir / f"{name}.password"
        secret.write_text(account.password, encoding="utf-8")
        blocks.append(_mailbox_block(name, account, f'password_file = "{secret}"', poll_interval,
                                     batch_size, f'lease = "{lease}"'))
    return _daemon_config(data_dir, database_url, blocks, smtp_port)
