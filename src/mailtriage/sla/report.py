"""What an escalation pass did (or, in a dry run, would do): per ticket and in all."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from mailtriage.sla.notices import Notice
from mailtriage.sla.rules import Decision


@dataclass(frozen=True)
class Outcome:
    """What the pass did (or, in a dry run, would do) to one due ticket."""

    ticket_id: int
    decision: Decision
    notices: tuple[Notice, ...] = ()
    queued: int = 0


@dataclass
class EscalationReport:
    """One pass: tickets checked, those left to another daemon, and every action."""

    now: datetime | None = None
    dry_run: bool = False
    checked: int = 0
    skipped: int = 0
    failed: int = 0
    outcomes: list[Outcome] = field(default_factory=list)

    def record(self, outcomes: list[Outcome | None]) -> None:
        """Add the outcomes of handled tickets (None: left to another worker)."""
        for outcome in outcomes:
            if outcome is None:
                self.skipped += 1
            else:
                self.outcomes.append(outcome)

    def merge(self, part: EscalationReport) -> None:
        """Add a chunk's outcomes, skipped and failed tickets (not its `checked`)."""
        self.outcomes += part.outcomes
        self.skipped += part.skipped
        self.failed += part.failed

    def count(self, action: str) -> int:
        """How many tickets got `action` (warn, escalate, remind, none)."""
        return sum(1 for o in self.outcomes if o.decision.action == action)

    @property
    def actions(self) -> list[Outcome]:
        """The outcomes that did something (not `none`)."""
        return [o for o in self.outcomes if o.decision.action != "none"]

    @property
    def queued(self) -> int:
        """Notifications queued in the outbox."""
        return sum(o.queued for o in self.outcomes)

    def summary(self) -> str:
        """One line for the log and the CLI."""
        return (
            f"{self.checked} due ticket(s): {self.count('warn')} warned, "
            f"{self.count('escalate')} escalated, {self.count('remind')} reminded, "
            f"{self.skipped} left to another worker, {self.failed} failed; "
            f"{self.queued} notification(s) queued"
        )
