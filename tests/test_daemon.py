"""`mailtriage run` as a real process: IDLE pick-up, acknowledgements, clean SIGTERM."""

from __future__ import annotations

import signal
import time
from pathlib import Path

from servers.common import wait_until
from servers.dovecot import Dovecot, ImapAccount
from servers.smtp import SmtpServer
from support import customer_mail, daemon_config_text, start_daemon


def test_running_daemon_acknowledges_new_mail_within_seconds_and_stops_cleanly(
    tmp_path: Path, sqlite_url: str, dovecot: Dovecot, imap_account: ImapAccount,
    smtp_server: SmtpServer,
) -> None:
    config = tmp_path / "mailtriage.toml"
    # A long poll interval: only IDLE can make the pick-up fast.
    config.write_text(daemon_config_text(tmp_path, sqlite_url, imap_account, smtp_server.port,
                                         poll_interval="300s"), encoding="utf-8")
    log = tmp_path / "daemon.log"
    daemon = start_daemon(config, imap_account.password, log)
    try:
        wait_until(lambda: b"mailtriage running" in log.read_bytes(), 30, "daemon start")
        time.sleep(1)  # let the first sync finish and IDLE begin
        sent_at = time.monotonic()
        dovecot.append(imap_account.user, "INBOX", customer_mail(sender="eva@kunde.example"))
        received = smtp_server.wait_for(1, timeout=20)
        latency = time.monotonic() - sent_at
        assert list(received[0].rcpt_tos) == ["eva@kunde.example"]
        assert latency < 10, f"IDLE pick-up took {latency:.1f}s"
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(timeout=30) == 0
    finally:
        if daemon.poll() is None:
            daemon.kill()
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "received SIGTERM" in text and "mailtriage stopped" in text
    assert "Traceback" not in text
