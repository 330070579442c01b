"""Run every benchmark, each in its own process, and print one table of figures and targets.

    python benchmarks/run.py [--scale 1|10] [--only NAME ...] [--workdir DIR]

First the machine: CPU, cores, memory, OS, the versions that matter and the
load average (the machine may be shared; the load is printed again at the
end). Then the event files are generated with ``benchmarks/synth.py``
(10,000 people, 2,000 agreements, 300 agenda items over 3 days; at
``--scale 10`` also ten times that) and each benchmark runs in a child
process, so that the peak memory the operating system accounts to that
process (``ru_maxrss`` from ``wait4``, which includes the processes it
started and waited for) is that benchmark's alone. One benchmark failing
prints its error and the rest still run.

The table has each figure, its target, the baseline measured in the same
run where there is one, the ratio, the peak memory and the verdict; with
``--scale 10`` the largest case (import, check, exports) runs again at 10x
and its ratio is the 10x time over the 1x time (linear growth is about 10).
The results are written to ``benchmarks/results/scale-N.json`` and ``.md``
(the table for ``docs/performance.md``); each child's output goes to
``benchmarks/results/raw/``. Exit status 1 if any target is missed or any
benchmark failed.
"""
from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse
import importlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BENCHMARKS, MEMORY_LIMIT_MB, ROOT, BenchContext, Figure
from machine import describe_machine, load_average
from report import markdown_report, print_table

#: Benchmark name -> module, in the order they run (import first: it leaves the event's
#: SQLite file that the others read).
MODULES = {"import": "bench_import", "check": "bench_check", "exports": "bench_exports",
           "documents": "bench_documents", "signing": "bench_signing",
           "gui_startup": "bench_gui_startup", "gui_tables": "bench_gui_tables"}
#: The largest case, run again at 10x with ``--scale 10``.
SCALED = ("import", "check", "exports")
RESULTS = BENCHMARKS / "results"
CHILD_TIMEOUT = 45 * 60


def child_main(name: str, workdir: Path, scale: int, out: Path) -> int:
    """In the child process: run one benchmark and write its figures as JSON."""
    ctx = BenchContext(workdir, scale, STARTED)
    if name == "prepare":
        ctx.database  # noqa: B018  (imports the event if no file holds it yet)
        return 0
    module = importlib.import_module(MODULES[name])
    figures = module.run(ctx)
    for figure in figures:
        figure.scale = scale
    out.write_text(json.dumps([figure.to_json() for figure in figures], ensure_ascii=False,
                              indent=1), encoding="utf-8")
    return 0


