"""Write a model's card (README.md) from its metadata, and draw confusion matrices."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

CARD_FILE = "README.md"

INTENDED_USE = """\
Decides, for every new ticket that mailtriage opens from a support mail, its **support level**
(0 self-service, 1 first-line, 2 second-line technical, 3 experts/developers, 4 external) and
its **category**, from the subject and the body without quoted history and signature. The
decision routes the ticket to a team; when the model is not confident enough (below
`[classifier] confidence_threshold`), the ticket is flagged `needs_review`, gets the configured
fallback level and the team is told so. Configured rules (sender domain, keyword) override it.
Not intended for anything but routing support mail: not for judging customers or agents."""

LIMITATIONS = """\
- It reads only text: attachments, screenshots and images of error messages are not seen.
- It knows German, French, Italian and English; other languages are classified, but badly.
- It learnt the vocabulary of its training data (see Training data): mails about other
  products, or written very differently, are classified worse than these figures say.
- Its levels and categories are those of its training data; a deployment whose teams split
  work differently should retrain it on its own history (`mailtriage train --from-db`).
- Probabilities are calibrated on the training data (sigmoid, cross-validated); on mail
  unlike the training data the confidence is optimistic, so keep the review threshold.
- Cross-validation figures are slightly optimistic: the vocabulary and IDF weights are
  fitted once on all training data before the folds. The independent evaluation is not."""


def plot_confusion(
    matrix: Sequence[Sequence[int]], labels: Sequence[str], title: str, path: Path
) -> None:
    """Save a confusion matrix (rows: truth, columns: prediction) as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    size = max(4.0, 0.6 * len(labels) + 2)
    figure, axes = plt.subplots(figsize=(size + 1, size))
    image = axes.imshow(matrix, cmap="Blues")
    axes.set_xticks(range(len(labels)), labels, rotation=45, ha="right")
    axes.set_yticks(range(len(labels)), labels)
    axes.set_xlabel("predicted")
    axes.set_ylabel("true")
    axes.set_title(title)
    peak = max((max(row) for row in matrix), default=0)
    for i, row in enumerate(matrix):
        for j, count in enumerate(row):
            colour = "white" if count > peak / 2 else "black"
            axes.text(j, i, str(count), ha="center", va="center", color=colour, fontsize=8)
    figure.colorbar(image, ax=axes)
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines


def _selection(metadata: dict[str, Any]) -> list[str]:
    lines = [
        "## Model",
        "",
        f"Feature version {metadata['feature_version']}: subject and body "
        "(quotes and signature removed, normalised), TF-IDF of word 1-2-grams and hashed "
        "character 2-5-grams within words. One shared vectorizer; one head per label, "
        "chosen by stratified cross-validated macro-F1 on the training data and "
        "calibrated with sigmoid calibration.",
        "",
    ]
    for head, selection in metadata["selection"].items():
        rows = [
            [
                name,
                f"{f1:.3f}",
                f"{selection['accuracy'][name]:.3f}",
                "chosen" if name == selection["chosen"] else "",
            ]
            for name, f1 in selection["macro_f1"].items()
        ]
        lines += [f"Head `{head}` ({selection['folds']}-fold CV on the training data):", ""]
        lines += [*_table(["candidate", "CV macro-F1", "CV accuracy", ""], rows), ""]
    return lines


def _head_section(head: str, figures: dict[str, Any]) -> list[str]:
    lines = [
        f"### `{head}`",
        "",
        f"Accuracy **{figures['accuracy']:.3f}**, macro-F1 **{figures['macro_f1']:.3f}** "
        f"on {figures['rows']} mails. {figures['confident_share']:.0%} of them reach "
        f"confidence 0.5, with accuracy {figures['confident_accuracy'] or 0:.3f}; the others "
        f"(flagged for review) have accuracy {figures['unsure_accuracy'] or 0:.3f}.",
        "",
    ]
    per_class = [
        [
            f"`{label}`",
            f"{c['precision']:.3f}",
            f"{c['recall']:.3f}",
            f"{c['f1']:.3f}",
            c["support"],
        ]
        for label, c in figures["per_class"].items()
    ]
    lines += [*_table([head, "precision", "recall", "F1", "mails"], per_class), ""]
    per_language = [
        [lang, f"{s['accuracy']:.3f}", f"{s['macro_f1']:.3f}", s["rows"]]
        for lang, s in figures["per_language"].items()
    ]
    lines += [*_table(["language", "accuracy", "macro-F1", "mails"], per_language), ""]
    labels = figures["labels"]
    matrix = [
        [f"**{label}**", *row] for label, row in zip(labels, figures["confusion"], strict=True)
    ]
    lines += ["Confusion matrix (rows: true, columns: predicted):", ""]
    lines += [*_table(["true \\ predicted", *labels], matrix), ""]
    lines += [f"![confusion matrix of {head}](confusion_{head}.png)", ""]
    return lines


def _evaluation(metadata: dict[str, Any]) -> list[str]:
    evaluation = metadata.get("evaluation")
    if not evaluation:
        return [
            "## Evaluation",
            "",
            "No independent evaluation was run for this artifact "
            "(train with `--eval-data FILE` to add one).",
            "",
        ]
    lines = [
        "## Independent evaluation",
        "",
        f"On `{evaluation.get('source', 'the evaluation file')}` ({evaluation['rows']} mails, "
        "written separately from the training mails and never trained on).",
        "",
    ]
    for head, figures in evaluation["heads"].items():
        lines += _head_section(head, figures)
    return lines


def _inference(metadata: dict[str, Any]) -> list[str]:
    exported = metadata.get("inference_file")
    if not exported:
        return []
    return [
        "## Inference",
        "",
        f"The daemon loads `{exported['name']}` (SHA-256 `{exported['sha256']}`): plain numpy "
        "arrays exported from the model file (kept hash buckets, IDF, coefficients, intercepts, "
        "sigmoid calibration), classified with numpy only, without scikit-learn, scipy or skops. "
        "It gives the same labels and probabilities (within 1e-6) as the skops model, which "
        "`mailtriage evaluate` uses. Re-export it with "
        "`mailtriage export-inference --model DIR`, DIR being this directory.",
        "",
    ]


def render_card(metadata: dict[str, Any]) -> str:
    """The model card as Markdown."""
    data = metadata["training_data"]
    libraries = ", ".join(f"{k} {v}" for k, v in metadata["libraries"].items())
    lines = [
        f"# Model card: {metadata['name']}",
        "",
        f"Version `{metadata['model_version']}`, created {metadata['created']}.",
        "",
        "## Intended use",
        "",
        INTENDED_USE,
        "",
        "## Languages",
        "",
        "German, French, Italian and English. Training mails per "
        "language: " + ", ".join(f"{k} {v}" for k, v in data["languages"].items()) + ".",
        "",
        "## Training data",
        "",
        f"`{data['source']}`: {data['rows']} mails, SHA-256 of the records `{data['sha256']}`.",
        "",
    ]
    for head, counts in data["label_counts"].items():
        lines += [f"- `{head}`: " + ", ".join(f"{k} {v}" for k, v in counts.items())]
    lines += ["", "Reproduce with:", "", "```", metadata["training_command"], "```", ""]
    lines += _selection(metadata) + _evaluation(metadata) + _inference(metadata)
    lines += ["## Limitations", "", LIMITATIONS, "", "## Libraries", "", libraries, ""]
    return "\n".join(lines)


def write_card(directory: Path, metadata: dict[str, Any]) -> Path:
    """Write README.md beside the model."""
    path = directory / CARD_FILE
    path.write_text(render_card(metadata), encoding="utf-8")
    return path
