"""Save and load a model artifact (skops file + metadata.json) and refuse one that does not match."""

from __future__ import annotations

import platform
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED

import skops.io as sio

from mailtriage.classification.card import write_card
from mailtriage.classification.export import write_inference
from mailtriage.classification.features import FEATURE_VERSION
from mailtriage.classification.model import TrainedModel
from mailtriage.classification.papers import (
    ARTIFACT_FORMAT,
    MODEL_FILE,
    check_file,
    check_format,
    check_heads,
    read_metadata,
    retrain_hint,
    sha256_file,
    write_metadata,
)
from mailtriage.errors import ModelError

LIBRARIES = ("scikit-learn", "skops", "numpy", "scipy")

# The only types outside skops' defaults that a mailtriage model file may contain. Files saved
# before MailVectorizer moved to vectorizer.py (models/default) name it under features.py,
# which resolves that name lazily.
TRUSTED_TYPES: tuple[str, ...] = (
    "mailtriage.classification.vectorizer.MailVectorizer",
    "mailtriage.classification.features.MailVectorizer",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
)


@dataclass(frozen=True)
class Artifact:
    """A loaded, checked artifact: the model and its papers."""

    directory: Path
    model: TrainedModel
    metadata: dict[str, Any]

    @property
    def version(self) -> str:
        """The model version recorded on every classification."""
        return str(self.metadata["model_version"])


def library_versions() -> dict[str, str]:
    """Python and the versions of the libraries a model file depends on."""
    versions = {"python": platform.python_version()}
    versions.update({name: package_version(name) for name in LIBRARIES})
    return versions


def save_artifact(model: TrainedModel, metadata: dict[str, Any], directory: Path) -> dict[str, Any]:
    """Write model.skops, inference.npz and metadata.json (hashes, labels, version); return it."""
    directory.mkdir(parents=True, exist_ok=True)
    model_path = directory / MODEL_FILE
    sio.dump(model.to_state(), model_path, compression=ZIP_DEFLATED, compresslevel=6)
    digest = sha256_file(model_path)
    complete = {
        **metadata,
        "format": ARTIFACT_FORMAT,
        "feature_version": FEATURE_VERSION,
        "model_version": f"{metadata['name']}-{digest[:12]}",
        "model_file": {"name": MODEL_FILE, "sha256": digest},
        "inference_file": write_inference(model, directory),
        "labels": {head: model.labels(head) for head in model.heads},
        "libraries": library_versions(),
    }
    write_metadata(directory, complete)
    return complete


def check_metadata(metadata: dict[str, Any], directory: Path) -> None:
    """Raise ModelError unless the artifact's format, feature version and sklearn match."""
    check_format(metadata, directory)
    trained = str(metadata.get("libraries", {}).get("scikit-learn", "?"))
    installed = package_version("scikit-learn")
    if trained.split(".")[:2] != installed.split(".")[:2]:
        raise ModelError(
            f"model {directory} was trained with scikit-learn {trained} but {installed} is "
            f"installed: {retrain_hint(metadata)} or install scikit-learn {trained}"
        )


def _load_state(path: Path, metadata: dict[str, Any]) -> Any:
    check_file(path, metadata.get("model_file"), "redeploy the whole model directory")
    untrusted = sio.get_untrusted_types(file=path)
    unexpected = sorted(set(untrusted) - set(TRUSTED_TYPES))
    if unexpected:
        raise ModelError(
            f"model file {path} contains types that are not trusted ({', '.join(unexpected)}): "
            "refusing to load it; use a model trained by mailtriage"
        )
    return sio.load(path, trusted=[t for t in untrusted if t in TRUSTED_TYPES])


def load_artifact(directory: Path, required_heads: Sequence[str] = ()) -> Artifact:
    """Load and check an artifact; ModelError (saying what to do) on any mismatch."""
    metadata = read_metadata(directory)
    check_metadata(metadata, directory)
    try:
        state = _load_state(directory / MODEL_FILE, metadata)
        model = TrainedModel.from_state(state)
    except ModelError:
        raise
    except Exception as exc:  # a damaged file: skops raises many kinds
        raise ModelError(
            f"cannot load model file {directory / MODEL_FILE}: {exc}; redeploy the model"
        ) from None
    labels = {head: model.labels(head) for head in model.heads}
    check_heads(labels, metadata, directory, required_heads)
    return Artifact(directory, model, metadata)


def export_inference(directory: Path) -> dict[str, Any]:
    """Write inference.npz of an existing artifact, record its SHA-256 in the metadata and card."""
    artifact = load_artifact(directory)
    metadata = {**artifact.metadata, "inference_file": write_inference(artifact.model, directory)}
    write_metadata(directory, metadata)
    write_card(directory, metadata)
    return metadata
