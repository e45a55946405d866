"""Tell the admin once when a problem lasts (a failing mailbox, a token refresh) and once when it ends.

The state lives in the `alerts` table and changes by conditional UPDATEs, so a restart or a
second daemon never alerts twice; the mail is an outbox row in the same transaction.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import make_msgid
from typing import Any, Protocol

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from mailtriage.clock import Clock
from mailtriage.config.health import HealthConfig
from mailtriage.config.schema import MailboxConfig, SmtpConfig
from mailtriage.outbox.compose import Envelope, OutgoingDraft, compose
from mailtriage.parsing.headers import normalize_message_id
from mailtriage.parsing.mime import raw_fingerprint
from mailtriage.redaction import redact
from mailtriage.storage.models import Alert, FolderState, Mailbox, Message, OutboxItem
from mailtriage.storage.rows import insert_row

log = logging.getLogger(__name__)
MAILBOX = "mailbox:"


class AlertSettings(Protocol):
    """The parts of the configuration alerts need (the root Config has them)."""

    @property
    def health(self) -> HealthConfig: ...

    @property
    def smtp(self) -> SmtpConfig: ...

    @property
    def mailbox(self) -> tuple[MailboxConfig, ...]: ...


@dataclass
class AlertReport:
    """What one check did: the alerts it opened and the ones it resolved."""

    opened: list[str] = field(default_factory=list)
    resolved: list[str] = field(default_factory=list)


class Alerts:
    """The API for other code (e.g. OAuth token refresh): report a problem, report it gone."""

    def __init__(
        self, sessions: sessionmaker[Session], config: AlertSettings, clock: Clock
    ) -> None:
        self.sessions, self.config, self.clock = sessions, config, clock

    def report_problem(self, key: str, text: str) -> bool:
        """Alert the admin now unless an alert for `key` is already open (True if alerted)."""
        now = self.clock.now()
        with self.sessions.begin() as session:
            return raise_problem(session, self.config, key, text, now, now, timedelta(0))

    def report_recovery(self, key: str) -> bool:
        """Tell the admin `key` is resolved if they were alerted (True if told)."""
        with self.sessions.begin() as session:
            return resolve_problem(session, self.config, key, self.clock.now())


def check_alerts(
    sessions: sessionmaker[Session],
    config: AlertSettings,
    clock: Clock,
    now: datetime | None = None,
) -> AlertReport:
    """The scheduler job: alert on mailboxes failing longer than `alert_after`, one mail per
    episode; tell of the recovery; each mailbox in its own transaction."""
    now = now or clock.now()
    report = AlertReport()
    configured = {f"{MAILBOX}{m.name}": m for m in config.mailbox}
    for key, box in configured.items():
        with sessions.begin() as session:
            _check_mailbox(session, config, key, box, now, report)
    with sessions.begin() as session:
        for key in _open_mailbox_keys(session) - configured.keys():
            if resolve_problem(session, config, key, now, "the mailbox is no longer configured"):
                report.resolved.append(key)
    return report


def _check_mailbox(
    session: Session,
    config: AlertSettings,
    key: str,
    box: MailboxConfig,
    now: datetime,
    report: AlertReport,
) -> None:
    state = _folder_state(session, box)
    if state is None:
        return  # never tried yet
    if state.consecutive_failures == 0:
        if resolve_problem(session, config, key, now):
            report.resolved.append(key)
        return
    text = f"mailbox {box.name} cannot fetch mail: {state.last_error or 'unknown error'}"
    since = state.last_success_at or now
    if raise_problem(session, config, key, text, since, now, config.health.alert_after):
        report.opened.append(key)


def _folder_state(session: Session, box: MailboxConfig) -> FolderState | None:
    query = (
        select(FolderState)
        .join(Mailbox, Mailbox.id == FolderState.mailbox_id)
        .where(Mailbox.name == box.name, FolderState.folder == box.folder)
    )
    return session.scalars(query).first()


def _open_mailbox_keys(session: Session) -> set[str]:
    query = select(Alert.key).where(Alert.key.startswith(MAILBOX), Alert.resolved_at.is_(None))
    return set(session.scalars(query))


def raise_problem(
    session: Session,
    config: AlertSettings,
    key: str,
    text: str,
    since: datetime,
    now: datetime,
    grace: timedelta,
) -> bool:
    """Record the problem (from `since`); once it is older than `grace`, open the alert and
    queue the mail, in this transaction. True only for the one call that opened it."""
    if not key or len(key) > 200:
        raise ValueError("an alert key must be 1 to 200 characters")
    _record(session, key, redact(text), since)
    opened = session.execute(
        update(Alert)
        .where(Alert.key == key, Alert.opened_at.is_(None), Alert.resolved_at.is_(None))
        .where(Alert.since <= now - grace)
        .values(opened_at=now)
        .returning(Alert.since, Alert.detail)
        .execution_options(synchronize_session=False)
    ).first()
    if opened is None:
        return False
    mail = alert_mail(key, opened.detail, opened.since, now)
    _tell(session, config, key, "alert", now, now, mail)
    return True


def _record(session: Session, key: str, text: str, since: datetime) -> None:
    """The row for `key` exists and describes the current episode (a resolved one restarts)."""
    values = {"key": key, "detail": text[:2000], "since": since}
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(insert(Alert).values(**values).on_conflict_do_nothing(index_elements=["key"]))
    session.execute(
        update(Alert)
        .where(Alert.key == key, Alert.resolved_at.is_not(None))
        .values(since=since, opened_at=None, resolved_at=None)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(Alert)
        .where(Alert.key == key, Alert.opened_at.is_(None))
        .values(detail=values["detail"])
        .execution_options(synchronize_session=False)
    )


def resolve_problem(
    session: Session, config: AlertSettings, key: str, now: datetime, how: str = ""
) -> bool:
    """End the episode of `key`; if the admin was alerted, queue the recovery mail (True)."""
    ended = session.execute(
        update(Alert)
        .where(Alert.key == key, Alert.resolved_at.is_(None))
        .values(resolved_at=now)
        .returning(Alert.opened_at, Alert.since)
        .execution_options(synchronize_session=False)
    ).first()
    if ended is None or ended.opened_at is None:
        return False
    mail = recovery_mail(key, ended.since, now, how)
    _tell(session, config, key, "alert_resolved", ended.opened_at, now, mail)
    return True


def _tell(
    session: Session,
    config: AlertSettings,
    key: str,
    kind: str,
    opened_at: datetime,
    now: datetime,
    mail: tuple[str, str],
) -> None:
    """Queue the mail to the admin or, without an admin address, log it (once either way)."""
    subject, body = mail
    admin = config.health.admin_address
    level = logging.ERROR if kind == "alert" else logging.INFO
    log.log(level, "%s%s", subject, "" if admin else " (no [health] admin_address: not mailed)")
    if admin:
        idempotency = f"{kind.replace('_', '-')}:{key}:{opened_at.isoformat()}"
        queue_admin_mail(session, config.smtp, admin, idempotency, kind, subject, body, now)


def queue_admin_mail(
    session: Session,
    smtp: SmtpConfig,
    admin: str,
    key: str,
    kind: str,
    subject: str,
    body: str,
    now: datetime,
) -> int:
    """Store a mail to the admin (a message of no ticket) and its outbox row; returns the id."""
    domain = smtp.from_address.rpartition("@")[2] or "mailtriage.invalid"
    envelope = Envelope(to=(admin,), message_id=make_msgid("alert", domain))
    draft = compose(smtp, envelope, subject, body, now)
    stored = insert_row(session, Message, _message_row(draft, smtp.from_address, now))
    return insert_row(session, OutboxItem, _outbox_row(draft, key, kind, stored, smtp, now))


def _message_row(draft: OutgoingDraft, sender: str, now: datetime) -> dict[str, Any]:
    return {
        "ticket_id": None,
        "direction": "out",
        "message_id": normalize_message_id(draft.message_id),
        "from_address": sender,
        "to_addresses": draft.to,
        "subject": draft.subject,
        "text": draft.text,
        "language": "en",
        "automatic": draft.auto_submitted,
        "role": "system",
        "size": len(draft.raw),
        "raw_sha256": hashlib.sha256(draft.raw).hexdigest(),
        "fingerprint": raw_fingerprint(draft.raw),
        "raw": draft.raw,
        "created_at": now,
    }


def _outbox_row(
    draft: OutgoingDraft, key: str, kind: str, stored: int, smtp: SmtpConfig, now: datetime
) -> dict[str, Any]:
    return {
        "idempotency_key": key[:255],
        "ticket_id": None,
        "message_pk": stored,
        "kind": kind,
        "envelope_from": smtp.from_address,
        "recipients": draft.to,
        "status": "pending",
        "attempts": 0,
        "next_attempt_at": now,
        "created_at": now,
    }


def describe(key: str) -> str:
    """The problem in words, from its key (`mailbox:NAME`, `oauth:NAME`, or the key)."""
    kind, _, name = key.partition(":")
    if kind == "mailbox":
        return f"mailbox {name} cannot fetch mail"
    if kind == "oauth":
        return f"the OAuth token of {name} cannot be refreshed"
    return key


def alert_mail(key: str, detail: str, since: datetime, now: datetime) -> tuple[str, str]:
    """(subject, body) of the one mail that opens an alert."""
    body = (
        f"mailtriage needs an administrator.\n\n"
        f"Problem: {describe(key)}\n"
        f"Since:   {_when(since)} ({_duration(now - since)} ago)\n"
        f"Detail:  {detail}\n\n"
        "You get this mail once, and one more when the problem is resolved.\n"
        "The health endpoint (/healthz) and the log show the current state.\n"
    )
    return f"[mailtriage] ALERT: {describe(key)}", body


def recovery_mail(key: str, since: datetime, now: datetime, how: str = "") -> tuple[str, str]:
    """(subject, body) of the mail that closes an alert."""
    body = (
        f"Resolved: {describe(key)}\n"
        f"At:       {_when(now)}, after {_duration(now - since)}\n"
        + (f"How:      {how}\n" if how else "")
        + "\nNothing more to do.\n"
    )
    return f"[mailtriage] RESOLVED: {describe(key)}", body


def _when(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M UTC")


def _duration(span: timedelta) -> str:
    minutes = max(0, int(span.total_seconds() // 60))
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if hours else f"{minutes} min"
