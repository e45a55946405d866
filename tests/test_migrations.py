"""The Alembic migrations build exactly the schema the models declare, on SQLite and PostgreSQL,
and upgrade a database holding data from the first revision."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import IntegrityError

from mailtriage.parsing.mime import raw_fingerprint
from mailtriage.storage.db import make_engine
from mailtriage.storage.migrate import HEAD, alembic_config, upgrade
from mailtriage.storage.models import Base
from support import customer_mail


def test_migrations_match_the_models(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_an_initial_database_with_tickets_upgrades_to_head(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO tickets (id, subject, customer_address, status, level, category, "
            "confidence, needs_review, language, model_version, classification_reason, "
            "created_at, updated_at) VALUES (1, 's', 'a@b.example', 'new', 1, 'x', 0.5, false, "
            "'de', 'v', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
        connection.execute(text(
            "INSERT INTO messages (id, ticket_id, direction, message_id, message_id_synthetic, "
            "from_address, to_addresses, cc_addresses, subject, text, html_converted, size, "
            "raw_sha256, raw, created_at) VALUES (1, 1, 'in', '<m@x>', false, 'a@b.example', "
            "'', '', 's', 't', false, 1, 'h', :raw, CURRENT_TIMESTAMP)"), {"raw": b"x"})
    upgrade(engine)
    with engine.connect() as connection:
        row = connection.execute(text(
            "SELECT t.subject_key, t.sla_paused_seconds, m.internal FROM tickets t "
            "JOIN messages m ON m.ticket_id = t.id")).one()
    engine.dispose()
    assert (row[0], row[1], bool(row[2])) == ("", 0, False)


def test_daemons_starting_together_migrate_one_after_the_other(pg_url: str) -> None:
    import threading

    errors: list[BaseException] = []

    def start() -> None:
        engine = make_engine(pg_url)
        try:
            upgrade(engine)
        except BaseException as exc:
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=start) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_daemons_starting_together_share_one_mailbox_row(pg_url: str) -> None:
    import threading

    from mailtriage.daemon.sync import mailbox_id
    from mailtriage.storage.db import make_sessionmaker

    engine = make_engine(pg_url)
    upgrade(engine)
    sessions = make_sessionmaker(engine)
    barrier = threading.Barrier(8)
    ids: list[int] = []

    def start() -> None:
        barrier.wait()
        ids.append(mailbox_id(sessions, "support", "imap"))

    threads = [threading.Thread(target=start) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    engine.dispose()
    assert len(ids) == 8 and len(set(ids)) == 1


def test_head_names_the_newest_migration() -> None:
    from alembic.script import ScriptDirectory

    from mailtriage.storage.migrate import alembic_config

    engine = make_engine("sqlite://")
    assert ScriptDirectory.from_config(alembic_config(engine)).get_current_head() == HEAD


def test_a_database_at_head_is_opened_without_importing_alembic(tmp_path: Path) -> None:

    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    upgrade(make_engine(url))
    script = (
        "import sys\n"
        "from mailtriage.storage.db import make_engine\n"
        "from mailtriage.storage.migrate import current_revision, upgrade\n"
        f"engine = make_engine({url!r})\n"
        "upgrade(engine)\n"
        "print(current_revision(engine), 'alembic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.split() == [HEAD, "False"]


def _compression(engine: Engine) -> dict[str, str]:
    query = text(
        "SELECT attrelid::regclass::text || '.' || attname, attcompression FROM pg_attribute "
        "WHERE (attrelid = 'messages'::regclass AND attname IN ('raw', 'text', 'subject')) "
        "OR (attrelid = 'quarantine'::regclass AND attname = 'raw')"
    )
    with engine.connect() as connection:
        return {name: method for name, method in connection.execute(query)}


def test_raw_mail_is_compressed_with_lz4_on_postgresql(pg_url: str) -> None:
    engine = make_engine(pg_url)
    upgrade(engine)
    with engine.connect() as connection:
        version = connection.scalar(text("SHOW server_version_num"))
        methods = connection.scalar(
            text("SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression'")
        )
    if methods is None or "lz4" not in methods:
        pytest.skip(f"PostgreSQL {version} has no lz4: the migration leaves pglz")
    assert _compression(engine) == {
        "messages.raw": "l",
        "messages.text": "l",
        "messages.subject": "",  # short values: left as they were
        "quarantine.raw": "l",
    }
    command.downgrade(alembic_config(engine), "0005")  # puts the default back
    assert set(_compression(engine).values()) == {""}
    engine.dispose()


def _insert_message(connection: Connection, pk: int, message_id: str, raw: bytes, **extra: Any) -> None:
    columns = {"id": pk, "ticket_id": None, "direction": "in", "message_id": message_id,
               "message_id_synthetic": False, "from_address": "a@b.example", "to_addresses": "",
               "cc_addresses": "", "subject": "s", "text": "t", "html_converted": False,
               "internal": False, "size": len(raw), "raw_sha256": "h", "raw": raw, **extra}
    names = ", ".join(columns)
    values = ", ".join(f":{name}" for name in columns)
    connection.execute(text(f"INSERT INTO messages ({names}, created_at) "
                            f"VALUES ({values}, CURRENT_TIMESTAMP)"), columns)


def test_fingerprints_of_stored_mail_are_worked_out_and_a_reused_id_fits_beside(
    db_url: str,
) -> None:
    first = customer_mail(message_id="<same@kunde.example>", subject="Scanner")
    engine = make_engine(db_url)
    upgrade(engine, "0006")
    with engine.begin() as connection:
        _insert_message(connection, 1, "<same@kunde.example>", first)
    upgrade(engine)
    other = customer_mail(message_id="<same@kunde.example>", subject="Rechnung", body="Andere")
    with engine.begin() as connection:
        stored = connection.execute(text("SELECT fingerprint FROM messages")).scalar_one()
        assert stored == raw_fingerprint(first)
        _insert_message(connection, 2, "<same@kunde.example>", other,
                        fingerprint=raw_fingerprint(other))
    with pytest.raises(IntegrityError), engine.begin() as connection:  # the same mail again
        _insert_message(connection, 3, "<same@kunde.example>", first, fingerprint=stored)
    with pytest.raises(RuntimeError, match="reuse another message's Message-ID"):
        _downgrade(engine, "0006")
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM messages WHERE id = 2"))
    _downgrade(engine, "0006")
    engine.dispose()


def _downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(alembic_config(engine), revision)


def test_the_sla_metrics_count_events_through_the_kind_index(db_url: str) -> None:
    from alembic import command
    from sqlalchemy import inspect, text

    from mailtriage.daemon.metrics import _SLA

    engine = make_engine(db_url)
    upgrade(engine)
    with engine.connect() as connection:
        indexes = {i["name"]: i["column_names"] for i in inspect(connection).get_indexes("ticket_events")}
        assert indexes["ix_ticket_events_kind"] == ["kind"]
        query = str(_SLA.compile(connection, compile_kwargs={"literal_binds": True}))
        if engine.dialect.name == "sqlite":
            plan = " ".join(str(r[-1]) for r in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {query}"))
        else:  # with a few rows PostgreSQL would scan anyway; ask whether it can use the index
            connection.execute(text("SET enable_seqscan = off"))
            plan = " ".join(r[0] for r in connection.exec_driver_sql(f"EXPLAIN {query}"))
        assert "ix_ticket_events_kind" in plan, plan
    command.downgrade(alembic_config(engine), "0008")
    with engine.connect() as connection:
        assert "ix_ticket_events_kind" not in {
            i["name"] for i in inspect(connection).get_indexes("ticket_events")}
    engine.dispose()
