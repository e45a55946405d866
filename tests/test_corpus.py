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


def identity(raw: bytes) -> tuple[object, object]:
    """(normalised Message-ID or None, the content: sender, date, subject, recipients, body)."""
    message = email.message_from_bytes(raw)
    match = re.search(r"<([^<>\s]+)>", str(message.get("message-id") or ""))
    message_id = None
    if match:
        local, _, domain = match.group(1).rpartition("@")
        message_id = f"{local}@{domain.lower()}"
    headers = tuple(str(message.get(h, "")) for h in ("from", "date", "subject", "to"))
    body = raw.replace(b"\r\n", b"\n").partition(b"\n\n")[2]
    return message_id, (headers, body) if any(headers) else raw.replace(b"\r\n", b"\n")


def not_mail(raw: bytes) -> bool:
    """No header a mail has: no From, Date, To, Subject, Message-ID, Received, MIME headers."""
    names = {name.lower() for name in email.message_from_bytes(raw)}
    return not names & {"from", "date", "sender", "to", "cc", "subject", "message-id",
                        "received", "return-path", "mime-version", "content-type",
                        "in-reply-to", "references"}


def true_duplicates(files: list[Path]) -> tuple[int, int]:
    """(files that are the same mail as an earlier file: same Message-ID and content,
    files that reuse an earlier file's Message-ID with other content)."""
    seen: set[tuple[object, object]] = set()
    ids: set[object] = set()
    repeats = reused = 0
    for path in files:
        key = identity(path.read_bytes())
        repeats += key in seen
        reused += key not in seen and key[0] is not None and key[0] in ids
        seen.add(key)
        ids.add(key[0])
    return repeats, reused


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
    # Test suites ship other mails under a Message-ID already used: each is stored as its own
    # message; only the same mail again is a duplicate. Counted here independently, from the
    # raw bytes in import order. Files without any mail header (the reply parsers' bare
    # bodies) are no mail: quarantined as such.
    bare = [p for p in files if not_mail(p.read_bytes())]
    mails = [p for p in files if p not in bare]
    repeats, reused = true_duplicates(mails)
    assert reused > 20  # the corpus has them: the check below is not vacuous
    assert 20 < len(bare) < 80
    assert outcomes.get("duplicate", 0) == repeats
    assert stored == len(mails) - repeats
    assert outcomes.get("quarantined", 0) == len(bare), reasons
    assert all(reason.startswith("not an email message (") for reason in reasons), reasons
    assert list((maildir / "new").iterdir()) == []  # every message flagged (moved to cur/)
