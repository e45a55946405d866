"""The training and evaluation corpus as data: regenerated files match, labels and ids are sound,
the sets are disjoint, and the classifier's cleaning keeps what the customer wrote."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from mailtriage.classification.features import clean_body, normalise

CORPUS = Path(__file__).resolve().parents[1] / "models" / "corpus"
LANGUAGES = ("de", "fr", "it", "en")


def _load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_build", CORPUS / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_build"] = module
    spec.loader.exec_module(module)
    return module


build = _load_build()


@pytest.fixture(scope="module")
def train() -> list[dict[str, Any]]:
    return build.build_train()


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_train_jsonl_is_what_the_data_gives(train: list[dict[str, Any]]) -> None:
    assert (CORPUS / "train.jsonl").read_text("utf-8") == build.jsonl(train, build.KEYS), (
        "models/corpus/train.jsonl is out of date: run python3 models/corpus/build.py"
    )


def test_eval_jsonl_is_what_the_data_gives() -> None:
    assert (CORPUS / "eval.jsonl").read_text("utf-8") == build.jsonl(
        build.build_eval(), build.EVAL_KEYS
    ), "models/corpus/eval.jsonl is out of date: run python3 models/corpus/build.py"


def test_a_topic_renders_the_same_alone_as_in_the_whole_build(
    train: list[dict[str, Any]],
) -> None:
    """Each topic has its own random stream: editing one topic (or one language) cannot change
    the mails of another."""
    common = build.read_toml(CORPUS / "data" / "common.toml")
    by_id = {r["id"]: r for r in train}
    for code in LANGUAGES:
        lang = build.Language.load(code, common)
        for topic in (lang.topics[0], lang.topics[len(lang.topics) // 2], lang.topics[-1]):
            for record in build.topic_records(lang, common, topic):
                kept = by_id.get(record["id"])
                assert kept is None or (kept["subject"], kept["body"]) == (
                    record["subject"],
                    record["body"],
                )


def test_every_language_has_its_own_seed() -> None:
    seeds = [build.read_toml(CORPUS / "data" / c / "language.toml")["language"]["seed"]
             for c in LANGUAGES]
    assert len(set(seeds)) == len(seeds)


def test_ids_are_unique_and_labels_valid(train: list[dict[str, Any]]) -> None:
    evaluation = build.build_eval()
    for rows in (train, evaluation):
        assert len({r["id"] for r in rows}) == len(rows)
        assert {r["level"] for r in rows} == set(build.LEVELS)
        assert {r["category"] for r in rows} <= set(build.CATEGORIES)
        assert {r["language"] for r in rows} == set(LANGUAGES)


def test_every_level_and_language_has_short_texts(train: list[dict[str, Any]]) -> None:
    counts = Counter(
        (r["language"], r["level"]) for r in train if r["form"] in ("subject", "one-liner")
    )
    for code in LANGUAGES:
        for level in build.LEVELS:
            assert counts[code, level] >= 100, (code, level, counts[code, level])


def _word_count(line: str) -> int:
    """Words of a line, a slot counting as one; punctuation set apart ("prix ?") is no word."""
    return sum(1 for token in re.sub(r"\{[^}]*\}", "x", line).split() if re.search(r"\w", token))


def test_every_topic_has_subjects_and_one_liners_of_three_to_ten_words() -> None:
    problems = []
    for code in LANGUAGES:
        for topic in build.read_toml(CORPUS / "data" / code / "topics.toml")["topic"]:
            short = topic.get("short", [])
            if len(topic["subjects"]) < 3 or len(short) < 4:
                problems.append(f"{topic['id']}: {len(topic['subjects'])} subjects, {len(short)} short")
            problems += [f"{topic['id']}: {line!r}" for line in short
                         if not 3 <= _word_count(line) <= 10]
    assert not problems, "\n".join(problems[:20])


def _texts(rows: list[dict[str, Any]]) -> set[str]:
    return {normalise(f"{r.get('subject', '')} {r.get('body', r.get('text', ''))}") for r in rows}


def test_no_evaluation_or_check_text_is_in_the_training_data(train: list[dict[str, Any]]) -> None:
    trained = _texts(train) | {normalise(r["subject"]) for r in train} | {
        normalise(r["body"]) for r in train
    }
    for path in (CORPUS / "eval.jsonl", CORPUS / "check" / "short.jsonl"):
        held_out = _texts(read_jsonl(path))
        assert not held_out & trained, path.name


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w\w+", normalise(text)))


def test_cleaning_keeps_at_least_60_percent_of_what_the_customer_wrote(
    train: list[dict[str, Any]],
) -> None:
    """Greeting, closing, signature and a forward's cover note may go; the text about the
    topic (for forwards: the forwarded mail) must stay. A thank-you line of up to three words
    ("Vielen Dank.", "Danke im Voraus!") may go too, also from a one-line mail."""
    losses = []
    for record in train:
        if record["form"] != "mail":
            continue
        content = _words(record["content"])
        lost = len(content - _words(clean_body(record["body"])))
        if lost > 3 and lost / max(1, len(content)) > 0.4:
            losses.append(f"{record['id']}: {1 - lost / len(content):.0%}")
    assert not losses, "\n".join(losses[:20])


def test_cleaning_drops_the_signature_of_nearly_every_mail(train: list[dict[str, Any]]) -> None:
    """The last line of a generated mail is its signature's (a name, phone, disclaimer, ...)."""
    signed = [r for r in train if r["form"] == "mail"]
    kept = []
    for record in signed:
        last = record["body"].rstrip().split("\n")[-1].strip()
        lines = {line.strip() for line in clean_body(record["body"]).split("\n")}
        if last and last not in record["content"] and last in lines:
            kept.append(record["id"])
    assert len(kept) / len(signed) < 0.03, kept[:20]
