"""The admin CLI on a real run: demo, tickets, export, quarantine, exit codes."""

from __future__ import annotations

import email
import email.policy
import json
import subprocess
import sys
from pathlib import Path


def mailtriage(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "mailtriage", "--log-level", "ERROR", *args],
                            capture_output=True, text=True, timeout=120)
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}: {result.stderr}")
    return result


def sample_attachment_size() -> int:
    """The log file's size in the packaged sample, read with the stdlib's full parser."""
    from importlib import resources

    raw = resources.files("mailtriage.samples").joinpath("03-it-crash.eml").read_bytes()
    message = email.message_from_bytes(raw, policy=email.policy.default)
    (attachment,) = message.iter_attachments()
    return len(attachment.get_payload(decode=True))


def test_demo_then_admin_commands(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    out = mailtriage("demo", "--data-dir", str(data)).stdout
    assert "stored 6 (5 new tickets)" in out and "Update auf 7.1 bricht ab" in out
    assert "stored 0" in mailtriage("demo", "--data-dir", str(data)).stdout  # nothing twice
    config = str(data / "demo.toml")

    tickets = json.loads(mailtriage("tickets", "list", "--json", "--config", config).stdout)
    assert len(tickets) == 5
    assert {t["language"] for t in tickets} == {"de", "fr", "it", "en"}
    first = next(t for t in tickets if t["subject"] == "Update auf 7.1 bricht ab")
    assert first["messages"] == 3  # the mail, its acknowledgement, the customer's reply

    shown = json.loads(mailtriage("tickets", "show", str(first["id"]), "--json", "--config", config).stdout)
    assert [m["direction"] for m in shown["messages"]] == ["in", "out", "in"]
    assert [e["kind"] for e in shown["events"]] == ["created", "message_received"]

    lines = mailtriage("export", "--jsonl", "--config", config).stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 11  # 6 incoming + 5 acknowledgements
    assert set(records[0]) >= {"message_id", "ticket", "direction", "text", "attachments",
                               "language", "level", "category"}
    crash = next(r for r in records if "NullReferenceException" in r["text"])
    assert crash["attachments"] == [{"filename": "papyra-server.log", "size": sample_attachment_size()}]

    missing = mailtriage("tickets", "show", "999", "--config", config, check=False)
    assert missing.returncode == 1 and "no ticket #999" in missing.stderr


def test_quarantine_list_and_retry(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    mailtriage("demo", "--data-dir", str(data))
    config = data / "demo.toml"
    config.write_text(config.read_text() + "[ingest]\nmax_message_size = 100\n", encoding="utf-8")
    maildir = data / "Maildir" / "new"
    (maildir / "big.eml").write_bytes(b"From: a@kunde.example\r\nSubject: big\r\n\r\n" + b"x" * 500)
    out = mailtriage("run", "--once", "--config", str(config)).stdout  # the demo's own config
    assert "quarantined 1" in out
    held = json.loads(mailtriage("quarantine", "list", "--json", "--config", str(config)).stdout)
    assert len(held) == 1 and held[0]["stage"] == "size" and "max_message_size 100" in held[0]["error"]
    still = mailtriage("quarantine", "retry", str(held[0]["id"]), "--config", str(config)).stdout
    assert "quarantined" in still  # the limit still applies
    config.write_text(config.read_text().replace("max_message_size = 100", "max_message_size = 100000"))
    released = mailtriage("quarantine", "retry", "--all", "--config", str(config)).stdout
    assert "stored ticket #" in released
    assert json.loads(mailtriage("quarantine", "list", "--json", "--config", str(config)).stdout) == []


def test_the_demo_config_passes_check_and_every_printed_hint_runs_as_printed(
    tmp_path: Path,
) -> None:
    """As scripts/quickstart.sh runs it: the installed command, from the project folder."""
    project = Path(__file__).resolve().parents[1]
    installed = Path(sys.executable).parent / "mailtriage"
    command = [str(installed.relative_to(project)) if installed.is_relative_to(project)
               else str(installed), "--log-level", "WARNING", "demo", "--data-dir",
               str(tmp_path / "demo-data")]
    out = subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=180,
                         check=True).stdout
    hints = [line.split(":", 1)[1].strip() for line in out.splitlines()
             if line.startswith(("See a ticket:", "Check the config:", "Fetch new mail:"))]
    assert len(hints) == 3, out
    for hint in hints:
        assert "--config" in hint and str(tmp_path / "demo-data" / "demo.toml") in hint
        ran = subprocess.run(hint, shell=True, cwd=project, capture_output=True, text=True,
                             timeout=120)
        assert ran.returncode == 0, f"{hint}\n{ran.stdout}\n{ran.stderr}"
        if " check " in hint:
            assert "FAILED" not in ran.stdout and "smtp: OK (deliver = false" in ran.stdout
    # the demo's config is the one the demo ran: a second run fetches the Maildir again
    new = tmp_path / "demo-data" / "Maildir" / "new"
    (new / "later.eml").write_bytes(
        b"From: Eva <eva@kunde.example>\r\nTo: support@papyra.example\r\nSubject: Rechnung\r\n"
        b"Date: Mon, 7 Dec 2026 10:00:00 +0000\r\nMessage-ID: <later@kunde.example>\r\n\r\n"
        b"Bitte senden Sie die Rechnung noch einmal.\r\n")
    again = subprocess.run(hints[2], shell=True, cwd=project, capture_output=True, text=True,
                           timeout=120)
    assert "fetched 1, stored 1 (1 new tickets)" in again.stdout, again.stdout + again.stderr
