"""Published versions of a programme: the frozen agenda, and what changed between two.

A *snapshot* is the programme as a plain JSON document: every agenda item in programme
order with its times, room, title, chair, speakers, topics and signings (the agreements of
a signing item, in signing order), with the translations of its texts, and the names of
the rooms, people and agreements it mentions, so that a change notice can name what was
there even after it is gone. It is stored compactly, one document per version
(``models.ProgrammeVersion.snapshot``) and carried by the event file.

``compare`` lists the changes from one snapshot to another in programme order: items
added or removed, moved in time, moved to another room, renamed; chair, speakers or
topics changed; signings added, removed or reordered. Items are matched by their key
(the event file's id), which never changes. ``sequences`` counts, for the calendar, the
versions in which each item changed.
"""
from __future__ import annotations

import bisect
import datetime as dt
import json
import operator
import zoneinfo
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .models import Event
from .ordering import agenda_in_order, agreements_in_signing_order
from .translations import in_language
from .vocabulary import AgreementStatus

#: The shape of a snapshot document; a reader refuses another.
SNAPSHOT_FORMAT = 1
#: Longest name of a version (``ProgrammeVersion.name``).
NAME_LENGTH = 64

#: The kinds of change, in the order they are listed within one item.
CHANGE_KINDS = ("added", "removed", "moved", "room", "renamed", "chair", "speakers", "topics",
                "signing-removed", "signing-added", "signings-reordered")

Snapshot = dict[str, Any]


def _local(values: Mapping[str, str] | None) -> dict[str, str]:
    return {tag: text for tag, text in sorted((values or {}).items()) if text and text.strip()}


def _with_local(name: str, text: str | None, translations: Mapping[str, Any] | None,
                field_name: str) -> dict[str, Any]:
    """``{name: text, name_local: {...}}``, the map left out when empty."""
    result: dict[str, Any] = {name: text}
    local = _local((translations or {}).get(field_name))
    if local:
        result[f"{name}_local"] = local
    return result


def programme_snapshot(event: Event) -> Snapshot:
    """The programme of a loaded ``event`` (its rooms, agenda items with room, chair,
    speakers and topics, and agreements): what a published version freezes."""
    rooms = {room.key: _with_local("name", room.name, room.translations, "name")
             for room in event.rooms}
    room_keys = {room.id: room.key for room in event.rooms}
    people: dict[str, dict[str, Any]] = {}
    items = []
    signings: dict[int, list[str]] = {}
    agreements: dict[str, dict[str, Any]] = {}
    for agreement in agreements_in_signing_order(event):
        if agreement.signing_item_id is None or agreement.status == AgreementStatus.CANCELLED:
            continue
        signings.setdefault(agreement.signing_item_id, []).append(agreement.key)
        agreements[agreement.key] = {"reference": agreement.reference,
                                     **_with_local("title", agreement.title,
                                                   agreement.translations, "title")}
    for item in agenda_in_order(event):
        entry: dict[str, Any] = {
            "id": item.key, "schedule_id": item.schedule_id, "kind": item.kind,
            **_with_local("title", item.title, item.translations, "title"),
            "day": item.day.isoformat(), "start": item.start_time.strftime("%H:%M"),
            "end": item.end_time.strftime("%H:%M"),
            "room": room_keys.get(item.room_id) or item.room.key,
        }
        chosen = ([item.chair] if item.chair is not None else []) + item.speaker_people
        for person in chosen:
            if person.key not in people:
                people[person.key] = {"name": person.full_name, "schedule_id": person.schedule_id,
                                      **({"honorific": person.honorific}
                                         if person.honorific else {}),
                                      **({"local_names": _local(person.local_names)}
                                         if _local(person.local_names) else {})}
        if item.chair is not None:
            entry["chair"] = item.chair.key
        if item.speakers:
            entry["speakers"] = [link.person.key for link in item.speakers]
        if item.topics:
            entry["topics"] = [_with_local("text", topic.text, topic.translations, "text")
                               for topic in item.topics]
        if signings.get(item.id):
            entry["signings"] = signings[item.id]
        items.append(entry)
    return {"format": SNAPSHOT_FORMAT, "items": items, "rooms": rooms,
            "people": dict(sorted(people.items())), "agreements": dict(sorted(agreements.items()))}


def snapshot_text(snapshot: Snapshot) -> str:
    """The compact JSON text a version stores (its maps in their order: the rooms' is the
    event's)."""
    return json.dumps(snapshot, ensure_ascii=False, separators=(",", ":"))


def read_snapshot(text: str) -> Snapshot:
    document = json.loads(text)
    if not isinstance(document, dict) or document.get("format") != SNAPSHOT_FORMAT:
        raise ValueError("not a programme snapshot of format 1")
    return document


