"""A missing or empty secret is a configuration error at start: the daemon exits with the
configuration exit code and names the variable, instead of logging `ready` and retrying
forever; a mailbox marked optional lets the others run."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mailtriage.config.schema import MailboxConfig, SmtpConfig
from mailtriage.errors import ConfigError, SecretMissing
from servers.common import free_port

CONFIG_EXIT = ConfigError.exit_code


def mailtriage(config: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("MT_START_")}
    return subprocess.run(
        [sys.executable, "-m", "mailtriage", "run", "--config", str(config), *args],
        capture_output=True, text=True, timeout=60, env={**environment, **env},
    )


def imap_block(name: str, variable: str, optional: bool = False) -> str:
    return (
        f'[[mailbox]]\nname = "{name}"\nkind = "imap"\nhost = "127.0.0.1"\n'
        f'port = {free_port()}\nsecurity = "none"\nusername = "support"\n'
        f'password_env = "{variable}"\noptional = {str(optional).lower()}\n'
    )


def write_config(tmp_path: Path, *blocks: str, smtp: str = "") -> Path:
    path = tmp_path / "mailtriage.toml"
    smtp = smtp or f'[smtp]\nhost = "127.0.0.1"\nport = {free_port()}\nsecurity = "none"\n'
    path.write_text(f'data_dir = "{tmp_path / "data"}"\n' + "".join(blocks) + smtp, "utf-8")
    return path


@pytest.mark.parametrize(("env", "state"), [({}, "is not set"), ({"MT_START_PW": ""}, "is empty")])
@pytest.mark.parametrize("once", [True, False])
def test_a_missing_or_empty_password_stops_the_start(
    tmp_path: Path, env: dict[str, str], state: str, once: bool
) -> None:
    config = write_config(tmp_path, imap_block("support", "MT_START_PW"))
    started = time.monotonic()
    result = mailtriage(config, *(["--once"] if once else []), **env)
    assert result.returncode == CONFIG_EXIT, result.stdout + result.stderr
    assert time.monotonic() - started < 30  # no retries: it stops at once
    assert (
        "mailtriage: error: mailbox support: password: environment variable MT_START_PW "
        f"{state}; set it in the service's environment" in result.stderr
    )
    assert "Traceback" not in result.stderr and "ready" not in result.stderr
    assert not (tmp_path / "data").exists()  # nothing opened or created


def test_every_missing_secret_is_named_at_once_smtp_too(tmp_path: Path) -> None:
    smtp = (f'[smtp]\nhost = "127.0.0.1"\nport = {free_port()}\nsecurity = "none"\n'
            'username = "support"\npassword_env = "MT_START_SMTP"\n')
    config = write_config(tmp_path, imap_block("one", "MT_START_A"), imap_block("two", "MT_START_B"),
                          smtp=smtp)
    result = mailtriage(config, "--once")
    assert result.returncode == CONFIG_EXIT
    for name in ("MT_START_A", "MT_START_B", "MT_START_SMTP"):
        assert f"environment variable {name} is not set" in result.stderr


def test_an_optional_mailbox_without_its_secret_lets_the_others_run(tmp_path: Path) -> None:
    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (maildir / "new" / "1.mail").write_bytes(
        b"From: Anna <anna@customer.example>\r\nTo: support@example.com\r\nSubject: Passwort\r\n"
        b"Message-ID: <start-1@customer.example>\r\nDate: Mon, 7 Dec 2026 10:00:00 +0000\r\n\r\n"
        b"Wie setze ich mein Passwort zurueck?\r\n"
    )
    local = f'[[mailbox]]\nname = "local"\nkind = "maildir"\npath = "{maildir}"\n'
    config = write_config(tmp_path, imap_block("remote", "MT_START_PW", optional=True), local)
    result = mailtriage(config, "--once")
    assert "mailbox remote: password: environment variable MT_START_PW is not set" in result.stderr
    assert "starting without it (optional = true)" in result.stderr
    assert result.returncode == 1  # the optional mailbox failed its pass, the run went on
    assert "mailbox local: ok, fetched 1, stored 1 (1 new tickets)" in result.stdout
    assert "mailbox remote: FAILED" in result.stdout


def test_secrets_of_an_oauth2_mailbox_are_read_too(tmp_path: Path) -> None:
    mailbox = MailboxConfig.model_validate({
        "name": "m365", "kind": "imap", "host": "127.0.0.1", "username": "support@example.com",
        "oauth2": {"provider": "microsoft", "client_id": "app", "client_secret_env": "MT_START_CS",
                   "refresh_token_file": str(tmp_path / "token")},
    })
    with pytest.raises(SecretMissing, match="oauth2 client secret: environment variable MT_START_CS"):
        mailbox.read_secrets()
    os.environ["MT_START_CS"] = "secret"
    try:
        with pytest.raises(SecretMissing, match="cannot read"):
            mailbox.read_secrets()
        (tmp_path / "token").write_text("refresh\n")
        mailbox.read_secrets()
    finally:
        del os.environ["MT_START_CS"]
    SmtpConfig(host="127.0.0.1", security="none").read_secrets()  # nothing configured: nothing read


def test_a_mailbox_error_names_the_mailbox_once(tmp_path: Path) -> None:
    config = write_config(tmp_path, imap_block("support", "MT_START_PW"))
    result = mailtriage(config, "--once", MT_START_PW="secret")
    assert result.returncode == 1
    assert "mailbox support: cannot reach 127.0.0.1:" in result.stderr
    assert "mailbox support: mailbox support" not in result.stderr
