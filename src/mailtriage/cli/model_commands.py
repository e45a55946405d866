"""The model's commands: `mailtriage classify`, `train`, `evaluate` and `export-inference`."""

from __future__ import annotations

import json
import os
import shlex
import sys
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click
from click.core import ParameterSource

from mailtriage.classification.base import BatchClassifier, Classification, MailText
from mailtriage.cli.common import config_option, reports_errors
from mailtriage.config.schema import ClassifierConfig
from mailtriage.errors import ConfigError

if TYPE_CHECKING:
    from mailtriage.classification.classifier import HeadsReport

BATCH = 512
DEFAULT_LABELS = ("level", "category")
_path = click.Path(path_type=Path)
_existing_file = click.Path(exists=True, dir_okay=False, path_type=Path)


def _classifier_config(config_path: str | None, model_dir: Path | None) -> ClassifierConfig:
    if config_path or os.environ.get("MAILTRIAGE_CONFIG"):
        from mailtriage.config import load_config

        config = load_config(config_path).classifier
    else:
        config = ClassifierConfig()
    return config.model_copy(update={"model": model_dir}) if model_dir else config


def _print_one(result: Classification) -> None:
    review = "yes (below the review threshold)" if result.needs_review else "no"
    for key, value in (
        ("level", result.level),
        ("category", result.category),
        ("confidence", f"{result.confidence:.2f}"),
        ("language", result.language),
        ("needs review", review),
        ("model", result.model_version),
        ("reason", result.reason),
    ):
        click.echo(f"{key + ':':<14}{value}")


def _mail_of(line: str) -> MailText:
    data = json.loads(line)
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object")
    return MailText(
        str(data.get("subject") or ""), str(data.get("body") or ""), str(data.get("sender") or "")
    )


def _batches(stream: TextIO) -> Iterator[list[tuple[int, str]]]:
    batch: list[tuple[int, str]] = []
    for number, line in enumerate(stream, 1):
        if line.strip():
            batch.append((number, line))
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _classify_jsonl(classifier: BatchClassifier | HeadsReport, stream: TextIO) -> int:
    """Classify JSON lines in batches; one output line per input line; count of bad lines."""
    bad = 0
    for batch in _batches(stream):
        mails: dict[int, MailText] = {}
        errors: dict[int, str] = {}
        for number, line in batch:
            try:
                mails[number] = _mail_of(line)
            except ValueError as exc:  # json.JSONDecodeError is a ValueError
                errors[number] = f"line {number}: not a JSON object with subject/body: {exc}"
        results: dict[int, Any] = dict(
            zip(mails, classifier.classify_many(list(mails.values())), strict=True)
        )
        for number, _ in batch:
            out = results.get(number, {"error": errors.get(number)})
            if isinstance(out, Classification):
                out = asdict(out)
            click.echo(json.dumps(out, ensure_ascii=False))
        bad += len(errors)
    return bad


@click.command()
@click.argument("text", required=False)
@click.option("--subject", default="", help="Subject of the mail whose body is TEXT.")
@click.option(
    "--jsonl",
    is_flag=True,
    help='Read JSON lines {"subject": ..., "body": ...} on stdin, write one per line.',
)
@click.option(
    "--model",
    "model_dir",
    type=_path,
    default=None,
    help="Model directory (default: [classifier] model, else models/default).",
)
@config_option
@reports_errors
def classify(
    text: str | None, subject: str, jsonl: bool, model_dir: Path | None, config_path: str | None
) -> None:
    """Print the level, category, confidence and language of TEXT (or stdin).

    A model trained on other labels (--label queue, ...) prints each of its heads instead.
    """
    from mailtriage.classification.classifier import HeadsReport
    from mailtriage.classification.loader import (
        REQUIRED_HEADS,
        load_classifier,
        load_predictor,
        model_directory,
    )
    from mailtriage.classification.papers import METADATA_FILE, read_metadata

    config = _classifier_config(config_path, model_dir)
    directory = model_directory(config)
    has_model = config.model is not None or (directory / METADATA_FILE).exists()
    heads = list(read_metadata(directory).get("labels", {})) if has_model else []
    classifier: BatchClassifier | HeadsReport
    if has_model and not all(head in heads for head in REQUIRED_HEADS):
        classifier = HeadsReport(*load_predictor(directory))
    else:
        classifier = load_classifier(config)
    click.echo(f"model {directory}: heads {', '.join(heads) or 'none (fallback)'}", err=True)
    if jsonl:
        if _classify_jsonl(classifier, sys.stdin):
            raise SystemExit(65)
        return
    body = text if text is not None else sys.stdin.read()
    result = classifier.classify_many([MailText(subject=subject, body=body)])[0]
    if isinstance(result, Classification):
        _print_one(result)
    else:
        for key, value in result.items():
            if isinstance(value, dict):
                value = f"{value['label']} (p={value['probability']:.2f})"
            click.echo(f"{key + ':':<14}{value}")


