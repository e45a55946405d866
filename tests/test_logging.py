"""One log line per ingested message, structured for journald/JSON, without the mail's text."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from mailtriage.daemon.app import build_app
from mailtriage.daemon.service import run_once
from mailtriage.logsetup import JsonFormatter
from support import customer_mail, make_config


def test_each_message_logs_mailbox_uid_ticket_classification_and_timing(
        tmp_path: Path, sqlite_url: str, caplog: pytest.LogCaptureFixture) -> None:
    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    secret = "Geheimnis-im-Text-4711"
    (maildir / "new" / "1.mail").write_bytes(customer_mail(body=f"Hallo {secret}"))
    config = make_config(tmp_path, sqlite_url,
                         mailbox=[{"name": "local", "kind": "maildir", "path": str(maildir)}])
    app = build_app(config)
    with caplog.at_level(logging.INFO, logger="mailtriage.ingest.pipeline"):
        run_once(app, deliver=False)
    app.close()
    (record,) = [r for r in caplog.records if r.getMessage().startswith("ingested")]
    entry = json.loads(JsonFormatter().format(record))
    assert entry["mailbox"] == "local" and entry["outcome"] == "stored" and entry["ticket"] == 1
    assert isinstance(entry["support_level"], int) and entry["category"] and 0 <= entry["confidence"] <= 1
    assert entry["ms"] > 0 and entry["new_ticket"] is True
    assert secret not in caplog.text
