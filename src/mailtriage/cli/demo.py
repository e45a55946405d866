"""`mailtriage demo`: the embedded defaults (SQLite + a local Maildir with sample mail)."""

from __future__ import annotations

from datetime import timedelta
from importlib import resources
from pathlib import Path

import click

from mailtriage.cli.admin import format_ticket_table
from mailtriage.cli.common import reports_errors
from mailtriage.cli.run import format_report
from mailtriage.config import Config, MailboxConfig
from mailtriage.config.schema import SmtpConfig
from mailtriage.daemon.app import build_app
from mailtriage.daemon.service import run_once
from mailtriage.storage import queries


def demo_config(data_dir: Path) -> Config:
    """SQLite in `data_dir`, a Maildir at `data_dir/Maildir`, SMTP to localhost:25."""
    mailbox = MailboxConfig(
        name="demo", kind="maildir", path=data_dir / "Maildir", address="support@papyra.example"
    )
    smtp = SmtpConfig(
        host="127.0.0.1",
        port=25,
        security="none",
        from_address="support@papyra.example",
        from_name="Papyra Support",
        timeout=timedelta(seconds=2),
    )
    return Config(data_dir=data_dir, mailbox=(mailbox,), smtp=smtp)


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
    config = demo_config(data_dir)
    seeded = seed_maildir(data_dir / "Maildir")
    click.echo(
        f"demo: {seeded} sample mail(s) put into {data_dir / 'Maildir'}; database {config.database_url}"
    )
    (data_dir / "demo.toml").write_text(f'data_dir = "{data_dir}"\n', encoding="utf-8")
    app = build_app(config)
    try:
        report = run_once(app, deliver=False)
        click.echo(format_report(report).rsplit("\n", 1)[0])
        with app.sessions() as session:
            rows = queries.list_tickets(session)
        click.echo("\n" + format_ticket_table(rows))
    finally:
        app.close()
    click.echo(
        f"\nThe acknowledgements wait in the outbox until an SMTP server is configured; "
        f"see one with: mailtriage tickets show 1 --config {data_dir / 'demo.toml'}\n"
        "Next: copy config/mailtriage.example.toml and point it at your own mailbox."
    )
