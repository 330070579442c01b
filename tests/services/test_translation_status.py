"""Missing translations, grouped for ``roundtable check`` and counted for the Overview.

Every event here is ``translated_event_document()`` (en, az, kk; everything translated
but the Kazakh title of the panel) with translations taken out, so that what is
missing is known exactly.
"""
from __future__ import annotations

import copy
from typing import Any

import pytest

from desktop_app.domain.errors import NotFoundError
from desktop_app.services.events import check_event, import_event_document
from desktop_app.services.translation_status import (
    LIST_LIMIT,
    missing_translation_counts,
    missing_translation_groups,
    translation_warnings,
)
from desktop_app.storage import Database
from tests.support import translated_event_document


def _messages(db: Database, doc: dict[str, Any]) -> list[str]:
    import_event_document(db, doc)
    warnings = translation_warnings(db, doc["event"]["id"])
    assert {warning.code for warning in warnings} <= {"translation-missing"}
    return [warning.message for warning in warnings]


def _with_people(doc: dict[str, Any], count: int) -> dict[str, Any]:
    """``count`` more people (p01, p02, …) with an English position only."""
    template = doc["people"][0]
    for number in range(1, count + 1):
        person = copy.deepcopy(template)
        person.update(id=f"p{number:02d}", family_name=f"Person{number}",
                      position=f"Adviser {number}", precedence=10 + number)
        person.pop("position_local")
        doc["people"].append(person)
    return doc


def test_the_translated_event_misses_only_the_kazakh_panel_title(db: Database) -> None:
    import_event_document(db, translated_event_document())
    (warning,) = translation_warnings(db, "baku-2026")
    assert (warning.code, warning.message) == (
        "translation-missing", "1 agenda item has no Kazakh title: panel")
    assert (warning.subject_kind, warning.subject_key) == ("agenda", "panel")
    assert missing_translation_counts(db, "baku-2026") == {"az": 0, "kk": 1}


def test_one_warning_per_kind_field_and_language_in_the_order_of_the_file(
        db: Database) -> None:
    doc = translated_event_document()
    del doc["event"]["subtitle_local"]  # both languages
    del doc["event"]["venue"]["city_local"]["kk"]
    del doc["event"]["rooms"][0]["name_local"]["az"]
    for person in doc["people"]:
        del person["position_local"]["az"]
    for item in doc["agenda"]:
        item["title_local"].pop("az")
    del doc["agenda"][1]["topics"][0]["text_local"]["kk"]
    del doc["agenda"][1]["description_local"]["az"]
    del doc["agreements"][0]["title_local"]
    assert _messages(db, doc) == [
        "the event has no Azerbaijani subtitle",
        "the event has no Kazakh subtitle",
        "the event has no Kazakh venue city",
        "1 room has no Azerbaijani name: hall",
        "2 people have no Azerbaijani position: amrullayev, nurbek",
        "3 agenda items have no Azerbaijani title: open, panel, sign",
        "1 agenda item has no Kazakh title: panel",
        "1 agenda item has no Azerbaijani description: panel",
        "1 topic has no Kazakh text: panel (topic 1)",
        "1 agreement has no Azerbaijani title: AZ-KZ/2026/001",
        "1 agreement has no Kazakh title: AZ-KZ/2026/001",
    ]
    assert missing_translation_counts(db, "baku-2026") == {"az": 9, "kk": 5}


def test_warnings_point_at_what_to_open(db: Database) -> None:
    doc = translated_event_document()
    del doc["agenda"][1]["topics"][0]["text_local"]
    del doc["agreements"][0]["title_local"]["kk"]
    del doc["people"][1]["position_local"]["kk"]
    import_event_document(db, doc)
    subjects = [(w.subject_kind, w.subject_key, w.related_keys)
                for w in translation_warnings(db, "baku-2026")]
    assert subjects == [("person", "nurbek", ()), ("agenda", "panel", ()),
                        ("agenda", "panel", ()), ("agenda", "panel", ()),
                        ("agreement", "a1", ())]


@pytest.mark.parametrize(("added", "expected"), [
    (1, "1 person has no Azerbaijani position: p01"),
    (2, "2 people have no Azerbaijani position: p01, p02"),
])
def test_one_record_and_several(db: Database, added: int, expected: str) -> None:
    doc = _with_people(translated_event_document(), added)
    doc["agenda"][1]["title_local"]["kk"] = "Панельдік талқылау"
    messages = _messages(db, doc)
    assert messages == [expected, expected.replace("Azerbaijani", "Kazakh")]


@pytest.mark.parametrize(("added", "listed"), [
    (LIST_LIMIT, ", ".join(f"p{n:02d}" for n in range(1, 11))),
    (LIST_LIMIT + 1, ", ".join(f"p{n:02d}" for n in range(1, 11)) + " and 1 more"),
    (LIST_LIMIT + 13, ", ".join(f"p{n:02d}" for n in range(1, 11)) + " and 13 more"),
])
def test_a_long_list_names_ten_and_says_how_many_more(db: Database, added: int,
                                                      listed: str) -> None:
    assert LIST_LIMIT == 10
    doc = _with_people(translated_event_document(), added)
    first, *_ = _messages(db, doc)
    assert first == f"{added} people have no Azerbaijani position: {listed}"
    import_event_document(db, doc, replace=True)
    assert missing_translation_counts(db, "baku-2026") == {"az": added, "kk": added + 1}


def test_a_language_without_an_english_name_is_named_by_its_tag(db: Database) -> None:
    doc = translated_event_document()
    doc["event"]["languages"] = ["en", "az", "tt"]  # Tatar: nothing is translated into it
    messages = _messages(db, doc)
    assert messages[0] == 'the event has no title in "tt"'
    assert '3 agenda items have no title in "tt": open, panel, sign' in messages
    assert not [message for message in messages if "Azerbaijani" in message]


def test_the_first_language_needs_no_translation_and_one_language_needs_none(
        db: Database) -> None:
    doc = translated_event_document()
    doc["event"]["languages"] = ["kk", "en"]  # the default texts count as Kazakh now
    doc["event"]["id"] = "kk-first"
    assert _messages(db, doc)[:2] == ["the event has no English title",
                                      "the event has no English subtitle"]
    assert missing_translation_counts(db, "kk-first") == {"en": 14}  # every text
    doc = translated_event_document()
    doc["event"]["languages"] = ["en"]
    doc["event"]["id"] = "english-only"
    assert _messages(db, doc) == []
    assert missing_translation_counts(db, "english-only") == {}


def test_check_event_keeps_to_conflicts(db: Database) -> None:
    """The window's conflict list runs ``check_event``: no translation warnings there."""
    doc = translated_event_document()
    del doc["agreements"][0]["title_local"]
    import_event_document(db, doc)
    assert check_event(db, "baku-2026") == []
    assert len(translation_warnings(db, "baku-2026")) == 3


def test_an_unknown_event_is_not_found(db: Database) -> None:
    with pytest.raises(NotFoundError):
        translation_warnings(db, "no-such-event")
    with pytest.raises(NotFoundError):
        missing_translation_counts(db, "no-such-event")


def test_groups_work_on_a_fully_loaded_event_too(db: Database) -> None:
    """``missing_translation_groups`` takes any loaded event, ``load_event``'s as well."""
    from desktop_app.services.loading import load_event

    import_event_document(db, translated_event_document())
    with db.reader() as session:
        (group,) = missing_translation_groups(load_event(session, "baku-2026"))
    assert (group.kind, group.field, group.language, group.names, group.count) == (
        "agenda_item", "title", "kk", ("panel",), 1)