def empty_snapshot() -> Snapshot:
    return {"format": SNAPSHOT_FORMAT, "items": [], "rooms": {}, "people": {}, "agreements": {}}


# -- reading a snapshot ----------------------------------------------------------------------

def text_in(record: Mapping[str, Any], name: str, language: str | None) -> str:
    """A snapshot record's text ``name`` in ``language`` where translated, else the default."""
    return in_language(record.get(f"{name}_local"), language, record.get(name)) or ""


def person_name_in(snapshot: Snapshot, key: str, language: str | None) -> str:
    """A person of the snapshot as a programme names them: honorific and name in
    ``language`` where one is recorded (the key itself if the person is unknown)."""
    person = snapshot["people"].get(key)
    if person is None:
        return key
    name = in_language(person.get("local_names"), language, person["name"]) or person["name"]
    return f"{person['honorific']} {name}" if person.get("honorific") else name


def room_name_in(snapshot: Snapshot, key: str, language: str | None) -> str:
    room = snapshot["rooms"].get(key)
    return text_in(room, "name", language) if room else key


def agreement_of(snapshot: Snapshot, key: str) -> dict[str, Any]:
    return snapshot["agreements"].get(key) or {"reference": key, "title": key}


# -- comparing -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Change:
    """One change between two snapshots. ``old`` and ``new`` are plain JSON values (None
    where there is none); ``before`` and ``after`` the item in each snapshot."""

    kind: str
    item: str
    old: Any
    new: Any
    before: Mapping[str, Any] | None = field(default=None, repr=False, compare=False)
    after: Mapping[str, Any] | None = field(default=None, repr=False, compare=False)

    @property
    def current(self) -> Mapping[str, Any]:
        """The item as it is now, or as it was when it has been removed."""
        found = self.after if self.after is not None else self.before
        assert found is not None
        return found

    @property
    def day(self) -> str:
        return str(self.current["day"])


def _time(item: Mapping[str, Any]) -> dict[str, str]:
    return {"day": item["day"], "start": item["start"], "end": item["end"]}


def _room(snapshot: Snapshot, key: str) -> dict[str, str]:
    return {"id": key, "name": room_name_in(snapshot, key, None)}


def _person(snapshot: Snapshot, key: str | None) -> dict[str, str] | None:
    return None if key is None else {"id": key, "name": person_name_in(snapshot, key, None)}


def _title(item: Mapping[str, Any]) -> dict[str, Any]:
    return {k: item[k] for k in ("title", "title_local") if k in item}


def _summary(snapshot: Snapshot, item: Mapping[str, Any]) -> dict[str, Any]:
    return {**_title(item), **_time(item), "room": _room(snapshot, item["room"])}


def _signing(snapshot: Snapshot, key: str) -> dict[str, Any]:
    agreement = agreement_of(snapshot, key)
    return {"id": key, "reference": agreement["reference"], "title": agreement.get("title")}


def moved_signings(old: list[str], new: list[str]) -> list[str]:
    """The agreements both orders share that changed place relative to the others: those
    outside a longest run kept in the same relative order (empty when none moved)."""
    shared = set(old) & set(new)
    place = {key: index for index, key in enumerate(k for k in old if k in shared)}
    sequence = [place[key] for key in new if key in shared]
    # Longest increasing subsequence of the old places, in new order (patience sorting).
    tails: list[int] = []
    tail_at: list[int] = []
    previous = [-1] * len(sequence)
    for index, value in enumerate(sequence):
        spot = bisect.bisect_left(tails, value)
        if spot == len(tails):
            tails.append(value)
            tail_at.append(index)
        else:
            tails[spot] = value
            tail_at[spot] = index
        previous[index] = tail_at[spot - 1] if spot else -1
    kept: set[int] = set()
    at = tail_at[-1] if tail_at else -1
    while at >= 0:
        kept.add(sequence[at])
        at = previous[at]
    shared_new = [key for key in new if key in shared]
    return [key for key in shared_new if place[key] not in kept]


