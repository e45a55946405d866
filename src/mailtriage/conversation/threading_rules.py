"""Decide which ticket a mail belongs to: headers, signed tokens, subject tag, subject, or new.

A pure decision over (mail, stored state, policy, now); the stored state comes through the
`ThreadLookup` protocol, so the rules are tested without a database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from mailtriage.conversation.subjects import find_tag, subject_key
from mailtriage.conversation.tokens import ReplyTokens

FINISHED = frozenset({"resolved", "closed"})


@dataclass(frozen=True)
class ThreadDecision:
    """The ticket to add the mail to (None: open a new ticket), how it was found, and why."""

    ticket_id: int | None
    reason: str
    via: str = "new"  # in-reply-to | references | token | tag | subject | bounce | flood | new


@dataclass(frozen=True)
class MailFacts:
    """What threading looks at in a mail."""

    sender: str
    recipients: tuple[str, ...]
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    subject: str
    is_agent: bool = False
    bounced_message_ids: tuple[str, ...] = ()
    arrived_at: datetime | None = None  # arrival(): when the mail reached the mailbox


@dataclass(frozen=True)
class TicketFacts:
    """What threading needs to know about a stored ticket."""

    id: int
    customer: str
    participants: frozenset[str]
    status: str
    resolved_at: datetime | None


@dataclass(frozen=True)
class ThreadPolicy:
    """The configured threading behaviour."""

    tokens: ReplyTokens
    tag_format: str
    subject_window: timedelta
    reopen_within: timedelta | None
    new_tickets_per_hour: int


class ThreadLookup(Protocol):
    """The stored state the rules may ask about."""

    def tickets_of_message_ids(self, message_ids: Sequence[str]) -> dict[str, int]:
        """Ticket ids of stored messages (ours included) by Message-ID."""

    def ticket(self, ticket_id: int) -> TicketFacts | None:
        """A stored ticket, or None."""

    def open_ticket_with_subject(self, sender: str, key: str, since: datetime) -> int | None:
        """The sender's newest unfinished ticket with this subject key, updated since `since`."""

    def new_tickets_between(self, sender: str, since: datetime, until: datetime) -> int:
        """How many tickets the sender opened with mail that arrived in [since, until]."""


def decide(
    mail: MailFacts, lookup: ThreadLookup, policy: ThreadPolicy, now: datetime
) -> ThreadDecision:
    """The ticket for `mail`, trying the rules from the most to the least certain."""
    refused = ""
    for rule in (_by_bounce, _by_headers, _by_plus_address, _by_tag):
        found = rule(mail, lookup, policy)
        if found is not None and found.ticket_id is not None:
            return _reopen_or_new(found, lookup, policy, now)
        if found is not None:
            refused += f"{found.reason}; "
    found = _by_subject(mail, lookup, policy, now)
    if found is not None:
        return _reopen_or_new(found, lookup, policy, now)
    return _new_or_limited(mail, lookup, policy, now, refused)


def _by_bounce(
    mail: MailFacts, lookup: ThreadLookup, policy: ThreadPolicy
) -> ThreadDecision | None:
    if not mail.bounced_message_ids:
        return None
    ticket = _match_ids(mail.bounced_message_ids, lookup, policy)
    if ticket is None:
        return None
    return ThreadDecision(ticket[0], f"bounce of {ticket[1]}, which is on this ticket", "bounce")


def _by_headers(
    mail: MailFacts, lookup: ThreadLookup, policy: ThreadPolicy
) -> ThreadDecision | None:
    """In-Reply-To, then References newest first (RFC 5322 3.6.4); ours verify by token too."""
    candidates = list(dict.fromkeys([*mail.in_reply_to, *reversed(mail.references)]))
    found = _match_ids(candidates, lookup, policy)
    if found is None:
        return None
    ticket_id, message_id, how = found
    header = "in-reply-to" if message_id in mail.in_reply_to else "references"
    via = "token" if how == "token" else header
    what = "carries a valid reply token" if how == "token" else "is on this ticket"
    return ThreadDecision(ticket_id, f"{header} {message_id} {what}", via)


