"""`mailtriage tickets` for admins on SQLite and PostgreSQL: filters, show, and corrections
recorded as events and training labels, with clear errors (exit 2) for bad input."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import select, update

from mailtriage.cli.main import cli
from mailtriage.clock import FrozenClock
from mailtriage.daemon.app import App
from mailtriage.storage.models import Ticket, TicketEvent
from mailtriage.storage.training import ticket_records
from support import customer_mail
from test_conversation import AGENT, START, TEAMS, feed, make_app

HOUR = timedelta(hours=1)


def config_text(tmp_path: Path, url: str) -> str:
    """The TOML an admin would write for the test's database and teams."""
    lines = [f'data_dir = "{tmp_path}"', "[database]", f'url = "{url}"']
    for team in TEAMS:
        lines.append("[[team]]")
        lines += [f"{key} = {json.dumps(value)}" for key, value in team.items()]
    return "\n".join(lines) + "\n"


@pytest.fixture
def app(tmp_path: Path, db_url: str) -> Iterator[App]:
    built = make_app(tmp_path, db_url, FrozenClock(START))
    yield built
    built.close()


@pytest.fixture
def config(tmp_path: Path, db_url: str) -> Path:
    path = tmp_path / "mailtriage.toml"
    path.write_text(config_text(tmp_path, db_url), encoding="utf-8")
    return path


