"""The main window: the welcome screen, the new-event form, the event switcher, navigation
from a warning, remembered geometry and view, and menus with standard shortcuts."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QListWidget, QMenu, QMessageBox, QWidget

from desktop_app.services.agenda import AgendaItemData, list_agenda, update_agenda_item
from desktop_app.services.event_editing import get_event
from desktop_app.services.events import list_events
from desktop_app.ui.context import UiContext
from desktop_app.ui.main_window import VIEWS, MainWindow, View, build_view

AGENDA_VIEWS = VIEWS[:2]


def _window(qtbot, ctx, views=AGENDA_VIEWS):
    win = MainWindow(ctx, views=views)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def empty_ctx(db, ui_settings):
    ctx = UiContext(db, ui_settings)
    yield ctx
    ctx.close()


def test_an_empty_database_shows_the_welcome_screen_and_opens_the_sample(qtbot, empty_ctx):
    win = _window(qtbot, empty_ctx)
    assert win.central.currentWidget() is win.welcome
    assert not win.event_toolbar.isVisible()
    assert not win.actions_registry.action("file.export").isEnabled()
    with qtbot.waitSignal(win.session.task_done, timeout=20000) as done:
        win.welcome.sample_button.click()
    assert done.args == [True]
    [event] = list_events(empty_ctx.db)
    assert empty_ctx.event_key == event.key
    assert win.central.currentIndex() == 1
    assert win.switcher.currentData() == event.key
    assert empty_ctx.settings.value("session/last_event") == event.key
    assert event.title in win.windowTitle()


def test_the_new_event_form_validates_inline_and_creates_the_event(qtbot, empty_ctx):
    win = _window(qtbot, empty_ctx)
    win.welcome.new_button.click()
    dialog = win.session.last_dialog
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Round table: <Baku> & \"Astana\"")
    dialog.venue_edit.setText("ADA University")
    dialog.city_edit.setText("")
    dialog.country_edit.setText("A")
    dialog.languages_edit.setText("en, xx-!")
    dialog.save()
    messages = dialog.errors.messages()
    assert "venue_city" in messages and "venue_country" in messages and "languages" in messages
    assert list_events(empty_ctx.db) == []  # an invalid form stores nothing

    dialog.city_edit.setText("Baku")
    dialog.country_edit.setText("az")
    dialog.languages_edit.setText("en, az, kk")
    dialog.start_edit.setDate(dialog.start_edit.date().fromString("2026-05-12", "yyyy-MM-dd"))
    dialog.end_edit.setDate(dialog.end_edit.date().fromString("2026-05-13", "yyyy-MM-dd"))
    dialog.timezone_combo.setCurrentText("Asia/Baku")
    dialog.add_room("Atrium", 80)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [summary] = list_events(empty_ctx.db)
    event = get_event(empty_ctx.db, summary.key)
    assert event.title == "Round table: <Baku> & \"Astana\""
    assert (event.start_date, event.end_date) == (dt.date(2026, 5, 12), dt.date(2026, 5, 13))
    assert event.venue_country == "AZ" and event.languages == ("en", "az", "kk")
    assert [(r.name, r.capacity) for r in event.rooms] == [("Main hall", None), ("Atrium", 80)]
    assert empty_ctx.event_key == event.key
    assert win.central.currentIndex() == 1
    assert win.switcher.currentText().startswith("Round table: <Baku> & \"Astana\"")


def test_edit_event_is_undoable(qtbot, ui_ctx):
    win = _window(qtbot, ui_ctx)
    dialog = win.session.edit_event()
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Renamed round table")
    dialog.save()
    assert get_event(ui_ctx.db, ui_ctx.event_key).title == "Renamed round table"
    qtbot.waitUntil(lambda: "Renamed round table" in win.windowTitle())
    ui_ctx.undo_stack.undo()
    assert get_event(ui_ctx.db, ui_ctx.event_key).title.startswith("Round table on expanding")


def test_the_last_event_opens_and_the_switcher_lists_the_others(qtbot, ui_ctx, tmp_path):
    from desktop_app.services.event_editing import EventData, RoomData, create_event

    other = create_event(ui_ctx.db, EventData(
        "Second event", dt.date(2026, 1, 5), dt.date(2026, 1, 5), "Asia/Almaty", "Hall",
        "Astana", "KZ", [RoomData("Room 1")], ["kk", "en"]))
    ui_ctx.settings.setValue("session/last_event", other.key)
    win = _window(qtbot, ui_ctx)
    assert ui_ctx.event_key == other.key
    assert win.switcher.count() == 2
    sample_index = win.switcher.findData("ada-az-kz-2025")
    win.switcher.activated.emit(sample_index)
    assert ui_ctx.event_key == "ada-az-kz-2025"
    assert ui_ctx.settings.value("session/last_event") == "ada-az-kz-2025"


def test_a_warning_opens_its_agenda_item_and_the_status_bar_leads_to_the_overview(qtbot, ui_ctx):
    db, key = ui_ctx.db, ui_ctx.event_key
    win = _window(qtbot, ui_ctx)
    coffee = next(i for i in list_agenda(db, key) if i.key == "coffee")
    data = AgendaItemData.from_row(coffee)
    data.start_time, data.end_time = dt.time(13, 40), dt.time(13, 50)  # inside the reception
    update_agenda_item(db, coffee.id, data)
    overview = win.view_at(0)
    qtbot.waitUntil(lambda: win.warning_count == 1)
    win.show_view(1)
    win.warnings_button.click()
    assert win.current_view() is overview
    warnings: QListWidget = overview.warnings_list
    qtbot.waitUntil(lambda: warnings.item(0).text().startswith("⚠"))
    warnings.itemActivated.emit(warnings.item(0))
    agenda = win.current_view()
    assert agenda.title == "Agenda"
    selected = agenda.selected_item_id()
    assert selected in {coffee.id, next(i.id for i in list_agenda(db, key)
                                        if i.key == "reception")}
    assert agenda.timeline.block(selected).isSelected()


def test_the_window_remembers_its_geometry_and_last_view(qtbot, ui_ctx, tmp_path):
    win = _window(qtbot, ui_ctx)
    win.resize(790, 580)
    win.show_view(1)
    win.close()
    settings = ui_ctx.settings
    assert int(settings.value("window/view")) == 1

    again = _window(qtbot, ui_ctx)
    assert (again.width(), again.height()) == (790, 580)
    assert again.current_view().title == "Agenda"
    assert again.navigation.currentRow() == 1
    reloaded = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert int(reloaded.value("window/view")) == 1


def test_menus_have_the_standard_commands_and_shortcuts(qtbot, ui_ctx):
    win = _window(qtbot, ui_ctx, VIEWS)
    qtbot.waitUntil(lambda: None not in win.views)  # the other views are built after painting
    reg = win.actions_registry
    expected = {
        "file.new_event": QKeySequence.StandardKey.New,
        "file.open_event": QKeySequence.StandardKey.Open,
        "file.quit": QKeySequence.StandardKey.Quit,
        "edit.undo": QKeySequence.StandardKey.Undo,
        "edit.redo": QKeySequence.StandardKey.Redo,
        "edit.find": QKeySequence.StandardKey.Find,
    }
    for action_id, standard in expected.items():
        keys = QKeySequence.keyBindings(standard)
        if keys:  # the offscreen platform may define none for Quit
            assert reg.action(action_id).shortcuts()[0] == keys[0], action_id
    titles = [a.text().replace("&", "") for a in win.menuBar().actions()]
    assert titles[:3] == ["File", "Edit", "View"] and titles[-1] == "Help"
    assert "Agenda" in titles  # the agenda view's own actions
    assert not reg.action("edit.undo").isEnabled()
    file_actions = [a for a in win.findChild(QMenu, "menuFile").actions() if not a.isSeparator()]
    assert file_actions[-1] is reg.action("file.quit")  # views' File actions stay above Quit


def test_every_view_is_a_view_the_window_can_host(qtbot, ui_ctx):
    win = _window(qtbot, ui_ctx, VIEWS)
    for view in win.build_all_views():
        assert isinstance(view, QWidget) and isinstance(view, View), type(view).__name__
        assert view.title


def test_a_view_that_is_not_one_is_refused_by_name(qtbot, ui_ctx):
    parent = QWidget()
    qtbot.addWidget(parent)
    with pytest.raises(TypeError, match="register_details.RegisterDetails"):
        build_view("register_details", "RegisterDetails", ui_ctx, parent)


def test_a_refused_import_lists_every_problem(qtbot, empty_ctx, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "roundtable-event", "version": 1, "event": {"id": "x"}}',
                   encoding="utf-8")
    win = _window(qtbot, empty_ctx)
    with qtbot.waitSignal(win.session.task_done, timeout=20000) as done:
        win.session.import_path(bad)
    assert done.args == [False]
    dialog = win.session.last_dialog
    assert dialog is not None and dialog.problems.count() >= 2
    assert list_events(empty_ctx.db) == []
    assert win.central.currentWidget() is win.welcome


def test_an_unexpected_error_is_logged_and_shown_briefly(qtbot):
    from desktop_app.errorlog import configure_logging
    from desktop_app.ui.errors import show_error

    log = configure_logging()  # ROUNDTABLE_LOG points to a temporary file (conftest)
    marker = "boom-4f1c2e"
    try:
        raise KeyError(marker)
    except KeyError as exc:
        box = show_error(None, exc)
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Critical
    assert "KeyError" in box.text() and str(log) in box.text()
    assert "Traceback" not in box.text() and marker not in box.text()
    logged = log.read_text(encoding="utf-8")
    assert marker in logged and "Traceback" in logged


def test_the_excepthook_shows_a_short_dialog_and_logs_the_traceback(qtbot):
    import sys

    from PySide6.QtWidgets import QApplication

    from desktop_app.errorlog import configure_logging
    from desktop_app.ui import errors

    previous = sys.excepthook
    errors.install_excepthook()
    try:
        assert sys.excepthook is errors._excepthook
        marker = "hook-7d1a"
        try:
            raise ValueError(marker)
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        boxes = [w for w in QApplication.allWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible() and "ValueError" in w.text()]
        assert boxes and marker not in boxes[-1].text()
        for box in boxes:
            box.close()
        assert marker in configure_logging().read_text(encoding="utf-8")
    finally:
        sys.excepthook = previous


def test_settings_carry_a_version_and_unreadable_values_fall_back(qtbot, ui_ctx):
    from desktop_app.ui.window_settings import SETTINGS_VERSION, WindowSettings

    settings = ui_ctx.settings
    settings.setValue("window/view", "not a number")
    settings.setValue("window/geometry", "garbage")
    win = _window(qtbot, ui_ctx)  # an unversioned (version 0) file with bad values
    assert win.navigation.currentRow() == 0
    assert int(settings.value("settings/version")) == SETTINGS_VERSION
    settings.setValue("settings/version", SETTINGS_VERSION + 1)  # from a newer Roundtable
    assert WindowSettings.load(settings) == WindowSettings()


def test_deleting_the_event_asks_first_then_returns_to_the_welcome_screen(qtbot, ui_ctx):
    win = _window(qtbot, ui_ctx)
    box = win.session.ask_delete_event()
    assert box is not None and "40 agreements" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert [e.key for e in list_events(ui_ctx.db)] == ["ada-az-kz-2025"]

    box = win.session.ask_delete_event()
    delete = next(b for b in box.buttons() if b.text() == "Delete event")
    delete.click()
    assert list_events(ui_ctx.db) == []
    assert ui_ctx.event_key == ""
    assert win.central.currentWidget() is win.welcome
    assert not win.actions_registry.action("file.delete_event").isEnabled()


def test_edit_event_changes_hosts_and_description(qtbot, ui_ctx):
    from PySide6.QtCore import Qt

    win = _window(qtbot, ui_ctx)
    before = get_event(ui_ctx.db, ui_ctx.event_key)
    dialog = win.session.edit_event()
    qtbot.addWidget(dialog)
    hosts = dialog.hosts_list
    checked = [hosts.item(i).data(Qt.ItemDataRole.UserRole) for i in range(hosts.count())
               if hosts.item(i).checkState() == Qt.CheckState.Checked]
    assert sorted(checked) == sorted(before.host_ids) and len(checked) == 2
    for i in range(hosts.count()):
        if hosts.item(i).checkState() == Qt.CheckState.Checked:
            hosts.item(i).setCheckState(Qt.CheckState.Unchecked)
            break
    dialog.description_edit.setPlainText("Rectors & ministers — <round table>")
    dialog.save()
    after = get_event(ui_ctx.db, ui_ctx.event_key)
    assert len(after.host_ids) == 1
    assert after.description == "Rectors & ministers — <round table>"
    ui_ctx.undo_stack.undo()
    restored = get_event(ui_ctx.db, ui_ctx.event_key)
    assert sorted(restored.host_ids) == sorted(before.host_ids)
    assert restored.description == before.description
