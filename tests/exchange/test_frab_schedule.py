"""The frab/C3VOC schedule: XML valid against the published XSD, JSON of the same structure.

The XSD is a copy of voc/schedule's ``validator/xsd/schedule.xml.xsd`` (see
``frab-schedule.xml.xsd.SOURCE.md``).
"""
from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
import zoneinfo
from pathlib import Path
from typing import Any

import pytest
import xmlschema

from desktop_app.services.events import import_event_document
from desktop_app.services.exports import export_schedule
from desktop_app.storage import Database

from .conftest import XSD, loaded


@pytest.fixture(scope="module")
def schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(XSD))


def test_sample_schedule_is_valid_and_matches_the_agenda(db: Database, sample_event: str,
                                                         tmp_path: Path,
                                                         schema: xmlschema.XMLSchema) -> None:
    path = tmp_path / "schedule.xml"
    export_schedule(db, sample_event, path)
    schema.validate(str(path))
    root = ET.parse(path).getroot()
    event = loaded(db, sample_event)
    zone = zoneinfo.ZoneInfo(event.timezone)
    assert root.findtext("conference/acronym") == sample_event
    assert root.findtext("conference/title") == event.title
    days = root.findall("day")
    assert [d.get("date") for d in days] == ["2025-03-04"] and days[0].get("index") == "1"
    assert [r.get("name") for r in days[0].findall("room")] == [r.name for r in event.rooms]
    items = {item.id: item for item in event.agenda_items}
    exported = root.findall("day/room/event")
    assert len(exported) == len(items) == 9
    for element in exported:
        item = items[int(element.get("id"))]
        start = dt.datetime.combine(item.day, item.start_time, zone)
        assert dt.datetime.fromisoformat(element.findtext("date")) == start
        assert element.findtext("start") == item.start_time.strftime("%H:%M")
        minutes = (dt.datetime.combine(item.day, item.end_time)
                   - dt.datetime.combine(item.day, item.start_time)).seconds // 60
        assert element.findtext("duration") == f"{minutes // 60:02d}:{minutes % 60:02d}"
        assert element.findtext("room") == item.room.name
        assert element.findtext("title") == item.title
        assert element.findtext("type") == item.kind
        people = ([item.chair] if item.chair else []) + [s.person for s in item.speakers]
        assert [p.text for p in element.findall("persons/person")] == [
            p.display_name for p in dict.fromkeys(people)]


def test_markup_survives_and_guids_are_stable(db: Database, small_doc: dict[str, Any],
                                              tmp_path: Path,
                                              schema: xmlschema.XMLSchema) -> None:
    key = import_event_document(db, small_doc).event_key
    export_schedule(db, key, tmp_path / "one.xml")
    export_schedule(db, key, tmp_path / "two.xml")
    schema.validate(str(tmp_path / "one.xml"))
    root = ET.parse(tmp_path / "one.xml").getroot()
    assert root.findtext("conference/title") == small_doc["event"]["title"]
    titles = {e.findtext("title") for e in root.iter("event")}
    assert 'Panel: Ғылым & "innovation"' in titles and "Opening <welcome>" in titles
    assert "<b>Bold O'Brien & Sons" in {p.text for p in root.iter("person")}
    # Two days: the second has the signing in the small room.
    days = root.findall("day")
    assert [d.get("index") for d in days] == ["1", "2"]
    assert [e.findtext("title") for e in days[1].iter("event")] == ["Signing"]
    guids = [e.get("guid") for e in root.iter("event")]
    again = [e.get("guid") for e in ET.parse(tmp_path / "two.xml").getroot().iter("event")]
    assert guids == again and len(set(guids)) == len(guids)


def test_json_has_the_same_structure_as_the_xml(db: Database, small_doc: dict[str, Any],
                                                tmp_path: Path) -> None:
    key = import_event_document(db, small_doc).event_key
    export_schedule(db, key, tmp_path / "schedule.xml")
    export_schedule(db, key, tmp_path / "schedule.json")
    doc = json.loads((tmp_path / "schedule.json").read_text(encoding="utf-8"))
    conference = doc["schedule"]["conference"]
    root = ET.parse(tmp_path / "schedule.xml").getroot()
    assert conference["acronym"] == root.findtext("conference/acronym")
    assert conference["daysCount"] == 2 and conference["time_zone_name"] == "Asia/Almaty"
    assert [r["name"] for r in conference["rooms"]] == ["Main hall", "Кіші зал"]
    for day_json, day_xml in zip(conference["days"], root.findall("day"), strict=True):
        assert day_json["date"] == day_xml.get("date")
        assert day_json["day_start"] == day_xml.get("start")
        assert list(day_json["rooms"]) == [r.get("name") for r in day_xml.findall("room")]
        for room_xml in day_xml.findall("room"):
            events = day_json["rooms"][room_xml.get("name")]
            assert [e["guid"] for e in events] == [e.get("guid") for e in room_xml.iter("event")]
            for event_json, event_xml in zip(events, room_xml.iter("event"), strict=True):
                for field in ("title", "start", "duration", "room", "slug", "type", "date"):
                    assert event_json[field] == event_xml.findtext(field)
                assert [p["public_name"] for p in event_json["persons"]] == [
                    p.text for p in event_xml.iter("person")]


def test_empty_agenda_is_still_valid(db: Database, bare_event: str, tmp_path: Path,
                                     schema: xmlschema.XMLSchema) -> None:
    export_schedule(db, bare_event, tmp_path / "schedule.xml")
    schema.validate(str(tmp_path / "schedule.xml"))
