"""The register's files for the whole register: the register as a spreadsheet, the
renewal reminders as iCalendar, the yearly partnership report as PDF (the view's
menu). Each is written by ``services.register_outputs``, as the commands write them."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog

from desktop_app.domain.errors import RoundtableError
from desktop_app.ui.i18n import current_language

from .feedback import report_error

if TYPE_CHECKING:
    from .register_view import RegisterView


class RegisterOutputs(QObject):
    def __init__(self, view: RegisterView) -> None:
        super().__init__(view)
        self.view = view

    def actions(self) -> list[QAction]:
        export = QAction(self.tr("Export the register…"), self.view)
        export.triggered.connect(self.export_register)
        reminders = QAction(self.tr("Export renewal reminders…"), self.view)
        reminders.triggered.connect(self.export_reminders)
        report = QAction(self.tr("Print the partnership report…"), self.view)
        report.triggered.connect(self.print_report)
        return [export, reminders, report]

    def _target(self, title: str, name: str, filters: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(self.view, title, name, filters)
        return Path(path) if path else None

    def export_register(self) -> None:
        from desktop_app.services.register_outputs import export_register

        view = self.view
        path = self._target(self.tr("Export the register"), "register.xlsx",
                            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;"
                                    "JSON (*.json)"))
        if path is not None:
            self._write(lambda: export_register(view.ctx.db, path,
                                                filters=view.current_filter(),
                                                notice_days=view.notice.value()), path)

    def export_reminders(self) -> None:
        from desktop_app.services.register_outputs import export_reminders

        view = self.view
        path = self._target(self.tr("Export renewal reminders"), "renewals.ics",
                            self.tr("iCalendar (*.ics)"))
        if path is not None:
            self._write(lambda: export_reminders(view.ctx.db, path,
                                                 notice_days=view.notice.value()), path)

    def print_report(self) -> None:
        from desktop_app.services.register_outputs import print_partnership_report

        view = self.view
        year, chosen = QInputDialog.getInt(view, self.tr("Partnership report"),
                                           self.tr("Year:"), view.as_of.year, 1990, 2200)
        if not chosen:
            return
        path = self._target(self.tr("Print the partnership report"),
                            f"partnership-report-{year}.pdf", self.tr("PDF (*.pdf)"))
        if path is not None:
            self._write(lambda: print_partnership_report(
                view.ctx.db, path, year=year, language=current_language(),
                country=view.country_filter.currentData(),
                organization=view.organization_filter.currentData()), path)

    def _write(self, write: Callable[[], object], path: Path) -> None:
        try:
            write()
        except RoundtableError as exc:
            report_error(self.view, exc)
            return
        self.view.ctx.status_message.emit(self.tr("Wrote {file}").format(file=path.name))
