"""Probe what the daemon connects to (database, model, mailboxes, SMTP) for `mailtriage check`."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import aiosmtplib
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from mailtriage.config import Config, MailboxConfig, SmtpConfig
from mailtriage.config.schema import ServerEndpoint
from mailtriage.daemon.diagnose import (
    SECURITY_WORDS,
    Diagnosis,
    Finding,
    FolderMissing,
    Problem,
    Target,
    diagnose,
)
from mailtriage.errors import ConfigError, MailtriageError, SecretMissing
from mailtriage.outbox.sender import SmtpSender
from mailtriage.sources.imap import NETWORK_ERRORS, ImapSource
from mailtriage.sources.maildir import MaildirSource
from mailtriage.storage.db import make_engine, ping
from mailtriage.storage.migrate import current_revision


def probe_imap(config: MailboxConfig) -> str:
    """Connect, log in and select the folder exactly as the daemon does."""
    require_password(config)
    source = ImapSource(config)
    try:
        try:
            source.open()
        except ConfigError as exc:  # raised by open() only when the folder does not exist
            raise FolderMissing(config.folder, folder_names(source)) from exc
    finally:
        source.close()
    security = SECURITY_WORDS[config.security]
    return f"{security}, logged in as {config.username!r}, folder {config.folder!r} selected"


def folder_names(source: ImapSource) -> tuple[str, ...]:
    """The folders the logged-in account has (RFC 3501 LIST)."""
    if source.client is None:
        return ()
    try:
        listed = source.client.list_folders()
    except NETWORK_ERRORS:
        return ()
    return tuple(sorted(str(name) for _flags, _sep, name in listed))


def probe_smtp(config: SmtpConfig) -> str:
    """Connect (TLS or STARTTLS as configured) and log in exactly as the sender does."""
    require_password(config)
    asyncio.run(_smtp_session(config))
    login = f"logged in as {config.username!r}" if config.username else "no login configured"
    return f"{SECURITY_WORDS[config.security]}, {login}"


async def _smtp_session(config: SmtpConfig) -> None:
    client = await SmtpSender(config).connect()  # the sender's own connection code
    try:
        await client.noop()
    finally:
        with contextlib.suppress(aiosmtplib.SMTPException, OSError):
            await client.quit()
        client.close()


def probe_maildir(config: MailboxConfig) -> str:
    """The path exists, is a Maildir and mailtriage may write to it (flags move files)."""
    source = MaildirSource(config)
    if not source.root.is_dir():
        raise Problem(f"{source.root} does not exist", "fix `path` or create the Maildir")
    try:
        source.open()
    except ConfigError:
        raise Problem(
            f"{source.root} is not a Maildir (it needs new/, cur/ and tmp/ folders)",
            "fix `path` to point at the Maildir itself, or create it (maildirmake)",
        ) from None
    unwritable = [d for d in ("new", "cur", "tmp") if not os.access(source.root / d, os.W_OK)]
    if unwritable:
        raise Problem(
            f"mailtriage may not write to {', '.join(unwritable)} in {source.root}",
            "give the mailtriage user write access (e.g. group ownership, or ReadWritePaths=)",
        )
    return f"{source.root} is a writable Maildir"


def require_password(endpoint: ServerEndpoint) -> None:
    """Read the password now, so a missing one is reported as such (it is not kept)."""
    try:
        endpoint.read_password()
    except SecretMissing as exc:
        raise Problem(exc.problem, exc.fix) from None


# -- everything, one finding each -----------------------------------------------------------


def check_mailbox(config: MailboxConfig) -> Finding:
    """Probe one mailbox: an IMAP server or a Maildir."""
    subject = f"mailbox {config.name}"
    if config.kind == "maildir":
        return _finding(subject, lambda: probe_maildir(config), maildir_diagnosis)
    target = Target.of(config, "IMAP", config.effective_port)
    return _finding(subject, lambda: probe_imap(config), lambda exc: diagnose(exc, target))


def check_smtp(config: SmtpConfig) -> Finding:
    """Probe the SMTP server the outbox delivers through (none with `deliver = false`)."""
    subject = f"smtp {config.host}:{config.effective_port}"
    if not config.deliver:
        return Finding("smtp", True, "deliver = false: outgoing mail stays in the outbox")
    target = Target.of(config, "SMTP", config.effective_port)
    return _finding(subject, lambda: probe_smtp(config), lambda exc: diagnose(exc, target))


def maildir_diagnosis(exc: BaseException) -> Diagnosis:
    """A Maildir probe's own wording, else the error as it came."""
    if isinstance(exc, Problem):
        return exc.diagnosis
    return Diagnosis(f"cannot read the Maildir: {exc}", "check `path` and its permissions")


