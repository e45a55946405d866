"""Classifier benchmark: quality on the support-tickets split, speed, load time and memory.

Run: .venv/bin/python benchmarks/classifier.py [--data FILE] [--model DIR] [--repeats 5]

Trains mailtriage's pipeline (`mailtriage train`'s code) on split `train` of the third-party
support-tickets data set for `queue` and `priority`, scores it on split `test` beside a plain
TF-IDF word+char + LinearSVC baseline trained in the same run, then measures the daemon's
classification path (models/default by default; inference.npz with numpy only, as
load_classifier() returns it): messages per second in batches and for one message at a time,
model load time and resident memory (in a fresh process, which must not import scikit-learn,
scipy or skops).
Timings are medians over repeats. Nothing is tuned on split `test`.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from machine import cpu_reference
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import accuracy_score, f1_score
from sklearn.pipeline import make_pipeline, make_union
from sklearn.svm import LinearSVC

from mailtriage.classification.base import MailText
from mailtriage.classification.evaluate import EvaluationSet
from mailtriage.classification.loader import load_model_classifier
from mailtriage.classification.train import Record, TrainingRequest, read_records, train_artifact
from mailtriage.config.schema import ClassifierConfig

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "datasets" / "support-tickets" / "tickets.jsonl"
OUT = ROOT / "benchmarks" / "out" / "classifier"
LABELS = ("queue", "priority")
TARGETS = {"queue": 0.45, "priority": 0.52}
REFERENCE = {"queue": 0.375, "priority": 0.474}

# Runs in a fresh process. ru_maxrss survives exec() on Linux (the child would report the
# parent's peak), so memory is read from /proc/self/status: VmRSS now, VmHWM the peak.
MEMORY_PROBE = """
import json, sys, time
from pathlib import Path

def rss_kib(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1])

from mailtriage.classification.base import MailText
from mailtriage.classification.loader import load_model_classifier
from mailtriage.config.schema import ClassifierConfig
imported = rss_kib("VmRSS")
started = time.perf_counter()
classifier = load_model_classifier(Path(sys.argv[1]), ClassifierConfig())
seconds = time.perf_counter() - started
loaded = rss_kib("VmRSS")
mails = [MailText(m["subject"], m["body"]) for m in json.load(sys.stdin)]
classifier.classify_many(mails)
heavy = sorted({m.split(".")[0] for m in sys.modules if m.startswith(("sklearn", "scipy", "skops"))})
print(json.dumps({"imported_kib": imported, "loaded_kib": loaded, "peak_kib": rss_kib("VmHWM"),
                  "load_seconds": seconds, "heavy_modules": heavy}))
"""


def baseline_scores(train: list[Record], test: list[Record], label: str) -> dict[str, float]:
    """Plain TF-IDF word 1-2 + char_wb 2-5 grams and LinearSVC on raw subject + body."""
    model = make_pipeline(
        make_union(
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
        ),
        LinearSVC(),
    )
    model.fit([f"{r.subject}\n{r.body}" for r in train], [r.labels[label] for r in train])
    predicted = model.predict([f"{r.subject}\n{r.body}" for r in test])
    truth = [r.labels[label] for r in test]
    return {
        "macro_f1": float(f1_score(truth, predicted, average="macro")),
        "accuracy": float(accuracy_score(truth, predicted)),
    }


def quality(data: Path) -> tuple[dict[str, dict[str, float]], dict[str, dict[str, float]], float]:
    """Our pipeline's and the baseline's test scores per label, and our training seconds."""
    train = read_records(data, LABELS, split="train")
    test = read_records(data, LABELS, split="test")
    request = TrainingRequest(
        heads=LABELS,
        out=OUT,
        name="support-tickets-benchmark",
        command="benchmarks/classifier.py",
        source=f"{data} (split train)",
        progress=True,
    )
    started = time.perf_counter()
    name = f"{data} (split test)"
    metadata = train_artifact(train, request, [EvaluationSet(name, test)])
    seconds = time.perf_counter() - started
    ours = metadata["metrics"]["evaluations"][name]
    return ours, {label: baseline_scores(train, test, label) for label in LABELS}, seconds


def speed(model_dir: Path, mails: list[MailText], repeats: int) -> dict[str, Any]:
    """Batch messages/s and single-message latency of the daemon's classifier."""
    classifier = load_model_classifier(model_dir, ClassifierConfig())
    classifier.classify_many(mails[:50])  # warm up caches (language model, regexes)
    batch = []
    for _ in range(repeats):
        started = time.perf_counter()
        classifier.classify_many(mails)
        batch.append(len(mails) / (time.perf_counter() - started))
    single = []
    for mail in mails[:300]:
        started = time.perf_counter()
        classifier.classify(mail)
        single.append((time.perf_counter() - started) * 1000)
    return {
        "batch_per_second": statistics.median(batch),
        "single_ms_median": statistics.median(single),
        "single_ms_p95": float(np.percentile(single, 95)),
    }


