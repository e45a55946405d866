"""Category names in the config are checked against the loaded model: a name no ticket can have
(a typo, a category of another model) stops the start and fails `check`, naming key and fix."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mailtriage.classification.base import FallbackClassifier
from mailtriage.classification.loader import load_classifier
from mailtriage.config import Config
from mailtriage.config.schema import ArticleConfig, ClassifierConfig, ClassifierRule
from mailtriage.config.sla import SlaConfig, SlaOverride
from mailtriage.daemon.app import build_app, category_problems
from mailtriage.daemon.check import check_classifier
from mailtriage.errors import ConfigError

EXAMPLE = Path(__file__).parents[1] / "config" / "mailtriage.example.toml"
SHIPPED = load_classifier(ClassifierConfig())


def article(category: str) -> ArticleConfig:
    return ArticleConfig(category=category, title="Start", url="https://docs.example.com/start")


def config(tmp_path: Path, **values: object) -> Config:
    return Config(data_dir=tmp_path, **values)  # type: ignore[arg-type]


def test_every_category_the_example_config_names_is_one_of_the_shipped_model() -> None:
    text = EXAMPLE.read_text("utf-8")
    named = set(re.findall(r'category = "(\w+)"', text)) | set(re.findall(r"#category (\w+)", text))
    assert named, "the example names categories"
    labels = set(SHIPPED.model.labels("category"))  # type: ignore[attr-defined]
    assert named <= labels, named - labels


def test_an_unknown_article_or_sla_category_stops_the_start_with_key_and_fix(
    tmp_path: Path,
) -> None:
    bad = config(
        tmp_path,
        article=(article("howto_usage"), article("how_to")),
        sla=SlaConfig(override=(SlaOverride(category="licensing", first_response="1h"),)),
    )
    with pytest.raises(ConfigError) as raised:
        build_app(bad, classifier=SHIPPED)
    message = str(raised.value)
    assert (
        "article[1].category ('Start') = 'how_to' is no category a ticket can have; did you "
        "mean 'howto_usage'?" in message
    )
    assert "sla.override[0].category = 'licensing'" in message and "'licensing_billing'" in message
    assert "article[0]" not in message
    finding = check_classifier(bad)
    assert not finding.ok and "article[1].category" in finding.detail
    assert "model's card" in finding.fix


def test_a_category_a_classifier_rule_sets_is_a_valid_name(tmp_path: Path) -> None:
    rule = ClassifierRule(sender_domain="law.example", category="legal")
    good = config(tmp_path, article=(article("legal"),), classifier=ClassifierConfig(rules=(rule,)))
    assert category_problems(good, SHIPPED) == []
    assert check_classifier(good).ok
    build_app(good, classifier=SHIPPED).close()


def test_without_a_model_there_is_nothing_to_check_against(tmp_path: Path) -> None:
    assert (
        category_problems(config(tmp_path, article=(article("anything"),)), FallbackClassifier(1))
        == []
    )
