"""Shared CLI plumbing: config loading, the app, and errors as one clear line plus exit code."""

from __future__ import annotations

import contextlib
import functools
import shlex
import shutil
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from mailtriage.config import Config, load_config
from mailtriage.errors import MailtriageError
from mailtriage.redaction import redact

F = TypeVar("F", bound=Callable[..., Any])

# Characters a terminal would act on or reorder (C0 but newline and tab, DEL, C1 such as
# U+009B CSI, bidi overrides and isolates, zero-width and separator characters).
_KEPT = {"\n", "\t"}


def terminal_text(text: str) -> str:
    """`text` with every control or format character written as an escape (\\u202e), so
    stored mail shown on a terminal can neither drive it nor disguise itself."""
    return "".join(
        ch if ch in _KEPT or unicodedata.category(ch) not in _INVISIBLE else f"\\u{ord(ch):04x}"
        for ch in text
    )


_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def echo(text: str = "", err: bool = False) -> None:
    """click.echo of text that may come from mail: control characters escaped."""
    click.echo(terminal_text(text), err=err)


def config_option(function: F) -> F:
    """`--config FILE` (else $MAILTRIAGE_CONFIG, else /etc/mailtriage/mailtriage.toml)."""
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False),
        default=None,
        help="Configuration file (default: $MAILTRIAGE_CONFIG or /etc/mailtriage/mailtriage.toml).",
    )(function)


def reports_errors(function: F) -> F:
    """Turn MailtriageError into `mailtriage: error: ...` on stderr and its exit code."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except MailtriageError as exc:
            click.echo(f"mailtriage: error: {redact(str(exc))}", err=True)
            sys.exit(exc.exit_code)

    return wrapper  # type: ignore[return-value]


def installed_command() -> list[str]:
    """The absolute command that runs this mailtriage: the console script it was started as
    (or the one beside this Python), else `python -m mailtriage`."""
    invoked = Path(sys.argv[0])
    if invoked.name == "mailtriage" and invoked.is_file():
        return [str(invoked.resolve())]
    beside = Path(sys.executable).with_name("mailtriage")
    if beside.is_file():
        return [str(beside.absolute())]
    return [sys.executable, "-m", "mailtriage"]


def program() -> str:
    """How to run mailtriage again from this shell, for hints printed to the admin:
    `mailtriage` when that is what PATH finds, else the command relative to the current folder
    when under it (e.g. .venv/bin/mailtriage), else absolute."""
    command = installed_command()
    found = shutil.which("mailtriage")
    if len(command) == 1 and found and Path(found).resolve() == Path(command[0]).resolve():
        return "mailtriage"
    with contextlib.suppress(ValueError):  # not under the current folder: keep it absolute
        relative = str(Path(command[0]).relative_to(Path.cwd().resolve()))
        command[0] = relative if "/" in relative else f"./{relative}"
    return shlex.join(command)


def get_config(config_path: str | None) -> Config:
    """Load and validate the configuration (raises ConfigError)."""
    return load_config(config_path)
