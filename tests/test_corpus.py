"""Every real-world mail of ../shared/corpora/emails ends stored on a ticket or quarantined."""

from __future__ import annotations

import email
import re
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mailtriage.classification.base import FallbackClassifier
from mailtriage.daemon.app import build_app
from mailtriage.daemon.service import run_once
from mailtriage.storage.models import Message, Quarantined, Receipt
from support import make_config

SKIP = {"INDEX.csv", "SOURCES.md"}


def repeated_message_ids(files: list[Path]) -> int:
    """How many files are the same mail as an earlier file: the same Message-ID or, without
    one, the same sender, date, subject, recipients and body."""
    seen: set[object] = set()
    repeats = 0
    for path in files:
        raw = path.read_bytes()
        message = email.message_from_bytes(raw)
        match = re.search(r"<([^<>\s]+)>", str(message.get("message-id") or ""))
        if match:
            local, _, domain = match.group(1).rpartition("@")
            key: object = f"{local}@{domain.lower()}"
        else:
            identity = tuple(str(message.get(h, "")) for h in ("from", "date", "subject", "to"))
            key = (identity, raw.replace(b"\r\n", b"\n").partition(b"\n\n")[2]) if any(identity) else raw
        repeats += key in seen
        seen.add(key)
    return repeats


@pytest.mark.slow
def test_every_corpus_mail_is_stored_or_quarantined_with_a_reason(
    tmp_path: Path, db_url: str, corpus_dir: Path
) -> None:
    files = sorted(p for p in corpus_dir.rglob("*") if p.is_file() and p.name not in SKIP)
    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    for n, path in enumerate(files):
        shutil.copyfile(path, maildir / "new" / f"{n:04d}.corpus")
    mailbox = {"name": "corpus", "kind": "maildir", "path": maildir, "batch_size": 500}
    app = build_app(make_config(tmp_path, db_url, mailbox=[mailbox]), classifier=FallbackClassifier())
    report = run_once(app, deliver=False).mailboxes["corpus"]

    assert report.fetched == len(files) > 350
    with app.sessions() as session:
        outcomes = dict(session.execute(select(Receipt.outcome, func.count()).group_by(Receipt.outcome)).all())
        reasons = session.scalars(select(Quarantined.error)).all()
        stored = session.scalar(select(func.count()).select_from(Message).where(Message.direction == "in"))
    assert sum(outcomes.values()) == len(files)
    assert set(outcomes) <= {"stored", "duplicate", "quarantined"}
    assert all(reason.strip() for reason in reasons)
    assert stored == outcomes.get("stored", 0)
    # Test suites ship variants of one mail under the same Message-ID: each later variant is
    # a duplicate. Counted here independently, from the raw headers in import order.
    assert outcomes.get("duplicate", 0) == repeated_message_ids(files)
    assert outcomes.get("quarantined", 0) == 0, reasons
    assert list((maildir / "new").iterdir()) == []  # every message flagged (moved to cur/)
