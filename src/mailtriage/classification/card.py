"""Write a model's card (README.md) from its metadata, and draw confusion matrices."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mailtriage.classification.model import REVIEW_CATCH, REVIEW_SHARE

CARD_FILE = "README.md"

LANGUAGE_NAMES = {"de": "German", "fr": "French", "it": "Italian", "en": "English"}

ROUTING_USE = """\
Decides, for every new ticket that mailtriage opens from a support mail, its **support level**
(0 self-service, 1 first-line, 2 second-line technical, 3 experts/developers, 4 external) and
its **category**, from the subject and the body without greeting, quoted history, closing and
signature (a forwarded mail is read when the sender only added a short note). The decision
routes the ticket to a team; when the model is not confident enough (a level or category below
the review threshold it learned in training, see Model; `[classifier] confidence_threshold`
overrides both), the ticket is flagged `needs_review`; an unsure level keeps
the model's best guess but is never below `[classifier] fallback_level`. Configured rules
(sender domain, keyword) override it. Not intended for anything but routing support mail: not
for judging customers or agents."""

OTHER_USE = """\
Predicts {heads} for a mail, from the subject and the body without greeting, quoted history,
closing and signature, for `mailtriage classify` and `mailtriage evaluate`. The daemon routes
tickets only with a model that has the heads `level` and `category`; this one does not have
them, so it cannot be configured as `[classifier] model`."""

LIMITATIONS = """\
- It reads only text: attachments, screenshots and images of error messages are not seen.
- It learnt the vocabulary of its training data (see Training data): mails about other
  products, or written very differently, are classified worse than these figures say.
- Its labels are those of its training data; a deployment whose teams split work
  differently should retrain it on its own history (`mailtriage train --from-db`).
- Probabilities are calibrated (sigmoid) on out-of-fold predictions of the training data, made
  by models that never saw the mail's topic; on mail unlike the training data the confidence
  is still optimistic, so keep the review threshold.
- Cross-validation figures are slightly optimistic: the vocabulary and IDF weights are
  fitted once on all training data before the folds. The independent evaluations are not."""


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
        f"Feature version {metadata['feature_version']}: subject and body (greeting, quotes, "
        "closing and signature removed, lower case without accents), TF-IDF of hashed word "
        "1-2-grams of Snowball stems (in the mail's language) and hashed character 2-5-grams "
        "within words. One shared vectorizer; one head per label, chosen by cross-validated "
        "macro-F1 on the training data and calibrated (sigmoid) on the same folds' "
        "out-of-fold scores.",
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
        folds = f"{selection['folds']}-fold"
        how = " grouped by topic (a fold's topics are unseen)" if selection.get("grouped") else ""
        lines += [f"Head `{head}` ({folds} CV{how} on the training data):", ""]
        lines += [*_table(["candidate", "CV macro-F1", "CV accuracy", ""], rows), ""]
        lines += _review_line(head, selection.get("review"))
    return lines


def _review_line(head: str, review: dict[str, Any] | None) -> list[str]:
    """How the head's review threshold was set (Confidence)."""
    if not review:
        return []
    caught = _share(review["wrong_flagged"])
    return [
        f"Confidence: a `{head}` below probability **{review['threshold']:.2f}** needs review. "
        f"The threshold is set on the out-of-fold predictions above (topics the fold never saw, "
        f"every length of text): the level's is the lowest that sends "
        f"{REVIEW_CATCH['level']:.0%} of the wrong levels to review, any other head's flags "
        f"its {REVIEW_SHARE:.0%} least sure answers. There it flags "
        f"{review['flagged_share']:.0%} of the mails and {caught} of the wrong answers.",
        "",
    ]


