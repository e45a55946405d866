"""An artifact's papers (metadata.json, file hashes) read and checked with the standard library."""

from __future__ import annotations

import hashlib
import json
import shlex
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mailtriage.classification.features import FEATURE_VERSION
from mailtriage.errors import ModelError

ARTIFACT_FORMAT = 1
MODEL_FILE = "model.skops"
INFERENCE_FILE = "inference.npz"
METADATA_FILE = "metadata.json"


def sha256_file(path: Path) -> str:
    """The SHA-256 of a file's bytes, in hex."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


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


def retrain_hint(metadata: dict[str, Any]) -> str:
    """How to retrain this artifact: its recorded command writing to a new directory (never
    over the model it came from, e.g. the shipped one), else the generic command."""
    command = metadata.get("training_command")
    if not isinstance(command, str) or not command:
        return "retrain it with `mailtriage train --data FILE --out NEW_DIR`"
    words = shlex.split(command)
    if "--out" not in words[:-1]:
        return f"retrain it (`{command}`)"
    at = words.index("--out") + 1
    words[at] = f"{words[at].rstrip('/')}-retrained"
    return (f"retrain it into a new directory (`{shlex.join(words)}`) and set "
            f"[classifier] model = \"{words[at]}\"")


def check_format(metadata: dict[str, Any], directory: Path) -> None:
    """Raise ModelError unless the artifact's format and feature version are this code's."""
    if metadata.get("format") != ARTIFACT_FORMAT:
        raise ModelError(
            f"model {directory} has artifact format {metadata.get('format')!r}, this mailtriage "
            f"reads format {ARTIFACT_FORMAT}: redeploy a matching model or {retrain_hint(metadata)}"
        )
    if metadata.get("feature_version") != FEATURE_VERSION:
        raise ModelError(
            f"model {directory} was trained with feature version "
            f"{metadata.get('feature_version')!r} but this mailtriage uses {FEATURE_VERSION!r}: "
            f"{retrain_hint(metadata)} or redeploy the model shipped with this release"
        )


def check_file(path: Path, recorded: Any, redo: str) -> None:
    """Raise ModelError unless the file exists and its SHA-256 is the recorded one."""
    if not isinstance(recorded, dict) or "sha256" not in recorded:
        raise ModelError(f"{METADATA_FILE} in {path.parent} records no {path.name}: {redo}")
    if not path.is_file():
        raise ModelError(f"model file {path} is missing: {redo}")
    if sha256_file(path) != recorded["sha256"]:
        raise ModelError(f"model file {path} does not match the SHA-256 in {METADATA_FILE}: {redo}")


def check_heads(
    labels: dict[str, list[str]],
    metadata: dict[str, Any],
    directory: Path,
    required_heads: Sequence[str] = (),
) -> None:
    """Raise ModelError unless a model file's heads and labels are the recorded and needed ones."""
    recorded = metadata.get("labels", {})
    if recorded != labels:
        raise ModelError(
            f"model {directory}: the labels in {METADATA_FILE} ({recorded}) do not match the "
            f"model file ({labels}): redeploy the whole model directory"
        )
    missing = [head for head in required_heads if head not in labels]
    if missing:
        raise ModelError(
            f"model {directory} has the heads {', '.join(labels)}, not "
            f"{', '.join(missing)}: the daemon routes tickets by {' and '.join(required_heads)}, "
            "so [classifier] model must be a model trained with --label level --label category "
            "(a model with other heads works with `mailtriage classify --model` and `evaluate`)"
        )
