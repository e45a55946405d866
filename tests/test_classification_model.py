"""Train on a small file, write the artifact, load it back, classify, evaluate; refuse mismatches."""

from __future__ import annotations

import csv
import json
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import skops.io as sio
from click.testing import CliRunner

from mailtriage.classification import artifact as artifact_module
from mailtriage.classification.artifact import load_artifact, read_metadata, write_metadata
from mailtriage.classification.base import MailText
from mailtriage.classification.features import FEATURE_VERSION
from mailtriage.classification.loader import load_classifier
from mailtriage.classification.model import HeadArithmetic
from mailtriage.classification.papers import sha256_file
from mailtriage.cli.model_commands import classify, evaluate, train
from mailtriage.config.schema import ClassifierConfig
from mailtriage.errors import ModelError

# Small, distinct scenarios per level and language: enough for the pipeline to learn them.
SCENARIOS = {
    (0, "howto_usage"): {
        "en": (
            "Where is the manual",
            "Where can I find the user manual for {v}? Which page explains the {s} setting?",
        ),
        "de": (
            "Wo ist das Handbuch",
            "Wo finde ich das Handbuch für {v}? Welche Seite erklärt die Einstellung {s}?",
        ),
    },
    (1, "licensing_billing"): {
        "en": (
            "Question about invoice",
            "Invoice {n} charges {s} seats for our licence, we "
            "ordered fewer. Please correct the invoice.",
        ),
        "de": (
            "Frage zur Rechnung",
            "Auf der Rechnung {n} sind {s} Lizenzen verrechnet, wir "
            "haben weniger bestellt. Bitte korrigieren Sie die Rechnung.",
        ),
    },
    (2, "installation_updates"): {
        "en": (
            "Installer fails",
            "The setup of {v} stops with the message 'error {n}' while "
            "installing the service. Please call me back.",
        ),
        "de": (
            "Installation bricht ab",
            "Das Setup von {v} bricht mit der Meldung 'Fehler {n}' "
            "bei der Installation des Dienstes ab. Bitte rufen Sie an.",
        ),
    },
    (3, "database_storage"): {
        "en": (
            "Crash with stack trace",
            "Since {v} the server crashes: NullReferenceException at "
            "Archive.Store.Commit() line {n}. The database is corrupt.",
        ),
        "de": (
            "Absturz mit Stacktrace",
            "Seit {v} stürzt der Server ab: NullReferenceException bei "
            "Archive.Store.Commit() Zeile {n}. Die Datenbank ist defekt.",
        ),
    },
    (4, "third_party_infrastructure"): {
        "en": (
            "NAS share unreachable",
            "Our Synology NAS {s} drops the share after its firmware "
            "update {n}; Citrix users cannot reach the archive.",
        ),
        "de": (
            "NAS-Freigabe weg",
            "Unser Synology NAS {s} verliert nach dem Firmware-Update {n} "
            "die Freigabe; Citrix-Benutzer erreichen das Archiv nicht.",
        ),
    },
}


