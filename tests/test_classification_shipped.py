"""The shipped models/default: it loads, matches this code, was trained on the project's corpus
only, and its card's figures on data it was never trained on are what it scores."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailtriage.classification.artifact import load_artifact
from mailtriage.classification.base import MailText
from mailtriage.classification.evaluate import evaluate_model, routing_figures, subject_only
from mailtriage.classification.features import FEATURE_VERSION
from mailtriage.classification.inference import NumpyModelClassifier
from mailtriage.classification.loader import default_model_dir, load_classifier
from mailtriage.classification.train import Record, read_records, records_hash, with_languages
from mailtriage.config.schema import ClassifierConfig

CORPUS = Path(__file__).resolve().parents[1] / "models" / "corpus"
HEADS = ("level", "category")
EVAL = "models/corpus/eval.jsonl"
SHORT = "models/corpus/check/short.jsonl"


def records(path: str) -> list[Record]:
    return with_languages(read_records(CORPUS.parents[1] / path, HEADS))


@pytest.fixture(scope="module")
def metadata() -> dict[str, object]:
    return load_artifact(default_model_dir()).metadata


def evaluation(metadata: dict, name: str) -> dict:  # type: ignore[type-arg]
    (found,) = [e for e in metadata["evaluations"] if e["name"] == name]
    return found


def test_the_daemon_loads_the_shipped_model_by_default() -> None:
    classifier = load_classifier(ClassifierConfig())
    assert isinstance(classifier, NumpyModelClassifier)
    artifact = load_artifact(default_model_dir())
    assert classifier.version == artifact.version
    assert artifact.metadata["feature_version"] == FEATURE_VERSION
    assert artifact.metadata["labels"]["level"] == ["0", "1", "2", "3", "4"]


def test_it_was_trained_on_the_shipped_training_corpus_only(metadata: dict) -> None:  # type: ignore[type-arg]
    train = read_records(CORPUS / "train.jsonl", HEADS)
    assert metadata["training_data"]["sha256"] == records_hash(train)
    assert metadata["training_command"].startswith("mailtriage train --data ")
    assert metadata["label_policy"]["source"] == "models/corpus/POLICY.md"
    assert metadata["label_policy"]["text"] == (CORPUS / "POLICY.md").read_text("utf-8")
    trained = {(r.subject.strip(), r.body.strip()) for r in train}
    for path in (EVAL, SHORT):
        assert not trained & {(r.subject.strip(), r.body.strip()) for r in records(path)}


@pytest.mark.parametrize(
    ("name", "path", "cut"),
    [(EVAL, EVAL, False), (SHORT, SHORT, False), (f"{EVAL} (subject only)", EVAL, True)],
)
def test_the_card_figures_are_what_the_model_scores(
    metadata: dict, name: str, path: str, cut: bool  # type: ignore[type-arg]
) -> None:
    artifact = load_artifact(default_model_dir())
    held_out = subject_only(records(path)) if cut else records(path)
    recorded = evaluation(metadata, name)
    measured = evaluate_model(artifact.model, held_out, HEADS)
    for head in HEADS:
        assert measured[head]["macro_f1"] == recorded["heads"][head]["macro_f1"]
        assert measured[head]["per_language"] == recorded["heads"][head]["per_language"]
        assert measured[head]["confusion"] == recorded["heads"][head]["confusion"]
    assert routing_figures(artifact.model, held_out, ClassifierConfig()) == recorded["routing"]
    card = (default_model_dir() / "README.md").read_text("utf-8")
    assert f"`{name}`" in card
    assert f"macro-F1 **{recorded['heads']['level']['macro_f1']:.3f}**" in card


# The quality the product needs of the level (issue: levels that follow the policy), on text
# the model never saw: the independent short check set, the evaluation mails, their subjects.
TARGETS = {SHORT: 0.92, EVAL: 0.88, f"{EVAL} (subject only)": 0.80}


@pytest.mark.parametrize("name", list(TARGETS))
def test_level_macro_f1_reaches_its_target(metadata: dict, name: str) -> None:  # type: ignore[type-arg]
    figures = evaluation(metadata, name)["heads"]["level"]
    assert figures["macro_f1"] >= TARGETS[name], f"{name}: {figures['macro_f1']}"


@pytest.mark.parametrize("name", [SHORT, EVAL])
def test_needs_review_catches_most_wrong_levels_and_flags_few_tickets(
    metadata: dict, name: str  # type: ignore[type-arg]
) -> None:
    routing = evaluation(metadata, name)["routing"]
    assert routing["level"]["flagged_share"] <= 0.20
    assert routing["level"]["wrong_flagged"] is None or routing["level"]["wrong_flagged"] >= 0.60


def test_every_language_and_level_is_served(metadata: dict) -> None:  # type: ignore[type-arg]
    for name in (SHORT, EVAL):
        level = evaluation(metadata, name)["heads"]["level"]
        assert all(s["macro_f1"] >= 0.80 for s in level["per_language"].values()), name
        assert all(c["recall"] >= 0.75 for c in level["per_class"].values()), name


def test_a_one_line_ticket_is_classified_the_same_as_subject_or_as_body() -> None:
    classifier = load_classifier(ClassifierConfig(confidence_threshold=0.0))
    short = records(SHORT)
    as_subject = classifier.classify_many([MailText(r.subject, "") for r in short])
    as_body = classifier.classify_many([MailText("", r.subject) for r in short])
    same = sum(a.level == b.level for a, b in zip(as_subject, as_body, strict=True))
    assert same / len(short) >= 0.97
