"""Read labelled mail (CSV or JSONL), train the model and write the artifact with its papers."""

from __future__ import annotations

import csv
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tqdm import tqdm

from mailtriage.classification.artifact import save_artifact, write_metadata
from mailtriage.classification.card import write_card
from mailtriage.classification.evaluate import (
    ROUTING_HEADS,
    EvaluationSet,
    evaluate_model,
    routing_figures,
    write_confusion_pngs,
)
from mailtriage.classification.features import clean_body, clean_subject, format_text
from mailtriage.classification.language import detect_language
from mailtriage.classification.model import (
    Selection,
    TooFewExamples,
    TrainedModel,
    steps_per_head,
    train_model,
)
from mailtriage.config.schema import ClassifierConfig
from mailtriage.errors import MailtriageError


class TrainingDataError(MailtriageError):
    """The training or evaluation data cannot be used: the person training fixes the file."""

    exit_code = 65  # EX_DATAERR
    who = "whoever trains the model (data file)"


@dataclass(frozen=True)
class Columns:
    """Which columns of the data file hold what."""

    subject: str = "subject"
    body: str = "body"
    language: str = "language"
    split: str = "split"
    group: str = "topic"


@dataclass(frozen=True)
class Record:
    """One labelled mail; mails of one `group` (e.g. written on one topic) stay in one CV fold."""

    subject: str
    body: str
    labels: dict[str, str]
    language: str = ""
    split: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    group: str = ""

    def text(self) -> str:
        """The prepared classifier input, words stemmed in the record's language."""
        return format_text(clean_subject(self.subject), clean_body(self.body), self.language)


def _rows(path: Path) -> Iterable[dict[str, Any]]:
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            yield from csv.DictReader(handle)
        return
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise TrainingDataError(f"{path}:{number}: not a JSON line: {exc}") from None


def _label(value: Any) -> str:
    """Labels as text: 2, 2.0 and "2" all become "2"."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def to_record(row: Mapping[str, Any], labels: Sequence[str], columns: Columns) -> Record:
    """A record from one row (dict); KeyError names a missing column."""
    return Record(
        subject=str(row.get(columns.subject) or ""),
        body=str(row[columns.body] or ""),
        labels={name: _label(row[name]) for name in labels},
        language=str(row.get(columns.language) or ""),
        split=str(row.get(columns.split) or ""),
        group=str(row.get(columns.group) or ""),
    )


def read_records(
    path: Path, labels: Sequence[str], columns: Columns = Columns(), split: str | None = None
) -> list[Record]:
    """Labelled records of a .csv or .jsonl file, optionally only one split."""
    if not path.is_file():
        raise TrainingDataError(f"data file {path} does not exist")
    records = []
    for number, row in enumerate(_rows(path), 1):
        try:
            record = to_record(row, labels, columns)
        except KeyError as exc:
            raise TrainingDataError(
                f"{path}: row {number} has no column {exc}; name the columns with "
                "--subject-column/--body-column/--label"
            ) from None
        if split is None or record.split == split:
            records.append(record)
    if not records:
        where = f" in split {split!r}" if split else ""
        raise TrainingDataError(f"{path}: no labelled rows{where}")
    return records


def records_hash(records: Sequence[Record]) -> str:
    """SHA-256 over the records' text and labels, independent of the file format."""
    digest = hashlib.sha256()
    for record in records:
        line = json.dumps([record.subject, record.body, record.labels], sort_keys=True)
        digest.update(line.encode("utf-8") + b"\n")
    return digest.hexdigest()


def with_languages(records: Sequence[Record]) -> list[Record]:
    """Records whose language is filled in by detection where the data did not give one."""
    return [r if r.language else replace(r, language=_detect(r)) for r in records]


def _detect(record: Record) -> str:
    return detect_language(f"{clean_subject(record.subject)}\n{clean_body(record.body)}")


def data_summary(records: Sequence[Record], heads: Sequence[str]) -> dict[str, Any]:
    """Row count and label/language distributions, for metadata and the model card."""
    return {
        "rows": len(records),
        "sha256": records_hash(records),
        "languages": dict(sorted(Counter(r.language for r in records).items())),
        "label_counts": {
            head: dict(sorted(Counter(r.labels[head] for r in records).items())) for head in heads
        },
    }


