"""Searchable pickers for organizations and people (type any part of a name to jump)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QMessageBox, QWidget

from desktop_app.domain.collation import sort_key
from desktop_app.domain.text import query_key
from desktop_app.services.snapshots import OrganizationRow

NONE_TEXT = str(QT_TRANSLATE_NOOP("Pickers", "— none —"))


def record_combo(entries: Sequence[tuple[str, int]], selected: int | None,
                 none_text: str | None = NONE_TEXT) -> QComboBox:
    """An editable combo over (label, id) entries whose completer matches anywhere."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMaxVisibleItems(18)
    # Long names must not make the dialog wider than the screen.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(22)
    if none_text is not None:  # the default is translated here, callers pass theirs translated
        combo.addItem(QCoreApplication.translate("Pickers", none_text)
                      if none_text is NONE_TEXT else none_text, None)

    for label, record_id in entries:
        combo.addItem(label, record_id)
        combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
    show_start(combo)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    index = combo.findData(selected)
    combo.setCurrentIndex(max(index, 0))
    line = combo.lineEdit()
    if line is not None:
        line.setCursorPosition(0)  # show the start of a long name
    return combo


def show_start(combo: QComboBox) -> None:
    """Keep the start of a long chosen name in view (a name, then its organization),
    eliding at the end; the whole text in the tooltip. The list elides at the end too:
    cutting names in the middle hid the part that tells namesakes apart."""
    view = combo.view()
    if view is not None:
        view.setTextElideMode(Qt.TextElideMode.ElideRight)

    def to_start(*_args: object) -> None:
        line = combo.lineEdit()
        if line is not None and not line.hasSelectedText():
            line.setCursorPosition(0)
        combo.setToolTip(combo.currentText())

    # After the completer or the list has written the text into the field.
    combo.currentIndexChanged.connect(lambda _i: QTimer.singleShot(0, to_start))
    combo.currentIndexChanged.connect(to_start)
    line = combo.lineEdit()
    if line is not None:
        line.editingFinished.connect(to_start)
    to_start()


def organization_entries(organizations: Sequence[OrganizationRow],
                         language: str) -> list[tuple[str, int]]:
    ordered = sorted(organizations, key=lambda o: sort_key(o.name, language))
    return [(f"{o.name} ({o.short_name})" if o.short_name else o.name, o.id) for o in ordered]


def organization_combo(organizations: Sequence[OrganizationRow], language: str,
                       selected: int | None, none_text: str | None = NONE_TEXT) -> QComboBox:
    return record_combo(organization_entries(organizations, language), selected, none_text)


def combo_value(combo: QComboBox) -> int | None:
    """The id of the entry whose text is in the box (None for "none" or no match)."""
    index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
    return combo.itemData(index) if index >= 0 else None


def combo_is_valid(combo: QComboBox) -> bool:
    """False while the typed text names no entry of the list."""
    return combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString) >= 0


# How many matches a person search shows; more letters narrow it down.
SEARCH_LIMIT = 100


class PersonLike(Protocol):
    """What a person picker reads: a ``PersonRow`` or a
    ``services.person_choices.PersonChoice``."""

    @property
    def id(self) -> int: ...
    @property
    def display_name(self) -> str: ...
    @property
    def family_name(self) -> str: ...
    @property
    def given_name(self) -> str | None: ...
    @property
    def organization_id(self) -> int | None: ...
    @property
    def organization_name(self) -> str | None: ...
    @property
    def search_key(self) -> str: ...


