"""The People table: one row per ``PersonRow``, sorted by the event language's alphabet."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from desktop_app.domain.text import fold
from desktop_app.services.snapshots import PersonRow
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP

from .record_table import Column, RecordTableModel

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter


def _name_sort(person: PersonRow) -> str:
    # Family name first, as a protocol list is alphabetised.
    return f"{person.family_name} {person.given_name or ''}"


def _local_names(person: PersonRow) -> str:
    return " · ".join(name for name in person.local_names.values() if name)


@lru_cache(maxsize=4096)
def folded(text: str) -> str:
    """``fold`` of a text that repeats across rows (organization names, positions)."""
    return fold(text)


def person_search_key(person: PersonRow) -> str:
    """The stored folded name forms (every script, transliterated) plus the folded
    organization, position and e-mail, for the filter."""
    names = person.search_key or folded(" ".join([person.display_name,
                                                  *person.local_names.values()]))
    return " | ".join([names, folded(person.organization_name or ""),
                       folded(person.position or ""), (person.email or "").casefold(),
                       person.key])


PEOPLE_COLUMNS: list[Column[PersonRow]] = [
    # "Name" and "Local names" of a person, not of an organization: their own context.
    Column(QT_TRANSLATE_NOOP("PeopleTable", "Name"), lambda p: p.display_name, _name_sort,
           tooltip=lambda p: "\n".join(f"{lang}: {name}" for lang, name in p.local_names.items())
           or None, context="PeopleTable"),
    Column(QT_TRANSLATE_NOOP("PeopleTable", "Local names"), _local_names, context="PeopleTable"),
    Column(QT_TRANSLATE_NOOP("RecordTable", "Position"), lambda p: p.position or ""),
    Column(QT_TRANSLATE_NOOP("RecordTable", "Organization"),
           lambda p: p.organization_name or ""),
    # A person without a country of their own shows their organization's (in grey).
    Column(QT_TRANSLATE_NOOP("RecordTable", "Country"),
           lambda p: p.country or p.organization_country or "", align=_CENTER,
           tooltip=lambda p: None if p.country or not p.organization_country else
           QCoreApplication.translate("PeopleTable", "From the organization")),
    Column(QT_TRANSLATE_NOOP("RecordTable", "Precedence"),
           lambda p: str(p.precedence) if p.precedence is not None else "",
           lambda p: p.precedence, align=_RIGHT),
]


COUNTRY_COLUMN = 4


class PeopleTableModel(RecordTableModel[PersonRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(PEOPLE_COLUMNS, person_search_key, lambda p: p.id, parent)

    def extra_data(self, record: PersonRow, column: int, role: int) -> Any:
        if (column == COUNTRY_COLUMN and role == Qt.ItemDataRole.ForegroundRole
                and not record.country and record.organization_country):
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None
