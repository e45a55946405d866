"""mailtriage under systemd: sd_notify, READY and WATCHDOG semantics, SIGTERM, SIGHUP, the unit."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from mailtriage.config import load_config_text
from mailtriage.daemon.liveness import Heartbeat, WatchedSource
from mailtriage.daemon.supervisor import changed_keys
from mailtriage.daemon.systemd import notify, watchdog_interval
from mailtriage.sources.base import FetchedItem, FolderStatus
from servers.common import wait_until
from servers.dovecot import Dovecot, ImapAccount
from servers.smtp import SmtpServer
from support import customer_mail, daemon_config_text, start_daemon


class NotifySocket:
    """The service manager's end of $NOTIFY_SOCKET: keeps every datagram the daemon sends."""

    def __init__(self, address: str) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(address)
        self.received: list[tuple[float, dict[str, str]]] = []

    def wait_for(self, state: str, timeout: float = 60) -> float:
        """Read until a datagram carries `state` (e.g. "READY=1"); return when it arrived."""
        key, value = state.split("=", 1)
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            self.sock.settimeout(left)
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                break
            fields = dict(line.split("=", 1) for line in data.decode().splitlines())
            self.received.append((time.monotonic(), fields))
            if fields.get(key) == value:
                return time.monotonic()
        raise AssertionError(f"no {state} within {timeout}s; got {self.states()}")

    def states(self, key: str) -> list[str]:
        """Every `key=value` received so far, oldest first."""
        return [f"{key}={fields[key]}" for _, fields in self.received if key in fields]

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def manager(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[NotifySocket]:
    """A NOTIFY_SOCKET the daemons started by the test report to, watchdog every second."""
    path = tmp_path / "notify.sock"
    receiver = NotifySocket(str(path))
    monkeypatch.setenv("NOTIFY_SOCKET", str(path))
    monkeypatch.setenv("WATCHDOG_USEC", "1000000")
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    yield receiver
    receiver.close()


def stop_daemon(daemon: subprocess.Popen[bytes]) -> int:
    """SIGTERM, and the exit code (killing it if it does not stop in time)."""
    daemon.send_signal(signal.SIGTERM)
    try:
        return daemon.wait(timeout=30)
    finally:
        if daemon.poll() is None:
            daemon.kill()


def log_text(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


# -- the daemon as systemd runs it ----------------------------------------------------------


def test_daemon_reports_ready_pings_the_watchdog_through_a_long_idle_and_stops_on_sigterm(
    tmp_path: Path, sqlite_url: str, imap_account: ImapAccount, smtp_server: SmtpServer,
    manager: NotifySocket,
) -> None:
    config = tmp_path / "mailtriage.toml"
    # A 300 s IDLE: one mailbox cycle lasts minutes, yet the loop is alive all along.
    config.write_text(daemon_config_text(tmp_path, sqlite_url, imap_account, smtp_server.port,
                                         poll_interval="300s"), encoding="utf-8")
    log = tmp_path / "daemon.log"
    daemon = start_daemon(config, imap_account.password, log)
    try:
        manager.wait_for("READY=1")
        assert "running: 1 mailbox(es)" in manager.states("STATUS")[-1]
        for _ in range(4):
            manager.wait_for("WATCHDOG=1", timeout=5)
        assert stop_daemon(daemon) == 0
        manager.wait_for("STOPPING=1", timeout=1)
    finally:
        if daemon.poll() is None:
            daemon.kill()
    text = log_text(log)
    assert "received SIGTERM" in text and "mailtriage stopped" in text
    assert "Traceback" not in text and "stalled" not in text


def test_ready_waits_for_the_first_connection_attempt_of_every_mailbox(
    tmp_path: Path, sqlite_url: str, imap_account: ImapAccount, smtp_server: SmtpServer,
    manager: NotifySocket,
) -> None:
    silent = socket.socket()  # accepts TCP connections but never greets: an IMAP server hung
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    config = tmp_path / "mailtriage.toml"
    text = daemon_config_text(tmp_path, sqlite_url, imap_account, smtp_server.port)
    text = text.replace("[smtp]", f"""[[mailbox]]
name = "hung"
kind = "imap"
host = "127.0.0.1"
port = {silent.getsockname()[1]}
security = "none"
username = "nobody"
password_env = "MT_DAEMON_PASSWORD"
timeout = "4s"
[smtp]""")
    config.write_text(text, encoding="utf-8")
    log = tmp_path / "daemon.log"
    daemon = start_daemon(config, imap_account.password, log)
    try:
        wait_until(lambda: b"mailtriage running" in log.read_bytes(), 60, "daemon start")
        started = time.monotonic()
        ready = manager.wait_for("READY=1")
        assert ready - started > 2.5, "READY came before the hung mailbox's attempt ended"
        assert manager.states("STATUS")[-1] == "STATUS=running: 2 mailbox(es), failing: hung"
        assert stop_daemon(daemon) == 0
    finally:
        silent.close()
        if daemon.poll() is None:
            daemon.kill()
    assert "mailbox hung: " in log_text(log)


@pytest.mark.parametrize(("edit", "named"), [
    (lambda good: good.replace("[smtp]", "[smtp]\nport_number = 25"), "smtp.port_number"),
    (lambda good: good.replace("MT_DAEMON_PASSWORD", "MT_RELOAD_UNSET"),
     "environment variable MT_RELOAD_UNSET is not set"),
], ids=["unknown-key", "missing-secret"])
def test_sighup_with_a_broken_config_keeps_running_with_the_old_one(
    tmp_path: Path, sqlite_url: str, dovecot: Dovecot, imap_account: ImapAccount,
    smtp_server: SmtpServer, manager: NotifySocket, edit: Callable[[str], str], named: str,
) -> None:
    config = tmp_path / "mailtriage.toml"
    good = daemon_config_text(tmp_path, sqlite_url, imap_account, smtp_server.port)
    config.write_text(good, encoding="utf-8")
    log = tmp_path / "daemon.log"
    daemon = start_daemon(config, imap_account.password, log)
    try:
        manager.wait_for("READY=1")
        config.write_text(edit(good), encoding="utf-8")
        daemon.send_signal(signal.SIGHUP)
        manager.wait_for("RELOADING=1", timeout=10)
        manager.wait_for("READY=1", timeout=10)
        assert manager.states("MONOTONIC_USEC")  # sd_notify(3) asks for it with RELOADING=1
        dovecot.append(imap_account.user, "INBOX", customer_mail(sender="eva@kunde.example"))
        assert smtp_server.wait_for(1, timeout=30)[0].rcpt_tos == ("eva@kunde.example",)
        assert daemon.poll() is None
        assert stop_daemon(daemon) == 0
    finally:
        if daemon.poll() is None:
            daemon.kill()
    text = log_text(log)
    assert "configuration not reloaded, still running with the old one" in text
    assert named in text  # the admin learns what is wrong
    assert "Traceback" not in text


def test_sighup_with_a_valid_changed_config_applies_it_and_names_the_changed_keys(
    tmp_path: Path, sqlite_url: str, dovecot: Dovecot, imap_account: ImapAccount,
    smtp_server: SmtpServer, smtp_server_factory: Callable[..., SmtpServer],
    manager: NotifySocket,
) -> None:
    other_smtp = smtp_server_factory()
    config = tmp_path / "mailtriage.toml"
    config.write_text(daemon_config_text(tmp_path, sqlite_url, imap_account, smtp_server.port),
                      encoding="utf-8")
    log = tmp_path / "daemon.log"
    daemon = start_daemon(config, imap_account.password, log)
    try:
        manager.wait_for("READY=1")
        config.write_text(daemon_config_text(tmp_path, sqlite_url, imap_account,
                                             other_smtp.port), encoding="utf-8")
        daemon.send_signal(signal.SIGHUP)
        manager.wait_for("RELOADING=1", timeout=10)
        manager.wait_for("READY=1", timeout=60)
        dovecot.append(imap_account.user, "INBOX", customer_mail(sender="ida@kunde.example"))
        assert other_smtp.wait_for(1, timeout=30)[0].rcpt_tos == ("ida@kunde.example",)
        assert smtp_server.messages == []
        assert stop_daemon(daemon) == 0
    finally:
        if daemon.poll() is None:
            daemon.kill()
    text = log_text(log)
    assert "configuration reloaded; changed: smtp.port" in text
    assert imap_account.password not in text and "Traceback" not in text


# -- the watchdog's rule, on a fake clock ----------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class IdleSource:
    """A source whose IDLE lasts `timeout` seconds of fake time (real IDLE would take minutes)."""

    name = "support"
    supports_idle = True

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.overdue_during_idle: list[bool] = []
        self.heartbeat: Heartbeat | None = None

    def open(self) -> FolderStatus:
        return FolderStatus(uidvalidity=1, next_uid=1)

    def ref_prefix(self) -> str:
        return "fake:"

    def candidates(self, last_uid: int | None, first_sync: bool) -> list[str]:
        return ["fake:1", "fake:2"]

    def fetch(self, refs: Sequence[str]) -> Iterator[FetchedItem]:
        for ref in refs:
            self.clock.now += 50
            yield FetchedItem(ref, b"Subject: x\r\n\r\nx\r\n")

    def after_import(self, refs: object) -> None:
        pass

    def wait_for_mail(self, timeout: float, stop: threading.Event) -> None:
        for _ in range(int(timeout // 60)):
            self.clock.now += 60
            assert self.heartbeat is not None
            self.overdue_during_idle.append(self.heartbeat.overdue())

    def close(self) -> None:
        pass


def test_watchdog_rule_allows_a_long_idle_and_slow_fetches_but_not_a_silent_loop() -> None:
    clock = FakeClock()
    heartbeat = Heartbeat("support", step=120, clock=clock)
    inner = IdleSource(clock)
    inner.heartbeat = heartbeat
    source = WatchedSource(inner, heartbeat)
    assert not heartbeat.started
    source.open()
    assert heartbeat.started and not heartbeat.overdue()
    assert len(list(source.fetch(source.candidates(None, True)))) == 2  # 50 s per message
    assert not heartbeat.overdue()
    source.wait_for_mail(1800, threading.Event())  # a 30-minute IDLE
    assert inner.overdue_during_idle == [False] * 30
    clock.now += 119
    assert not heartbeat.overdue()
    clock.now += 2  # a step that never returns: no progress past the budget
    assert heartbeat.overdue()


# -- sd_notify itself -------------------------------------------------------------------------


def test_notify_reaches_an_abstract_socket_and_is_a_no_op_without_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name = f"mailtriage-test-{os.getpid()}-{time.monotonic_ns()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as receiver:
        receiver.bind("\0" + name)
        receiver.settimeout(5)
        monkeypatch.setenv("NOTIFY_SOCKET", "@" + name)
        assert notify("READY=1", "STATUS=running")
        assert receiver.recv(4096) == b"READY=1\nSTATUS=running"
    monkeypatch.delenv("NOTIFY_SOCKET")
    assert not notify("READY=1")


def test_watchdog_interval_is_half_of_watchdog_usec_and_only_for_this_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("WATCHDOG_USEC", raising=False)
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    assert watchdog_interval() is None
    monkeypatch.setenv("WATCHDOG_USEC", "120000000")
    assert watchdog_interval() == 60.0
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
    assert watchdog_interval() == 60.0
    monkeypatch.setenv("WATCHDOG_PID", "1")
    assert watchdog_interval() is None


# -- reload: which keys changed, never their values -----------------------------------------


def test_changed_keys_names_settings_never_values(tmp_path: Path) -> None:
    base = f'''data_dir = "{tmp_path}"
[[mailbox]]
name = "support"
kind = "imap"
host = "imap.example.com"
username = "support@example.com"
password_env = "SUPPORT_PW"
[smtp]
host = "smtp.example.com"
'''
    old = load_config_text(base)
    new = load_config_text(
        base.replace('password_env = "SUPPORT_PW"', 'password_env = "OTHER_PW"')
        .replace("smtp.example.com", "relay.example.com")
        + '[[mailbox]]\nname = "sales"\nkind = "maildir"\npath = "/srv/sales"\n'
    )
    assert changed_keys(old, new) == [
        "mailbox[sales] (added)",
        "mailbox[support].password_env",
        "smtp.host",
    ]
    assert changed_keys(new, old)[0] == "mailbox[sales] (removed)"
    assert changed_keys(old, old) == []


# -- the unit file ------------------------------------------------------------------------------


@pytest.fixture
def unit_copy(tmp_path: Path) -> Path:
    """The unit as the install docs make it: `mailtriage systemd-unit`, run as installed."""
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed (Debian package systemd)")
    executable = Path(sys.executable).with_name("mailtriage")
    done = subprocess.run([str(executable), "systemd-unit"], capture_output=True, text=True,
                          timeout=60, check=True)
    assert f"\nExecStart={executable.resolve()} run --config /etc/mailtriage/mailtriage.toml\n" \
        in done.stdout
    copy = tmp_path / "mailtriage.service"
    copy.write_text(done.stdout, encoding="utf-8")
    return copy


def test_a_config_path_with_a_space_is_quoted_for_systemd() -> None:
    from mailtriage.cli.systemd import unit_text

    text = unit_text(["/opt/mail triage/bin/mailtriage"], "/etc/mail triage/m.toml")
    assert '\nExecStart="/opt/mail triage/bin/mailtriage" run --config "/etc/mail triage/m.toml"\n' \
        in text


def test_unit_file_passes_systemd_analyze_verify(unit_copy: Path) -> None:
    done = subprocess.run(["systemd-analyze", "verify", str(unit_copy)],
                          capture_output=True, text=True, timeout=60)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    # verify only warns about unknown keys and bad values: any remark on our file is a failure
    assert "mailtriage.service" not in output, output


def test_unit_file_is_notify_with_watchdog_reload_state_and_hardening(unit_copy: Path) -> None:
    text = unit_copy.read_text(encoding="utf-8")
    for line in ("Type=notify", "ExecReload=/bin/kill -HUP $MAINPID", "User=mailtriage",
                 "StateDirectory=mailtriage", "ConfigurationDirectory=mailtriage",
                 "ProtectSystem=strict", "NoNewPrivileges=yes", "PrivateTmp=yes",
                 "ProtectHome=yes", "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6",
                 "SystemCallFilter=@system-service"):
        assert re.search(rf"^{re.escape(line)}$", text, re.MULTILINE), line
    assert re.search(r"^WatchdogSec=\S+$", text, re.MULTILINE)
    # exposure 0-10 as `systemd-analyze security` scores it; --threshold is that times ten
    done = subprocess.run(["systemd-analyze", "security", "--offline=yes", "--threshold=20",
                           str(unit_copy)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr
