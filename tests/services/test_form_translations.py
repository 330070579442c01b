"""The save paths of the forms carry translations both ways (issue 13, part 5).

Every view (``PersonRow`` …) holds the record's translations, every ``*Data`` built from
it too, and saving stores them: trimmed, without empty ones, only for fields that have a
default text, under the same optimistic version checks as the other fields. ``None``
keeps the stored translations (a move on the timeline, an import). Topics carry their
translations when reordered. The event is ``translated_event_document()`` (en, az, kk).
"""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.domain.errors import StaleDataError, ValidationError
from desktop_app.domain.models import AgendaTopic, Person
from desktop_app.services import agenda, agreements, event_editing, people
from desktop_app.services.agenda import AgendaItemData, TopicData
from desktop_app.services.events import import_event_document
from desktop_app.storage import Database
from tests.support import translated_event_document

EVENT = "baku-2026"


@pytest.fixture
def event(db: Database) -> str:
    import_event_document(db, translated_event_document())
    return EVENT


def _person(db: Database, key: str) -> people.PersonRow:
    return next(p for p in people.list_people(db, EVENT) if p.key == key)


def _item(db: Database, key: str) -> agenda.AgendaItemRow:
    return next(i for i in agenda.list_agenda(db, EVENT) if i.key == key)


def test_people_carry_the_position_in_each_language(db: Database, event: str) -> None:
    nurbek = _person(db, "nurbek")
    assert nurbek.translations == {"position": {
        "az": "Elm və Ali Təhsil Naziri", "kk": "Ғылым және жоғары білім министрі"}}
    data = people.PersonData.from_row(nurbek)
    assert data.translations == nurbek.translations
    data.translations = {"position": {"az": "  Elm və Ali Təhsil Nazirinin müavini ",
                                      "kk": "   ", "ru": "Министр науки"}}
    saved = people.update_person(db, nurbek.id, data, expected_version=nurbek.version)
    stored = {"position": {"az": "Elm və Ali Təhsil Nazirinin müavini", "ru": "Министр науки"}}
    assert saved.translations == stored  # trimmed; blank is no translation
    assert _person(db, "nurbek").translations == stored  # the list reads them as well
    with db.reader() as session:
        row = session.scalars(select(Person).where(Person.key == "nurbek")).one()
        assert row.translations == stored
        assert row.text_in("position", "kk") == "Minister of Science and Higher Education"


def test_a_person_edit_keeps_translations_it_does_not_name(db: Database, event: str) -> None:
    nurbek = _person(db, "nurbek")
    data = dataclasses.replace(people.PersonData.from_row(nurbek), translations=None,
                               email="nurbek@example.kz")
    saved = people.update_person(db, nurbek.id, data, expected_version=nurbek.version)
    assert saved.translations == nurbek.translations and saved.email == "nurbek@example.kz"
    # A position emptied takes its translations with it (nothing left to translate).
    data = dataclasses.replace(data, position=None)
    assert people.update_person(db, nurbek.id, data).translations == {}


def test_a_new_person_is_created_with_translations(db: Database, event: str) -> None:
    view = people.create_person(db, EVENT, people.PersonData(
        family_name="Quliyev", position="Rector",
        translations={"position": {"az": "Rektor", "kk": ""}}))
    assert view.translations == {"position": {"az": "Rektor"}}


def test_a_stale_form_does_not_overwrite_newer_translations(db: Database, event: str) -> None:
    nurbek = _person(db, "nurbek")
    first = people.PersonData.from_row(nurbek)
    first.translations = {"position": {"az": "Nazir"}}
    people.update_person(db, nurbek.id, first, expected_version=nurbek.version)
    second = people.PersonData.from_row(nurbek)
    second.translations = {"position": {"az": "Başqa"}}
    with pytest.raises(StaleDataError):
        people.update_person(db, nurbek.id, second, expected_version=nurbek.version)
    assert _person(db, "nurbek").translations == {"position": {"az": "Nazir"}}


def test_a_bad_language_tag_is_refused_beside_its_field(db: Database, event: str) -> None:
    nurbek = _person(db, "nurbek")
    data = people.PersonData.from_row(nurbek)
    data.translations = {"position": {"a z": "Nazir"}}
    with pytest.raises(ValidationError) as caught:
        people.update_person(db, nurbek.id, data)
    assert [p.field for p in caught.value.problems] == ["position.a z"]
    assert _person(db, "nurbek").translations == nurbek.translations


