"""Stored due times follow the SLA policy: after a change of targets, calendars or teams,
every running ticket's due times and next check are worked out again, once."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from mailtriage.config import Config
from mailtriage.sla.policy import SlaPolicy
from mailtriage.sla.rows import refresh
from mailtriage.sla.ticket import STOPPED
from mailtriage.storage.models import Setting, Ticket

log = logging.getLogger(__name__)
FINGERPRINT_KEY = "sla_policy_fingerprint"
_STORED = select(Setting).where(Setting.key == FINGERPRINT_KEY)


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
    with sessions() as session:
        setting = session.scalar(_STORED)
        return None if setting is None else setting.value


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
    if stored_fingerprint(sessions) == fingerprint:
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
    _store(sessions, fingerprint)
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


def _store(sessions: sessionmaker[Session], fingerprint: str) -> None:
    try:
        with sessions.begin() as session:
            setting = session.scalar(_STORED.with_for_update())
            if setting is None:
                session.add(Setting(key=FINGERPRINT_KEY, value=fingerprint))
            else:
                setting.value = fingerprint
    except IntegrityError:  # another daemon stored it at the same moment: ours is as new
        with sessions.begin() as session:
            session.scalars(_STORED.with_for_update()).one().value = fingerprint
