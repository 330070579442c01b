"""How soon the People, Organizations, Agreements and Agenda tables show their first rows.

Run alone: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui_tables.py [--scale N]``
(or through ``run.py``). On the benchmark event (10,000 people, 2,000
agreements, 300 agenda items) each view is built, then shown and timed until
its first rows are painted (rows load on a worker thread; the Agenda's list
mode is the table timed); then, for
information, the rest of each list, sorting and filtering the people.
Target: first rows within 200 ms of the view being shown (the window builds
its views in idle time after its first paint, so building is timed apart;
the Agenda reads its items while being built).
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BenchContext, Figure, run_standalone

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

    def build(cls: type) -> object:
        start, cpu = time.perf_counter(), time.process_time()
        view = cls(ctx)
        view.resize(1400, 900)
        figure(f"{cls.title}: view built (the window does it in idle time after its first "
               "paint)", time.perf_counter() - start, cpu=time.process_time() - cpu)
        return view

    def first_rows(title: str, view: object, model: object, table: object) -> None:
        start, cpu = time.perf_counter(), time.process_time()
        view.show()  # type: ignore[attr-defined]
        app.processEvents()
        _wait(app, lambda: model.rowCount() > 0)  # type: ignore[attr-defined]
        table.grab()  # type: ignore[attr-defined]  # forces the first rows to paint
        figure(f"{title}: shown, first rows painted", time.perf_counter() - start,
               FIRST_ROWS_TARGET, f"{model.rowCount():,} rows at first",  # type: ignore[attr-defined]
               time.process_time() - cpu)

    for cls in (PeopleView, OrganizationsView, AgreementsView):
        view = build(cls)
        start = time.perf_counter()
        first_rows(cls.title, view, view.model, view.table)
        _wait(app, lambda v=view: not v.loading)
        figure(f"{cls.title}: then all {view.model.rowCount():,} rows loaded",
               time.perf_counter() - start)
        views[cls] = view
    agenda = build(AgendaView)
    agenda.show_list()
    first_rows("Agenda (list)", agenda, agenda.table_model, agenda.table)
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
    run_standalone(run, __doc__)
