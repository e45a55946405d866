"""Build the daemon's classifier once at start-up: the configured model, the shipped one, or none."""

from __future__ import annotations

import logging
from pathlib import Path

from mailtriage.classification.artifact import METADATA_FILE, load_artifact
from mailtriage.classification.base import BatchClassifier, FallbackClassifier
from mailtriage.classification.model import ModelClassifier
from mailtriage.config.schema import ClassifierConfig

log = logging.getLogger(__name__)

REQUIRED_HEADS = ("level", "category")


def default_model_dir() -> Path:
    """models/default of the source checkout this package runs from."""
    return Path(__file__).resolve().parents[3] / "models" / "default"


def load_model_classifier(directory: Path, config: ClassifierConfig) -> ModelClassifier:
    """The classifier of one artifact directory (ModelError if it is missing or mismatching)."""
    artifact = load_artifact(directory, required_heads=REQUIRED_HEADS)
    log.info("classifier model %s loaded from %s", artifact.version, directory)
    return ModelClassifier(artifact.model, artifact.version, config)


def load_classifier(config: ClassifierConfig, default_dir: Path | None = None) -> BatchClassifier:
    """The configured model, else the shipped default model, else the fallback classifier.

    A configured or shipped model that does not load raises ModelError: the daemon must not
    run with a model the admin did not intend. Only the absence of any model falls back.
    """
    if config.model is not None:
        return load_model_classifier(config.model, config)
    directory = default_dir or default_model_dir()
    if (directory / METADATA_FILE).exists():
        return load_model_classifier(directory, config)
    log.warning(
        "no classifier model configured and none shipped at %s: every ticket gets level %d "
        "and needs review; set [classifier] model",
        directory,
        config.fallback_level,
    )
    return FallbackClassifier(config.fallback_level)
