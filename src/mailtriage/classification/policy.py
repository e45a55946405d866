"""Decide the final classification: override rules first, then the confidence threshold."""

from __future__ import annotations

import re
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


def decide(output: ModelOutput, mail: MailText, config: ClassifierConfig) -> Classification:
    """Rules override the model; what the model decides must reach the confidence threshold.

    `confidence` is the lowest probability among the fields the model decided (1.0 when rules
    decided both). Below the threshold the ticket needs review, and if the level itself is
    below it, the level becomes the configured fallback level.
    """
    threshold = config.confidence_threshold
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
    needs_review = confidence < threshold
    if needs_review:
        reasons.append(f"confidence {confidence:.2f} below {threshold:.2f}: needs review")
    if rule_level is None and output.level_probability < threshold:
        level = config.fallback_level
        reasons.append(f"fallback level {level}")
    return Classification(
        level=level,
        category=category,
        confidence=round(confidence, 4),
        language=output.language,
        needs_review=needs_review,
        model_version=output.model_version,
        reason="; ".join(reasons),
    )