def _match_ids(
    message_ids: Sequence[str], lookup: ThreadLookup, policy: ThreadPolicy
) -> tuple[int, str, str] | None:
    if not message_ids:
        return None
    known = lookup.tickets_of_message_ids(message_ids)
    for message_id in message_ids:
        if message_id in known:
            return known[message_id], message_id, "stored"
        ticket_id = policy.tokens.ticket_of_message_id(message_id)
        if ticket_id is not None and lookup.ticket(ticket_id) is not None:
            return ticket_id, message_id, "token"
    return None


def _by_plus_address(
    mail: MailFacts, lookup: ThreadLookup, policy: ThreadPolicy
) -> ThreadDecision | None:
    for address in mail.recipients:
        ticket_id = policy.tokens.ticket_of_address(address)
        if ticket_id is not None and lookup.ticket(ticket_id) is not None:
            return ThreadDecision(ticket_id, f"sent to {address}, a valid reply address", "token")
    return None


def _by_tag(mail: MailFacts, lookup: ThreadLookup, policy: ThreadPolicy) -> ThreadDecision | None:
    """The subject tag counts only from the ticket's customer, its participants or an agent,
    so guessing a number gets nobody into another customer's ticket."""
    number = find_tag(mail.subject, policy.tag_format)
    if number is None:
        return None
    ticket = lookup.ticket(number)
    if ticket is None:
        return ThreadDecision(None, f"subject tag #{number} names no ticket")
    if mail.is_agent or mail.sender == ticket.customer or mail.sender in ticket.participants:
        return ThreadDecision(number, f"subject tag #{number} from a participant", "tag")
    return ThreadDecision(
        None, f"subject tag #{number} refused: {mail.sender} is not a participant of that ticket"
    )


def _by_subject(
    mail: MailFacts, lookup: ThreadLookup, policy: ThreadPolicy, now: datetime
) -> ThreadDecision | None:
    """Some clients drop the threading headers: a mail without any joins the sender's own
    unfinished ticket with the same subject, never another sender's."""
    if mail.in_reply_to or mail.references or not mail.sender:
        return None
    key = subject_key(mail.subject, policy.tag_format)
    if not key:
        return None
    ticket_id = lookup.open_ticket_with_subject(mail.sender, key, now - policy.subject_window)
    if ticket_id is None:
        return None
    return ThreadDecision(ticket_id, "same sender and subject as an open ticket", "subject")


def _reopen_or_new(
    found: ThreadDecision, lookup: ThreadLookup, policy: ThreadPolicy, now: datetime
) -> ThreadDecision:
    assert found.ticket_id is not None
    ticket = lookup.ticket(found.ticket_id)
    if ticket is None or ticket.status not in FINISHED or policy.reopen_within is None:
        return found
    finished_at = ticket.resolved_at or now
    if now - finished_at <= policy.reopen_within:
        return found
    days = policy.reopen_within.days
    return ThreadDecision(
        None, f"follows up #{ticket.id}, {ticket.status} more than {days} days ago: new ticket"
    )


def arrival(received: datetime | None, dated: datetime | None, now: datetime) -> datetime:
    """When a mail arrived: as the mailbox recorded it, else its Date header; never later than
    now (a Date in the future would open a window nobody reaches)."""
    return min(received or dated or now, now)


def _new_or_limited(
    mail: MailFacts, lookup: ThreadLookup, policy: ThreadPolicy, now: datetime, refused: str
) -> ThreadDecision:
    """A new ticket; over `new_tickets_per_hour` of the sender's tickets whose mail arrived in
    the hour before this one, still a ticket of its own (a new request is never hidden in
    another), but a flood one: nobody is answered or notified.

    Counted by arrival, so importing a backlog (first start, downtime) counts each hour as it
    was, not the import's minutes."""
    limit = policy.new_tickets_per_hour
    at = mail.arrived_at or now
    if mail.sender and lookup.new_tickets_between(mail.sender, at - timedelta(hours=1), at) >= limit:
        reason = f"{refused}sender opened {limit} tickets in the hour before this mail: flood"
        return ThreadDecision(None, reason, "flood")
    return ThreadDecision(None, f"{refused}no reference to a known ticket: new ticket")
