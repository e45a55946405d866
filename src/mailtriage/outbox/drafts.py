"""Draft each kind of mail about a ticket: render its template, address it, thread it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from mailtriage.config.schema import Config, TeamConfig
from mailtriage.conversation.subjects import clean_subject
from mailtriage.conversation.tokens import ReplyTokens
from mailtriage.outbox.compose import Envelope, OutgoingDraft, compose
from mailtriage.outbox.templates import render
from mailtriage.storage.models import Ticket


@dataclass(frozen=True)
class Parent:
    """The mail ours answers: its Message-ID and References (threading, RFC 5322 3.6.4)."""

    message_id: str | None
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class Drafter:
    """Everything a draft needs besides the ticket; built per message in the notify stage."""

    config: Config
    tokens: ReplyTokens
    now: datetime

    def tag(self, ticket: Ticket) -> str:
        """The subject tag, e.g. `[#1234]`."""
        return self.config.conversation.subject_tag.format(number=ticket.id)

    def to_customer(
        self,
        kind: str,
        ticket: Ticket,
        parent: Parent,
        cc: Sequence[str] = (),
        sender_name: str | None = None,
        **values: Any,
    ) -> OutgoingDraft:
        """A mail to the customer in their language (template `kind`)."""
        subject, body = self._render(kind, ticket.language, ticket, values)
        envelope = self._envelope(kind, ticket, (ticket.customer_address,), parent, cc)
        if sender_name:
            envelope = replace(envelope, sender_name=sender_name)
        return compose(self.config.smtp, envelope, subject, body, self.now)

    def to_team(
        self, kind: str, ticket: Ticket, team: TeamConfig, parent: Parent, **values: Any
    ) -> OutgoingDraft:
        """A notification to a team in the team's language; replying to it threads back."""
        values = {"ticket": ticket_values(ticket), "team": team.name, **values}
        subject, body = self._render(kind, team.language, ticket, values)
        envelope = self._envelope(kind, ticket, team.addresses, parent)
        return compose(self.config.smtp, envelope, subject, body, self.now)

    def _render(
        self, kind: str, language: str, ticket: Ticket, values: dict[str, Any]
    ) -> tuple[str, str]:
        tag_format = self.config.conversation.subject_tag
        values.setdefault("subject", clean_subject(ticket.subject, tag_format) or "-")
        values.setdefault("team", self.config.smtp.from_name)
        return render(
            kind, language, override_dir=self.config.templates.dir, tag=self.tag(ticket), **values
        )

    def _envelope(
        self, kind: str, ticket: Ticket, to: Sequence[str], parent: Parent, cc: Sequence[str] = ()
    ) -> Envelope:
        smtp, conversation = self.config.smtp, self.config.conversation
        domain = smtp.from_address.rpartition("@")[2]
        reply_to = None
        if conversation.plus_address_reply_to:
            reply_to = self.tokens.plus_address(smtp.from_address, ticket.id)
        return Envelope(
            to=tuple(to),
            cc=tuple(cc),
            message_id=self.tokens.message_id(kind.replace("_", "-"), ticket.id, domain),
            in_reply_to=parent.message_id,
            references=parent.references,
            reply_to=reply_to,
        )


def ticket_values(ticket: Ticket) -> dict[str, Any]:
    """The ticket as template variables."""
    return {
        "id": ticket.id,
        "subject": ticket.subject,
        "level": ticket.level,
        "category": ticket.category,
        "confidence": ticket.confidence,
        "needs_review": ticket.needs_review,
        "status": ticket.status,
        "language": ticket.language,
        "customer": ticket.customer_address,
        "customer_name": ticket.customer_name or "",
        "reason": ticket.classification_reason,
    }