def item_changes(old: Snapshot, new: Snapshot, before: Mapping[str, Any],
                 after: Mapping[str, Any]) -> list[Change]:
    """The changes of one item present in both snapshots, in ``CHANGE_KINDS`` order."""
    changes: list[Change] = []
    key = after["id"]

    def add(kind: str, old_value: Any, new_value: Any) -> None:
        changes.append(Change(kind, key, old_value, new_value, before, after))

    if _time(before) != _time(after):
        add("moved", _time(before), _time(after))
    if before["room"] != after["room"]:
        add("room", _room(old, before["room"]), _room(new, after["room"]))
    if _title(before) != _title(after):
        add("renamed", _title(before), _title(after))
    if before.get("chair") != after.get("chair"):
        add("chair", _person(old, before.get("chair")), _person(new, after.get("chair")))
    if before.get("speakers", []) != after.get("speakers", []):
        add("speakers", [_person(old, k) for k in before.get("speakers", [])],
            [_person(new, k) for k in after.get("speakers", [])])
    if before.get("topics", []) != after.get("topics", []):
        add("topics", before.get("topics", []), after.get("topics", []))
    old_signings, new_signings = before.get("signings", []), after.get("signings", [])
    if old_signings != new_signings:
        for agreement in old_signings:
            if agreement not in new_signings:
                add("signing-removed", _signing(old, agreement), None)
        for agreement in new_signings:
            if agreement not in old_signings:
                add("signing-added", None, _signing(new, agreement))
        if moved_signings(old_signings, new_signings):
            shared = set(old_signings) & set(new_signings)
            add("signings-reordered",
                [agreement_of(old, k)["reference"] for k in old_signings if k in shared],
                [agreement_of(new, k)["reference"] for k in new_signings if k in shared])
    return changes


def _order_key(item: Mapping[str, Any], rooms: Mapping[str, int]) -> tuple[Any, ...]:
    return (item["day"], item["start"], rooms.get(item["room"], 0), item["end"], item["id"])


def compare(old: Snapshot, new: Snapshot) -> list[Change]:
    """Every change from ``old`` to ``new``, in programme order (a removed item where it
    was), each item's changes in ``CHANGE_KINDS`` order."""
    before = {item["id"]: item for item in old["items"]}
    after = {item["id"]: item for item in new["items"]}
    rooms = {key: index for index, key in enumerate(new["rooms"])}
    for index, key in enumerate(old["rooms"], start=len(rooms)):
        rooms.setdefault(key, index)
    listed: list[tuple[tuple[Any, ...], int, Change]] = []
    for item in new["items"]:
        key = item["id"]
        if key not in before:
            found = [Change("added", key, None, _summary(new, item), None, item)]
        else:
            found = item_changes(old, new, before[key], item)
        listed += [(_order_key(item, rooms), n, change) for n, change in enumerate(found)]
    for item in old["items"]:
        if item["id"] not in after:
            listed.append((_order_key(item, rooms), 0,
                           Change("removed", item["id"], _summary(old, item), None, item, None)))
    listed.sort(key=lambda entry: (entry[0], entry[1]))
    return [change for _key, _n, change in listed]


def change_to_json(change: Change) -> dict[str, Any]:
    """The JSON form of a change: its kind, the item (key, current title, day and start)
    and the old and new values."""
    item = change.current
    return {"kind": change.kind, "item": change.item, "title": item["title"],
            "day": item["day"], "start": item["start"], "old": change.old, "new": change.new}


# -- the changes in words --------------------------------------------------------------------

def _times(value: Mapping[str, Any], day: str | None,
           date_text: Callable[[dt.date], str]) -> str:
    """``11:20–11:35``, with the date first when it is not ``day``."""
    times = f"{value['start']}–{value['end']}"
    if value["day"] == day:
        return times
    return f"{date_text(dt.date.fromisoformat(value['day']))} {times}"


def change_lines(change: Change, old: Snapshot, new: Snapshot, language: str | None,
                 date_text: Callable[[dt.date], str] = dt.date.isoformat
                 ) -> tuple[list[str], list[str]]:
    """The old and the new value of ``change`` as lines of text, each text and name in
    ``language`` where translated (an empty list: nothing, e.g. no chair). A time shows
    its date (``date_text``) when it is not on the day the item is listed under."""
    day = change.day
    kind = change.kind
    if kind in ("added", "removed"):
        item = change.after if kind == "added" else change.before
        snapshot = new if kind == "added" else old
        assert item is not None
        lines = [_times(item, day, date_text), room_name_in(snapshot, item["room"], language)]
        return ([], lines) if kind == "added" else (lines, [])
    before, after = change.before or {}, change.after or {}
    if kind == "moved":
        return [_times(before, day, date_text)], [_times(after, day, date_text)]
    if kind == "room":
        return ([room_name_in(old, before["room"], language)],
                [room_name_in(new, after["room"], language)])
    if kind == "renamed":
        return [text_in(before, "title", language)], [text_in(after, "title", language)]
    if kind == "chair":
        return ([person_name_in(old, before["chair"], language)] if before.get("chair") else [],
                [person_name_in(new, after["chair"], language)] if after.get("chair") else [])
    if kind == "speakers":
        return ([person_name_in(old, key, language) for key in before.get("speakers", [])],
                [person_name_in(new, key, language) for key in after.get("speakers", [])])
    if kind == "topics":
        return ([text_in(topic, "text", language) for topic in before.get("topics", [])],
                [text_in(topic, "text", language) for topic in after.get("topics", [])])
    if kind in ("signing-added", "signing-removed"):
        value = change.new if kind == "signing-added" else change.old
        snapshot = new if kind == "signing-added" else old
        agreement = agreement_of(snapshot, value["id"])
        line = f"{agreement['reference']} · {text_in(agreement, 'title', language)}"
        return ([], [line]) if kind == "signing-added" else ([line], [])
    # signings-reordered: the agreements that changed place, each with its number
    old_order, new_order = before.get("signings", []), after.get("signings", [])
    moved = moved_signings(old_order, new_order)
    return ([f"{old_order.index(key) + 1}. {agreement_of(old, key)['reference']}"
             for key in moved],
            [f"{new_order.index(key) + 1}. {agreement_of(new, key)['reference']}"
             for key in moved])


