"""Importing people, organizations or agreements from a spreadsheet, with a preview.

Pick the file and what it holds; the wizard shows how each column is read
(change any of them), every problem with its row and column, and every
record that would be created or updated. Nothing is stored until Import,
and then all or nothing (``services.table_import``), unless the user chooses to import
the good rows and skip the bad ones. Organizations a people table names that the event
lacks are listed on their own tab: match each to one of the event's (suggested by the
same cross-script search as the People view), create it, or leave it empty; the choice
holds for every row of the file. The whole import is one step on the undo stack.

The preview reads and checks the file in a worker (``run_task``): a file of 100,000
rows takes seconds, so the wizard shows the rows read and checked, and Stop ends the
reading (the reader raises ``TableReadCancelled`` once ``cancelled()`` answers true)
with nothing imported. A change of the mapping while a preview runs stops it and
starts another; closing the wizard stops it too. Import reads the file again in a
worker, with the same progress but no Stop (one transaction: stored whole or not at all).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import RoundtableError
from desktop_app.services.event_editing import get_event
from desktop_app.services.table_import import (
    TABLE_KINDS,
    FieldInfo,
    TableImportError,
    TableImportReport,
    import_table,
    importable_fields,
    preview_table_import,
)
from desktop_app.ui.context import UiContext
from desktop_app.ui.undo.import_commands import ImportTableCommand, snapshot
from desktop_app.ui.views.feedback import report_error
from desktop_app.ui.workers import Cancelled, Progress, Task, run_task

from .form_support import error_colour, language_label
from .import_field_labels import field_label
from .import_messages import (
    change_text,
    field_change_text,
    note_text,
    problem_text,
    summary_text,
)

#: What a spreadsheet can hold; translated when the combo is filled.
KIND_LABELS = {
    "people": QT_TRANSLATE_NOOP("TableImportWizard", "People"),
    "organizations": QT_TRANSLATE_NOOP("TableImportWizard", "Organizations"),
    "agreements": QT_TRANSLATE_NOOP("TableImportWizard", "Agreements"),
}
NOT_IMPORTED = "ignore"


class TableImportWizard(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.resize(900, 620)
        self.languages = list(get_event(ctx.db, ctx.event_key).languages)
        self.report: TableImportReport | None = None
        self.task: Task | None = None
        # The preview running in a worker, if any.
        self.preview_task: Task | None = None
        self._mapping_combos: list[tuple[str, QComboBox, str | None]] = []
        # What each organization name of the file the event lacks means, by
        # ``organization_choice_key``: "org:KEY", "new:CC" or "none" (kept for the file).
        self.organization_choices: dict[str, str] = {}
        self._choices_file = ""
        self.event_country = get_event(ctx.db, ctx.event_key).venue_country or ""

        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Spreadsheet file"))
        self.path.setPlaceholderText(self.tr("A .xlsx or .csv file with a header row"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("The file holds"))
        for kind in TABLE_KINDS:
            label = KIND_LABELS.get(kind)
            self.kind.addItem(QCoreApplication.translate("TableImportWizard", str(label))
                              if label else kind, kind)
        self.preview_button = QPushButton(self.tr("Preview", "button: check the file first"))
        self.preview_button.clicked.connect(lambda: self.preview(keep_mapping=False))
        top = QHBoxLayout()
        top.addWidget(self.path, 1)
        top.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("File:"), top)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind)
        kind_row.addWidget(self.preview_button)
        kind_row.addStretch(1)
        form.addRow(self.tr("It holds:", "what kind of records the file contains"), kind_row)

        self.columns = QTableWidget(0, 3)
        self.columns.setAccessibleName(self.tr("Column mapping"))
        self.columns.setHorizontalHeaderLabels([
            self.tr("Column", "spreadsheet column letter"), self.tr("Header in the file"),
            self.tr("Imported as")])
        self.columns.verticalHeader().hide()
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.columns.setColumnWidth(1, 280)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems"))
        self.changes = QListWidget()
        self.changes.setAccessibleName(self.tr("Changes"))
        self.unknown_organizations = QTableWidget(0, 4)
        self.unknown_organizations.setAccessibleName(self.tr("Organizations not in the event"))
        self.unknown_organizations.setHorizontalHeaderLabels([
            self.tr("Organization in the file"), self.tr("Rows"), self.tr("Imported as"),
            self.tr("Country", "of a new organization")])
        self.unknown_organizations.verticalHeader().hide()
        self.unknown_organizations.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.unknown_organizations.setColumnWidth(0, 260)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.columns, self.tr("Columns", "tab: the column mapping"))
        self.tabs.addTab(self.problems, self.tr("Problems"))
        self.tabs.addTab(self.changes, self.tr("Changes"))
        self.organizations_tab = self.tabs.addTab(self.unknown_organizations, self.tr(
            "Organizations", "tab: organizations of the file the event does not have"))
        self.tabs.setTabVisible(self.organizations_tab, False)
        self.summary = QLabel(self.tr("Choose a file and what it holds, then Preview."))
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress of the preview"))
        self.progress.setTextVisible(False)
        self.progress_label = QLabel()
        self.stop_button = QPushButton(self.tr("Stop", "button: stop reading the file"))
        self.stop_button.setAccessibleName(self.tr("Stop the preview"))
        self.stop_button.clicked.connect(self.stop_preview)
        self.progress_row = QWidget()
        progress_layout = QHBoxLayout(self.progress_row)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.addWidget(self.progress_label)
        progress_layout.addWidget(self.progress, 1)
        progress_layout.addWidget(self.stop_button)
        self.progress_row.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import", "button: store the rows"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.skip_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.skip_button.hide()
        self.skip_button.clicked.connect(lambda: self.run_import(skip_bad_rows=True))
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._invalidate())
        self.path.textChanged.connect(lambda _t: self._invalidate())

    def _invalidate(self) -> None:
        self.report = None
        self.import_button.setEnabled(False)
        self.skip_button.hide()

    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Spreadsheet to import"),
                                                self.path.text(),
                                                self.tr("Spreadsheets (*.xlsx *.csv)"))
        if chosen:
            self.path.setText(chosen)
            self.preview(keep_mapping=False)

    def _field_choices(self) -> list[tuple[str, str]]:
        kind = self.kind.currentData()
        choices = [(f"{field_label(f)} ({f.name})", f.name) for f in importable_fields(kind)]
        offered = {name for _label, name in choices}
        if kind in ("people", "organizations"):  # the event's own languages, once each
            choices += [(self.tr("Name in {language} ({field})").format(
                language=language_label(tag), field=f"local_name:{tag}"), f"local_name:{tag}")
                for tag in self.languages if f"local_name:{tag}" not in offered]
        if NOT_IMPORTED in offered:
            return choices
        return choices + [(self.tr("— not imported —"), NOT_IMPORTED)]

    def overrides(self) -> list[str]:
        """The user's choices that differ from what the headers said, as COLUMN=FIELD."""
        result = []
        for letter, combo, recognised in self._mapping_combos:
            chosen = combo.currentData()
            if chosen != (recognised or NOT_IMPORTED):
                result.append(f"{letter}={chosen}")
        return result

    def preview(self, keep_mapping: bool = True) -> None:
        """Read and check the file in a worker; a preview already running is stopped."""
        if not self.path.text().strip():
            return
        overrides = self.overrides() if keep_mapping else []
        if self._choices_file != self.path.text():  # the choices hold for one file
            self._choices_file = self.path.text()
            self.organization_choices = {}
        if self.preview_task is not None:
            self.preview_task.cancel()
        self._invalidate()
        db, key, kind = self.ctx.db, self.ctx.event_key, self.kind.currentData()
        path, choices = Path(self.path.text()), dict(self.organization_choices)

        def work(progress: Progress, cancelled: Cancelled) -> TableImportReport:
            return preview_table_import(db, key, kind, path, overrides,
                                        organization_choices=choices,
                                        progress=progress, cancelled=cancelled)

        # Only the newest preview's signals count: an older one may still be finishing.
        task = run_task(
            work,
            succeeded=lambda report: self._previewed(task, report, not keep_mapping),
            failed=lambda exc: self._preview_failed(task, exc),
            progressed=lambda done, total: self._preview_progress(task, done, total),
            cancelled=lambda: self._preview_stopped(task), receiver=self)
        self.preview_task = task
        self._preview_progress(task, 0, 0)
        self.progress_row.show()

    def stop_preview(self) -> None:
        """Stop the running preview (the Stop button); the rows read so far are dropped."""
        if self.preview_task is not None:
            self.preview_task.cancel()
            self.stop_button.setEnabled(False)

    def _preview_progress(self, task: Task, done: int, total: int) -> None:
        if task is not self.preview_task:
            return
        self.stop_button.setEnabled(not task.is_cancelled)
        self._show_progress(done, total)

    def _show_progress(self, done: int, total: int) -> None:
        """The rows read (``total`` 0), or the steps of the checks done of ``total``."""
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress_label.setText(self.tr("Checking the rows…"))
        else:  # reading: a sheet does not say how many rows it holds
            self.progress.setRange(0, 0)
            self.progress_label.setText(self.tr("Reading the file: %n row(s)", "", done))

    def _preview_over(self, task: Task) -> bool:
        """True if ``task`` is the current preview, which is then over."""
        if task is not self.preview_task:
            return False
        self.preview_task = None
        self.progress_row.hide()
        return True

    def _previewed(self, task: Task, report: TableImportReport, rebuild: bool) -> None:
        if self._preview_over(task):
            self.show_report(report, rebuild=rebuild)

    def _preview_failed(self, task: Task, exc: Exception) -> None:
        if not self._preview_over(task):
            return
        if isinstance(exc, RoundtableError):
            self.summary.setText(str(exc))
            self.summary.setStyleSheet(f"color: {error_colour(self)};")
        else:
            from desktop_app.ui.errors import show_error

            show_error(self, exc)

    def _preview_stopped(self, task: Task) -> None:
        if self._preview_over(task):
            self._preview_stopped_text()

    def _preview_stopped_text(self) -> None:
        self.summary.setText(self.tr("The preview was stopped; nothing was imported. "
                                     "Preview again to read the whole file."))
        self.summary.setStyleSheet("")

    def done(self, result: int) -> None:
        """Closing the wizard stops its preview."""
        if self.preview_task is not None:
            self.preview_task.cancel()
            self.preview_task = None
        super().done(result)

    def _update_mapping(self, report: TableImportReport) -> bool:
        """Show the new preview's mapping in the existing combos; False if the columns
        differ (then they are built again). The combos are not replaced while the user
        is changing one of them, and each remembers what its header said."""
        letters = [m.letter for m in report.mappings]
        if letters != [letter for letter, _combo, _recognised in self._mapping_combos]:
            return False
        for (_letter, combo, _recognised), mapping in zip(self._mapping_combos,
                                                          report.mappings, strict=True):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(mapping.field or NOT_IMPORTED), 0))
            combo.blockSignals(False)
        return True

    def show_report(self, report: TableImportReport, *, rebuild: bool = True) -> None:
        self.report = report
        if rebuild or not self._update_mapping(report):
            self._build_mapping(report)
        self._show_findings(report)

    def _build_mapping(self, report: TableImportReport) -> None:
        choices = self._field_choices()
        offered = {name for _label, name in choices}
        # A field a header names but the lists do not offer (a name or translation in a
        # language outside them, "Title (tr)") is offered too, or its combo would show,
        # and send as the user's choice, the first field instead.
        for name in dict.fromkeys(m.field for m in report.mappings
                                  if m.field and m.field not in offered):
            choices.append((f"{field_label(FieldInfo(name, name, ()))} ({name})", name))
        self.columns.setRowCount(len(report.mappings))
        self._mapping_combos = []
        for row, mapping in enumerate(report.mappings):
            self.columns.setItem(row, 0, QTableWidgetItem(mapping.letter))
            self.columns.setItem(row, 1, QTableWidgetItem(mapping.header))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Column {letter} imported as").format(
                letter=mapping.letter))
            for label, name in choices:
                combo.addItem(label, name)
            combo.setCurrentIndex(max(combo.findData(mapping.field or NOT_IMPORTED), 0))
            recognised = mapping.field if mapping.source == "header" else None
            combo.currentIndexChanged.connect(lambda _i: self.preview(keep_mapping=True))
            self.columns.setCellWidget(row, 2, combo)
            self._mapping_combos.append((mapping.letter, combo, recognised))

    def _show_unknown_organizations(self, report: TableImportReport) -> None:
        """One row per organization name the event lacks: match, create or leave empty."""
        table = self.unknown_organizations
        table.setRowCount(len(report.unknown_organizations))
        for row, unknown in enumerate(report.unknown_organizations):
            table.setItem(row, 0, QTableWidgetItem(unknown.name))
            table.setItem(row, 1, QTableWidgetItem(", ".join(str(r) for r in unknown.rows)))
            choice = QComboBox()
            choice.setAccessibleName(self.tr("{name} imported as").format(name=unknown.name))
            choice.addItem(self.tr("— choose —", "what an unknown organization becomes"), "")
            for key, name in unknown.suggestions:
                choice.addItem(self.tr("Match to {name}").format(name=name), f"org:{key}")
            choice.addItem(self.tr("Create a new organization"), "new")
            choice.addItem(self.tr("Leave the organization empty"), "none")
            country = QLineEdit(self.event_country)
            country.setMaxLength(2)
            country.setAccessibleName(self.tr("Country of the new organization {name}")
                                      .format(name=unknown.name))
            country.setPlaceholderText("AZ")
            country.setEnabled(False)
            if unknown.suggestions:  # the best match is offered first
                choice.setCurrentIndex(1)
            choice.currentIndexChanged.connect(
                lambda _i, name=unknown.name, c=choice, e=country: self._organization_chosen(
                    name, c, e))
            country.editingFinished.connect(
                lambda name=unknown.name, c=choice, e=country: self._organization_chosen(
                    name, c, e))
            table.setCellWidget(row, 2, choice)
            table.setCellWidget(row, 3, country)
        self.tabs.setTabVisible(self.organizations_tab, bool(report.unknown_organizations))
        self.tabs.setTabText(self.organizations_tab, self.tr(
            "Organizations (%n)", "tab title: organizations of the file the event lacks",
            len(report.unknown_organizations)))

    def choose_organization(self, name: str, choice: str) -> None:
        """What ``name`` (an organization the event lacks) means for the whole file:
        "org:KEY", "new:CC" or "none"; the preview is made again."""
        from desktop_app.services.table_matching import organization_choice_key

        self.organization_choices[organization_choice_key(name)] = choice
        self.preview(keep_mapping=True)

    def _organization_chosen(self, name: str, combo: QComboBox, country: QLineEdit) -> None:
        value = combo.currentData() or ""
        country.setEnabled(value == "new")
        if value == "new":
            code = country.text().strip().upper()
            if len(code) != 2:
                country.setFocus()
                return
            value = f"new:{code}"
        if value:
            self.choose_organization(name, value)

    def _show_findings(self, report: TableImportReport) -> None:
        self.problems.clear()
        self.problems.addItems([problem_text(p) for p in report.problems])
        self.changes.clear()
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for change in report.changes:
            entry = QListWidgetItem(change_text(change))
            font = entry.font()
            font.setWeight(QFont.Weight.DemiBold if change.action != "unchanged"
                           else QFont.Weight.Normal)
            entry.setFont(font)
            if change.action == "unchanged":
                entry.setForeground(muted)
            self.changes.addItem(entry)
            for field_change in change.changes:
                self.changes.addItem(f"      {field_change_text(field_change)}")
        self.tabs.setTabText(1, self.tr("Problems (%n)", "tab title with a count",
                                        len(report.problems)))
        self.tabs.setTabText(2, self.tr("Changes (%n)", "tab title with a count",
                                        len(report.changes)))
        self._show_unknown_organizations(report)
        ok = report.ok
        notes = "".join(f"\n{note_text(note)}" for note in report.notes)
        undo = "\n" + self.tr("Undo (Ctrl+Z) takes the whole import back in one step.")
        if ok:
            self.summary.setText(summary_text(report) + notes + undo)
            self.summary.setStyleSheet("")
        else:
            count = len(report.problems)
            self.summary.setText(
                self.tr("%n problem(s) to fix first; nothing will be imported until the file "
                        "or the mapping is right.", "", count) + notes)
            self.summary.setStyleSheet(f"color: {error_colour(self)};")
            self.tabs.setCurrentWidget(self.unknown_organizations
                                       if report.unknown_organizations else self.problems)
        self.import_button.setEnabled(ok and bool(report.changes))
        bad = len(report.bad_rows)
        good = report.rows - bad
        self.skip_button.setVisible(report.skippable)
        self.skip_button.setEnabled(True)
        if report.skippable:
            # Both counts are numerus; the sentence is built from two whole phrases.
            self.skip_button.setText(self.tr("Import {good}, skip {bad}").format(
                good=self.tr("%n good row(s)", "", good), bad=self.tr("%n bad row(s)", "", bad)))

    def run_import(self, skip_bad_rows: bool = False) -> None:
        if self.report is None or not (self.report.ok or (skip_bad_rows
                                                          and self.report.skippable)):
            return
        db, key, kind = self.ctx.db, self.ctx.event_key, self.kind.currentData()
        path, overrides = Path(self.path.text()), self.overrides()
        choices = dict(self.organization_choices)
        self.import_button.setEnabled(False)
        self.skip_button.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))

        def work(progress: Progress, _cancelled: Cancelled) -> tuple[TableImportReport, Any, Any]:
            before = snapshot(db, key)
            report = import_table(db, key, kind, path, overrides, skip_bad_rows=skip_bad_rows,
                                  organization_choices=choices, progress=progress)
            return report, before, snapshot(db, key)

        # The import reads the file again: the same progress, without Stop (it is one
        # transaction that either ends stored or rolls back, so nothing is half-done).
        self.task = run_task(work, succeeded=self._imported, failed=self._failed,
                             progressed=self._show_progress, finished=self._import_over)
        self._show_progress(0, 0)
        self.stop_button.hide()
        self.progress_row.show()

    def _import_over(self) -> None:
        self.progress_row.hide()
        self.stop_button.show()

    def _imported(self, result: tuple[TableImportReport, Any, Any]) -> None:
        report, before, after = result
        self.task = None
        self.report = report
        command = ImportTableCommand(self.ctx, self.ctx.event_key, path_name(report.path),
                                     before, after)
        if not command.empty:
            self.ctx.undo_stack.push(command)
        self.ctx.status_message.emit(self.tr("Imported {file}: {summary}").format(
            file=path_name(report.path), summary=summary_text(report)))

        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.task = None
        self.skip_button.setEnabled(True)
        if isinstance(exc, TableImportError):
            self.show_report(exc.report, rebuild=False)
        elif isinstance(exc, RoundtableError):
            report_error(self, exc)
        else:
            from desktop_app.ui.errors import show_error

            show_error(self, exc)


def path_name(path: Path) -> str:
    return Path(path).name
