"""The event form: title, dates, time zone, venue, rooms and languages.

Used for a new event and for "Edit event"; the caller's ``submit`` stores the
data (``create_event`` or an undoable ``update_event``) and hands back the
error, whose problems are shown beside their fields.
"""
from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable

from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import ValidationError
from desktop_app.services.event_editing import EventData, RoomData
from desktop_app.services.views import EventView, OrganizationView

from ..errors import show_error
from ..widgets.field_errors import FieldErrors

Submit = Callable[[EventData], BaseException | None]
_ROOM = Qt.ItemDataRole.UserRole


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class EventDialog(QDialog):
    def __init__(self, submit: Submit, event: EventView | None = None,
                 parent: QWidget | None = None,
                 organizations: list[OrganizationView] | None = None) -> None:
        super().__init__(parent)
        self._submit, self._event = submit, event
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("New event"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(700)
        self.errors = FieldErrors()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(text: str, field: str, widget: QWidget, hint: str = "") -> None:
            widget.setAccessibleName(text.rstrip(":").replace("&", ""))
            label = QLabel(text)
            label.setBuddy(widget)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            if hint:
                hint_label = QLabel(hint)
                hint_label.setObjectName("pageSubtitle")
                box.addWidget(hint_label)
            box.addWidget(self.errors.label_for(field, widget))
            form.addRow(label, box)

        today = dt.date.today()
        self.title_edit = QLineEdit(event.title if event else "")
        self.title_edit.setPlaceholderText(
            self.tr("Round table on higher education cooperation", "example of an event title"))
        self.title_edit.setCursorPosition(0)
        row(self.tr("&Title:", "of the event"), "title", self.title_edit)
        self.subtitle_edit = QLineEdit(event.subtitle or "" if event else "")
        row(self.tr("S&ubtitle:"), "subtitle", self.subtitle_edit)
        self.start_edit = QDateEdit(_qdate(event.start_date if event else today))
        self.end_edit = QDateEdit(_qdate(event.end_date if event else today))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMMM yyyy")
        self.start_edit.setAccessibleName(self.tr("Start date"))
        self.end_edit.setAccessibleName(self.tr("End date"))
        self.start_edit.dateChanged.connect(self._start_changed)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("to", "between a start and an end date")))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        dates_box = QVBoxLayout()
        dates_box.addLayout(dates)
        dates_box.addWidget(self.errors.label_for("start_date", self.start_edit))
        dates_box.addWidget(self.errors.label_for("end_date", self.end_edit))
        dates_label = QLabel(self.tr("&Dates:"))
        dates_label.setBuddy(self.start_edit)
        form.addRow(dates_label, dates_box)
        self.timezone_combo = QComboBox()
        self.timezone_combo.setEditable(True)
        self.timezone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone_combo.addItems(sorted(zoneinfo.available_timezones()))
        completer = self.timezone_combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.timezone_combo.setCurrentText(event.timezone if event else "Asia/Baku")
        row(self.tr("Time &zone:"), "timezone", self.timezone_combo)
        self.venue_edit = QLineEdit(event.venue_name if event else "")
        row(self.tr("&Venue:"), "venue_name", self.venue_edit)
        self.address_edit = QLineEdit(event.venue_address or "" if event else "")
        row(self.tr("&Address:", "street address of the venue"), "venue_address",
            self.address_edit)
        self.city_edit = QLineEdit(event.venue_city if event else "")
        row(self.tr("&City:"), "venue_city", self.city_edit)
        self.country_edit = QLineEdit(event.venue_country if event else "")
        self.country_edit.setPlaceholderText("AZ")
        self.country_edit.setMaxLength(2)
        self.country_edit.setValidator(QRegularExpressionValidator(
            QRegularExpression("[A-Za-z]{0,2}"), self))
        row(self.tr("Cou&ntry:"), "venue_country", self.country_edit,
            self.tr("Two-letter ISO code, e.g. AZ, KZ"))
        self.languages_edit = QLineEdit(", ".join(event.languages) if event else "en")
        row(self.tr("&Languages:"), "languages", self.languages_edit,
            self.tr("Language codes, the main one first, e.g. en, az, kk"))
        row(self.tr("&Rooms:"), "rooms", self._rooms_editor(event))
        self.hosts_list = QListWidget()
        self.hosts_list.setFixedHeight(self.fontMetrics().height() * 6)
        hosts = set(event.host_ids) if event else set()
        for org in organizations or []:
            entry = QListWidgetItem(org.name + (f" ({org.short_name})" if org.short_name else ""))
            entry.setData(_ROOM, org.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if org.id in hosts
                                else Qt.CheckState.Unchecked)
            self.hosts_list.addItem(entry)
        if organizations:  # a new event has no organizations to host it yet
            row(self.tr("&Hosts:", "organizations hosting the event"), "hosts", self.hosts_list,
                self.tr("Tick the organizations hosting the event"))
        self.description_edit = QPlainTextEdit(event.description or "" if event else "")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().height() * 4)
        row(self.tr("D&escription:"), "description", self.description_edit)

        self.general_error = QLabel()
        self.errors.set_fallback(self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        if event is None:
            self.save_button.setText(self.tr("Create event"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def _rooms_editor(self, event: EventView | None) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rooms_table = QTableWidget(0, 2)
        self.rooms_table.setHorizontalHeaderLabels([self.tr("Room"),
                                                    self.tr("Capacity", "seats in a room")])
        self.rooms_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.rooms_table.verticalHeader().setVisible(False)
        self.rooms_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rooms_table.setFixedHeight(self.fontMetrics().height() * 8)
        for room in (event.rooms if event else ()):
            self.add_room(room.name, room.capacity, room.id, room.key)
        if event is None:
            self.add_room(self.tr("Main hall", "default name of a new event's first room"), None)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add room"))
        new_room = self.tr("New room")
        add.clicked.connect(lambda: self.add_room(new_room, None, edit=True))
        remove = QPushButton(self.tr("Remove room"))
        remove.clicked.connect(self._remove_rooms)
        for button in (add, remove):
            button.setAccessibleName(button.text())
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(self.rooms_table)
        layout.addLayout(buttons)
        return box

    def add_room(self, name: str, capacity: int | None, room_id: int | None = None,
                 key: str | None = None, edit: bool = False) -> None:
        row = self.rooms_table.rowCount()
        self.rooms_table.insertRow(row)
        name_item = QTableWidgetItem(name)
        name_item.setData(_ROOM, (room_id, key))
        self.rooms_table.setItem(row, 0, name_item)
        self.rooms_table.setItem(row, 1, QTableWidgetItem("" if capacity is None
                                                          else str(capacity)))
        if edit:
            self.rooms_table.setCurrentItem(name_item)
            self.rooms_table.editItem(name_item)

    def _remove_rooms(self) -> None:
        for row in sorted({i.row() for i in self.rooms_table.selectedIndexes()}, reverse=True):
            self.rooms_table.removeRow(row)

    def _start_changed(self, start: QDate) -> None:
        if self.end_edit.date() < start:
            self.end_edit.setDate(start)

    def rooms(self) -> tuple[list[RoomData], list[tuple[int, str]]]:
        """The rooms, and the capacities that are not whole numbers (row, text)."""
        rooms, bad = [], []
        for row in range(self.rooms_table.rowCount()):
            name_item = self.rooms_table.item(row, 0)
            capacity_item = self.rooms_table.item(row, 1)
            room_id, key = name_item.data(_ROOM) or (None, None) if name_item else (None, None)
            text = capacity_item.text().strip() if capacity_item else ""
            capacity = None
            if text:
                if text.isdigit():
                    capacity = int(text)
                else:
                    bad.append((row, text))
            rooms.append(RoomData(name_item.text() if name_item else "", capacity, room_id, key))
        return rooms, bad

    def data(self) -> EventData:
        rooms, _bad = self.rooms()
        languages = [part.strip() for part in self.languages_edit.text().replace(";", ",")
                     .split(",") if part.strip()]
        base = self._event
        return EventData(
            title=self.title_edit.text(), start_date=_pydate(self.start_edit.date()),
            end_date=_pydate(self.end_edit.date()),
            timezone=self.timezone_combo.currentText().strip(),
            venue_name=self.venue_edit.text(), venue_city=self.city_edit.text(),
            venue_country=self.country_edit.text().strip().upper(), rooms=rooms,
            languages=languages, subtitle=self.subtitle_edit.text() or None,
            venue_address=self.address_edit.text() or None,
            description=self.description_edit.toPlainText().strip() or None,
            host_ids=self.host_ids(base), key=base.key if base else None)

    def host_ids(self, base: EventView | None) -> list[int]:
        if not self.hosts_list.count():
            return list(base.host_ids) if base else []
        checked = [self.hosts_list.item(i) for i in range(self.hosts_list.count())]
        return [entry.data(_ROOM) for entry in checked
                if entry.checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        _rooms, bad = self.rooms()
        if bad:
            row, text = bad[0]
            self.errors.show(ValidationError.single(
                f"rooms[{row}].capacity", text,
                self.tr("capacity “{value}” is not a whole number").format(value=text)

            ).problems)
            return
        error = self._submit(self.data())
        if error is None:
            self.accept()
        elif isinstance(error, ValidationError):
            self.errors.show(error.problems)
        else:
            show_error(self, error)
