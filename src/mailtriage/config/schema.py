"""The configuration schema: every key, its type, default and constraints."""

from __future__ import annotations

import ipaddress
import os
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from mailtriage.config.secrets import read_secret
from mailtriage.config.units import parse_duration, parse_size
from mailtriage.redaction import remember

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


from mailtriage.config.oauth import OAuth2Config  # noqa: E402  (needs Frozen, Duration, is_loopback)


class Secret(Frozen):
    """Where a password comes from: an environment variable or a file, never the config."""

    password_env: str | None = None
    password_file: Path | None = None

    def read_password(self) -> str | None:
        """Read the secret at the moment it is needed; it is never stored on the object."""
        return read_secret(self.password_env, self.password_file, "password")


class ServerEndpoint(Secret):
    """Shared keys of an IMAP or SMTP server connection."""

    host: str = "localhost"
    port: int | None = Field(default=None, ge=1, le=65535)
    security: Security = "tls"
    username: str | None = None
    ca_file: Path | None = None
    verify_tls: bool = True
    timeout: Duration = timedelta(seconds=30)
    oauth2: OAuth2Config | None = None

    @model_validator(mode="after")
    def _oauth2_replaces_the_password(self) -> ServerEndpoint:
        if self.oauth2 is None:
            return self
        if self.password_env or self.password_file:
            raise ValueError("oauth2 replaces the password: remove password_env / password_file")
        if not self.username:
            raise ValueError('oauth2 needs username = "the mailbox address the token is for"')
        return self

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

    def read_secrets(self) -> None:
        """Read every secret this endpoint logs in with (SecretMissing if one is missing)."""
        if self.oauth2 is None:
            self.read_password()
            return
        self.oauth2.read_client_secret()
        if self.oauth2.grant == "refresh_token":
            self.oauth2.read_refresh_token()


from mailtriage.config.health import HealthConfig  # noqa: E402  (needs Frozen and Duration above)
from mailtriage.config.sla import (  # noqa: E402  (needs Frozen and Duration above)
    CalendarConfig,
    SlaConfig,
    check_sla_calendars,
)

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
    # Several daemons on one PostgreSQL database: how long this mailbox stays with a daemon
    # that stops renewing (has died); default max(2 minutes, 3 poll intervals).
    lease: Duration | None = Field(default=None, ge=timedelta(seconds=2))
    # A missing password (variable unset or empty) stops the daemon at start, naming it;
    # optional = true lets the daemon start without this mailbox, which then fails (logged,
    # /healthz degraded) until the secret is there and the daemon is reloaded.
    optional: bool = False

    @model_validator(mode="after")
    def _kind_needs(self) -> MailboxConfig:
        if self.kind == "maildir" and self.path is None:
            raise ValueError('a maildir mailbox needs path = "/path/to/Maildir"')
        if self.kind == "maildir" and self.oauth2 is not None:
            raise ValueError("oauth2 is only for imap mailboxes; remove it from this maildir one")
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
    # false: nothing is sent; outgoing mail stays queued in the outbox (the demo, a trial run)
    deliver: bool = True

    @property
    def effective_port(self) -> int:
        """The configured port or the standard one for the security mode."""
        return self.port or {"tls": 465, "starttls": 587, "none": 25}[self.security]


class DatabaseConfig(Frozen):
    """`[database]`: SQLite by default; PostgreSQL through the same URL setting."""

    url: str | None = None
    echo: bool = False

    @model_validator(mode="after")
    def _remember_password(self) -> DatabaseConfig:
        """A password in the URL is a secret like any other (redaction.py)."""
        if self.url:
            remember(urlsplit(self.url).password)
        return self


class IngestConfig(Frozen):
    """`[ingest]`: limits for incoming mail."""

    max_message_size: Size = 25 * 1024 * 1024
    max_attachment_size: Size = 20 * 1024 * 1024
    # "auto": a parse worker when this process may run on two CPUs or more.
    parse_worker: bool | Literal["auto"] = "auto"

    @property
    def uses_parse_worker(self) -> bool:
        """Whether batches are parsed in a second process (see ingest/parallel.py)."""
        if self.parse_worker != "auto":
            return self.parse_worker
        try:
            cpus = len(os.sched_getaffinity(0))  # the CPUs this process may run on
        except (AttributeError, OSError):  # not Linux, or a system call filter
            cpus = os.cpu_count() or 1
        return cpus >= 2


