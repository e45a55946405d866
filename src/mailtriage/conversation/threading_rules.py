"""Find the ticket a mail belongs to from its In-Reply-To and References (RFC 5322 3.6.4)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ThreadDecision:
    """The ticket to add the mail to (None: open a new ticket), and why."""

    ticket_id: int | None
    reason: str


def thread_by_headers(
    in_reply_to: Sequence[str],
    references: Sequence[str],
    find_ticket: Callable[[Sequence[str]], dict[str, int]],
) -> ThreadDecision:
    """Prefer In-Reply-To, then References from newest to oldest; else a new ticket.

    `find_ticket` maps the given Message-IDs to the tickets of stored messages (ours included).
    """
    candidates = list(dict.fromkeys([*in_reply_to, *reversed(references)]))
    if not candidates:
        return ThreadDecision(None, "no In-Reply-To or References: new ticket")
    known = find_ticket(candidates)
    for message_id in candidates:
        if message_id in known:
            header = "In-Reply-To" if message_id in in_reply_to else "References"
            return ThreadDecision(known[message_id], f"{header} {message_id} is on this ticket")
    return ThreadDecision(None, "referenced messages are unknown: new ticket")