def run(config: Path, *args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(
        cli, ["--log-level", "ERROR", "tickets", *args, "--config", str(config)], env=env
    )


def listed(config: Path, *filters: str) -> set[str]:
    result = run(config, "list", "--json", *filters)
    assert result.exit_code == 0, result.output
    return {row["subject"] for row in json.loads(result.stdout)}


def new_ticket(app: App, subject: str, **values: Any) -> int:
    outcome = feed(
        app, customer_mail(subject=subject, sender=f"{subject.split()[0]}@kunde.example")
    )
    assert outcome.ticket_id is not None
    if values:
        with app.sessions.begin() as session:
            session.execute(update(Ticket).where(Ticket.id == outcome.ticket_id).values(**values))
    return outcome.ticket_id


def stored(app: App, ticket_id: int) -> Ticket:
    with app.sessions() as session:
        return session.get_one(Ticket, ticket_id)


def events(app: App, ticket_id: int) -> list[TicketEvent]:
    with app.sessions() as session:
        return list(
            session.scalars(
                select(TicketEvent)
                .where(TicketEvent.ticket_id == ticket_id)
                .order_by(TicketEvent.id)
            )
        )


# -- list ------------------------------------------------------------------------------------


def test_list_filters_by_status_level_category_review_and_team(app: App, config: Path) -> None:
    new_ticket(app, "L0 where is the manual")  # level 0, how_to, helpdesk by level
    new_ticket(app, "alpha setup fails", status="open")  # level 1, installation
    new_ticket(app, "beta unsure", needs_review=True)
    new_ticket(app, "gamma for experts", team="experts")  # level 1, but assigned

    assert listed(config, "--status", "open") == {"alpha setup fails"}
    assert listed(config, "--level", "0") == {"L0 where is the manual"}
    assert listed(config, "--category", "installation") == {
        "alpha setup fails",
        "beta unsure",
        "gamma for experts",
    }
    assert listed(config, "--needs-review") == {"beta unsure"}
    assert listed(config, "--team", "helpdesk") == {
        "L0 where is the manual",
        "alpha setup fails",
        "beta unsure",
    }
    assert listed(config, "--team", "experts") == {"gamma for experts"}
    assert listed(config, "--level", "1", "--needs-review") == {"beta unsure"}


def test_overdue_means_an_sla_due_time_passed_on_an_unfinished_ticket(
    app: App, config: Path
) -> None:
    now = datetime.now(UTC)
    new_ticket(
        app, "late unanswered", sla_first_response_due=now - HOUR, sla_resolution_due=now + HOUR
    )
    new_ticket(
        app,
        "late resolution",
        first_response_at=now - 2 * HOUR,
        sla_first_response_due=now - HOUR,
        sla_resolution_due=now - HOUR,
    )
    new_ticket(
        app,
        "answered in time",
        first_response_at=now - 2 * HOUR,
        sla_first_response_due=now - HOUR,
        sla_resolution_due=now + HOUR,
    )
    new_ticket(app, "not yet due", sla_first_response_due=now + HOUR, sla_resolution_due=now + HOUR)
    new_ticket(
        app,
        "late but resolved",
        status="resolved",
        sla_first_response_due=now - HOUR,
        sla_resolution_due=now - HOUR,
    )
    new_ticket(
        app,
        "waiting for customer",
        status="pending",
        sla_first_response_due=None,
        sla_resolution_due=None,
    )

    assert listed(config, "--overdue") == {"late unanswered", "late resolution"}


def test_list_table_and_unknown_team(app: App, config: Path) -> None:
    new_ticket(app, "alpha setup fails")
    table = run(config, "list", "--level", "1")
    assert table.exit_code == 0 and "alpha setup fails" in table.stdout
    unknown = run(config, "list", "--team", "sales")
    assert unknown.exit_code == 2
    assert "no team 'sales'; teams: helpdesk, technical, experts" in unknown.stderr
    assert run(config, "list", "--level", "7").exit_code == 2  # click's range check


# -- show ------------------------------------------------------------------------------------


def test_show_has_participants_roles_internal_notes_and_due_times(app: App, config: Path) -> None:
    first = feed(app, customer_mail(subject="Installer", headers={"Cc": "it@kunde.example"}))
    ticket_id = first.ticket_id
    assert ticket_id is not None
    note = customer_mail(
        sender=AGENT,
        subject=f"Re: [#{ticket_id}] Installer",
        body="#internal Called the customer.\n#level 2",
    )
    assert feed(app, note).ticket_id == ticket_id

    shown = json.loads(run(config, "show", str(ticket_id), "--json").stdout)
    assert {(p["address"], p["role"]) for p in shown["participants"]} >= {
        ("anna.muster@kunde.example", "customer"),
        ("it@kunde.example", "cc"),
    }
    roles = [(m["direction"], m["role"], m["internal"]) for m in shown["messages"]]
    assert ("in", "customer", False) in roles and ("in", "agent", True) in roles
    row = stored(app, ticket_id)
    for name in ("sla_first_response_due", "sla_resolution_due"):
        due = getattr(row, name)
        assert shown[name] == (due.isoformat(timespec="seconds") if due else None)
    assert shown["corrected_level"] == 2

    text = run(config, "show", str(ticket_id)).stdout
    assert "participants: anna.muster@kunde.example (customer), it@kunde.example (cc)" in text
    assert "[agent, internal]" in text and "due " in text and "corrected: level 2" in text


# -- corrections -----------------------------------------------------------------------------


def test_set_level_is_an_event_a_training_label_and_moves_the_due_times(
    app: App, config: Path, db_url: str
) -> None:
    ticket_id = new_ticket(app, "alpha setup fails", needs_review=True)
    result = run(
        config,
        "set-level",
        str(ticket_id),
        "2",
        "--reason",
        "a server is down",
        env={"SUDO_USER": "erika", "USER": "root"},
    )
    assert result.exit_code == 0, result.output
    assert f"ticket #{ticket_id}: level_changed 1 -> 2 (a server is down)" in result.stdout

    after = stored(app, ticket_id)
    assert (after.level, after.corrected_level, after.needs_review) == (2, 2, False)
    changed, targets = after.sla_level_changed_at, app.config.sla.level[2]  # calendar "always"
    assert changed is not None and changed > START  # level 2's targets count from now
    assert after.sla_first_response_due == changed + targets.first_response
    assert after.sla_resolution_due == changed + targets.resolution
    last = events(app, ticket_id)[-1]
    assert (last.kind, last.actor) == ("level_changed", "admin (cli) erika")
    assert last.detail == {"from": 1, "to": 2, "reason": "a server is down"}
    (record,) = [r for r in ticket_records(db_url) if r["subject"] == "alpha setup fails"]
    assert (record["level"], record["corrected"]) == (2, True)


def test_set_category_status_and_assign(app: App, config: Path) -> None:
    ticket_id = new_ticket(app, "alpha setup fails")
    for args in (
        ("set-category", "licensing_billing"),
        ("set-status", "Pending"),
        ("assign", "experts"),
    ):
        result = run(config, args[0], str(ticket_id), args[1], env={"USER": "marc"})
        assert result.exit_code == 0, result.output

    after = stored(app, ticket_id)
    assert (after.category, after.corrected_category, after.status, after.team) == (
        "licensing_billing",
        "licensing_billing",
        "pending",
        "experts",
    )
    assert after.sla_paused_since is not None and after.sla_resolution_due is None  # clock stopped
    changes = [(e.kind, e.detail["to"], e.actor) for e in events(app, ticket_id)[-3:]]
    assert changes == [
        ("category_changed", "licensing_billing", "admin (cli) marc"),
        ("status_changed", "pending", "admin (cli) marc"),
        ("assigned", "experts", "admin (cli) marc"),
    ]
    assert events(app, ticket_id)[-1].detail["reason"] == "admin command: assign experts"

    resolved = run(config, "set-status", str(ticket_id), "resolved")
    assert resolved.exit_code == 0 and stored(app, ticket_id).resolved_at is not None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("set-level", "{id}", "5"), "level must be 0-4, not '5'"),
        (("set-level", "999", "2"), "no ticket #999"),
        (("set-status", "{id}", "done"), "status must be one of open, pending, resolved, closed"),
        (("assign", "{id}", "sales"), "no team 'sales'; teams: helpdesk, technical, experts"),
        (("set-category", "{id}", "gossip"), "unknown category 'gossip'; known: account_access"),
    ],
)
def test_bad_input_is_a_clear_error_with_exit_2_and_changes_nothing(
    app: App, config: Path, args: tuple[str, ...], message: str
) -> None:
    ticket_id = new_ticket(app, "alpha setup fails")
    result = run(config, *(a.format(id=ticket_id) for a in args))
    assert result.exit_code == 2
    assert result.stderr.startswith("mailtriage: error: ") and message in result.stderr
    assert [e.kind for e in events(app, ticket_id)] == ["created"]
    assert stored(app, ticket_id).level == 1
