"""Edit › Preferences: the language and colour choices, and switching the language of a
running window (real window over the sample event, a compiled Russian catalogue)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop_app.documents.labels import label
from desktop_app.services.agreements import list_agreements
from desktop_app.storage.database import Database
from desktop_app.ui.app import WindowHost
from desktop_app.ui.dialogs.preferences_dialog import PreferencesDialog
from desktop_app.ui.i18n import install_language, saved_preference, use_catalogue_folder
from desktop_app.ui.theme import saved_theme

from .i18n_catalogue import compile_catalogue


@pytest.fixture(autouse=True)
def russian(tmp_path: Path, qapp) -> Iterator[Path]:
    qm = compile_catalogue(tmp_path)
    use_catalogue_folder(tmp_path)
    yield qm
    use_catalogue_folder(None)
    install_language("en")


@pytest.fixture
def host(qtbot, sample_db: tuple[Database, str], ui_settings: QSettings):
    database, event_key = sample_db
    window_host = WindowHost(database, ui_settings, event_key)
    window_host.window.show()
    qtbot.waitExposed(window_host.window)
    yield window_host
    window_host.window.close()
    window_host.close()
    window_host.window.deleteLater()


def _menu_titles(window) -> list[str]:
    """File, Edit, View and Help (the views' menus sit between View and Help)."""
    titles = [action.text() for action in window.menuBar().actions() if action.isVisible()]
    return titles[:3] + titles[-1:]


def _choose_in_preferences(window, language: str, theme: str | None = None) -> None:
    """Open Edit › Preferences as the user does and pick ``language`` (and ``theme``)."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        if theme is not None:
            dialog.theme.setCurrentIndex(dialog.theme.findData(theme))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    window.actions_registry.action("edit.preferences").trigger()


def test_the_dialog_lists_languages_in_their_own_names(qtbot, ui_settings: QSettings) -> None:
    dialog = PreferencesDialog(ui_settings)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["System default", "English", "Azərbaycanca", "Қазақша", "Русский"]
    assert dialog.chosen_language() == "system"
    assert [dialog.theme.itemData(i) for i in range(dialog.theme.count())] == \
        ["system", "light", "dark"]
    assert "undo history" in dialog.notice.text()


def test_preferences_has_the_standard_shortcut_and_lives_in_the_edit_menu(host) -> None:
    action = host.window.actions_registry.action("edit.preferences")
    assert action in host.window.actions_registry.menus()["Edit"].actions()
    bindings = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    assert action.shortcuts() == bindings


def test_switching_to_russian_rebuilds_the_window_in_place_and_back(qtbot, host) -> None:
    old = host.window
    old.show_view(1)
    old.resize(760, 560)  # within the offscreen screen, which restoreGeometry respects
    size = old.size()
    event_key = host.ctx.event_key
    assert _menu_titles(old) == ["&File", "&Edit", "&View", "&Help"]

    _choose_in_preferences(old, "ru")

    new = host.window
    assert new is not old and new.isVisible() and not old.isVisible()
    assert saved_preference(host.ctx.settings) == "ru"
    assert _menu_titles(new) == ["&Файл", "&Правка", "&Вид", "&Справка"]
    assert new.navigation.item(0).text() == "Обзор"
    assert new.navigation.item(1).text() == "Программа"
    assert new.view_at(0).title == "Обзор"  # the views are built in the new language
    agreements = new.view_at(4).model
    status_column = agreements.STATUS_COLUMN
    assert agreements.headerData(status_column, Qt.Orientation.Horizontal) == "Статус"
    agreements.set_records(list_agreements(host.ctx.db, event_key))
    signed_row = next(row for row, a in enumerate(agreements.visible) if a.status == "signed")
    assert agreements.index(signed_row, status_column).data() == label("ru", "status.signed")
    assert new.actions_registry.action("edit.preferences").text() == "&Настройки…"
    # The same event, the same view, the same size.
    assert host.ctx.event_key == event_key
    assert new.navigation.currentRow() == 1
    assert new.size() == size

    _choose_in_preferences(new, "en")
    english = host.window
    assert english is not new
    assert _menu_titles(english) == ["&File", "&Edit", "&View", "&Help"]
    assert english.navigation.item(0).text() == "Overview"
    assert host.ctx.event_key == event_key


def test_ok_without_a_change_keeps_the_language_of_this_run(qtbot, host) -> None:
    install_language("ru")  # as ``--lang ru`` does, the preference staying "system"
    window = host.window
    _choose_in_preferences(window, "system")
    assert host.window is window
    assert saved_preference(host.ctx.settings) == "system"


def test_the_old_window_ignores_changes_after_a_switch(qtbot, host) -> None:
    old_ctx = host.ctx
    _choose_in_preferences(host.window, "ru")
    assert host.ctx is not old_ctx
    qtbot.wait(50)  # let the old window's deferred deletion run
    host.ctx.refresh_all()  # the new context's views reload, nothing touches the old ones
    qtbot.wait(50)
    assert host.window.isVisible()


def test_keeping_the_language_does_not_rebuild_but_saves_the_theme(qtbot, host) -> None:
    window = host.window
    with qtbot.waitSignal(window.theme_changed, timeout=2000):
        _choose_in_preferences(window, "system", theme="dark")
    assert host.window is window
    assert saved_theme(host.ctx.settings) == "dark"
    assert QApplication.palette().window().color().lightness() < 128
    _choose_in_preferences(window, "system", theme="light")
    assert QApplication.palette().window().color().lightness() >= 128
