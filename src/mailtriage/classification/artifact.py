"""Save and load a model artifact (skops file + metadata.json) and refuse one that does not match."""

from __future__ import annotations

import hashlib
import json
import platform
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED

import skops.io as sio

from mailtriage.classification.features import FEATURE_VERSION
from mailtriage.classification.model import TrainedModel
from mailtriage.errors import ModelError

ARTIFACT_FORMAT = 1
MODEL_FILE = "model.skops"
METADATA_FILE = "metadata.json"
LIBRARIES = ("scikit-learn", "skops", "numpy", "scipy")

# The only types outside skops' defaults that a mailtriage model file may contain.
TRUSTED_TYPES: tuple[str, ...] = (
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


def sha256_file(path: Path) -> str:
    """The SHA-256 of a file's bytes, in hex."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def save_artifact(model: TrainedModel, metadata: dict[str, Any], directory: Path) -> dict[str, Any]:
    """Write model.skops and metadata.json (adding hashes, labels and the version); return it."""
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
        "labels": {head: model.labels(head) for head in model.heads},
        "libraries": library_versions(),
    }
    write_metadata(directory, complete)
    return complete


def write_metadata(directory: Path, metadata: dict[str, Any]) -> None:
    """Write metadata.json (sorted, indented, UTF-8)."""
    text = json.dumps(metadata, indent=2, ensure_ascii=False, sort_keys=True)
    (directory / METADATA_FILE).write_text(text + "\n", encoding="utf-8")


def read_metadata(directory: Path) -> dict[str, Any]:
    """metadata.json of an artifact directory, or ModelError saying how to get one."""
    path = directory / METADATA_FILE
    if not path.is_file():
        raise ModelError(
            f"no model artifact at {directory} ({METADATA_FILE} is missing): train one with "
            f"`mailtriage train --data FILE --out {directory}` or set [classifier] model"
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"cannot read {path}: {exc}; redeploy the model artifact") from None
    if not isinstance(data, dict):
        raise ModelError(f"{path} is not a JSON object; redeploy the model artifact")
    return data


def _retrain_hint(metadata: dict[str, Any]) -> str:
    command = metadata.get("training_command")
    return f"retrain it (`{command}`)" if command else "retrain it with `mailtriage train`"


def check_metadata(metadata: dict[str, Any], directory: Path) -> None:
    """Raise ModelError unless the artifact's format, feature version and sklearn match."""
    if metadata.get("format") != ARTIFACT_FORMAT:
        raise ModelError(
            f"model {directory} has artifact format {metadata.get('format')!r}, this mailtriage "
            f"reads format {ARTIFACT_FORMAT}: redeploy a matching model or {_retrain_hint(metadata)}"
        )
    if metadata.get("feature_version") != FEATURE_VERSION:
        raise ModelError(
            f"model {directory} was trained with feature version "
            f"{metadata.get('feature_version')!r} but this mailtriage uses {FEATURE_VERSION!r}: "
            f"{_retrain_hint(metadata)} or redeploy the model shipped with this release"
        )
    trained = str(metadata.get("libraries", {}).get("scikit-learn", "?"))
    installed = package_version("scikit-learn")
    if trained.split(".")[:2] != installed.split(".")[:2]:
        raise ModelError(
            f"model {directory} was trained with scikit-learn {trained} but {installed} is "
            f"installed: {_retrain_hint(metadata)} or install scikit-learn {trained}"
        )


def _load_state(path: Path, metadata: dict[str, Any]) -> Any:
    expected = metadata.get("model_file", {}).get("sha256")
    if not path.is_file():
        raise ModelError(f"model file {path} is missing: redeploy the whole model directory")
    if sha256_file(path) != expected:
        raise ModelError(
            f"model file {path} does not match the SHA-256 in {METADATA_FILE}: "
            "redeploy the whole model directory"
        )
    untrusted = sio.get_untrusted_types(file=path)
    unexpected = sorted(set(untrusted) - set(TRUSTED_TYPES))
    if unexpected:
        raise ModelError(
            f"model file {path} contains types that are not trusted ({', '.join(unexpected)}): "
            "refusing to load it; use a model trained by mailtriage"
        )
    return sio.load(path, trusted=[t for t in untrusted if t in TRUSTED_TYPES])


def _check_labels(model: TrainedModel, metadata: dict[str, Any], directory: Path) -> None:
    recorded = metadata.get("labels", {})
    actual = {head: model.labels(head) for head in model.heads}
    if recorded != actual:
        raise ModelError(
            f"model {directory}: the labels in {METADATA_FILE} ({recorded}) do not match the "
            f"model file ({actual}): redeploy the whole model directory"
        )


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
    _check_labels(model, metadata, directory)
    missing = [head for head in required_heads if head not in model.heads]
    if missing:
        raise ModelError(
            f"model {directory} predicts {', '.join(model.heads)} but {', '.join(missing)} "
            "is needed: train it with --label level --label category"
        )
    return Artifact(directory, model, metadata)
