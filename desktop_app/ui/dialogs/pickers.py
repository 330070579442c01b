"""Searchable pickers for organizations and people (type any part of a name to jump)."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from desktop_app.domain.collation import sort_key
from desktop_app.services.views import OrganizationView, PersonView

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


def organization_entries(organizations: Sequence[OrganizationView],
                         language: str) -> list[tuple[str, int]]:
    ordered = sorted(organizations, key=lambda o: sort_key(o.name, language))
    return [(f"{o.name} ({o.short_name})" if o.short_name else o.name, o.id) for o in ordered]


def person_entries(people: Sequence[PersonView], language: str) -> list[tuple[str, int]]:
    ordered = sorted(people, key=lambda p: sort_key(f"{p.family_name} {p.given_name or ''}",
                                                    language))
    return [(f"{p.display_name}" + (f" — {p.organization_name}" if p.organization_name else ""),
             p.id) for p in ordered]


def organization_combo(organizations: Sequence[OrganizationView], language: str,
                       selected: int | None, none_text: str | None = NONE_TEXT) -> QComboBox:
    return record_combo(organization_entries(organizations, language), selected, none_text)


def person_combo(people: Sequence[PersonView], language: str, selected: int | None,
                 none_text: str | None = NONE_TEXT) -> QComboBox:
    return record_combo(person_entries(people, language), selected, none_text)


def combo_value(combo: QComboBox) -> int | None:
    """The id of the entry whose text is in the box (None for "none" or no match)."""
    index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
    return combo.itemData(index) if index >= 0 else None


def combo_is_valid(combo: QComboBox) -> bool:
    """False while the typed text names no entry of the list."""
    return combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString) >= 0
