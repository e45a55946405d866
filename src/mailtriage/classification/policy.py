"""Decide the final classification: override rules first, then the confidence threshold."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from mailtriage.classification.base import Classification, MailText
from mailtriage.config.schema import ClassifierConfig, ClassifierRule


@dataclass(frozen=True)
class ModelOutput:
    """What the model said about one mail, before configuration is applied."""

    level: int
    level_probability: float
    category: str
    category_probability: float
    language: str
    model_version: str


def sender_domain(sender: str) -> str:
    """The lower-cased domain of an address ("" when there is none)."""
    return sender.rpartition("@")[2].strip().strip(">").lower() if "@" in sender else ""


def rule_matches(rule: ClassifierRule, mail: MailText) -> bool:
    """True when the rule's sender domain (or a subdomain of it) or keyword (a whole word) matches."""
    if rule.sender_domain is not None:
        domain, wanted = sender_domain(mail.sender), rule.sender_domain.lower().lstrip("@")
        return domain == wanted or domain.endswith("." + wanted)
    assert rule.keyword is not None
    pattern = r"(?<!\w)" + re.escape(rule.keyword) + r"(?!\w)"
    return re.search(pattern, f"{mail.subject}\n{mail.body}", re.IGNORECASE) is not None


def describe(rule: ClassifierRule) -> str:
    """How a rule is named in a reason."""
    if rule.sender_domain is not None:
        return f"sender domain {rule.sender_domain}"
    return f"keyword {rule.keyword!r}"


def apply_rules(
    rules: tuple[ClassifierRule, ...], mail: MailText
) -> tuple[int | None, str | None, list[str]]:
    """The level and category the rules force (first match per field wins), with reasons."""
    level: int | None = None
    category: str | None = None
    reasons = []
    for rule in rules:
        if not rule_matches(rule, mail):
            continue
        if rule.level is not None and level is None:
            level = rule.level
            reasons.append(f"rule {describe(rule)} sets level {level}")
        if rule.category is not None and category is None:
            category = rule.category
            reasons.append(f"rule {describe(rule)} sets category {category}")
    return level, category, reasons


DEFAULT_THRESHOLD = 0.5  # for a model that learned no review threshold


def review_thresholds(config: ClassifierConfig, learned: Mapping[str, float]) -> dict[str, float]:
    """The probability below which the level and the category need review: the configured
    `confidence_threshold` for both, else the thresholds the model learned in training."""
    if config.confidence_threshold is not None:
        return {"level": config.confidence_threshold, "category": config.confidence_threshold}
    return {head: learned.get(head, DEFAULT_THRESHOLD) for head in ("level", "category")}


def decide(
    output: ModelOutput,
    mail: MailText,
    config: ClassifierConfig,
    thresholds: Mapping[str, float] | None = None,
) -> Classification:
    """Rules override the model; what the model decides must reach its review threshold.

    `confidence` is the lowest probability among the fields the model decided (1.0 when rules
    decided both). A level or category below its threshold (`review_thresholds`) needs review.
    An unsure level is never routed below the configured fallback level (an unsure level 0
    would answer the customer with self-help material) but keeps the model's best guess above
    it: an unsure level 3 or 4 candidate goes to that team for review, not to first-line.
    """
    limits = thresholds if thresholds is not None else review_thresholds(config, {})
    rule_level, rule_category, reasons = apply_rules(config.rules, mail)
    level = output.level if rule_level is None else rule_level
    category = output.category if rule_category is None else rule_category
    probabilities = []
    if rule_level is None:
        probabilities.append(output.level_probability)
        reasons.append(f"model: level {level} (p={output.level_probability:.2f})")
    if rule_category is None:
        probabilities.append(output.category_probability)
        reasons.append(f"model: category {category} (p={output.category_probability:.2f})")
    confidence = min(probabilities, default=1.0)
    unsure = [
        f"{head} p={p:.2f} below {limits[head]:.2f}"
        for head, p, ruled in (
            ("level", output.level_probability, rule_level is not None),
            ("category", output.category_probability, rule_category is not None),
        )
        if not ruled and p < limits[head]
    ]
    needs_review = bool(unsure)
    if needs_review:
        reasons.append(f"{', '.join(unsure)}: needs review")
    if rule_level is None and output.level_probability < limits["level"]:
        if level < config.fallback_level:
            level = config.fallback_level
            reasons.append(f"unsure level: fallback level {level}")
        else:
            reasons.append(f"unsure level: best guess {level} kept")
    return Classification(
        level=level,
        category=category,
        confidence=round(confidence, 4),
        language=output.language,
        needs_review=needs_review,
        model_version=output.model_version,
        reason="; ".join(reasons),
    )
