"""Time opening the agreement editor on an event of 10,000 people.

``QT_QPA_PLATFORM=offscreen python benchmarks/profile_agreement_dialog.py [event.json]``
imports the event into a temporary SQLite file, opens the Agreements view,
then times ``AgreementsView.agreement_dialog`` (reading the people for the
pickers and building the dialog) for a new agreement and for editing one,
until the dialog is shown and painted; then one search keystroke.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from benchmarks.profile_scale_event import imported_scale_event
    from desktop_app.ui.context import UiContext
    from desktop_app.ui.views.agreements_view import AgreementsView

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        _, db, key = imported_scale_event(work, sys.argv[1] if len(sys.argv) > 1 else None)
        ctx = UiContext(db, QSettings(str(work / "s.ini"), QSettings.Format.IniFormat))
        ctx.set_event(key)
        view = AgreementsView(ctx)
        view.show()
        while view.loading:  # rows load on a worker thread
            app.processEvents()
            time.sleep(0.02)
        for label, agreement in (("new agreement", None), ("edit agreement", view.model.record(0)),
                                 ("new agreement again", None)):
            start, cpu = time.perf_counter(), time.process_time()
            dialog = view.agreement_dialog(agreement)
            dialog.show()
            dialog.grab()  # painted
            app.processEvents()
            print(f"{label}: {1000 * (time.perf_counter() - start):.0f} ms wall, "
                  f"{1000 * (time.process_time() - cpu):.0f} ms CPU")
            picker = dialog.party_rows[0][1]
            start = time.perf_counter()
            picker.lineEdit().setText("mammadov")
            picker._search("mammadov")
            print(f"  search keystroke: {1000 * (time.perf_counter() - start):.0f} ms, "
                  f"{picker.results.rowCount()} shown")
            dialog.close()
            dialog.deleteLater()
            app.processEvents()
        ctx.close()
        db.dispose()


if __name__ == "__main__":
    main()
