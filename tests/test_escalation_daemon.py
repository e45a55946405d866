"""Escalation by running daemons: two `mailtriage run` processes on one PostgreSQL."""

from __future__ import annotations

import collections
import signal
import subprocess
import time
from pathlib import Path

from sqlalchemy import text

from mailtriage.storage.db import make_engine
from servers.common import wait_until
from servers.dovecot import Dovecot, ImapAccount
from servers.smtp import SmtpServer
from support import customer_mail, leased_config_text, start_daemon

TARGET = 4  # seconds: level 1's first-response target
SLA_TOML = f"""
[[team]]
name = "level1"
levels = [0, 1]
addresses = ["l1@papyra.example"]

[[team]]
name = "level2"
levels = [2]
addresses = ["l2@papyra.example"]

[[team]]
name = "level3"
levels = [3, 4]
addresses = ["l3@papyra.example"]

[[classifier.rules]]
sender_domain = "kunde.example"
level = 1

[sla]
check_interval = "1s"
warn_at = 0.5
customer_notice = true

[sla.level.1]
first_response = "{TARGET}s"

[sla.level.2]
first_response = "1h"
"""


def escalation_mail(smtp_server: SmtpServer) -> set[str]:
    """The recipients of the escalation mails received so far (new team, old team)."""
    return {
        m.rcpt_tos[0]
        for m in smtp_server.messages
        if "to level 2" in m.message["Subject"] and m.rcpt_tos[0].endswith("@papyra.example")
    }


def stop(daemon: subprocess.Popen[bytes]) -> int:
    daemon.send_signal(signal.SIGTERM)
    return daemon.wait(timeout=60)


def test_two_running_daemons_escalate_a_ticket_once_and_each_mail_arrives_once(
    tmp_path: Path,
    pg_url: str,
    dovecot: Dovecot,
    imap_account: ImapAccount,
    smtp_server: SmtpServer,
) -> None:
    config = tmp_path / "mailtriage.toml"
    mailboxes = {"support": imap_account}
    config.write_text(
        leased_config_text(tmp_path, pg_url, mailboxes, smtp_server.port, lease="8s") + SLA_TOML,
        encoding="utf-8",
    )
    log = tmp_path / "daemons.log"
    daemons = [start_daemon(config, "", log) for _ in range(2)]
    engine = make_engine(pg_url)
    try:
        wait_until(lambda: log.read_bytes().count(b"mailtriage running") == 2, 60, "both daemons")
        dovecot.append(imap_account.user, "INBOX", customer_mail(sender="eva@kunde.example"))

        def escalated() -> bool:
            with engine.connect() as connection:
                return connection.scalar(text("SELECT max(level) FROM tickets")) == 2

        wait_until(escalated, 60, "the ticket's escalation to level 2")
        escalated_at = time.monotonic()
        wait_until(
            lambda: {"l1@papyra.example", "l2@papyra.example"} <= escalation_mail(smtp_server),
            30,
            "the escalation mail to both teams",
        )
        time.sleep(5)  # both daemons pass again five times: nothing more may be sent
        codes = [stop(daemon) for daemon in daemons]
    finally:
        for daemon in daemons:
            if daemon.poll() is None:
                daemon.kill()
    print(f"escalated; mail checked for {time.monotonic() - escalated_at:.1f}s more")
    sent = collections.Counter(
        (m.rcpt_tos[0], m.message["Subject"].split("]", 1)[1].split(":")[0].strip())
        for m in smtp_server.messages
    )
    assert codes == [0, 0]
    with engine.connect() as connection:
        (ticket_id,) = connection.scalars(text("SELECT id FROM tickets")).all()
        kinds = collections.Counter(
            connection.scalars(text("SELECT kind FROM ticket_events WHERE kind LIKE 'sla_%'"))
        )
        queued = collections.Counter(connection.scalars(text("SELECT kind FROM outbox")))
        pending = connection.scalar(text("SELECT count(*) FROM outbox WHERE status <> 'sent'"))
    engine.dispose()
    assert kinds["sla_escalated"] == 1 and kinds["sla_warning"] <= 1
    assert queued["sla_escalated"] == queued["sla_left_team"] == 1
    assert queued["customer_escalation_notice"] == 1 and pending == 0
    # Each mail arrived once: the new team's, the old team's, the customer's notice.
    assert sent[("l2@papyra.example", "Escalated to level 2")] == 1
    assert sent[("l1@papyra.example", "Moved to level 2")] == 1
    customer = [k for k in sent if k[0] == "eva@kunde.example"]
    assert sum(sent[k] for k in customer) == 2  # the acknowledgement and the notice
    assert sum(sent.values()) == sum(queued.values()), (sent, queued)
    output = log.read_text(encoding="utf-8", errors="replace")
    assert f"ticket {ticket_id}: escalate" in output
    assert "Traceback" not in output
