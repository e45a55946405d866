"""Detect the language of a mail (German, French, Italian or English) with Lingua.

Lingua's low-accuracy mode restricted to our four languages needs about 14 MiB and 0.3 ms
per mail, and scores 498/500 on models/corpus/eval.jsonl; py3langid scored 500/500 but keeps
about 120 MiB resident, which would break the daemon's memory budget.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

SUPPORTED = ("de", "fr", "it", "en")
# Characters of the body that are read: the greeting and first sentences are in the
# customer's language, while later log lines and traces are often English (150 characters
# got 99.2% right on models/corpus/train.jsonl, the whole body 98.7%, at half the cost).
LANGUAGE_SAMPLE = 150
_CODES = {
    Language.GERMAN: "de",
    Language.FRENCH: "fr",
    Language.ITALIAN: "it",
    Language.ENGLISH: "en",
}


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_CODES).with_low_accuracy_mode().build()


def detect_mail_language(subject: str, body: str, default: str = "en") -> str:
    """The language of a mail, judged on its subject and the start of its new text."""
    return detect_language(_mail_text(subject, body), default)


def detect_mail_languages(mails: Sequence[tuple[str, str]], default: str = "en") -> list[str]:
    """detect_mail_language() of many (subject, body) pairs at once, on Lingua's threads."""
    samples = [_sample(_mail_text(subject, body)) for subject, body in mails]
    found = iter(_detector().detect_languages_in_parallel_of([s for s in samples if s]))
    return [_code(next(found), default) if sample else default for sample in samples]


def detect_language(text: str, default: str = "en") -> str:
    """The most likely of de/fr/it/en, or `default` for empty or undecidable text."""
    sample = _sample(text)
    return _code(_detector().detect_language_of(sample), default) if sample else default


def _mail_text(subject: str, body: str) -> str:
    return f"{subject}\n{body.strip()[:LANGUAGE_SAMPLE]}"


def _sample(text: str) -> str:
    """What is judged: the first 2,000 characters; "" when fewer than 3 (undecidable)."""
    sample = text.strip()[:2000]
    return sample if len(sample) >= 3 else ""


def _code(language: Language | None, default: str) -> str:
    return _CODES.get(language, default) if language is not None else default
