"""Read a secret when it is needed, from an environment variable or a file, never the config."""

from __future__ import annotations

import os
from pathlib import Path

from mailtriage.errors import SecretMissing
from mailtriage.redaction import remember


def read_secret(env: str | None, file: Path | None, what: str) -> str | None:
    """The value of `env`, else the first line of `file`, else None; SecretMissing naming
    `what`, the variable or file and the fix when it is configured but unset or empty."""
    if env:
        value = os.environ.get(env)
        remember(value)
        if not value:
            state = "is not set" if value is None else "is empty"
            raise SecretMissing(
                f"{what}: environment variable {env} {state}",
                "set it in the service's environment (e.g. an EnvironmentFile)",
            )
        return value
    if file is None:
        return None
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise SecretMissing(
            f"{what}: cannot read {file}: {exc.strerror}",
            "check the path and that mailtriage may read it",
        ) from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise SecretMissing(f"{what}: {file} is empty", "write the secret on its first line")
    remember(lines[0])
    return lines[0]
