"""The policy: override rules, the confidence threshold, the fallback level and the reason."""

from __future__ import annotations

import pytest

from mailtriage.classification.base import MailText
from mailtriage.classification.policy import ModelOutput, decide, review_thresholds, sender_domain
from mailtriage.config.schema import ClassifierConfig, ClassifierRule

MAIL = MailText("Server down", "Our archive server crashed with a stack trace.", "it@customer.ch")


def output(level_p: float = 0.9, category_p: float = 0.8) -> ModelOutput:
    return ModelOutput(3, level_p, "database_storage", category_p, "en", "default-abc")


def test_a_confident_model_decides() -> None:
    result = decide(output(), MAIL, ClassifierConfig(confidence_threshold=0.5))
    assert (result.level, result.category, result.needs_review) == (3, "database_storage", False)
    assert result.confidence == 0.8  # the lower of the two heads
    assert result.model_version == "default-abc"
    assert "model: level 3 (p=0.90)" in result.reason


def test_an_unsure_level_below_the_fallback_needs_review_and_gets_the_fallback_level() -> None:
    config = ClassifierConfig(confidence_threshold=0.6, fallback_level=1)
    unsure_self_help = ModelOutput(0, 0.4, "howto_usage", 0.8, "en", "default-abc")
    result = decide(unsure_self_help, MAIL, config)
    assert (result.level, result.needs_review, result.confidence) == (1, True, 0.4)
    assert "needs review" in result.reason and "fallback level 1" in result.reason


@pytest.mark.parametrize("guess", [1, 2, 3, 4])
def test_an_unsure_level_at_or_above_the_fallback_keeps_the_best_guess(guess: int) -> None:
    config = ClassifierConfig(confidence_threshold=0.6, fallback_level=1)
    result = decide(ModelOutput(guess, 0.3, "database_storage", 0.9, "en", "v"), MAIL, config)
    assert (result.level, result.needs_review) == (guess, True)
    assert f"best guess {guess} kept" in result.reason


def test_a_higher_fallback_level_lifts_unsure_lower_guesses() -> None:
    config = ClassifierConfig(confidence_threshold=0.6, fallback_level=2)
    assert decide(ModelOutput(1, 0.3, "x", 0.9, "en", "v"), MAIL, config).level == 2
    assert decide(ModelOutput(1, 0.7, "x", 0.9, "en", "v"), MAIL, config).level == 1


def test_an_unsure_category_needs_review_but_keeps_a_confident_level() -> None:
    result = decide(output(category_p=0.3), MAIL, ClassifierConfig(confidence_threshold=0.5))
    assert (result.level, result.category, result.needs_review) == (3, "database_storage", True)


def test_a_sender_domain_rule_forces_the_category_and_says_so() -> None:
    rule = ClassifierRule(sender_domain="customer.ch", category="licensing_billing")
    result = decide(output(), MAIL, ClassifierConfig(rules=(rule,)))
    assert result.category == "licensing_billing"
    assert "rule sender domain customer.ch sets category licensing_billing" in result.reason
    assert result.confidence == 0.9  # only the level is the model's


def test_a_sender_domain_rule_matches_subdomains_but_not_lookalikes() -> None:
    rule = ClassifierRule(sender_domain="customer.ch", category="licensing_billing")
    config = ClassifierConfig(rules=(rule,))
    sub = MailText("s", "b", "Anna <anna@mail.customer.ch>")
    other = MailText("s", "b", "anna@notcustomer.ch")
    assert decide(output(), sub, config).category == "licensing_billing"
    assert decide(output(), other, config).category == "database_storage"


def test_a_keyword_rule_forces_level_3_even_when_the_model_is_unsure() -> None:
    rule = ClassifierRule(keyword="stack trace", level=3)
    config = ClassifierConfig(rules=(rule,), confidence_threshold=0.5, fallback_level=1)
    result = decide(ModelOutput(0, 0.2, "howto_usage", 0.9, "en", "v"), MAIL, config)
    assert (result.level, result.needs_review) == (3, False)
    assert "rule keyword 'stack trace' sets level 3" in result.reason


def test_a_keyword_matches_whole_words_only() -> None:
    rule = ClassifierRule(keyword="crash", level=3)
    result = decide(output(level_p=0.9), MAIL, ClassifierConfig(rules=(rule,)))
    assert "rule" not in result.reason  # "crashed" is not "crash"


def test_the_first_matching_rule_wins_per_field() -> None:
    rules = (
        ClassifierRule(keyword="server", level=4),
        ClassifierRule(sender_domain="customer.ch", level=2, category="integrations"),
    )
    result = decide(output(), MAIL, ClassifierConfig(rules=rules))
    assert (result.level, result.category) == (4, "integrations")
    assert result.confidence == 1.0


def test_sender_domain_of_odd_addresses() -> None:
    assert sender_domain("Anna <Anna@Example.COM>") == "example.com"
    assert sender_domain("") == ""


def test_each_head_is_held_to_its_own_learned_threshold() -> None:
    learned = {"level": 0.7, "category": 0.3}
    thresholds = review_thresholds(ClassifierConfig(), learned)
    assert thresholds == learned
    sure_category = decide(output(level_p=0.9, category_p=0.4), MAIL, ClassifierConfig(), thresholds)
    assert not sure_category.needs_review  # 0.4 is below the level's 0.7, not the category's 0.3
    unsure_level = decide(output(level_p=0.65, category_p=0.9), MAIL, ClassifierConfig(), thresholds)
    assert unsure_level.needs_review and "level p=0.65 below 0.70" in unsure_level.reason


def test_a_configured_threshold_replaces_the_learned_ones_and_a_model_without_gets_half() -> None:
    learned = {"level": 0.7, "category": 0.3}
    assert review_thresholds(ClassifierConfig(confidence_threshold=0.55), learned) == {
        "level": 0.55,
        "category": 0.55,
    }
    assert review_thresholds(ClassifierConfig(), {}) == {"level": 0.5, "category": 0.5}


def test_a_head_decided_by_a_rule_is_not_held_to_a_threshold() -> None:
    rule = ClassifierRule(sender_domain="customer.ch", level=2)
    result = decide(output(level_p=0.1), MAIL, ClassifierConfig(rules=(rule,)), {"level": 0.9,
                                                                                "category": 0.5})
    assert (result.level, result.needs_review) == (2, False)
