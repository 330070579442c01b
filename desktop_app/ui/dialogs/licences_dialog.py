"""Help › About › Licences…: every shipped component with its full licence text.

The texts are the files in ``resources/licenses/`` (copied from the packages' own
dist-info by ``packaging/collect-licenses.py``), shown as plain text so that nothing in
them is read as markup.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.about_info import Component


class LicencesDialog(QDialog):
    """A list of components on the left, the selected one's licence text on the right."""

    def __init__(self, components: list[Component], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("licencesDialog")
        self.setWindowTitle(self.tr("Licences"))
        self._components = components

        self.component_list = QListWidget()
        self.component_list.setObjectName("licenceComponents")
        self.component_list.setAccessibleName(self.tr("Components"))
        for component in components:
            label = f"{component.name} {component.version}".strip()
            item = QListWidgetItem(label)
            item.setToolTip(component.licence)
            self.component_list.addItem(item)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.text_view = QPlainTextEdit()
        self.text_view.setObjectName("licenceText")
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Licence text"))
        self.text_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.text_view, 1)
        splitter = QSplitter()
        splitter.addWidget(self.component_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 600])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.component_list.currentRowChanged.connect(self._show)
        self.resize(860, 600)

    def select(self, row: int) -> None:
        """Show the licence of the component in ``row`` (clamped to the list)."""
        if not self._components:
            self.heading.setText(self.tr("No licence information is installed."))
            return
        row = min(max(row, 0), len(self._components) - 1)
        if self.component_list.currentRow() == row:
            self._show(row)
        else:
            self.component_list.setCurrentRow(row)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._components):
            return
        component = self._components[row]
        self.heading.setText(self.tr("{name} is distributed under {licence}.").format(
            name=component.name, licence=component.licence))
        self.text_view.setPlainText(component.licence_text())
        self.text_view.moveCursor(self.text_view.textCursor().MoveOperation.Start)
