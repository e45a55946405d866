"""The trained model: shared features, one calibrated linear head per label, chosen by CV."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sklearn.base import clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC

from mailtriage.classification.base import Classification, MailText
from mailtriage.classification.features import (
    build_vectorizer,
    clean_body,
    clean_subject,
    format_text,
)
from mailtriage.classification.language import detect_language
from mailtriage.classification.policy import ModelOutput, decide
from mailtriage.config.schema import ClassifierConfig

Progress = Callable[[str], None]

# The candidates compared by cross-validated macro-F1 for every head.
CANDIDATES: dict[str, Any] = {
    "linear_svc_C0.1": LinearSVC(C=0.1, class_weight="balanced"),
    "linear_svc_C0.3": LinearSVC(C=0.3, class_weight="balanced"),
    "linear_svc_C1": LinearSVC(C=1.0, class_weight="balanced"),
    "linear_svc_C3": LinearSVC(C=3.0, class_weight="balanced"),
    "complement_nb": ComplementNB(alpha=0.3),
}
MAX_FOLDS = 5
RANDOM_STATE = 0


class TooFewExamples(ValueError):
    """A label value has too few examples to cross-validate and calibrate."""


@dataclass(frozen=True)
class HeadPrediction:
    """One head's answer for one mail: the label and its calibrated probability."""

    label: str
    probability: float


@dataclass(frozen=True)
class Selection:
    """How one head's estimator was chosen: CV macro-F1 and accuracy of every candidate."""

    head: str
    chosen: str
    folds: int
    macro_f1: dict[str, float] = field(default_factory=dict)
    accuracy: dict[str, float] = field(default_factory=dict)


@dataclass
class TrainedModel:
    """A fitted vectorizer shared by every head, and one calibrated classifier per label."""

    vectorizer: FeatureUnion
    heads: dict[str, CalibratedClassifierCV]

    def labels(self, head: str) -> list[str]:
        """The label values one head can predict, in the order of its probabilities."""
        return [str(c) for c in self.heads[head].classes_]

    def probabilities(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """Each head's (len(texts), n_labels) probabilities for prepared texts."""
        features = self.vectorizer.transform(texts)
        return {name: head.predict_proba(features) for name, head in self.heads.items()}

    def predict(self, texts: Sequence[str]) -> dict[str, list[HeadPrediction]]:
        """Each head's most probable label and its probability, for prepared texts."""
        result = {}
        for name, proba in self.probabilities(texts).items():
            classes = self.labels(name)
            best = proba.argmax(axis=1)
            result[name] = [
                HeadPrediction(classes[i], float(p)) for i, p in zip(best, proba.max(axis=1), strict=True)
            ]
        return result

    def to_state(self) -> dict[str, Any]:
        """The plain structure stored by skops."""
        return {"vectorizer": self.vectorizer, "heads": dict(self.heads)}

    @classmethod
    def from_state(cls, state: Mapping[str, Any]) -> TrainedModel:
        """Rebuild from what to_state() stored."""
        return cls(vectorizer=state["vectorizer"], heads=dict(state["heads"]))


def fold_count(y: Sequence[str]) -> int:
    """Folds for CV and calibration: up to MAX_FOLDS, at least 2 examples of each label a fold."""
    smallest = min(np.unique(np.asarray(y), return_counts=True)[1])
    if smallest < 2:
        raise TooFewExamples("every label value needs at least 2 examples")
    return int(min(MAX_FOLDS, smallest))


def select_estimator(features: Any, y: Sequence[str], head: str, progress: Progress) -> Selection:
    """Compare CANDIDATES by stratified-CV macro-F1 on the training data only."""
    target = np.asarray(y)
    folds = fold_count(y)
    splitter = StratifiedKFold(folds, shuffle=True, random_state=RANDOM_STATE)
    f1s, accuracies = {}, {}
    for name, candidate in CANDIDATES.items():
        predicted = np.empty(len(target), dtype=target.dtype)
        for train_idx, test_idx in splitter.split(features, target):
            fitted = clone(candidate).fit(features[train_idx], target[train_idx])
            predicted[test_idx] = fitted.predict(features[test_idx])
            progress(f"{head}: {name}")
        f1s[name] = round(float(f1_score(target, predicted, average="macro")), 4)
        accuracies[name] = round(float(accuracy_score(target, predicted)), 4)
    chosen = max(f1s, key=lambda name: f1s[name])
    return Selection(head, chosen, folds, f1s, accuracies)


def fit_head(features: Any, y: Sequence[str], selection: Selection) -> CalibratedClassifierCV:
    """The chosen estimator fitted on all data, with sigmoid calibration from CV predictions."""
    estimator = clone(CANDIDATES[selection.chosen])
    calibrated = CalibratedClassifierCV(
        estimator, method="sigmoid", cv=selection.folds, ensemble=False
    )
    return calibrated.fit(features, np.asarray(y))


def steps_per_head() -> int:
    """Progress steps train_model() reports for one head (for a progress bar's total)."""
    return len(CANDIDATES) * MAX_FOLDS + 1


def train_model(
    texts: Sequence[str],
    labels: Mapping[str, Sequence[str]],
    progress: Progress = lambda _: None,
) -> tuple[TrainedModel, dict[str, Selection]]:
    """Fit the vectorizer once, then choose and fit a calibrated classifier for each label."""
    vectorizer = build_vectorizer()
    features = vectorizer.fit_transform(texts)
    heads, selections = {}, {}
    for head, y in labels.items():
        selections[head] = select_estimator(features, y, head, progress)
        heads[head] = fit_head(features, y, selections[head])
        progress(f"{head}: calibrated {selections[head].chosen}")
    return TrainedModel(vectorizer, heads), selections


class ModelClassifier:
    """The production Classifier: cleaned text, the trained heads, then the configured policy."""

    def __init__(
        self, model: TrainedModel, version: str, config: ClassifierConfig | None = None
    ) -> None:
        self.model = model
        self.version = version
        self.config = config or ClassifierConfig()

    def classify(self, mail: MailText) -> Classification:
        """Classify one mail."""
        return self.classify_many([mail])[0]

    def classify_many(self, mails: Sequence[MailText]) -> list[Classification]:
        """Classify a batch in one vectorised pass (much faster per mail than classify())."""
        if not mails:
            return []
        cleaned = [(clean_subject(m.subject), clean_body(m.body)) for m in mails]
        predictions = self.model.predict([format_text(s, b) for s, b in cleaned])
        results = []
        for i, (mail, (subject, body)) in enumerate(zip(mails, cleaned, strict=True)):
            level, category = predictions["level"][i], predictions["category"][i]
            output = ModelOutput(
                level=int(level.label),
                level_probability=level.probability,
                category=category.label,
                category_probability=category.probability,
                language=detect_language(f"{subject}\n{body}"),
                model_version=self.version,
            )
            results.append(decide(output, mail, self.config))
        return results
