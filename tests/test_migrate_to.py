"""`mailtriage db migrate-to`: a working SQLite database copied into an empty PostgreSQL one,
row for row, and the daemon carries on there."""

from __future__ import annotations

from hashlib import sha256
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import Engine, func, select

from mailtriage.cli.migrate import migrate_to
from mailtriage.clock import FrozenClock
from mailtriage.daemon.app import App
from mailtriage.storage.copy import batches
from mailtriage.storage.db import make_engine
from mailtriage.storage.models import Base, Message, Ticket
from support import customer_mail
from test_conversation import AGENT, START, feed, make_app

CHECKED = (
    "tickets",
    "messages",
    "attachments",
    "ticket_events",
    "outbox",
    "receipts",
    "quarantine",
    "ticket_participants",
    "settings",
    "mailboxes",
)


def populate(app: App) -> None:
    """Tickets with attachments, CC, an agent's reply and note, a bounce-free quarantine."""
    log = bytes(range(256)) * 1200  # 300 KiB of every byte value
    first = feed(
        app,
        customer_mail(
            subject="Installer",
            headers={"Cc": "it@kunde.example"},
            attachments=[("setup.log", log, "application/octet-stream")],
        ),
    )
    ticket = first.ticket_id
    feed(
        app,
        customer_mail(
            sender=AGENT,
            subject=f"Re: [#{ticket}] Installer",
            body="Bitte senden Sie uns die Version.\n#level 2",
        ),
    )
    feed(
        app,
        customer_mail(
            sender=AGENT, subject=f"Re: [#{ticket}] Installer", body="#internal Kunde ruft zurück"
        ),
    )
    feed(app, customer_mail(sender="ben@firma.example", subject="Lizenz", body="Frage zur Lizenz"))
    assert feed(app, customer_mail(subject="huge", body="x" * 1_100_000)).kind == "quarantined"


def rows(engine: Engine, name: str) -> list[dict[str, Any]]:
    table = Base.metadata.tables[name]
    with engine.connect() as connection:
        query = select(table).order_by(*table.primary_key.columns)
        return [dict(row._mapping) for row in connection.execute(query)]


def migrate(config: Path, url: str, *args: str) -> Result:
    return CliRunner().invoke(migrate_to, ["--config", str(config), url, *args])


@pytest.fixture
def source(tmp_path: Path, sqlite_url: str) -> Path:
    """A populated SQLite database and the config file that names it."""
    app = make_app(tmp_path, sqlite_url, FrozenClock(START), ingest={"max_message_size": 1_000_000})
    populate(app)
    app.close()
    config = tmp_path / "mailtriage.toml"
    config.write_text(f'data_dir = "{tmp_path}"\n[database]\nurl = "{sqlite_url}"\n')
    return config


def test_migrate_to_copies_every_row_and_the_daemon_carries_on(
    source: Path, tmp_path: Path, sqlite_url: str, pg_url: str
) -> None:
    result = migrate(source, pg_url, "--batch-size", "2")
    assert result.exit_code == 0, result.output
    assert "row counts verified" in result.stdout and "sequences reset" in result.stdout
    assert "  messages " in result.stdout

    old, new = make_engine(sqlite_url), make_engine(pg_url)
    for name in Base.metadata.tables:
        copied = rows(new, name)
        assert copied == rows(old, name), name
        assert copied or name not in CHECKED, f"{name} was empty: populate() should fill it"
    for name in ("messages", "quarantine"):  # raw bytes byte for byte, as hashed at ingest
        assert all(sha256(r["raw"]).hexdigest() == r["raw_sha256"] for r in rows(new, name))
    assert max(len(r["raw"]) for r in rows(new, "quarantine")) > 1_000_000

    with new.connect() as connection:
        last_ticket = connection.scalar(select(func.max(Ticket.id)))
        last_message = connection.scalar(select(func.max(Message.id)))
    app = make_app(tmp_path, pg_url, FrozenClock(START))  # the daemon, now on PostgreSQL
    outcome = feed(app, customer_mail(sender="carla@neu.example", subject="Neu nach dem Umzug"))
    app.close()
    assert outcome.new_ticket and outcome.ticket_id == (last_ticket or 0) + 1
    with new.connect() as connection:
        assert (
            connection.scalar(
                select(func.min(Message.id)).where(Message.ticket_id == outcome.ticket_id)
            )
            == (last_message or 0) + 1
        )
    old.dispose()
    new.dispose()


def test_migrate_to_refuses_a_target_that_is_not_empty(source: Path, pg_url: str) -> None:
    assert migrate(source, pg_url).exit_code == 0
    target = make_engine(pg_url)
    before = rows(target, "tickets")

    again = migrate(source, pg_url)
    assert again.exit_code == 2
    assert "mailtriage: error: the target database is not empty: " in again.stderr
    assert "tickets (2 rows)" in again.stderr
    assert rows(target, "tickets") == before
    target.dispose()


def test_migrate_to_refuses_the_configured_database_and_a_bad_url(
    source: Path, sqlite_url: str
) -> None:
    itself = migrate(source, sqlite_url)
    assert itself.exit_code == 2 and "the target is the configured database itself" in itself.stderr
    bad = migrate(source, "nosuchdb://x/y")
    assert bad.exit_code == 2 and "cannot use nosuchdb://x/y as the target" in bad.stderr
    closed = migrate(source, "postgresql+psycopg://mt:secret@127.0.0.1:1/mailtriage")
    assert closed.exit_code == 2 and "cannot reach the target database" in closed.stderr
    assert "secret" not in closed.output


def test_batches_are_cut_by_rows_and_by_bytes() -> None:
    small = [{"id": n, "text": "x"} for n in range(5)]
    assert [len(b) for b in batches(small, 2, 1_000)] == [2, 2, 1]
    big = [{"id": n, "raw": b"y" * 600} for n in range(5)]
    assert [len(b) for b in batches(big, 100, 1_000)] == [2, 2, 1]
