"""A field named twice in one object of an event file is refused with its JSON path
(issue 20, point 11): ``json.loads`` keeps the last value without a word, so a file
whose ``family_name`` appeared twice imported whichever came last."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli.app import main
from desktop_app.exchange.event_json import read_event_bytes
from desktop_app.exchange.event_validation import MAX_ERRORS, EventFileError
from desktop_app.services.events import list_events
from desktop_app.storage import Database
from tests.support import small_event_document


def _with_repeated(text: str, old: str, new: str) -> str:
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


def test_every_repeated_field_is_named_with_its_path(db: Database, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    text = json.dumps(small_event_document(), ensure_ascii=False)
    text = _with_repeated(text, '"format": "roundtable-event"',
                          '"format": "roundtable-event", "format": "roundtable-event"')
    text = _with_repeated(text, '"family_name": "Əliyev"',
                          '"family_name": "Əliyev", "family_name": "Aliyev", '
                          '"family_name": "Alijev"')
    text = _with_repeated(text, '"city": "Алматы"', '"city": "Алматы", "city": "Almaty"')
    text = _with_repeated(text, '"signatory": "nurbek"}', '"signatory": "nurbek", '
                          '"signatory": "ilqar"}')
    file = tmp_path / "event.json"
    file.write_text(text, encoding="utf-8")
    assert main(["--db", db.url, "import", str(file)]) == 2
    err = capsys.readouterr().err
    assert err.splitlines()[1:] == [
        "  format: the field is named 2 times in one object; name it once",
        "  event.venue.city: the field is named 2 times in one object; name it once",
        "  people[1].family_name: the field is named 3 times in one object; name it once",
        "  agreements[0].parties[0].signatory: the field is named 2 times in one object; "
        "name it once",
    ], err
    assert list_events(db) == []


def test_a_file_of_repeated_fields_stops_at_the_error_cap() -> None:
    doc = small_event_document()
    doc["people"] = [{"id": f"p{i}", "family_name": "X"} for i in range(MAX_ERRORS + 50)]
    text = json.dumps(doc).replace('"family_name": "X"', '"family_name": "X", "family_name": "Y"')
    with pytest.raises(EventFileError) as refused:
        read_event_bytes(text.encode())
    assert len(refused.value.errors) == MAX_ERRORS and refused.value.truncated
    assert refused.value.errors[0].startswith("people[0].family_name: ")


def test_the_same_key_in_different_objects_is_fine() -> None:
    doc = read_event_bytes(json.dumps(small_event_document()).encode())
    assert doc["people"][0]["family_name"] == "Nurbek"
