"""One mailbox's loop: hold its lease, sync, then wait (IDLE or poll); failures back off alone."""

from __future__ import annotations

import logging
import threading
from datetime import timedelta

from sqlalchemy import update

from mailtriage.config import MailboxConfig
from mailtriage.daemon.app import App, build_source
from mailtriage.daemon.lease import LeasedSource, LeaseKeeper, LeaseLost
from mailtriage.daemon.sync import FolderSync, SyncReport, mailbox_id
from mailtriage.errors import ConfigError, CredentialsError, MailtriageError, TransientError
from mailtriage.redaction import redact
from mailtriage.sources.base import MailSource
from mailtriage.storage.models import FolderState
from mailtriage.storage.rows import insert_row

log = logging.getLogger(__name__)
MAX_BACKOFF = timedelta(minutes=5)


class MailboxWorker:
    """Keeps one mailbox in sync; reports its failures clearly and retries with back-off."""

    def __init__(self, app: App, config: MailboxConfig) -> None:
        self.app, self.config = app, config
        self.box_id = mailbox_id(app.sessions, config.name, config.kind)
        sqlite = app.engine.dialect.name == "sqlite"  # one daemon: the lease is always its own
        self.lease = LeaseKeeper(
            app.sessions, app.services.clock, self.box_id, config, trivial=sqlite
        )
        self.source: MailSource = build_source(config, app.services.clock)
        self.failures = 0
        self.last_report = SyncReport()

    def sync_once(self, stop: threading.Event) -> bool:
        """One synchronisation pass; False (after logging why) when the mailbox failed."""
        sync = FolderSync(
            LeasedSource(self.source, self.lease),  # renews the lease between server steps
            self.app.sessions,
            self.app.engine,
            self.app.services,
            self.box_id,
            self.config,
            self.app.parser,
        )
        try:
            self.last_report = sync.run(stop)
        except LeaseLost as exc:
            log.warning("mailbox %s: %s; stopping this pass", self.config.name, exc)
            self.source.close()
            return False
        except MailtriageError as exc:
            self._failed(exc)
            return False
        except Exception as exc:  # an unexpected server reply: report it, never kill the daemon
            log.exception("mailbox %s: unexpected error", self.config.name)
            self._failed(TransientError(f"{type(exc).__name__}: {exc}"))
            return False
        self._succeeded()
        return True

    def cycle(self, stop: threading.Event) -> float:
        """Hold the lease, sync, then wait for new mail; return the seconds until the next cycle."""
        delay = self._unheld_delay()
        if delay is not None:
            return delay
        if not self.sync_once(stop):
            return self.backoff().total_seconds() if self.lease.held else self.lease.retry_delay
        # The wait never outlasts the lease: the next cycle renews it in time.
        interval = min(self.config.poll_interval.total_seconds(), self.lease.wait_limit)
        if self.source.supports_idle:
            try:
                self.source.wait_for_mail(interval, stop)
            except Exception as exc:
                self._failed(TransientError(f"IDLE interrupted: {exc}"))
                return self.backoff().total_seconds()
            return 0.0
        return interval

    def backoff(self) -> timedelta:
        """1 s, 2 s, 4 s ... capped at five minutes (and at the poll interval for polling)."""
        delay = timedelta(seconds=2 ** min(self.failures - 1, 12))
        return min(delay, MAX_BACKOFF)

    def _unheld_delay(self) -> float | None:
        """None when this daemon holds the mailbox, else the seconds until it tries again."""
        try:
            if self.lease.hold():
                return None
        except Exception as exc:  # the database failed: retried with back-off like the server
            self._failed(TransientError(f"cannot take the mailbox lease: {exc}"))
            return self.backoff().total_seconds()
        self.source.close()  # leave the server to the holder
        return self.lease.retry_delay

    def close(self) -> None:
        """Disconnect the source and give the mailbox up to the other daemons."""
        self.source.close()
        self.lease.release()

    def _failed(self, exc: MailtriageError) -> None:
        self.failures += 1
        self.source.close()
        level = (
            logging.ERROR
            if isinstance(exc, ConfigError | CredentialsError) or self.failures > 3
            else logging.WARNING
        )
        log.log(
            level,
            "mailbox %s: %s [who must act: %s; failure %d, retrying in %ds]",
            self.config.name,
            exc,
            exc.who,
            self.failures,
            self.backoff().total_seconds(),
        )
        self._health(error=str(exc))

    def _succeeded(self) -> None:
        if self.failures:
            log.info(
                "mailbox %s: working again after %d failure(s)", self.config.name, self.failures
            )
        self.failures = 0
        self._health(error=None)

    def _health(self, error: str | None) -> None:
        values: dict[str, object] = {
            "last_error": redact(error) if error else None,
            "consecutive_failures": self.failures,
        }
        if error is None:
            values["last_success_at"] = self.app.services.clock.now()
        try:
            with self.app.sessions.begin() as session:
                updated = session.connection().execute(
                    update(FolderState)
                    .where(
                        FolderState.mailbox_id == self.box_id,
                        FolderState.folder == self.config.folder,
                    )
                    .values(**values)
                )
                if updated.rowcount == 0:  # failing since its very first attempt: no row yet
                    insert_row(
                        session,
                        FolderState,
                        {
                            "mailbox_id": self.box_id,
                            "folder": self.config.folder,
                            "last_uid": 0,
                            **values,
                        },
                    )
        except Exception:  # the database itself may be the thing that failed
            log.debug("could not record mailbox health", exc_info=True)
