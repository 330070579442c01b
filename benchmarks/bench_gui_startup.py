"""How fast the window opens on a big event, and how soon its conflict warnings show.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui_startup.py [people] [agreements]``
(defaults 10,000 and 2,000). The event is generated (as in ``bench_gui_tables``)
and imported into a temporary SQLite file; then a fresh Python process opens the
main window on it, as ``roundtable`` does, and reports, from the moment that
process started:

- the window shown and painted (the first view, the Overview, with its figures);
- the conflict warnings in the status bar (checked in a worker after the first paint);
- the Agenda timeline of the first day painted, and a block moved and redrawn.

Results go in ``docs/performance.md``.
"""
from __future__ import annotations

import time

STARTED = time.perf_counter()

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def child(db_path: str) -> None:
    """The measured process: open the database and the window, as the app does."""
    from PySide6.QtCore import QSettings, QThreadPool

    from desktop_app.storage.database import open_database
    from desktop_app.ui.app import create_application
    from desktop_app.ui.context import UiContext
    from desktop_app.ui.main_window import MainWindow

    db = open_database(db_path)
    app = create_application()
    settings = QSettings(str(Path(db_path).with_suffix(".ini")), QSettings.Format.IniFormat)
    ctx = UiContext(db, settings)
    window = MainWindow(ctx)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    window.grab()
    shown = time.perf_counter() - STARTED
    print(f"{'window shown and painted (from process start)':<55} {shown * 1000:8.0f} ms")
    while window.warning_count < 0:
        app.processEvents()
        time.sleep(0.005)
    warned = time.perf_counter() - STARTED
    print(f"{'conflict warnings in the status bar':<55} {warned * 1000:8.0f} ms"
          f"  ({window.warning_count} warnings)")
    start = time.perf_counter()
    window.show_view(1)
    agenda = window.current_view()
    app.processEvents()
    window.grab()
    print(f"{'Agenda: switch and paint the timeline':<55} "
          f"{(time.perf_counter() - start) * 1000:8.0f} ms")
    block = agenda.timeline.blocks()[0]
    item = block.item
    start = time.perf_counter()
    agenda.move_item(item.id, item.start_time.hour * 60 + item.start_time.minute + 5,
                     item.room_id)
    while agenda.timeline.block(item.id) is None or \
            agenda.timeline.block(item.id).item.version == item.version:
        app.processEvents()
    window.grab()
    print(f"{'Agenda: move a block (stored, reloaded, redrawn)':<55} "
          f"{(time.perf_counter() - start) * 1000:8.0f} ms")
    ctx.close()
    QThreadPool.globalInstance().waitForDone()
    db.dispose()


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2])
        return
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_gui_tables import generated_event

    from desktop_app.services.events import import_event_document
    from desktop_app.storage.database import open_database

    people = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    agreements = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000
    folder = Path(tempfile.mkdtemp())
    db_path = folder / "bench.sqlite"
    db = open_database(str(db_path))
    import_event_document(db, generated_event(people, agreements))
    db.dispose()
    print(f"event: {people} people, {agreements} agreements")
    begun = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--child", str(db_path)], check=True,
                   env=dict(os.environ, XDG_CONFIG_HOME=str(folder)))
    print(f"{'whole process, including interpreter start and exit':<55} "
          f"{(time.perf_counter() - begun) * 1000:8.0f} ms")


if __name__ == "__main__":
    main()
