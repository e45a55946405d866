"""The per-sender limit on new tickets counts by when mail arrived, not when it is imported:
a backlog (first start, a day of downtime) of one busy customer's distinct requests becomes one
ticket each, acknowledged; a real flood still becomes tickets of their own, marked as flood,
with nobody answered or notified (real Dovecot with INTERNALDATE, a Maildir, SMTP)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from mailtriage.classification.base import FallbackClassifier
from mailtriage.daemon.app import build_app
from mailtriage.daemon.service import run_once
from mailtriage.storage.models import Ticket
from servers.dovecot import Dovecot, ImapAccount
from servers.smtp import SmtpServer
from support import customer_mail, imap_mailbox, make_config
from test_cli import mailtriage
from test_conversation import TEAMS

BUSY = "einkauf@grosskunde.example"
DAY_AGO = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=26)


def request(n: int) -> bytes:
    return customer_mail(sender=BUSY, subject=f"Anliegen {n}: Thema {n * 7 % 11}",
                         body=f"Das ist Anfrage Nummer {n}, ein eigenes Thema.")


def test_a_backlog_imported_at_once_is_counted_by_arrival_and_a_flood_is_marked(
    tmp_path: Path, db_url: str, dovecot: Dovecot, imap_account: ImapAccount,
    smtp_server: SmtpServer,
) -> None:
    config = make_config(
        tmp_path, db_url, mailbox=[imap_mailbox(imap_account)], team=TEAMS,
        limits={"new_tickets_per_hour": 5, "acknowledgements_per_hour": 1000},
        smtp={"host": "127.0.0.1", "port": smtp_server.port, "security": "none",
              "from_address": "support@papyra.example", "timeout": 5})
    app = build_app(config, classifier=FallbackClassifier())
    try:
        # 24 requests that arrived an hour apart yesterday, then 8 within ten minutes today.
        for n in range(24):
            dovecot.append(imap_account.user, "INBOX", request(n), received=DAY_AGO + n * timedelta(hours=1))
        burst = datetime.now(UTC) - timedelta(minutes=10)
        for n in range(24, 32):
            dovecot.append(imap_account.user, "INBOX", request(n), received=burst + timedelta(seconds=n))
        report = run_once(app)
        assert report.mailboxes["support"].stored == 32
        with app.sessions() as session:
            tickets = session.execute(select(Ticket.subject, Ticket.flood, Ticket.arrived_at)
                                      .order_by(Ticket.id)).all()
        assert len(tickets) == 32  # every distinct request is its own ticket
        assert [t.flood for t in tickets] == [False] * 29 + [True] * 3  # 5 per hour, then flood
        assert abs(tickets[0].arrived_at - DAY_AGO) < timedelta(seconds=2)
        answered = [m.message for m in smtp_server.messages if m.rcpt_tos == (BUSY,)]
        noticed = [m.message for m in smtp_server.messages if BUSY not in m.rcpt_tos]
        assert len(answered) == 29 and len(noticed) == 29  # flood tickets: nobody is told
        assert not any("Anliegen 31" in (m["Subject"] or "") for m in answered + noticed)
    finally:
        app.close()


def test_flood_tickets_are_listed_and_a_maildir_backlog_counts_by_delivery_time(
    tmp_path: Path,
) -> None:
    data = tmp_path / "demo"
    mailtriage("demo", "--data-dir", str(data))
    config = str(data / "demo.toml")
    run = data / "run.toml"  # the demo's config, database and Maildir, with a lower limit
    run.write_text((data / "demo.toml").read_text() + "[limits]\nnew_tickets_per_hour = 3\n", "utf-8")
    new = data / "Maildir" / "new"
    start = int(DAY_AGO.timestamp())
    for n in range(6):  # delivered two hours apart: no flood
        (new / f"{start + n * 7200}.M{n}P1.host").write_bytes(request(n))
    for n in range(6, 10):  # delivered within a minute: the fourth is a flood
        (new / f"{start + 100_000 + n}.M{n}P1.host").write_bytes(request(n))
    mailtriage("run", "--once", "--config", str(run))
    listed = json.loads(mailtriage("tickets", "list", "--json", "--config", config).stdout)
    mine = sorted((t for t in listed if t["customer"] == BUSY), key=lambda t: t["id"])
    assert len(mine) == 10 and [t["flood"] for t in mine] == [False] * 9 + [True]
    flood_only = json.loads(
        mailtriage("tickets", "list", "--flood", "--json", "--config", config).stdout)
    assert [t["id"] for t in flood_only] == [mine[-1]["id"]]
    assert "[flood] Anliegen 9" in mailtriage("tickets", "list", "--config", config).stdout
