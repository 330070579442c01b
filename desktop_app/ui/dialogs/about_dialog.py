"""Help › About: the version, how this copy was built, and what it is built with.

The components and their licences come from ``desktop_app.about_info`` (the shipped
``resources/licenses/index.json``), never from a list typed here, so the dialog cannot
claim a licence the installed package does not declare. "Licences…" opens the full
texts (:mod:`.licences_dialog`).
"""
from __future__ import annotations

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.about_info import Component, build_details, components

from ..app_icon import application_icon
from .licences_dialog import LicencesDialog

ICON_SIZE = 96


class AboutDialog(QDialog):
    """The application's name, version and build, and the table of shipped components."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Roundtable"))
        self.setAccessibleName(self.tr("About Roundtable"))
        self._components = components()
        self._licences_dialog: LicencesDialog | None = None

        icon = QLabel()
        icon.setPixmap(application_icon().pixmap(ICON_SIZE, ICON_SIZE))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setAccessibleName(self.tr("Roundtable icon"))

        self.title_label = QLabel(self.tr("Roundtable {version}").format(version=__version__))
        self.title_label.setObjectName("aboutTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        summary = QLabel(self.tr(
            "Plan academic and diplomatic round tables: agendas, speakers, panels, "
            "agreements and their signing, and every printed document. Works offline."))
        summary.setWordWrap(True)

        self.build_label = QLabel(self._build_text())
        self.build_label.setObjectName("aboutBuild")
        self.build_label.setTextFormat(Qt.TextFormat.PlainText)
        self.build_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.build_label.setWordWrap(True)

        heading = QVBoxLayout()
        heading.addWidget(self.title_label)
        heading.addWidget(summary)
        heading.addWidget(self.build_label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)

        built_with = QLabel(self.tr("<b>Built with</b> (all shipped with this copy):"))
        self.components_table = self._components_table()
        built_with.setBuddy(self.components_table)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.licences_button = QPushButton(self.tr("&Licences…"))
        self.licences_button.setToolTip(self.tr("Read the full licence of every component"))
        self.licences_button.clicked.connect(self.show_licences)
        buttons.addButton(self.licences_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button = QPushButton(self.tr("&Copy version information"))
        self.copy_button.setToolTip(self.tr("For a support request: the version and build"))
        self.copy_button.clicked.connect(self.copy_version_information)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(built_with)
        layout.addWidget(self.components_table, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def _build_text(self) -> str:
        details = build_details()
        lines = [self.tr("Python {python} · Qt {qt} · PySide6 {pyside} · {platform}").format(
            python=details["python"], qt=qVersion(), pyside=PySide6.__version__,
            platform=details["platform"])]
        if details["kind"] == "bundle":
            lines.append(self.tr("Installed from a bundle"))
        else:
            lines.append(self.tr("Running as a Python package"))
        if "commit" in details:
            lines.append(self.tr("Build {commit}, {date}").format(
                commit=details["commit"], date=details.get("date", "")))
        return "\n".join(lines)

    def _components_table(self) -> QTableWidget:
        table = QTableWidget(len(self._components), 3)
        table.setObjectName("aboutComponents")
        table.setAccessibleName(self.tr("Shipped components and their licences"))
        table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"),
                                         self.tr("Licence")])
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        for row, component in enumerate(self._components):
            for column, text in enumerate((component.name, component.version,
                                           component.licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(component.url or text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(lambda index: self.show_licences(index.row()))
        return table

    def components(self) -> list[Component]:
        return list(self._components)

    def show_licences(self, row: int | bool = -1) -> LicencesDialog:
        """Open the full licence texts, at the selected component (or ``row``)."""
        if isinstance(row, bool) or row < 0:  # clicked(bool) passes the checked state
            row = max(self.components_table.currentRow(), 0)
        if self._licences_dialog is None:
            self._licences_dialog = LicencesDialog(self._components, self)
        self._licences_dialog.select(row)
        self._licences_dialog.show()
        self._licences_dialog.raise_()
        return self._licences_dialog

    def version_information(self) -> str:
        """Plain text for a support request: the build lines and every component."""
        rows = [f"Roundtable {__version__}", self._build_text(), ""]
        rows += [f"{c.name} {c.version} ({c.licence})" for c in self._components]
        return "\n".join(rows)

    def copy_version_information(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.version_information())


def show_about(parent: QWidget | None) -> AboutDialog:
    """Help › About: open the dialog (it deletes itself when closed)."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
