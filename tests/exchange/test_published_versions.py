"""Exports that update rather than duplicate: the frab schedule's ids and version, the
calendar's SEQUENCE and cancelled items, and the event file carrying the versions and
the schedule ids from one database to another."""
from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import xmlschema
from icalendar import Calendar

from desktop_app.services.agenda import (
    AgendaItemData,
    delete_agenda_item,
    get_agenda_item,
    list_agenda,
    move_agenda_item,
    update_agenda_item,
)
from desktop_app.services.events import export_event_file, import_event_file
from desktop_app.services.exports import export_agenda, export_schedule
from desktop_app.services.publishing import list_versions, programme_changes, publish_version
from desktop_app.storage import Database, open_database

from .conftest import XSD

KEY = "ada-az-kz-2025"


def _uid(key: str) -> str:
    return f"{key}.{KEY}@roundtable.invalid"


def _calendar(db: Database, path: Path) -> dict[str, Any]:
    export_agenda(db, KEY, path)
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(entry["UID"]): entry for entry in calendar.walk("VEVENT")}


def _move_coffee_and_rename_panel(db: Database) -> None:
    items = {item.key: item for item in list_agenda(db, KEY)}
    coffee = items["coffee"]
    move_agenda_item(db, coffee.id, start_time=dt.time(11, 35), expected_version=coffee.version)
    panel = get_agenda_item(db, items["panel"].id)
    data = AgendaItemData.from_row(panel)
    data.title = "Academic cooperation: the next five years"
    update_agenda_item(db, panel.id, data, panel.version)


