"""The signing-ceremony planner: the agreements of a signing item in order.

Drag rows (or use Move up/down) to reorder; Renumber closes gaps; Group by
signatory lets one rector sign a run in a row. The planned time of each
signing comes from the item's start and the per-signing duration; a warning
icon marks a signatory who is due elsewhere at that time, and a notice says
when the plan runs past the end of the item. Every change is an undo command.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import RoundtableError
from desktop_app.services.agreements import list_agreements
from desktop_app.services.ceremony import CeremonyPlan, ceremony_plan, signing_items
from desktop_app.services.snapshots import AgendaItemRow, AgreementRow
from desktop_app.ui.context import UiContext
from desktop_app.ui.models.ceremony_model import CeremonyModel
from desktop_app.ui.undo.agreement_commands import (
    CeremonyOrderCommand,
    group_command,
    renumber_command,
    reorder_command,
)
from desktop_app.ui.undo.record_commands import push
from desktop_app.ui.views.feedback import report_error

from .form_support import error_colour, short_date

SLOT_SETTING = "ceremony/slot_minutes"


class CeremonyPlannerDialog(QDialog):
    def __init__(self, ctx: UiContext, item_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Signing ceremony planner"))
        self.resize(1100, 680)
        self.plan: CeremonyPlan | None = None
        self.items: list[AgendaItemRow] = []
        self.model = CeremonyModel(self)
        self.model.reorder_requested.connect(self.reorder)
        self._reload_timer = QTimer(self, singleShot=True, interval=40)
        self._reload_timer.timeout.connect(self.reload)

        self.item_combo = QComboBox()
        self.item_combo.setAccessibleName(self.tr("Signing item"))
        self.item_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.slot = QDoubleSpinBox()
        self.slot.setAccessibleName(self.tr("Minutes per signing"))
        self.slot.setRange(0.0, 60.0)
        self.slot.setSingleStep(0.5)
        self.slot.setDecimals(1)
        self.slot.setSuffix(self.tr(" min", "suffix after a number of minutes"))
        self.slot.setSpecialValueText(self.tr("Share the item evenly"))
        self.slot.setValue(float(str(ctx.settings.value(SLOT_SETTING, 0.0) or 0.0)))
        self.slot.valueChanged.connect(self._slot_changed)
        self.item_facts = QLabel()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Signings in order"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column, width in enumerate((44, 110, 130, 260, 380, 100, 34)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(self.tr("Double-click a signing to open its agreement"))
        self.table.doubleClicked.connect(self._open_agreement)

        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.renumber_button = QPushButton(self.tr("Renumber"))
        self.renumber_button.setToolTip(
            self.tr("Close gaps and repeats: orders become 1, 2, 3 …"))
        self.group_button = QPushButton(self.tr("Group by signatory"))
        self.group_button.setToolTip(self.tr("Reorder so that each busy signatory signs a run "
                                             "of agreements in a row"))
        for button in (self.up_button, self.down_button, self.renumber_button,
                       self.group_button):
            button.setAccessibleName(button.text())
            button.setAutoDefault(False)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.renumber_button.clicked.connect(self.renumber)
        self.group_button.clicked.connect(self.group_by_signatory)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Plan notices"))
        close = QPushButton(self.tr("Close", "button: close the window"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)

        self.item_combo.setMinimumContentsLength(58)
        self.item_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.slot.setMinimumWidth(220)
        item_row = QHBoxLayout()
        item_row.addWidget(self.item_combo)
        item_row.addSpacing(12)
        item_row.addWidget(self.item_facts, 1)
        slot_row = QHBoxLayout()
        slot_row.addWidget(self.slot)
        slot_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Signing item:"), item_row)
        form.addRow(self.tr("Each signing takes:"), slot_row)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.renumber_button,
                       self.group_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        hint = QLabel(self.tr("Drag a row to change the order. Rows with ⚠ need a signatory "
                              "who is due elsewhere at that time (hover for details)."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)

        ctx.data_changed.connect(self._data_changed)
        self._load_items(item_id)

    # --- loading ----------------------------------------------------------------------
    def _load_items(self, item_id: int | None) -> None:
        self.items = signing_items(self.ctx.db, self.ctx.event_key) if self.ctx.event_key else []
        self.item_combo.blockSignals(True)
        self.item_combo.clear()
        for item in self.items:
            self.item_combo.addItem(f"{item.title} — {short_date(item.day)} "
                                    f"{item.start_time:%H:%M}–{item.end_time:%H:%M}", item.id)
        index = self.item_combo.findData(item_id) if item_id is not None else 0
        self.item_combo.setCurrentIndex(max(index, 0))
        self.item_combo.blockSignals(False)
        self.reload()

    @property
    def item_id(self) -> int | None:
        return self.item_combo.currentData()

    def _data_changed(self, topic: str, event_key: str) -> None:
        if event_key == self.ctx.event_key and topic in ("agreements", "agenda", "people"):
            self._reload_timer.start()

    def _slot_changed(self, value: float) -> None:
        self.ctx.settings.setValue(SLOT_SETTING, value)
        self.reload()

    def reload(self) -> None:
        self._reload_timer.stop()
        selected = self.selected_id()
        item_id = self.item_id
        self.plan = None
        if item_id is not None:
            try:
                self.plan = ceremony_plan(self.ctx.db, item_id, self.slot.value() or None)
            except RoundtableError as exc:
                report_error(self, exc)
        self.model.set_signings(list(self.plan.signings) if self.plan else [])
        sample = self.model.data(self.model.index(0, 1)) if self.model.signings else "00:00–00:00"
        self.table.setColumnWidth(1, self.fontMetrics().horizontalAdvance(sample) + 24)
        self._show_facts()
        if selected is not None and selected in self.model.ids():
            self.select_row(self.model.ids().index(selected))
        has = bool(self.model.signings)
        for button in (self.up_button, self.down_button, self.renumber_button,
                       self.group_button):
            button.setEnabled(has)

    def _show_facts(self) -> None:
        plan = self.plan
        if plan is None:
            self.item_facts.setText(
                self.tr("The event has no signing item yet: add one in the Agenda.")
                if not self.items else "")
            self.notice.clear()
            return
        item = plan.item
        minutes, signings = item.duration_minutes, len(plan.signings)
        self.item_facts.setText(" · ".join((
            item.room_name,
            self.tr("%n minute(s)", "length of the signing item", minutes),
            self.tr("%n signing(s)", "", signings),
            self.tr("{minutes} min each", "minutes per signing").format(
                minutes=f"{plan.slot_minutes:g}"))))
        notes = []
        if plan.overruns:
            last = plan.signings[-1].end
            notes.append(self.tr("⚠ The plan runs until {end}, past the end of the item "
                                 "({item_end}). Shorten the signings or extend the item.")
                         .format(end=f"{last:%H:%M}", item_end=f"{item.end_time:%H:%M}"))
        clashes = sum(1 for s in plan.signings if s.clashes)
        if clashes:
            notes.append(self.tr("⚠ %n signing(s) need(s) a signatory who is due elsewhere "
                                 "at that time.", "", clashes))
        self.notice.setText("\n".join(notes))
        self.notice.setStyleSheet(f"color: {error_colour(self.notice)};" if notes else "")

    def _open_agreement(self, index: object) -> None:
        row = index.row()  # type: ignore[attr-defined]
        if 0 <= row < len(self.model.signings):
            self.ctx.navigate.emit("agreement", self.model.signings[row].agreement.key)

    # --- selection ------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.signings[rows[0].row()].agreement.id if rows else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    # --- edits ----------------------------------------------------------------------------
    def _before(self) -> list[AgreementRow]:
        item_id = self.item_id
        return [a for a in list_agreements(self.ctx.db, self.ctx.event_key)
                if a.signing_item_id == item_id]

    def _push(self, command: CeremonyOrderCommand) -> None:
        try:
            push(self.ctx, command)
        except RoundtableError as exc:
            report_error(self, exc)
        self.reload()

    def reorder(self, agreement_ids: list[int]) -> None:
        if self.item_id is not None:
            self._push(reorder_command(self.ctx, self.item_id, self._before(), agreement_ids))

    def move_selected(self, step: int) -> None:
        selected = self.selected_id()
        ids = self.model.ids()
        if selected is None:
            return
        row = ids.index(selected)
        target = row + step
        if 0 <= target < len(ids):
            ids[row], ids[target] = ids[target], ids[row]
            self.reorder(ids)
            self.select_row(target)

    def renumber(self) -> None:
        if self.item_id is not None:
            self._push(renumber_command(self.ctx, self.item_id, self._before()))

    def group_by_signatory(self) -> None:
        if self.item_id is not None:
            self._push(group_command(self.ctx, self.item_id, self._before()))
            self.ctx.status_message.emit(self.tr("Signings grouped by signatory"))