def make_rows(count: int, seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    rows = []
    for (level, category), languages in SCENARIOS.items():
        for language, (subject, body) in languages.items():
            for _ in range(count):
                filled = body.format(
                    v=f"{rng.randint(5, 7)}.{rng.randint(0, 4)}",
                    n=rng.randint(100, 99999),
                    s=rng.choice("ABCDEFGH"),
                )
                rows.append(
                    {
                        "subject": subject,
                        "body": filled,
                        "level": level,
                        "category": category,
                        "language": language,
                    }
                )
    rng.shuffle(rows)
    return rows


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`mailtriage train` on a small JSONL file, with an independent evaluation file."""
    root = tmp_path_factory.mktemp("model")
    data = write_jsonl(root / "train.jsonl", make_rows(8, seed=1))
    held_out = write_jsonl(root / "eval.jsonl", make_rows(3, seed=2))
    out = root / "tiny"
    result = CliRunner().invoke(
        train,
        ["--data", str(data), "--eval-data", str(held_out), "--out", str(out), "--no-progress"],
    )
    assert result.exit_code == 0, result.output
    return out


def test_train_writes_model_metadata_card_and_confusion_matrices(trained: Path) -> None:
    metadata = json.loads((trained / "metadata.json").read_text("utf-8"))
    assert metadata["feature_version"] == FEATURE_VERSION
    assert metadata["labels"]["level"] == ["0", "1", "2", "3", "4"]
    assert metadata["training_data"]["rows"] == 80
    assert len(metadata["training_data"]["sha256"]) == 64
    root = trained.parent
    assert metadata["training_command"] == (
        f"mailtriage train --data {root / 'train.jsonl'} --eval-data {root / 'eval.jsonl'} "
        f"--out {trained}"
    )
    assert metadata["libraries"]["scikit-learn"]
    assert metadata["inference_file"]["sha256"] == sha256_file(trained / "inference.npz")
    assert metadata["model_version"].startswith("tiny-")
    for head in ("level", "category"):
        assert metadata["selection"][head]["chosen"] in metadata["selection"][head]["macro_f1"]
        scores = metadata["metrics"]["evaluations"][str(root / "eval.jsonl")][head]
        assert scores["macro_f1"] >= 0.8
        assert (trained / f"confusion_{head}.png").read_bytes()[:4] == b"\x89PNG"
    card = (trained / "README.md").read_text("utf-8")
    for section in (
        "## Intended use",
        "## Languages",
        "## Independent evaluation",
        "Confusion matrix",
        "## Limitations",
        metadata["training_command"],
    ):
        assert section in card


def test_the_loaded_model_classifies_held_out_mail(trained: Path) -> None:
    classifier = load_classifier(ClassifierConfig(model=trained, confidence_threshold=0.0))
    rows = make_rows(1, seed=3)
    results = classifier.classify_many([MailText(str(r["subject"]), str(r["body"])) for r in rows])
    assert [r.level for r in results] == [row["level"] for row in rows]
    assert [r.category for r in results] == [row["category"] for row in rows]
    assert [r.language for r in results] == [row["language"] for row in rows]
    assert all(0.0 <= r.confidence <= 1.0 and r.model_version.startswith("tiny-") for r in results)


def test_classify_and_classify_many_agree(trained: Path) -> None:
    classifier = load_classifier(ClassifierConfig(model=trained))
    mails = [MailText(str(r["subject"]), str(r["body"])) for r in make_rows(1, seed=4)]
    assert classifier.classify_many(mails) == [classifier.classify(m) for m in mails]


def test_evaluate_prints_scores_and_writes_png(trained: Path, tmp_path: Path) -> None:
    rows = make_rows(2, seed=5)
    with (tmp_path / "eval.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ["Betreff", "Text", "level", "category", "language"])
        writer.writeheader()
        for r in rows:
            writer.writerow(
                {
                    "Betreff": r["subject"],
                    "Text": r["body"],
                    "level": r["level"],
                    "category": r["category"],
                    "language": r["language"],
                }
            )
    result = CliRunner().invoke(
        evaluate,
        [
            "--model",
            str(trained),
            "--data",
            str(tmp_path / "eval.csv"),
            "--png-dir",
            str(tmp_path),
            "--subject-column",
            "Betreff",
            "--body-column",
            "Text",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["level"]["rows"] == len(rows)
    assert set(report["level"]["per_language"]) == {"de", "en"}
    assert set(report["category"]["per_class"]) == {c for _, c in SCENARIOS}
    assert report["level"]["accuracy"] >= 0.8
    assert (tmp_path / "confusion_level.png").exists()


def test_train_one_custom_label_on_a_split(tmp_path: Path) -> None:
    rows = make_rows(6, seed=6)
    for i, row in enumerate(rows):
        row["team"], row["part"] = f"team{row['level']}", "train" if i % 4 else "test"
    data = write_jsonl(tmp_path / "data.jsonl", rows)
    out = tmp_path / "team-model"
    result = CliRunner().invoke(
        train,
        [
            "--data",
            str(data),
            "--label",
            "team",
            "--split",
            "train",
            "--split-column",
            "part",
            "--out",
            str(out),
            "--no-progress",
        ],
    )
    assert result.exit_code == 0, result.output
    metadata = read_metadata(out)
    assert list(metadata["labels"]) == ["team"]
    assert metadata["training_data"]["rows"] == sum(1 for r in rows if r["part"] == "train")
    evaluated = CliRunner().invoke(
        evaluate,
        [
            "--model",
            str(out),
            "--data",
            str(data),
            "--split",
            "test",
            "--split-column",
            "part",
            "--png-dir",
            str(tmp_path),
        ],
    )
    assert evaluated.exit_code == 0, evaluated.output
    assert "team: accuracy" in evaluated.stdout
    assert "heads team" in evaluated.stderr
    with pytest.raises(ModelError, match=r"heads team, not level, category.*--label level"):
        load_classifier(ClassifierConfig(model=out))
    card = (out / "README.md").read_text("utf-8")
    assert "Predicts `team`" in card and "support level" not in card
    daemon = run_once_with_model(tmp_path, out)
    assert daemon.returncode == 4, daemon.stderr
    assert "has the heads team, not level, category" in daemon.stderr
    assert "Traceback" not in daemon.stderr


def run_once_with_model(tmp_path: Path, model: Path) -> subprocess.CompletedProcess[str]:
    """`mailtriage run --once` with a Maildir mailbox and `[classifier] model`."""
    (tmp_path / "Maildir" / "new").mkdir(parents=True)
    config = tmp_path / "mailtriage.toml"
    config.write_text(
        f'data_dir = "{tmp_path / "data"}"\n'
        f'[[mailbox]]\nname = "support"\nkind = "maildir"\npath = "{tmp_path / "Maildir"}"\n'
        '[smtp]\nhost = "127.0.0.1"\nport = 9\nsecurity = "none"\n'
        f'[classifier]\nmodel = "{model}"\n',
        encoding="utf-8",
    )
    command = [sys.executable, "-m", "mailtriage", "run", "--once", "--config", str(config)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def test_classify_prints_the_heads_of_a_model_without_level_and_category(tmp_path: Path) -> None:
    rows = make_rows(6, seed=7)
    for row in rows:
        row["team"], row["urgency"] = f"team{row['level']}", "high" if row["level"] > 2 else "low"
    data = write_jsonl(tmp_path / "data.jsonl", rows)
    out = tmp_path / "two-heads"
    trained = CliRunner().invoke(
        train,
        ["--data", str(data), "--label", "team", "--label", "urgency", "--out", str(out),
         "--no-progress"],
    )
    assert trained.exit_code == 0, trained.output
    runner = CliRunner(env={"MAILTRIAGE_CONFIG": None})
    text = "Unser Synology NAS B verliert nach dem Firmware-Update 512 die Freigabe."
    one = runner.invoke(classify, ["--model", str(out), "--subject", "NAS-Freigabe weg", text])
    assert one.exit_code == 0, one.output
    assert "heads team, urgency" in one.stderr
    assert "team:         team4 (p=" in one.stdout and "urgency:      high (p=" in one.stdout
    lines = json.dumps({"subject": "Where is the manual", "body": "Where is the manual?"}) + "\n"
    many = runner.invoke(classify, ["--model", str(out), "--jsonl"], input=lines)
    assert many.exit_code == 0, many.output
    result = json.loads(many.stdout)
    assert result["team"]["label"] == "team0" and 0 < result["team"]["probability"] <= 1
    assert set(result) == {"team", "urgency", "language", "model_version"}


def test_classify_cli_text_and_jsonl(trained: Path) -> None:
    runner = CliRunner(env={"MAILTRIAGE_CONFIG": None})
    text = runner.invoke(
        classify,
        [
            "--model",
            str(trained),
            "--subject",
            "Absturz",
            "Seit 7.1 stürzt der Server ab: NullReferenceException bei "
            "Archive.Store.Commit(). Die Datenbank ist defekt.",
        ],
    )
    assert text.exit_code == 0, text.output
    assert "level:        3" in text.stdout and "language:     de" in text.stdout
    lines = '{"subject": "Where is the manual", "body": "Where can I find the manual?"}\nnope\n'
    jsonl = runner.invoke(classify, ["--model", str(trained), "--jsonl"], input=lines)
    assert jsonl.exit_code == 65
    first, second = (json.loads(line) for line in jsonl.stdout.splitlines())
    # level 0, or (unsure) routed to the fallback level 1 for review
    assert (first["level"], first["needs_review"]) in ((0, False), (1, True))
    assert first["language"] == "en"
    assert {"level", "category", "confidence", "language", "needs_review", "model_version"} <= set(
        first
    )
    assert "line 2" in second["error"]


def test_missing_model_is_one_line_on_stderr_with_exit_code_4(tmp_path: Path) -> None:
    result = CliRunner(env={"MAILTRIAGE_CONFIG": None}).invoke(
        classify, ["--model", str(tmp_path / "nothing"), "some text"]
    )
    assert result.exit_code == 4
    assert result.stderr.startswith("mailtriage: error: no model artifact at ")
    assert len(result.stderr.strip().splitlines()) == 1


def copy_artifact(source: Path, target: Path) -> Path:
    target.mkdir()
    for path in source.iterdir():
        (target / path.name).write_bytes(path.read_bytes())
    return target


def test_refuses_another_feature_version(trained: Path, tmp_path: Path) -> None:
    copy = copy_artifact(trained, tmp_path / "copy")
    write_metadata(copy, {**read_metadata(copy), "feature_version": "0-old"})
    with pytest.raises(ModelError, match=r"feature version '0-old'.*retrain it"):
        load_artifact(copy)


def test_the_retrain_hint_never_writes_over_the_model_it_came_from(tmp_path: Path) -> None:
    from mailtriage.classification.loader import default_model_dir
    from mailtriage.classification.papers import check_format, retrain_hint

    shipped = read_metadata(default_model_dir())
    assert "--out models/default" in shipped["training_command"]
    hint = retrain_hint(shipped)
    assert "--out models/default-retrained" in hint
    assert 'set [classifier] model = "models/default-retrained"' in hint
    assert "--out models/default " not in hint and "--out models/default`" not in hint
    assert retrain_hint({}) == "retrain it with `mailtriage train --data FILE --out NEW_DIR`"
    spaced = retrain_hint({"training_command": "mailtriage train --data 'my data.jsonl' --out 'our models/x/'"})
    assert "--out 'our models/x-retrained'" in spaced and "'my data.jsonl'" in spaced
    with pytest.raises(ModelError, match="default-retrained"):
        check_format({**shipped, "feature_version": "0-old"}, tmp_path)


def test_refuses_another_scikit_learn_minor(trained: Path, tmp_path: Path) -> None:
    copy = copy_artifact(trained, tmp_path / "copy")
    metadata = read_metadata(copy)
    write_metadata(
        copy, {**metadata, "libraries": {**metadata["libraries"], "scikit-learn": "0.99.0"}}
    )
    with pytest.raises(ModelError, match=r"scikit-learn 0\.99\.0"):
        load_artifact(copy)


def test_refuses_a_changed_label_set(trained: Path, tmp_path: Path) -> None:
    copy = copy_artifact(trained, tmp_path / "copy")
    metadata = read_metadata(copy)
    write_metadata(copy, {**metadata, "labels": {**metadata["labels"], "level": ["1", "2"]}})
    with pytest.raises(ModelError, match="labels"):
        load_artifact(copy)


def test_refuses_a_modified_model_file(trained: Path, tmp_path: Path) -> None:
    copy = copy_artifact(trained, tmp_path / "copy")
    with (copy / "model.skops").open("ab") as handle:
        handle.write(b"\0")
    with pytest.raises(ModelError, match="does not match the SHA-256"):
        load_artifact(copy)


class Sneaky:
    """A type no mailtriage model contains."""


def test_refuses_untrusted_types(trained: Path, tmp_path: Path) -> None:
    copy = copy_artifact(trained, tmp_path / "copy")
    state = sio.load(copy / "model.skops", trusted=list(artifact_module.TRUSTED_TYPES))
    state["extra"] = Sneaky()
    sio.dump(state, copy / "model.skops")
    metadata = read_metadata(copy)
    metadata["model_file"]["sha256"] = artifact_module.sha256_file(copy / "model.skops")
    write_metadata(copy, metadata)
    with pytest.raises(ModelError, match=r"not trusted.*Sneaky"):
        load_artifact(copy)


def test_loader_falls_back_only_when_no_model_exists(tmp_path: Path) -> None:
    classifier = load_classifier(ClassifierConfig(fallback_level=2), default_dir=tmp_path)
    result = classifier.classify(MailText("Hallo", "Wo finde ich das Handbuch?"))
    assert (result.level, result.needs_review, result.model_version) == (2, True, "fallback-1")
    with pytest.raises(ModelError):
        load_classifier(ClassifierConfig(model=tmp_path))


def test_fast_head_arithmetic_equals_sklearn_predict_proba(trained: Path) -> None:
    model = load_artifact(trained).model
    texts = [f"{r['subject']}\n{r['body']}".lower() for r in make_rows(1, seed=7)]
    features = model.vectorizer.transform(texts)
    for head in model.heads.values():
        arithmetic = HeadArithmetic.of(head)
        assert arithmetic.coef is not None  # the linear fast path is really taken
        scores, proba = arithmetic.scores_and_proba(features)
        inner = head.calibrated_classifiers_[0].estimator
        assert np.allclose(scores, inner.decision_function(features))
        assert np.allclose(proba, head.predict_proba(features))


def test_train_from_db_uses_the_ticket_records_of_the_configured_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mailtriage.storage.training as training

    asked = []

    def ticket_records(database_url: str) -> Iterator[dict[str, object]]:
        asked.append(database_url)
        yield from make_rows(4, seed=8)

    monkeypatch.setattr(training, "ticket_records", ticket_records)
    config = tmp_path / "mailtriage.toml"
    config.write_text(f'data_dir = "{tmp_path}"\n', encoding="utf-8")
    out = tmp_path / "retrained"
    result = CliRunner().invoke(
        train, ["--from-db", "--config", str(config), "--out", str(out), "--no-progress"]
    )
    assert result.exit_code == 0, result.output
    assert asked == [f"sqlite:///{tmp_path / 'mailtriage.db'}"]
    metadata = read_metadata(out)
    assert metadata["training_data"]["rows"] == 40
    assert metadata["training_data"]["source"].startswith("database")
    assert metadata["training_command"] == (
        f"mailtriage train --from-db --config {config} --out {out}"
    )


def test_train_needs_exactly_one_data_source(tmp_path: Path) -> None:
    result = CliRunner().invoke(train, ["--out", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert "exactly one of --data FILE or --from-db" in result.output


def test_review_thresholds_are_learned_out_of_fold_and_shipped_in_both_model_files(
    trained: Path,
) -> None:
    """Each head's threshold catches (flags) its configured share of the out-of-fold wrong
    answers (answers); the numpy
    path the daemon loads holds the same thresholds as the scikit-learn model file."""
    from mailtriage.classification.loader import load_predictor
    from mailtriage.classification.model import REVIEW_CATCH, REVIEW_SHARE

    metadata = read_metadata(trained)
    skops_model = load_artifact(trained).model
    numpy_model, _ = load_predictor(trained)
    assert skops_model.review_thresholds() == numpy_model.review_thresholds()
    for head in ("level", "category"):
        review = metadata["selection"][head]["review"]
        assert 0.0 < review["threshold"] < 1.0
        assert skops_model.review_thresholds()[head] == review["threshold"]
        if head in REVIEW_CATCH and review["wrong_flagged"] is not None:
            assert review["wrong_flagged"] >= REVIEW_CATCH[head]
        else:
            assert review["flagged_share"] <= REVIEW_SHARE + 1 / 80  # 80 rows
    classifier = load_classifier(ClassifierConfig(model=trained))
    assert classifier.thresholds == skops_model.review_thresholds()
    assert "needs review" in (trained / "README.md").read_text("utf-8")


def test_the_review_arithmetic_is_the_calibrated_heads_own(trained: Path) -> None:
    """calibrated_confidence (used on the out-of-fold scores) gives predict_proba's number."""
    from mailtriage.classification.model import _decision_scores, calibrated_confidence

    model = load_artifact(trained).model
    texts = [f"{r['subject']} {r['body']}" for r in make_rows(1, seed=4)]
    features = model.vectorizer.transform(texts)
    for head in model.heads.values():
        scores = _decision_scores(head, features)
        expected = head.predict_proba(features)[np.arange(len(texts)), scores.argmax(axis=1)]
        assert np.allclose(calibrated_confidence(head, scores), expected)


def test_evaluate_keeps_its_columns_with_long_class_names() -> None:
    from mailtriage.classification.evaluate import format_report

    labels = ["third_party_infrastructure_and_more", "db", "a_rather_long_queue_name"]
    figures = {
        "accuracy": 0.5, "macro_f1": 0.4, "rows": 1234, "labels": labels,
        "review": {"threshold": 0.5, "flagged_share": 0.1, "wrong_flagged": 0.6},
        "per_class": {label: {"precision": 0.5, "recall": 0.25, "f1": 0.3, "support": 400 + i}
                      for i, label in enumerate(labels)},
        "per_language": {"de": {"accuracy": 0.5, "macro_f1": 0.4, "rows": 1234}},
        "confusion": [[300, 50, 50], [1, 2, 398], [10, 1000, 3]],
    }
    lines = format_report({"queue": figures}).splitlines()
    table = lines[1:5]
    assert len({len(line) for line in table}) == 1, table  # one width: columns line up
    for label in labels:
        assert any(line.split()[0] == label for line in table)
    confusion = lines[lines.index("  confusion (rows: true, columns: predicted)") + 1:]
    assert len({len(line) for line in confusion}) == 1, confusion
    assert confusion[0].split() == ["1", "2", "3"]
    assert [row.split()[:2] for row in confusion[1:]] == [[str(i), label] for i, label in
                                                          enumerate(labels, 1)]
    assert confusion[3].split()[2:] == ["10", "1000", "3"]
