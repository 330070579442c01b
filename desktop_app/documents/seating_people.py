"""What the seating documents read of a plan (any object with these attributes: the
``SeatingPlanSnapshot`` of ``services.seating``), and who sits at a seat, named in the
document's language.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from desktop_app.domain.models import Person
from desktop_app.domain.seating import Seat, TablePart

from .names import with_honorific


class ChartSeat(Protocol):
    @property
    def seat(self) -> int: ...
    @property
    def person_key(self) -> str | None: ...
    @property
    def person_name(self) -> str | None: ...
    @property
    def position(self) -> str | None: ...
    @property
    def geometry(self) -> Seat: ...


class ChartPerson(Protocol):
    @property
    def key(self) -> str: ...
    @property
    def name(self) -> str: ...


class ChartPlan(Protocol):
    @property
    def item_key(self) -> str | None: ...
    @property
    def layout(self) -> str: ...
    @property
    def rule(self) -> str: ...
    @property
    def seats(self) -> Sequence[ChartSeat]: ...
    @property
    def tables(self) -> Sequence[TablePart]: ...
    @property
    def honour_seat(self) -> int: ...
    @property
    def unseated(self) -> Sequence[ChartPerson]: ...
    @property
    def inherited(self) -> bool: ...


@dataclass(frozen=True)
class Sitter:
    """What a seat shows: the name and position in the document's language."""

    name: str
    position: str
    organization: str
    family: str
    given: str


def sitter(seat: ChartSeat, people: dict[str, Person], language: str) -> Sitter | None:
    if seat.person_key is None:
        return None
    person = people.get(seat.person_key)
    if person is None:  # removed meanwhile: what the plan itself says
        name = seat.person_name or seat.person_key
        return Sitter(name, seat.position or "", "", name, "")
    local = person.local_name(language)
    words = local.split()
    count = len((person.family_name or "").split()) or 1
    family, given = ((" ".join(words[-count:]), " ".join(words[:-count]))
                     if len(words) > count else (local, ""))
    organization = person.organization.local_name(language) if person.organization else ""
    return Sitter(with_honorific(person, local), person.text_in("position", language) or "",
                  organization, family, given)
