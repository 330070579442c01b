"""The Translations table: one row per text of the event, one column per event language.

Columns: the record (its kind and name), the text (which field), then each event
language; the first language's column shows the default text (edited in the record's
own form, so read-only here), the others the translations, editable in place. A cell
with no translation where one is needed is *missing*: it gets ``missing_fill`` and a
muted "missing" word (drawn by the view's delegate), and the view's "Next missing"
walks through those cells in reading order.

The rows are plain ``TextRow``s of ``services.translation_editing``; an edit is handed
to ``edit_handler`` (the view pushes an undo command) and the result comes back through
:meth:`store`. A reload that brings the same texts updates the cells in place, so an
editor open on another cell stays open while the rows refresh.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from desktop_app.domain.text import query_key, search_key
from desktop_app.services.translation_editing import TextRow
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP, format_datetime
from desktop_app.ui.theme import is_dark

from .record_table import header_lines

_Index = QModelIndex | QPersistentModelIndex

# The row's ``TextRow`` (any column).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# True on a cell whose translation is missing.
MISSING_ROLE = Qt.ItemDataRole.UserRole + 2
# The record column's kind word ("Agenda item", "Topic 2"), drawn muted before its name.
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
# The record column's name of the record ("10:15  Panel discussion"; "" for the event).
NAME_ROLE = Qt.ItemDataRole.UserRole + 4

RECORD_COLUMN, FIELD_COLUMN, FIRST_LANGUAGE_COLUMN = 0, 1, 2

# Show every text, or only those missing in any language (``ANY_MISSING``) or one.
ANY_MISSING = "*"

CONTEXT = "TranslationsTable"

KIND_NAMES: dict[str, str] = {
    "event": QT_TRANSLATE_NOOP("TranslationsTable", "Event"),
    "room": QT_TRANSLATE_NOOP("TranslationsTable", "Room"),
    "person": QT_TRANSLATE_NOOP("TranslationsTable", "Person"),
    "agenda_item": QT_TRANSLATE_NOOP("TranslationsTable", "Agenda item"),
    "topic": QT_TRANSLATE_NOOP("TranslationsTable", "Topic"),
    "agreement": QT_TRANSLATE_NOOP("TranslationsTable", "Agreement"),
}

# (kind, field) -> how the Text column names it; a field missing here by ``FIELD_NAMES``.
KIND_FIELD_NAMES: dict[tuple[str, str], str] = {
    ("room", "name"): QT_TRANSLATE_NOOP("TranslationsTable", "Room name"),
    ("event", "venue_name"): QT_TRANSLATE_NOOP("TranslationsTable", "Venue"),
}
FIELD_NAMES: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("TranslationsTable", "Title"),
    "subtitle": QT_TRANSLATE_NOOP("TranslationsTable", "Subtitle"),
    "description": QT_TRANSLATE_NOOP("TranslationsTable", "Description"),
    "venue_address": QT_TRANSLATE_NOOP("TranslationsTable", "Venue address"),
    "venue_city": QT_TRANSLATE_NOOP("TranslationsTable", "City"),
    "position": QT_TRANSLATE_NOOP("TranslationsTable", "Position"),
    "text": QT_TRANSLATE_NOOP("TranslationsTable", "Topic"),
}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate(CONTEXT, KIND_NAMES.get(kind, kind))


def field_name(kind: str, field: str) -> str:
    name = KIND_FIELD_NAMES.get((kind, field)) or FIELD_NAMES.get(field)
    return QCoreApplication.translate(CONTEXT, name) if name else field


def missing_fill(palette: QPalette | None = None) -> QColor:
    """The background of a missing cell: a pale amber on the light palette, a deep one on
    the dark, so the cell stands out and its text stays readable in both schemes."""
    if is_dark(palette or QGuiApplication.palette()):
        return QColor.fromHsv(40, 150, 78)
    return QColor.fromHsv(42, 70, 255)


def one_line(text: str) -> str:
    """A text shown in a one-line cell: its line breaks as " ⏎ "."""
    return " ⏎ ".join(line.strip() for line in text.splitlines()) if "\n" in text else text


class TranslationsTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.languages: tuple[str, ...] = ()
        self.rows: list[TextRow] = []
        # Indexes into ``rows`` of the rows shown (the filter's), in order.
        self.visible: list[int] = []
        self._language_filter: str | None = None
        self._query = ""
        self._search: dict[int, str] | None = None
        self.language_title: Callable[[str], str] = lambda tag: tag
        # Called with (row, language, text) for an edit; True when it was stored.
        self.edit_handler: Callable[[TextRow, str, str], bool] | None = None

    # --- loading ------------------------------------------------------------------
    def set_rows(self, languages: Sequence[str], rows: Sequence[TextRow]) -> None:
        """Show ``rows``; the same texts in the same languages update the cells in place
        (open editors, the current cell and the filtered set stay), others reset."""
        languages, rows = tuple(languages), list(rows)
        same = (languages == self.languages and len(rows) == len(self.rows)
                and all(_identity(a) == _identity(b) for a, b in zip(rows, self.rows,
                                                                      strict=True)))
        if not same:
            self.beginResetModel()
            self.languages, self.rows, self._search = languages, rows, None
            self._apply_filter()
            self.endResetModel()
            return
        old, self.rows, self._search = self.rows, rows, None
        shown = {index: row for row, index in enumerate(self.visible)}
        for index, (before, after) in enumerate(zip(old, rows, strict=True)):
            if before != after and index in shown:
                self._row_changed(shown[index])

    def store(self, kind: str, key: str, field: str, language: str, text: str,
              owner: tuple[str, str], version: int) -> bool:
        """Record a stored edit: the text of one cell, and the new ``version`` of every
        row of the same ``owner`` (kind, key). False when no row shows that text."""
        found = False
        for index, row in enumerate(self.rows):
            changes: dict[str, Any] = {}
            if (row.kind, row.key, row.field) == (kind, key, field):
                translations = dict(row.translations)
                if text:
                    translations[language] = text
                else:
                    translations.pop(language, None)
                changes["translations"] = translations
                found = True
            if (row.owner_kind, row.owner_key) == owner and row.version != version:
                changes["version"] = version
            if changes:
                self.rows[index] = dataclasses.replace(row, **changes)
                if index in self.visible:
                    self._row_changed(self.visible.index(index))
        self._search = None
        return found

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # --- filter -------------------------------------------------------------------
    def set_filter(self, language: str | None = None, query: str = "") -> None:
        """Show the texts missing in ``language`` (``ANY_MISSING``: in any; None: all
        texts) whose record, field or any text contains ``query`` (any case, accent or
        script)."""
        folded = query_key(query)
        if (language, folded) == (self._language_filter, self._query):
            return
        self.beginResetModel()
        self._language_filter, self._query = language, folded
        self._apply_filter()
        self.endResetModel()

    @property
    def language_filter(self) -> str | None:
        return self._language_filter

    def _apply_filter(self) -> None:
        wanted, query = self._language_filter, self._query
        if query and self._search is None:
            self._search = {i: search_key([kind_name(r.kind), r.label, field_name(r.kind, r.field),
                                           r.default, *r.translations.values()])
                            for i, r in enumerate(self.rows)}
        self.visible = [i for i, row in enumerate(self.rows)
                        if (wanted is None or self._missing_in(row, wanted))
                        and (not query or query in (self._search or {})[i])]

    def _missing_in(self, row: TextRow, wanted: str) -> bool:
        missing = row.missing(self.languages)
        return bool(missing) if wanted == ANY_MISSING else wanted in missing

    # --- cells ----------------------------------------------------------------------
    def row(self, row: int) -> TextRow:
        return self.rows[self.visible[row]]

    def language_of(self, column: int) -> str | None:
        index = column - FIRST_LANGUAGE_COLUMN
        return self.languages[index] if 0 <= index < len(self.languages) else None

    def column_of(self, language: str) -> int:
        return FIRST_LANGUAGE_COLUMN + self.languages.index(language)

    def is_missing(self, row: int, column: int) -> bool:
        language = self.language_of(column)
        return (language is not None and column > FIRST_LANGUAGE_COLUMN
                and language in self.row(row).missing(self.languages))

    @property
    def total_count(self) -> int:
        return len(self.rows)

    def missing_count(self, language: str | None = None) -> int:
        """Missing translations of every text (into ``language``, or into any language)."""
        return sum(len([tag for tag in row.missing(self.languages)
                        if language in (None, ANY_MISSING) or tag == language])
                   for row in self.rows)

    def next_missing(self, row: int, column: int, *, backward: bool = False,
                     language: str | None = None) -> QModelIndex:
        """The first missing cell after (before) (``row``, ``column``) in reading order,
        shown rows only, going round; in ``language``'s column only when given. Invalid
        when no cell is missing."""
        cells = []
        for shown in range(len(self.visible)):
            missing = self.row(shown).missing(self.languages)
            for tag in missing:
                if language in (None, ANY_MISSING) or tag == language:
                    cells.append((shown, self.column_of(tag)))
        if not cells:
            return QModelIndex()
        cells.sort()
        if backward:
            before = [cell for cell in cells if cell < (row, column)]
            target = before[-1] if before else cells[-1]
        else:
            after = [cell for cell in cells if cell > (row, column)]
            target = after[0] if after else cells[0]
        return self.index(*target)

    # --- Qt model interface -----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_LANGUAGE_COLUMN + len(self.languages)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == RECORD_COLUMN:
                return header_lines(QCoreApplication.translate("TranslationsTable", "Record"))
            if section == FIELD_COLUMN:
                return header_lines(QCoreApplication.translate("TranslationsTable", "Text"))
            language = self.language_of(section)
            title = self.language_title(language or "")
            if section == FIRST_LANGUAGE_COLUMN:
                title = QCoreApplication.translate(
                    "TranslationsTable", "{language} (default)",
                    "the column of the event's first language: its texts are the default ones"
                ).format(language=title)
            # Two lines when long: the language columns share what is left of the width.
            return header_lines(title)
        if role == Qt.ItemDataRole.ToolTipRole and section == FIRST_LANGUAGE_COLUMN:
            return QCoreApplication.translate(
                "TranslationsTable", "The default texts, as typed in the forms. Double-click a "
                "person, an agenda item or an agreement to open it.")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() > FIRST_LANGUAGE_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.row(index.row()), index.column()
        if role == ROW_ROLE:
            return row
        if column == RECORD_COLUMN:
            return self._record_data(row, role)
        if column == FIELD_COLUMN:
            return field_name(row.kind, row.field) if role == Qt.ItemDataRole.DisplayRole \
                else None
        language = self.language_of(column)
        text = row.default if column == FIRST_LANGUAGE_COLUMN else row.text_in(language or "")
        missing = self.is_missing(index.row(), column)
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(text)
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == MISSING_ROLE:
            return missing
        if role == Qt.ItemDataRole.BackgroundRole and missing:
            return missing_fill()
        if role == Qt.ItemDataRole.ToolTipRole:
            if missing:
                return QCoreApplication.translate(
                    "TranslationsTable", "No {language} text yet: type it here").format(
                    language=self.language_title(language or ""))
            return text if len(text) > 40 or "\n" in text else None
        if role == Qt.ItemDataRole.AccessibleTextRole and missing:
            return QCoreApplication.translate("TranslationsTable", "missing",
                                              "a translation not typed yet")
        return None

    @staticmethod
    def topic_word(number: int) -> str:
        """"Topic 2": the kind word of a topic, with its place in its agenda item."""
        return QCoreApplication.translate("TranslationsTable", "Topic {number}").format(
            number=number)

    def _record_data(self, row: TextRow, role: int) -> Any:
        if role == KIND_ROLE:
            return self.topic_word(row.topic_number or 0) if row.kind == "topic" \
                else kind_name(row.kind)
        if role == NAME_ROLE or role == Qt.ItemDataRole.ToolTipRole:
            if row.kind == "event":
                return "" if role == NAME_ROLE else row.label
            if row.starts_at is None:
                return row.label
            return f"{format_datetime(row.starts_at, 'HH:mm')}  {row.label}"
        if role == Qt.ItemDataRole.DisplayRole:
            name = self._record_data(row, NAME_ROLE)
            kind = self._record_data(row, KIND_ROLE)
            return f"{kind} · {name}" if name else kind
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole \
                or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        row, language = self.row(index.row()), self.language_of(index.column())
        text = str(value or "").strip()
        if language is None or text == row.text_in(language).strip():
            return True  # nothing changed: nothing to store
        return bool(self.edit_handler and self.edit_handler(row, language, text))


def _identity(row: TextRow) -> tuple[str, str, str]:
    return row.kind, row.key, row.field
