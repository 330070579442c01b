"""The Agreements view: the table with its filters, the detail panel and status actions.

Every change (status, readiness tick, edit, ceremony order) is an undo command;
the ceremony planner opens from here for each signing item.
"""
from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QTableView,
    QWidget,
)

from desktop_app.domain.errors import RoundtableError
from desktop_app.services.agreement_references import next_reference
from desktop_app.services.agreements import (
    AgreementData,
    get_agreement,
    list_agreements,
)
from desktop_app.services.ceremony import signing_items
from desktop_app.services.event_editing import get_event
from desktop_app.services.organizations import list_organizations
from desktop_app.services.person_choices import person_choices
from desktop_app.services.snapshots import AgreementRow, EventRow, OrganizationRow
from desktop_app.ui.context import UiContext
from desktop_app.ui.dialogs.signed_dialog import SignedDialog
from desktop_app.ui.models.agreements_model import (
    READINESS_LABELS,
    STATUS_LABELS,
    AgreementsTableModel,
    readiness_labels,
)
from desktop_app.ui.undo.agreement_commands import (
    CreateAgreementCommand,
    DeleteAgreementCommand,
    EditAgreementCommand,
    SetReadinessCommand,
    SetStatusCommand,
)
from desktop_app.ui.undo.record_commands import push

from .agreement_details import AgreementDetails
from .agreement_filters import AgreementFilterBar
from .column_fit import ColumnChooser, fit_columns
from .feedback import confirm, report_error, run_modal
from .lazy_list import LazyListView
from .planned_times import PlannedTimes
from .record_list import (
    configure_table,
    heading_label,
    muted_label,
    select_record,
    selected_record,
)

Loaded = tuple[EventRow | None, list[OrganizationRow], list[AgreementRow]]


