"""Exports for other systems: signing records (XLSX/CSV/JSON), agenda (.ics), schedule (frab).

The dialog picks what, which format, which language and where (one of the event's
languages, the first by default: the names of the signing records, every text and
name of the calendar and the schedule); the export runs in a worker (``run_task``)
so a large event never freezes the window.
``exchange_actions`` gives the File-menu actions the views contribute.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import RoundtableError
from desktop_app.services.event_editing import get_event
from desktop_app.services.exports import (
    EXPORT_FORMATS,
    ExportResult,
    FileFormat,
    export_agenda,
    export_schedule,
    export_signings,
)
from desktop_app.ui.context import UiContext
from desktop_app.ui.views.feedback import default_folder, report_error
from desktop_app.ui.workers import Task, run_task

from .form_support import error_colour, language_label

#: What can be exported; translated when the combo is filled.
EXPORTS = {
    "signings": QT_TRANSLATE_NOOP("ExportDialog", "Signing records (one row per party)"),
    "agenda": QT_TRANSLATE_NOOP("ExportDialog", "Agenda as a calendar (iCalendar)"),
    "schedule": QT_TRANSLATE_NOOP("ExportDialog", "Conference schedule (frab / C3VOC)"),
}
#: The file formats' names (``FileFormat.label`` of the services), per export and suffix,
#: for the format list and the file dialog's filter in the interface language.
FORMAT_LABELS = {
    ("signings", "xlsx"): QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook"),
    ("signings", "csv"): QT_TRANSLATE_NOOP("ExportDialog", "CSV, UTF-8"),
    ("signings", "json"): QT_TRANSLATE_NOOP("ExportDialog", "JSON signing records"),
    ("agenda", "ics"): QT_TRANSLATE_NOOP("ExportDialog", "iCalendar"),
    ("schedule", "xml"): QT_TRANSLATE_NOOP("ExportDialog", "frab/C3VOC schedule XML"),
    ("schedule", "json"): QT_TRANSLATE_NOOP("ExportDialog", "frab/C3VOC schedule JSON"),
}
MENU_PROPERTY = "roundtable_menu"
GLOBAL_PROPERTY = "roundtable_global"
FOLDER_SETTING = "exports/folder"


class ExportDialog(QDialog):
    def __init__(self, ctx: UiContext, export: str = "signings",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Export", "window title"))
        self.setMinimumWidth(620)
        self.event_view = get_event(ctx.db, ctx.event_key)
        self.outcome: ExportResult | None = None
        self.task: Task | None = None

        self.what = QComboBox()
        self.what.setAccessibleName(self.tr("What to export"))
        for name, label in EXPORTS.items():
            self.what.addItem(QCoreApplication.translate("ExportDialog", str(label)), name)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format", "file format"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr(
            "Language", "the language the exported names are written in"))
        for tag in self.event_view.languages:
            self.language.addItem(language_label(tag), tag)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File", "the file the export is saved to"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Export:", "label: what to export"), self.what)
        form.addRow(self.tr("Format:", "file format"), self.format)
        self.language_caption = QLabel()
        self.language_caption.setBuddy(self.language)
        form.addRow(self.language_caption, self.language)
        form.addRow(self.tr("File:"), where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export", "button: write the file"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.what.currentIndexChanged.connect(self._what_changed)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.path.textChanged.connect(self._check)
        self.what.setCurrentIndex(max(self.what.findData(export), 0))
        self._what_changed()

    @property
    def export(self) -> str:
        return self.what.currentData()

    def _what_changed(self, *_args: object) -> None:
        self.format.blockSignals(True)
        self.format.clear()
        for fmt in EXPORT_FORMATS[self.export]:
            self.format.addItem(f"{self.format_label(fmt)} (.{fmt.suffix})", fmt.suffix)
        self.format.blockSignals(False)
        self.language_caption.setText(
            self.tr("Names in:", "the language names are written in")
            if self.export == "signings" else
            self.tr("Texts in:", "the language the calendar's or schedule's titles, rooms "
                    "and names are written in"))
        self._format_changed()

    def _format_changed(self, *_args: object) -> None:
        folder = str(self.ctx.settings.value(FOLDER_SETTING, "") or default_folder())
        current = Path(self.path.text()) if self.path.text() else Path(folder) / "x"
        name = f"{self.event_view.key}-{self.export}.{self.format.currentData()}"
        self.path.setText(str(current.parent / name))
        self._check()

    def _check(self, *_args: object) -> None:
        path = Path(self.path.text())
        problem = ""
        if not self.path.text().strip():
            problem = self.tr("Choose where to save the file.")
        elif path.suffix.lstrip(".").lower() != self.format.currentData():
            problem = self.tr("The file name must end in .{suffix}.").format(
                suffix=self.format.currentData())
        elif not path.parent.is_dir():
            problem = self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        self.message.setStyleSheet(f"color: {error_colour(self)};" if problem else "")
        self.message.setText(problem)
        self.export_button.setEnabled(not problem and self.task is None)

    def browse(self) -> None:
        fmt = next(f for f in EXPORT_FORMATS[self.export] if f.suffix == self.format.currentData())
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(),
                                                f"{self.format_label(fmt)} (*.{fmt.suffix})")
        if chosen:
            self.path.setText(chosen)

    def format_label(self, fmt: FileFormat) -> str:
        """The format's name in the interface language."""
        marked = FORMAT_LABELS.get((self.export, fmt.suffix))
        return QCoreApplication.translate("ExportDialog", str(marked)) if marked else fmt.label

    def start(self) -> None:
        self._check()
        if not self.export_button.isEnabled():
            return
        db, key, export = self.ctx.db, self.ctx.event_key, self.export
        path, fmt, language = Path(self.path.text()), self.format.currentData(), \
            self.language.currentData()
        self.ctx.settings.setValue(FOLDER_SETTING, str(path.parent))
        self.export_button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Exporting…"))

        def work(_progress: object, _cancelled: object) -> ExportResult:
            if export == "signings":
                return export_signings(db, key, path, fmt, language=language)
            if export == "agenda":
                return export_agenda(db, key, path, fmt, language=language)
            return export_schedule(db, key, path, fmt, language=language)

        self.task = run_task(work, succeeded=self._done, failed=self._failed)

    def _done(self, result: ExportResult) -> None:
        self.task = None
        self.outcome = result
        self.ctx.status_message.emit(self.tr("Exported {what} to {file}").format(
            what=result.description, file=result.path.name))
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.task = None
        self.message.setText("")
        self._check()
        if isinstance(exc, RoundtableError):
            report_error(self, exc)
        else:
            from desktop_app.ui.errors import show_error

            show_error(self, exc)


