"""Score a trained model on labelled mail: accuracy, macro-F1, per class, per language, confusion."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score
from sklearn.metrics import precision_recall_fscore_support as prfs

from mailtriage.classification.classifier import HeadPrediction
from mailtriage.classification.model import TrainedModel

if TYPE_CHECKING:
    from mailtriage.classification.train import Record

REVIEW_THRESHOLD = 0.5  # the configuration's default confidence_threshold


def _scores(truth: Sequence[str], predicted: Sequence[str]) -> dict[str, float]:
    return {
        "rows": len(truth),
        "accuracy": round(float(accuracy_score(truth, predicted)), 4),
        "macro_f1": round(float(f1_score(truth, predicted, average="macro", zero_division=0)), 4),
    }


def score_head(
    truth: Sequence[str],
    predictions: Sequence[HeadPrediction],
    labels: Sequence[str],
    languages: Sequence[str],
) -> dict[str, Any]:
    """All figures for one head, as plain JSON-able data."""
    predicted = [p.label for p in predictions]
    confidence = np.array([p.probability for p in predictions])
    precision, recall, f1, support = prfs(truth, predicted, labels=list(labels), zero_division=0)
    confident = confidence >= REVIEW_THRESHOLD
    hits = np.array([t == p for t, p in zip(truth, predicted, strict=True)])
    return {
        **_scores(truth, predicted),
        "labels": list(labels),
        "per_class": {
            label: {
                "precision": round(float(p), 4),
                "recall": round(float(r), 4),
                "f1": round(float(f), 4),
                "support": int(s),
            }
            for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
        },
        "per_language": {
            lang: _scores([truth[i] for i in idx], [predicted[i] for i in idx])
            for lang, idx in _groups(languages).items()
        },
        "confusion": confusion_matrix(truth, predicted, labels=list(labels)).tolist(),
        "mean_confidence": round(float(confidence.mean()), 4),
        "confident_share": round(float(confident.mean()), 4),
        "confident_accuracy": _accuracy(hits, confident),
        "unsure_accuracy": _accuracy(hits, ~confident),
    }


def _accuracy(hits: np.ndarray, mask: np.ndarray) -> float | None:
    return round(float(hits[mask].mean()), 4) if mask.any() else None


def _groups(keys: Sequence[str]) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        groups.setdefault(key or "?", []).append(i)
    return dict(sorted(groups.items()))


def evaluate_model(
    model: TrainedModel, records: Sequence[Record], heads: Sequence[str]
) -> dict[str, dict[str, Any]]:
    """Each head's figures on labelled records (their language is the data's or detected)."""
    predictions = model.predict([r.text() for r in records])
    languages = [r.language for r in records]
    return {
        head: score_head(
            [r.labels[head] for r in records], predictions[head], model.labels(head), languages
        )
        for head in heads
    }


def format_report(report: dict[str, dict[str, Any]]) -> str:
    """A plain-text table of the figures, as `mailtriage evaluate` prints it."""
    lines = []
    for head, figures in report.items():
        lines.append(
            f"{head}: accuracy {figures['accuracy']:.3f}  macro-F1 {figures['macro_f1']:.3f}  "
            f"({figures['rows']} mails; {figures['confident_share']:.0%} with confidence >= "
            f"{REVIEW_THRESHOLD}: accuracy {figures['confident_accuracy'] or 0:.3f} on those, "
            f"{figures['unsure_accuracy'] or 0:.3f} on the others)"
        )
        lines.append(f"  {'class':<28} {'precision':>9} {'recall':>7} {'F1':>6} {'support':>8}")
        for label, c in figures["per_class"].items():
            lines.append(
                f"  {label:<28} {c['precision']:>9.3f} {c['recall']:>7.3f} {c['f1']:>6.3f} "
                f"{c['support']:>8}"
            )
        lines.append(f"  {'language':<28} {'accuracy':>9} {'macro-F1':>8} {'mails':>6}")
        for lang, s in figures["per_language"].items():
            lines.append(f"  {lang:<28} {s['accuracy']:>9.3f} {s['macro_f1']:>8.3f} {s['rows']:>6}")
    return "\n".join(lines)


def write_confusion_pngs(report: dict[str, dict[str, Any]], directory: Path) -> list[Path]:
    """One confusion-matrix PNG per head (confusion_<head>.png) in a directory."""
    from mailtriage.classification.card import plot_confusion

    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for head, figures in report.items():
        path = directory / f"confusion_{head}.png"
        plot_confusion(figures["confusion"], figures["labels"], f"{head} (rows: truth)", path)
        paths.append(path)
    return paths
