"""An installation without the chosen language's catalogue says so in the window.

The catalogues are looked for in an empty folder (``use_catalogue_folder``), as in an
installation that lost them: the window stays English and its status bar names the
language, at start-up (``--lang kk``) and after choosing one in Edit › Preferences,
whose language list says it before OK is pressed. With the catalogue there, no notice.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from desktop_app.storage.database import Database
from desktop_app.ui.app import WindowHost
from desktop_app.ui.dialogs.preferences_dialog import PreferencesDialog
from desktop_app.ui.i18n import (
    install_language,
    missing_catalogue,
    start_language,
    use_catalogue_folder,
)
from desktop_app.ui.main_window import MainWindow

from .i18n_catalogue import compile_catalogue

KAZAKH_NOTICE = ("The Kazakh (Қазақша) interface catalogue is missing from this "
                 "installation; the window stays in English.")


@pytest.fixture
def catalogues(tmp_path: Path, qapp) -> Iterator[Path]:
    """An empty folder where the runtime looks for catalogues (tests may add some)."""
    folder = tmp_path / "translations"
    folder.mkdir()
    use_catalogue_folder(folder)
    yield folder
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


def notice_of(window: MainWindow) -> str | None:
    """The text of the window's catalogue notice while it shows; None without one."""
    label = window.findChild(QLabel, "catalogueNotice")
    if label is None:
        return None
    assert label.isVisible() and window.statusBar().isAncestorOf(label)
    return label.text()


def choose_in_preferences(window: MainWindow, language: str) -> None:
    """Open Edit › Preferences as the user does, pick ``language`` and press OK."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    window.actions_registry.action("edit.preferences").trigger()


def test_the_window_names_a_language_whose_catalogue_is_missing(
        qtbot, catalogues: Path, ui_ctx, ui_settings: QSettings) -> None:
    assert start_language(ui_settings, "kk") == "en"  # as ``roundtable --lang kk`` starts
    assert missing_catalogue() == "kk"
    window = MainWindow(ui_ctx, ui_ctx.event_key)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert notice_of(window) == KAZAKH_NOTICE
    assert window.navigation.item(0).text() == "Overview"  # English, as it says


def test_a_language_whose_catalogue_loads_shows_no_notice(
        qtbot, catalogues: Path, ui_ctx, ui_settings: QSettings) -> None:
    compile_catalogue(catalogues, "kk", (("MainWindow", "Overview", "Шолу"),))
    assert start_language(ui_settings, "kk") == "kk"
    assert missing_catalogue() is None
    window = MainWindow(ui_ctx, ui_ctx.event_key)
    qtbot.addWidget(window)
    assert window.navigation.item(0).text() == "Шолу"
    assert notice_of(window) is None


def test_preferences_say_it_before_ok_and_the_rebuilt_window_after(
        qtbot, catalogues: Path, host, ui_settings: QSettings) -> None:
    compile_catalogue(catalogues, "ru", (("MainWindow", "Overview", "Обзор"),))
    assert notice_of(host.window) is None

    dialog = PreferencesDialog(ui_settings, host.window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    assert dialog.catalogue_notice.isVisible()
    assert dialog.catalogue_notice.text() == KAZAKH_NOTICE
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))  # its catalogue is there
    assert not dialog.catalogue_notice.isVisible()
    dialog.reject()

    old = host.window
    choose_in_preferences(old, "kk")
    assert host.window is not old
    assert notice_of(host.window) == KAZAKH_NOTICE
    assert host.window.navigation.item(0).text() == "Overview"

    # Choosing English (whose catalogue is the code itself) takes the notice away.
    kazakh = host.window
    choose_in_preferences(kazakh, "en")
    assert host.window is not kazakh
    assert notice_of(host.window) is None
