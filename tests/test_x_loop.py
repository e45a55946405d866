"""X-Loop naming one of our addresses: stored on its ticket, never acknowledged, whether the
parse worker or the daemon itself reads the mail (real Dovecot, real SMTP server)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from mailtriage.classification.base import FallbackClassifier
from mailtriage.daemon.app import build_app
from mailtriage.daemon.service import run_once
from mailtriage.storage.models import Message
from servers.dovecot import Dovecot, ImapAccount
from servers.smtp import SmtpServer
from support import customer_mail, imap_mailbox, make_config
from test_conversation import TEAMS


@pytest.mark.parametrize("worker", [False, True])
def test_a_mail_whose_x_loop_names_us_is_stored_but_not_answered(
    tmp_path: Path, db_url: str, dovecot: Dovecot, imap_account: ImapAccount,
    smtp_server: SmtpServer, worker: bool,
) -> None:
    config = make_config(
        tmp_path, db_url, mailbox=[imap_mailbox(imap_account)], team=TEAMS,
        ingest={"parse_worker": worker},
        smtp={"host": "127.0.0.1", "port": smtp_server.port, "security": "none",
              "from_address": "support@papyra.example", "timeout": 5})
    app = build_app(config, classifier=FallbackClassifier())
    try:
        looped = customer_mail(subject="Looping", headers={"X-Loop": "support@papyra.example"})
        team_list = customer_mail(subject="Via the team list",
                                  headers={"X-Loop": "Helpdesk <helpdesk@papyra.example>"})
        person = customer_mail(subject="A person", headers={"X-Loop": "lists@other.example"})
        for raw in (looped, team_list, person):
            dovecot.append(imap_account.user, "INBOX", raw)
        report = run_once(app)
        assert report.mailboxes["support"].stored == 3 and report.delivery.failed == 0
        with app.sessions() as session:
            assert session.scalar(select(func.count()).select_from(Message)
                                  .where(Message.direction == "in")) == 3
        answered = [m.message["Subject"] for m in smtp_server.messages
                    if m.message["To"] == "anna.muster@kunde.example"]
        assert len(answered) == 1 and "A person" in answered[0]
    finally:
        app.close()
