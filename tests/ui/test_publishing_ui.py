"""Publishing from the window: File › Publish version…, the list of versions with the
changes since one, the printed notice, and the status bar's badge following every edit."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialog

from desktop_app.services.agenda import (
    AgendaItemData,
    get_agenda_item,
    list_agenda,
    move_agenda_item,
    update_agenda_item,
)
from desktop_app.services.publishing import list_versions, publish_version
from desktop_app.ui.dialogs.publish_dialog import PublishDialog
from desktop_app.ui.dialogs.versions_dialog import VersionsDialog
from desktop_app.ui.main_window import VIEWS, MainWindow

KEY = "ada-az-kz-2025"


def _window(qtbot, ctx):
    win = MainWindow(ctx, views=VIEWS[:2])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _move_coffee(db, minutes: int = 15) -> None:
    coffee = next(item for item in list_agenda(db, KEY) if item.key == "coffee")
    start = dt.datetime.combine(coffee.day, coffee.start_time) + dt.timedelta(minutes=minutes)
    move_agenda_item(db, coffee.id, start_time=start.time(), expected_version=coffee.version)


def _rename_panel(db) -> None:
    panel = next(item for item in list_agenda(db, KEY) if item.key == "panel")
    data = AgendaItemData.from_row(get_agenda_item(db, panel.id))
    data.title = "Academic cooperation: the next five years"
    update_agenda_item(db, panel.id, data, panel.version)


def test_publishing_from_the_file_menu_and_the_badge_following_edits(
        qtbot, ui_ctx, monkeypatch):
    win = _window(qtbot, ui_ctx)
    badge = win.publishing.badge
    qtbot.waitUntil(lambda: badge.text() == "Not published yet", timeout=10000)
    assert badge.isVisible()
    action = win.actions_registry.action("file.publish")
    assert action.isEnabled() and action in win.actions_registry.menus()["File"].actions()
    assert win.actions_registry.action("file.versions").isEnabled()

    seen: list[PublishDialog] = []

    def publish_at_once(dialog: PublishDialog) -> int:
        seen.append(dialog)
        assert dialog.name.placeholderText() == f"v{len(seen)}"
        dialog.note.setPlainText("to the ministries")
        dialog.publish_button.click()
        return int(dialog.result())

    monkeypatch.setattr(PublishDialog, "exec", publish_at_once)
    action.trigger()
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    [version] = list_versions(ui_ctx.db, KEY).versions
    assert (version.name, version.note) == ("v1", "to the ministries")
    qtbot.waitUntil(lambda: badge.text() == "As published in v1", timeout=10000)

    _move_coffee(ui_ctx.db)  # an edit made anywhere: the badge counts it
    qtbot.waitUntil(lambda: badge.text() == "1 change since v1", timeout=10000)
    _rename_panel(ui_ctx.db)
    qtbot.waitUntil(lambda: badge.text() == "2 changes since v1", timeout=10000)
    _move_coffee(ui_ctx.db, -15)  # back where it was: one change is left
    qtbot.waitUntil(lambda: badge.text() == "1 change since v1", timeout=10000)

    action.trigger()  # publishes v2
    qtbot.waitUntil(lambda: badge.text() == "As published in v2", timeout=10000)
    assert [v.name for v in list_versions(ui_ctx.db, KEY).versions] == ["v1", "v2"]


def test_nothing_to_publish_and_a_name_of_ones_own(qtbot, ui_ctx):
    publish_version(ui_ctx.db, KEY)
    dialog = PublishDialog(ui_ctx)
    qtbot.addWidget(dialog)
    assert not dialog.publish_button.isEnabled()
    assert "Nothing has changed since v1" in dialog.summary.text()
    _move_coffee(ui_ctx.db)
    dialog = PublishDialog(ui_ctx)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "1 change since v1."
    assert dialog.publish_button.isEnabled() and dialog.name.placeholderText() == "v2"
    dialog.name.setText("v1")
    dialog.publish()  # refused: the name is taken; the dialog stays open
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.name.setText("rectors")
    dialog.publish()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_version is not None and dialog.result_version.name == "rectors"


def test_the_versions_dialog_lists_the_changes_and_prints_the_notice(
        qtbot, ui_ctx, tmp_path: Path, monkeypatch):
    from desktop_app.ui.views import feedback

    monkeypatch.setattr(feedback, "report_error", lambda *_args: None)
    publish_version(ui_ctx.db, KEY, note="to the ministries")
    _move_coffee(ui_ctx.db)
    _rename_panel(ui_ctx.db)
    publish_version(ui_ctx.db, KEY, note="to the rectors")
    dialog = VersionsDialog(ui_ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(row, 0).text() for row in range(2)] == ["v1", "v2"]
    assert dialog.table.item(1, 2).text() == "2 changes"
    assert dialog.table.item(0, 3).text() == "to the ministries"
    assert dialog.heading.text() == "No changes since v2."  # the last, selected
    dialog.table.selectRow(0)
    assert dialog.heading.text() == "2 changes since v1:"
    rows = [[dialog.changes.topLevelItem(i).text(c) for c in range(4)]
            for i in range(dialog.changes.topLevelItemCount())]
    assert rows == [
        ["11:35  Academic cooperation: the next five years", "Title",
         "Expanding academic cooperation between Azerbaijan and Kazakhstan",
         "Academic cooperation: the next five years"],
        ["11:35  Coffee break", "Time", "11:20–11:35", "11:35–11:50"]]
    assert dialog.changes.topLevelItem(1).font(2).strikeOut()

    path = tmp_path / "notice.pdf"
    dialog.print_notice(path, "v1")
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
    assert path.stat().st_size > 1000
    assert dialog.message.text() == "Saved the change notice to notice.pdf"


def test_undoing_a_deletion_gives_the_item_its_schedule_id_back(qtbot, ui_ctx):
    from desktop_app.ui.undo.agenda_commands import DeleteAgendaItemCommand

    coffee = next(item for item in list_agenda(ui_ctx.db, KEY) if item.key == "coffee")
    ui_ctx.undo_stack.push(DeleteAgendaItemCommand(ui_ctx.db, KEY, coffee))
    assert "coffee" not in {item.key for item in list_agenda(ui_ctx.db, KEY)}
    ui_ctx.undo_stack.undo()
    restored = next(item for item in list_agenda(ui_ctx.db, KEY) if item.key == "coffee")
    assert restored.id != coffee.id and restored.schedule_id == coffee.schedule_id == 6
