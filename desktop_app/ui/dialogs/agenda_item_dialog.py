"""The agenda item editor: title, kind, day, times, room, speakers in order, chair and
topics for panels, description. Problems the services find appear beside their field.

Title, topics and description are edited in every event language (``TranslatedLineEdit``,
``TranslatedTextEdit``): the topics list shows each topic's main text, and the lines
below it the selected topic in each language; a topic keeps its translations (in the
list entry's data) wherever it is moved.

The chair and speaker fields are ``PersonPicker``s over one ``PeopleDirectory``: a combo
listing every person sized itself to the longest "name — position, organization" (the
dialog could not be narrower than ~1,300 px, cutting the translated labels) and took
seconds to fill with 10,000 people. The pickers list the hosts' people and search
everyone by the folded name key as the user types."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.collation import sort_key
from desktop_app.domain.conflicts import ConflictWarning
from desktop_app.domain.errors import FieldProblem, RoundtableError, ValidationError
from desktop_app.domain.rules import require_text
from desktop_app.domain.vocabulary import AgendaKind
from desktop_app.services.agenda import AgendaItemData, TopicData
from desktop_app.services.snapshots import AgendaItemRow, EventRow, PersonRow

from ..domain_messages import translated_warning
from ..errors import show_error
from ..i18n import term
from ..theme import conflict_color
from ..widgets.field_errors import FieldErrors
from ..widgets.time_field import TimeField
from ..widgets.translated_field import TranslatedLineEdit, TranslatedTextEdit
from . import pickers
from .pickers import PeopleDirectory, PersonPicker

# Called with the form's data; returns None on success or the exception that refused it.
Submit = Callable[[AgendaItemData], BaseException | None]
# Called with the form's data; the conflicts the item would cause if saved so.
Conflicts = Callable[[AgendaItemData], list[ConflictWarning]]

_ID = Qt.ItemDataRole.UserRole
# A topic entry's translations, ``{language: text}``.
_TRANSLATIONS = Qt.ItemDataRole.UserRole + 1


def _qtime(time: dt.time) -> QTime:
    return QTime(time.hour, time.minute)


def _pytime(time: QTime) -> dt.time:
    return dt.time(time.hour(), time.minute())


def _page(content: QWidget | QFormLayout | QVBoxLayout) -> QWidget:
    """A tab page holding ``content`` at its top."""
    page = QWidget()
    layout = QVBoxLayout(page)
    if isinstance(content, QWidget):
        layout.addWidget(content)
    else:
        layout.addLayout(content)
    layout.addStretch(1)
    return page


def move_current(entries: QListWidget, step: int) -> None:
    """Move the current entry of ``entries`` by ``step`` rows (keeping it current)."""
    row = entries.currentRow()
    target = row + step
    if row < 0 or not 0 <= target < entries.count():
        return
    entry = entries.takeItem(row)
    entries.insertItem(target, entry)
    entries.setCurrentRow(target)


def _move_buttons(parent: QWidget, entries: QListWidget, up_text: str,
                  down_text: str) -> tuple[QToolButton, QToolButton]:
    """Arrow buttons moving the current entry of ``entries`` (reordering from the
    keyboard; dragging also works). Arrows, not words: "Move up" in Kazakh or Russian
    beside three other buttons made the dialog wider than a small screen. The words
    stay as tooltip and accessible name."""
    buttons = []
    for pixmap, text, step in ((QStyle.StandardPixmap.SP_ArrowUp, up_text, -1),
                               (QStyle.StandardPixmap.SP_ArrowDown, down_text, 1)):
        button = QToolButton(parent)
        button.setIcon(parent.style().standardIcon(pixmap))
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.clicked.connect(lambda _checked=False, step=step: move_current(entries, step))
        buttons.append(button)
    return buttons[0], buttons[1]


class AgendaItemDialog(QDialog):
    def __init__(self, event: EventRow, people: list[PersonRow], submit: Submit,
                 item: AgendaItemRow | None = None, *, day: dt.date | None = None,
                 start: dt.time | None = None, room_id: int | None = None,
                 conflicts: Conflicts | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event, self._submit = event, submit
        self._conflicts = conflicts
        self._item = item
        self.languages = list(event.languages) or [event.primary_language]
        language = event.primary_language
        self._people = {p.id: p for p in people}
        # One directory for both pickers; each lists the hosts' people and searches it.
        self.directory = PeopleDirectory(people, language)
        self.setWindowTitle(self.tr("Edit “{title}”").format(title=item.title) if item
                            else self.tr("New agenda item"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(600)
        self.errors = FieldErrors()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def add_row(text: str, field: str, widget: QWidget,
                    target: QFormLayout = form, reserve: bool = False) -> None:
            widget.setAccessibleName(text.rstrip(":").replace("&", ""))
            label = QLabel(text)
            label.setBuddy(widget)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            # Only the fields checked as the user types keep a line for their message.
            box.addWidget(self.errors.label_for(field, widget, reserve=reserve))
            target.addRow(label, box)

        self.title_edit = QLineEdit(item.title if item else "")
        self.title_edit.setCursorPosition(0)
        self.title_field = TranslatedLineEdit(self.languages, self.title_edit)
        self.title_field.set_translations(item.translations.get("title") if item else None)
        add_row(self.tr("&Title:", "of the agenda item"), "title", self.title_field,
                reserve=True)
        self.kind_combo = QComboBox()
        for kind in AgendaKind:  # the names the printed programme uses
            self.kind_combo.addItem(term(f"kind.{kind.value}"), kind.value)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(
            item.kind if item else AgendaKind.SPEECH.value)))
        add_row(self.tr("&Kind:", "kind of agenda item"), "kind", self.kind_combo)
        self.day_combo = QComboBox()
        locale = QLocale()  # day and month names in the interface language
        for event_day in event.days:
            self.day_combo.addItem(locale.toString(
                QDate(event_day.year, event_day.month, event_day.day), "dddd, d MMMM yyyy"),
                event_day)
        chosen_day = item.day if item else (day or event.start_date)
        self.day_combo.setCurrentIndex(max(0, self.day_combo.findData(chosen_day)))
        add_row(self.tr("&Day:"), "day", self.day_combo)
        times = QHBoxLayout()
        self.start_edit = TimeField(_qtime(item.start_time if item else (start or dt.time(9))))
        self.end_edit = TimeField(_qtime(item.end_time if item else dt.time(
            *divmod(min(23 * 60 + 55, self.start_edit.time().hour() * 60
                        + self.start_edit.time().minute() + 30), 60))))
        for edit, name in ((self.start_edit, self.tr("Start time")),
                           (self.end_edit, self.tr("End time"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        times.addWidget(self.start_edit)
        times.addWidget(QLabel(self.tr("to", "between a start and an end time")))
        times.addWidget(self.end_edit)
        times.addStretch(1)
        times_box = QVBoxLayout()
        times_box.addLayout(times)
        # The two times share one reserved line for their messages.
        time_errors = QHBoxLayout()
        time_errors.addWidget(self.errors.label_for("start", self.start_edit), 1)
        time_errors.addWidget(self.errors.label_for("end", self.end_edit), 1)
        times_box.addLayout(time_errors)
        times_label = QLabel(self.tr("T&ime:"))
        times_label.setBuddy(self.start_edit)
        form.addRow(times_label, times_box)
        self.room_combo = QComboBox()
        for room in event.rooms:
            self.room_combo.addItem(room.name, room.id)
        self.room_combo.setCurrentIndex(max(0, self.room_combo.findData(
            item.room_id if item else room_id)))
        add_row(self.tr("&Room:"), "room", self.room_combo)

        # Speakers, topics and description in tabs under the title, time and place: with
        # the title and every topic in each event language, one page would be taller
        # than the screen.
        self.sections = QTabWidget()
        people = QFormLayout()
        people.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_row(self.tr("&Speakers:"), "speakers", self._speakers_editor(item), people)
        self.chair_picker = self._person_picker(
            item.chair_id if item else None, self.tr("No chair", "a panel without a chair"))
        self.chair_label = QLabel(self.tr("C&hair:", "the person chairing a panel"))
        self.chair_label.setBuddy(self.chair_picker)
        self.chair_picker.setAccessibleName(self.tr("Chair", "the person chairing a panel"))
        chair_box = QVBoxLayout()
        chair_box.addWidget(self.chair_picker)
        chair_box.addWidget(self.errors.label_for("chair", self.chair_picker))
        people.addRow(self.chair_label, chair_box)
        self.sections.addTab(_page(people), self.tr(
            "Speakers", "tab of the agenda item: speakers (and a panel's chair)"))
        self.topics_box = self._topics_editor(item)
        self.topics_tab = self.sections.addTab(_page(self.topics_box), self.tr(
            "Topics", "tab of the agenda item: a panel's topics"))
        self.description_edit = QPlainTextEdit(item.description or "" if item else "")
        self.description_field = TranslatedTextEdit(self.languages, self.description_edit)
        self.description_field.set_translations(
            item.translations.get("description") if item else None)
        self.description_field.set_lines({1: 6, 2: 4, 3: 3}.get(len(self.languages), 2))
        self.description_field.setAccessibleName(self.tr("Description"))
        description_box = QVBoxLayout()
        description_box.addWidget(self.description_field)
        description_box.addWidget(self.errors.label_for("description", self.description_field,
                                                        reserve=False))
        self.sections.addTab(_page(description_box), self.tr(
            "Description", "tab of the agenda item"))

        # The conflicts the item would cause, shown as the user edits; Save stays allowed.
        self.conflict_label = QLabel()
        self.conflict_label.setObjectName("conflictPreview")
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.conflict_label.setStyleSheet(f"color: {conflict_color(self.palette()).name()};")
        self.conflict_label.setAccessibleName(self.tr("Conflicts if saved"))
        self.conflict_label.hide()
        self.conflict_warnings: list[ConflictWarning] = []
        self._conflict_timer = QTimer(self, singleShot=True, interval=150)
        self._conflict_timer.timeout.connect(self.update_conflicts)
        self.general_error = QLabel()
        self.errors.set_fallback(self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sections, 1)
        layout.addWidget(self.conflict_label)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.title_edit.textChanged.connect(self._check_live)
        self._duration = self._minutes(self.end_edit.time()) - self._minutes(
            self.start_edit.time())
        self.start_edit.timeChanged.connect(self._start_changed)
        self.end_edit.timeChanged.connect(self._end_changed)
        for edit in (self.start_edit, self.end_edit):
            edit.textEdited.connect(self._check_live)
        self.chair_picker.editTextChanged.connect(self._check_live)
        self.chair_picker.currentIndexChanged.connect(self._check_live)
        for signal in (self.start_edit.timeChanged, self.end_edit.timeChanged,
                       self.day_combo.currentIndexChanged, self.room_combo.currentIndexChanged,
                       self.kind_combo.currentIndexChanged,
                       self.chair_picker.currentIndexChanged,
                       self.speakers_list.model().rowsInserted,
                       self.speakers_list.model().rowsRemoved):
            signal.connect(lambda *_args: self._conflict_timer.start())
        self._kind_changed()  # also checks the form
        self.update_conflicts()
        # Room for a name and its organization in the speakers list.
        self.resize(max(720, self.minimumSizeHint().width()), self.sizeHint().height())

    # --- speakers ---------------------------------------------------------------------------
    def _person_label(self, person: PersonRow) -> str:
        detail = ", ".join(x for x in (person.position, person.organization_name) if x)
        return f"{person.display_name} — {detail}" if detail else person.display_name

    def _person_picker(self, selected: int | None, none_text: str | None) -> PersonPicker:
        """A picker listing the people of the host organizations (the usual chairs and
        speakers); anyone else is found by typing part of their name."""
        picker = PersonPicker(self.directory, selected, none_text=none_text)
        picker.set_organizations(list(self._event.host_ids))
        return picker

    def _speakers_editor(self, item: AgendaItemRow | None) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.speakers_list = QListWidget()
        self.speakers_list.setAccessibleName(self.tr("Speakers in order"))
        self.speakers_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.speakers_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.speakers_list.setFixedHeight(self.fontMetrics().height() * 7)
        for person_id in (item.speaker_ids if item else ()):
            self._append_speaker(person_id)
        layout.addWidget(self.speakers_list)
        search_row, buttons_row = QHBoxLayout(), QHBoxLayout()
        self.speaker_picker = self._person_picker(None, None)
        self.speaker_picker.setAccessibleName(self.tr("Person to add as a speaker"))
        picker_edit = self.speaker_picker.lineEdit()
        if picker_edit is not None:
            picker_edit.setPlaceholderText(self.tr("Type a name to add a speaker…"))
        self.speaker_picker.adds_on_enter = True
        self.speaker_picker.entered.connect(lambda _person_id: self._add_speaker())
        add = QPushButton(self.tr("&Add", "add a speaker"))
        add.setAccessibleName(self.tr("Add speaker"))
        add.setAutoDefault(False)
        add.clicked.connect(self._add_speaker)
        self.add_speaker_button = add
        remove = QPushButton(self.tr("Remo&ve", "remove a speaker"))
        remove.setAccessibleName(self.tr("Remove speaker"))
        remove.clicked.connect(self._remove_speaker)
        by_precedence = QPushButton(self.tr("Order by &precedence"))
        by_precedence.setToolTip(
            self.tr("Protocol order: precedence 1 first, unranked people last"))
        by_precedence.clicked.connect(self.order_by_precedence)
        up, down = _move_buttons(self, self.speakers_list,
                                 self.tr("Move the speaker up"), self.tr("Move the speaker down"))
        # Two rows: one line of translated buttons beside the search made the dialog
        # too wide in Kazakh and Russian.
        search_row.addWidget(self.speaker_picker, 1)
        search_row.addWidget(add)
        for widget in (remove, up, down):
            buttons_row.addWidget(widget)
        buttons_row.addStretch(1)
        buttons_row.addWidget(by_precedence)
        layout.addLayout(search_row)
        layout.addLayout(buttons_row)
        return box

    def _append_speaker(self, person_id: int) -> None:
        person = self._people.get(person_id)
        text = (self._person_label(person) if person
                else self.tr("person {number}", "a person not in the list").format(
                    number=person_id))
        entry = QListWidgetItem(text)
        entry.setData(_ID, person_id)
        self.speakers_list.addItem(entry)

    def speaker_ids(self) -> list[int]:
        return [self.speakers_list.item(i).data(_ID) for i in range(self.speakers_list.count())]

    def _add_speaker(self) -> None:
        """Add the chosen, highlighted or only matching person (typed, not picked)."""
        person_id = self.speaker_picker.match()
        if person_id is None:
            return
        if person_id not in self.speaker_ids():
            self._append_speaker(person_id)
        self.speaker_picker.choose(None)  # ready for the next name

    def _remove_speaker(self) -> None:
        for entry in self.speakers_list.selectedItems():
            self.speakers_list.takeItem(self.speakers_list.row(entry))

    def order_by_precedence(self) -> None:
        language = self._event.primary_language
        ids = self.speaker_ids()

        def rank(person_id: int) -> tuple[int, object]:
            person = self._people.get(person_id)
            if person is None:
                return (1 << 30, ())
            return (person.precedence if person.precedence is not None else 1 << 30,
                    sort_key(f"{person.family_name} {person.given_name or ''}", language))

        self.speakers_list.clear()
        for person_id in sorted(ids, key=rank):
            self._append_speaker(person_id)

    # --- topics -----------------------------------------------------------------------------
    def _topics_editor(self, item: AgendaItemRow | None) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.topics_list = QListWidget()
        self.topics_list.setAccessibleName(self.tr("Panel topics"))
        self.topics_list.setWordWrap(True)
        self.topics_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.topics_list.setFixedHeight(self.fontMetrics().height() * 5)
        self.topics_list.setAlternatingRowColors(True)  # wrapped topics stay apart
        if item is not None:
            translations = list(item.topic_translations) or [{} for _ in item.topics]
            for text, topic_translations in zip(item.topics, translations, strict=True):
                self._append_topic(text, translations=topic_translations.get("text"))
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add topic"))
        new_topic = self.tr("New topic")
        add.clicked.connect(lambda: self._append_topic(new_topic, edit=True))
        remove = QPushButton(self.tr("Remove topic"))
        remove.clicked.connect(lambda: [self.topics_list.takeItem(self.topics_list.row(t))
                                        for t in self.topics_list.selectedItems()])
        up, down = _move_buttons(self, self.topics_list,
                                 self.tr("Move the topic up"), self.tr("Move the topic down"))
        for button in (add, remove):
            button.setAccessibleName(button.text())
        for widget in (add, remove, up, down):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addWidget(self.topics_list)
        layout.addLayout(row)
        # The selected topic in each event language (one language: the list suffices).
        self.topic_field = TranslatedLineEdit(self.languages)
        self.topic_field.setAccessibleName(self.tr("Selected topic"))
        self.topic_caption = QLabel(self.tr("The selected topic in each language:"))
        self.topic_caption.setBuddy(self.topic_field)
        layout.addWidget(self.topic_caption)
        layout.addWidget(self.topic_field)
        for widget in (self.topic_caption, self.topic_field):
            widget.setVisible(len(self.languages) > 1)
        self.topics_list.currentItemChanged.connect(self._show_topic)
        self.topics_list.itemChanged.connect(self._topic_renamed)
        self.topic_field.changed.connect(self._topic_edited)
        if self.topics_list.count():
            self.topics_list.setCurrentRow(0)
        self._show_topic(self.topics_list.currentItem())
        layout.addWidget(self.errors.label_for("topics", self.topics_list, reserve=False))
        return box

    def _append_topic(self, text: str, edit: bool = False,
                      translations: dict[str, str] | None = None) -> None:
        entry = QListWidgetItem(text)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsEditable)
        entry.setData(_TRANSLATIONS, dict(translations or {}))
        self.topics_list.addItem(entry)
        if edit:
            self.topics_list.setCurrentItem(entry)
            self.topics_list.editItem(entry)

    def _show_topic(self, entry: QListWidgetItem | None,
                    _previous: QListWidgetItem | None = None) -> None:
        """Load the selected topic into the lines below the list."""
        self._loading_topic = True
        try:
            self.topic_field.main.setText(entry.text() if entry is not None else "")
            self.topic_field.main.setCursorPosition(0)
            self.topic_field.set_translations(entry.data(_TRANSLATIONS) if entry else None)
        finally:
            self._loading_topic = False
        self.topic_field.setEnabled(entry is not None)

    def _topic_edited(self) -> None:
        """A line below the list changed: store it in the selected topic's entry."""
        entry = self.topics_list.currentItem()
        if entry is None or getattr(self, "_loading_topic", False):
            return
        self._loading_topic = True
        try:
            if entry.text() != self.topic_field.main.text():
                entry.setText(self.topic_field.main.text())
            entry.setData(_TRANSLATIONS, self.topic_field.translations())
        finally:
            self._loading_topic = False

    def _topic_renamed(self, entry: QListWidgetItem) -> None:
        """The topic was edited in the list: show the new text below it as well."""
        if entry is self.topics_list.currentItem() and not getattr(self, "_loading_topic",
                                                                   False):
            self._loading_topic = True
            try:
                self.topic_field.main.setText(entry.text())
            finally:
                self._loading_topic = False

    def topics(self) -> list[str]:
        return [self.topics_list.item(i).text() for i in range(self.topics_list.count())]

    def topic_rows(self) -> list[TopicData]:
        """Each topic with its translations, in the list's order."""
        rows = []
        for i in range(self.topics_list.count()):
            entry = self.topics_list.item(i)
            translations = dict(entry.data(_TRANSLATIONS) or {})
            rows.append(TopicData(entry.text(), {"text": translations} if translations else {}))
        return rows

    # --- form -------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        is_panel = self.kind_combo.currentData() == AgendaKind.PANEL.value
        for widget in (self.chair_label, self.chair_picker):
            widget.setVisible(is_panel)
        self.sections.setTabVisible(self.topics_tab, is_panel)
        self._check_live()

    @staticmethod
    def _minutes(time: QTime) -> int:
        return time.hour() * 60 + time.minute()

    def _start_changed(self) -> None:
        """The end follows the start, keeping the item's length (as in a calendar)."""
        if self._duration > 0:
            end = min(self._minutes(self.start_edit.time()) + self._duration, 23 * 60 + 55)
            self.end_edit.blockSignals(True)
            self.end_edit.setTime(QTime(end // 60, end % 60))
            self.end_edit.blockSignals(False)
        self._check_live()

    def _end_changed(self) -> None:
        self._duration = self._minutes(self.end_edit.time()) - self._minutes(
            self.start_edit.time())
        self._check_live()

    def _live_problems(self) -> list[FieldProblem]:
        problems = []
        for name, edit in (("start", self.start_edit), ("end", self.end_edit)):
            if not edit.is_acceptable():
                problems.append(FieldProblem(name, edit.text(), self.tr(
                    "is not a time: type 1030, 10:30 or 9 for 09:00")))
        require_text("title", self.title_edit.text(), problems)  # the rule every form uses
        if self.end_edit.time() <= self.start_edit.time():
            problems.append(FieldProblem("end", self.end_edit.time().toString("HH:mm"),
                                         self.tr("must be after the start ({time})").format(
                                             time=self.start_edit.time().toString("HH:mm"))))
        is_panel = self.kind_combo.currentData() == AgendaKind.PANEL.value
        # An emptied chair field means no chair; any other text must name a person.
        if (is_panel and self.chair_picker.currentText().strip()
                and not self.chair_picker.is_valid()):
            problems.append(FieldProblem("chair", self.chair_picker.currentText(), self.tr(
                "names nobody in the list: type part of a name and pick a person",
                "the chair field")))
        return problems

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Each problem beside its field, and the tab of the first one brought forward."""
        self.errors.reveal()
        self.errors.show(problems)
        tabs = {"speakers": 0, "chair": 0, "topics": self.topics_tab, "description": 2}
        for problem in problems:
            tab = tabs.get(problem.field.split("[", 1)[0].split(".", 1)[0])
            if tab is not None:
                self.sections.setCurrentIndex(tab)
                break

    def _check_live(self) -> None:
        problems = self._live_problems()
        self.errors.show(problems, focus=False) if problems else self.errors.clear()
        self.save_button.setEnabled(not problems)
        self.save_button.setToolTip("\n".join(str(p.reason) for p in problems))

    def update_conflicts(self) -> None:
        """Show the conflicts the item would cause if saved as it is now."""
        self._conflict_timer.stop()
        warnings: list[ConflictWarning] = []
        if self._conflicts is not None and self.end_edit.time() > self.start_edit.time():
            try:
                warnings = self._conflicts(self.data())
            except RoundtableError:
                warnings = []
        self.conflict_warnings = warnings
        if warnings:
            count = len(warnings)
            head = self.tr("Saved like this, it causes %n conflict(s):", "", count)
            self.conflict_label.setText("⚠ " + head + "\n" + "\n".join(
                f"• {translated_warning(w)}" for w in warnings))
        self.conflict_label.setVisible(bool(warnings))

    def data(self) -> AgendaItemData:
        is_panel = self.kind_combo.currentData() == AgendaKind.PANEL.value
        description = self.description_edit.toPlainText().strip() or None
        translations = dict(self._item.translations) if self._item is not None else {}
        translations["title"] = self.title_field.translations()
        translations["description"] = self.description_field.translations()
        return AgendaItemData(
            title=self.title_edit.text().strip(), kind=self.kind_combo.currentData(),
            day=self.day_combo.currentData(), start_time=_pytime(self.start_edit.time()),
            end_time=_pytime(self.end_edit.time()), room_id=self.room_combo.currentData(),
            speaker_ids=self.speaker_ids(),
            chair_id=self.chair_picker.value() if is_panel else None,
            topics=list(self.topic_rows()) if is_panel else [], description=description,
            translations=translations)

    def _leftover_speaker(self) -> bool:
        """A name left in the speaker field (typed, not added): ask. False: stay in the form."""
        text = self.speaker_picker.currentText().strip()
        if not text:
            return True
        person_id = self.speaker_picker.match()
        title = self.tr("A speaker was not added")
        if person_id is not None:
            person = self.directory.by_id[person_id]
            answer = pickers.ask_leftover(self, title, self.tr(
                "“{text}” is typed in the speaker field but not added. Add {name} as a "
                "speaker before saving?").format(text=text, name=person.display_name), [
                ("add", self.tr("Add and save")),
                ("discard", self.tr("Save without them")),
                ("back", self.tr("Back to the form"))])
        else:
            answer = pickers.ask_leftover(self, title, self.tr(
                "“{text}” in the speaker field matches nobody of the event, so it is not "
                "added. Save without it?").format(text=text), [
                ("back", self.tr("Back to the form")),
                ("discard", self.tr("Save without it"))])
        if answer == "add" and person_id is not None:
            self._add_speaker()
        elif answer == "discard":
            self.speaker_picker.choose(None)
        else:
            self.sections.setCurrentIndex(0)
            self.speaker_picker.setFocus()
            return False
        return True

    def save(self) -> None:
        self.errors.reveal()
        problems = self._live_problems()
        if problems:
            self.show_problems(problems)
            return
        if not self._leftover_speaker():
            return
        error = self._submit(self.data())
        if error is None:
            self.accept()
        elif isinstance(error, ValidationError):
            self.show_problems(error.problems)
        else:
            show_error(self, error)
