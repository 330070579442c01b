"""Render a screenshot of each view with the sample event into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--out DIR]

The sample is imported into a temporary database; the main window is shown
offscreen at 1400x900 and each view grabbed to PNG (``QWidget.grab`` works
without a display). Views missing from this build are skipped with a note.
Dark-theme shots of the overview, the timeline and the seating chart show the other
palette.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop_app.resources import sample_event_path  # noqa: E402
from desktop_app.services.events import import_event_file  # noqa: E402
from desktop_app.storage.database import open_database  # noqa: E402
from desktop_app.ui.app import create_application  # noqa: E402
from desktop_app.ui.context import UiContext  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402
from desktop_app.ui.theme import THEME_ENV, apply_theme  # noqa: E402

SIZE = (1400, 900)


def settle(app: QApplication, rounds: int = 5) -> None:
    """Process events until background work (views load in workers) is done and shown."""
    for _ in range(rounds):
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(30_000)
        app.processEvents()


def view_index(window: MainWindow, title: str) -> int | None:
    for index, view in enumerate(window.views):
        if view is not None and view.title == title:
            return index
    return None


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def shoot_window(app: QApplication, ctx: UiContext, out: Path, suffix: str = "",
                 only: tuple[str, ...] | None = None) -> None:
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    window.build_all_views()
    settle(app)

    def page(name: str, title: str, prepare: Callable[[QWidget], object] | None = None) -> None:
        if only is not None and name not in only:
            return
        index = view_index(window, title)
        if index is None:
            print(f"skipped {name}: the {title} view is not in this build")
            return
        window.show_view(index)
        view = window.views[index]
        settle(app)
        if prepare is not None:
            prepare(view)
            settle(app)
        save(window, out, name + suffix)

    page("overview", "Overview")
    page("agenda-timeline", "Agenda", lambda v: (v.show_timeline(),
                                                 v.timeline.verticalScrollBar().setValue(
                                                     int(v.timeline.y_of(9 * 60 + 45)) - 40)))
    page("agenda-list", "Agenda", lambda v: v.show_list())
    page("people", "People")
    page("organizations", "Organizations")
    page("agreements", "Agreements")
    page("documents", "Documents", lambda v: generate_document(app, v))
    if only is None or "translations" in only:
        shoot_translations(app, window, out, suffix)
    if only is None or "seating" in only:
        shoot_seating(app, window, out, suffix)
    if only is None or "agenda-editor" in only:
        index = view_index(window, "Agenda")
        if index is not None:
            agenda = window.views[index]
            panel = next((i for i in agenda.items if i.kind == "panel"), None)
            dialog = agenda.edit_item(panel.id) if panel is not None else None
            if dialog is not None:
                settle(app)
                save(dialog, out, "agenda-editor" + suffix)
                dialog.reject()
    if only is None or "event-form" in only:
        dialog = window.session.edit_event()
        if dialog is not None:
            settle(app)
            save(dialog, out, "event-form" + suffix)
            dialog.reject()
    if only is None or "ceremony-planner" in only:
        index = view_index(window, "Agreements")
        view = window.views[index] if index is not None else None
        if view is None or not hasattr(view, "open_planner"):
            print("skipped ceremony-planner: no planner in this build")
        else:
            window.show_view(index)
            settle(app)
            planner = view.open_planner()
            if planner is None:
                print("skipped ceremony-planner: the sample has no signing item")
            else:
                planner.resize(1100, 760)
                planner.show()
                settle(app)
                save(planner, out, "ceremony-planner" + suffix)
                planner.close()
    if only is None or "agenda-conflict" in only:
        shoot_conflict(app, window, out, suffix)
    window.close()
    window.deleteLater()
    settle(app)


def shoot_conflict(app: QApplication, window: MainWindow, out: Path, suffix: str) -> None:
    """Move the coffee break into the hall, over the panel: the conflict is outlined."""
    index = view_index(window, "Agenda")
    if index is None:
        return
    agenda = window.views[index]
    coffee = next((i for i in agenda.items if i.key == "coffee"), None)
    hall = next((r for r in agenda.event_view.rooms if r.key == "hall"), None)
    if coffee is None or hall is None:
        return
    window.show_view(index)
    agenda.show_timeline()
    agenda.move_item(coffee.id, 11 * 60 + 50, hall.id)
    deadline = time.monotonic() + 30
    while window.warning_count < 1 and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    settle(app)
    agenda.timeline.verticalScrollBar().setValue(int(agenda.timeline.y_of(10 * 60 + 30)))
    agenda.timeline.select_item(coffee.id)
    settle(app)
    save(window, out, "agenda-conflict" + suffix)
    window.ctx.undo_stack.undo()
    settle(app)


#: The agenda items whose Kazakh texts the Translations shot leaves to fill in.
UNTRANSLATED_ITEMS = ("coffee", "panel", "signing", "reception")


def shoot_translations(app: QApplication, window: MainWindow, out: Path, suffix: str) -> None:
    """The Translations view half-way through a Kazakh programme: the Kazakh texts of the
    last items taken out (through the view, so Undo puts them back after the shot), the
    first one being typed."""
    index = view_index(window, "Translations")
    if index is None:
        print("skipped translations: the Translations view is not in this build")
        return
    window.show_view(index)
    view = window.views[index]
    settle(app)
    view.ensure_loaded()
    taken = 0
    for row in list(view.model.rows):
        if row.owner_key in UNTRANSLATED_ITEMS and row.owner_kind == "agenda_item" \
                and row.text_in("kk") and view.edit_translation(row, "kk", ""):
            taken += 1
    settle(app)
    view.show_record("translations", "")
    view.next_missing()
    editor = view.delegate.editor
    if editor is not None and hasattr(editor, "setText"):
        editor.setText("Кофе-брейк")
    settle(app)
    save(window, out, "translations" + suffix)
    if view.delegate.editor is not None:
        view.delegate.closeEditor.emit(view.delegate.editor,
                                       view.delegate.EndEditHint.RevertModelCache)
    for _ in range(taken):
        window.ctx.undo_stack.undo()
    settle(app)


def shoot_seating(app: QApplication, window: MainWindow, out: Path, suffix: str) -> None:
    """The main table placed by precedence at a round table of 24 through the Seating
    view, the seat of honour locked and one rector taken off to seat by hand, the guest
    of honour's seat chosen; Undo puts the event back after the shot."""
    index = view_index(window, "Seating")
    if index is None:
        print("skipped seating: the Seating view is not in this build")
        return
    window.show_view(index)
    view = window.views[index]
    view.show_record("seating", "main")
    settle(app)
    view.ensure_loaded()
    view.controls.choose("round:24", "precedence")
    steps = 0
    if view.place_by_rule():
        steps += 1
        plan = view.loaded.own_plan
        if view.toggle_lock(plan.honour_seat):
            steps += 1
        rector = plan.seat(11).person_key
        if rector and view.unseat(rector):
            steps += 1
        view.chart.set_current_seat(plan.seat(plan.honour_seat).right or 0)
    settle(app)
    save(window, out, "seating" + suffix)
    for _ in range(steps):
        window.ctx.undo_stack.undo()
    settle(app)


