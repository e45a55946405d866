"""Read the TOML file once and turn schema violations into errors that name key, value and fix."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from mailtriage.config.schema import DEFAULT_CONFIG_PATH, Config
from mailtriage.errors import ConfigError

_SECRET_KEYS = {"pass", "token", "secret"}

_FIXES = {
    "extra_forbidden": "remove it or check its spelling (see config/mailtriage.example.toml)",
    "missing": "add this key",
    "literal_error": "use one of the allowed values",
    "bool_type": "write true or false (without quotes)",
    "int_parsing": "write a whole number",
    "int_type": "write a whole number",
    "float_parsing": "write a number",
    "string_type": "write a quoted string",
    "greater_than_equal": "use a larger value",
    "less_than_equal": "use a smaller value",
    "string_pattern_mismatch": "use letters, digits, '.', '_' or '-' (up to 64 characters)",
}


def config_path(explicit: str | os.PathLike[str] | None) -> Path:
    """`--config FILE`, else $MAILTRIAGE_CONFIG, else /etc/mailtriage/mailtriage.toml."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("MAILTRIAGE_CONFIG")
    return Path(env) if env else DEFAULT_CONFIG_PATH


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Load and validate the configuration file; raise ConfigError naming what to fix."""
    resolved = config_path(path)
    try:
        text = resolved.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"config file {resolved} does not exist; pass --config FILE, set MAILTRIAGE_CONFIG, "
            "or copy config/mailtriage.example.toml there"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {resolved}: {exc}") from None
    return load_config_text(text, source=str(resolved))


def load_config_text(text: str, source: str = "<config>") -> Config:
    """Validate configuration given as TOML text."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"{source}: not valid TOML: {exc}; fix the syntax at that place"
        ) from None
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(format_validation_error(exc, source)) from None


def format_validation_error(exc: ValidationError, source: str) -> str:
    """One line per problem: `key = value: what is wrong; fix`."""
    lines = [f"{source}: {exc.error_count()} problem(s) in the configuration:"]
    for error in exc.errors():
        key = _dotted(error["loc"])
        value = _shown_value(key, error.get("input"))
        message = str(error["msg"]).removeprefix("Value error, ")
        fix = _FIXES.get(error["type"], "")
        if error["type"] == "literal_error":
            fix = f"use one of: {error.get('ctx', {}).get('expected', '')}"
        detail = f"  {key or '(top level)'}"
        if value is not None and error["type"] != "missing":
            detail += f" = {value}"
        detail += f": {message}"
        if fix:
            detail += f"; fix: {fix}"
        lines.append(detail)
    return "\n".join(lines)


def _dotted(loc: tuple[Any, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts[-1] = f"{parts[-1]}[{item}]" if parts else f"[{item}]"
        elif not str(item).startswith("function-"):
            parts.append(str(item))
    return ".".join(parts)


def _shown_value(key: str, value: Any) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    if (
        any(word in key.lower() for word in _SECRET_KEYS)
        and "_env" not in key
        and "_file" not in key
    ):
        return "(hidden)"
    return repr(value)
