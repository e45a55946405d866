"""Shared CLI plumbing: config loading, the app, and errors as one clear line plus exit code."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from mailtriage.config import Config, load_config
from mailtriage.errors import MailtriageError

F = TypeVar("F", bound=Callable[..., Any])


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
            click.echo(f"mailtriage: error: {exc}", err=True)
            sys.exit(exc.exit_code)

    return wrapper  # type: ignore[return-value]


def get_config(config_path: str | None) -> Config:
    """Load and validate the configuration (raises ConfigError)."""
    return load_config(config_path)
