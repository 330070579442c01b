"""The event form: title, dates, time zone, venue, rooms and languages, in tabs; the
title, subtitle, venue texts, room names and description once per event language (they
follow the languages as they are typed).

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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import FieldProblem, ValidationError
from desktop_app.domain.rules import language_problem
from desktop_app.services.event_editing import EventData, RoomData
from desktop_app.services.snapshots import EventRow, OrganizationRow

from ..errors import show_error
from ..widgets.field_errors import FieldErrors
from ..widgets.translated_field import TranslatedLineEdit, TranslatedTextEdit, display_language

Submit = Callable[[EventData], BaseException | None]
_ROOM = Qt.ItemDataRole.UserRole
# A room's names in languages the table does not show, ``{language: name}``.
_HIDDEN_NAMES = Qt.ItemDataRole.UserRole + 1


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class EventDialog(QDialog):
    def __init__(self, submit: Submit, event: EventRow | None = None,
                 parent: QWidget | None = None,
                 organizations: list[OrganizationRow] | None = None) -> None:
        super().__init__(parent)
        self._submit, self._event = submit, event
        self.languages = list(event.languages) if event else ["en"]
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("New event"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(700)
        self.errors = FieldErrors()
        translations = event.translations if event else {}
        # The texts in each event language made one page taller than the screen: the
        # event, its venue, its rooms and hosts, and its description are tabs.
        self.tabs = QTabWidget()
        self._tab_of: dict[str, int] = {}

        def page(title: str) -> QFormLayout:
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            content = QWidget()
            layout = QVBoxLayout(content)
            layout.addLayout(form)
            layout.addStretch(1)
            self.tabs.addTab(content, title)
            return form

        def row(form: QFormLayout, text: str, field: str, widget: QWidget,
                hint: str = "") -> None:
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
            self._tab_of[field] = self.tabs.count() - 1

        def translated(edit: QLineEdit, field: str) -> TranslatedLineEdit:
            translated_field = TranslatedLineEdit(self.languages, edit)
            translated_field.set_translations(translations.get(field))
            edit.setCursorPosition(0)
            self.translated_fields[field] = translated_field
            return translated_field

        self.translated_fields: dict[str, TranslatedLineEdit | TranslatedTextEdit] = {}
        today = dt.date.today()
        general = page(self.tr("Event", "tab of the event form: title, dates, languages"))
        self.title_edit = QLineEdit(event.title if event else "")
        self.title_edit.setPlaceholderText(
            self.tr("Round table on higher education cooperation", "example of an event title"))
        row(general, self.tr("&Title:", "of the event"), "title",
            translated(self.title_edit, "title"))
        self.subtitle_edit = QLineEdit(event.subtitle or "" if event else "")
        row(general, self.tr("S&ubtitle:"), "subtitle", translated(self.subtitle_edit,
                                                                    "subtitle"))
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
        general.addRow(dates_label, dates_box)
        self._tab_of["start_date"] = self._tab_of["end_date"] = 0
        self.timezone_combo = QComboBox()
        self.timezone_combo.setEditable(True)
        self.timezone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone_combo.addItems(sorted(zoneinfo.available_timezones()))
        completer = self.timezone_combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.timezone_combo.setCurrentText(event.timezone if event else "Asia/Baku")
        row(general, self.tr("Time &zone:"), "timezone", self.timezone_combo)
        self.languages_edit = QLineEdit(", ".join(self.languages))
        row(general, self.tr("&Languages:"), "languages", self.languages_edit,
            self.tr("Language codes, the main one first, e.g. en, az, kk"))
        self.languages_edit.editingFinished.connect(self._languages_changed)

        venue = page(self.tr("Venue", "tab of the event form: venue, address, city, country"))
        self.venue_edit = QLineEdit(event.venue_name if event else "")
        row(venue, self.tr("&Venue:"), "venue_name", translated(self.venue_edit, "venue_name"))
        self.address_edit = QLineEdit(event.venue_address or "" if event else "")
        row(venue, self.tr("&Address:", "street address of the venue"), "venue_address",
            translated(self.address_edit, "venue_address"))
        self.city_edit = QLineEdit(event.venue_city if event else "")
        row(venue, self.tr("&City:"), "venue_city", translated(self.city_edit, "venue_city"))
        self.country_edit = QLineEdit(event.venue_country if event else "")
        self.country_edit.setPlaceholderText("AZ")
        self.country_edit.setMaxLength(2)
        self.country_edit.setValidator(QRegularExpressionValidator(
            QRegularExpression("[A-Za-z]{0,2}"), self))
        row(venue, self.tr("Cou&ntry:"), "venue_country", self.country_edit,
            self.tr("Two-letter ISO code, e.g. AZ, KZ"))

        rooms = page(self.tr("Rooms and hosts", "tab of the event form"))
        row(rooms, self.tr("&Rooms:"), "rooms", self._rooms_editor(event))
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
            row(rooms, self.tr("&Hosts:", "organizations hosting the event"), "hosts",
                self.hosts_list, self.tr("Tick the organizations hosting the event"))

        self.description_edit = QPlainTextEdit(event.description or "" if event else "")
        self.description_field = TranslatedTextEdit(self.languages, self.description_edit)
        self.description_field.set_translations(translations.get("description"))
        self.description_field.set_lines(4)
        self.description_field.setAccessibleName(self.tr("Description"))
        self.translated_fields["description"] = self.description_field
        description = QWidget()
        description_layout = QVBoxLayout(description)
        description_layout.addWidget(self.description_field)
        description_layout.addWidget(self.errors.label_for("description",
                                                           self.description_field))
        description_layout.addStretch(1)
        self._tab_of["description"] = self.tabs.addTab(description, self.tr(
            "Description", "tab of the event form"))

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
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.resize(max(900, self.sizeHint().width()), self.sizeHint().height())

    # --- languages --------------------------------------------------------------------------
    def typed_languages(self) -> list[str]:
        return [part.strip() for part in self.languages_edit.text().replace(";", ",")
                .split(",") if part.strip()]

    def _languages_changed(self) -> None:
        """The texts follow the languages typed (the valid ones, once they are)."""
        tags = self.typed_languages()
        if not tags or any(language_problem("languages", tag) for tag in tags) \
                or tags == self.languages:
            return
        rooms, _bad = self.rooms()  # read in the columns of the old languages
        capacities = [self._capacity_text(row) for row in range(self.rooms_table.rowCount())]
        self.languages = tags
        for field in self.translated_fields.values():
            field.set_languages(tags)
        self._set_room_columns()
        self.rooms_table.setRowCount(0)
        for room, capacity in zip(rooms, capacities, strict=True):
            self.add_room(room.name, None, room.id, room.key,
                          translations=(room.translations or {}).get("name"))
            self.rooms_table.item(self.rooms_table.rowCount() - 1,
                                  self._capacity_column).setText(capacity)

    # --- rooms ------------------------------------------------------------------------------
    @property
    def _capacity_column(self) -> int:
        return len(self.languages)

    def _set_room_columns(self) -> None:
        """A room's name in each event language, then its capacity."""
        self.rooms_table.setColumnCount(len(self.languages) + 1)
        if len(self.languages) == 1:
            names = [self.tr("Room")]
        else:
            names = [display_language(tag) for tag in self.languages]
        self.rooms_table.setHorizontalHeaderLabels(
            [*names, self.tr("Capacity", "seats in a room")])
        header = self.rooms_table.horizontalHeader()
        for column in range(len(self.languages)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            item = self.rooms_table.horizontalHeaderItem(column)
            if item is not None and len(self.languages) > 1:
                item.setToolTip(self.tr("The room's name in {language}").format(
                    language=display_language(self.languages[column])))
        header.setSectionResizeMode(self._capacity_column,
                                    QHeaderView.ResizeMode.ResizeToContents)

    def _rooms_editor(self, event: EventRow | None) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rooms_table = QTableWidget(0, 2)
        self._set_room_columns()
        self.rooms_table.verticalHeader().setVisible(False)
        self.rooms_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rooms_table.setFixedHeight(self.fontMetrics().height() * 8)
        for room in (event.rooms if event else ()):
            self.add_room(room.name, room.capacity, room.id, room.key,
                          translations=room.translations.get("name"))
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
                 key: str | None = None, edit: bool = False,
                 translations: dict[str, str] | None = None) -> None:
        """A row: the room's name in each event language (``translations`` by language
        tag; those of other languages are kept unseen), then its capacity."""
        row = self.rooms_table.rowCount()
        self.rooms_table.insertRow(row)
        name_item = QTableWidgetItem(name)
        name_item.setData(_ROOM, (room_id, key))
        hidden = dict(translations or {})
        for column, tag in enumerate(self.languages[1:], start=1):
            self.rooms_table.setItem(row, column, QTableWidgetItem(hidden.pop(tag, "")))
        name_item.setData(_HIDDEN_NAMES, hidden)
        self.rooms_table.setItem(row, 0, name_item)
        self.rooms_table.setItem(row, self._capacity_column, QTableWidgetItem(
            "" if capacity is None else str(capacity)))
        if edit:
            self.rooms_table.setCurrentItem(name_item)
            self.rooms_table.editItem(name_item)

    def _remove_rooms(self) -> None:
        for row in sorted({i.row() for i in self.rooms_table.selectedIndexes()}, reverse=True):
            self.rooms_table.removeRow(row)

    def _start_changed(self, start: QDate) -> None:
        if self.end_edit.date() < start:
            self.end_edit.setDate(start)

    def _capacity_text(self, row: int) -> str:
        item = self.rooms_table.item(row, self._capacity_column)
        return item.text().strip() if item is not None else ""

    def rooms(self) -> tuple[list[RoomData], list[tuple[int, str]]]:
        """The rooms, and the capacities that are not whole numbers (row, text)."""
        rooms, bad = [], []
        for row in range(self.rooms_table.rowCount()):
            name_item = self.rooms_table.item(row, 0)
            room_id, key = name_item.data(_ROOM) or (None, None) if name_item else (None, None)
            text = self._capacity_text(row)
            capacity = None
            if text:
                if text.isdigit():
                    capacity = int(text)
                else:
                    bad.append((row, text))
            names = dict(name_item.data(_HIDDEN_NAMES) or {}) if name_item else {}
            for column, tag in enumerate(self.languages[1:], start=1):
                item = self.rooms_table.item(row, column)
                if item is not None and item.text().strip():
                    names[tag] = item.text()
                else:
                    names.pop(tag, None)
            rooms.append(RoomData(name_item.text() if name_item else "", capacity, room_id, key,
                                  {"name": names}))
        return rooms, bad

    def data(self) -> EventData:
        rooms, _bad = self.rooms()
        base = self._event
        translations = dict(base.translations) if base is not None else {}
        for field, translated_field in self.translated_fields.items():
            translations[field] = translated_field.translations()
        return EventData(
            title=self.title_edit.text(), start_date=_pydate(self.start_edit.date()),
            end_date=_pydate(self.end_edit.date()),
            timezone=self.timezone_combo.currentText().strip(),
            venue_name=self.venue_edit.text(), venue_city=self.city_edit.text(),
            venue_country=self.country_edit.text().strip().upper(), rooms=rooms,
            languages=self.typed_languages(), subtitle=self.subtitle_edit.text() or None,
            venue_address=self.address_edit.text() or None,
            description=self.description_edit.toPlainText().strip() or None,
            host_ids=self.host_ids(base), key=base.key if base else None,
            translations=translations)

    def host_ids(self, base: EventRow | None) -> list[int]:
        if not self.hosts_list.count():
            return list(base.host_ids) if base else []
        checked = [self.hosts_list.item(i) for i in range(self.hosts_list.count())]
        return [entry.data(_ROOM) for entry in checked
                if entry.checkState() == Qt.CheckState.Checked]

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Each problem beside its field, and the tab of the first one brought forward."""
        self.errors.show(problems)
        for problem in problems:
            tab = self._tab_of.get(problem.field.split("[", 1)[0].split(".", 1)[0])
            if tab is not None:
                self.tabs.setCurrentIndex(tab)
                break

    def save(self) -> None:
        _rooms, bad = self.rooms()
        if bad:
            row, text = bad[0]
            self.show_problems(ValidationError.single(
                f"rooms[{row}].capacity", text,
                self.tr("capacity “{value}” is not a whole number").format(value=text)

            ).problems)
            return
        error = self._submit(self.data())
        if error is None:
            self.accept()
        elif isinstance(error, ValidationError):
            self.show_problems(error.problems)
        else:
            show_error(self, error)
