"""The agenda as iCalendar: parsed back with the icalendar library, compared in UTC."""
from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path
from typing import Any

from icalendar import Calendar

from desktop_app.domain.models import AgendaItem
from desktop_app.services.events import import_event_document
from desktop_app.services.exports import export_agenda
from desktop_app.services.publishing import publish_version
from desktop_app.storage import Database

from .conftest import loaded


def events_of(path: Path) -> dict[str, Any]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(component["UID"]): component for component in calendar.walk("VEVENT")}


def expected_utc(item: AgendaItem, timezone: str) -> tuple[dt.datetime, dt.datetime]:
    zone = zoneinfo.ZoneInfo(timezone)
    start = dt.datetime.combine(item.day, item.start_time, zone)
    end = dt.datetime.combine(item.day, item.end_time, zone)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def test_every_item_has_its_time_in_utc(db: Database, sample_event: str, tmp_path: Path) -> None:
    path = tmp_path / "agenda.ics"
    export_agenda(db, sample_event, path)
    entries = events_of(path)
    event = loaded(db, sample_event)
    assert len(entries) == len(event.agenda_items) == 9
    for item in event.agenda_items:
        entry = entries[f"{item.key}.{sample_event}@roundtable.invalid"]
        start, end = expected_utc(item, event.timezone)
        assert entry.decoded("DTSTART").astimezone(dt.UTC) == start
        assert entry.decoded("DTEND").astimezone(dt.UTC) == end
        assert str(entry["SUMMARY"]) == item.title
    welcome = entries[f"welcome.{sample_event}@roundtable.invalid"]
    assert welcome.decoded("DTSTART").astimezone(dt.UTC) == dt.datetime(2025, 3, 4, 6, 0,
                                                                       tzinfo=dt.UTC)


def test_vtimezone_describes_daylight_saving(db: Database, small_doc: dict[str, Any],
                                             tmp_path: Path) -> None:
    """An event in Berlin across the October change: offsets differ between the days."""
    small_doc["event"].update(timezone="Europe/Berlin", start_date="2026-10-24",
                              end_date="2026-10-25")
    small_doc["agenda"][0]["day"] = small_doc["agenda"][1]["day"] = "2026-10-24"
    small_doc["agenda"][2]["day"] = "2026-10-25"
    small_doc["agreements"][0]["signed_at"] = "2026-10-25T11:00:00+01:00"
    key = import_event_document(db, small_doc).event_key
    path = tmp_path / "agenda.ics"
    export_agenda(db, key, path)
    calendar = Calendar.from_ical(path.read_bytes())
    zones = calendar.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["Europe/Berlin"]
    assert zones[0].walk("DAYLIGHT") and zones[0].walk("STANDARD")
    entries = events_of(path)
    opening = entries[f"open.{key}@roundtable.invalid"].decoded("DTSTART")
    signing = entries[f"sign.{key}@roundtable.invalid"].decoded("DTSTART")
    assert opening.astimezone(dt.UTC) == dt.datetime(2026, 10, 24, 7, 0, tzinfo=dt.UTC)  # CEST
    assert signing.astimezone(dt.UTC) == dt.datetime(2026, 10, 25, 10, 0, tzinfo=dt.UTC)  # CET
    assert b"DTSTART;TZID=Europe/Berlin:20261024T090000" in path.read_bytes()


def test_uids_are_stable_and_sequence_follows_edits(db: Database, sample_event: str,
                                                    tmp_path: Path) -> None:
    """SEQUENCE counts the published versions in which an item changed, and a change not
    yet published as the next one (tests/exchange/test_published_versions.py)."""
    publish_version(db, sample_event)
    export_agenda(db, sample_event, tmp_path / "one.ics")
    with db.session() as session:
        item = session.query(AgendaItem).filter_by(key="panel").one()
        item.title = "Panel discussion (moved)"
        item.start_time, item.end_time = dt.time(11, 5), dt.time(12, 5)
    export_agenda(db, sample_event, tmp_path / "two.ics")
    first, second = events_of(tmp_path / "one.ics"), events_of(tmp_path / "two.ics")
    assert set(first) == set(second) and len(first) == 9
    uid = f"panel.{sample_event}@roundtable.invalid"
    assert int(second[uid]["SEQUENCE"]) > int(first[uid]["SEQUENCE"])
    assert str(second[uid]["SUMMARY"]) == "Panel discussion (moved)"
    assert {key: int(entry["SEQUENCE"]) for key, entry in second.items() if key != uid} == \
        {key: int(entry["SEQUENCE"]) for key, entry in first.items() if key != uid}


def test_location_and_description(db: Database, small_doc: dict[str, Any],
                                  tmp_path: Path) -> None:
    key = import_event_document(db, small_doc).event_key
    path = tmp_path / "agenda.ics"
    export_agenda(db, key, path)
    entries = events_of(path)
    panel = entries[f"panel.{key}@roundtable.invalid"]
    assert str(panel["LOCATION"]) == "Main hall, Әл-Фараби атындағы ҚазҰУ, Алматы"
    description = str(panel["DESCRIPTION"])
    assert "Chair: <b>Bold O'Brien & Sons (AT&T <Research> \"Lab\")" in description
    assert "Panelists:\n- Prof. İlqar Əliyev (Baku State University)" in description
    # The event's first language is Kazakh: names in Kazakh where recorded, else the default.
    assert "- H.E. Саясат Нұрбек (Әл-Фараби атындағы Қазақ ұлттық университеті)" in description
    assert "Topics:\n- Dual degrees\n- Академиялық ұтқырлық" in description
    assert str(panel["SUMMARY"]) == 'Panel: Ғылым & "innovation"'
    signing = str(entries[f"sign.{key}@roundtable.invalid"]["DESCRIPTION"])
    assert "KZ-AZ/2026/001: Memorandum <on> cooperation & exchange (KazNU – BSU)" in signing
    assert str(entries[f"sign.{key}@roundtable.invalid"]["LOCATION"]).startswith("Кіші зал, ")


def test_lines_are_folded_at_75_octets_with_crlf(db: Database, small_doc: dict[str, Any],
                                                 tmp_path: Path) -> None:
    key = import_event_document(db, small_doc).event_key
    path = tmp_path / "agenda.ics"
    export_agenda(db, key, path)
    data = path.read_bytes()
    lines = data.split(b"\r\n")
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-1] == b""
    assert all(len(line) <= 75 for line in lines)
    assert b"\n" not in data.replace(b"\r\n", b"")
    data.decode("utf-8")  # folding never splits a multi-byte letter
    assert any(line.startswith(b" ") for line in lines)  # long Cyrillic lines were folded
