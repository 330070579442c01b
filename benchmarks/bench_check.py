"""``check`` on the benchmark event: the service the ``roundtable check`` command calls.

Run alone: ``python benchmarks/bench_check.py [--scale N]`` (or through ``run.py``).
``services.events.check_event`` loads the whole event (``load_event``, a
fixed number of queries) and runs every conflict rule over it. The figure is
the best of 3 calls after a first one (whose time, with Python's and
SQLite's caches cold, is shown beside it); the whole ``roundtable check``
process is shown for information. Target: under 0.5 s.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, BenchContext, Figure, best_of, run_standalone, timed

NAME = "check"


def run(ctx: BenchContext) -> list[Figure]:
    from desktop_app.services.events import check_event
    from desktop_app.storage.database import open_database

    database = ctx.database
    db = open_database(str(database))
    try:
        warnings: list[object] = []
        first = timed(lambda: warnings.extend(check_event(db, ctx.event_key)))
        repeats = 3 if ctx.scale == 1 else 1
        wall, cpu = best_of(lambda: check_event(db, ctx.event_key), repeats)
    finally:
        db.dispose()
    start = time.perf_counter()
    process = subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(database), "check",
                              ctx.event_key], check=False, capture_output=True, text=True, cwd=ROOT,
                             env=dict(os.environ, PYTHONPATH=str(ROOT)))
    whole = time.perf_counter() - start
    if process.returncode not in (0, 1):
        raise RuntimeError(f"roundtable check failed ({process.returncode}): {process.stderr}")
    return [
        Figure(NAME, "check: load the event and run every conflict rule", wall,
               max_seconds=0.5 if ctx.scale == 1 else None, runs=repeats, cpu_seconds=cpu,
               scale=ctx.scale,
               note=f"{len(warnings)} warnings; first call {first[0]:.2f} s; "
                    f"best of {repeats} after it"),
        Figure(NAME, "roundtable check: the whole process (start, import, check, exit)",
               whole, scale=ctx.scale, memory_target=False),
    ]


if __name__ == "__main__":
    run_standalone(run, __doc__)
