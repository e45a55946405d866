"""Score a trained model on labelled mail: accuracy, macro-F1, per class, per language, confusion,
and how well "needs review" catches the wrong answers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score
from sklearn.metrics import precision_recall_fscore_support as prfs

from mailtriage.classification.base import MailText
from mailtriage.classification.classifier import HeadPrediction, HeadsClassifier, prepare
from mailtriage.classification.model import TrainedModel
from mailtriage.classification.policy import DEFAULT_THRESHOLD
from mailtriage.config.schema import ClassifierConfig

if TYPE_CHECKING:
    from mailtriage.classification.train import Record

ROUTING_HEADS = ("level", "category")


@dataclass(frozen=True)
class EvaluationSet:
    """Labelled records scored together, under a name for reports ("eval.jsonl, subject only")."""

    name: str
    records: list[Record]


def subject_only(records: Sequence[Record]) -> list[Record]:
    """The records cut to their subject (an empty body), as a one-line ticket arrives."""
    return [replace(r, body="") for r in records]


def _scores(truth: Sequence[str], predicted: Sequence[str]) -> dict[str, float]:
    return {
        "rows": len(truth),
        "accuracy": round(float(accuracy_score(truth, predicted)), 4),
        "macro_f1": round(float(f1_score(truth, predicted, average="macro", zero_division=0)), 4),
    }


def review_figures(hits: np.ndarray, flagged: np.ndarray) -> dict[str, float | None]:
    """Share of mails flagged, share of the wrong answers among them, accuracy of the rest."""
    wrong = ~hits
    return {
        "flagged_share": round(float(flagged.mean()), 4) if len(hits) else 0.0,
        "wrong_flagged": round(float(flagged[wrong].mean()), 4) if wrong.any() else None,
        "unflagged_accuracy": _accuracy(hits, ~flagged),
    }


def score_head(
    truth: Sequence[str],
    predictions: Sequence[HeadPrediction],
    labels: Sequence[str],
    languages: Sequence[str],
    threshold: float = DEFAULT_THRESHOLD,
) -> dict[str, Any]:
    """All figures for one head, as plain JSON-able data (review: this head's probability)."""
    predicted = [p.label for p in predictions]
    confidence = np.array([p.probability for p in predictions])
    precision, recall, f1, support = prfs(truth, predicted, labels=list(labels), zero_division=0)
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
        "review": {"threshold": threshold, **review_figures(hits, confidence < threshold)},
    }


def _accuracy(hits: np.ndarray, mask: np.ndarray) -> float | None:
    return round(float(hits[mask].mean()), 4) if mask.any() else None


def _groups(keys: Sequence[str]) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        groups.setdefault(key or "?", []).append(i)
    return dict(sorted(groups.items()))


def evaluate_model(
    model: TrainedModel,
    records: Sequence[Record],
    heads: Sequence[str],
    threshold: float | None = None,
) -> dict[str, dict[str, Any]]:
    """Each head's figures on labelled records, classified as the daemon would (the language
    detected); the figures per language group by the data's language. Review: below
    `threshold`, else below the threshold the head learned in training."""
    learned = model.review_thresholds()
    texts, _ = prepare([MailText(r.subject, r.body) for r in records])  # as the daemon does
    predictions = model.predict(texts)
    languages = [r.language for r in records]
    return {
        head: score_head(
            [r.labels[head] for r in records],
            predictions[head],
            model.labels(head),
            languages,
            learned.get(head, DEFAULT_THRESHOLD) if threshold is None else threshold,
        )
        for head in heads
    }


def routing_figures(
    model: TrainedModel, records: Sequence[Record], config: ClassifierConfig
) -> dict[str, Any]:
    """What the daemon does with the model under `config`: the level it routes to, how many
    tickets need review and how many of its wrong levels (and categories) those catch."""
    classifier = HeadsClassifier(model, "evaluation", config)
    mails = [MailText(r.subject, r.body) for r in records]  # the language detected
    results = classifier.classify_many(mails)
    flagged = np.array([c.needs_review for c in results])
    pairs = list(zip(results, records, strict=True))
    level_hits = np.array([str(c.level) == r.labels["level"] for c, r in pairs])
    both = level_hits & np.array([c.category == r.labels["category"] for c, r in pairs])
    return {
        "thresholds": classifier.thresholds,
        "fallback_level": config.fallback_level,
        "level_accuracy": round(float(level_hits.mean()), 4),
        "level": review_figures(level_hits, flagged),
        "level_and_category": review_figures(both, flagged),
    }


def format_report(report: dict[str, dict[str, Any]]) -> str:
    """A plain-text table of the figures, as `mailtriage evaluate` prints it."""
    lines = []
    for head, figures in report.items():
        review = figures["review"]
        caught = review["wrong_flagged"]
        lines.append(
            f"{head}: accuracy {figures['accuracy']:.3f}  macro-F1 {figures['macro_f1']:.3f}  "
            f"({figures['rows']} mails; confidence below {review['threshold']:.2f}: "
            f"{review['flagged_share']:.0%} of the mails, "
            f"{'-' if caught is None else f'{caught:.0%}'} of the wrong answers)"
        )
        width = max(8, *(len(label) for label in figures["per_class"]))
        lines.append(f"  {'class':<{width}} {'precision':>9} {'recall':>7} {'F1':>6} {'support':>8}")
        for label, c in figures["per_class"].items():
            lines.append(
                f"  {label:<{width}} {c['precision']:>9.3f} {c['recall']:>7.3f} {c['f1']:>6.3f} "
                f"{c['support']:>8}"
            )
        lines.append(f"  {'language':<{width}} {'accuracy':>9} {'macro-F1':>8} {'mails':>6}")
        for lang, s in figures["per_language"].items():
            lines.append(
                f"  {lang:<{width}} {s['accuracy']:>9.3f} {s['macro_f1']:>8.3f} {s['rows']:>6}"
            )
        lines += ["  confusion (rows: true, columns: predicted)", *_confusion_lines(figures)]
    return "\n".join(lines)


def _confusion_lines(figures: dict[str, Any]) -> list[str]:
    """Rows labelled in full; columns by label when the labels are short, else by the row's
    number (a header of cut labels would be ambiguous)."""
    labels = figures["labels"]
    counts = max((len(str(n)) for row in figures["confusion"] for n in row), default=1)
    numbered = max(map(len, labels), default=0) > max(5, counts)
    names = [f"{i}" for i in range(1, len(labels) + 1)] if numbered else labels
    rows_as = [f"{i} {label}" for i, label in enumerate(labels, 1)] if numbered else labels
    width = max(4, *(len(label) for label in rows_as))
    cell = max(counts, *(len(name) for name in names))
    head = f"  {'':<{width}} " + " ".join(f"{name:>{cell}}" for name in names)
    rows = [
        f"  {label:<{width}} " + " ".join(f"{n:>{cell}}" for n in row)
        for label, row in zip(rows_as, figures["confusion"], strict=True)
    ]
    return [head, *rows]


def write_confusion_pngs(
    report: dict[str, dict[str, Any]], directory: Path, suffix: str = ""
) -> list[Path]:
    """One confusion-matrix PNG per head (confusion_<head><suffix>.png) in a directory."""
    from mailtriage.classification.card import plot_confusion

    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for head, figures in report.items():
        path = directory / f"confusion_{head}{suffix}.png"
        plot_confusion(figures["confusion"], figures["labels"], f"{head} (rows: truth)", path)
        paths.append(path)
    return paths
