"""Parse human units in the config: durations ("90s", "15m", "7d") and sizes ("25MB")."""

from __future__ import annotations

import re
from datetime import timedelta

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?\s*$")
_DURATION_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?\s*$", re.IGNORECASE)
_SIZE_UNITS = {
    "b": 1,
    "kb": 1000,
    "kib": 1024,
    "mb": 1000**2,
    "mib": 1024**2,
    "gb": 1000**3,
    "gib": 1024**3,
}


def parse_duration(value: object) -> timedelta:
    """A number of seconds, or a string like "30s", "15m", "4h", "7d"."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, bool):
        raise ValueError('expected a duration such as 60, "90s", "15m", "4h" or "7d"')
    if isinstance(value, int | float):
        return timedelta(seconds=value)
    match = _DURATION.match(str(value))
    if not match:
        raise ValueError('expected a duration such as 60, "90s", "15m", "4h" or "7d"')
    return timedelta(seconds=float(match.group(1)) * _DURATION_UNITS[match.group(2) or "s"])


def parse_size(value: object) -> int:
    """A number of bytes, or a string like "512KiB", "25MB"."""
    if isinstance(value, bool):
        raise ValueError('expected a size such as 26214400 or "25MB"')
    if isinstance(value, int):
        return value
    match = _SIZE.match(str(value))
    if not match:
        raise ValueError('expected a size such as 26214400, "512KiB" or "25MB"')
    return int(float(match.group(1)) * _SIZE_UNITS[(match.group(2) or "b").lower()])