def generate_document(app: QApplication, view: QWidget) -> None:
    """Generate the programme in the Documents view and wait for its preview."""
    if not hasattr(view, "generate"):
        return
    view.generate()
    deadline = time.monotonic() + 60
    while getattr(view, "task", None) is not None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    # The PDF view renders its pages in the background: give it a moment to paint.
    until = time.monotonic() + 2.0
    while time.monotonic() < until:
        app.processEvents()
        time.sleep(0.02)


def shoot_welcome(app: QApplication, out: Path, tmp: Path) -> None:
    empty = open_database(str(tmp / "empty.sqlite"))
    settings = QSettings(str(tmp / "empty.ini"), QSettings.Format.IniFormat)
    ctx = UiContext(empty, settings)
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    settle(app)
    save(window, out, "welcome")
    window.close()
    ctx.close()
    empty.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(str(Path(tmp) / "screenshots.sqlite"))
        import_event_file(db, sample_event_path())
        os.environ[THEME_ENV] = "light"
        app = create_application()
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        ctx = UiContext(db, settings)
        shoot_welcome(app, out, Path(tmp))
        shoot_window(app, ctx, out)
        os.environ[THEME_ENV] = "dark"
        apply_theme(app)
        shoot_window(app, ctx, out, "-dark", only=("overview", "agenda-timeline", "seating"))
        ctx.close()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
