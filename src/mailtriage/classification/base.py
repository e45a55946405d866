"""The Classifier protocol the ingest pipeline calls, and the value it returns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class MailText:
    """What a classifier sees of a message: subject, body (quotes removed) and sender.

    `language`, when the caller already detected it, is used as it is.
    """

    subject: str
    body: str
    sender: str = ""
    language: str | None = None


@dataclass(frozen=True)
class Classification:
    """A decision on level and category, with the confidence and why it was taken."""

    level: int
    category: str
    confidence: float
    language: str
    needs_review: bool
    model_version: str
    reason: str


class Classifier(Protocol):
    """Anything that turns a mail's text into a Classification."""

    def classify(self, mail: MailText) -> Classification: ...


class BatchClassifier(Classifier, Protocol):
    """A Classifier that also classifies many mails in one vectorised call."""

    def classify_many(self, mails: Sequence[MailText]) -> list[Classification]: ...


class FallbackClassifier:
    """Used only when no trained model is configured: level 1, category "unclassified"."""

    version = "fallback-1"

    def __init__(self, level: int = 1) -> None:
        self.level = level

    def classify(self, mail: MailText) -> Classification:
        from mailtriage.classification.language import detect_mail_language

        return Classification(
            level=self.level,
            category="unclassified",
            confidence=0.0,
            language=mail.language or detect_mail_language(mail.subject, mail.body),
            needs_review=True,
            model_version=self.version,
            reason="no trained model configured: fallback level, needs review",
        )

    def classify_many(self, mails: Sequence[MailText]) -> list[Classification]:
        """classify() for each mail."""
        return [self.classify(mail) for mail in mails]
