"""The shared frame of the People and Organizations views: header, filter, table, buttons.

Rows load as ``LazyListView`` says: only while the view is on screen.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import InUseError, RoundtableError
from desktop_app.ui.context import UiContext
from desktop_app.ui.domain_messages import translated_phrase
from desktop_app.ui.models.record_table import RecordTableModel
from desktop_app.ui.undo.record_commands import push

from .column_fit import ColumnChooser, fit_columns
from .feedback import confirm, report_error
from .lazy_list import LazyListView


def heading_label(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.45)
    font.setWeight(font.Weight.DemiBold)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def muted_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def configure_table(table: QTableView, name: str) -> None:
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setSortingEnabled(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                 | Qt.AlignmentFlag.AlignVCenter)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)


@dataclass(frozen=True)
class ListTexts:
    """Every sentence a list shows about its records, whole and translated by the
    subclass (translators must see "New person…", never "New " + a noun)."""

    title: str
    filter_placeholder: str
    filter_name: str
    new_button: str
    new_name: str
    edit_name: str
    delete_name: str
    # "No people yet. Use “New person…” to add one."
    empty: str
    # "No people match “{filter}”." (``filter`` is filled in)
    no_match: str
    # (total) -> "12 people"
    count: Callable[[int], str]
    # (shown, total) -> "3 of 12 people"
    filtered_count: Callable[[int, int], str]
    # (loaded) -> "first 120 people · loading…"
    first_loading: Callable[[int], str]


class RecordListView(LazyListView[tuple[list[Any], str], RecordTableModel[Any]]):
    """A filterable, sortable table of records with New / Edit / Delete."""

    title = ""
    record_kind = ""          # the ``navigate`` kind this view shows
    topics: tuple[str, ...] | None = ()
    # The service returns rows in the order of column 0 (names by the event's alphabet).
    presorted = True
    # Column widths; the ``stretch_column`` takes the room that is left.
    column_widths: tuple[int, ...] = ()
    stretch_column = 0

    def column_vocabularies(self) -> dict[int, list[str]]:
        """Every label a column can show, for the few columns that show a fixed
        vocabulary (kinds, statuses), translated: the column is made wide enough for
        the longest. Rows are never read for this (10,000 of them would be slow)."""
        return {}

    def __init__(self, ctx: UiContext, model: RecordTableModel[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = model
        self.texts = self.list_texts()
        self.title = self.texts.title

        self.heading = heading_label(self.title)
        self.count_label = muted_label()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.texts.filter_placeholder)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.texts.filter_name)
        self.filter_edit.setMinimumWidth(180)
        self.filter_edit.setMaximumWidth(420)
        self.filter_edit.textChanged.connect(self._filter_changed)
        style = self.style()
        self.new_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon),
                                      self.texts.new_button)
        self.edit_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            self.tr("Edit…"))
        self.delete_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), self.tr("Delete"))
        for button, name in ((self.new_button, self.texts.new_name),
                             (self.edit_button, self.texts.edit_name),
                             (self.delete_button, self.texts.delete_name)):
            button.setAccessibleName(name)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)

        self.table = QTableView()
        self.table.setModel(model)
        configure_table(self.table, self.title)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        # The designed widths, widened for a longer translated header or vocabulary word.
        fit_columns(self.table, self.column_widths, self.column_vocabularies())
        header.setSectionResizeMode(self.stretch_column, QHeaderView.ResizeMode.Stretch)
        self.column_chooser = ColumnChooser(self.table, ctx.settings,
                                            self.record_kind or type(self).__name__)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        delete_action = QAction(self.table)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(delete_action)
        edit_action = QAction(self.table)
        edit_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit_action.triggered.connect(self.edit_selected)
        self.table.addAction(edit_action)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.filter_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.extra_buttons = buttons
        self.stack = QStackedLayout()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addLayout(self.stack, 1)
        self._update_buttons()

    # --- loading -----------------------------------------------------------------
    def load_records(self, event_key: str, limit: int | None = None
                     ) -> tuple[list[Any], str]:
        """(records, sort language) of the event; subclasses call their service.
        With ``limit``, only the first records in the table's initial order."""
        raise NotImplementedError

    def load_job(self, limit: int | None = None
                 ) -> Callable[[], tuple[list[Any], str]] | None:
        key = self.ctx.event_key
        return (lambda: self.load_records(key, limit)) if key else None

    def empty_load(self) -> tuple[list[Any], str]:
        return [], "en"

    def show_loading(self) -> None:
        self.count_label.setText(self.tr("Loading…"))

    def _apply_loaded(self, loaded: tuple[list[Any], str]) -> None:
        records, language = loaded
        wanted = self.selection_to_restore()
        self.model.set_records(records, language, presorted=self.presorted)
        if wanted is not None:
            self.select_id(wanted)
        self._update_count()
        self._update_buttons()

    def _event_changed(self, key: str) -> None:
        self.filter_edit.clear()
        super()._event_changed(key)

    # --- filter, selection --------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _filter_changed(self, text: str) -> None:
        self.ensure_loaded()
        self.model.set_filter(text)
        self._update_count()
        self._update_buttons()
        if self.model.rowCount() == 1:
            self.table.selectRow(0)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count
        if self.loader.partial:
            self.count_label.setText(self.texts.first_loading(total))
            self.stack.setCurrentWidget(self.table)
            return
        self.count_label.setText(self.texts.count(total) if shown == total
                                 else self.texts.filtered_count(shown, total))
        if total == 0:
            self.empty_label.setText(self.texts.empty)
        else:
            self.empty_label.setText(self.texts.no_match.format(filter=self.filter_edit.text()))
        self.stack.setCurrentWidget(self.empty_label if shown == 0 else self.table)

    def selected(self) -> Any | None:
        return selected_record(self.table, self.model)

    def select_id(self, record_id: int) -> bool:
        return select_record(self.table, self.model, record_id)

    def _update_buttons(self, *_args: object) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.new_button.setEnabled(bool(self.ctx.event_key))

    def show_record(self, kind: str, key: str) -> bool:
        if kind != self.record_kind:
            return False
        self.ensure_loaded()
        record = self.model.find(lambda r: r.key == key)
        if record is None:
            return False
        if self.model.row_of(record.id) < 0:
            self.filter_edit.clear()
        self.select_id(record.id)
        return True

    def list_texts(self) -> ListTexts:
        """The sentences of this list, in the interface language."""
        raise NotImplementedError

    def new_record(self) -> None:
        raise NotImplementedError

    def edit_selected(self) -> None:
        raise NotImplementedError

    def delete_selected(self) -> None:
        raise NotImplementedError


def delete_with_confirmation(view: RecordListView, command: Any, title: str, question: str,
                             done: str) -> bool:
    """Push a delete command; if the record is referenced, list the references and ask,
    then push it again with ``force``. Errors are shown; True when it was deleted."""
    try:
        push(view.ctx, command)
    except InUseError as exc:
        if not confirm(view, title, question,
                       [translated_phrase(reference) for reference in exc.references]):
            return False
        command.force = True
        try:
            push(view.ctx, command)
        except RoundtableError as again:
            report_error(view, again)
            return False
    except RoundtableError as exc:
        report_error(view, exc)
        return False
    view.ctx.status_message.emit(done)
    return True


def selected_record(table: QTableView, model: RecordTableModel) -> Any | None:
    """The record of the table's selected row, if any."""
    rows = table.selectionModel().selectedRows()
    return model.record(rows[0].row()) if rows else None


def select_record(table: QTableView, model: RecordTableModel, record_id: int) -> bool:
    """Select and show the row of ``record_id``; False when it is not in the table."""
    row = model.row_of(record_id)
    if row < 0:
        return False
    index = model.index(row, 0)
    table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    table.scrollTo(index)
    return True
