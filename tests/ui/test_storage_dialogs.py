"""Backups, restores, damaged databases, outdated saves and colleagues' changes, in the GUI."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.domain.errors import StaleDataError
from desktop_app.resources import sample_event_path
from desktop_app.services import people
from desktop_app.services.events import import_event_file, list_events
from desktop_app.storage.backup import list_backups, make_backup
from desktop_app.storage.database import Database, StorageError, open_database
from desktop_app.ui.context import UiContext
from desktop_app.ui.errors import show_error
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.storage_dialogs import offer_backup_for


@pytest.fixture
def window(qtbot, ui_ctx: UiContext) -> MainWindow:
    main = MainWindow(ui_ctx, ui_ctx.event_key)
    qtbot.addWidget(main)
    return main


def test_back_up_now_from_the_file_menu(qtbot, window: MainWindow) -> None:
    path = window.ctx.db.sqlite_path
    assert path is not None
    before = len(list_backups(path))
    action = window.actions_registry.action("file.backup")
    assert action.isEnabled()
    with qtbot.waitSignal(window.ctx.status_message, timeout=10_000,
                          check_params_cb=lambda text: text.startswith("Backed up to")):
        action.trigger()
    assert len(list_backups(path)) == before + 1


def test_restore_replaces_the_data_and_refreshes(qtbot, window: MainWindow) -> None:
    db = window.ctx.db
    path = db.sqlite_path
    assert path is not None
    snapshot = make_backup(path, "manual")
    person = people.list_people(db, window.ctx.event_key, "nurbek")[0]
    edit = people.PersonData.from_row(person)
    edit.position = "Changed after the backup"
    people.update_person(db, person.id, edit, person.version)
    with qtbot.waitSignal(window.ctx.data_changed, timeout=5_000):
        assert window.storage_actions.restore(snapshot)
    restored = people.list_people(db, window.ctx.event_key, "nurbek")[0]
    assert restored.position == person.position
    assert any(p.name.endswith("-pre-restore.sqlite") for p in list_backups(path))


def test_an_outdated_save_refreshes_the_views(qtbot, ui_ctx: UiContext) -> None:
    view = QWidget()
    view.ctx = ui_ctx  # type: ignore[attr-defined]
    qtbot.addWidget(view)
    topics: list[str] = []
    ui_ctx.data_changed.connect(lambda topic, _key: topics.append(topic))
    box = show_error(view, StaleDataError("person", "nurbek"))
    assert "changed by someone else" in box.text()
    assert {"people", "agenda", "agreements"} <= set(topics)
    box.close()


def test_a_colleagues_change_reaches_the_window(qtbot, ui_ctx: UiContext) -> None:
    colleague = open_database(ui_ctx.db.url, backup=False)
    try:
        ui_ctx.poll_external_changes()
        person = people.list_people(colleague, ui_ctx.event_key, "nurbek")[0]
        edit = people.PersonData.from_row(person)
        edit.phone = "+7 700 123 45 67"
        people.update_person(colleague, person.id, edit, person.version)
        with qtbot.waitSignal(ui_ctx.data_changed, timeout=5_000,
                              check_params_cb=lambda topic, key: topic == "people"):
            assert ui_ctx.poll_external_changes() == 1
    finally:
        colleague.dispose()


def _damaged_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "damaged.sqlite"
    db = open_database(str(path))
    import_event_file(db, sample_event_path())
    db.dispose()
    backup = make_backup(path, "manual")
    data = bytearray(path.read_bytes())
    data[4096:4096 * 6] = b"\xa5" * (4096 * 5)
    path.write_bytes(bytes(data))
    return path, backup


def _click_when_shown(button_text: str) -> None:
    def click() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                for button in widget.buttons():
                    if button.text() == button_text:
                        button.click()
                        return
        QTimer.singleShot(50, click)
    QTimer.singleShot(50, click)


def test_a_damaged_database_offers_its_latest_backup(qtbot, tmp_path: Path) -> None:
    path, backup = _damaged_with_backup(tmp_path)
    with pytest.raises(StorageError) as caught:
        open_database(str(path))
    assert caught.value.latest_backup == backup
    _click_when_shown("Restore the latest backup")
    assert offer_backup_for(caught.value, path)
    db: Database = open_database(str(path))
    try:
        assert [e.agreements for e in list_events(db)] == [40]
    finally:
        db.dispose()


def test_declining_the_backup_changes_nothing(qtbot, tmp_path: Path) -> None:
    path, _backup = _damaged_with_backup(tmp_path)
    damaged = path.read_bytes()
    with pytest.raises(StorageError) as caught:
        open_database(str(path))
    _click_when_shown("Quit")
    assert not offer_backup_for(caught.value, path)
    assert path.read_bytes() == damaged


def _command_context(path: Path):
    import argparse
    import io

    from desktop_app.cli.context import CommandContext

    return CommandContext(argparse.Namespace(db=str(path)), stdout=io.StringIO(),
                          stderr=io.StringIO())


def test_starting_the_window_on_a_damaged_database(qtbot, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   default_settings_folder: Path) -> None:
    from desktop_app.cli.gui_commands import start_gui

    monkeypatch.setenv("ROUNDTABLE_EXIT_AFTER_MS", "200")
    path, _backup = _damaged_with_backup(tmp_path)
    declined = _command_context(path)
    _click_when_shown("Quit")
    assert start_gui(declined) == 3
    assert declined.stderr.getvalue().startswith("error: the database is damaged")

    accepted = _command_context(path)
    _click_when_shown("Restore the latest backup")
    try:
        assert start_gui(accepted) == 0
        assert [e.agreements for e in list_events(accepted.db)] == [40]
    finally:
        accepted.close()
