"""The Agenda: a timeline per day and a table of the same items, editable and undoable."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.conflicts import ConflictWarning
from desktop_app.domain.text import query_key, search_key
from desktop_app.domain.vocabulary import AgendaKind
from desktop_app.services.agenda import (
    AgendaItemData,
    items_pushed_by,
    list_agenda,
    move_agenda_item,
    resize_agenda_item,
)
from desktop_app.services.agenda_preview import item_conflicts
from desktop_app.services.event_editing import get_event
from desktop_app.services.people import list_people
from desktop_app.services.snapshots import AgendaItemRow, EventRow

from ..conflict_monitor import conflicts_of
from ..context import UiContext
from ..dialogs.agenda_item_dialog import AgendaItemDialog
from ..domain_messages import translated_warning
from ..errors import reporting
from ..i18n import format_date, term
from ..models.agenda_model import AgendaTableModel, day_labels
from ..undo.agenda_commands import (
    ChangeAgendaItemCommand,
    CreateAgendaItemCommand,
    DeleteAgendaItemCommand,
    ShiftAgendaItemsCommand,
    edit_item_command,
)
from ..undo.base import ServiceCommand
from ..widgets.info_bar import InfoBar
from ..widgets.timeline import TimelineView
from .column_fit import ColumnChooser, fit_columns

_TOPICS = {"agenda", "events", "people"}


def warnings_by_item(warnings: list[ConflictWarning]) -> dict[str, list[str]]:
    """Agenda item key -> the messages of the warnings that involve it."""
    found: dict[str, list[str]] = {}
    for warning in warnings:
        if warning.subject_kind != "agenda":
            continue
        for key in (warning.subject_key, *warning.related_keys):
            found.setdefault(key, []).append(translated_warning(warning))
    return found


def _time(minutes: int) -> dt.time:
    return dt.time(minutes // 60, minutes % 60)


class AgendaView(QWidget):
    title = "Agenda"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_view: EventRow | None = None
        self.items: list[AgendaItemRow] = []
        self.warnings: dict[str, list[str]] = {}
        self._offer_index = -1

        self.title = self.tr("Agenda")
        heading = QLabel(self.title)
        heading.setObjectName("pageTitle")
        self.day_combo = QComboBox()
        self.day_combo.setAccessibleName(self.tr("Day"))
        self.day_combo.setMinimumContentsLength(12)
        self.timeline_button = QPushButton(self.tr("Timeline"))
        self.list_button = QPushButton(self.tr("List", "show the agenda as a list"))
        self.timeline_button.setAccessibleName(self.tr("Show the agenda as a timeline"))
        self.list_button.setAccessibleName(self.tr("Show the agenda as a list"))
        self.mode_group = QButtonGroup(self)
        for index, button in enumerate((self.timeline_button, self.list_button)):
            button.setCheckable(True)
            self.mode_group.addButton(button, index)
        self.timeline_button.setChecked(True)
        self.filter_edit = QLineEdit()
        find_keys = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText)
        self.filter_edit.setPlaceholderText(
            self.tr("Find in the agenda ({shortcut})").format(shortcut=find_keys))
        self.filter_edit.setToolTip(
            self.tr("Title, speaker, chair, room or topic, in any case or script"))
        self.filter_edit.setAccessibleName(self.tr("Find in the agenda"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 30)
        self.new_button = QPushButton(self.tr("New item…"))
        self.new_button.setObjectName("primaryButton")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))

        self.new_button.setAccessibleName(self.tr("New agenda item"))
        self.edit_button.setAccessibleName(self.tr("Edit agenda item"))
        self.delete_button.setAccessibleName(self.tr("Delete agenda item"))
        hint = QLabel(self.tr("Drag a block to move it · drag its bottom edge to change the "
                              "end · double-click to edit · Ctrl+wheel to zoom"))
        hint.setObjectName("pageSubtitle")
        hint.setWordWrap(True)
        heading_row = QHBoxLayout()
        heading_row.addWidget(heading)
        heading_row.addSpacing(12)
        heading_row.addWidget(hint, 1)
        heading_row.addWidget(self.filter_edit)
        top = QHBoxLayout()
        top.addWidget(self.day_combo)
        top.addSpacing(8)
        top.addWidget(self.timeline_button)
        top.addWidget(self.list_button)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)

        self.info_bar = InfoBar()
        self.timeline = TimelineView()
        self.table_model = AgendaTableModel()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Agenda items"))
        self.table.setModel(self.table_model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Fixed widths from the font, not ResizeToContents (which reads every row),
        # widened for the translated headers, day names and kinds (a few labels).
        char = self.fontMetrics().horizontalAdvance("0")
        fit_columns(self.table, [char * chars for chars in (12, 7, 7, 18, 12)], {
            0: day_labels(), 4: [term(f"kind.{kind.value}") for kind in AgendaKind],
        }, icon_columns=(4,))
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.column_chooser = ColumnChooser(self.table, ctx.settings, "agenda")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.timeline)
        self.pages.addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(heading_row)
        layout.addLayout(top)
        layout.addWidget(self.info_bar)
        layout.addWidget(self.pages, 1)

        self.mode_group.idClicked.connect(self._show_mode)
        self.day_combo.currentIndexChanged.connect(self._show_day)
        self.filter_edit.textChanged.connect(lambda _text: self._apply_filter())
        self.new_button.clicked.connect(lambda: self.new_item())
        self.edit_button.clicked.connect(lambda: self.edit_item(self.selected_item_id()))
        self.delete_button.clicked.connect(lambda: self.delete_item(self.selected_item_id()))

        self.timeline.move_requested.connect(self.move_item)
        self.timeline.resize_requested.connect(self.resize_item)
        self.timeline.edit_requested.connect(self.edit_item)
        self.timeline.delete_requested.connect(self.delete_item)
        self.timeline.create_requested.connect(
            lambda start, room: self.new_item(start=_time(start), room_id=room))
        self.timeline.selection_changed.connect(lambda _id: self._update_buttons())
        self.table.doubleClicked.connect(
            lambda index: self.edit_item(self.table_model.item_at(index.row()).id))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.conflicts = conflicts_of(ctx)
        self.conflicts.changed.connect(self._warnings_changed)
        ctx.event_changed.connect(lambda _key: self.refresh())
        ctx.data_changed.connect(self._on_data_changed)
        ctx.undo_stack.indexChanged.connect(self._on_undo_index)
        self._new_action = QAction(self.tr("New agenda item…"), self)
        self._new_action.triggered.connect(lambda: self.new_item())
        self._delete_action = QAction(self.tr("Delete agenda item"), self)
        self._delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self._delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._delete_action.triggered.connect(lambda: self.delete_item(self.selected_item_id()))
        self.addAction(self._delete_action)
        self._duplicate_action = QAction(self.tr("Duplicate agenda item"), self)
        self._duplicate_action.setShortcut(QKeySequence("Ctrl+D"))
        self._duplicate_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._duplicate_action.triggered.connect(
            lambda: self.duplicate_item(self.selected_item_id()))
        self.addAction(self._duplicate_action)
        self._duplicate_action.setToolTip(self.tr("A copy of the item right after it"))
        self._duplicate_day_action = QAction(self.tr("Duplicate day…"), self)
        self._duplicate_day_action.setToolTip(
            self.tr("Copy every item of this day to another day of the event"))
        self._duplicate_day_action.triggered.connect(self.ask_duplicate_day)
        # In the Agenda menu, and on a right-click on the timeline or the list (the row
        # of buttons stays narrow enough for a small window).
        for widget in (self.timeline, self.table):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            widget.customContextMenuRequested.connect(
                lambda position, widget=widget: self.context_menu().exec(
                    widget.mapToGlobal(position)))
        self.refresh()

    # --- contract ------------------------------------------------------------------------------
    def menu_actions(self) -> list[QAction]:
        return [self._new_action, self._duplicate_action, self._duplicate_day_action,
                self._delete_action]

    def focus_filter(self) -> None:
        """Edit › Find: type to dim the other blocks and narrow the list."""
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def matching_ids(self) -> set[int] | None:
        """Items matching the Find text (None when there is no text)."""
        query = query_key(self.filter_edit.text())
        if not query:
            return None
        return {item.id for item in self.items if query in self._search_text(item)}

    @staticmethod
    def _search_text(item: AgendaItemRow) -> str:
        parts = [item.title, item.room_name, item.kind, item.chair_name or "",
                 *item.speaker_names, *item.topics]
        return search_key(parts)

    def _apply_filter(self) -> None:
        matching = self.matching_ids()
        shown = self.items if matching is None else [i for i in self.items if i.id in matching]
        self.table_model.set_items(shown, self.warnings)
        self.timeline.set_highlight(matching)

    def show_record(self, kind: str, key: str) -> bool:
        if kind != "agenda":
            return False
        if self.filter_edit.text():
            self.filter_edit.clear()  # the record must be visible
        item = next((i for i in self.items if i.key == key), None)
        if item is None:
            return False
        self.select_item(item.id)
        # Once the view is on screen: the item in view, and the keys to it (Enter edits,
        # Alt+arrows move), so that it is plainly the one selected.
        QTimer.singleShot(0, self, lambda: self.reveal_item(item.id))
        return True

    def reveal_item(self, item_id: int) -> None:
        """Scroll the selected item into view and give its timeline or table the focus."""
        if self.selected_item_id() != item_id:
            self.select_item(item_id)
        if self.pages.currentIndex() == 0:
            block = self.timeline.block(item_id)
            if block is not None:
                self.timeline.ensureVisible(block, 40, 40)
            self.timeline.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            row = self.table_model.row_of(item_id)
            if row >= 0:
                self.table.scrollTo(self.table_model.index(row, 0))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- data --------------------------------------------------------------------------------
    def _on_data_changed(self, topic: str, event_key: str) -> None:
        if topic in _TOPICS and event_key == self.ctx.event_key:
            self.refresh()

    def refresh(self) -> None:
        key = self.ctx.event_key
        if not key:
            self.event_view, self.items, self.warnings = None, [], {}
        else:
            with reporting(self) as failed:
                self.event_view = get_event(self.ctx.db, key)
                self.items = list_agenda(self.ctx.db, key)
            self.warnings = warnings_by_item(self.conflicts.warnings)
            if failed:
                return
        current_day = self.day_combo.currentData()
        self.day_combo.blockSignals(True)
        self.day_combo.clear()
        for day in (self.event_view.days if self.event_view else []):
            count = sum(1 for item in self.items if item.day == day)
            items = self.tr("%n item(s)", "agenda items on a day", count)
            self.day_combo.addItem(
                format_date(day, "dddd, dd MMMM yyyy") + "  ·  " + items, day)
        index = self.day_index(current_day)
        self.day_combo.setCurrentIndex(max(index, 0))
        self.day_combo.blockSignals(False)
        self._show_day()
        self._apply_filter()

    def _warnings_changed(self, key: str, warnings: list[ConflictWarning]) -> None:
        if key != self.ctx.event_key:
            return
        self.warnings = warnings_by_item(warnings)
        self._show_day()
        self._apply_filter()

    def day_index(self, day: dt.date | None) -> int:
        """The day combo's row of ``day`` (-1: none). Compared in Python: ``findData``
        finds a date only when it is the very object the combo holds."""
        return next((row for row in range(self.day_combo.count())
                     if self.day_combo.itemData(row) == day), -1)

    def current_day(self) -> dt.date | None:
        return self.day_combo.currentData()

    def _show_day(self) -> None:
        day = self.current_day()
        rooms = list(self.event_view.rooms) if self.event_view else []
        self.timeline.set_day(rooms, [i for i in self.items if i.day == day], self.warnings)
        self._update_buttons()

    def _show_mode(self, mode: int) -> None:
        self.pages.setCurrentIndex(mode)
        self.day_combo.setEnabled(mode == 0)
        self._update_buttons()

    def show_list(self) -> None:
        self.list_button.setChecked(True)
        self._show_mode(1)

    def show_timeline(self) -> None:
        self.timeline_button.setChecked(True)
        self._show_mode(0)

    def selected_item_id(self) -> int:
        if self.pages.currentIndex() == 0:
            return self.timeline.selected_item_id()
        rows = self.table.selectionModel().selectedRows()
        return self.table_model.item_at(rows[0].row()).id if rows else 0

    def select_item(self, item_id: int) -> None:
        item = next((i for i in self.items if i.id == item_id), None)
        if item is None:
            return
        index = self.day_index(item.day)
        if index >= 0 and index != self.day_combo.currentIndex():
            self.day_combo.setCurrentIndex(index)
        self.timeline.select_item(item_id)
        row = self.table_model.row_of(item_id)
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_event = self.event_view is not None and bool(self.event_view.rooms)
        selected = bool(self.selected_item_id())
        self.new_button.setEnabled(has_event)
        self._new_action.setEnabled(has_event)
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self._duplicate_action.setEnabled(selected)
        day = self.current_day()
        days = self.event_view.days if self.event_view else ()
        self._duplicate_day_action.setEnabled(
            len(days) > 1 and any(i.day == day for i in self.items))

    def _item(self, item_id: int) -> AgendaItemRow | None:
        return next((i for i in self.items if i.id == item_id), None)

    # --- edits -------------------------------------------------------------------------------
    def _push(self, command: ServiceCommand) -> bool:
        self.ctx.undo_stack.push(command)
        return not command.failed

    def move_item(self, item_id: int, start_minutes: int, room_id: int) -> None:
        before = self._item(item_id)
        if before is None:
            return
        rooms = self.event_view.rooms if self.event_view else ()
        room = next((r.name for r in rooms if r.id == room_id), "")
        start = f"{_time(start_minutes):%H:%M}"
        text = (self.tr('Move "{title}" to {time} in {room}').format(
                    title=before.title, time=start, room=room)
                if room_id != before.room_id else
                self.tr('Move "{title}" to {time}').format(title=before.title, time=start))
        command = ChangeAgendaItemCommand(
            self.ctx.db, self.ctx.event_key, before, lambda version: move_agenda_item(
                self.ctx.db, item_id, start_time=_time(start_minutes), room_id=room_id,
                expected_version=version), text, self)
        if self._push(command):
            self._offer_shift(item_id)

    def resize_item(self, item_id: int, end_minutes: int) -> None:
        before = self._item(item_id)
        if before is None:
            return
        command = ChangeAgendaItemCommand(
            self.ctx.db, self.ctx.event_key, before, lambda version: resize_agenda_item(
                self.ctx.db, item_id, end_time=_time(end_minutes), expected_version=version),
            self.tr('Make "{title}" end at {time}').format(
                title=before.title, time=f"{_time(end_minutes):%H:%M}"), self)
        if self._push(command):
            self._offer_shift(item_id)

    def _offer_shift(self, item_id: int) -> None:
        """If the changed item now runs into the next one, offer to shift those that follow."""
        with reporting(self) as failed:
            pushed = items_pushed_by(self.ctx.db, item_id)
            moved = next(i for i in list_agenda(self.ctx.db, self.ctx.event_key)
                         if i.id == item_id)
        if failed or not pushed:
            return
        overlap = int((moved.end - pushed[0].start).total_seconds() // 60)
        if len(pushed) > 1:
            names = self.tr('"{title}" and %n more', "", len(pushed) - 1).format(
                title=pushed[0].title)
        else:
            names = self.tr('"{title}"').format(title=pushed[0].title)
        self._offer_index = self.ctx.undo_stack.index()

        def shift() -> None:
            self._push(ShiftAgendaItemsCommand(
                self.ctx.db, self.ctx.event_key, pushed, overlap,
                shift_text, self))

        shift_text = self.tr("Shift %n item(s) by {minutes} min", "", len(pushed)).format(
            minutes=overlap)
        self.info_bar.offer(
            self.tr('"{title}" now runs {minutes} min into {names} in {room}.').format(
                title=moved.title, minutes=overlap, names=names, room=moved.room_name),
            shift_text, shift)

    def _on_undo_index(self, index: int) -> None:
        if self.info_bar.isVisible() and index != self._offer_index:
            self.info_bar.dismiss()

    def _people(self) -> list:
        with reporting(self) as failed:
            people = list_people(self.ctx.db, self.ctx.event_key)
        return [] if failed else people

    def _submit(self, make_command):  # type: ignore[no-untyped-def]
        """A dialog's submit callback: push the command quietly, hand back its error."""
        def submit(data: AgendaItemData) -> BaseException | None:
            command = make_command(data)
            command.show_errors = False
            self.ctx.undo_stack.push(command)
            if not command.failed:
                command.show_errors = True
                if isinstance(command, ChangeAgendaItemCommand):
                    self._offer_shift(command.before.id)
                elif isinstance(command, CreateAgendaItemCommand) and command.created:
                    self._offer_shift(command.created.id)
            return command.error
        return submit

    def next_free_start(self, room_id: int | None = None) -> tuple[dt.time, int | None]:
        """Where a new item goes: after the last item of the shown day in the room (the
        given one, else the selected item's, else the first), or at 09:00 in an empty
        room."""
        rooms = list(self.event_view.rooms) if self.event_view else []
        if room_id is None:
            selected = self._item(self.selected_item_id())
            room_id = selected.room_id if selected is not None else (
                rooms[0].id if rooms else None)
        day = self.current_day()
        ends = [item.end_time for item in self.items
                if item.day == day and item.room_id == room_id]
        start = max(ends) if ends else dt.time(9)
        if start > dt.time(23, 25):  # no room left in the day for a half-hour item
            start = dt.time(23, 25)
        return start, room_id

    def _conflicts_of(self, item_id: int | None):  # type: ignore[no-untyped-def]
        """What the editor calls to show, as the user edits, the conflicts the item
        would cause."""
        db, key = self.ctx.db, self.ctx.event_key
        return lambda data: item_conflicts(db, key, data, item_id)

    def new_item(self, start: dt.time | None = None, room_id: int | None = None
                 ) -> AgendaItemDialog | None:
        if self.event_view is None or not self.event_view.rooms:
            return None
        if start is None:
            start, room_id = self.next_free_start(room_id)
        dialog = AgendaItemDialog(
            self.event_view, self._people(), self._submit(
                lambda data: CreateAgendaItemCommand(self.ctx.db, self.ctx.event_key, data,
                                                     self)),
            day=self.current_day(), start=start, room_id=room_id,
            conflicts=self._conflicts_of(None), parent=self)
        dialog.open()
        return dialog

    def edit_item(self, item_id: int) -> AgendaItemDialog | None:
        item = self._item(item_id)
        if item is None or self.event_view is None:
            return None
        dialog = AgendaItemDialog(
            self.event_view, self._people(), self._submit(
                lambda data: edit_item_command(self.ctx.db, self.ctx.event_key, item, data,
                                               self)),
            item, conflicts=self._conflicts_of(item.id), parent=self)
        dialog.open()
        return dialog

    def context_menu(self) -> QMenu:
        """Edit, duplicate or delete the selected item; duplicate the day."""
        menu = QMenu(self)
        selected = self.selected_item_id()
        edit = menu.addAction(self.tr("Edit…"))
        edit.setEnabled(bool(selected))
        edit.triggered.connect(lambda: self.edit_item(self.selected_item_id()))
        menu.addAction(self._duplicate_action)
        menu.addAction(self._duplicate_day_action)
        menu.addSeparator()
        menu.addAction(self._delete_action)
        return menu

    @staticmethod
    def _copy(item: AgendaItemRow) -> AgendaItemData:
        """The item's data for a new item (its own id and schedule id)."""
        data = AgendaItemData.from_row(item)
        data.key = None
        data.schedule_id = None
        return data

    def duplicate_item(self, item_id: int) -> int:
        """A copy of the item right after it, in its room; returns the copy's id (0 when
        it would not fit in the day)."""
        item = self._item(item_id)
        if item is None:
            return 0
        data = self._copy(item)
        start = item.end_time.hour * 60 + item.end_time.minute
        end = start + item.duration_minutes
        if end >= 24 * 60:
            self.ctx.status_message.emit(self.tr(
                'No room left in the day after "{title}" for a copy').format(title=item.title))
            return 0
        data.start_time, data.end_time = _time(start), _time(end)
        command = CreateAgendaItemCommand(self.ctx.db, self.ctx.event_key, data, self)
        command.setText(self.tr('Duplicate "{title}"').format(title=item.title))
        if not self._push(command) or command.created is None:
            return 0
        self.refresh()
        self.select_item(command.created.id)
        return command.created.id

    def ask_duplicate_day(self) -> None:
        """Ask which day to copy the shown day's items to, then copy them."""
        source = self.current_day()
        days = [d for d in (self.event_view.days if self.event_view else ()) if d != source]
        if source is None or not days:
            return
        labels = [format_date(d, "dddd, dd MMMM yyyy") for d in days]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Duplicate day"), self.tr("Copy every item of {day} to:").format(
                day=format_date(source, "dddd, dd MMMM")), labels, 0, False)
        if ok and chosen in labels:
            self.duplicate_day(source, days[labels.index(chosen)])

    def duplicate_day(self, source: dt.date, target: dt.date) -> int:
        """Copy every item of ``source`` to ``target`` (same times and rooms), as one step
        on the undo stack; returns how many were copied."""
        items = [i for i in self.items if i.day == source]
        if not items or source == target:
            return 0
        stack = self.ctx.undo_stack
        stack.beginMacro(self.tr("Duplicate {day} to {target}").format(
            day=format_date(source, "dd MMM"), target=format_date(target, "dd MMM")))
        copied = 0
        try:
            for item in sorted(items, key=lambda i: (i.start_time, i.room_id)):
                data = self._copy(item)
                data.day = target
                if self._push(CreateAgendaItemCommand(self.ctx.db, self.ctx.event_key, data,
                                                      self)):
                    copied += 1
        finally:
            stack.endMacro()
        self.refresh()
        index = self.day_index(target)
        if index >= 0:
            self.day_combo.setCurrentIndex(index)
        self.ctx.status_message.emit(
            self.tr("Copied %n item(s) to {day}", "", copied).format(
                day=format_date(target, "dddd, dd MMMM")))
        return copied

    def delete_item(self, item_id: int) -> None:
        item = self._item(item_id)
        if item is None:
            return
        if self._push(DeleteAgendaItemCommand(self.ctx.db, self.ctx.event_key, item, self)):
            self.ctx.status_message.emit(
                self.tr('Deleted "{title}". Undo brings it back.').format(title=item.title))
