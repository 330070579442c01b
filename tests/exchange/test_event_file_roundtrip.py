"""Exporting then importing gives the same event: the sample, and text in three scripts
with markup characters."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.errors import ConflictError
from desktop_app.services.events import export_event_file, import_event_file, list_events
from desktop_app.storage import Database
from tests.support import translated_event_document, with_schedule_ids, write_json


def test_sample_round_trips_exactly(db: Database, sample_document: dict[str, Any],
                                    sample_event: str, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    export_event_file(db, sample_event, out)
    assert json.loads(out.read_text(encoding="utf-8")) == sample_document


def test_version_1_file_imports_unchanged_and_exports_as_version_2(
        db: Database, small_doc: dict[str, Any], tmp_path: Path) -> None:
    assert small_doc["version"] == 1
    key = import_event_file(db, write_json(tmp_path / "v1.json", small_doc)).event_key
    exported = tmp_path / "exported.json"
    export_event_file(db, key, exported)
    assert json.loads(exported.read_text(encoding="utf-8")) == with_schedule_ids(
        {**small_doc, "version": 2})


def _round_trip(db: Database, doc: dict[str, Any], tmp_path: Path) -> dict[str, Any]:
    """Import ``doc``, export it, import the export into a second database and export it
    again; asserts the two exports are the same bytes and returns the first, parsed."""
    from desktop_app.storage import open_database

    key = import_event_file(db, write_json(tmp_path / "in.json", doc)).event_key
    exported = tmp_path / "exported.json"
    export_event_file(db, key, exported)
    other = open_database(str(tmp_path / "other.sqlite"))
    try:
        import_event_file(other, exported)
        again = tmp_path / "again.json"
        export_event_file(other, key, again)
        assert again.read_bytes() == exported.read_bytes()
    finally:
        other.dispose()
    return json.loads(exported.read_text(encoding="utf-8"))


def test_translations_round_trip_through_a_second_database(db: Database, tmp_path: Path) -> None:
    doc = translated_event_document()
    assert _round_trip(db, doc, tmp_path) == with_schedule_ids(doc)


def test_translation_into_a_language_outside_the_event_is_a_warning(
        db: Database, tmp_path: Path) -> None:
    doc = translated_event_document()
    doc["agenda"][0]["title_local"]["ru"] = "Приветственное слово"
    result = import_event_file(db, write_json(tmp_path / "in.json", doc))
    [warning] = [w for w in result.warnings if w.code == "translation-language"]
    assert str(warning) == ('agenda[0].title_local.ru: "ru" is not one of the event\'s '
                            "languages (en, az, kk)")
    out = tmp_path / "out.json"
    export_event_file(db, result.event_key, out)  # kept, not dropped
    assert json.loads(out.read_text(encoding="utf-8"))["agenda"][0]["title_local"]["ru"] == \
        "Приветственное слово"


def test_own_fixture_round_trips_through_a_second_database(
        db: Database, small_doc: dict[str, Any], tmp_path: Path) -> None:
    assert _round_trip(db, small_doc, tmp_path) == with_schedule_ids(
        {**small_doc, "version": 2})


def test_markup_and_scripts_survive_literally(db: Database, small_doc: dict[str, Any],
                                              tmp_path: Path) -> None:
    key = import_event_file(db, write_json(tmp_path / "in.json", small_doc)).event_key
    out = tmp_path / "out.json"
    export_event_file(db, key, out)
    text = out.read_text(encoding="utf-8")
    for literal in ['Round table <Science & \\"Education\\"> — Алматы', "AT&T <Research>",
                    "O'Brien & Sons", "<b>Bold", "Әл-Фараби атындағы Қазақ ұлттық университеті",
                    "İlqar Əliyev", "Академиялық ұтқырлық"]:
        assert literal in text


def test_signed_at_keeps_its_instant_in_another_offset(db: Database, small_doc: dict[str, Any],
                                                       tmp_path: Path) -> None:
    # 06:00 UTC is 11:00 in Almaty (+05:00): exported in the event's own offset.
    small_doc["agreements"][0]["signed_at"] = "2026-05-13T06:00:00+00:00"
    key = import_event_file(db, write_json(tmp_path / "in.json", small_doc)).event_key
    out = tmp_path / "out.json"
    export_event_file(db, key, out)
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["agreements"][0]["signed_at"] == "2026-05-13T11:00:00+05:00"


def test_existing_id_is_refused_unless_replace(db: Database, small_doc: dict[str, Any],
                                               tmp_path: Path) -> None:
    path = write_json(tmp_path / "in.json", small_doc)
    import_event_file(db, path)
    with pytest.raises(ConflictError, match="already exists"):
        import_event_file(db, path)
    small_doc["event"]["title"] = "Replaced title"
    small_doc["people"].pop()  # the markup person
    small_doc["agenda"][1]["chair"] = None
    small_doc["agreements"][0]["witnesses"] = []
    result = import_event_file(db, write_json(tmp_path / "v2.json", small_doc), replace=True)
    assert result.replaced
    events = list_events(db)
    assert [(e.key, e.title, e.people) for e in events] == [("almaty-2026", "Replaced title", 2)]


def test_many_events_live_in_one_database(db: Database, sample_event: str,
                                          small_doc: dict[str, Any], tmp_path: Path) -> None:
    import_event_file(db, write_json(tmp_path / "in.json", small_doc))
    summaries = {e.key: e for e in list_events(db)}
    assert set(summaries) == {"ada-az-kz-2025", "almaty-2026"}
    assert (summaries["ada-az-kz-2025"].agreements, summaries["ada-az-kz-2025"].people,
            summaries["ada-az-kz-2025"].agenda_items) == (40, 21, 9)
    assert summaries["almaty-2026"].agreements == 2