class AcknowledgementConfig(Frozen):
    """`[acknowledgement]`: the reply that tells a customer their ticket number."""

    enabled: bool = True
    default_language: Language = "en"


TeamName = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")]
Address = Annotated[str, Field(pattern=r"^[^@\s<>,;]+@[^@\s<>,;]+$")]


class TeamConfig(Frozen):
    """One `[[team]]`: who handles which levels, where its notifications go, who its agents are."""

    name: TeamName
    levels: tuple[Annotated[int, Field(ge=0, le=4)], ...] = ()
    addresses: tuple[Address, ...] = Field(min_length=1)
    agents: tuple[Address, ...] = ()
    language: Language = "en"
    calendar: str = "always"


class ConversationConfig(Frozen):
    """`[conversation]`: threading, reply tokens, reopening and agents' mail."""

    subject_tag: str = "[#{number}]"
    secret_env: str | None = None
    secret_file: Path | None = None
    plus_address_reply_to: bool = False
    subject_window: Duration = timedelta(days=14)
    reopen_within: Duration | None = None
    internal_marker: str = Field(default="#internal", min_length=1)

    @model_validator(mode="after")
    def _tag_has_number(self) -> ConversationConfig:
        if self.subject_tag.count("{number}") != 1 or len(self.subject_tag) < 9:
            raise ValueError(
                'subject_tag must contain "{number}" exactly once and some fixed text, '
                'e.g. "[#{number}]" or "[Ticket {number}]"'
            )
        if self.secret_env and self.secret_file:
            raise ValueError("set either secret_env or secret_file, not both")
        return self


class LimitsConfig(Frozen):
    """`[limits]`: per-sender limits that stop mail floods and auto-reply storms."""

    acknowledgements_per_hour: int = Field(default=5, ge=0)
    new_tickets_per_hour: int = Field(default=20, ge=1)


class ArticleConfig(Frozen):
    """One `[[article]]`: a knowledge-base link offered in level 0 answers for a category."""

    category: str
    title: str = Field(min_length=1)
    url: str = Field(pattern=r"^https?://\S+$")
    language: Language | None = None


class TemplatesConfig(Frozen):
    """`[templates]`: a folder whose files override the packaged mail templates."""

    dir: Path | None = None


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
    # None: each head's threshold learned in training (the model's), 0.5 for a model without
    confidence_threshold: float | None = Field(default=None, ge=0.0, le=1.0)
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
    team: tuple[TeamConfig, ...] = ()
    conversation: ConversationConfig = ConversationConfig()
    limits: LimitsConfig = LimitsConfig()
    article: tuple[ArticleConfig, ...] = ()
    templates: TemplatesConfig = TemplatesConfig()
    calendar: tuple[CalendarConfig, ...] = ()
    sla: SlaConfig = SlaConfig()
    health: HealthConfig = HealthConfig()

    @model_validator(mode="after")
    def _calendars_exist(self) -> Config:
        check_sla_calendars(self.sla, self.calendar)
        known = {"always", *(c.name for c in self.calendar)}
        for team in self.team:
            if team.calendar not in known:
                raise ValueError(
                    f"team {team.name}: calendar {team.calendar!r} is not defined; add a "
                    f"[[calendar]] with that name or use one of: {', '.join(sorted(known))}"
                )
        return self

    @model_validator(mode="after")
    def _unique_names(self) -> Config:
        for what, names in (
            ("mailbox", [m.name for m in self.mailbox]),
            ("team", [t.name for t in self.team]),
        ):
            dupes = sorted({n for n in names if names.count(n) > 1})
            if dupes:
                raise ValueError(f"{what} names must be unique; repeated: {', '.join(dupes)}")
        return self

    @model_validator(mode="after")
    def _one_team_per_level(self) -> Config:
        for level in range(5):
            owners = [t.name for t in self.team if level in t.levels]
            if len(owners) > 1:
                raise ValueError(
                    f"level {level} is claimed by several teams ({', '.join(owners)}); "
                    "give each level to one team"
                )
        return self

    @property
    def database_url(self) -> str:
        """The configured URL, or SQLite in the data directory."""
        return self.database.url or f"sqlite:///{self.data_dir / 'mailtriage.db'}"