def _command_line(name: str, params: dict[str, Any]) -> str:
    """The command that reproduces this run: the options that were given (not defaults)."""
    context = click.get_current_context()
    options = {p.name: p.opts[0] for p in context.command.params}
    words = ["mailtriage", name]
    for key, value in params.items():
        if key == "progress" or (context.get_parameter_source(key) == ParameterSource.DEFAULT):
            continue
        if value is True:  # a flag
            words.append(options[key])
            continue
        for item in value if isinstance(value, tuple) else (value,):
            words += [options[key], str(item)]
    return shlex.join(words)


def _columns(options: dict[str, Any]) -> Any:
    from mailtriage.classification.train import Columns

    return Columns(
        subject=options["subject_column"],
        body=options["body_column"],
        language=options["language_column"],
        split=options["split_column"],
        group=options["group_column"],
    )


def column_options(function: Any) -> Any:
    """--subject-column, --body-column, --language-column, --split-column, --group-column."""
    function = click.option(
        "--group-column",
        default="topic",
        show_default=True,
        help="Column naming the group of a row (mails written on one topic): cross-validation "
        "and calibration keep a group in one fold. Rows without one are groups of their own.",
    )(function)
    for name, default in (
        ("split", "split"),
        ("language", "language"),
        ("body", "body"),
        ("subject", "subject"),
    ):
        function = click.option(
            f"--{name}-column",
            default=default,
            show_default=True,
            help=f"Column holding the {name}.",
        )(function)
    return function


def _db_records(config_path: str | None, labels: Sequence[str]) -> list[Any]:
    from mailtriage.classification.train import Columns, to_record
    from mailtriage.config import load_config

    try:
        from mailtriage.storage.training import ticket_records
    except ImportError:
        raise ConfigError("this build cannot read training data from the database") from None
    config = load_config(config_path)
    return [to_record(row, labels, Columns()) for row in ticket_records(config.database_url)]


@click.command()
@click.option("--data", type=_existing_file, default=None, help="Training data (.csv or .jsonl).")
@click.option(
    "--from-db",
    is_flag=True,
    help="Train on the tickets in the database, with agents' corrections.",
)
@click.option(
    "--label",
    "labels",
    multiple=True,
    help="Label column to learn (repeatable; default: level and category).",
)
@click.option("--out", type=_path, required=True, help="Artifact directory to write.")
@click.option("--name", default=None, help="Model name (default: the --out directory's name).")
@click.option("--split", default=None, help="Use only rows whose split column has this value.")
@click.option(
    "--eval-data",
    type=_existing_file,
    multiple=True,
    help="Independent evaluation data (repeatable); its scores go into the metadata and card.",
)
@click.option(
    "--eval-subject-only",
    type=_existing_file,
    multiple=True,
    help="Evaluation data scored on the subjects alone, bodies left out (repeatable).",
)
@click.option("--eval-split", default=None, help="Only rows of this split of the evaluation data.")
@click.option(
    "--policy",
    type=_existing_file,
    default=None,
    help="The written label policy (Markdown), quoted in the model card.",
)
@column_options
@click.option("--progress/--no-progress", default=True, help="Show a progress bar.")
@config_option
@reports_errors
def train(**options: Any) -> None:
    """Train a model on labelled mail and write the artifact (model, metadata, model card)."""
    from mailtriage.classification.train import TrainingRequest, read_records, train_artifact

    if bool(options["data"]) == bool(options["from_db"]):
        raise click.UsageError("give exactly one of --data FILE or --from-db")
    labels = tuple(options["labels"]) or DEFAULT_LABELS
    columns = _columns(options)
    if options["from_db"]:
        records = _db_records(options["config_path"], labels)
        source = "database: tickets with agents' corrections"
    else:
        records = read_records(options["data"], labels, columns, options["split"])
        source = str(options["data"]) + (f" (split {options['split']})" if options["split"] else "")
    out: Path = options["out"]
    request = TrainingRequest(
        heads=labels,
        out=out,
        name=options["name"] or out.resolve().name,
        command=_command_line("train", options),
        source=source,
        progress=options["progress"],
        policy=options["policy"],
    )
    eval_sets = _evaluation_sets(options, labels, columns)
    metadata = train_artifact(records, request, eval_sets)
    click.echo(f"wrote {out} (model {metadata['model_version']}, {len(records)} mails)")
    for name, heads in metadata["metrics"].get("evaluations", {}).items():
        for head, figures in heads.items():
            click.echo(
                f"{name}: {head}: macro-F1 {figures['macro_f1']:.3f}, "
                f"accuracy {figures['accuracy']:.3f}"
            )