def test_agenda_items_carry_title_description_and_topics(db: Database, event: str) -> None:
    panel = _item(db, "panel")
    assert panel.translations["description"] == {"az": "Üç mövzu növbə ilə",
                                                  "kk": "Үш тақырып кезекпен"}
    assert panel.topic_translations == ({"text": {"az": "İkili diplom proqramları",
                                                  "kk": "Қос дипломды бағдарламалар"}},)
    data = AgendaItemData.from_row(panel)
    data.translations = {"title": {"az": "Panel müzakirəsi", "kk": "Панельдік талқылау"},
                         "description": {"az": ""}}
    data.topics = [*data.topics, TopicData("Academic mobility", {
        "text": {"az": "Akademik mobillik", "kk": " "}})]
    saved = agenda.update_agenda_item(db, panel.id, data, expected_version=panel.version)
    assert saved.translations == {"title": {"az": "Panel müzakirəsi",
                                            "kk": "Панельдік талқылау"}}
    assert saved.topics == ("Dual degree programmes", "Academic mobility")
    assert saved.topic_translations[1] == {"text": {"az": "Akademik mobillik"}}
    assert _item(db, "panel") == saved


def test_reordered_topics_keep_their_translations(db: Database, event: str) -> None:
    panel = _item(db, "panel")
    data = AgendaItemData.from_row(panel)
    data.topics = [*data.topics, TopicData("Academic mobility",
                                           {"text": {"az": "Akademik mobillik"}})]
    panel = agenda.update_agenda_item(db, panel.id, data)
    data = AgendaItemData.from_row(panel)
    data.topics.reverse()
    saved = agenda.update_agenda_item(db, panel.id, data, expected_version=panel.version)
    assert saved.topics == ("Academic mobility", "Dual degree programmes")
    assert saved.topic_translations == (
        {"text": {"az": "Akademik mobillik"}},
        {"text": {"az": "İkili diplom proqramları", "kk": "Қос дипломды бағдарламалар"}})
    # A topic given as plain text keeps the translations its text had.
    data = AgendaItemData.from_row(saved)
    data.topics = [topic.text for topic in data.topics]  # type: ignore[union-attr]
    assert agenda.update_agenda_item(db, panel.id, data).topic_translations == \
        saved.topic_translations
    with db.reader() as session:
        rows = session.scalars(select(AgendaTopic).order_by(AgendaTopic.position)).all()
        assert [(row.text, row.translations) for row in rows] == [
            ("Academic mobility", {"text": {"az": "Akademik mobillik"}}),
            ("Dual degree programmes", {"text": {"az": "İkili diplom proqramları",
                                                 "kk": "Қос дипломды бағдарламалар"}})]


def test_moving_an_item_keeps_its_translations(db: Database, event: str) -> None:
    panel = _item(db, "panel")
    moved = agenda.move_agenda_item(db, panel.id, start_time=dt.time(10, 20),
                                    expected_version=panel.version)
    assert moved.start_time == dt.time(10, 20)
    assert (moved.translations, moved.topic_translations) == \
        (panel.translations, panel.topic_translations)


def test_agreements_carry_their_title_in_each_language(db: Database, event: str) -> None:
    (memorandum,) = agreements.list_agreements(db, EVENT)
    assert memorandum.translations == {"title": {
        "az": "Akademik əməkdaşlıq haqqında memorandum",
        "kk": "Академиялық ынтымақтастық туралы меморандум"}}
    assert agreements.get_agreement(db, memorandum.id) == memorandum
    data = agreements.AgreementData.from_row(memorandum)
    data.translations = {"title": {"az": "Memorandum", "kk": ""}}
    saved = agreements.update_agreement(db, memorandum.id, data,
                                        expected_version=memorandum.version)
    assert saved.translations == {"title": {"az": "Memorandum"}}
    assert agreements.list_agreements(db, EVENT)[0].translations == saved.translations
    # The status workflow leaves them alone.
    signed = agreements.set_readiness(db, memorandum.id, "printed", True)
    assert signed.translations == saved.translations


def test_the_event_and_its_rooms_carry_their_texts(db: Database, event: str) -> None:
    view = event_editing.get_event(db, EVENT)
    assert view.translations["venue_city"] == {"az": "Bakı", "kk": "Баку"}
    assert view.rooms[0].translations == {"name": {"az": "Konfrans zalı", "kk": "Конференц-зал"}}
    data = event_editing.EventData.from_row(view)
    data.translations = {**(data.translations or {}), "subtitle": {"az": "Mobillik"},
                         "venue_address": {"az": "Ünvan"}}  # no address to translate
    data.rooms[0].translations = {"name": {"az": "Böyük zal"}}
    data.rooms.append(event_editing.RoomData("Atrium", translations={"name": {"kk": "Атриум"}}))
    saved = event_editing.update_event(db, view.id, data, expected_version=view.version)
    assert saved.translations["subtitle"] == {"az": "Mobillik"}
    assert "venue_address" not in saved.translations
    assert saved.translations["title"] == view.translations["title"]
    assert [room.translations for room in saved.rooms] == [
        {"name": {"az": "Böyük zal"}}, {"name": {"kk": "Атриум"}}]
    with pytest.raises(StaleDataError):
        event_editing.update_event(db, view.id, event_editing.EventData.from_row(view),
                                   expected_version=view.version)
