"""Configuration: one TOML file, validated once into frozen objects."""

from mailtriage.config.load import load_config, load_config_text
from mailtriage.config.schema import (
    AcknowledgementConfig,
    ClassifierConfig,
    Config,
    IngestConfig,
    MailboxConfig,
    SmtpConfig,
)

__all__ = [
    "AcknowledgementConfig",
    "ClassifierConfig",
    "Config",
    "IngestConfig",
    "MailboxConfig",
    "SmtpConfig",
    "load_config",
    "load_config_text",
]