def _evaluation_sets(options: dict[str, Any], labels: Sequence[str], columns: Any) -> list[Any]:
    """--eval-data files whole, then --eval-subject-only files cut to their subjects."""
    from mailtriage.classification.evaluate import EvaluationSet, subject_only
    from mailtriage.classification.train import read_records

    sets = []
    for path in options["eval_data"]:
        records = read_records(path, labels, columns, options["eval_split"])
        sets.append(EvaluationSet(str(path), records))
    for path in options["eval_subject_only"]:
        records = subject_only(read_records(path, labels, columns, options["eval_split"]))
        sets.append(EvaluationSet(f"{path} (subject only)", records))
    return sets


@click.command()
@click.option("--model", "model_dir", type=_path, required=True, help="Artifact directory.")
@click.option("--data", type=_existing_file, required=True, help="Labelled data (.csv/.jsonl).")
@click.option("--split", default=None, help="Use only rows whose split column has this value.")
@click.option("--label", "labels", multiple=True, help="Heads to score (default: all).")
@click.option("--subject-only", is_flag=True, help="Score the subjects alone (bodies left out).")
@column_options
@click.option(
    "--png-dir",
    type=_path,
    default=Path("."),
    show_default=True,
    help="Where confusion_<label>.png is written.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@reports_errors
def evaluate(**options: Any) -> None:
    """Print accuracy, macro-F1, per-class and per-language scores; draw confusion matrices."""
    from mailtriage.classification.artifact import load_artifact
    from mailtriage.classification.evaluate import (
        evaluate_model,
        format_report,
        subject_only,
        write_confusion_pngs,
    )
    from mailtriage.classification.train import read_records, with_languages

    artifact = load_artifact(options["model_dir"])
    labels = tuple(options["labels"]) or tuple(artifact.model.heads)
    unknown = [label for label in labels if label not in artifact.model.heads]
    if unknown:
        raise click.UsageError(f"the model has no head {', '.join(unknown)}")
    records = with_languages(read_records(options["data"], labels, _columns(options), options["split"]))
    if options["subject_only"]:
        records = subject_only(records)
    report = evaluate_model(artifact.model, records, labels)
    click.echo(f"model {artifact.version}: heads {', '.join(artifact.model.heads)}", err=True)
    click.echo(json.dumps(report, indent=2) if options["as_json"] else format_report(report))
    for path in write_confusion_pngs(report, options["png_dir"]):
        click.echo(f"wrote {path}", err=True)


@click.command("export-inference")
@click.option("--model", "model_dir", type=_path, required=True, help="Artifact directory.")
@reports_errors
def export_inference(model_dir: Path) -> None:
    """Write the daemon's inference.npz (numpy arrays) from an artifact's model file."""
    from mailtriage.classification.artifact import export_inference as export

    metadata = export(model_dir)
    click.echo(
        f"wrote {model_dir / metadata['inference_file']['name']} "
        f"(model {metadata['model_version']}, SHA-256 {metadata['inference_file']['sha256']})"
    )
