"""The calendar and the frab schedule in one of the event's languages (``--lang``, the
event's first by default): texts and names where translated, else the default (the
Kazakh title of the panel is missing in ``translated_event_document``); the frab XML
stays valid against the XSD; an unsupported ``--lang`` is refused (exit 2)."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import xmlschema
from icalendar import Calendar

from desktop_app.services.events import import_event_document
from desktop_app.services.exports import export_agenda, export_schedule
from desktop_app.storage import Database
from tests.support import MISSING_TRANSLATION, translated_event_document

from .conftest import XSD

TITLE_KK = "Академиялық ынтымақтастық туралы меморандум"


@pytest.fixture
def translated(db: Database) -> str:
    """The event in en (first), az and kk; every text translated but the panel's kk title."""
    return import_event_document(db, translated_event_document()).event_key


@pytest.fixture(scope="module")
def schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(XSD))


def calendar_entries(path: Path) -> dict[str, Any]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(c["UID"]).split(".")[0]: c for c in calendar.walk("VEVENT")} | {
        "": calendar}


def test_calendar_in_kazakh_falls_back_where_untranslated(db: Database, translated: str,
                                                         tmp_path: Path) -> None:
    assert MISSING_TRANSLATION == ("agenda", "panel", "title", "kk")
    path = tmp_path / "agenda.ics"
    export_agenda(db, translated, path, language="kk")
    entries = calendar_entries(path)
    assert str(entries[""]["X-WR-CALNAME"]) == "Жоғары білім & ғылым жөніндегі дөңгелек үстел"
    assert str(entries["open"]["SUMMARY"]) == "Құттықтау сөзі"
    assert str(entries["panel"]["SUMMARY"]) == "Panel discussion"  # no Kazakh title: default
    assert str(entries["panel"]["LOCATION"]) == "Конференц-зал, ADA университеті, Баку"
    description = str(entries["panel"]["DESCRIPTION"])
    assert description.startswith("Үш тақырып кезекпен\n\n")
    # Amrullayev has no Kazakh name and ADA no Kazakh name: their defaults.
    assert "Chair: H.E. Emin Amrullayev (Ғылым және білім министрі, ADA University)" in description
    assert ("- H.E. Саясат Нұрбек (Ғылым және жоғары білім министрі, Әл-Фараби атындағы "
            "Қазақ ұлттық университеті)") in description
    assert "Topics:\n- Қос дипломды бағдарламалар" in description
    assert f"- AZ-KZ/2026/001: {TITLE_KK} (" in str(entries["sign"]["DESCRIPTION"])


def test_calendar_in_azerbaijani_and_by_default(db: Database, translated: str,
                                                tmp_path: Path) -> None:
    export_agenda(db, translated, tmp_path / "az.ics", language="az")
    export_agenda(db, translated, tmp_path / "default.ics")
    az, default = calendar_entries(tmp_path / "az.ics"), calendar_entries(tmp_path / "default.ics")
    assert str(az["panel"]["SUMMARY"]) == "Panel müzakirəsi"
    assert str(az["panel"]["LOCATION"]) == "Konfrans zalı, ADA Universiteti, Bakı"
    assert "Chair: H.E. Emin Əmrullayev (Elm və Təhsil Naziri, ADA Universiteti)" in str(
        az["panel"]["DESCRIPTION"])
    # By default the event's first language, English: the default texts.
    assert str(default["panel"]["SUMMARY"]) == "Panel discussion"
    assert str(default["panel"]["LOCATION"]) == "Conference Hall, ADA University, Baku"
    assert str(default[""]["X-WR-CALNAME"]) == "Round table on <higher> education & science"
    assert set(az) == set(default)  # the same UIDs in every language


