"""Stored due times follow the SLA policy: after a change of targets, calendars or teams,
every running ticket's due times and next check are worked out again, once."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailtriage.config import Config
from mailtriage.sla.policy import SlaPolicy
from mailtriage.sla.rows import refresh
from mailtriage.sla.ticket import STOPPED
from mailtriage.storage.models import Ticket
from mailtriage.storage.settings import read_setting, write_setting

log = logging.getLogger(__name__)
FINGERPRINT_KEY = "sla_policy_fingerprint"


def policy_fingerprint(config: Config) -> str:
    """A digest of what due times depend on: `[sla]`, the calendars, the teams' levels and
    calendars (not their addresses, languages or agents)."""
    parts = {
        "sla": config.sla.model_dump(mode="json"),
        "calendars": [calendar.model_dump(mode="json") for calendar in config.calendar],
        "teams": [[team.name, list(team.levels), team.calendar] for team in config.team],
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def stored_fingerprint(sessions: sessionmaker[Session]) -> str | None:
    """The fingerprint of the policy the stored due times were last worked out with."""
    return read_setting(sessions, FINGERPRINT_KEY)


def follow_policy(
    sessions: sessionmaker[Session],
    policy: SlaPolicy,
    fingerprint: str,
    now: datetime,
    *,
    batch: int = 500,
    stop: threading.Event | None = None,
) -> bool:
    """Work out every running ticket's due times and next check again with `policy`, unless
    they already follow it (the stored fingerprint is `fingerprint`); then store it.

    Tickets are locked and updated `batch` at a time, in the order of their ids, so an
    escalation pass on another daemon waits for them rather than writing over them. Returns
    False if `stop` ended the work early (the next call starts again).
    """
    stored = stored_fingerprint(sessions)
    if stored == fingerprint:
        return True
    count, after = 0, 0
    while True:
        if stop is not None and stop.is_set():
            return False
        with sessions.begin() as session:
            tickets = _running_after(session, after, batch)
            for ticket in tickets:
                refresh(ticket, policy, now)
        if not tickets:
            break
        count, after = count + len(tickets), tickets[-1].id
    write_setting(sessions, FINGERPRINT_KEY, fingerprint)
    if stored is None:  # a new database (or one from before fingerprints): nothing changed
        log.debug("SLA policy recorded; due times of %d running ticket(s) checked", count)
    else:
        log.info("SLA policy changed: due times of %d running ticket(s) worked out again", count)
    return True


def _running_after(session: Session, after: int, batch: int) -> list[Ticket]:
    query = (
        select(Ticket)
        .where(Ticket.id > after, Ticket.status.not_in(STOPPED))
        .order_by(Ticket.id)
        .limit(batch)
        .with_for_update()
    )
    return list(session.scalars(query))

