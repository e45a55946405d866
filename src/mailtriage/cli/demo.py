"""`mailtriage demo`: the embedded defaults (SQLite + a local Maildir with sample mail)."""

from __future__ import annotations

import json
import shlex
from importlib import resources
from pathlib import Path

import click

from mailtriage.cli.admin import format_ticket_table
from mailtriage.cli.common import get_config, program, reports_errors
from mailtriage.cli.run import format_report
from mailtriage.daemon.app import build_app
from mailtriage.daemon.service import run_once
from mailtriage.storage import queries

DEMO_CONFIG = """\
# The demo's configuration, written by `mailtriage demo`: a complete one that `mailtriage
# check` passes. SQLite in data_dir, the sample mails in a local Maildir, and no mail sent:
# acknowledgements and notices stay in the outbox ([smtp] deliver = false).
data_dir = {data_dir}

[[mailbox]]
name = "demo"
kind = "maildir"
path = {maildir}
address = "support@papyra.example"

[smtp]
host = "127.0.0.1"
port = 25
security = "none"
from_address = "support@papyra.example"
from_name = "Papyra Support"
deliver = false
"""


def write_demo_config(data_dir: Path) -> Path:
    """demo.toml in `data_dir` (the admin's edits are kept: it is written only once)."""
    path = data_dir / "demo.toml"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        text = DEMO_CONFIG.format(
            data_dir=json.dumps(str(data_dir)), maildir=json.dumps(str(data_dir / "Maildir"))
        )
        path.write_text(text, encoding="utf-8")
    return path


def seed_maildir(maildir: Path) -> int:
    """Put the packaged sample mails into `maildir/new` (once); return how many."""
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    seeded = 0
    for sample in sorted(resources.files("mailtriage.samples").iterdir(), key=lambda p: p.name):
        if not sample.name.endswith(".eml"):
            continue
        target = maildir / "new" / f"sample-{sample.name.removesuffix('.eml')}.demo"
        done = list((maildir / "cur").glob(f"{target.name}*"))
        if not target.exists() and not done:
            target.write_bytes(sample.read_bytes())
            seeded += 1
    return seeded


@click.command()
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("demo-data"),
    show_default=True,
    help="Where the demo keeps its data.",
)
@reports_errors
def demo(data_dir: Path) -> None:
    """Import sample support mails (de/fr/it/en) from a local Maildir and show the tickets."""
    data_dir = data_dir.resolve()
    config_path = write_demo_config(data_dir)
    config = get_config(str(config_path))
    seeded = seed_maildir(data_dir / "Maildir")
    click.echo(
        f"demo: {seeded} sample mail(s) put into {data_dir / 'Maildir'}; database {config.database_url}"
    )
    app = build_app(config)
    try:
        report = run_once(app)
        click.echo(format_report(report).rsplit("\n", 1)[0])
        with app.sessions() as session:
            rows = queries.list_tickets(session)
        click.echo("\n" + format_ticket_table(rows))
    finally:
        app.close()
    run, config_option = program(), f"--config {shlex.quote(str(config_path))}"
    click.echo(
        f"\nThe acknowledgements wait in the outbox ([smtp] deliver = false in {config_path}).\n"
        f"See a ticket:      {run} tickets show 1 {config_option}\n"
        f"Check the config:  {run} check {config_option}\n"
        f"Fetch new mail:    {run} run --once {config_option}\n"
        "Next: copy config/mailtriage.example.toml, point it at your own mailbox and run check."
    )
