"""How soon the People, Organizations, Agreements and Agenda tables show their first rows.

Run alone: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui_tables.py [--scale N]``
(or through ``run.py``). On the benchmark event (10,000 people, 2,000
agreements, 300 agenda items) each view is built, shown and timed until its
first rows are painted (rows load on a worker thread; the Agenda reads its
items when built, and its list mode is the table timed); then, for
information, the rest of each list, sorting and filtering the people.
Target: first rows within 200 ms.
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BenchContext, Figure

NAME = "gui_tables"
FIRST_ROWS_TARGET = 0.2


def _wait(app: object, condition: Callable[[], bool], limit: float = 60.0) -> None:
    deadline = time.perf_counter() + limit
    while not condition():
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)
        if time.perf_counter() > deadline:
            raise TimeoutError("the view did not finish loading within a minute")


def measure(db_path: Path, event_key: str) -> list[Figure]:
    from PySide6.QtCore import QSettings, Qt, QThreadPool
    from PySide6.QtWidgets import QApplication

    from desktop_app.storage.database import open_database
    from desktop_app.ui.context import UiContext
    from desktop_app.ui.views.agenda_view import AgendaView
    from desktop_app.ui.views.agreements_view import AgreementsView
    from desktop_app.ui.views.organizations_view import OrganizationsView
    from desktop_app.ui.views.people_view import PeopleView

    app = QApplication.instance() or QApplication([])
    db = open_database(str(db_path))
    ctx = UiContext(db, QSettings(str(db_path.with_suffix(".tables.ini")),
                                  QSettings.Format.IniFormat))
    ctx.set_event(event_key)
    figures: list[Figure] = []
    views = {}

    def figure(name: str, seconds: float, target: float | None = None, note: str = "",
               cpu: float | None = None) -> None:
        figures.append(Figure(NAME, name, seconds, max_seconds=target, note=note,
                              cpu_seconds=cpu, memory_target=target is not None))

    for cls in (PeopleView, OrganizationsView, AgreementsView):
        start, cpu = time.perf_counter(), time.process_time()
        view = cls(ctx)
        view.resize(1400, 900)
        view.show()
        app.processEvents()
        _wait(app, lambda v=view: v.model.rowCount() > 0)
        view.grab()  # forces the first rows to paint
        first, first_cpu = time.perf_counter() - start, time.process_time() - cpu
        first_count = view.model.rowCount()
        _wait(app, lambda v=view: not v.loading)
        everything = time.perf_counter() - start
        figure(f"{cls.title}: first rows painted (view built, shown, loaded, painted)", first,
               FIRST_ROWS_TARGET, f"{first_count:,} rows in the first part", first_cpu)
        figure(f"{cls.title}: all {view.model.rowCount():,} rows loaded", everything)
        views[cls] = view
    start, cpu = time.perf_counter(), time.process_time()
    agenda = AgendaView(ctx)
    agenda.resize(1400, 900)
    agenda.show_list()
    agenda.show()
    app.processEvents()
    _wait(app, lambda: agenda.table_model.rowCount() > 0)
    agenda.table.grab()
    figure(f"Agenda: first rows painted (view built, {agenda.table_model.rowCount()} items read, "
           "list painted)", time.perf_counter() - start, FIRST_ROWS_TARGET,
           cpu=time.process_time() - cpu)
    start = time.perf_counter()
    agenda.show_timeline()
    app.processEvents()
    agenda.grab()
    figure("Agenda: switch to the timeline and paint the first day",
           time.perf_counter() - start)

    people = views[PeopleView]

    def timed_action(name: str, action: Callable[[], object]) -> None:
        start = time.perf_counter()
        action()
        app.processEvents()
        figure(name, time.perf_counter() - start)

    timed_action("People: sort by name, descending",
                 lambda: people.table.sortByColumn(0, Qt.SortOrder.DescendingOrder))
    timed_action("People: sort by another column (keys computed)",
                 lambda: people.table.sortByColumn(3, Qt.SortOrder.AscendingOrder))
    timed_action("People: filter keystroke 'i' (nearly all rows match)",
                 lambda: people.filter_edit.setText("i"))
    timed_action("People: filter 'нұрлан'", lambda: people.filter_edit.setText("нұрлан"))
    timed_action("People: clear the filter", people.filter_edit.clear)
    for view in (*views.values(), agenda):
        view.close()
    ctx.close()
    QThreadPool.globalInstance().waitForDone()
    db.dispose()
    return figures


def run(ctx: BenchContext) -> list[Figure]:
    return measure(ctx.database, ctx.event_key)


if __name__ == "__main__":
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for result in run(BenchContext(Path(folder), args.scale)):
            print(f"{result.name:<80} {result.seconds * 1000:8.0f} ms  {result.note}")
