"""How fast the window opens on the benchmark event, and how soon its conflict warnings show.

Run alone: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui_startup.py [--scale N]``
(or through ``run.py``). A fresh Python process opens the main window on the
benchmark event's SQLite file, as ``roundtable`` does, and reports, from the
moment that process started:

- the window shown and painted (the first view, the Overview, with its
  figures): target 1.5 s;
- the conflict warnings in the status bar (checked in a worker after the first paint);
- the Agenda timeline of the first day painted, and a block moved and redrawn.

Byte-code caching stays on (the runner unsets ``PYTHONDONTWRITEBYTECODE``) and
the process is started once untimed first, so the figure is that of a second
start of an installed application, not of one compiling its modules.
"""
from __future__ import annotations

import time

STARTED = time.perf_counter()

import json
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, BenchContext, Figure, run_standalone

NAME = "gui_startup"


def child(db_path: str) -> list[dict[str, object]]:
    """The measured process: open the database and the window, as the app does."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings, QThreadPool

    from desktop_app.storage.database import open_database
    from desktop_app.ui.app import create_application
    from desktop_app.ui.context import UiContext
    from desktop_app.ui.main_window import MainWindow

    figures = []
    db = open_database(db_path)
    app = create_application()
    settings = QSettings(str(Path(db_path).with_suffix(".ini")), QSettings.Format.IniFormat)
    ctx = UiContext(db, settings)
    window = MainWindow(ctx)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    window.grab()
    figures.append(Figure(NAME, "window shown and painted, from process start",
                          time.perf_counter() - STARTED, max_seconds=1.5,
                          cpu_seconds=time.process_time(), note="Overview with its figures"))
    while window.warning_count < 0:
        app.processEvents()
        time.sleep(0.005)
    figures.append(Figure(NAME, "conflict warnings in the status bar (worker thread)",
                          time.perf_counter() - STARTED, memory_target=False,
                          note=f"{window.warning_count} warnings"))
    start = time.perf_counter()
    window.show_view(1)
    agenda = window.current_view()
    app.processEvents()
    window.grab()
    figures.append(Figure(NAME, "Agenda: switch to it and paint the day's timeline",
                          time.perf_counter() - start, memory_target=False))
    block = agenda.timeline.blocks()[0]
    item = block.item
    start = time.perf_counter()
    agenda.move_item(item.id, item.start_time.hour * 60 + item.start_time.minute + 5,
                     item.room_id)
    while agenda.timeline.block(item.id) is None or \
            agenda.timeline.block(item.id).item.version == item.version:
        app.processEvents()
    window.grab()
    figures.append(Figure(NAME, "Agenda: move a block (stored, reloaded, redrawn)",
                          time.perf_counter() - start, memory_target=False))
    ctx.close()
    QThreadPool.globalInstance().waitForDone()
    db.dispose()
    return [figure.to_json() for figure in figures]


def run(ctx: BenchContext) -> list[Figure]:
    """Start the measured process twice on a copy of the event's file (the first start
    warms the byte-code and the disk cache and is not counted)."""
    import shutil

    from common import remove_database

    copy = ctx.workdir / f"startup-{ctx.scale}x.sqlite"
    out = ctx.workdir / "startup.json"
    env = dict(os.environ, XDG_CONFIG_HOME=str(ctx.workdir / "config"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    figures: list[Figure] = []
    for attempt in range(2):
        # Each start sees the event as imported and no saved window state: the first
        # start moves an agenda block and remembers the view it ended on.
        remove_database(copy)
        copy.with_suffix(".ini").unlink(missing_ok=True)
        shutil.copyfile(ctx.database, copy)
        shutil.rmtree(ctx.workdir / "config", ignore_errors=True)
        begun = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--child", str(copy), str(out)], check=True,
                       env=env, cwd=ROOT)
        whole = time.perf_counter() - begun
        if attempt == 1:
            figures = [Figure.from_json(data) for data in json.loads(out.read_text())]
            figures.append(Figure(NAME, "whole process, with interpreter start and exit",
                                  whole, memory_target=False))
    return figures


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[1] == "--child":
        Path(sys.argv[3]).write_text(json.dumps(child(sys.argv[2])))
    else:
        run_standalone(run, __doc__)
