"""The daemon's numpy classifier: the same numbers as the scikit-learn model, and no sklearn."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from sklearn.calibration import CalibratedClassifierCV
from sklearn.naive_bayes import ComplementNB
from sklearn.svm import LinearSVC

from mailtriage.classification.artifact import load_artifact
from mailtriage.classification.base import MailText
from mailtriage.classification.export import inference_arrays
from mailtriage.classification.features import prepare_text
from mailtriage.classification.inference import (
    InferenceModel,
    NumpyModelClassifier,
    linear_scores,
    model_of,
)
from mailtriage.classification.loader import default_model_dir, load_classifier
from mailtriage.classification.model import ModelClassifier, TrainedModel
from mailtriage.classification.papers import read_metadata, write_metadata
from mailtriage.classification.train import Record, read_records
from mailtriage.classification.vectorizer import build_vectorizer
from mailtriage.cli.model_commands import export_inference
from mailtriage.config.schema import ClassifierConfig
from mailtriage.errors import ModelError

CORPUS = Path(__file__).resolve().parents[1] / "models" / "corpus"
HEADS = ("level", "category")
TOLERANCE = 1e-6


@pytest.fixture(scope="module")
def eval_records() -> list[Record]:
    return read_records(CORPUS / "eval.jsonl", HEADS)


def numpy_scores(model: InferenceModel, head: str, texts: list[str]) -> tuple[np.ndarray, ...]:
    linear = linear_scores(model.tables.transform(texts), model.coef)
    return model.heads[head].scores_and_proba(linear)


def test_the_numpy_path_gives_the_sklearn_numbers_on_the_evaluation_mails(
    eval_records: list[Record],
) -> None:
    artifact = load_artifact(default_model_dir())
    numpy_path = load_classifier(ClassifierConfig(confidence_threshold=0.0))
    assert isinstance(numpy_path, NumpyModelClassifier)
    texts = [prepare_text(r.subject, r.body) for r in eval_records]
    features = artifact.model.vectorizer.transform(texts)
    for name, head in artifact.model.heads.items():
        scores, proba = numpy_scores(numpy_path.model, name, texts)
        estimator = head.calibrated_classifiers_[0].estimator
        assert list(scores.argmax(axis=1)) == list(estimator.decision_function(features).argmax(1))
        assert np.abs(proba - head.predict_proba(features)).max() < TOLERANCE
    mails = [MailText(r.subject, r.body) for r in eval_records]
    sklearn_path = ModelClassifier(artifact.model, artifact.version, numpy_path.config)
    for ours, theirs in zip(
        numpy_path.classify_many(mails), sklearn_path.classify_many(mails), strict=True
    ):
        assert (ours.level, ours.category, ours.language) == (
            theirs.level,
            theirs.category,
            theirs.language,
        )
        assert ours.confidence == pytest.approx(theirs.confidence, abs=TOLERANCE)
        assert ours.model_version == theirs.model_version == artifact.version


IMPORT_CHAIN = """
import sys
from mailtriage.classification.base import MailText
from mailtriage.classification.loader import load_classifier
from mailtriage.config.schema import ClassifierConfig
import mailtriage.ingest.pipeline

classifier = load_classifier(ClassifierConfig())
result = classifier.classify(MailText("Lizenz", "Die Rechnung für unsere Lizenz ist falsch."))
assert type(classifier).__name__ == "NumpyModelClassifier", type(classifier)
assert result.model_version.startswith("default-"), result
heavy = sorted(m for m in sys.modules if m.startswith(("sklearn", "scipy", "skops")))
assert not heavy, heavy[:10]
"""


def test_the_daemon_classifies_without_importing_sklearn_scipy_or_skops() -> None:
    done = subprocess.run([sys.executable, "-c", IMPORT_CHAIN], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def daemon_copy(target: Path) -> Path:
    """What the daemon needs of models/default: metadata.json and inference.npz only."""
    target.mkdir()
    for name in ("metadata.json", "inference.npz"):
        (target / name).write_bytes((default_model_dir() / name).read_bytes())
    return target


def test_the_daemon_needs_only_metadata_and_inference_file(tmp_path: Path) -> None:
    classifier = load_classifier(ClassifierConfig(model=daemon_copy(tmp_path / "m")))
    assert classifier.classify(MailText("Hallo", "Wo finde ich das Handbuch?")).level in range(5)


def test_refuses_a_modified_inference_file(tmp_path: Path) -> None:
    copy = daemon_copy(tmp_path / "m")
    with (copy / "inference.npz").open("ab") as handle:
        handle.write(b"\0")
    with pytest.raises(ModelError, match=r"does not match the SHA-256.*re-export it"):
        load_classifier(ClassifierConfig(model=copy))


def test_refuses_an_artifact_without_an_exported_inference_file(tmp_path: Path) -> None:
    copy = daemon_copy(tmp_path / "m")
    metadata = read_metadata(copy)
    del metadata["inference_file"]
    write_metadata(copy, metadata)
    with pytest.raises(ModelError, match="mailtriage export-inference --model"):
        load_classifier(ClassifierConfig(model=copy))


def test_refuses_labels_that_differ_from_the_metadata(tmp_path: Path) -> None:
    copy = daemon_copy(tmp_path / "m")
    metadata = read_metadata(copy)
    metadata["labels"]["level"] = ["1", "2"]
    write_metadata(copy, metadata)
    with pytest.raises(ModelError, match="labels"):
        load_classifier(ClassifierConfig(model=copy))


def test_export_command_writes_the_inference_file_of_an_artifact(tmp_path: Path) -> None:
    copy = tmp_path / "m"
    copy.mkdir()
    for path in default_model_dir().iterdir():
        if path.name != "inference.npz":
            (copy / path.name).write_bytes(path.read_bytes())
    result = CliRunner().invoke(export_inference, ["--model", str(copy)])
    assert result.exit_code == 0, result.output
    exported = read_metadata(copy)["inference_file"]
    assert exported == read_metadata(default_model_dir())["inference_file"]
    assert exported["sha256"] in (copy / "README.md").read_text("utf-8")


@pytest.mark.parametrize("estimator", [LinearSVC(), ComplementNB(alpha=0.3)], ids=type)
@pytest.mark.parametrize("binary", [False, True], ids=["multi-class", "binary"])
def test_exported_heads_equal_sklearn_for_every_candidate_kind(
    eval_records: list[Record], estimator: object, binary: bool
) -> None:
    texts = [prepare_text(r.subject, r.body) for r in eval_records]
    labels = [r.labels["level"] for r in eval_records]
    y = np.array(
        ["urgent" if label in "34" else "normal" for label in labels] if binary else labels
    )
    vectorizer = build_vectorizer().fit(texts[:400])
    head = CalibratedClassifierCV(estimator, method="sigmoid", cv=3, ensemble=False)
    head.fit(vectorizer.transform(texts[:400]), y[:400])
    exported = model_of(inference_arrays(TrainedModel(vectorizer, {"x": head})))
    scores, proba = numpy_scores(exported, "x", texts[400:])
    features = vectorizer.transform(texts[400:])
    assert np.abs(proba - head.predict_proba(features)).max() < TOLERANCE
    inner = head.calibrated_classifiers_[0].estimator
    reference = (
        inner.decision_function(features)
        if hasattr(inner, "decision_function")
        else inner.predict_proba(features)
    )
    if reference.ndim == 1:
        reference = np.column_stack([-reference, reference])
    assert list(scores.argmax(axis=1)) == list(reference.argmax(axis=1))
