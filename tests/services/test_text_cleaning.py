"""One whitespace rule at every entry point (``domain.rules.clean_text`` / ``clean_name``):
texts are stored without the spaces typed around them, and the runs of spaces inside a
name are one space; from the event file, the spreadsheet import and the forms alike."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop_app.domain.models import AgendaItem, Event, Organization, Person, Room
from desktop_app.domain.rules import clean_name, clean_text, clean_texts
from desktop_app.services.agenda import AgendaItemData, TopicData, create_agenda_item
from desktop_app.services.documents import generate_document
from desktop_app.services.events import import_event_document
from desktop_app.services.organizations import OrganizationData, create_organization
from desktop_app.services.people import PersonData, create_person
from desktop_app.services.table_import import import_table
from desktop_app.storage import Database
from tests.builders import MakeEvent
from tests.documents.conftest import pdf_text
from tests.support import translated_event_document

KEY = "baku-2026"


def test_the_rule() -> None:
    assert clean_text("  Head of programmes \n") == "Head of programmes"
    assert clean_text("two  spaces  inside a title") == "two  spaces  inside a title"
    assert clean_text("   ") == ""
    assert clean_name("  Emin   Amrullayev\t Jr ") == "Emin Amrullayev Jr"
    assert clean_name("Dr.\N{NO-BREAK SPACE}Aliyev") == "Dr.\N{NO-BREAK SPACE}Aliyev"
    assert clean_texts({"title": " T ", "people": [{"family_name": " A  B ",
                                                    "position": " P  Q ",
                                                    "local_names": {"kk": " Ә  Б "}}]}) == \
        {"title": "T", "people": [{"family_name": "A B", "position": "P  Q",
                                   "local_names": {"kk": "Ә Б"}}]}


def spaced_document() -> dict:  # type: ignore[type-arg]
    """The translated event with spaces typed around its texts and inside its names."""
    doc = translated_event_document()
    doc["event"]["title"] = "  Round table on higher education  "
    doc["event"]["title_local"]["az"] = " Ali təhsil üzrə dəyirmi masa "
    doc["event"]["venue"]["city"] = "Baku "
    doc["event"]["rooms"][0]["name"] = " Conference   Hall "
    doc["organizations"][0]["name"] = "  ADA   University "
    person = doc["people"][0]
    person.update(given_name=" Emin ", family_name="Amrullayev  ",
                  position="Head of programmes ", local_names={"az": " Emin  Əmrullayev "})
    person["position_local"]["az"] = " Proqramlar rəhbəri "
    item = doc["agenda"][1]
    item["title"] = "Panel discussion\n"
    item["topics"][0]["text"] = "  Dual degree programmes "
    return doc


def test_the_event_file_is_stored_clean(db: Database, tmp_path: Path) -> None:
    import_event_document(db, spaced_document())
    with db.reader() as session:
        event = session.scalars(select(Event)).one()
        assert (event.title, event.venue_city) == ("Round table on higher education", "Baku")
        assert event.translations["title"]["az"] == "Ali təhsil üzrə dəyirmi masa"
        assert session.scalars(select(Room.name)).one() == "Conference Hall"
        assert "ADA University" in set(session.scalars(select(Organization.name)))
        person = session.scalars(select(Person).where(Person.key == "amrullayev")).one()
        assert (person.given_name, person.family_name, person.position) == \
            ("Emin", "Amrullayev", "Head of programmes")
        assert person.local_names == {"az": "Emin Əmrullayev"}
        assert person.translations["position"]["az"] == "Proqramlar rəhbəri"
        panel = session.scalars(select(AgendaItem).where(AgendaItem.key == "panel")).one()
        assert panel.title == "Panel discussion"
        assert panel.topics[0].text == "Dual degree programmes"
    # As printed: "Head of programmes, ADA University", not "programmes , ".
    path = tmp_path / "p.pdf"
    generate_document(db, KEY, "programme", path)
    text = pdf_text(path)
    assert "Head of programmes, ADA University" in text
    assert " ," not in text


def test_the_spreadsheet_import_cleans_names(db: Database, make_event: MakeEvent,
                                             tmp_path: Path) -> None:
    event = make_event(languages=["en", "az"]).key
    table = tmp_path / "people.csv"
    table.write_text("id,given_name,family_name,Name (az),position\n"
                     'aliyev,"  Samir  ","Əliyev   Jr "," Samir  Əliyev ","  Dean of studies "\n',
                     encoding="utf-8")
    import_table(db, event, "people", table)
    with db.reader() as session:
        person = session.scalars(select(Person).where(Person.key == "aliyev")).one()
        assert (person.given_name, person.family_name, person.position) == \
            ("Samir", "Əliyev Jr", "Dean of studies")
        assert person.local_names == {"az": "Samir Əliyev"}


def test_the_forms_store_clean_texts(db: Database, make_event: MakeEvent) -> None:
    event = make_event(languages=["en", "az"])
    organization = create_organization(db, event.key, OrganizationData(
        name=" Baku   State University ", kind="university", country="AZ",
        short_name=" BSU ", local_names={"az": " Bakı  Dövlət Universiteti "}))
    assert organization.name == "Baku State University"
    assert organization.local_names == {"az": "Bakı Dövlət Universiteti"}
    person = create_person(db, event.key, PersonData(
        family_name=" Mammadov  Elnur ", given_name="  ", honorific=" Prof. ",
        position=" Rector ", local_names={"az": " Elnur  Məmmədov "},
        translations={"position": {"az": "  Rektor "}}))
    assert (person.family_name, person.given_name, person.honorific, person.position) == \
        ("Mammadov Elnur", None, "Prof.", "Rector")
    assert person.local_names == {"az": "Elnur Məmmədov"}
    with db.reader() as session:
        stored = session.get(Person, person.id)
        assert stored is not None and stored.translations == {"position": {"az": "Rektor"}}
    import datetime as dt

    item = create_agenda_item(db, event.key, AgendaItemData(
        title="  Closing   remarks ", kind="remarks", day=event.start_date,
        start_time=dt.time(12), end_time=dt.time(12, 30), room_id=event.rooms[0].id,
        topics=[TopicData(" Next steps ", {})], description=" \n"))
    assert item.title == "Closing   remarks"  # a title: trimmed, its inner spaces kept
    with db.reader() as session:
        stored_item = session.get(AgendaItem, item.id)
        assert stored_item is not None
        assert [topic.text for topic in stored_item.topics] == ["Next steps"]
        assert stored_item.description is None