def _head_section(head: str, figures: dict[str, Any]) -> list[str]:
    lines = [
        f"### `{head}`",
        "",
        f"Accuracy **{figures['accuracy']:.3f}**, macro-F1 **{figures['macro_f1']:.3f}** "
        f"on {figures['rows']} mails.",
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
    return lines


def _evaluation(metadata: dict[str, Any]) -> list[str]:
    evaluations = metadata.get("evaluations")
    if not evaluations:
        return [
            "## Evaluation",
            "",
            "No independent evaluation was run for this artifact "
            "(train with `--eval-data FILE` to add one).",
            "",
        ]
    lines = ["## Independent evaluation", "", "On data the model was not trained on "
             "(`--eval-data`, `--eval-subject-only`, or the held-out split of the data):", ""]
    lines += [f"- `{e['name']}`: {e['rows']} mails" for e in evaluations]
    lines.append("")
    if "routing" in evaluations[0]:
        lines += _routing(evaluations)
    for number, evaluation in enumerate(evaluations):
        lines += [f"## `{evaluation['name']}`", ""]
        for head, figures in evaluation["heads"].items():
            lines += _head_section(head, figures)
            if number == 0:
                lines += [f"![confusion matrix of {head}](confusion_{head}.png)", ""]
    return lines


def _routing(evaluations: list[dict[str, Any]]) -> list[str]:
    """What the daemon does with the default configuration, per evaluation set."""
    first = evaluations[0]["routing"]
    learned = first.get("thresholds") or {"level and category": first["threshold"]}  # older cards
    limits = ", ".join(f"{head} {value:.2f}" for head, value in learned.items())
    lines = [
        f"With the default configuration (review thresholds {limits}, fallback "
        f"level {first['fallback_level']}), the level a ticket is routed to and how many "
        "tickets `needs review` flags, with the share of the wrong levels (and of the wrong "
        "level or category) among them:",
        "",
    ]
    rows = []
    for e in evaluations:
        r = e["routing"]
        rows.append([f"`{e['name']}`", f"{r['level_accuracy']:.3f}",
                     f"{r['level']['flagged_share']:.0%}", _share(r["level"]["wrong_flagged"]),
                     _share(r["level_and_category"]["wrong_flagged"])])
    header = ["set", "level accuracy", "flagged", "wrong levels flagged",
              "wrong level or category flagged"]
    return [*lines, *_table(header, rows), ""]


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _policy_section(metadata: dict[str, Any]) -> list[str]:
    policy = metadata.get("label_policy")
    if not policy:
        return []
    text = policy["text"].strip().split("\n")
    body = text[1:] if text and text[0].startswith("# ") else text
    demoted = ["#" + line if line.startswith("#") else line for line in body]
    return ["## Label policy", "", f"The labels follow `{policy['source']}`:", "", *demoted, ""]


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
    heads = list(metadata["labels"])
    routes = "level" in heads and "category" in heads
    use = ROUTING_USE if routes else OTHER_USE.format(heads=", ".join(f"`{h}`" for h in heads))
    languages = ", ".join(
        f"{LANGUAGE_NAMES.get(code, code)} {count}" for code, count in data["languages"].items()
    )
    lines = [
        f"# Model card: {metadata['name']}",
        "",
        f"Version `{metadata['model_version']}`, created {metadata['created']}.",
        "",
        "## Intended use",
        "",
        use,
        "",
        "## Languages",
        "",
        f"Training mails per language: {languages}. Words are stemmed for German, French, "
        "Italian and English; other languages are classified on unstemmed words and "
        "characters, which works worse.",
        "",
        "## Training data",
        "",
        f"`{data['source']}`: {data['rows']} mails, SHA-256 of the records `{data['sha256']}`.",
        "",
    ]
    for head, counts in data["label_counts"].items():
        lines += [f"- `{head}`: " + ", ".join(f"{k} {v}" for k, v in counts.items())]
    lines += ["", "Reproduce with:", "", "```", metadata["training_command"], "```", ""]
    lines += _policy_section(metadata)
    lines += _selection(metadata) + _evaluation(metadata) + _inference(metadata)
    lines += ["## Limitations", "", LIMITATIONS, "", "## Libraries", "", libraries, ""]
    return "\n".join(lines)


def write_card(directory: Path, metadata: dict[str, Any]) -> Path:
    """Write README.md beside the model."""
    path = directory / CARD_FILE
    path.write_text(render_card(metadata), encoding="utf-8")
    return path