def memory_and_load(model_dir: Path, mails: list[MailText], repeats: int) -> dict[str, Any]:
    """Load time (median of fresh processes) and resident memory, measured in a child process."""
    payload = json.dumps([{"subject": m.subject, "body": m.body} for m in mails])
    runs = []
    for _ in range(repeats):
        done = subprocess.run(
            [sys.executable, "-c", MEMORY_PROBE, str(model_dir)],
            input=payload,
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(json.loads(done.stdout))
    return {
        "load_seconds": statistics.median(r["load_seconds"] for r in runs),
        "rss_imported_mib": runs[0]["imported_kib"] / 1024,
        "rss_loaded_mib": runs[0]["loaded_kib"] / 1024,
        "rss_peak_mib": runs[0]["peak_kib"] / 1024,
        "heavy_modules": ", ".join(runs[0]["heavy_modules"]) or "none",
    }


def report(
    ours: dict[str, dict[str, float]],
    base: dict[str, dict[str, float]],
    seconds: float,
    perf: dict[str, Any],
    model_dir: Path,
) -> str:
    """The figures table."""
    train_peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = [
        "| label | metric | mailtriage | baseline (same run) | reference | target |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for label in LABELS:
        lines.append(
            f"| {label} | macro-F1 | {ours[label]['macro_f1']:.3f} | "
            f"{base[label]['macro_f1']:.3f} | {REFERENCE[label]:.3f} | "
            f">= {TARGETS[label]:.2f} |"
        )
        lines.append(
            f"| {label} | accuracy | {ours[label]['accuracy']:.3f} | "
            f"{base[label]['accuracy']:.3f} | | |"
        )
    lines += [
        "",
        f"training (model selection by CV + calibration, both labels): {seconds:.0f} s",
        f"training process peak RSS (resource.getrusage): {train_peak_mib:.0f} MiB",
        f"daemon classifier ({model_dir}), in a fresh process for load and memory:",
        f"  batch: {perf['batch_per_second']:.0f} messages/s (target >= 2000)",
        f"  single: {perf['single_ms_median']:.2f} ms median, {perf['single_ms_p95']:.2f} ms "
        "p95 (target < 5 ms)",
        f"  load: {perf['load_seconds'] * 1000:.0f} ms (target < 1 s)",
        f"  RSS: {perf['rss_imported_mib']:.0f} MiB after imports, "
        f"{perf['rss_loaded_mib']:.0f} MiB with the model, {perf['rss_peak_mib']:.0f} MiB "
        "peak after classifying the test split at once",
        f"  scikit-learn/scipy/skops imported by the daemon's path: {perf['heavy_modules']}",
        "CPU reference (a fixed pure-Python workload, the machine's speed; benchmarks/machine.py): "
        "{:.0f} ms before the daemon figures, {:.0f} ms after".format(*perf["cpu_reference_ms"]),
    ]
    return "\n".join(lines)


def main() -> None:
    """Run everything and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument(
        "--model",
        type=Path,
        default=ROOT / "models" / "default",
        help="artifact whose daemon path is timed (default: models/default)",
    )
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    ours, base, seconds = quality(args.data)
    test = read_records(args.data, LABELS, split="test")
    mails = [MailText(r.subject, r.body) for r in test]
    before = cpu_reference()
    perf = {
        **speed(args.model, mails, args.repeats),
        **memory_and_load(args.model, mails, args.repeats),
        "cpu_reference_ms": (before * 1000, cpu_reference() * 1000),
    }
    print(report(ours, base, seconds, perf, args.model))


if __name__ == "__main__":
    main()
