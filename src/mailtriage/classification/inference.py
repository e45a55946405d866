"""The daemon's classifier: inference.npz and numpy arithmetic, without scikit-learn or scipy."""

from __future__ import annotations

import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from mailtriage.classification.classifier import HeadPrediction, HeadsClassifier, head_predictions
from mailtriage.classification.features import FeatureTables, SparseRows, lookup_table
from mailtriage.classification.papers import INFERENCE_FILE, check_file, retrain_hint
from mailtriage.config.schema import ClassifierConfig
from mailtriage.errors import ModelError

INFERENCE_FORMAT = 1
CHUNK = 128  # mails vectorised at once: bounds the memory of a large batch


@dataclass(frozen=True)
class NumpyHead:
    """One exported head: its columns of the linear scores, softmax or not, sigmoid calibration."""

    classes: tuple[str, ...]
    span: slice  # this head's columns in InferenceModel.coef
    intercept: np.ndarray
    slope: np.ndarray
    offset: np.ndarray
    softmax: bool  # naive Bayes: class probabilities are the softmax of the linear scores
    review: float | None = None  # below this probability an answer needs review

    def scores_and_proba(self, linear: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The estimator's decision scores and CalibratedClassifierCV.predict_proba's numbers."""
        raw = linear[:, self.span] + self.intercept
        if self.softmax:
            raw = np.exp(raw - raw.max(axis=1, keepdims=True))
            raw /= raw.sum(axis=1, keepdims=True)
        decision = raw if raw.shape[1] > 1 else np.hstack([-raw, raw])
        return decision, sigmoid_proba(decision, self.slope, self.offset)


def linear_scores(features: SparseRows, coef: np.ndarray) -> np.ndarray:
    """features @ coef (kept features x score columns), one small dot product per row."""
    bounds = np.searchsorted(features.rows, np.arange(features.shape[0] + 1))
    scores = np.empty((features.shape[0], coef.shape[1]))
    for i in range(features.shape[0]):
        entries = slice(bounds[i], bounds[i + 1])
        scores[i] = features.values[entries] @ coef[features.columns[entries]]
    return scores


def sigmoid_proba(decision: np.ndarray, slope: np.ndarray, offset: np.ndarray) -> np.ndarray:
    """CalibratedClassifierCV(method="sigmoid").predict_proba from the estimator's decision
    scores (two columns for two classes: the positive one is calibrated)."""
    calibrated = decision if decision.shape[1] > 2 else decision[:, -1:]
    with np.errstate(over="ignore"):
        proba = 1.0 / (1.0 + np.exp(slope * calibrated + offset))
    return _normalise(proba)


def _normalise(proba: np.ndarray) -> np.ndarray:
    """Probabilities of all classes: binary as (1 - p, p), else divided by their sum."""
    if proba.shape[1] == 1:
        proba = np.hstack([1.0 - proba, proba])
    else:
        total = proba.sum(axis=1, keepdims=True)
        uniform = np.full_like(proba, 1 / proba.shape[1])
        proba = np.divide(proba, total, out=uniform, where=total != 0)
    proba[(proba > 1.0) & (proba <= 1.0 + 1e-5)] = 1.0
    return proba


@dataclass(frozen=True)
class InferenceModel:
    """The exported model: the feature tables, every head's coefficients side by side, the heads."""

    tables: FeatureTables
    coef: np.ndarray  # (kept features, score columns of all heads), C order
    heads: dict[str, NumpyHead]

    def labels(self, head: str) -> list[str]:
        """The label values one head can predict, in the order of its probabilities."""
        return list(self.heads[head].classes)

    def review_thresholds(self) -> dict[str, float]:
        """Per head: below this probability an answer needs review (learned in training)."""
        return {name: head.review for name, head in self.heads.items() if head.review is not None}

    def predict(self, texts: Sequence[str]) -> dict[str, list[HeadPrediction]]:
        """Each head's label (the estimator's decision) and its calibrated probability."""
        result: dict[str, list[HeadPrediction]] = {name: [] for name in self.heads}
        for start in range(0, len(texts), CHUNK):
            linear = linear_scores(self.tables.transform(texts[start : start + CHUNK]), self.coef)
            for name, head in self.heads.items():
                scores, proba = head.scores_and_proba(linear)
                result[name] += head_predictions(scores, proba, head.classes)
        return result


def model_of(arrays: Mapping[str, np.ndarray]) -> InferenceModel:
    """An InferenceModel from the arrays of inference.npz (KeyError/ValueError if malformed)."""
    if int(arrays["format"]) != INFERENCE_FORMAT:
        raise ValueError(f"inference format {int(arrays['format'])}, expected {INFERENCE_FORMAT}")
    n_bits = int(arrays["n_bits"])
    word_low, word_high = (int(n) for n in arrays["word_ngrams"])
    char_low, char_high = (int(n) for n in arrays["char_ngrams"])
    tables = FeatureTables(
        word_ngrams=(word_low, word_high),
        char_ngrams=(char_low, char_high),
        n_bits=n_bits,
        word_lookup=lookup_table(arrays["word_columns"], n_bits),
        word_idf=arrays["word_idf"],
        char_lookup=lookup_table(arrays["char_columns"], n_bits),
        char_idf=arrays["char_idf"],
    )
    names = [str(name) for name in arrays["heads"]]
    coefs = [arrays[f"head{i}_coef"] for i in range(len(names))]
    ends = np.cumsum([0] + [coef.shape[1] for coef in coefs])
    heads = {
        name: _head(arrays, f"head{i}_", slice(int(ends[i]), int(ends[i + 1])))
        for i, name in enumerate(names)
    }
    return InferenceModel(tables, np.ascontiguousarray(np.hstack(coefs)), heads)


def _head(arrays: Mapping[str, np.ndarray], prefix: str, span: slice) -> NumpyHead:
    return NumpyHead(
        classes=tuple(str(c) for c in arrays[prefix + "classes"]),
        span=span,
        intercept=arrays[prefix + "intercept"],
        slope=arrays[prefix + "slope"],
        offset=arrays[prefix + "offset"],
        softmax=bool(arrays[prefix + "softmax"]),
        review=float(arrays[prefix + "review"]) if prefix + "review" in arrays else None,
    )


def load_inference(directory: Path, metadata: dict[str, Any]) -> InferenceModel:
    """inference.npz of an artifact, checked against metadata.json (ModelError saying what to do)."""
    path = directory / INFERENCE_FILE
    redo = f"re-export it (`mailtriage export-inference --model {directory}`) or " + retrain_hint(
        metadata
    )
    check_file(path, metadata.get("inference_file"), redo)
    try:
        with np.load(path, allow_pickle=False) as data:
            return model_of({key: data[key] for key in data.files})
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise ModelError(f"cannot read {path}: {exc}; {redo}") from None


class NumpyModelClassifier(HeadsClassifier):
    """The daemon's Classifier: the same numbers as ModelClassifier, from numpy arrays only."""

    def __init__(
        self, model: InferenceModel, version: str, config: ClassifierConfig | None = None
    ) -> None:
        super().__init__(model, version, config)
        self.model: InferenceModel = model