class PeopleDirectory:
    """Every person of the event, once, shared by all the person pickers of a dialog.

    Listing 10,000 people in each of several combo boxes made the agreement
    editor take seconds to open; instead each picker lists a few people (those
    of an organization) and searches this directory as the user types, by the
    stored folded key, so ``mammadov`` finds ``Məmmədov`` and ``nurbek`` ``Нұрбек``
    (Qt's own case-insensitive matching does neither).
    """

    def __init__(self, people: Sequence[PersonLike], language: str = "en") -> None:
        self.people = list(people)
        self.language = language
        self.by_id = {person.id: person for person in self.people}
        self._by_organization: dict[int | None, list[PersonLike]] = defaultdict(list)
        for person in self.people:
            self._by_organization[person.organization_id].append(person)

    @staticmethod
    def label(person: PersonLike) -> str:
        return person.display_name + (f" — {person.organization_name}"
                                      if person.organization_name else "")

    def ordered(self, people: list[PersonLike]) -> list[PersonLike]:
        """``people`` by family then given name in the alphabet of the event's language
        (only the few a picker shows are sorted, never the whole directory)."""
        return sorted(people, key=lambda p: sort_key(f"{p.family_name} {p.given_name or ''}",
                                                     self.language))

    def of_organizations(self, organization_ids: Sequence[int | None]) -> list[PersonLike]:
        """The people of those organizations, organization by organization, each in
        alphabetical order, no repeats."""
        seen: set[int] = set()
        found = []
        for organization_id in organization_ids:
            if organization_id is None:
                continue
            for person in self.ordered(self._by_organization.get(organization_id, [])):
                if person.id not in seen:
                    seen.add(person.id)
                    found.append(person)
        return found

    def search(self, text: str, limit: int = SEARCH_LIMIT) -> list[PersonLike]:
        """People whose name forms contain ``text`` (any script, case or accent): the
        first ``limit`` found, in alphabetical order."""
        folded = query_key(text)
        if not folded:
            return []
        found = []
        for person in self.people:
            if folded in person.search_key:
                found.append(person)
                if len(found) >= limit:
                    break
        return self.ordered(found)