def run_child(args: list[str], log: Path) -> tuple[int, float, float]:
    """Run ``run.py`` with ``args`` in a child process; returns its exit status, its peak
    resident memory in MB (the OS's accounting, with the processes it waited for) and
    its wall time. A child running past ``CHILD_TIMEOUT`` is killed."""
    log.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    with log.open("w", encoding="utf-8") as output:
        process = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), *args],
                                   stdout=output, stderr=subprocess.STDOUT, cwd=ROOT)
        timer = threading.Timer(CHILD_TIMEOUT, process.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, usage.ru_maxrss / 1024, time.perf_counter() - start


def failure(name: str, scale: int, message: str, rss: float | None) -> Figure:
    return Figure(name, f"FAILED: {message}", 0.0, scale=scale, peak_rss_mb=rss, passed=False,
                  memory_target=False)


def judge(figure: Figure) -> None:
    """Set ``passed`` from the time target and, at scale 1, the memory limit."""
    checks = []
    time_ok = figure.time_passed()
    if time_ok is not None:
        checks.append(time_ok)
    if figure.memory_target and figure.scale == 1 and figure.peak_rss_mb is not None and (
            time_ok is not None):
        checks.append(figure.peak_rss_mb < MEMORY_LIMIT_MB)
    figure.passed = all(checks) if checks else None


def run_benchmark(name: str, scale: int, workdir: Path) -> list[Figure]:
    out = workdir / f"{name}-{scale}x.json"
    log = RESULTS / "raw" / f"{name}-{scale}x.log"
    print(f"  running {name} at {scale}x …", end="", flush=True)
    status, rss, wall = run_child(["--child", name, "--workdir", str(workdir), "--scale",
                                   str(scale), "--out", str(out)], log)
    if status != 0 or not out.exists():
        lines = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        print(f" FAILED (exit {status}, {wall:.0f} s); the end of {log.relative_to(ROOT)}:")
        for line in lines[-12:]:
            print(f"      {line}")
        last = lines[-1] if lines else f"exit status {status}"
        return [failure(name, scale, last[:160], rss)]
    figures = [Figure.from_json(data) for data in json.loads(out.read_text(encoding="utf-8"))]
    for figure in figures:
        figure.peak_rss_mb = rss
        judge(figure)
    print(f" {wall:.0f} s, peak {rss:.0f} MB")
    return figures


def prepare(workdir: Path, scale: int) -> None:
    """Generate the event file (and, unless ``import`` runs, the database) untimed."""
    ctx = BenchContext(workdir, scale)
    start = time.perf_counter()
    ctx.event_file  # noqa: B018
    print(f"  event file at {scale}x generated by synth.py in {time.perf_counter() - start:.1f} s"
          f" ({ctx.event_file.stat().st_size / 1024 / 1024:.1f} MiB)")


def ensure_database(workdir: Path, scale: int) -> None:
    if (workdir / f"event-{scale}x.sqlite").exists():
        return
    print(f"  importing the {scale}x event for the benchmarks that read it …", flush=True)
    status, _, _ = run_child(["--child", "prepare", "--workdir", str(workdir), "--scale",
                                 str(scale), "--out", os.devnull],
                                RESULTS / "raw" / f"prepare-{scale}x.log")
    if status != 0:
        print(f"  preparing the {scale}x database failed (exit {status}); see "
              f"benchmarks/results/raw/prepare-{scale}x.log")


def growth(figures: list[Figure]) -> None:
    """Give each 10x figure the 1x figure of the same place as its baseline."""
    first: dict[tuple[str, int], Figure] = {}
    counters: dict[tuple[str, int], int] = {}
    for figure in figures:
        key = (figure.benchmark, figure.scale)
        position = counters.get(key, 0)
        counters[key] = position + 1
        if figure.scale == 1:
            first[(figure.benchmark, position)] = figure
        elif not figure.name.startswith("FAILED"):
            base = first.get((figure.benchmark, position))
            if base is not None and base.seconds > 0 and not base.name.startswith("FAILED"):
                figure.baseline = base.seconds
                figure.extra["growth"] = True
                if figure.cpu_seconds and base.cpu_seconds:
                    cpu_growth = f"CPU 10x/1x {figure.cpu_seconds / base.cpu_seconds:.1f}"
                    figure.note = f"{cpu_growth}; {figure.note}" if figure.note else cpu_growth


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the Roundtable benchmarks.")
    parser.add_argument("--scale", type=int, choices=(1, 10), default=1,
                        help="10: also the largest case (import, check, exports) at 10x")
    parser.add_argument("--only", nargs="+", choices=sorted(MODULES), metavar="NAME",
                        help="run only these: " + ", ".join(MODULES))
    parser.add_argument("--workdir", type=Path,
                        help="keep the generated files here (reused when run again)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        try:
            return child_main(args.child, args.workdir, args.scale, args.out)
        except Exception:  # noqa: BLE001 - the runner shows the child's error and goes on
            traceback.print_exc()
            return 1
    # Byte-code caching on, as for an installed application (GUI start-up realism).
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    names = [name for name in MODULES if not args.only or name in args.only]
    machine = describe_machine()
    load_start = load_average()
    print("Machine")
    for key, value in machine.items():
        print(f"  {key:<14} {value}")
    print(f"  {'load average':<14} {load_start} at the start\n")
    figures: list[Figure] = []
    scales = [1] + ([10] if args.scale == 10 else [])
    with tempfile.TemporaryDirectory(prefix="roundtable-bench-") as temporary:
        workdir = (args.workdir or Path(temporary)).resolve()
        workdir.mkdir(parents=True, exist_ok=True)
        for scale in scales:
            selected = [n for n in names if scale == 1 or n in SCALED]
            if not selected:
                continue
            print(f"Scale {scale}x")
            prepare(workdir, scale)
            for name in selected:
                if name != "import":
                    ensure_database(workdir, scale)
                figures.extend(run_benchmark(name, scale, workdir))
            print()
    growth(figures)
    load_end = load_average()
    print_table(figures)
    print(f"\nload average {load_start} at the start, {load_end} at the end")
    RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    command = " ".join(["python benchmarks/run.py", *(argv or sys.argv[1:])])
    record = {"when": stamp, "command": command,
              "machine": machine, "load_average": {"start": load_start, "end": load_end},
              "figures": [figure.to_json() for figure in figures]}
    name = f"scale-{args.scale}" + ("-only-" + "-".join(args.only) if args.only else "")
    (RESULTS / f"{name}.json").write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n",
                                         encoding="utf-8")
    (RESULTS / f"{name}.md").write_text(markdown_report(record, figures), encoding="utf-8")
    print(f"written: benchmarks/results/{name}.json and .md")
    missed = [f for f in figures if f.passed is False]
    if missed:
        print(f"{len(missed)} figure(s) missed their target or failed:")
        for figure in missed:
            print(f"  - [{figure.benchmark} {figure.scale}x] {figure.name}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
