"""`mailtriage systemd-unit`: the service unit, its ExecStart the real path of this mailtriage."""

from __future__ import annotations

from importlib import resources

import click

from mailtriage.cli.common import installed_command

DEFAULT_CONFIG = "/etc/mailtriage/mailtriage.toml"


def unit_text(command: list[str], config: str) -> str:
    """The packaged unit with ExecStart running `command run --config CONFIG`."""
    template = resources.files("mailtriage.daemon").joinpath("mailtriage.service.in")
    words = [*command, "run", "--config", config]
    exec_start = " ".join(f'"{w}"' if any(c.isspace() for c in w) else w for w in words)
    return template.read_text(encoding="utf-8").replace("@EXEC_START@", exec_start)


@click.command("systemd-unit")
@click.option(
    "--config",
    "config_path",
    default=DEFAULT_CONFIG,
    show_default=True,
    help="The configuration file the service runs with.",
)
def systemd_unit(config_path: str) -> None:
    """Print the systemd unit for this installation (install it as
    /etc/systemd/system/mailtriage.service)."""
    click.echo(unit_text(installed_command(), config_path), nl=False)
