"""Agents' mail: the internal-note marker and the `#command value` lines that steer a ticket."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

_COMMAND = re.compile(r"^\s*#(level|category|status|assign)\s*[: ]\s*(\S+)\s*$", re.IGNORECASE)
STATUSES = ("open", "pending", "resolved", "closed")


@dataclass(frozen=True)
class Command:
    """One command line, e.g. `#level 3`."""

    name: str
    value: str


@dataclass(frozen=True)
class AgentText:
    """An agent's new text split into: internal note or not, commands, and the text to relay."""

    internal: bool
    commands: tuple[Command, ...]
    text: str


def read_agent_text(text: str, internal_marker: str) -> AgentText:
    """Commands are whole lines; the note marker must start the first non-empty line."""
    lines = text.replace("\r\n", "\n").split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    internal = first is not None and lines[first].strip().casefold().startswith(
        internal_marker.casefold()
    )
    if internal and first is not None:
        lines[first] = lines[first].strip()[len(internal_marker) :]
    commands, kept = [], []
    for line in lines:
        match = _COMMAND.match(line)
        if match:
            commands.append(Command(match.group(1).lower(), match.group(2)))
        else:
            kept.append(line)
    return AgentText(internal, tuple(commands), "\n".join(kept).strip())


@dataclass(frozen=True)
class Change:
    """A validated command: the ticket field to set and its new value, or why it was refused."""

    command: Command
    field: str
    value: int | str | None = None
    refused: str | None = None


def validate(command: Command, teams: Collection[str], categories: Collection[str]) -> Change:
    """Check a command's value against the levels, statuses, teams and categories we know."""
    value = command.value
    if command.name == "level":
        if value.isdigit() and 0 <= int(value) <= 4:
            return Change(command, "level", int(value))
        return Change(command, "level", refused=f"level must be 0-4, not {value!r}")
    if command.name == "status":
        if value.lower() in STATUSES:
            return Change(command, "status", value.lower())
        return Change(command, "status", refused=f"status must be one of {', '.join(STATUSES)}")
    if command.name == "assign":
        if value in teams:
            return Change(command, "team", value)
        return Change(command, "team", refused=f"no team {value!r}; teams: {', '.join(teams)}")
    if not categories or value in categories:
        return Change(command, "category", value)
    known = ", ".join(sorted(categories))
    return Change(command, "category", refused=f"unknown category {value!r}; known: {known}")
