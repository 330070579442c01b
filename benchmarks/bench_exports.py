"""Exporting the signing records of the benchmark event as CSV and as XLSX.

Run alone: ``python benchmarks/bench_exports.py [--scale N]`` (or through ``run.py``).
Each figure is the whole service call the export dialog and ``roundtable
export signings`` make (``services.exports.export_signings``: load the
event, build the records, write the file atomically), best of 3. Target:
under 2 s each for 2,000 agreements.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BenchContext, Figure, best_of, run_standalone

NAME = "exports"


def run(ctx: BenchContext) -> list[Figure]:
    from desktop_app.services.exports import ExportResult, export_signings
    from desktop_app.storage.database import open_database

    db = open_database(str(ctx.database))
    figures = []
    agreements = ctx.counts[1]
    repeats = 3 if ctx.scale == 1 else 1  # the 10x case shows growth; one run is enough
    try:
        for suffix in ("csv", "xlsx"):
            path = ctx.workdir / f"signings-{ctx.scale}x.{suffix}"
            results: list[ExportResult] = []
            def export(path: Path = path, results: list[ExportResult] = results) -> None:
                results.append(export_signings(db, ctx.event_key, path))

            wall, cpu = best_of(export, repeats)
            size = path.stat().st_size / 1024 / 1024
            figures.append(Figure(
                NAME, f"export signing records, {suffix.upper()} ({agreements:,} agreements)",
                wall, max_seconds=2.0 if ctx.scale == 1 else None, runs=repeats, cpu_seconds=cpu,
                scale=ctx.scale,
                note=f"{results[-1].description}; {size:.1f} MiB; best of {repeats}"))
            path.unlink()
    finally:
        db.dispose()
    return figures


if __name__ == "__main__":
    run_standalone(run, __doc__)