def _schedule_ids(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """guid -> id of every event, name -> id of every person, of a frab XML file."""
    root = ET.parse(path).getroot()
    events = {e.get("guid") or "": e.get("id") or "" for e in root.iter("event")}
    persons = {p.text or "": p.get("id") or "" for p in root.iter("person")}
    return events, persons


def test_the_calendar_of_v2_updates_the_two_changed_items(db: Database, sample_event: str,
                                                         tmp_path: Path) -> None:
    """The sample: publish v1, move the coffee break by 15 minutes and rename the panel,
    publish v2: SEQUENCE 1 on those two items, 0 on the others; then remove the reception
    and publish v3: it is exported once as cancelled, and no more after v4."""
    first = _calendar(db, tmp_path / "draft.ics")
    assert {int(entry["SEQUENCE"]) for entry in first.values()} == {0}
    publish_version(db, KEY)
    _move_coffee_and_rename_panel(db)
    # More edits in the same version count once, and an edit the versions do not keep
    # (the welcome's description) does not count at all.
    items = {item.key: item for item in list_agenda(db, KEY)}
    for key, field, value in (("panel", "title", "Academic cooperation: five more years"),
                              ("panel", "title", "Academic cooperation: the next five years"),
                              ("welcome", "description", "Doors open at 9:30")):
        view = get_agenda_item(db, items[key].id)
        data = AgendaItemData.from_row(view)
        setattr(data, field, value)
        update_agenda_item(db, view.id, data, view.version)
    publish_version(db, KEY)
    second = _calendar(db, tmp_path / "v2.ics")
    assert set(second) == set(first) and len(second) == 9
    assert {uid: int(entry["SEQUENCE"]) for uid, entry in second.items()
            if int(entry["SEQUENCE"])} == {_uid("coffee"): 1, _uid("panel"): 1}
    assert {str(entry["STATUS"]) for entry in second.values()} == {"CONFIRMED"}
    coffee = second[_uid("coffee")].decoded("DTSTART")
    assert (coffee.hour, coffee.minute) == (11, 35)

    reception = next(item for item in list_agenda(db, KEY) if item.key == "reception")
    delete_agenda_item(db, reception.id)
    draft = _calendar(db, tmp_path / "draft-3.ics")  # unpublished: counts as the next version
    assert str(draft[_uid("reception")]["STATUS"]) == "CANCELLED"
    publish_version(db, KEY)
    third = _calendar(db, tmp_path / "v3.ics")
    cancelled = third[_uid("reception")]
    assert str(cancelled["STATUS"]) == "CANCELLED" and int(cancelled["SEQUENCE"]) == 1
    assert cancelled.decoded("DTSTART").hour == 13 and str(cancelled["SUMMARY"]) == "Reception"
    assert {uid: int(entry["SEQUENCE"]) for uid, entry in third.items()
            if int(entry["SEQUENCE"])} == {_uid("coffee"): 1, _uid("panel"): 1,
                                           _uid("reception"): 1}
    assert [str(e["STATUS"]) for e in third.values()].count("CANCELLED") == 1

    _move_coffee_back = next(item for item in list_agenda(db, KEY) if item.key == "coffee")
    move_agenda_item(db, _move_coffee_back.id, start_time=dt.time(11, 20),
                     expected_version=_move_coffee_back.version)
    publish_version(db, KEY)
    fourth = _calendar(db, tmp_path / "v4.ics")
    assert _uid("reception") not in fourth  # cancelled for one version only
    assert int(fourth[_uid("coffee")]["SEQUENCE"]) == 2
    assert int(fourth[_uid("panel")]["SEQUENCE"]) == 1


def test_the_calendar_is_in_the_chosen_language_also_for_a_cancelled_item(
        db: Database, sample_event: str, tmp_path: Path) -> None:
    publish_version(db, KEY)
    reception = next(item for item in list_agenda(db, KEY) if item.key == "reception")
    delete_agenda_item(db, reception.id)
    publish_version(db, KEY)
    path = tmp_path / "ru.ics"
    export_agenda(db, KEY, path, language="ru")
    entries = {str(e["UID"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    cancelled = entries[_uid("reception")]
    assert str(cancelled["SUMMARY"]) == "Приём"
    assert str(cancelled["LOCATION"]).startswith("Атриум")


@pytest.fixture(scope="module")
def schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(XSD))


def test_frab_ids_survive_export_import_replace_and_another_machine(
        db: Database, sample_event: str, tmp_path: Path, schema: xmlschema.XMLSchema) -> None:
    """The ids of the schedule are the records' own: export event -> import --replace ->
    export schedule gives the same ids (they were the database's row ids, which the
    import gave anew), and so does importing the file into another database."""
    publish_version(db, KEY, note="to the ministries")
    _move_coffee_and_rename_panel(db)
    publish_version(db, KEY)
    before = tmp_path / "before.xml"
    export_schedule(db, KEY, before)
    schema.validate(str(before))
    assert ET.parse(before).getroot().findtext("version") == "v2"
    events, persons = _schedule_ids(before)
    assert sorted(map(int, events.values())) == list(range(1, 10))

    exported = tmp_path / "event.json"
    export_event_file(db, KEY, exported)
    import_event_file(db, exported, replace=True)
    after = tmp_path / "after.xml"
    export_schedule(db, KEY, after)
    schema.validate(str(after))
    assert _schedule_ids(after) == (events, persons)
    assert ET.parse(after).getroot().findtext("version") == "v2"

    other = open_database(str(tmp_path / "other.sqlite"))
    try:
        import_event_file(other, exported)
        elsewhere = tmp_path / "elsewhere.json"
        export_schedule(other, KEY, elsewhere)
        schedule = json.loads(elsewhere.read_text(encoding="utf-8"))["schedule"]
        assert schedule["version"] == "v2"
        json_events = {e["guid"]: str(e["id"]) for day in schedule["conference"]["days"]
                       for entries in day["rooms"].values() for e in entries}
        assert json_events == events
    finally:
        other.dispose()


def test_the_schedule_names_a_draft(db: Database, sample_event: str, tmp_path: Path) -> None:
    path = tmp_path / "schedule.json"
    export_schedule(db, KEY, path)
    assert json.loads(path.read_text(encoding="utf-8"))["schedule"]["version"] == "draft"
    publish_version(db, KEY, name="ministries")
    _move_coffee_and_rename_panel(db)
    export_schedule(db, KEY, path)
    assert json.loads(path.read_text(encoding="utf-8"))["schedule"]["version"] == \
        "draft after ministries"


def test_the_event_file_carries_the_versions_to_another_database(
        db: Database, sample_event: str, tmp_path: Path) -> None:
    publish_version(db, KEY, note="to the ministries")
    _move_coffee_and_rename_panel(db)
    publish_version(db, KEY, note="to the rectors")
    exported = tmp_path / "event.json"
    export_event_file(db, KEY, exported)
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert [(v["name"], v.get("note")) for v in document["versions"]] == [
        ("v1", "to the ministries"), ("v2", "to the rectors")]
    assert document["versions"][0]["published_at"].endswith("+04:00")  # the event's zone

    other = open_database(str(tmp_path / "other.sqlite"))
    try:
        import_event_file(other, exported)
        here, there = list_versions(db, KEY), list_versions(other, KEY)
        assert there == here
        assert programme_changes(other, KEY, "v1", "v2").to_json() == \
            programme_changes(db, KEY, "v1", "v2").to_json()
        again = tmp_path / "again.json"
        export_event_file(other, KEY, again)
        assert again.read_bytes() == exported.read_bytes()
    finally:
        other.dispose()


def test_replacing_with_a_file_without_versions_or_ids_keeps_them(
        db: Database, sample_event: str, sample_doc: dict[str, Any], tmp_path: Path) -> None:
    """An older file (no versions, no schedule ids) replacing the event keeps the
    published versions and gives each record the id it had; a new record gets a new one."""
    publish_version(db, KEY)
    before = tmp_path / "before.xml"
    export_schedule(db, KEY, before)
    for record in sample_doc["agenda"] + sample_doc["people"]:
        del record["schedule_id"]
    sample_doc["agenda"].reverse()  # another order: the ids follow the keys, not the order
    sample_doc["agenda"].append({**sample_doc["agenda"][0], "id": "farewell",
                                 "start": "14:30", "end": "15:00"})
    path = tmp_path / "older.json"
    path.write_text(json.dumps(sample_doc), encoding="utf-8")
    import_event_file(db, path, replace=True)
    assert [v.name for v in list_versions(db, KEY).versions] == ["v1"]
    after = tmp_path / "after.xml"
    export_schedule(db, KEY, after)
    events, persons = _schedule_ids(before)
    events_after, persons_after = _schedule_ids(after)
    assert persons_after == persons
    assert {guid: number for guid, number in events_after.items() if guid in events} == events
    assert sorted(set(events_after.values()) - set(events.values())) == ["10"]


def test_versions_and_schedule_ids_are_checked_in_a_file(sample_doc: dict[str, Any]) -> None:
    from desktop_app.exchange.event_validation import EventFileError, validate_event_document

    sample_doc["agenda"][1]["schedule_id"] = sample_doc["agenda"][0]["schedule_id"]
    sample_doc["people"][0]["schedule_id"] = 0
    sample_doc["versions"] = [
        {"name": "v1", "published_at": "2025-02-28", "programme": {
            "format": 1, "rooms": {"hall": {"name": "Hall"}}, "people": {}, "agreements": {},
            "items": [{"id": "a", "kind": "talk", "title": "A", "day": "2025-03-04",
                       "start": "10:00", "end": "09:00", "room": "attic",
                       "speakers": ["nobody"]}]}},
        {"name": "v1", "published_at": "2025-03-01T10:00:00+04:00", "note": "again"}]
    with pytest.raises(EventFileError) as caught:
        validate_event_document(sample_doc)
    assert caught.value.errors == [
        "agenda[1].schedule_id: 1 is also the schedule_id of agenda[0]",
        "people[0].schedule_id: must be at least 1, got 0",
        'versions[0].published_at: invalid instant (ISO 8601 with offset) "2025-02-28"',
        'versions[0].programme.items[0].kind: "talk" is not one of opening, speech, '
        "remarks, panel, signing, break, exhibition, other",
        "versions[0].programme.items[0].end: must be after the start (10:00)",
        'versions[0].programme.items[0].room: unknown room "attic" (not among the '
        "programme's rooms)",
        'versions[0].programme.items[0].speakers[0]: unknown person "nobody" (not among the '
        "programme's persons)",
        "versions[1].programme: is required",
        'versions[1].name: "v1" is also the name of versions[0]',
    ]
    sample_doc["version"] = 1
    del sample_doc["versions"]
    with pytest.raises(EventFileError) as caught:
        validate_event_document(sample_doc)
    assert "versions" not in str(caught.value.errors)
    assert "agenda[0].schedule_id: unknown field (is it a typo?)" in caught.value.errors
