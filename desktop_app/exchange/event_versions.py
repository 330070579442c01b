"""The published versions and the schedule ids in the event file (format version 2).

::

    "agenda": [{"id": "coffee", "schedule_id": 19, …}],      (people likewise)
    "versions": [{"name": "v1", "published_at": "2025-02-28T10:00:00+04:00",
                  "note": "sent to the ministries", "programme": {…}}]

``schedule_id`` is the whole number conference schedules (frab) know the item or person
by; a file without it gets new ones (``assign_schedule_ids``). ``versions`` lists the
published versions in the order they were published, each with the programme it froze
(``domain.programme_versions``: items, rooms, people and agreements, its own copy of each
name, so that it can name what the event no longer has).

The validator's checks are a mixin of ``event_validation._Validator`` (they use its
primitives); the writer turns a loaded event's versions back into this list.
"""
from __future__ import annotations

import zoneinfo
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app.domain.models import Event
from desktop_app.domain.programme_versions import (
    NAME_LENGTH,
    SNAPSHOT_FORMAT,
    compare,
    read_snapshot,
    snapshot_text,
)
from desktop_app.domain.rules import time_order_problem
from desktop_app.domain.vocabulary import AgendaKind

from .event_format import parse_instant

VERSION_FIELDS = {"name", "published_at", "note", "programme"}
PROGRAMME_FIELDS = {"format", "items", "rooms", "people", "agreements"}
ITEM_FIELDS = {"id", "schedule_id", "kind", "title", "title_local", "day", "start", "end",
               "room", "chair", "speakers", "topics", "signings"}
ROOM_FIELDS = {"name", "name_local"}
PERSON_FIELDS = {"name", "schedule_id", "honorific", "local_names"}
AGREEMENT_FIELDS = {"reference", "title", "title_local"}
TOPIC_FIELDS = {"text", "text_local"}