class AgreementsView(LazyListView[Loaded, AgreementsTableModel]):
    title = "Agreements"
    # Agreements shown first while a big event's full list loads (a screenful and more).
    first_page = 120
    reload_delay_ms = 40  # many notices in a row become one reload
    topics = ("agreements", "organizations", "people", "agenda")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Agreements")  # the class's English title names its menu id
        self.event_view: EventRow | None = None
        self.organizations: list[OrganizationRow] = []
        self._planned = PlannedTimes(ctx)
        self.model = AgreementsTableModel(self)

        self.heading = heading_label(self.title)
        self.count_label = muted_label()
        self.filters = AgreementFilterBar()
        self.filters.text_changed.connect(self._text_filter_changed)
        self.filters.choice_changed.connect(self._apply_filters)
        self.search = self.filters.search

        style = self.style()
        self.new_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon),
                                      self.tr("New agreement…"))
        self.new_button.clicked.connect(self.new_agreement)
        self.planner_button = QPushButton(self.tr("Signing ceremony planner…"))
        self.planner_button.setAccessibleName(self.tr("Signing ceremony planner"))
        self.planner_button.clicked.connect(lambda: self.open_planner())

        self.table = QTableView()
        self.table.setModel(self.model)
        # The whole list loads once the first page is painted, not while it paints.
        self.loader.paint_first = self.table.viewport()
        configure_table(self.table, self.tr("Agreements"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        # Designed widths, widened for translated headers, statuses and readiness texts;
        # the Kind column elides the long agreement names (its tooltip shows them whole).
        fit_columns(self.table, (120, 88, 260, 130, 170, 96, 88, 100), {
            AgreementsTableModel.STATUS_COLUMN: list(STATUS_LABELS.values()),
            AgreementsTableModel.READINESS_COLUMN: readiness_labels(),
        }, icon_columns=(AgreementsTableModel.STATUS_COLUMN,))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        # Kind, Readiness and Signed are hidden at first (the panel shows the checklist
        # and the time of signing), so that the rest fits the window's default width with
        # the panel open; the header's context menu shows or hides any column.
        self.column_chooser = ColumnChooser(
            self.table, ctx.settings, "agreements",
            default_hidden=(1, AgreementsTableModel.READINESS_COLUMN, 7))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self.selected() is not None and self.details.context_menu(self).exec(
                self.table.viewport().mapToGlobal(pos)))
        for keys, slot in (((QKeySequence.StandardKey.Delete,), self.delete_selected),
                           ((Qt.Key.Key_Return, Qt.Key.Key_Enter), self.edit_selected)):
            shortcut = QAction(self.table)
            shortcut.setShortcuts([QKeySequence(k) for k in keys])
            shortcut.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.triggered.connect(slot)
            self.table.addAction(shortcut)

        self.details = AgreementDetails()
        self.details.status_requested.connect(self.request_status)
        self.details.readiness_toggled.connect(self.toggle_readiness)
        self.details.edit_requested.connect(self.edit_selected)
        self.details.delete_requested.connect(self.delete_selected)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.planner_button)
        self.lay_out(top, self.filters, self.table, self.details, details_width=350)

    # --- loading ---------------------------------------------------------------------
    def _load(self, key: str, limit: int | None = None) -> Loaded:
        """Everything the view shows (runs on a worker thread too: services only);
        with ``limit``, only the first agreements by reference and no organizations
        (only the filters and the editor need them, and both wait for the whole list)."""
        return (get_event(self.ctx.db, key),
                list_organizations(self.ctx.db, key) if limit is None else [],
                list_agreements(self.ctx.db, key, limit))

    def load_job(self, limit: int | None = None) -> Callable[[], Loaded] | None:
        # The first page is sorted by reference, as the table is at first.
        key = self.ctx.event_key
        return (lambda: self._load(key, limit)) if key else None

    def empty_load(self) -> Loaded:
        return None, [], []

    def show_loading(self) -> None:
        self.count_label.setText(self.tr("Loading…"))

    def _apply_loaded(self, loaded: Loaded) -> None:
        self._planned.clear()
        self.event_view, self.organizations, agreements = loaded
        wanted = self.selection_to_restore()
        event = self.event_view
        zone = zoneinfo.ZoneInfo(event.timezone) if event else None
        self.model.zone = self.details.zone = zone
        if not self.loader.partial:  # a first page's parties would offer a few of them
            self.filters.fill(agreements, self.organizations,
                              event.primary_language if event else "en")
        self.model.set_records(agreements, event.primary_language if event else "en")
        self._apply_filters()
        if wanted is not None:
            self.select_id(wanted)
        self._selection_changed()
        self.new_button.setEnabled(event is not None)
        self.planner_button.setEnabled(event is not None)

    def _refresh_row(self, agreement_id: int) -> None:
        """Show one agreement's new state at once (the full reload follows in the background)."""
        self._planned.clear()
        try:
            fresh = get_agreement(self.ctx.db, agreement_id)
        except RoundtableError:
            return
        self.model.replace(fresh)
        self._selection_changed()
        self._update_count()

    # --- filtering -------------------------------------------------------------------
    def focus_filter(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _text_filter_changed(self, text: str) -> None:
        self.ensure_loaded()
        self.model.set_filter(text)
        self._update_count()

    def set_status_filter(self, status: str | None) -> None:
        self.filters.set_status(status)

    def _apply_filters(self, *_args: object) -> None:
        self.model.set_predicate(self.filters.predicate())
        self._update_count()

    def _update_count(self) -> None:
        if self.loader.partial:
            loaded = self.model.total_count
            self.count_label.setText(self.tr("first %n agreement(s) · loading…", "", loaded))
            return
        shown, total = self.model.rowCount(), self.model.total_count
        signed = sum(1 for a in self.model.visible if a.status == "signed")
        text = (self.tr("%n agreement(s)", "", total) if shown == total
                else self.tr("{shown} of %n agreement(s)", "", total).format(shown=shown))
        self.count_label.setText(self.tr("{count} · {signed} signed", "agreements shown; "
                                         "how many of them are signed")
                                 .format(count=text, signed=signed))

    # --- selection ---------------------------------------------------------------------
    def selected(self) -> AgreementRow | None:
        return selected_record(self.table, self.model)

    def select_id(self, agreement_id: int) -> bool:
        return select_record(self.table, self.model, agreement_id)

    def _selection_changed(self, *_args: object) -> None:
        agreement = self.selected()
        planned = self.planned_time(agreement) if agreement is not None else None
        self.details.show_agreement(agreement, planned)
        # The panel takes room only when it shows an agreement.
        self.details.setVisible(agreement is not None)

    def show_record(self, kind: str, key: str) -> bool:
        if kind != "agreement":
            return False
        self.ensure_loaded()
        agreement = self.model.find(lambda a: a.key == key)
        if agreement is None:
            return False
        if self.model.row_of(agreement.id) < 0:
            self.filters.reset()
        return self.select_id(agreement.id)

    # --- status and readiness ------------------------------------------------------------
    def planned_time(self, agreement: AgreementRow) -> dt.datetime | None:
        """The planned slot of the agreement in its ceremony, aware in the event's zone."""
        if self.event_view is None:
            return None
        return self._planned.of(agreement, self.event_view.timezone)

    def signed_dialog(self, agreement: AgreementRow) -> SignedDialog:
        assert self.event_view is not None
        return SignedDialog(agreement, self.event_view.timezone, self.planned_time(agreement), self)

    def request_status(self, status: str) -> None:
        agreement = self.selected()
        if agreement is None:
            return
        if not self._confirm_status(agreement, status):
            return
        signed_at = None
        if status == "signed":
            dialog = self.signed_dialog(agreement)
            accepted = dialog.exec() == SignedDialog.DialogCode.Accepted
            signed_at = dialog.signed_at()
            dialog.deleteLater()
            if not accepted:
                return
        self.set_status(agreement, status, signed_at)

    def _confirm_status(self, agreement: AgreementRow, status: str) -> bool:
        """Ask before undoing a signing, and before marking an agreement ready or signed
        while its readiness checklist is incomplete (listing what is missing)."""
        if status == "ready" and agreement.status == "signed":
            return confirm(self, self.tr("Undo the signing?"), self.tr(
                "{reference} is recorded as signed. Undo the signing? It goes back to "
                "ready and its time of signing is removed.").format(
                reference=agreement.reference), action=self.tr("Undo signing"))
        if status not in ("ready", "signed"):
            return True
        missing = [label for name, label in READINESS_LABELS.items()
                   if not agreement.readiness.get(name)]
        if not missing:
            return True
        if status == "ready":
            return confirm(self, self.tr("Mark ready?"), self.tr(
                "The readiness checklist of {reference} is not complete. Mark it ready "
                "anyway? Missing:").format(reference=agreement.reference), missing,
                action=self.tr("Mark ready"))
        return confirm(self, self.tr("Mark signed?"), self.tr(
            "The readiness checklist of {reference} is not complete. Mark it signed "
            "anyway? Missing:").format(reference=agreement.reference), missing,
            action=self.tr("Mark signed"))

    def set_status(self, agreement: AgreementRow, status: str,
                   signed_at: dt.datetime | None = None) -> bool:
        command = SetStatusCommand(self.ctx, agreement, status, signed_at)
        try:
            push(self.ctx, command)
        except RoundtableError as exc:
            report_error(self, exc)
            return False
        self.ctx.status_message.emit(
            self.tr("{reference}: {status}", "an agreement's new status").format(
                reference=agreement.reference, status=QLocale().toLower(STATUS_LABELS[status])))
        self._refresh_row(command.current_id)
        return True

    def toggle_readiness(self, item: str, done: bool) -> None:
        agreement = self.selected()
        if agreement is None:
            return
        command = SetReadinessCommand(self.ctx, agreement, item, done)
        try:
            push(self.ctx, command)
        except RoundtableError as exc:
            report_error(self, exc)
        self._refresh_row(command.current_id)

    # --- editing -------------------------------------------------------------------------
    def agreement_dialog(self, agreement: AgreementRow | None = None) -> Any:
        from desktop_app.ui.dialogs.agreement_dialog import AgreementDialog

        key = self.ctx.event_key
        assert self.event_view is not None

        def save(data: AgreementData) -> None:
            if agreement is None:
                command = CreateAgreementCommand(self.ctx, key, data)
                push(self.ctx, command)
                if command.agreement_id is not None:
                    self.select_after_load(command.agreement_id)
            else:
                edit = EditAgreementCommand(self.ctx, agreement, data)
                push(self.ctx, edit)
                self._refresh_row(edit.current_id)

        return AgreementDialog(
            event=self.event_view, organizations=self.organizations,
            people=person_choices(self.ctx.db, key), signing_items=signing_items(self.ctx.db, key),
            existing_references={a.reference for a in self.model.records
                                 if agreement is None or a.id != agreement.id},
            save=save, agreement=agreement, parent=self,
            suggested_reference=next_reference(self.ctx.db, key) if agreement is None else "")

    def new_agreement(self) -> None:
        self.ensure_loaded()  # the editor needs every organization and reference
        if self.event_view is not None:
            run_modal(self.agreement_dialog())

    def edit_selected(self) -> None:
        self.ensure_loaded()  # the editor needs every organization and reference
        agreement = self.selected()
        if agreement is not None:
            run_modal(self.agreement_dialog(agreement))

    def delete_selected(self) -> None:
        agreement = self.selected()
        if agreement is None:
            return
        try:
            push(self.ctx, DeleteAgreementCommand(self.ctx, self.ctx.event_key, agreement))
        except RoundtableError as exc:
            report_error(self, exc)
            return
        self.ctx.status_message.emit(
            self.tr("Deleted {reference} — Undo restores it").format(
                reference=agreement.reference))

    # --- ceremony planner and menu actions -------------------------------------------------
    def open_planner(self, item_id: int | None = None) -> QWidget | None:
        from desktop_app.ui.dialogs.ceremony_planner import CeremonyPlannerDialog

        if self.event_view is None:
            return None
        if item_id is None:
            agreement = self.selected()
            item_id = agreement.signing_item_id if agreement is not None else None
        dialog = CeremonyPlannerDialog(self.ctx, item_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def menu_actions(self) -> list[QAction]:
        from desktop_app.ui.dialogs.export_dialog import exchange_actions

        planner = QAction(self.tr("Signing ceremony planner…"), self)
        planner.triggered.connect(lambda: self.open_planner())
        return [planner, *exchange_actions(self.ctx, self, ("signings", "import"))]
