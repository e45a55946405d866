"""Turn a model's per-head predictions into Classifications: cleaning, language, then policy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from mailtriage.classification.base import Classification, MailText
from mailtriage.classification.features import clean_body, clean_subject, format_text
from mailtriage.classification.language import detect_mail_languages
from mailtriage.classification.policy import ModelOutput, decide, review_thresholds
from mailtriage.config.schema import ClassifierConfig


@dataclass(frozen=True)
class HeadPrediction:
    """One head's answer for one mail: the label and its calibrated probability."""

    label: str
    probability: float


def head_predictions(
    scores: np.ndarray, proba: np.ndarray, classes: Sequence[str]
) -> list[HeadPrediction]:
    """Per mail: the label of the highest decision score and the calibrated probability of it.

    The decision is the estimator's (trained with balanced class weights, so rare labels are
    not drowned by frequent ones); the calibrated probabilities, which follow the training
    label frequencies, only say how sure that decision is.
    """
    decided = scores.argmax(axis=1)
    chosen = proba[np.arange(len(decided)), decided]
    return [HeadPrediction(classes[i], float(p)) for i, p in zip(decided, chosen, strict=True)]


class Predictor(Protocol):
    """A model that gives each head's label and probability for prepared texts."""

    def predict(self, texts: Sequence[str]) -> dict[str, list[HeadPrediction]]: ...

    def review_thresholds(self) -> dict[str, float]: ...


def prepare(mails: Sequence[MailText]) -> tuple[list[str], list[str]]:
    """The model's input texts (cleaned, language-marked) and each mail's language (the given
    one, else detected)."""
    cleaned = [(clean_subject(m.subject), clean_body(m.body)) for m in mails]
    unknown = [i for i, mail in enumerate(mails) if not mail.language]
    detected = dict(zip(unknown, detect_mail_languages([cleaned[i] for i in unknown]), strict=True))
    languages = [mail.language or detected[i] for i, mail in enumerate(mails)]
    texts = [format_text(s, b, lang) for (s, b), lang in zip(cleaned, languages, strict=True)]
    return texts, languages


class HeadsClassifier:
    """A Classifier over a Predictor with `level` and `category` heads and the configured policy."""

    def __init__(
        self, model: Predictor, version: str, config: ClassifierConfig | None = None
    ) -> None:
        self.model = model
        self.version = version
        self.config = config or ClassifierConfig()
        self.thresholds = review_thresholds(self.config, model.review_thresholds())

    def classify(self, mail: MailText) -> Classification:
        """Classify one mail."""
        return self.classify_many([mail])[0]

    def classify_many(self, mails: Sequence[MailText]) -> list[Classification]:
        """Classify a batch in one vectorised pass (much faster per mail than classify())."""
        if not mails:
            return []
        texts, languages = prepare(mails)
        predictions = self.model.predict(texts)
        return [
            decide(self._output(predictions, i, languages[i]), mail, self.config, self.thresholds)
            for i, mail in enumerate(mails)
        ]

    def _output(
        self, predictions: dict[str, list[HeadPrediction]], i: int, language: str
    ) -> ModelOutput:
        level, category = predictions["level"][i], predictions["category"][i]
        return ModelOutput(
            level=int(level.label),
            level_probability=level.probability,
            category=category.label,
            category_probability=category.probability,
            language=language,
            model_version=self.version,
        )


class HeadsReport:
    """Every head's label and probability, for a model trained on other labels than the
    routing heads (`mailtriage classify --model` of a queue or priority model)."""

    def __init__(self, model: Predictor, version: str) -> None:
        self.model, self.version = model, version

    def classify_many(self, mails: Sequence[MailText]) -> list[dict[str, Any]]:
        """One dict per mail: {head: {"label", "probability"}, "language", "model_version"}."""
        texts, languages = prepare(mails)
        predicted = self.model.predict(texts)
        return [
            {
                **{
                    head: {"label": p[i].label, "probability": round(p[i].probability, 4)}
                    for head, p in predicted.items()
                },
                "language": languages[i],
                "model_version": self.version,
            }
            for i in range(len(mails))
        ]
