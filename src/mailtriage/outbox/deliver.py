"""The outbox job: claim due rows, send them, record each result at once (retries, back-off)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from mailtriage.clock import Clock
from mailtriage.config.schema import SmtpConfig
from mailtriage.outbox.sender import MailSender, OutgoingMail, SendResult
from mailtriage.redaction import redact
from mailtriage.storage.models import Message, OutboxItem

log = logging.getLogger(__name__)


@dataclass
class DeliveryReport:
    """Counts of one delivery pass."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    in_doubt: int = 0

    def add(self, other: DeliveryReport) -> None:
        """Add another pass's counts to these."""
        self.sent += other.sent
        self.retried += other.retried
        self.failed += other.failed
        self.in_doubt += other.in_doubt


def backoff(attempts: int, config: SmtpConfig) -> timedelta:
    """Exponential back-off: retry_base * 2^(attempts-1), capped at retry_max."""
    delay = config.retry_base * (2 ** max(0, attempts - 1))
    return min(delay, config.retry_max)


def claim_lease(config: SmtpConfig) -> timedelta:
    """How long a claimed row is left alone before another pass may resend it."""
    return config.timeout * 2


def deliver_due(
    sessions: sessionmaker[Session],
    sender: MailSender,
    clock: Clock,
    config: SmtpConfig,
    limit: int = 200,
) -> DeliveryReport:
    """Send what is due now. A row claimed by a pass that died is sent again (in doubt)."""
    report = DeliveryReport()
    mails = _claim(sessions, clock, config, limit, report)
    if not mails:
        return report

    def record(mail: OutgoingMail, result: SendResult) -> None:
        _record(sessions, clock, config, mail, result, report)

    sender.send(mails, record)
    return report


def _claim(
    sessions: sessionmaker[Session],
    clock: Clock,
    config: SmtpConfig,
    limit: int,
    report: DeliveryReport,
) -> list[OutgoingMail]:
    now = clock.now()
    with sessions.begin() as session:
        query = (
            select(OutboxItem, Message.raw)
            .join(Message, Message.id == OutboxItem.message_pk)
            .where(
                or_(OutboxItem.status == "pending", OutboxItem.status == "sending"),
                OutboxItem.next_attempt_at <= now,
            )
            .order_by(OutboxItem.next_attempt_at, OutboxItem.id)
            .limit(limit)
            .with_for_update(skip_locked=True, of=OutboxItem)
        )
        mails = []
        for row, raw in session.execute(query).all():
            if row.status == "sending":
                report.in_doubt += 1
                log.warning(
                    "outbox %s: an earlier attempt was interrupted after claiming it; "
                    "sending again with the same Message-ID",
                    row.id,
                )
            row.status, row.attempts = "sending", row.attempts + 1
            row.next_attempt_at = now + claim_lease(config)
            recipients = tuple(r.strip() for r in row.recipients.split(",") if r.strip())
            mails.append(OutgoingMail(row.id, row.envelope_from, recipients, raw))
        return mails


def _record(
    sessions: sessionmaker[Session],
    clock: Clock,
    config: SmtpConfig,
    mail: OutgoingMail,
    result: SendResult,
    report: DeliveryReport,
) -> None:
    now = clock.now()
    with sessions.begin() as session:
        row = session.get_one(OutboxItem, mail.id)
        if result.ok:
            row.status, row.sent_at, row.last_error = "sent", now, None
            _mark_message_sent(session, row, now)
            report.sent += 1
        elif result.permanent or row.attempts >= config.max_attempts:
            row.status, row.last_error = "failed", redact(result.detail)[:2000]
            report.failed += 1
            log.error(
                "outbox %s to %s failed for good after %d attempt(s): %s",
                row.id,
                row.recipients,
                row.attempts,
                result.detail,
            )
        else:
            row.status, row.last_error = "pending", redact(result.detail)[:2000]
            row.next_attempt_at = now + backoff(row.attempts, config)
            report.retried += 1
            log.warning(
                "outbox %s: attempt %d failed (%s); next attempt at %s",
                row.id,
                row.attempts,
                result.detail,
                _iso(row.next_attempt_at),
            )


def _mark_message_sent(session: Session, row: OutboxItem, now: datetime) -> None:
    message = session.get(Message, row.message_pk)
    if message is not None:
        message.sent_at = now


def _iso(value: datetime) -> str:
    return value.isoformat(timespec="seconds")
