"""The SLA state of one ticket, as the escalation job loads it from the ticket row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

STOPPED = frozenset({"pending", "resolved", "closed"})
"""Statuses in which the SLA clock stands still; every other status (new, open) runs it."""


@dataclass(frozen=True)
class SlaTicket:
    """What the rules need to know about a ticket; all datetimes are aware UTC.

    The clock of the current level starts at `level_changed_at` (the last level change),
    or at `created_at` if the level never changed. `paused_seconds` is the business time
    the clock stood still since then; `paused_since` is set while it stands still now.
    The warned/breached flags and `last_reminder_at` belong to the current level and are
    reset when the level changes. `team` is the assigned team (its calendar applies).
    """

    id: int
    level: int
    category: str
    customer_domain: str | None
    status: str
    created_at: datetime
    first_response_at: datetime | None = None
    level_changed_at: datetime | None = None
    paused_seconds: float = 0.0
    paused_since: datetime | None = None
    warned_first_response: bool = False
    warned_resolution: bool = False
    breached_first_response: bool = False
    breached_resolution: bool = False
    last_reminder_at: datetime | None = None
    team: str | None = None

    @property
    def clock_start(self) -> datetime:
        """When the targets of the current level started counting."""
        return self.level_changed_at or self.created_at

    @property
    def running(self) -> bool:
        """False while the ticket waits for the customer or is resolved or closed."""
        return self.status not in STOPPED


def domain_of(address: str) -> str | None:
    """The customer domain of an address, lower-cased ("Bob@VIP.example" -> "vip.example")."""
    local, _, domain = address.strip().rstrip(">").rpartition("@")
    if not local or not domain:
        return None
    return domain.lower()
