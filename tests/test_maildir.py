"""The Maildir source: import, flag/move/delete, and an interruption between commit and action."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mailtriage.classification.base import FallbackClassifier
from mailtriage.daemon.app import App, build_app
from mailtriage.daemon.service import run_once
from mailtriage.daemon.sync import FolderSync, mailbox_id
from mailtriage.ingest.stages import parse as parse_stage
from mailtriage.sources.maildir import MaildirSource
from mailtriage.storage.models import Message, Receipt
from support import customer_mail, make_config


def maildir_with(root: Path, count: int) -> Path:
    for sub in ("new", "cur", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (root / "new" / f"{n}.host").write_bytes(customer_mail(subject=f"Frage {n}"))
    return root


def make_app(tmp_path: Path, url: str, **mailbox: object) -> App:
    values = {"name": "local", "kind": "maildir", "path": tmp_path / "Maildir", **mailbox}
    return build_app(make_config(tmp_path, url, mailbox=[values]), classifier=FallbackClassifier())


@pytest.mark.parametrize(
    ("action", "extra", "expect_new", "expect_cur", "expect_moved"),
    [("flag", {}, 0, 3, 0), ("move", {"move_to": "Done"}, 0, 0, 3), ("delete", {}, 0, 0, 0)],
)
def test_after_import_actions(tmp_path: Path, sqlite_url: str, action: str, extra: dict[str, str],
                              expect_new: int, expect_cur: int, expect_moved: int) -> None:
    root = maildir_with(tmp_path / "Maildir", 3)
    app = make_app(tmp_path, sqlite_url, after_import=action, **extra)
    assert run_once(app, deliver=False).mailboxes["local"].stored == 3
    assert len(list((root / "new").iterdir())) == expect_new
    assert len(list((root / "cur").iterdir())) == expect_cur
    moved = root / ".Done" / "cur"
    assert (len(list(moved.iterdir())) if moved.exists() else 0) == expect_moved
    if action == "flag":
        assert all(p.name.endswith(":2,S") for p in (root / "cur").iterdir())
    assert run_once(app, deliver=False).mailboxes["local"].fetched == 0


class FailingActions(MaildirSource):
    """The real source, but the process 'dies' when it tries to flag messages."""

    def after_import(self, refs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt("killed between commit and flag")


def test_interruption_between_commit_and_flag_is_completed_on_restart(tmp_path: Path, db_url: str) -> None:
    root = maildir_with(tmp_path / "Maildir", 4)
    app = make_app(tmp_path, db_url)
    box = mailbox_id(app.sessions, "local", "maildir")
    dying = FolderSync(FailingActions(app.config.mailbox[0]), app.sessions, app.engine, app.services,
                       box, app.config.mailbox[0])
    with pytest.raises(KeyboardInterrupt):
        dying.run(threading.Event())
    assert len(list((root / "new").iterdir())) == 4  # committed, not yet flagged
    report = run_once(app, deliver=False).mailboxes["local"]
    assert report.fetched == 0  # the receipts say: already stored
    assert list((root / "new").iterdir()) == []  # and the pending flags were applied
    with app.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 8  # 4 in + 4 acks
        assert session.scalar(select(func.count()).select_from(Receipt).where(Receipt.action_done)) == 4


def test_a_missing_maildir_is_a_clear_configuration_error(tmp_path: Path, sqlite_url: str) -> None:
    app = make_app(tmp_path, sqlite_url, path=tmp_path / "nowhere")
    report = run_once(app, deliver=False)
    assert report.failed_mailboxes == ["local"]


def test_the_parse_worker_stores_the_same_as_the_main_process(
    tmp_path: Path, sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Three batches, all parsed in the worker process (the next while the one before is
    # stored), none in this one. A message too large for the limit is quarantined as here.
    here: list[int] = []
    parse_here = parse_stage.parse_raw
    monkeypatch.setattr(parse_stage, "parse_raw", lambda raw: here.append(1) or parse_here(raw))
    results = []
    for worker in (False, True):
        root = tmp_path / f"w{worker}"
        maildir_with(root / "Maildir", 120)
        (root / "Maildir" / "new" / "zz-huge.host").write_bytes(customer_mail(body="x" * 60_000))
        url = f"sqlite:///{root / 'db.sqlite'}"
        config = make_config(root, url, mailbox=[{"name": "local", "kind": "maildir",
                                                  "path": root / "Maildir", "batch_size": 50}],
                             ingest={"parse_worker": worker, "max_message_size": 50_000})
        app = build_app(config, classifier=FallbackClassifier())
        report = run_once(app, deliver=False).mailboxes["local"]
        with app.sessions() as session:
            subjects = sorted(session.scalars(select(Message.subject).where(Message.direction == "in")))
        app.close()
        results.append((report.stored, report.quarantined, subjects, len(here)))
        here.clear()
    assert results[0][:3] == results[1][:3]
    assert results[1][:2] == (120, 1)
    assert (results[0][3], results[1][3]) == (120, 0)
