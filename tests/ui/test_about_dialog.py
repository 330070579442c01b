"""Help › About: the version, the build, the shipped components with their licences, the
full licence texts; and the application icon and desktop file name on the QApplication."""
from __future__ import annotations

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app import APP_ID, __version__
from desktop_app.ui.app import create_application
from desktop_app.ui.dialogs.about_dialog import AboutDialog
from desktop_app.ui.dialogs.licences_dialog import LicencesDialog
from desktop_app.ui.main_window import VIEWS, MainWindow


def _about(qtbot) -> AboutDialog:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _rows(dialog: AboutDialog) -> dict[str, tuple[str, str]]:
    table = dialog.components_table
    return {table.item(row, 0).text(): (table.item(row, 1).text(), table.item(row, 2).text())
            for row in range(table.rowCount())}


def test_about_shows_the_version_and_the_build(qtbot) -> None:
    dialog = _about(qtbot)
    assert dialog.title_label.text() == f"Roundtable {__version__}"
    build = dialog.build_label.text()
    assert f"Qt {qVersion()}" in build and f"PySide6 {PySide6.__version__}" in build
    assert "Running as a Python package" in build


def test_about_lists_libraries_and_fonts_with_their_licences(qtbot) -> None:
    rows = _rows(_about(qtbot))
    assert rows["Qt 6 and PySide6"][1].startswith("LGPL-3.0")
    assert rows["Qt 6 and PySide6"][0] == PySide6.__version__
    assert rows["SQLAlchemy"][1] == "MIT"
    assert rows["alembic"][1] == "MIT"
    assert rows["Noto Sans and Noto Serif fonts"][1] == "OFL-1.1"
    assert "Bitstream-Vera" in rows["DejaVu Sans font"][1]
    assert rows["python-bidi"][1].startswith("GNU Library or Lesser")


def test_licences_button_shows_the_full_text_of_the_chosen_component(qtbot) -> None:
    dialog = _about(qtbot)
    names = [c.name for c in dialog.components()]
    dialog.components_table.selectRow(names.index("Qt 6 and PySide6"))
    qtbot.mouseClick(dialog.licences_button, Qt.MouseButton.LeftButton)
    licences = dialog.findChild(LicencesDialog)
    assert licences is not None and licences.isVisible()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in licences.text_view.toPlainText()
    assert "LGPL-3.0" in licences.heading.text()

    licences.component_list.setCurrentRow(names.index("Noto Sans and Noto Serif fonts"))
    assert "SIL OPEN FONT LICENSE" in licences.text_view.toPlainText().upper()
    assert "OFL-1.1" in licences.heading.text()


def test_copy_version_information_for_a_support_request(qtbot) -> None:
    dialog = _about(qtbot)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"Roundtable {__version__}\n")
    assert f"PySide6 {PySide6.__version__}" in copied


def test_help_about_opens_the_dialog_from_the_main_window(qtbot, ui_ctx) -> None:
    window = MainWindow(ui_ctx, views=VIEWS[:1])
    qtbot.addWidget(window)
    window.show()
    window.actions_registry.action("help.about").trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert __version__ in dialog.title_label.text()
    dialog.close()


def test_the_application_carries_the_icon_and_the_desktop_file_name(qtbot, ui_settings) -> None:
    app = create_application(ui_settings)
    assert app is QApplication.instance()
    assert app.desktopFileName() == APP_ID
    icon = app.windowIcon()
    assert not icon.isNull()
    assert {16, 32, 256} <= {size.width() for size in icon.availableSizes()}
