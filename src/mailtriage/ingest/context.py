"""What the ingest stages share: the fetched item, the services, and what each stage found."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from mailtriage.classification.base import Classification, Classifier
from mailtriage.clock import Clock
from mailtriage.config import Config
from mailtriage.conversation.threading_rules import ThreadDecision
from mailtriage.parsing.mime import ParsedMessage
from mailtriage.sources.base import FetchedItem
from mailtriage.storage.models import Ticket


@dataclass(frozen=True)
class StoredMessage:
    """A message already in the database (what a duplicate duplicates)."""

    id: int
    ticket_id: int
    message_id: str


@dataclass(frozen=True)
class Services:
    """Long-lived collaborators, built once at start-up."""

    config: Config
    clock: Clock
    classifier: Classifier

    @property
    def attachments_dir(self) -> Path:
        """Where attachment files are kept."""
        return self.config.data_dir / "attachments"


@dataclass
class IngestContext:
    """State of one message's trip through the stages."""

    session: Session
    services: Services
    mailbox_id: int | None
    item: FetchedItem
    parsed: ParsedMessage | None = None
    new_text: str = ""  # the body without quoted history and signature
    automatic: str | None = None
    language: str = "en"
    thread: ThreadDecision | None = None
    classification: Classification | None = None
    ticket: Ticket | None = None
    message_pk: int | None = None
    duplicate_of: StoredMessage | None = None
    new_ticket: bool = False
    finished: bool = False
    notes: list[str] = field(default_factory=list)

    def require_parsed(self) -> ParsedMessage:
        """The parsed message (stages after `parse` may rely on it)."""
        if self.parsed is None:
            raise RuntimeError("stage ran before the parse stage")
        return self.parsed


# A stage reads and extends the context; it raises PoisonMessage to quarantine the message
# and sets `ctx.finished` when the rest of the chain must not run (e.g. a duplicate).
Stage = Callable[[IngestContext], None]