def ask_leftover(parent: QWidget | None, title: str, text: str,
                 buttons: list[tuple[str, str]]) -> str:
    """Ask what to do with a name typed in a picker but not added; ``buttons`` are
    (answer, label) pairs, the first the default. Returns the answer ("back" when the
    box is closed)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    chosen: dict[int, str] = {}
    first = None
    for answer, label in buttons:
        role = (QMessageBox.ButtonRole.RejectRole if answer == "back"
                else QMessageBox.ButtonRole.AcceptRole)
        button = box.addButton(label, role)
        chosen[id(button)] = answer
        first = first or button
    if first is not None:
        box.setDefaultButton(first)
    box.setAccessibleName(title)
    box.exec()
    clicked = box.clickedButton()
    return chosen.get(id(clicked), "back") if clicked is not None else "back"


class PersonPicker(QComboBox):
    """An editable person combo: its list holds the people of chosen organizations (a
    party's organization for a signatory), and typing searches everyone in the
    ``PeopleDirectory``; a person picked from the search joins the list.

    Enter in the field takes the highlighted name of the search list, or the one person
    the typed text matches, and emits ``entered`` with them (a speaker or witness list
    adds them); it never reaches the dialog's Save while a name is being picked."""

    # Enter (or a pick from the search list) chose this person (an id, never None).
    entered = Signal(int)

    def __init__(self, directory: PeopleDirectory, selected: int | None,
                 none_text: str | None = NONE_TEXT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self.none_text = (QCoreApplication.translate("Pickers", none_text)
                          if none_text is NONE_TEXT else none_text)
        self.organization_ids: list[int | None] = []
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(22)
        self.results = QStandardItemModel(self)
        self.search_completer = QCompleter(self.results, self)
        self.search_completer.setCompletionMode(
            QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.search_completer.setMaxVisibleItems(12)
        popup = self.search_completer.popup()
        if popup is not None:  # wide enough for a name and its organization
            popup.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        # The overload with the model index: labels of namesakes can be equal.
        self.search_completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._picked)
        line = self.lineEdit()
        assert line is not None
        # On the line edit, not the combo: QComboBox maps a completer's rows onto its
        # own items, and these rows are search results, not items of the list.
        line.setCompleter(self.search_completer)
        line.textEdited.connect(self._search)
        line.setPlaceholderText(self.tr("Type a name to search"))
        line.installEventFilter(self)
        self._highlighted: int | None = None
        # A list beside the picker takes each entered person (speakers, witnesses):
        # Enter on a chosen name adds it instead of saving the form.
        self.adds_on_enter = False
        self.search_completer.highlighted[QModelIndex].connect(  # type: ignore[index]
            lambda index: setattr(self, "_highlighted", index.data(Qt.ItemDataRole.UserRole)))
        self._fill(selected)
        show_start(self)

    def set_organizations(self, organization_ids: Sequence[int | None]) -> None:
        """List the people of these organizations (keeping the current choice)."""
        if list(organization_ids) != self.organization_ids:
            self.organization_ids = list(organization_ids)
            self._fill(self.value())

    def _fill(self, selected: int | None) -> None:
        self._highlighted = None
        blocked = self.blockSignals(True)
        self.clear()
        if self.none_text is not None:
            self.addItem(self.none_text, None)
        listed = self.directory.of_organizations(self.organization_ids)
        for person in listed:
            self.addItem(self.directory.label(person), person.id)
            self.setItemData(self.count() - 1, self.directory.label(person),
                             Qt.ItemDataRole.ToolTipRole)
        chosen = self.directory.by_id.get(selected) if selected is not None else None
        if chosen is not None and all(person.id != chosen.id for person in listed):
            if listed:
                self.insertSeparator(self.count())
            self.addItem(self.directory.label(chosen), chosen.id)
        index = self.findData(selected) if selected is not None else -1
        self.setCurrentIndex(index if index >= 0 else (0 if self.none_text is not None else -1))
        line = self.lineEdit()
        if line is not None:
            if index < 0 and self.none_text is None:
                line.clear()
            line.setCursorPosition(0)  # show the start of a long name
        self.setToolTip(self.currentText())
        self.blockSignals(blocked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress and watched is self.lineEdit()
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            return self._enter_pressed()
        return super().eventFilter(watched, event)

    def _enter_pressed(self) -> bool:
        """Take the typed or highlighted match; True when Enter was used for that (so it
        does not press the dialog's default button)."""
        if not self.currentText().strip():
            return False
        person_id = self.match()
        if person_id is None:
            return True  # text naming nobody (or several): stay in the field
        chosen_now = person_id != self.value()
        if chosen_now:
            self.choose(person_id)
        if chosen_now or self.adds_on_enter:
            self.entered.emit(person_id)
            return True
        return False

    def match(self) -> int | None:
        """The person the field names: the chosen entry, the highlighted or shown search
        result, or the only person the typed text matches (None: nobody, or several)."""
        value = self.value()
        if value is not None:
            return value
        text = self.currentText().strip()
        if not text:
            return None
        # A name highlighted in the search list (with the arrow keys) since the text was
        # last typed.
        if self._highlighted is not None and self._highlighted in self.directory.by_id:
            return self._highlighted
        for row in range(self.results.rowCount()):
            entry = self.results.item(row)
            if entry.text() == text:
                return entry.data(Qt.ItemDataRole.UserRole)
        found = self.directory.search(text, limit=2)
        if len(found) == 1:
            return found[0].id
        exact = [p for p in self.directory.people if self.directory.label(p) == text]
        return exact[0].id if len(exact) == 1 else None

    def _search(self, text: str) -> None:
        self._highlighted = None
        self.results.clear()
        for person in self.directory.search(text):
            item = QStandardItem(self.directory.label(person))
            item.setData(person.id, Qt.ItemDataRole.UserRole)
            self.results.appendRow(item)
        if self.results.rowCount():
            self.search_completer.complete()

    def _picked(self, index: QModelIndex) -> None:
        person_id = index.data(Qt.ItemDataRole.UserRole)
        if person_id is not None:
            # After the completer has written its text into the line edit.
            QTimer.singleShot(0, lambda: self._pick(person_id))

    def _pick(self, person_id: int) -> None:
        self.choose(person_id)
        self.entered.emit(person_id)

    def choose(self, person_id: int | None) -> None:
        """Select a person (adding them to the list if they are not in it)."""
        self._fill(person_id)
        self.currentIndexChanged.emit(self.currentIndex())  # signals were blocked while filling

    def value(self) -> int | None:
        """The id of the person whose label is in the box (None for "none" or no match)."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 else None

    def is_valid(self) -> bool:
        """False while the typed text names no entry of the list."""
        return self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString) >= 0
