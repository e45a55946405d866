"""Detect the language of a mail (German, French, Italian or English) with Lingua.

Lingua's low-accuracy mode restricted to our four languages needs about 14 MiB and 0.3 ms
per mail, and scores 498/500 on models/corpus/eval.jsonl; py3langid scored 500/500 but keeps
about 120 MiB resident, which would break the daemon's memory budget.
"""

from __future__ import annotations

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
    return detect_language(f"{subject}\n{body.strip()[:LANGUAGE_SAMPLE]}", default)


def detect_language(text: str, default: str = "en") -> str:
    """The most likely of de/fr/it/en, or `default` for empty or undecidable text."""
    sample = text.strip()[:2000]
    if len(sample) < 3:
        return default
    language = _detector().detect_language_of(sample)
    return _CODES.get(language, default) if language is not None else default
