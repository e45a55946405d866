"""The configuration schema: every key, its type, default and constraints."""

from __future__ import annotations

import ipaddress
import os
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from mailtriage.config.units import parse_duration, parse_size

Duration = Annotated[timedelta, BeforeValidator(parse_duration)]
Size = Annotated[int, BeforeValidator(parse_size)]
Security = Literal["tls", "starttls", "none"]
Language = Literal["de", "fr", "it", "en"]

DEFAULT_CONFIG_PATH = Path("/etc/mailtriage/mailtriage.toml")


class Frozen(BaseModel):
    """Base: unknown keys are refused and the objects are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (plain text is only allowed there)."""
    if host.lower() in {"localhost", "localhost.localdomain"}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class Secret(Frozen):
    """Where a password comes from: an environment variable or a file, never the config."""

    password_env: str | None = None
    password_file: Path | None = None

    def read_password(self) -> str | None:
        """Read the secret at the moment it is needed; it is never stored on the object."""
        if self.password_env:
            value = os.environ.get(self.password_env)
            if value is None:
                from mailtriage.errors import CredentialsError

                raise CredentialsError(
                    f"environment variable {self.password_env} is not set; "
                    "set it in the service's environment (e.g. an EnvironmentFile)"
                )
            return value
        if self.password_file:
            try:
                return self.password_file.read_text(encoding="utf-8").rstrip("\r\n")
            except OSError as exc:
                from mailtriage.errors import CredentialsError

                raise CredentialsError(
                    f"cannot read password_file {self.password_file}: {exc.strerror}"
                ) from None
        return None


class ServerEndpoint(Secret):
    """Shared keys of an IMAP or SMTP server connection."""

    host: str = "localhost"
    port: int | None = Field(default=None, ge=1, le=65535)
    security: Security = "tls"
    username: str | None = None
    ca_file: Path | None = None
    verify_tls: bool = True
    timeout: Duration = timedelta(seconds=30)

    @model_validator(mode="after")
    def _plain_only_to_loopback(self) -> ServerEndpoint:
        if self.security == "none" and not is_loopback(self.host):
            raise ValueError(
                f'security = "none" sends the password in plain text; it is only allowed to a '
                f'loopback host, not {self.host!r}. Use security = "tls" or "starttls"'
            )
        if self.password_env and self.password_file:
            raise ValueError("set either password_env or password_file, not both")
        return self


AfterImport = Literal["flag", "move", "delete"]


class MailboxConfig(ServerEndpoint):
    """One `[[mailbox]]`: where support mail is fetched from and what happens after import."""

    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
    kind: Literal["imap", "maildir"]
    path: Path | None = None
    folder: str = "INBOX"
    after_import: AfterImport = "flag"
    flag: str = "\\Seen"
    move_to: str | None = None
    import_since: date | Duration | None = None
    idle: bool = True
    poll_interval: Duration = timedelta(seconds=60)
    batch_size: int = Field(default=100, ge=1, le=5000)
    address: str | None = None

    @model_validator(mode="after")
    def _kind_needs(self) -> MailboxConfig:
        if self.kind == "maildir" and self.path is None:
            raise ValueError('a maildir mailbox needs path = "/path/to/Maildir"')
        if self.kind == "imap" and self.username is None:
            raise ValueError('an imap mailbox needs username = "..."')
        if self.after_import == "move" and not self.move_to:
            raise ValueError('after_import = "move" needs move_to = "FolderName"')
        return self

    @property
    def effective_port(self) -> int:
        """The configured port or the standard one for the security mode."""
        return self.port or (993 if self.security == "tls" else 143)


class SmtpConfig(ServerEndpoint):
    """`[smtp]`: how outgoing mail (acknowledgements, notifications) is delivered."""

    security: Security = "starttls"
    from_address: str = "support@localhost"
    from_name: str = "Support"
    max_attempts: int = Field(default=12, ge=1, le=100)
    retry_base: Duration = timedelta(seconds=30)
    retry_max: Duration = timedelta(hours=1)
    send_interval: Duration = timedelta(seconds=10)

    @property
    def effective_port(self) -> int:
        """The configured port or the standard one for the security mode."""
        return self.port or {"tls": 465, "starttls": 587, "none": 25}[self.security]


class DatabaseConfig(Frozen):
    """`[database]`: SQLite by default; PostgreSQL through the same URL setting."""

    url: str | None = None
    echo: bool = False


class IngestConfig(Frozen):
    """`[ingest]`: limits for incoming mail."""

    max_message_size: Size = 25 * 1024 * 1024
    max_attachment_size: Size = 20 * 1024 * 1024


class AcknowledgementConfig(Frozen):
    """`[acknowledgement]`: the reply that tells a customer their ticket number."""

    enabled: bool = True
    default_language: Language = "en"
    subject_tag: str = "[#{number}]"


class ClassifierRule(Frozen):
    """One override rule: a sender domain or a keyword forces a level and/or category."""

    sender_domain: str | None = None
    keyword: str | None = None
    level: int | None = Field(default=None, ge=0, le=4)
    category: str | None = None

    @model_validator(mode="after")
    def _one_match_one_effect(self) -> ClassifierRule:
        if (self.sender_domain is None) == (self.keyword is None):
            raise ValueError("a rule needs exactly one of sender_domain or keyword")
        if self.level is None and self.category is None:
            raise ValueError("a rule needs level and/or category to set")
        return self


class ClassifierConfig(Frozen):
    """`[classifier]`: the model artifact and how much its confidence is trusted."""

    model: Path | None = None
    confidence_threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    fallback_level: int = Field(default=1, ge=0, le=4)
    rules: tuple[ClassifierRule, ...] = ()


class Config(Frozen):
    """The whole configuration file."""

    data_dir: Path = Path("/var/lib/mailtriage")
    database: DatabaseConfig = DatabaseConfig()
    mailbox: tuple[MailboxConfig, ...] = ()
    smtp: SmtpConfig = SmtpConfig()
    ingest: IngestConfig = IngestConfig()
    acknowledgement: AcknowledgementConfig = AcknowledgementConfig()
    classifier: ClassifierConfig = ClassifierConfig()

    @model_validator(mode="after")
    def _unique_mailbox_names(self) -> Config:
        names = [m.name for m in self.mailbox]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"mailbox names must be unique; repeated: {', '.join(dupes)}")
        return self

    @property
    def database_url(self) -> str:
        """The configured URL, or SQLite in the data directory."""
        return self.database.url or f"sqlite:///{self.data_dir / 'mailtriage.db'}"
