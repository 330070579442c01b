"""Importing the benchmark event, against a plain SQLAlchemy Core ``executemany`` of its rows.

Run alone: ``python benchmarks/bench_import.py [--scale N]`` (or through ``run.py``).

The import is the real service (``services.events.import_event_file``: read
and validate the file, insert every table, check the stored event for
conflicts) into a fresh SQLite file whose schema was created beforehand. The
baseline inserts exactly the rows that import stored (read back from its
file, table by table) into another fresh file of the same schema, with one
``conn.execute(table.insert(), rows)`` per table in one transaction: what it
costs just to put the data in. Target: the import within 2x of the baseline.
At scale 1 the two run alternately three times and the best of each counts.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BenchContext, Figure, remove_database, run_standalone

NAME = "import"


def table_rows(db_path: Path) -> list[tuple[Any, list[dict[str, Any]]]]:
    """Every stored row of every table, parents first, as Core reads them."""
    from sqlalchemy import select

    from desktop_app.domain.models import Base
    from desktop_app.storage.database import open_database

    db = open_database(str(db_path))
    try:
        with db.engine.connect() as connection:
            return [(table, [dict(row._mapping) for row in connection.execute(select(table))])
                    for table in Base.metadata.sorted_tables]
    finally:
        db.dispose()


def core_executemany(db_path: Path, rows: list[tuple[Any, list[dict[str, Any]]]]
                     ) -> tuple[float, float]:
    """Seconds (wall, CPU) to insert ``rows`` into a fresh file at ``db_path`` (schema made
    untimed)."""
    from desktop_app.storage.database import open_database

    remove_database(db_path)
    db = open_database(str(db_path))
    try:
        start, cpu = time.perf_counter(), time.process_time()
        with db.engine.begin() as connection:
            for table, table_rows_ in rows:
                if table_rows_:
                    connection.execute(table.insert(), table_rows_)
        return time.perf_counter() - start, time.process_time() - cpu
    finally:
        db.dispose()


def service_import(db_path: Path, event_file: Path) -> tuple[float, float]:
    """Seconds for the import service into a fresh file (schema made untimed), and CPU."""
    from desktop_app.services.events import import_event_file
    from desktop_app.storage.database import open_database

    remove_database(db_path)
    db = open_database(str(db_path))
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        result = import_event_file(db, event_file)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        if result.warnings:
            print(f"note: the generated event has {len(result.warnings)} warnings, e.g. "
                  f"{result.warnings[0]}", file=sys.stderr)
        return wall, cpu
    finally:
        db.dispose()


def run(ctx: BenchContext) -> list[Figure]:
    from desktop_app.exchange.event_json import read_event_file

    event_file = ctx.event_file
    people, agreements, items, _ = ctx.counts
    rounds = 3 if ctx.scale == 1 else 1
    imports: list[tuple[float, float]] = []
    baselines: list[tuple[float, float]] = []
    target = ctx.workdir / f"import-{ctx.scale}x.sqlite"
    baseline_file = ctx.workdir / f"baseline-{ctx.scale}x.sqlite"
    rows: list[tuple[Any, list[dict[str, Any]]]] = []
    for _ in range(rounds):
        imports.append(service_import(target, event_file))
        if not rows:
            rows = table_rows(target)
        baselines.append(core_executemany(baseline_file, rows))
    remove_database(baseline_file)
    kept = ctx.workdir / f"event-{ctx.scale}x.sqlite"
    if not kept.exists():  # the other benchmarks of this run read the event from it
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{target}{suffix}")
            if source.exists():
                source.rename(f"{kept}{suffix}")
    else:
        remove_database(target)
    read = min(_read_time(read_event_file, event_file) for _ in range(rounds))
    stored = sum(len(r) for _, r in rows)
    wall = min(i[0] for i in imports)
    cpu = min(i[1] for i in imports)
    size = f"{people:,} people, {agreements:,} agreements, {items:,} items"
    return [
        Figure(NAME, f"import the event file ({size}) into a fresh SQLite file", wall,
               baseline=min(b[0] for b in baselines),
               max_ratio=2.0 if ctx.scale == 1 else None, runs=rounds, cpu_seconds=cpu,
               scale=ctx.scale,
               note=f"{stored:,} rows; CPU {cpu / min(b[1] for b in baselines):.2f}x the "
                    f"baseline's; best of {rounds}"),
        Figure(NAME, "baseline: the same rows by Core executemany, one transaction",
               min(b[0] for b in baselines), runs=rounds, scale=ctx.scale,
               cpu_seconds=min(b[1] for b in baselines), memory_target=False),
        Figure(NAME, "of the import: read and validate the file", read, runs=rounds,
               scale=ctx.scale, memory_target=False),
    ]


def _read_time(read: Any, path: Path) -> float:
    start = time.perf_counter()
    read(path)
    return time.perf_counter() - start


if __name__ == "__main__":
    run_standalone(run, __doc__)
