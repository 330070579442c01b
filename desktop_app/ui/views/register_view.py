"""The Agreements register: every agreement of every event, with its lifecycle.

Filters (text, event, status or lifecycle, partner country, organization, "expiring
within N days"), a lifecycle badge per row, the soonest end first; Renew… and
Terminate… on the selected agreement, its files and activities beside the table
(``register_details``). A file dropped on a row is attached to that agreement. Every
change is an undo step (``ui.undo.register_commands``). The notice period (default 180
days) is a preference kept in the settings; the Overview's line uses it too.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop_app.domain.errors import RoundtableError
from desktop_app.domain.partnership import (
    IN_FORCE,
    Lifecycle,
    RegisterFilter,
    RegisterRow,
    renewal_chain,
)
from desktop_app.services.events import list_events
from desktop_app.services.register import RegisterEntry, list_register
from desktop_app.ui.context import UiContext
from desktop_app.ui.i18n import current_language
from desktop_app.ui.models.agreements_model import STATUS_LABELS
from desktop_app.ui.models.register_model import LIFECYCLE_LABELS, RegisterTableModel
from desktop_app.ui.undo.record_commands import push
from desktop_app.ui.undo.register_commands import RenewCommand, TerminateCommand

from .column_fit import fit_columns
from .feedback import report_error
from .lazy_list import LazyListView
from .record_list import (
    configure_table,
    heading_label,
    muted_label,
    select_record,
    selected_record,
)
from .register_details import RegisterDetails
from .register_drops import RowDrops, attach_files
from .register_filters import RegisterFilters
from .register_outputs import RegisterOutputs

#: What ``show_record("register", …)`` takes: ``expiring:DAYS``.
EXPIRING_PREFIX = "expiring:"


class RegisterView(LazyListView[list[RegisterRow], RegisterTableModel]):
    reload_delay_ms = 150
    topics = ("agreements", "organizations")
    all_events = True

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Register")
        self.rows: list[RegisterRow] = []
        self.as_of = dt.date.today()

        self.heading = heading_label(self.tr("Agreements register"))
        self.count_label = muted_label()
        self.filters = RegisterFilters(ctx.settings)
        self.filters.changed.connect(self._apply_filters)
        self.filters.text_changed.connect(lambda text: (self.model.set_filter(text),
                                                        self._update_count()))
        self.filters.notice_changed.connect(lambda _days: self._mark_stale())
        # The filters' widgets, as the view's tests and the outputs name them.
        self.search, self.notice = self.filters.search, self.filters.notice
        self.event_filter = self.filters.event_filter
        self.status_filter = self.filters.status_filter
        self.country_filter = self.filters.country_filter
        self.organization_filter = self.filters.organization_filter
        self.expiring, self.expiring_days = self.filters.expiring, self.filters.expiring_days

        self.model = RegisterTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table, self.tr("Agreements register"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        fit_columns(self.table, (150, 110, 240, 160, 90, 120, 90, 70, 50, 70, 200), {
            RegisterTableModel.LIFECYCLE_COLUMN: list(LIFECYCLE_LABELS.values()),
            RegisterTableModel.STATUS_COLUMN: list(STATUS_LABELS.values()),
        }, icon_columns=(RegisterTableModel.LIFECYCLE_COLUMN,))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(RegisterTableModel.UNTIL_COLUMN, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.setToolTip(self.tr("Drop a file on an agreement to attach it"))
        self.drops = RowDrops(self.table, self.model.record, self.attach_dropped)

        self.renew_button = QPushButton(self.tr("Renew…"))
        self.renew_button.setToolTip(self.tr("Draft a successor with the same parties"))
        self.renew_button.clicked.connect(self.renew_selected)
        self.terminate_button = QPushButton(self.tr("Terminate…"))
        self.terminate_button.clicked.connect(self.terminate_selected)
        self.open_event_button = QPushButton(self.tr("Open in its event"))
        self.open_event_button.clicked.connect(self.open_in_event)
        self.details = RegisterDetails(ctx)
        self.details.changed.connect(self.reload)
        self.outputs = RegisterOutputs(self)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        for button in (self.renew_button, self.terminate_button, self.open_event_button):
            top.addWidget(button)
        self.lay_out(top, self.filters, self.table, self.details, details_width=380)
        self._selection_changed()

    # --- loading ---------------------------------------------------------------------
    def load_job(self, limit: int | None = None  # noqa: ARG002
                 ) -> Callable[[], list[RegisterRow]]:
        db, as_of, notice = self.ctx.db, self.as_of, self.notice.value()
        return lambda: list_register(db, as_of=as_of, notice_days=notice)

    def empty_load(self) -> list[RegisterRow]:
        return []

    def _apply_loaded(self, rows: list[RegisterRow]) -> None:
        wanted = self.selection_to_restore()
        self.rows = rows
        self.filters.fill(rows)
        self.model.set_records(rows, current_language())
        self._apply_filters()
        if wanted is not None:
            select_record(self.table, self.model, wanted)
        self._selection_changed()

    # --- filters ---------------------------------------------------------------------
    def current_filter(self) -> RegisterFilter:
        return self.filters.current()

    def _apply_filters(self, *_args: object) -> None:
        chosen = self.current_filter()
        self.model.set_predicate(None if chosen == RegisterFilter() else chosen.matches)
        self._update_count()

    def reset_filters(self) -> None:
        self.filters.reset()

    def show_expiring(self, days: int) -> None:
        self.ensure_loaded()
        self.reset_filters()
        self.expiring_days.setValue(days)
        self.expiring.setChecked(True)

    def show_record(self, kind: str, key: str) -> bool:
        if kind != "register":
            return False
        if key.startswith(EXPIRING_PREFIX):
            self.show_expiring(int(key.removeprefix(EXPIRING_PREFIX) or self.notice.value()))
        else:
            self.ensure_loaded()
        return True

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count
        expiring = sum(1 for row in self.model.visible if row.lifecycle == Lifecycle.EXPIRING)
        if shown == total:
            text = self.tr("Agreements: {total}").format(total=total)
        else:
            text = self.tr("Agreements: {shown} of {total}").format(shown=shown, total=total)
        self.count_label.setText(self.tr("{count} · expiring: {expiring}").format(
            count=text, expiring=expiring))

    # --- selection and actions ---------------------------------------------------------
    def selected(self) -> RegisterRow | None:
        return selected_record(self.table, self.model)

    def select_id(self, agreement_id: int) -> bool:
        return select_record(self.table, self.model, agreement_id)

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected()
        self.renew_button.setEnabled(row is not None and row.status == "signed"
                                     and row.terminated_on is None
                                     and row.renewal_under_way is None)
        self.terminate_button.setEnabled(row is not None and row.lifecycle in IN_FORCE)
        self.open_event_button.setEnabled(row is not None)
        entry = None
        if row is not None:
            by_id = {item.id: item for item in self.rows}
            entry = RegisterEntry(row, tuple(renewal_chain(row.id, by_id)))
        self.details.show_entry(entry)

    def _push(self, command: object) -> bool:
        try:
            push(self.ctx, command)  # type: ignore[arg-type]
        except RoundtableError as exc:
            report_error(self, exc)
            return False
        return True

    def renew_dialog(self, row: RegisterRow) -> object:
        from desktop_app.ui.dialogs.renew_dialog import RenewDialog

        events = [(event.key, event.title) for event in list_events(self.ctx.db)]
        taken = {item.reference for item in self.rows if item.event_key == row.event_key}
        return RenewDialog(row, events, taken, self)

    def renew_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = self.renew_dialog(row)
        accepted = dialog.exec() == 1  # type: ignore[attr-defined]
        reference, event = dialog.new_reference(), dialog.event_key()  # type: ignore[attr-defined]
        dialog.deleteLater()  # type: ignore[attr-defined]
        if accepted:
            self.renew(row, reference or None, event)

    def renew(self, row: RegisterRow, reference: str | None = None,
              event_key: str | None = None) -> int | None:
        command = RenewCommand(self.ctx, row.id, row.reference, reference, event_key)
        if not self._push(command):
            return None
        self._select_after_load = command.successor_id
        self.reload()
        self.ctx.status_message.emit(self.tr("Drafted {successor}, renewing {reference} — "
                                             "Undo removes it").format(
            successor=command.new_reference, reference=row.reference))
        return command.successor_id

    def terminate_selected(self) -> None:
        from desktop_app.ui.dialogs.terminate_dialog import TerminateDialog

        row = self.selected()
        if row is None:
            return
        dialog = TerminateDialog(row, self.as_of, self)
        accepted = dialog.exec() == TerminateDialog.DialogCode.Accepted
        on, reason = dialog.chosen_date(), dialog.chosen_reason()
        dialog.deleteLater()
        if accepted:
            self.terminate(row, on, reason)

    def terminate(self, row: RegisterRow, on: dt.date, reason: str) -> bool:
        if not self._push(TerminateCommand(self.ctx, row.id, row.reference, on, reason,
                                           row.version)):
            return False
        self.reload()
        return True

    def attach_dropped(self, row: RegisterRow, files: list[Path]) -> int:
        count = attach_files(self.ctx, row, files, self)
        if count:
            self._select_after_load = row.id
            self.reload()
            self.ctx.status_message.emit(self.tr("Attached to {reference}: {files} — Undo "
                                                 "removes them").format(
                reference=row.reference, files=", ".join(path.name for path in files)))
        return count

    def open_in_event(self) -> None:
        row = self.selected()
        if row is not None:
            self.ctx.set_event(row.event_key)
            self.ctx.navigate.emit("agreement", row.key)

    def menu_actions(self) -> list[QAction]:
        return self.outputs.actions()
