"""The secrets the daemon logs in with, read once at start: a missing one is a config error."""

from __future__ import annotations

import logging

from mailtriage.config import Config
from mailtriage.errors import SecretMissing

log = logging.getLogger(__name__)


def require_secrets(config: Config) -> None:
    """Read every mailbox's and the SMTP server's secrets now. A missing one stops the start
    (SecretMissing, the configuration exit code, naming the variable or file), except for a
    mailbox marked `optional = true`, which is only logged and then fails on its own."""
    problems = []
    for mailbox in config.mailbox:
        if mailbox.kind != "imap":
            continue
        try:
            mailbox.read_secrets()
        except SecretMissing as exc:
            if not mailbox.optional:
                problems.append(f"mailbox {mailbox.name}: {exc}")
                continue
            log.error("mailbox %s: %s; starting without it (optional = true)", mailbox.name, exc)
    if config.smtp.deliver and (config.smtp.username or config.smtp.oauth2):
        try:
            config.smtp.read_secrets()
        except SecretMissing as exc:
            problems.append(f"smtp: {exc}")
    if problems:
        raise SecretMissing("\n".join(problems))
