"""Wire the configured pieces together: database, classifier, sources, sender."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from mailtriage.classification.base import Classifier
from mailtriage.clock import Clock, SystemClock
from mailtriage.config import Config, MailboxConfig
from mailtriage.conversation.directory import Directory
from mailtriage.conversation.tokens import ReplyTokens
from mailtriage.errors import ConfigError
from mailtriage.ingest.context import Services
from mailtriage.ingest.parallel import ParseWorker
from mailtriage.outbox.sender import MailSender, SmtpSender
from mailtriage.outbox.templates import check_templates
from mailtriage.sla import SlaPolicy
from mailtriage.sources.base import MailSource
from mailtriage.storage.db import make_engine, make_sessionmaker
from mailtriage.storage.migrate import upgrade
from mailtriage.storage.settings import reply_secret


@dataclass
class App:
    """Everything a running mailtriage needs, built once from the config."""

    config: Config
    engine: Engine
    sessions: sessionmaker[Session]
    services: Services
    sender: MailSender
    parser: ParseWorker | None = field(default=None)  # see [ingest] parse_worker
    # The stored due times follow this config's SLA policy (sla/follow.py): checked once.
    follows_sla_policy: bool = False

    def close(self) -> None:
        """Stop the parse worker, release the database connections."""
        if self.parser is not None:
            self.parser.close()
        self.engine.dispose()


def build_app(
    config: Config,
    clock: Clock | None = None,
    classifier: Classifier | None = None,
    sender: MailSender | None = None,
    migrate: bool = True,
) -> App:
    """Open the database (migrating it), load the classifier, prepare the sender."""
    check_template_overrides(config)
    config.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(config.database_url, config.database.echo)
    if migrate:
        upgrade(engine)
    sessions = make_sessionmaker(engine)
    classifier = classifier or load_configured_classifier(config)
    check_categories(config, classifier)
    services = Services(
        config=config,
        clock=clock or SystemClock(),
        classifier=classifier,
        tokens=ReplyTokens(reply_secret(sessions, config.conversation)),
        directory=Directory.from_config(config),
        sla=SlaPolicy.from_config(config.sla, config.calendar, config.team),
        categories=known_categories(classifier, config),
    )
    parser = None
    if config.ingest.uses_parse_worker:
        language = config.acknowledgement.default_language
        loops = services.directory.loop_addresses
        parser = ParseWorker(config.ingest.max_message_size, language, loops)
    return App(config, engine, sessions, services, sender or SmtpSender(config.smtp), parser)


def check_template_overrides(config: Config) -> None:
    """Refuse to start with an admin's template that does not render (ConfigError)."""
    if config.templates.dir is None:
        return
    problems = check_templates(config.templates.dir)
    if problems:
        listed = "\n  ".join(problems)
        raise ConfigError(
            f"[templates] dir = {str(config.templates.dir)!r}: {len(problems)} problem(s):\n"
            f"  {listed}\nfix these files or remove them to use the packaged templates"
        )


def model_categories(classifier: Classifier) -> frozenset[str]:
    """The categories the loaded model decides (none for the fallback classifier)."""
    labels_of = getattr(getattr(classifier, "model", None), "labels", None)
    return frozenset(labels_of("category")) if callable(labels_of) else frozenset()


def known_categories(classifier: Classifier, config: Config) -> frozenset[str]:
    """Categories a ticket can have: the model's and those the classifier rules set."""
    return model_categories(classifier) | {
        r.category for r in config.classifier.rules if r.category
    }


CATEGORY_FIX = "use the categories of the model's card (or one a [[classifier.rules]] sets)"


def category_problems(config: Config, classifier: Classifier) -> list[str]:
    """Articles and SLA overrides whose category no ticket can have (not the model's and not
    set by a classifier rule); none without a model."""
    known = known_categories(classifier, config)
    if not model_categories(classifier):
        return []
    named = [
        (f"article[{i}].category ({a.title!r})", a.category) for i, a in enumerate(config.article)
    ]
    named += [
        (f"sla.override[{i}].category", o.category)
        for i, o in enumerate(config.sla.override)
        if o.category
    ]
    return [
        f"{key} = {value!r} is no category a ticket can have{_closest(value, known)}"
        for key, value in named
        if value not in known
    ]


def check_categories(config: Config, classifier: Classifier) -> None:
    """Refuse to start with a category name that never matches (ConfigError)."""
    problems = category_problems(config, classifier)
    if problems:
        raise ConfigError("; ".join(problems) + f": {CATEGORY_FIX}")


def _closest(name: str, known: frozenset[str]) -> str:
    match = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.4)
    return f"; did you mean {match[0]!r}?" if match else ""


def load_configured_classifier(config: Config) -> Classifier:
    """The trained model from the config (or the shipped default); refuses a mismatching one."""
    from mailtriage.classification.loader import load_classifier

    return load_classifier(config.classifier)


def build_source(mailbox: MailboxConfig, clock: Clock) -> MailSource:
    """The source for one configured mailbox."""
    if mailbox.kind == "maildir":
        from mailtriage.sources.maildir import MaildirSource

        return MaildirSource(mailbox)
    from mailtriage.sources.imap import ImapSource

    return ImapSource(mailbox, since=import_since_date(mailbox, clock.now()))


def import_since_date(mailbox: MailboxConfig, now: datetime) -> date | None:
    """`import_since` as a date: a date as written, a duration counted back from now."""
    since = mailbox.import_since
    if since is None or isinstance(since, date):
        return since
    return (now.astimezone(UTC) - since).date()