@pytest.mark.parametrize("language", ["kk", "az"])
def test_schedule_xml_in_a_language_is_valid(db: Database, translated: str, tmp_path: Path,
                                             schema: xmlschema.XMLSchema, language: str) -> None:
    path = tmp_path / f"schedule-{language}.xml"
    export_schedule(db, translated, path, language=language)
    export_schedule(db, translated, tmp_path / "default.xml")
    schema.validate(str(path))
    root = ET.parse(path).getroot()
    default = ET.parse(tmp_path / "default.xml").getroot()
    events = {e.findtext("slug"): e for e in root.iter("event")}
    titles = {slug: e.findtext("title") for slug, e in events.items()}
    persons = [p.text for p in events["baku-2026-panel"].iter("person")]
    room = root.find("day/room")
    assert room is not None
    if language == "kk":
        assert root.findtext("conference/title") == (
            "Жоғары білім & ғылым жөніндегі дөңгелек үстел")
        assert titles == {"baku-2026-open": "Құттықтау сөзі",
                          "baku-2026-panel": "Panel discussion",  # the default
                          "baku-2026-sign": "Қол қою рәсімі"}
        assert room.get("name") == "Конференц-зал"
        assert persons == ["H.E. Emin Amrullayev", "H.E. Саясат Нұрбек"]
        assert events["baku-2026-panel"].findtext("abstract") == "- Қос дипломды бағдарламалар"
        assert events["baku-2026-panel"].findtext("description") == "Үш тақырып кезекпен"
    else:
        assert titles["baku-2026-panel"] == "Panel müzakirəsi"
        assert room.get("name") == "Konfrans zalı"
        assert persons == ["H.E. Emin Əmrullayev", "H.E. Sayasat Nurbek"]
    assert events["baku-2026-panel"].findtext("room") == room.get("name")
    # Ids, guids and slugs do not depend on the language.
    assert [(e.get("id"), e.get("guid")) for e in root.iter("event")] == [
        (e.get("id"), e.get("guid")) for e in default.iter("event")]
    assert default.find("day/room").get("name") == "Conference Hall"


def test_schedule_json_in_kazakh(db: Database, translated: str, tmp_path: Path) -> None:
    path = tmp_path / "schedule.json"
    export_schedule(db, translated, path, language="kk")
    conference = json.loads(path.read_text(encoding="utf-8"))["schedule"]["conference"]
    assert [r["name"] for r in conference["rooms"]] == ["Конференц-зал"]
    events = conference["days"][0]["rooms"]["Конференц-зал"]
    assert [e["title"] for e in events] == ["Құттықтау сөзі", "Panel discussion",
                                            "Қол қою рәсімі"]
    assert [p["public_name"] for p in events[1]["persons"]] == ["H.E. Emin Amrullayev",
                                                                "H.E. Саясат Нұрбек"]


@pytest.mark.parametrize(("export", "name"), [("agenda", "a.ics"), ("schedule", "s.xml")])
@pytest.mark.parametrize("value", ["fr", "kz", "az,kk"])
def test_cli_refuses_an_unsupported_lang_and_writes_nothing(
        db: Database, translated: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        export: str, name: str, value: str) -> None:
    from desktop_app.cli.app import main

    out = tmp_path / "out"
    out.mkdir()
    code = main(["--db", db.url, "export", export, translated, "-o", str(out / name),
                 "--lang", value])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.startswith(f'error: lang: "{value}" is not a supported language; '
                                   "choose from en, az, kk, ru")
    assert list(out.iterdir()) == []


def test_cli_lang_writes_the_chosen_language(db: Database, translated: str, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.cli.app import main

    assert main(["--db", db.url, "export", "agenda", translated, "-o",
                 str(tmp_path / "a.ics"), "--lang", "KK"]) == 0
    assert main(["--db", db.url, "export", "schedule", translated, "-o",
                 str(tmp_path / "s.json"), "--lang", "az"]) == 0
    capsys.readouterr()
    assert str(calendar_entries(tmp_path / "a.ics")["open"]["SUMMARY"]) == "Құттықтау сөзі"
    conference = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))[
        "schedule"]["conference"]
    assert conference["rooms"][0]["name"] == "Konfrans zalı"
