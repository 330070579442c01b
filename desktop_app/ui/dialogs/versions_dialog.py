"""File › Published versions…: the versions of the programme, and what changed since one.

The table lists every published version (name, when, how many changes it brought, the
note); below it, the changes to the programme since the selected version, in programme
order, each with what it was and what it is now. From here a version is published and the
change notice printed (in a worker, like every document).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import RoundtableError
from desktop_app.domain.programme_versions import ChangeReport, change_lines, text_in
from desktop_app.services.change_notice import NoticeResult, generate_change_notice
from desktop_app.services.documents import DocumentOptions
from desktop_app.services.publishing import list_versions, programme_changes
from desktop_app.ui.context import UiContext
from desktop_app.ui.i18n import current_language, format_datetime, term
from desktop_app.ui.views.feedback import default_folder, report_error, report_failure
from desktop_app.ui.workers import Task, run_task

FOLDER_SETTING = "exports/folder"


class VersionsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self.report: ChangeReport | None = None
        self.setWindowTitle(self.tr("Published versions", "window title"))
        self.resize(820, 560)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("versionsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Version"), self.tr("Published"), self.tr("Changes"), self.tr("Note")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Published versions"))
        self.heading = QLabel()
        self.heading.setObjectName("changesHeading")
        self.heading.setWordWrap(True)
        self.changes = QTreeWidget()
        self.changes.setObjectName("changesList")
        self.changes.setRootIsDecorated(False)
        self.changes.setColumnCount(4)
        self.changes.setHeaderLabels([self.tr("Item"), self.tr("What changed"),
                                      self.tr("Before"), self.tr("Now")])
        self.changes.setAccessibleName(self.tr("Changes since the selected version"))
        self.changes.setWordWrap(True)
        header = self.changes.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.changes, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([150, 350])
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.publish_button = QPushButton(self.tr("Publish version…"))
        self.print_button = QPushButton(self.tr("Print change notice…"))
        self.buttons.addButton(self.publish_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.publish_button.clicked.connect(self.publish)
        self.print_button.clicked.connect(self.ask_print)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._show_changes)
        self.reload()

    # --- the versions and their changes ---------------------------------------------------
    def reload(self) -> None:
        published = list_versions(self.ctx.db, self.ctx.event_key)
        self.published = published
        self.table.setRowCount(len(published.versions))
        for row, version in enumerate(published.versions):
            local = published.local_time(version)
            changes = ("—" if version.changes is None
                       else self.tr("%n change(s)", "", version.changes))
            for col, text in enumerate((version.name, format_datetime(local, "d MMM yyyy, HH:mm"),
                                        changes, version.note or "")):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if published.versions:
            self.table.selectRow(len(published.versions) - 1)
        else:
            self.heading.setText(self.tr(
                "No version has been published yet. Publish one to list the changes made "
                "after it and to print them as a notice."))
            self.changes.clear()
        self.print_button.setEnabled(bool(published.versions))

    def selected_version(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.published.versions[rows[0].row()].name

    def _show_changes(self) -> None:
        name = self.selected_version()
        self.changes.clear()
        if name is None:
            return
        try:
            report = programme_changes(self.ctx.db, self.ctx.event_key, since=name)
        except RoundtableError as exc:
            report_error(self, exc)
            return
        self.report = report
        count = len(report.changes)
        if not count:
            heading = self.tr("No changes since {version}.")
        else:
            heading = self.tr("%n change(s) since {version}:", "", count)
        self.heading.setText(heading.format(version=name))
        language = current_language()
        for change in report.changes:
            old, new = change_lines(change, report.old, report.new, language)
            if old == new:  # changed in another language only: show the default texts
                old, new = change_lines(change, report.old, report.new, None)
            item = change.current
            row = QTreeWidgetItem([
                f"{item['start']}  {text_in(item, 'title', language)}",
                term(f"change.{change.kind}"), "\n".join(old) or "—", "\n".join(new) or "—"])
            font = row.font(2)
            font.setStrikeOut(bool(old))
            row.setFont(2, font)
            self.changes.addTopLevelItem(row)
        self.changes.resizeColumnToContents(0)
        self.changes.setColumnWidth(0, min(self.changes.columnWidth(0),
                                           self.fontMetrics().horizontalAdvance("x") * 40))

    # --- actions --------------------------------------------------------------------------
    def publish(self) -> None:
        from .publish_dialog import PublishDialog

        dialog = PublishDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
        dialog.deleteLater()

    def ask_print(self) -> None:
        name = self.selected_version()
        if name is None:
            return
        folder = str(self.ctx.settings.value(FOLDER_SETTING, "") or default_folder())
        suggested = str(Path(folder) / f"{self.ctx.event_key}-changes-since-{name}.pdf")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Print the change notice to"),
                                                suggested, self.tr("PDF files (*.pdf)"))
        if chosen:
            self.print_notice(Path(chosen), name)

    def print_notice(self, path: Path, since: str) -> None:
        """Write the notice of the changes since ``since`` to ``path`` in a worker."""
        db, key = self.ctx.db, self.ctx.event_key
        self.ctx.settings.setValue(FOLDER_SETTING, str(path.parent))
        self.print_button.setEnabled(False)
        self.message.setText(self.tr("Printing…"))

        def work(_progress: object, _cancelled: object) -> NoticeResult:
            return generate_change_notice(db, key, path, DocumentOptions(), since=since)

        self.task = run_task(work, succeeded=self._printed, failed=self._failed)

    def _printed(self, result: NoticeResult) -> None:
        self.task = None
        self.print_button.setEnabled(True)
        text = self.tr("Saved the change notice to {file}").format(file=result.path.name)
        self.message.setText(text)
        self.ctx.status_message.emit(text)

    def _failed(self, exc: Exception) -> None:
        self.task = None
        self.print_button.setEnabled(True)
        self.message.setText("")
        report_failure(self, exc)