class VersionChecks:
    """Checks of the schedule ids and the ``versions`` list of a file, for the event file's
    validator ``v`` (``event_validation._Validator``): its collector ``out``, ``version``
    and the primitives (``obj``, ``text``, ``integer``…) used here."""

    def __init__(self, validator: Any) -> None:
        self.v = validator

    def check(self, doc: Mapping[str, Any]) -> None:
        """Everything of a version 2 document this module adds."""
        for name in ("agenda", "people"):  # not lists: reported already
            if isinstance(doc.get(name), list):
                self.unique_schedule_ids(doc[name], name)
        self.versions(self.v.array(doc.get("versions"), "versions"))

    def unique_schedule_ids(self, records: list[Any], path: str) -> None:
        """Each record's ``schedule_id`` a whole number from 1, none twice in the list."""
        if self.v.version < 2:
            return
        seen: dict[int, int] = {}
        for i, record in enumerate(records):
            if not isinstance(record, dict) or record.get("schedule_id") is None:
                continue
            value = self.v.integer(record["schedule_id"], f"{path}[{i}].schedule_id", 1)
            if value is None:
                continue
            if value in seen:
                self.v.out.add(f"{path}[{i}].schedule_id",
                               f"{value} is also the schedule_id of {path}[{seen[value]}]")
            else:
                seen[value] = i

    def versions(self, versions: list[Any]) -> None:
        names: dict[str, int] = {}
        for i, version in enumerate(versions):
            path = f"versions[{i}]"
            if not self.v.obj(version, path, VERSION_FIELDS,
                            ["name", "published_at", "programme"]):
                continue
            name = self.v.text(version.get("name"), f"{path}.name", required=True)
            if isinstance(name, str) and name.strip():
                if len(name) > NAME_LENGTH:
                    self.v.out.add(f"{path}.name", f"is longer than {NAME_LENGTH} characters")
                elif name in names:
                    self.v.out.add(f"{path}.name", f'"{name}" is also the name of '
                                 f"versions[{names[name]}]")
                else:
                    names[name] = i
            self.v.converted(version.get("published_at"), f"{path}.published_at", parse_instant,
                           "instant (ISO 8601 with offset)")
            self.v.text(version.get("note"), f"{path}.note")
            if version.get("programme") is not None:  # else reported missing
                self.programme(version["programme"], f"{path}.programme")

    def programme(self, programme: Any, path: str) -> None:
        if not self.v.obj(programme, path, PROGRAMME_FIELDS,
                        ["format", "items", "rooms", "people", "agreements"]):
            return
        if programme.get("format") != SNAPSHOT_FORMAT:
            self.v.out.add(f"{path}.format", f"expected {SNAPSHOT_FORMAT}")
        rooms = self._keyed(programme.get("rooms"), f"{path}.rooms", ROOM_FIELDS, ["name"])
        for key, room in rooms.items():
            self.v.text(room.get("name"), f"{path}.rooms.{key}.name", required=True)
            self.v.local_names(room.get("name_local"), f"{path}.rooms.{key}.name_local", "text")
        people = self._keyed(programme.get("people"), f"{path}.people", PERSON_FIELDS,
                             ["name"])
        for key, person in people.items():
            self.v.text(person.get("name"), f"{path}.people.{key}.name", required=True)
            self.v.text(person.get("honorific"), f"{path}.people.{key}.honorific")
            self.v.integer(person.get("schedule_id"), f"{path}.people.{key}.schedule_id", 1)
            self.v.local_names(person.get("local_names"), f"{path}.people.{key}.local_names")
        agreements = self._keyed(programme.get("agreements"), f"{path}.agreements",
                                 AGREEMENT_FIELDS, ["reference", "title"])
        for key, agreement in agreements.items():
            self.v.text(agreement.get("reference"), f"{path}.agreements.{key}.reference",
                      required=True)
            self.v.text(agreement.get("title"), f"{path}.agreements.{key}.title", required=True)
            self.v.local_names(agreement.get("title_local"),
                             f"{path}.agreements.{key}.title_local", "text")
        seen: set[str] = set()
        for j, item in enumerate(self.v.array(programme.get("items"), f"{path}.items")):
            self._item(item, f"{path}.items[{j}]", seen, rooms, people, agreements)

    def _keyed(self, value: Any, path: str, allowed: set[str], required: list[str]
               ) -> dict[str, dict[str, Any]]:
        """A map of id -> object; returns the valid entries."""
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.v.out.add(path, "expected an object of id: record")
            return {}
        valid = {}
        for key, entry in value.items():
            if self.v.ident(key, f"{path}.{key}") is not None and self.v.obj(
                    entry, f"{path}.{key}", allowed, required):
                valid[key] = entry
        return valid

    def _item(self, item: Any, path: str, seen: set[str], rooms: Mapping[str, Any],
              people: Mapping[str, Any], agreements: Mapping[str, Any]) -> None:
        if not self.v.obj(item, path, ITEM_FIELDS,
                        ["id", "kind", "title", "day", "start", "end", "room"]):
            return
        key = self.v.ident(item.get("id"), f"{path}.id")
        if key is not None:
            if key in seen:
                self.v.out.add(f"{path}.id", f'duplicate id "{key}"')
            seen.add(key)
        self.v.integer(item.get("schedule_id"), f"{path}.schedule_id", 1)
        self.v.enum(item.get("kind"), f"{path}.kind", AgendaKind)
        self.v.text(item.get("title"), f"{path}.title", required=True)
        self.v.local_names(item.get("title_local"), f"{path}.title_local", "text")
        self.v.date(item.get("day"), f"{path}.day")
        start = self.v.time(item.get("start"), f"{path}.start")
        end = self.v.time(item.get("end"), f"{path}.end")
        if start and end and (fault := time_order_problem(f"{path}.end", start, end)):
            self.v.out.add(f"{path}.end", fault.reason)
        self._known(item.get("room"), f"{path}.room", rooms, "room")
        self._known(item.get("chair"), f"{path}.chair", people, "person")
        for k, speaker in enumerate(self.v.array(item.get("speakers"), f"{path}.speakers")):
            self._known(speaker, f"{path}.speakers[{k}]", people, "person")
        for k, topic in enumerate(self.v.array(item.get("topics"), f"{path}.topics")):
            if self.v.obj(topic, f"{path}.topics[{k}]", TOPIC_FIELDS, ["text"]):
                self.v.text(topic.get("text"), f"{path}.topics[{k}].text", required=True)
                self.v.local_names(topic.get("text_local"), f"{path}.topics[{k}].text_local",
                                 "text")
        for k, signing in enumerate(self.v.array(item.get("signings"), f"{path}.signings")):
            self._known(signing, f"{path}.signings[{k}]", agreements, "agreement")

    def _known(self, value: Any, path: str, known: Mapping[str, Any], what: str) -> None:
        if value is not None and self.v.ident(value, path) is not None and value not in known:
            self.v.out.add(path, f'unknown {what} "{value}" (not among the programme\'s '
                         f"{what}s)")


