"""Export a trained model's arrays to inference.npz, which the daemon classifies with (numpy only)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from sklearn.calibration import CalibratedClassifierCV

from mailtriage.classification.inference import INFERENCE_FORMAT
from mailtriage.classification.model import TrainedModel
from mailtriage.classification.papers import INFERENCE_FILE, sha256_file
from mailtriage.errors import ModelError


def head_arrays(name: str, head: CalibratedClassifierCV) -> dict[str, np.ndarray]:
    """One calibrated head as plain arrays: linear scores (+ softmax), sigmoid calibration.

    A linear estimator (LinearSVC) scores with coef and intercept; ComplementNB's class
    probabilities are the softmax of its feature log-probabilities, applied as a linear map.
    """
    if (
        len(head.calibrated_classifiers_) != 1
        or head.calibrated_classifiers_[0].method != "sigmoid"
    ):
        raise ModelError(f"head {name}: only one sigmoid calibration (ensemble=False) is exported")
    inner = head.calibrated_classifiers_[0]
    estimator = inner.estimator
    if list(estimator.classes_) != list(head.classes_):
        raise ModelError(f"head {name}: the estimator's classes are not the calibrated ones")
    if hasattr(estimator, "coef_") and hasattr(estimator, "decision_function"):
        coef, intercept, softmax = estimator.coef_.T, np.asarray(estimator.intercept_), False
    elif hasattr(estimator, "feature_log_prob_") and len(head.classes_) > 1:
        coef, softmax = estimator.feature_log_prob_.T, True
        intercept = np.zeros(coef.shape[1])
    else:
        raise ModelError(f"head {name}: {type(estimator).__name__} cannot be exported to numpy")
    return {
        "classes": np.array([str(c) for c in head.classes_], dtype=np.str_),
        "coef": np.ascontiguousarray(coef, dtype=np.float64),
        "intercept": np.asarray(intercept, dtype=np.float64).reshape(-1),
        "slope": np.array([c.a_ for c in inner.calibrators], dtype=np.float64),
        "offset": np.array([c.b_ for c in inner.calibrators], dtype=np.float64),
        "softmax": np.array(softmax),
    }


def inference_arrays(model: TrainedModel) -> dict[str, np.ndarray]:
    """Everything the numpy path needs, as named arrays (heads numbered in the model's order)."""
    vectorizer = model.vectorizer
    arrays = {
        "format": np.array(INFERENCE_FORMAT),
        "word_ngrams": np.array(vectorizer.word_ngrams, dtype=np.int64),
        "char_ngrams": np.array(vectorizer.char_ngrams, dtype=np.int64),
        "n_bits": np.array(vectorizer.n_bits, dtype=np.int64),
        "word_columns": np.asarray(vectorizer.word_columns_, dtype=np.int64),
        "word_idf": np.asarray(vectorizer.word_idf_, dtype=np.float64),
        "char_columns": np.asarray(vectorizer.char_columns_, dtype=np.int64),
        "char_idf": np.asarray(vectorizer.char_idf_, dtype=np.float64),
        "heads": np.array(list(model.heads), dtype=np.str_),
    }
    for number, (name, head) in enumerate(model.heads.items()):
        for key, value in head_arrays(name, head).items():
            arrays[f"head{number}_{key}"] = value
        if name in model.review:
            arrays[f"head{number}_review"] = np.array(model.review[name], dtype=np.float64)
    return arrays


def write_inference(model: TrainedModel, directory: Path) -> dict[str, str]:
    """Write inference.npz beside the model file; its name and SHA-256 for metadata.json."""
    path = directory / INFERENCE_FILE
    arrays: dict[str, Any] = inference_arrays(model)
    with path.open("wb") as handle:
        np.savez_compressed(handle, **arrays)
    return {"name": INFERENCE_FILE, "sha256": sha256_file(path)}
