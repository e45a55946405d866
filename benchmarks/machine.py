"""How fast this machine is right now: a fixed workload quoted beside every benchmark's figures."""

from __future__ import annotations

import json
import statistics
import time


def cpu_reference() -> float:
    """Seconds of a fixed pure-Python workload (median of 5): a slow sitting shows here too."""
    rows = [{"id": n, "subject": f"Ticket {n}", "level": n % 5} for n in range(20_000)]
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        sorted(json.loads(json.dumps(rows)), key=lambda row: (row["level"], row["subject"]))
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)