# -- schedule ids ----------------------------------------------------------------------------

@dataclass(frozen=True)
class KeptPublication:
    """What an event replaced by an import leaves to the new one: the schedule ids of its
    items and people by key, and its published versions (as ``version_rows`` gives them),
    kept when the file carries none."""

    items: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    versions: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class ScheduleIds:
    """File id -> schedule id, for the agenda items and the people of a file."""

    items: dict[str, int]
    people: dict[str, int]


def _assign(keys: list[str], given: Mapping[str, int], kept: Mapping[str, int],
            floor: int) -> dict[str, int]:
    """The file's own ids; else the id the replaced event had for that key (when no other
    record has it); else the next ones above every id given, kept or published."""
    result = dict(given)
    taken = set(given.values())
    for key in keys:
        if key not in result and kept.get(key) is not None and kept[key] not in taken:
            result[key] = kept[key]
            taken.add(kept[key])
    top = max([floor, *taken, *kept.values()], default=0)
    for key in keys:
        if key not in result:
            top += 1
            result[key] = top
    return result


def _highest(versions: Iterable[Mapping[str, Any]], name: str) -> int:
    return max((row[name] for row in versions), default=0)


def assign_schedule_ids(doc: Mapping[str, Any], kept: KeptPublication | None = None
                        ) -> ScheduleIds:
    """The schedule id of every agenda item and person of a validated ``doc``."""
    kept = kept or KeptPublication()
    rows = version_rows(doc) or kept.versions
    agenda = doc.get("agenda") or []
    people = doc.get("people") or []
    return ScheduleIds(
        _assign([a["id"] for a in agenda],
                {a["id"]: a["schedule_id"] for a in agenda if a.get("schedule_id") is not None},
                kept.items, _highest(rows, "last_item_schedule_id")),
        _assign([p["id"] for p in people],
                {p["id"]: p["schedule_id"] for p in people if p.get("schedule_id") is not None},
                kept.people, _highest(rows, "last_person_schedule_id")))


# -- reading and writing the versions --------------------------------------------------------

def version_rows(doc: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The ``programme_versions`` rows of a validated ``doc``'s versions (without
    ``event_id``): position, name, publication time, note, the number of changes from the
    version before, the highest schedule ids published so far and the compact snapshot."""
    rows: list[dict[str, Any]] = []
    previous = None
    last_item = last_person = 0
    for position, version in enumerate(doc.get("versions") or [], start=1):
        programme = version["programme"]
        snapshot = {"format": programme["format"], "items": programme.get("items") or [],
                    "rooms": programme.get("rooms") or {}, "people": programme.get("people") or {},
                    "agreements": programme.get("agreements") or {}}
        last_item = max([last_item, *(i.get("schedule_id") or 0 for i in snapshot["items"])])
        last_person = max([last_person, *(p.get("schedule_id") or 0
                                          for p in snapshot["people"].values())])
        rows.append({
            "position": position, "name": version["name"],
            "published_at": parse_instant(version["published_at"]),
            "note": version.get("note"),
            "changes": None if previous is None else len(compare(previous, snapshot)),
            "last_item_schedule_id": last_item, "last_person_schedule_id": last_person,
            "snapshot": snapshot_text(snapshot),
        })
        previous = snapshot
    return rows


def versions_to_file(event: Event) -> list[dict[str, Any]]:
    """The ``versions`` list of a loaded ``event`` (its versions with their snapshots)."""
    zone = zoneinfo.ZoneInfo(event.timezone)
    result = []
    for version in event.programme_versions:
        entry: dict[str, Any] = {
            "name": version.name,
            "published_at": version.published_at.astimezone(zone).isoformat(timespec="seconds"),
        }
        if version.note:
            entry["note"] = version.note
        entry["programme"] = read_snapshot(version.snapshot)
        result.append(entry)
    return result
