"""Error kinds that say who must act, each with its exit code and retry policy."""

from __future__ import annotations


class MailtriageError(Exception):
    """Base class: every error the daemon reports on purpose."""

    exit_code = 1
    who = "the admin"


class ConfigError(MailtriageError):
    """The configuration file is wrong: the admin fixes the file."""

    exit_code = 2
    who = "the admin (configuration)"


class CredentialsError(MailtriageError):
    """A server refused our login: the admin fixes the password or token."""

    exit_code = 3
    who = "the admin (credentials)"


class SecretMissing(ConfigError, CredentialsError):
    """A secret the config names is not there (variable unset or empty, file unreadable or
    empty): a configuration error, never retried as if a server had failed."""

    def __init__(self, problem: str, fix: str = "") -> None:
        super().__init__(f"{problem}; {fix}" if fix else problem)
        self.problem = problem
        self.fix = fix


class TransientError(MailtriageError):
    """A server or the network failed for now: retried with back-off."""

    exit_code = 75  # EX_TEMPFAIL
    who = "nobody yet (retried automatically)"


class PoisonMessage(MailtriageError):
    """One message cannot be processed: it is quarantined and the next one goes on."""

    exit_code = 65  # EX_DATAERR
    who = "an admin reviewing the quarantine"

    def __init__(self, stage: str, reason: str) -> None:
        super().__init__(f"{stage}: {reason}")
        self.stage = stage
        self.reason = reason


class ModelError(MailtriageError):
    """The classifier artifact is missing or does not match: redeploy the model."""

    exit_code = 4
    who = "the admin (model deployment)"