def check_database(config: Config) -> Finding:
    """Reach the database and say whether its schema is current. Nothing is created or
    changed: a SQLite file is read read-only, a missing one is only reported."""
    path = sqlite_file(config.database_url)
    if path is not None:
        return _check_sqlite_file(path)
    engine = make_engine(config.database_url)
    url = engine.url.render_as_string(hide_password=True)
    try:
        ping(engine)
        revision = current_revision(engine)
    except Exception as exc:
        return Finding(
            "database", False, f"cannot open {url}: {exc}", "check [database] url and access"
        )
    finally:
        engine.dispose()
    return Finding("database", True, f"{url}, {_schema(revision)}")


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (None for other databases and in-memory SQLite)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _check_sqlite_file(path: Path) -> Finding:
    if not path.exists():
        existing = next(p for p in (path.parent, *path.parent.parents) if p.exists())
        if not existing.is_dir():
            return Finding(
                "database",
                False,
                f"{path} cannot be created: {existing} is not a folder",
                "change data_dir (or [database] url) to a folder path",
            )
        if not os.access(existing, os.W_OK | os.X_OK):
            return Finding(
                "database",
                False,
                f"{path} does not exist and {existing} is not writable",
                f"create {path.parent} for the user mailtriage runs as, or change data_dir",
            )
        return Finding("database", True, f"{path} does not exist yet: created at the first start")
    # Without a write-ahead log beside it the file is all there is: read it as immutable, so
    # SQLite creates no -wal/-shm files either. With one (a daemon runs), read through it.
    immutable = "" if Path(f"{path}-wal").exists() else "&immutable=1"
    uri = f"{path.resolve().as_uri()}?mode=ro{immutable}"
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    try:
        revision = current_revision(engine)
    except SQLAlchemyError as exc:
        return Finding(
            "database",
            False,
            f"cannot read {path}: {getattr(exc, 'orig', None) or exc}",
            "check that it is a mailtriage database and readable by this user",
        )
    finally:
        engine.dispose()
    return Finding("database", True, f"sqlite:///{path}, {_schema(revision)}")


def _schema(revision: str | None) -> str:
    return f"schema {revision}" if revision else "empty, created at the first start"


def check_classifier(config: Config) -> Finding:
    """Load the configured model (or the shipped default); the categories the config names
    must be ones it (or a classifier rule) gives."""
    from mailtriage.daemon.app import CATEGORY_FIX, category_problems, load_configured_classifier

    try:
        classifier = load_configured_classifier(config)
    except MailtriageError as exc:
        return Finding("classifier", False, str(exc), "deploy a matching model (see [classifier])")
    problems = category_problems(config, classifier)
    if problems:
        return Finding("classifier", False, "; ".join(problems), CATEGORY_FIX)
    return Finding("classifier", True, str(getattr(classifier, "version", "loaded")))


def check_all(config: Config) -> Iterator[Finding]:
    """Every check, in the order an admin would fix things."""
    yield check_database(config)
    yield check_classifier(config)
    for mailbox in config.mailbox:
        yield check_mailbox(mailbox)
    yield check_smtp(config.smtp)


def _finding(
    subject: str, probe: Callable[[], str], explain: Callable[[BaseException], Diagnosis]
) -> Finding:
    try:
        detail = probe()
    except Exception as exc:
        found = explain(exc)
        return Finding(subject, False, found.problem, found.fix)
    return Finding(subject, True, detail)
