"""Files that are not mail (empty, an image, random bytes, text without a header block) dropped
into a mailbox are quarantined as "not an email message": no ticket, no notice, nothing binary
on the terminal; a real mail beside them is processed as usual."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mailtriage.classification.base import FallbackClassifier
from mailtriage.daemon.app import build_app
from mailtriage.daemon.service import run_once
from mailtriage.storage.models import OutboxItem, Quarantined, Ticket
from support import make_config

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489") + bytes(
    range(256)
)
NOT_MAIL = {
    "empty": b"",
    "blank": b"\r\n\r\n  \r\n",
    "png": PNG,
    "random": random.Random(7).randbytes(4096),
    "text": b"Hello,\n\nour scanner stopped working. Please call me.\n\nAnna\n",
    "note": b"Hinweis: bitte an Buchhaltung weiterleiten\n\nDanke\n",
}
MAIL = (
    b"From: Anna Muster <anna@kunde.example>\r\nTo: support@papyra.example\r\n"
    b"Subject: Scanner\r\nDate: Mon, 7 Dec 2026 09:00:00 +0000\r\n"
    b"Message-ID: <real-1@kunde.example>\r\n\r\nDer Scanner wird nicht mehr gefunden.\r\n"
)


def maildir_with(tmp_path: Path, files: dict[str, bytes]) -> Path:
    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    for name, raw in files.items():
        (maildir / "new" / f"{name}.file").write_bytes(raw)
    return maildir


def test_files_that_are_not_mail_are_quarantined_and_the_mail_beside_them_is_not(
    tmp_path: Path, db_url: str
) -> None:
    maildir = maildir_with(tmp_path, {**NOT_MAIL, "mail": MAIL})
    mailbox = {"name": "support", "kind": "maildir", "path": maildir}
    team = [{"name": "first", "levels": [0, 1, 2, 3, 4], "addresses": ["team@papyra.example"]}]
    app = build_app(make_config(tmp_path, db_url, mailbox=[mailbox], team=team),
                    classifier=FallbackClassifier())
    try:
        report = run_once(app, deliver=False).mailboxes["support"]
        with app.sessions() as session:
            held = session.execute(select(Quarantined.stage, Quarantined.error,
                                          Quarantined.raw)).all()
            tickets = session.scalar(select(func.count()).select_from(Ticket))
            outbox = session.scalars(select(OutboxItem.kind)).all()
    finally:
        app.close()
    assert (report.fetched, report.quarantined, report.new_tickets) == (7, 6, 1)
    assert tickets == 1
    assert sorted(outbox) == ["acknowledgement", "team_notice"] or len(outbox) == 2, outbox
    assert {stage for stage, _, _ in held} == {"parse"}
    assert all(error.startswith("not an email message (") for _, error, _ in held)
    assert sorted(bytes(raw) for _, _, raw in held) == sorted(NOT_MAIL.values())  # kept whole
    reasons = sorted(error for _, error, _ in held)
    assert any("(empty, 0 bytes)" in r for r in reasons)
    assert any("no header block" in r for r in reasons)


@pytest.mark.parametrize("raw", [MAIL, b"From: a@b.example\r\n\r\nbody", b"Date: Mon, 7 Dec 2026 "
                                 b"09:00:00 +0000\r\nSubject: x\r\n\r\n",
                                 b"Received: from mx\r\nTo: support@papyra.example\r\n\r\nhi"])
def test_anything_with_a_mail_header_is_still_mail(raw: bytes) -> None:
    from mailtriage.parsing.mime import parse_message

    parse_message(raw)  # no NotAnEmail


def test_the_quarantine_list_never_prints_binary(tmp_path: Path) -> None:
    maildir = maildir_with(tmp_path, {"png": PNG, "random": NOT_MAIL["random"]})
    config = tmp_path / "mailtriage.toml"
    config.write_text(
        f'data_dir = "{tmp_path / "data"}"\n[[mailbox]]\nname = "support"\nkind = "maildir"\n'
        f'path = "{maildir}"\n[smtp]\nhost = "127.0.0.1"\nport = 9\nsecurity = "none"\n',
        encoding="utf-8",
    )
    env = {**os.environ, "MAILTRIAGE_CONFIG": str(config)}
    cli = [sys.executable, "-m", "mailtriage", "--log-level", "ERROR"]
    subprocess.run([*cli, "run", "--once"], capture_output=True, timeout=120, env=env, check=False)
    listed = subprocess.run([*cli, "quarantine", "list"], capture_output=True, timeout=60,
                            env=env, check=True)
    assert b"2 message(s)" in listed.stdout
    assert listed.stdout.count(b"not an email message (no header block") == 2
    printable = set(range(0x20, 0x7F)) | {0x0A}
    assert set(listed.stdout) <= printable, listed.stdout
