"""Installation-wide values in the database: the reply-token secret shared by every daemon,
the fingerprint of the SLA policy the stored due times follow."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from mailtriage.config.schema import ConversationConfig
from mailtriage.config.secrets import read_secret
from mailtriage.conversation.tokens import new_secret
from mailtriage.errors import CredentialsError
from mailtriage.storage.models import Setting

SECRET_KEY = "reply_token_secret"


def read_setting(sessions: sessionmaker[Session], key: str) -> str | None:
    """The value stored under `key`, if any."""
    with sessions() as session:
        return session.scalar(select(Setting.value).where(Setting.key == key))


def write_setting(sessions: sessionmaker[Session], key: str, value: str) -> None:
    """Store `value` under `key`, replacing what was there."""
    query = select(Setting).where(Setting.key == key).with_for_update()
    try:
        with sessions.begin() as session:
            setting = session.scalar(query)
            if setting is None:
                session.add(Setting(key=key, value=value))
            else:
                setting.value = value
    except IntegrityError:  # another daemon added it at the same moment: ours is as new
        with sessions.begin() as session:
            session.scalars(query).one().value = value


def reply_secret(sessions: sessionmaker[Session], config: ConversationConfig) -> bytes:
    """The configured secret, else the one stored in the database (made once, on first use)."""
    configured = _configured(config)
    if configured is not None:
        return configured.encode()
    query = select(Setting.value).where(Setting.key == SECRET_KEY)
    try:
        with sessions.begin() as session:
            value = session.scalar(query)
            if value is None:
                value = new_secret()
                session.add(Setting(key=SECRET_KEY, value=value))
        return value.encode()
    except IntegrityError:  # another daemon made it at the same moment: use theirs
        with sessions() as session:
            return session.scalars(query).one().encode()


def _configured(config: ConversationConfig) -> str | None:
    value = _read_configured(config)
    if value is not None and len(value) < 16:
        raise CredentialsError(
            "[conversation] the reply-token secret must be at least 16 characters; "
            "generate one with `openssl rand -hex 32`"
        )
    return value


def _read_configured(config: ConversationConfig) -> str | None:
    return read_secret(config.secret_env, config.secret_file, "[conversation] reply-token secret")