@dataclass(frozen=True)
class TrainingRequest:
    """Everything `mailtriage train` needs besides the records."""

    heads: tuple[str, ...]
    out: Path
    name: str
    command: str
    source: str
    progress: bool = True
    policy: Path | None = None  # the written label policy, quoted in the model card


def train_artifact(
    records: Sequence[Record],
    request: TrainingRequest,
    eval_sets: Sequence[EvaluationSet] = (),
) -> dict[str, Any]:
    """Train, evaluate (CV, and every evaluation set), write the artifact; its metadata."""
    records = with_languages(records)
    model, selections = _fit(records, request)
    metadata = save_artifact(model, _metadata(records, request, selections), request.out)
    if eval_sets:
        sets = [EvaluationSet(s.name, with_languages(s.records)) for s in eval_sets]
        _add_evaluations(metadata, model, sets, request)
        write_confusion_pngs(metadata["evaluations"][0]["heads"], request.out)
        write_metadata(request.out, metadata)
    write_card(request.out, metadata)
    return metadata


def _fit(
    records: Sequence[Record], request: TrainingRequest
) -> tuple[TrainedModel, dict[str, Selection]]:
    """train_model() behind a progress bar."""
    total = len(request.heads) * steps_per_head()
    with tqdm(total=total, desc="training", disable=not request.progress, unit="fit") as bar:

        def step(text: str) -> None:
            bar.set_postfix_str(text)
            bar.update()

        try:
            return train_model(
                [r.text() for r in records],
                {head: [r.labels[head] for r in records] for head in request.heads},
                progress=step,
                groups=record_groups(records),
            )
        except TooFewExamples as exc:
            raise TrainingDataError(f"{request.source}: {exc}") from None


def record_groups(records: Sequence[Record]) -> list[str] | None:
    """Each record's CV group (a record without one is a group of its own); None if none has."""
    if not any(r.group for r in records):
        return None
    return [r.group or f"row-{i}" for i, r in enumerate(records)]


def _policy(path: Path | None) -> dict[str, Any]:
    """The label policy's file name and text, for the model card."""
    if path is None:
        return {}
    try:
        return {"label_policy": {"source": str(path), "text": path.read_text(encoding="utf-8")}}
    except (OSError, UnicodeDecodeError) as exc:
        raise TrainingDataError(f"cannot read the label policy {path}: {exc}") from None


def _metadata(
    records: Sequence[Record], request: TrainingRequest, selections: dict[str, Selection]
) -> dict[str, Any]:
    """What metadata.json says about training (save_artifact adds the model's own papers)."""
    return {
        "name": request.name,
        "created": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "training_command": request.command,
        "training_data": {"source": request.source, **data_summary(records, request.heads)},
        **_policy(request.policy),
        "selection": {head: vars(selection) for head, selection in selections.items()},
        "metrics": {
            "cross_validation": {
                head: {"macro_f1": s.macro_f1[s.chosen], "accuracy": s.accuracy[s.chosen]}
                for head, s in selections.items()
            }
        },
    }


def _add_evaluations(
    metadata: dict[str, Any],
    model: TrainedModel,
    eval_sets: Sequence[EvaluationSet],
    request: TrainingRequest,
) -> None:
    """Score the model on every set into metadata["evaluations"] and the metrics."""
    routes = all(head in request.heads for head in ROUTING_HEADS)
    metadata["evaluations"] = []
    metadata["metrics"]["evaluations"] = {}
    for chosen in eval_sets:
        report = evaluate_model(model, chosen.records, request.heads)
        entry: dict[str, Any] = {"name": chosen.name, "rows": len(chosen.records), "heads": report}
        if routes:
            entry["routing"] = routing_figures(model, chosen.records, ClassifierConfig())
        metadata["evaluations"].append(entry)
        metadata["metrics"]["evaluations"][chosen.name] = {
            head: {"macro_f1": figures["macro_f1"], "accuracy": figures["accuracy"]}
            for head, figures in report.items()
        }
