"""The people of a seating plan who have no seat, as a list to drag from and drop onto.

A person dragged out of this list carries ``SEATING_MIME`` (``person_drag``): the
chart seats them where they are dropped. A seat's person dropped here is unseated:
the model only reports it (``unseat_requested``); the view turns it into an undoable
command and shows the stored result.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop_app.services.seating import PersonRef

#: The drag payload of a person of a seating plan (from a seat or from this list).
SEATING_MIME = "application/x-roundtable-seating-person"

KEY_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PersonDrag:
    """Who is dragged, from which plan, and from which seat (None: from the list)."""

    plan: str
    person_key: str
    name: str
    seat: int | None = None


def person_drag(drag: PersonDrag) -> QMimeData:
    mime = QMimeData()
    mime.setData(SEATING_MIME, json.dumps(
        {"plan": drag.plan, "person": drag.person_key, "name": drag.name, "seat": drag.seat}
    ).encode("utf-8"))
    mime.setText(drag.name)
    return mime


def read_person_drag(mime: QMimeData | None) -> PersonDrag | None:
    """The person a drag carries, or None when it carries something else."""
    if mime is None or not mime.hasFormat(SEATING_MIME):
        return None
    try:
        data = json.loads(bytes(mime.data(SEATING_MIME).data()).decode("utf-8"))
        seat = data.get("seat")
        return PersonDrag(str(data["plan"]), str(data["person"]), str(data.get("name", "")),
                          int(seat) if seat is not None else None)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


class UnseatedModel(QAbstractListModel):
    #: A seat's person was dropped on the list: (person key).
    unseat_requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people: list[PersonRef] = []
        #: Which plan the list belongs to (``PersonDrag.plan``); drops of another are refused.
        self.plan = ""
        #: False for a plan that cannot be changed here (a preview, the main table's).
        self.editable = False
        #: Person keys named by a warning of the plan (shown with a warning sign).
        self.flagged: frozenset[str] = frozenset()
        #: Tooltip of a flagged person (the warnings, joined).
        self.flag_tips: dict[str, str] = {}

    def set_people(self, people: Sequence[PersonRef], plan: str, editable: bool,
                   flag_tips: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self.people = list(people)
        self.plan, self.editable = plan, editable
        self.flag_tips = dict(flag_tips or {})
        self.flagged = frozenset(self.flag_tips)
        self.endResetModel()

    def row_of(self, person_key: str) -> int:
        return next((row for row, person in enumerate(self.people) if person.key == person_key),
                    -1)

    # --- the model -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        person = self.people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return ("⚠ " if person.key in self.flagged else "") + person.name
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.flag_tips.get(person.key)
            return f"{person.name}\n{tip}" if tip else person.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return person.name
        if role == KEY_ROLE:
            return person.key
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsDragEnabled if self.editable else base

    # --- dragging and dropping -------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [SEATING_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        person = self.people[indexes[0].row()]
        return person_drag(PersonDrag(self.plan, person.key, person.name))

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        drag = read_person_drag(data)
        return (self.editable and drag is not None and drag.plan == self.plan
                and drag.seat is not None)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        drag = read_person_drag(data)
        assert drag is not None
        self.unseat_requested.emit(drag.person_key)
        return True
