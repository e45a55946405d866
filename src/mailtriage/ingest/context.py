"""What the ingest stages share: the fetched item, the services, and what each stage found."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cached_property
from pathlib import Path

from sqlalchemy.orm import Session

from mailtriage.classification.base import Classification, Classifier
from mailtriage.clock import Clock
from mailtriage.config import Config
from mailtriage.conversation.commands import AgentText
from mailtriage.conversation.directory import Directory
from mailtriage.conversation.threading_rules import ThreadDecision, ThreadPolicy, arrival
from mailtriage.conversation.tokens import ReplyTokens
from mailtriage.errors import PoisonMessage
from mailtriage.ingest.parallel import ParseResult
from mailtriage.parsing.mime import ParsedMessage
from mailtriage.sla import SlaPolicy
from mailtriage.sources.base import FetchedItem
from mailtriage.storage.models import Ticket


@dataclass(frozen=True)
class StoredMessage:
    """A message already in the database (what a duplicate duplicates)."""

    id: int
    ticket_id: int | None  # None for an alert mail of ours that came back
    message_id: str


@dataclass(frozen=True)
class Services:
    """Long-lived collaborators, built once at start-up."""

    config: Config
    clock: Clock
    classifier: Classifier
    tokens: ReplyTokens
    directory: Directory
    sla: SlaPolicy
    categories: frozenset[str] = frozenset()

    @property
    def attachments_dir(self) -> Path:
        """Where attachment files are kept."""
        return self.config.data_dir / "attachments"

    @cached_property
    def thread_policy(self) -> ThreadPolicy:
        """The threading rules' settings (built once, not per message)."""
        conversation = self.config.conversation
        return ThreadPolicy(
            tokens=self.tokens,
            tag_format=conversation.subject_tag,
            subject_window=conversation.subject_window,
            reopen_within=conversation.reopen_within,
            new_tickets_per_hour=self.config.limits.new_tickets_per_hour,
        )


@dataclass
class IngestContext:
    """State of one message's trip through the stages.

    The pure stages (size, parse, detect, classify) run before the transaction, without a
    session; the database stages run inside it (`db`).
    """

    services: Services
    mailbox_id: int | None
    item: FetchedItem
    mailbox: str = ""  # the mailbox's name, for logs
    session: Session | None = None
    failure: PoisonMessage | None = None  # a pure stage's verdict, quarantined in the DB phase
    preparsed: ParseResult = None  # the parse worker's result, taken by the parse stage
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
    role: str = "customer"  # customer | participant | agent | other
    agent: AgentText | None = None  # an agent's mail on a ticket: note, commands, text
    reopened: bool = False
    finished: bool = False

    @property
    def db(self) -> Session:
        """The transaction's session (database stages only)."""
        if self.session is None:
            raise RuntimeError("a database stage ran outside the transaction")
        return self.session

    def for_transaction(self, session: Session) -> IngestContext:
        """A copy with the pure stages' results and no database results, bound to `session`."""
        return replace(
            self,
            session=session,
            thread=None,
            ticket=None,
            message_pk=None,
            duplicate_of=None,
            new_ticket=False,
            role="customer",
            agent=None,
            reopened=False,
            finished=False,
        )

    def arrived_at(self) -> datetime:
        """When the mail arrived (threading_rules.arrival): the mailbox's time, else Date."""
        return arrival(self.item.arrived_at, self.require_parsed().date, self.services.clock.now())

    def require_parsed(self) -> ParsedMessage:
        """The parsed message (stages after `parse` may rely on it)."""
        if self.parsed is None:
            raise RuntimeError("stage ran before the parse stage")
        return self.parsed


# A stage reads and extends the context; it raises PoisonMessage to quarantine the message
# and sets `ctx.finished` when the rest of the chain must not run (e.g. a duplicate).
Stage = Callable[[IngestContext], None]
