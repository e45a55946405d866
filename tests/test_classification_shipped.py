"""The shipped models/default: it loads, matches this code, and is sensible on the eval mails."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from mailtriage.classification.artifact import load_artifact
from mailtriage.classification.base import MailText
from mailtriage.classification.evaluate import evaluate_model
from mailtriage.classification.features import FEATURE_VERSION
from mailtriage.classification.inference import NumpyModelClassifier
from mailtriage.classification.loader import default_model_dir, load_classifier
from mailtriage.classification.train import Record, read_records, records_hash
from mailtriage.config.schema import ClassifierConfig

CORPUS = Path(__file__).resolve().parents[1] / "models" / "corpus"
HEADS = ("level", "category")
PER_GROUP = 5  # the first mails of each (language, level) in the evaluation file


@pytest.fixture(scope="module")
def eval_records() -> list[Record]:
    return read_records(CORPUS / "eval.jsonl", HEADS)


def test_the_daemon_loads_the_shipped_model_by_default() -> None:
    classifier = load_classifier(ClassifierConfig())
    assert isinstance(classifier, NumpyModelClassifier)
    artifact = load_artifact(default_model_dir())
    assert classifier.version == artifact.version
    assert artifact.metadata["feature_version"] == FEATURE_VERSION
    assert artifact.metadata["labels"]["level"] == ["0", "1", "2", "3", "4"]


def test_it_was_trained_on_the_shipped_training_corpus_only() -> None:
    metadata = load_artifact(default_model_dir()).metadata
    train = read_records(CORPUS / "train.jsonl", HEADS)
    assert metadata["training_data"]["sha256"] == records_hash(train)
    assert metadata["training_command"].startswith("mailtriage train --data ")
    train_texts = {(r.subject, r.body) for r in train}
    evaluation = read_records(CORPUS / "eval.jsonl", HEADS)
    assert not train_texts & {(r.subject, r.body) for r in evaluation}


def test_the_model_card_figures_are_what_the_model_scores(eval_records: list[Record]) -> None:
    artifact = load_artifact(default_model_dir())
    recorded = artifact.metadata["evaluation"]["heads"]
    measured = evaluate_model(artifact.model, eval_records, HEADS)
    for head in HEADS:
        assert measured[head]["macro_f1"] == recorded[head]["macro_f1"]
        assert measured[head]["per_language"] == recorded[head]["per_language"]
    card = (default_model_dir() / "README.md").read_text("utf-8")
    assert f"macro-F1 **{recorded['level']['macro_f1']:.3f}**" in card


def test_one_mail_per_level_and_language_is_classified_sensibly(
    eval_records: list[Record],
) -> None:
    groups: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for record in eval_records:
        if len(groups[record.language, record.labels["level"]]) < PER_GROUP:
            groups[record.language, record.labels["level"]].append(record)
    assert len(groups) == 4 * 5
    classifier = load_classifier(ClassifierConfig(confidence_threshold=0.0))  # the model alone
    for (language, level), records in sorted(groups.items()):
        results = [classifier.classify(MailText(r.subject, r.body)) for r in records]
        right = sum(str(result.level) == level for result in results)
        assert right * 2 > len(records), f"{language} level {level}: {right}/{len(records)}"
        assert all(result.language == language for result in results)
        assert all(0.0 <= result.confidence <= 1.0 for result in results)


def test_level_accuracy_per_language_on_the_whole_evaluation_file(
    eval_records: list[Record],
) -> None:
    classifier = load_classifier(ClassifierConfig(confidence_threshold=0.0))
    results = classifier.classify_many([MailText(r.subject, r.body) for r in eval_records])
    for language in ("de", "fr", "it", "en"):
        pairs = [
            (str(result.level), record.labels["level"])
            for result, record in zip(results, eval_records, strict=True)
            if record.language == language
        ]
        accuracy = sum(a == b for a, b in pairs) / len(pairs)
        assert accuracy >= 0.75, f"{language}: {accuracy:.3f}"
