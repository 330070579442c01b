"""Finding the record a spreadsheet row means, and making ids for new records.

A row names a person or organization the way its office writes it: in
Latin or Cyrillic, family name first or last, with or without ə/ä or і.
Records are matched by their id when the row gives one, else by the
skeletons of all their name forms (``domain.text.name_skeleton``), so
``Саясат Нұрбек`` finds ``Sayasat Nurbek``. Two records sharing a skeleton
make the match ambiguous, which is reported instead of guessed.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from desktop_app.domain.models import KEY_LENGTH, Organization, Person
from desktop_app.domain.text import fold, name_skeleton, name_skeletons

from .common import slug as common_slug

R = TypeVar("R")


def person_names(person: Person) -> list[str | None]:
    return [person.full_name, *(person.local_names or {}).values()]


def organization_names(org: Organization) -> list[str | None]:
    return [org.name, org.short_name, *(org.local_names or {}).values()]


@dataclass
class NameIndex(Generic[R]):
    """Records by key and by name skeleton (a skeleton may point at several).

    The skeletons are computed on the first ``find``: a table that names its
    records by id (an exported list read back) never pays for skeletonising
    every name of a 10,000-person event.
    """

    by_key: dict[str, R] = field(default_factory=dict)
    _names: list[tuple[Iterable[str | None], R]] = field(default_factory=list)
    _by_skeleton: dict[str, list[R]] | None = None

    def add(self, key: str, names: Iterable[str | None], record: R) -> None:
        self.by_key[key] = record
        self._names.append((names, record))
        self._by_skeleton = None

    @property
    def by_skeleton(self) -> dict[str, list[R]]:
        if self._by_skeleton is None:
            index: dict[str, list[R]] = {}
            for names, record in self._names:
                for skeleton in name_skeletons(names):
                    bucket = index.setdefault(skeleton, [])
                    if not any(r is record for r in bucket):
                        bucket.append(record)
            self._by_skeleton = index
        return self._by_skeleton

    def find(self, names: Iterable[str | None]) -> list[R]:
        """Every record sharing a skeleton with one of ``names`` (no duplicates)."""
        found: list[R] = []
        by_skeleton = self.by_skeleton
        for skeleton in name_skeletons(names):
            for record in by_skeleton.get(skeleton, []):
                if not any(r is record for r in found):
                    found.append(record)
        return found


def people_index(people: Iterable[Person]) -> NameIndex[Person]:
    index: NameIndex[Person] = NameIndex()
    for person in people:
        index.add(person.key, person_names(person), person)
    return index


def organization_index(organizations: Iterable[Organization]) -> NameIndex[Organization]:
    index: NameIndex[Organization] = NameIndex()
    for org in organizations:
        index.add(org.key, organization_names(org), org)
    return index


def slug(text: str) -> str:
    """ASCII id material from any name (``Нұрбек`` -> ``nurbek``), or "" when it has none.

    The same slug as the entity services make (``services.common.slug``),
    without its ``item`` stand-in, so that the caller picks a better one.
    """
    made = common_slug(text)
    return "" if made == "item" and "item" not in fold(text) else made


class KeyMaker:
    """Unique ids within an event for new records (the event file's id pattern)."""

    def __init__(self, taken: Iterable[str], fallback: str) -> None:
        self.taken = set(taken)
        self.fallback = fallback

    def make(self, *candidates: str | None) -> str:
        bases = [s for s in (slug(c) for c in candidates if c) if s] or [self.fallback]
        for base in bases:
            if base not in self.taken:
                self.taken.add(base)
                return base
        base = bases[0][: KEY_LENGTH - 6]
        number = 2
        while f"{base}-{number}" in self.taken:
            number += 1
        key = f"{base}-{number}"
        self.taken.add(key)
        return key


def organization_choice_key(name: str) -> str:
    """How a table's organization name is remembered for the rest of the file: folded,
    spaces collapsed (``Университет  Назарбаева`` and ``университет назарбаева`` agree)."""
    return " ".join(fold(name).split())


def _words(names: Iterable[str | None]) -> set[str]:
    return {word for name in names if name for word in name_skeleton(name).split()
            if len(word) > 1}


def _same_word(a: str, b: str) -> bool:
    """Two skeleton words of one name in two languages or cases: equal, or sharing all
    but the last two letters of the shorter one (``nazarbaeva``/``nazarbaev``,
    ``universitet``/``university``)."""
    if a == b:
        return True
    shortest = min(len(a), len(b))
    if shortest < 5:
        return False
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(4, shortest - 2)


def suggest_organizations(name: str, organizations: Iterable[Organization],
                          limit: int = 5) -> list[Organization]:
    """The organizations ``name`` may mean, best first: each of its words is looked for
    among the words of every name form (name, short name, names in every language, in
    any script), allowing a case ending (``Университет Назарбаева`` finds Nazarbayev
    University by its Russian name). At least half the words must be found."""
    wanted = _words([name])
    if not wanted:
        return []
    scored = []
    for org in organizations:
        words = _words(organization_names(org))
        found = sum(1 for word in wanted if any(_same_word(word, w) for w in words))
        if found * 2 >= len(wanted) and found:
            extra = len(words) - found
            scored.append((-found / len(wanted), extra, org.name, org))
    scored.sort(key=lambda entry: entry[:3])
    return [entry[3] for entry in scored[:limit]]
