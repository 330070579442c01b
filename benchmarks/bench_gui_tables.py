"""How fast the People, Organizations and Agreements tables show, sort and filter a big event.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui_tables.py [people] [agreements]``
(defaults 10,000 and 2,000). It imports a generated event into a temporary
SQLite file, then times each view from construction to its first painted
rows, a sort by name, and an incremental filter keystroke. Results go in
``docs/performance.md``.
"""
from __future__ import annotations

import copy
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.resources import sample_event_path
from desktop_app.services.events import import_event_document
from desktop_app.storage.database import open_database

GIVEN = ["Aynur", "İlqar", "Rəşad", "Әйгерім", "Нұрлан", "Gülnar", "Samir", "Dauren"]
FAMILY = ["Əliyev", "Hüseynov", "Qasımova", "Сәрсенбаев", "Жұмабаева", "Ismayilov", "Omarova"]


def generated_event(people: int, agreements: int) -> dict:
    doc = json.loads(sample_event_path().read_text(encoding="utf-8"))
    doc = copy.deepcopy(doc)
    doc["event"]["id"] = "bench-event"
    orgs = [o["id"] for o in doc["organizations"]]
    for i in range(people):
        doc["people"].append({
            "id": f"p{i}", "given_name": GIVEN[i % len(GIVEN)],
            "family_name": f"{FAMILY[i % len(FAMILY)]}{i}",
            "local_names": {"kk": f"Адам {i}"}, "organization": orgs[i % len(orgs)],
            "country": "AZ" if i % 2 else "KZ", "position": "Professor",
        })
    for i in range(agreements):
        a, b = orgs[i % len(orgs)], orgs[(i + 1) % len(orgs)]
        doc["agreements"].append({
            "id": f"b{i}", "reference": f"BENCH/{i:05d}", "kind": "mou",
            "title": f"Memorandum {i}", "status": "draft",
            "parties": [{"organization": a, "signatory": f"p{i % people}"},
                        {"organization": b, "signatory": f"p{(i + 1) % people}"}],
        })
    return doc


def timed(label: str, action) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    elapsed = time.perf_counter() - start
    print(f"{label:<55} {elapsed * 1000:8.0f} ms")
    return elapsed


def main() -> None:
    people = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    agreements = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000
    app = QApplication([])
    from desktop_app.ui.context import UiContext
    from desktop_app.ui.views.agreements_view import AgreementsView
    from desktop_app.ui.views.organizations_view import OrganizationsView
    from desktop_app.ui.views.people_view import PeopleView

    folder = Path(tempfile.mkdtemp())
    db = open_database(str(folder / "bench.sqlite"))
    timed(f"import {people} people, {agreements} agreements",
          lambda: import_event_document(db, generated_event(people, agreements)))
    ctx = UiContext(db, QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    ctx.set_event("bench-event")
    views = {}

    def show(cls):  # type: ignore[no-untyped-def]
        def run() -> None:
            view = cls(ctx)
            view.resize(1400, 900)
            view.show()
            app.processEvents()
            views[cls] = view
        return run

    def first_rows_painted(cls):  # type: ignore[no-untyped-def]
        def run() -> None:
            view = views[cls]
            while view.model.rowCount() == 0:  # rows load on a worker thread
                app.processEvents()
                time.sleep(0.002)
            view.grab()  # forces the first rows to paint
        return run

    def all_rows_loaded(cls):  # type: ignore[no-untyped-def]
        def run() -> None:
            view = views[cls]
            while view.loading:
                app.processEvents()
                time.sleep(0.002)
        return run

    for cls in (PeopleView, OrganizationsView, AgreementsView):
        timed(f"{cls.title}: view shown (window stays responsive)", show(cls))
        timed(f"{cls.title}: first rows painted", first_rows_painted(cls))
        timed(f"{cls.title}: then all rows loaded", all_rows_loaded(cls))
    people_view = views[PeopleView]
    timed("People: sort by name, descending",
          lambda: people_view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder))
    timed("People: sort by organization",
          lambda: people_view.table.sortByColumn(3, Qt.SortOrder.AscendingOrder))
    timed("People: filter keystroke 'i' (all rows match)",
          lambda: people_view.filter_edit.setText("i"))
    timed("People: filter 'ilqar'", lambda: people_view.filter_edit.setText("ilqar"))
    timed("People: filter 'нұрлан'", lambda: people_view.filter_edit.setText("нұрлан"))
    timed("People: clear the filter", lambda: people_view.filter_edit.clear())
    agreements_view = views[AgreementsView]
    timed("Agreements: status filter 'draft'",
          lambda: agreements_view.set_status_filter("draft"))
    timed("Agreements: reload after a change (synchronous)", agreements_view.reload)
    db.dispose()


if __name__ == "__main__":
    main()
