"""The trained model: shared features, one calibrated linear head per label, chosen by CV."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from joblib import Parallel, delayed
from scipy.special import expit
from sklearn.base import clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.naive_bayes import ComplementNB
from sklearn.preprocessing import LabelEncoder
from sklearn.svm import LinearSVC

from mailtriage.classification.classifier import HeadPrediction, HeadsClassifier, head_predictions
from mailtriage.classification.vectorizer import MailVectorizer, build_vectorizer
from mailtriage.config.schema import ClassifierConfig

Progress = Callable[[str], None]

MAX_FOLDS = 5
RANDOM_STATE = 0


def _svc(c: float) -> LinearSVC:
    return LinearSVC(C=c, class_weight="balanced", random_state=RANDOM_STATE)


# The candidates compared by cross-validated macro-F1 for every head. Balanced class weights:
# macro-F1 counts every label equally, and rare levels must not be drowned by frequent ones.
CANDIDATES: dict[str, Any] = {
    "linear_svc_C0.1": _svc(0.1),
    "linear_svc_C0.3": _svc(0.3),
    "linear_svc_C1": _svc(1.0),
    "linear_svc_C3": _svc(3.0),
    "complement_nb": ComplementNB(alpha=0.3),
}
N_JOBS = 2  # folds fitted in parallel threads (liblinear releases the GIL)


class TooFewExamples(ValueError):
    """A label value has too few examples to cross-validate and calibrate."""


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

    vectorizer: MailVectorizer
    heads: dict[str, CalibratedClassifierCV]
    _arithmetic: dict[str, HeadArithmetic] = field(default_factory=dict, repr=False)

    def labels(self, head: str) -> list[str]:
        """The label values one head can predict, in the order of its probabilities."""
        return [str(c) for c in self.heads[head].classes_]

    def predict(self, texts: Sequence[str]) -> dict[str, list[HeadPrediction]]:
        """Each head's label (the estimator's decision) and the calibrated probability of it."""
        features = self.vectorizer.transform(texts)
        result = {}
        for name in self.heads:
            scores, proba = self._fast(name).scores_and_proba(features)
            result[name] = head_predictions(scores, proba, self.labels(name))
        return result

    def _fast(self, name: str) -> HeadArithmetic:
        if name not in self._arithmetic:
            self._arithmetic[name] = HeadArithmetic.of(self.heads[name])
        return self._arithmetic[name]

    def to_state(self) -> dict[str, Any]:
        """The plain structure stored by skops."""
        return {"vectorizer": self.vectorizer, "heads": dict(self.heads)}

    @classmethod
    def from_state(cls, state: Mapping[str, Any]) -> TrainedModel:
        """Rebuild from what to_state() stored."""
        return cls(vectorizer=state["vectorizer"], heads=dict(state["heads"]))


@dataclass(frozen=True)
class HeadArithmetic:
    """A fitted head's scores and calibrated probabilities, computed without sklearn's checks.

    sklearn validates its input on every call (about 30 times per mail for two calibrated
    heads), which costs milliseconds for one mail. For a linear estimator with sigmoid
    calibration this is the same arithmetic as CalibratedClassifierCV.predict_proba
    (tests compare both); any other head goes through sklearn.
    """

    head: CalibratedClassifierCV
    coef: np.ndarray | None = None
    intercept: np.ndarray | None = None
    slope: np.ndarray | None = None
    offset: np.ndarray | None = None

    @classmethod
    def of(cls, head: CalibratedClassifierCV) -> HeadArithmetic:
        """Precompute the arrays when the head is linear, multi-class and sigmoid-calibrated."""
        inner = head.calibrated_classifiers_[0]
        estimator = inner.estimator
        linear = hasattr(estimator, "coef_") and hasattr(estimator, "decision_function")
        if not (linear and inner.method == "sigmoid" and len(head.classes_) > 2):
            return cls(head)
        order = LabelEncoder().fit(head.classes_).transform(estimator.classes_)
        if list(order) != list(range(len(head.classes_))):
            return cls(head)
        return cls(
            head,
            np.ascontiguousarray(estimator.coef_.T),
            np.asarray(estimator.intercept_),
            np.array([c.a_ for c in inner.calibrators]),
            np.array([c.b_ for c in inner.calibrators]),
        )

    def scores_and_proba(self, features: Any) -> tuple[np.ndarray, np.ndarray]:
        """Decision scores of the estimator fitted on all data, and calibrated probabilities."""
        if self.coef is None:
            return _decision_scores(self.head, features), self.head.predict_proba(features)
        scores = np.asarray(features @ self.coef) + self.intercept
        proba = expit(-(self.slope * scores + self.offset))
        total = proba.sum(axis=1, keepdims=True)
        uniform = np.full_like(proba, 1 / proba.shape[1])
        proba = np.divide(proba, total, out=uniform, where=total != 0)
        proba[(proba > 1.0) & (proba <= 1.0 + 1e-5)] = 1.0
        return scores, proba


def _decision_scores(head: CalibratedClassifierCV, features: Any) -> np.ndarray:
    """The scores of the estimator fitted on all training data (inside the calibration)."""
    estimator = head.calibrated_classifiers_[0].estimator
    if hasattr(estimator, "decision_function"):
        scores = estimator.decision_function(features)
        return np.asarray(scores if scores.ndim == 2 else np.column_stack([-scores, scores]))
    return np.asarray(estimator.predict_proba(features))


def fold_count(y: Sequence[str]) -> int:
    """Folds for CV and calibration: MAX_FOLDS, fewer when a label has fewer examples."""
    smallest = min(np.unique(np.asarray(y), return_counts=True)[1])
    if smallest < 2:
        raise TooFewExamples("every label value needs at least 2 examples")
    return int(min(MAX_FOLDS, smallest))


def _fold_predictions(candidate: Any, features: Any, target: np.ndarray, splits: list[Any]) -> Any:
    """Out-of-fold predictions of one candidate, folds fitted in parallel threads."""

    def run(train_idx: np.ndarray, test_idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        fitted = clone(candidate).fit(features[train_idx], target[train_idx])
        return test_idx, fitted.predict(features[test_idx])

    predicted = np.empty(len(target), dtype=target.dtype)
    jobs = (delayed(run)(train_idx, test_idx) for train_idx, test_idx in splits)
    for test_idx, fold_predicted in Parallel(n_jobs=N_JOBS, prefer="threads")(jobs):
        predicted[test_idx] = fold_predicted
    return predicted


def select_estimator(features: Any, y: Sequence[str], head: str, progress: Progress) -> Selection:
    """Compare CANDIDATES by stratified-CV macro-F1 on the training data only."""
    target = np.asarray(y)
    folds = fold_count(y)
    splits = list(
        StratifiedKFold(folds, shuffle=True, random_state=RANDOM_STATE).split(
            np.zeros(len(target)), target
        )
    )
    f1s, accuracies = {}, {}
    for name, candidate in CANDIDATES.items():
        predicted = _fold_predictions(candidate, features, target, splits)
        f1s[name] = round(float(f1_score(target, predicted, average="macro")), 4)
        accuracies[name] = round(float(accuracy_score(target, predicted)), 4)
        progress(f"{head}: {name}")
    chosen = max(f1s, key=lambda name: f1s[name])
    return Selection(head, chosen, folds, f1s, accuracies)


def fit_head(features: Any, y: Sequence[str], selection: Selection) -> CalibratedClassifierCV:
    """The chosen estimator fitted on all data, with sigmoid calibration from CV predictions."""
    estimator = clone(CANDIDATES[selection.chosen])
    calibrated = CalibratedClassifierCV(
        estimator, method="sigmoid", cv=selection.folds, ensemble=False, n_jobs=N_JOBS
    )
    return calibrated.fit(features, np.asarray(y))


def steps_per_head() -> int:
    """Progress steps train_model() reports for one head (for a progress bar's total)."""
    return len(CANDIDATES) + 1


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


class ModelClassifier(HeadsClassifier):
    """The scikit-learn Classifier (training, evaluation, tests); the daemon uses the numpy one."""

    def __init__(
        self, model: TrainedModel, version: str, config: ClassifierConfig | None = None
    ) -> None:
        super().__init__(model, version, config)
        self.model: TrainedModel = model