def exchange_actions(ctx: UiContext, parent: QWidget, which: Iterable[str]) -> list[QAction]:
    """File-menu actions for the exports in ``which`` (and "import", the table wizard)."""
    texts = {
        "signings": ("file.export_signings",
                     QCoreApplication.translate("ExportActions", "Export &signing records…")),
        "agenda": ("file.export_agenda",
                   QCoreApplication.translate("ExportActions", "Export agenda as i&Calendar…")),
        "schedule": ("file.export_schedule", QCoreApplication.translate(
            "ExportActions", "Export &conference schedule (frab)…")),
        "import": ("file.import_table", QCoreApplication.translate(
            "ExportActions", "Import people or agreements from a &spreadsheet…")),
    }
    actions = []
    for name in which:
        action_id, text = texts[name]
        action = QAction(text, parent)

        action.setObjectName(action_id)
        action.setProperty(MENU_PROPERTY, "File")
        action.setProperty(GLOBAL_PROPERTY, True)
        if name == "import":
            action.triggered.connect(lambda _c=False: open_import_wizard(ctx, parent))
        else:
            action.triggered.connect(lambda _c=False, n=name: open_export(ctx, parent, n))
        actions.append(action)
    return actions


def open_export(ctx: UiContext, parent: QWidget, export: str) -> None:
    if not ctx.event_key:
        return
    try:
        dialog = ExportDialog(ctx, export, parent)
        dialog.exec()
        dialog.deleteLater()
    except RoundtableError as exc:
        report_error(parent, exc)


def open_import_wizard(ctx: UiContext, parent: QWidget) -> None:
    from .table_import_wizard import TableImportWizard

    if ctx.event_key:
        wizard = TableImportWizard(ctx, parent)
        wizard.exec()
        wizard.deleteLater()
