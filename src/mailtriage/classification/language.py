"""Detect the language of a mail (German, French, Italian or English)."""

from __future__ import annotations

from functools import lru_cache

SUPPORTED = ("de", "fr", "it", "en")


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(SUPPORTED))
    return identifier


def detect_language(text: str, default: str = "en") -> str:
    """The most likely of de/fr/it/en, or `default` for empty or unreadable text."""
    sample = text.strip()[:2000]
    if len(sample) < 3:
        return default
    language, _ = _identifier().classify(sample)
    return str(language) if language in SUPPORTED else default
