"""Build the daemon's classifier once at start-up: the configured model, the shipped one, or none.

Only numpy arrays are loaded (inference.npz): the daemon never imports scikit-learn, scipy or
skops, which would cost it about 130 MiB of resident memory.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mailtriage.classification.base import BatchClassifier, FallbackClassifier
from mailtriage.classification.inference import (
    InferenceModel,
    NumpyModelClassifier,
    load_inference,
)
from mailtriage.classification.papers import (
    METADATA_FILE,
    check_format,
    check_heads,
    read_metadata,
)
from mailtriage.config.schema import ClassifierConfig

log = logging.getLogger(__name__)

REQUIRED_HEADS = ("level", "category")


def default_model_dir() -> Path:
    """models/default of the source checkout this package runs from."""
    return Path(__file__).resolve().parents[3] / "models" / "default"


def load_predictor(
    directory: Path, required_heads: tuple[str, ...] = ()
) -> tuple[InferenceModel, str]:
    """The numpy model of one artifact directory and its version (ModelError if unusable)."""
    metadata = read_metadata(directory)
    check_format(metadata, directory)
    model = load_inference(directory, metadata)
    labels = {head: model.labels(head) for head in model.heads}
    check_heads(labels, metadata, directory, required_heads)
    return model, str(metadata["model_version"])


def load_model_classifier(directory: Path, config: ClassifierConfig) -> NumpyModelClassifier:
    """The classifier of one artifact directory (ModelError if it is missing or mismatching)."""
    model, version = load_predictor(directory, REQUIRED_HEADS)
    log.info("classifier model %s loaded from %s", version, directory)
    return NumpyModelClassifier(model, version, config)


def model_directory(config: ClassifierConfig, default_dir: Path | None = None) -> Path:
    """The configured model's directory, else the shipped one's."""
    return config.model if config.model is not None else default_dir or default_model_dir()


def load_classifier(config: ClassifierConfig, default_dir: Path | None = None) -> BatchClassifier:
    """The configured model, else the shipped default model, else the fallback classifier.

    A configured or shipped model that does not load raises ModelError: the daemon must not
    run with a model the admin did not intend. Only the absence of any model falls back.
    """
    directory = model_directory(config, default_dir)
    if config.model is not None or (directory / METADATA_FILE).exists():
        return load_model_classifier(directory, config)
    log.warning(
        "no classifier model configured and none shipped at %s: every ticket gets level %d "
        "and needs review; set [classifier] model",
        directory,
        config.fallback_level,
    )
    return FallbackClassifier(config.fallback_level)
