"""The parse worker: a lean second process, kept for the daemon's life, replaced when it fails."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from mailtriage.classification.base import FallbackClassifier
from mailtriage.daemon.app import build_app
from mailtriage.daemon.service import run_once
from mailtriage.ingest import parallel
from mailtriage.ingest.parallel import ParseWorker
from support import customer_mail, make_config

# What the worker must not import: the CLI, the database layer, the model's arrays.
HEAVY = ("mailtriage.cli.main", "sqlalchemy", "numpy", "pydantic")
LOADED = f"[m for m in {HEAVY!r} if m in __import__('sys').modules]"


def _worker_pid(worker: ParseWorker) -> int:
    worker.results(worker.submit([customer_mail()]))  # the process starts with the first batch
    pool = worker._pool
    assert pool is not None
    (pid,) = pool._processes  # type: ignore[attr-defined]
    return int(pid)


def test_the_command_runs_from_a_module_the_worker_can_import_cheaply() -> None:
    (script,) = [e for e in entry_points(group="console_scripts") if e.name == "mailtriage"]
    assert script.value == "mailtriage.__main__:main"


def test_a_worker_started_by_the_command_script_imports_no_cli_database_or_model(
    tmp_path: Path,
) -> None:
    # The script pip writes for the command; spawn runs it again in the worker.
    script = tmp_path / "mailtriage"
    script.write_text(
        "import json, sys\n"
        "from mailtriage.__main__ import main\n"
        "if __name__ == '__main__':\n"
        "    import mailtriage.cli.main, sqlalchemy, numpy, pydantic\n"
        "    from mailtriage.ingest.parallel import ParseWorker\n"
        "    worker = ParseWorker(10**6, 'en')\n"
        "    pool = worker._running_pool()\n"
        f"    print(json.dumps([pool.submit(eval, {LOADED!r}).result(), {LOADED}]))\n"
        "    worker.close()\n",
        encoding="utf-8",
    )
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True)
    worker_loaded, here_loaded = json.loads(out.stdout)
    assert worker_loaded == []
    assert here_loaded == list(HEAVY)  # the check sees them where they are loaded


def test_the_worker_ignores_sigterm_sent_to_the_whole_service(tmp_path: Path) -> None:
    worker = ParseWorker(10**6, "en")
    try:
        pid = _worker_pid(worker)
        os.kill(pid, signal.SIGTERM)  # systemd signals every process of the unit
        time.sleep(0.2)
        (result,) = worker.results(worker.submit([customer_mail(subject="Noch da?")])) or [None]
        assert isinstance(result, parallel.Prepared)
        assert result.parsed.subject == "Noch da?"
    finally:
        worker.close()


def test_a_killed_worker_loses_nothing_and_is_replaced_later(
    tmp_path: Path,
    sqlite_url: str,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    for n in range(150):
        (maildir / "new" / f"{n}.host").write_bytes(customer_mail(subject=f"Frage {n}"))
    config = make_config(
        tmp_path,
        sqlite_url,
        ingest={"parse_worker": True},
        mailbox=[{"name": "local", "kind": "maildir", "path": maildir, "batch_size": 50}],
    )
    app = build_app(config, classifier=FallbackClassifier())
    assert app.parser is not None
    try:
        os.kill(_worker_pid(app.parser), signal.SIGKILL)
        with caplog.at_level(logging.WARNING, logger="mailtriage.ingest.parallel"):
            report = run_once(app, deliver=False).mailboxes["local"]
        assert (report.stored, report.quarantined, report.duplicates) == (150, 0, 0)
        assert "the parse worker failed" in caplog.text
        assert app.parser._pool is None  # parsed here until RESTART_AFTER has passed

        monkeypatch.setattr(app.parser, "_retry_at", 0.0)  # ... which it now has
        (result,) = app.parser.results(app.parser.submit([customer_mail()])) or [None]
        assert isinstance(result, parallel.Prepared)
    finally:
        app.close()


def test_auto_uses_a_worker_only_with_two_cpus(
    tmp_path: Path, sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for cpus, expected in ((1, False), (2, True)):
        monkeypatch.setattr(os, "sched_getaffinity", lambda pid, n=cpus: set(range(n)))
        config = make_config(tmp_path, sqlite_url)
        assert config.ingest.parse_worker == "auto"
        assert config.ingest.uses_parse_worker is expected


def _running(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in status  # a zombie has ended; only its parent may reap it


def test_a_worker_ends_itself_when_the_daemon_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "daemon.py"
    script.write_text(
        "import sys, time\n"
        "from mailtriage.ingest.parallel import ParseWorker\n"
        "if __name__ == '__main__':\n"
        "    worker = ParseWorker(10**6, 'en')\n"
        "    worker.results(worker.submit([b'Subject: x\\r\\n\\r\\nbody']))\n"
        "    print(*worker._pool._processes, flush=True)\n"
        "    time.sleep(60)\n",
        encoding="utf-8",
    )
    daemon = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert daemon.stdout is not None
    pid = int(daemon.stdout.readline())
    assert _running(pid)
    daemon.kill()
    daemon.wait()
    deadline = time.monotonic() + 10 * parallel.PARENT_CHECK
    while _running(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _running(pid)
