"""Shared CLI plumbing: config loading, the app, and errors as one clear line plus exit code."""

from __future__ import annotations

import functools
import sys
import unicodedata
from collections.abc import Callable
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


def get_config(config_path: str | None) -> Config:
    """Load and validate the configuration (raises ConfigError)."""
    return load_config(config_path)