def seen_in(report_changes: Iterable[Change], old: Snapshot, new: Snapshot,
            languages: Iterable[str]) -> list[Change]:
    """The changes a reader in ``languages`` sees: those whose old and new values differ
    in one of them (a translation changed into another language is not one)."""
    tags = list(languages)
    return [change for change in report_changes
            if change.kind in ("added", "removed")
            or any(operator.ne(*change_lines(change, old, new, tag)) for tag in tags)]


# -- versions and reports -------------------------------------------------------------------

@dataclass(frozen=True)
class VersionInfo:
    """A published version, without its snapshot: its name, place in the order (1 for the
    first), the instant it was published (UTC), the note, and how many changes it brought
    since the version before (None for the first)."""

    name: str
    position: int
    published_at: dt.datetime
    note: str | None
    changes: int | None


@dataclass(frozen=True)
class ChangeReport:
    """The changes from one published version (``since``) to another (``until``) or to
    the programme as it is now (``until`` None), with both snapshots to name things by."""

    since: VersionInfo
    until: VersionInfo | None
    old: Snapshot
    new: Snapshot
    changes: list[Change]
    #: The event's time zone, in which the versions' times are shown.
    timezone: str = "UTC"

    def to_json(self) -> list[dict[str, Any]]:
        return [change_to_json(change) for change in self.changes]


@dataclass(frozen=True)
class PublishedVersions:
    """The published versions of an event, first first, and its time zone."""

    timezone: str
    versions: list[VersionInfo]

    def local_time(self, version: VersionInfo) -> dt.datetime:
        return version.published_at.astimezone(zoneinfo.ZoneInfo(self.timezone))


@dataclass(frozen=True)
class PublicationStamp:
    """What a printed programme says of its version: the last published version and when,
    and whether the programme has changed since (a draft; always one before any
    version is published)."""

    latest: VersionInfo | None
    draft: bool

    @property
    def schedule_version(self) -> str:
        """The version a conference schedule names: ``v2``, ``draft after v2`` or
        ``draft``."""
        if self.latest is None:
            return "draft"
        return f"draft after {self.latest.name}" if self.draft else self.latest.name


# -- versions in order -----------------------------------------------------------------------

@dataclass(frozen=True)
class CalendarState:
    """What a calendar export needs of the versions: each item's SEQUENCE, and the items
    to export as cancelled (removed in the last step, with the snapshot they were in)."""

    sequences: dict[str, int]
    cancelled: list[Mapping[str, Any]]
    cancelled_from: Snapshot


def calendar_state(published: Iterable[Snapshot], current: Snapshot) -> CalendarState:
    """The SEQUENCE of each item: the number of published versions in which it changed
    (added again after a removal, removed, or any listed change), counting the current
    programme as one more version when it differs from the last published. A removed item
    is listed as cancelled for one version: the one that removed it."""
    steps = list(published)
    last = steps[-1] if steps else None
    if last is None or compare(last, current):
        steps.append(current)
    sequences: dict[str, int] = {}
    seen = {item["id"] for item in steps[0]["items"]}
    for previous, snapshot in zip(steps, steps[1:], strict=False):
        changed = {change.item for change in compare(previous, snapshot)
                   if change.kind != "added" or change.item in seen}  # not a first appearance
        for key in changed:
            sequences[key] = sequences.get(key, 0) + 1
        seen.update(item["id"] for item in snapshot["items"])
    if len(steps) < 2:
        return CalendarState(sequences, [], empty_snapshot())
    previous, final = steps[-2], steps[-1]
    present = {item["id"] for item in final["items"]}
    return CalendarState(sequences, [item for item in previous["items"]
                                     if item["id"] not in present], previous)


# -- names -----------------------------------------------------------------------------------

def default_version_name(taken: Iterable[str], position: int) -> str:
    """``v<position>``, or the next ``v<n>`` that is not taken."""
    names = set(taken)
    number = position
    while f"v{number}" in names:
        number += 1
    return f"v{number}"
