"""Seating plans in the event file (format version 2): written by ``export event``, read
and stored by ``import``, checked with JSON paths; a version 1 file has none."""
from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.exchange.event_validation import EventFileError, validate_event_document
from desktop_app.services.events import export_event_file, import_event_file
from desktop_app.services.seating import apply_seating, get_seating, lock_seat
from desktop_app.storage import Database, open_database
from tests.support import with_schedule_ids, write_json

KEY = "almaty-2026"

SEATING: list[dict[str, Any]] = [
    {"item": None, "layout": "round:4", "rule": "precedence", "seats": [
        {"seat": 1, "person": "nurbek", "locked": True,
         "reason": "host: highest-ranking person of the host organizations"},
        {"seat": 2, "person": "ilqar", "reason": "guest of honour: highest-ranking guest"},
        {"seat": 3, "locked": True, "reason": "kept for the rector"},
        {"seat": 4, "person": "markup"}]},
    {"item": "sign", "layout": "signing:3", "rule": "alphabetical", "seats": [
        {"seat": 1, "person": "ilqar"}, {"seat": 2, "person": "nurbek"},
        {"seat": 3, "person": "markup", "reason": "witness"}]},
]


@pytest.fixture
def seated_doc(small_doc: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(small_doc)
    doc["version"] = 2
    doc["seating"] = copy.deepcopy(SEATING)
    return doc


def test_seating_round_trips_through_a_second_database(db: Database, seated_doc: dict[str, Any],
                                                       tmp_path: Path) -> None:
    result = import_event_file(db, write_json(tmp_path / "in.json", seated_doc))
    main = get_seating(db, KEY, None)
    assert main is not None and [(s.seat, s.person_key, s.locked) for s in main.seats] == [
        (1, "nurbek", True), (2, "ilqar", False), (3, None, True), (4, "markup", False)]
    assert not [w for w in result.warnings if w.code == "seating"]
    exported = tmp_path / "exported.json"
    export_event_file(db, KEY, exported)
    assert json.loads(exported.read_text(encoding="utf-8")) == with_schedule_ids(seated_doc)
    other = open_database(str(tmp_path / "other.sqlite"))
    try:
        import_event_file(other, exported)
        again = tmp_path / "again.json"
        export_event_file(other, KEY, again)
        assert again.read_bytes() == exported.read_bytes()
    finally:
        other.dispose()


def test_a_plan_made_in_the_application_is_exported_and_imported(
        db: Database, sample_event: str, tmp_path: Path) -> None:
    apply_seating(db, sample_event, None, "round:24")
    lock_seat(db, sample_event, None, 24)
    apply_seating(db, sample_event, "signing", "signing:17", "alphabetical")
    out = tmp_path / "out.json"
    export_event_file(db, sample_event, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [(p["item"], p["layout"], p["rule"]) for p in doc["seating"]] == [
        (None, "round:24", "precedence"), ("signing", "signing:17", "alphabetical")]
    assert doc["seating"][0]["seats"][0] == {
        "seat": 1, "person": "amrullayev",
        "reason": "host: highest-ranking person of the host organizations"}
    assert doc["seating"][0]["seats"][-1] == {
        "seat": 24, "person": "nurbek", "locked": True,
        "reason": "guest of honour: highest-ranking guest"}
    result = import_event_file(db, out, replace=True)
    assert get_seating(db, result.event_key, None).seat(24).locked  # type: ignore[union-attr]


def test_an_event_without_plans_writes_no_seating(db: Database, small_doc: dict[str, Any],
                                                  tmp_path: Path) -> None:
    import_event_file(db, write_json(tmp_path / "in.json", small_doc))
    out = tmp_path / "out.json"
    export_event_file(db, KEY, out)
    assert "seating" not in json.loads(out.read_text(encoding="utf-8"))


def test_seating_is_an_unknown_field_in_version_1(seated_doc: dict[str, Any]) -> None:
    seated_doc["version"] = 1
    with pytest.raises(EventFileError) as caught:
        validate_event_document(seated_doc)
    assert caught.value.errors == ["seating: unknown field (is it a typo?)"]


def test_importing_seating_warns_like_check(db: Database, seated_doc: dict[str, Any],
                                           tmp_path: Path) -> None:
    seated_doc["seating"][0]["seats"][3]["person"] = "ilqar"
    result = import_event_file(db, write_json(tmp_path / "in.json", seated_doc))
    assert [w.message for w in result.warnings if w.code == "seating"] == [
        "seating of the main table: Prof. İlqar Əliyev is seated 2 times (seats 2, 4)",
        "seating of the main table: 1 participant without a seat: <b>Bold O'Brien & Sons"]


def _seating(index: int, **changes: Any) -> Any:
    def mutate(doc: dict[str, Any]) -> None:
        doc["seating"][index].update(changes)
    return mutate


def _seat(plan: int, index: int, /, **changes: Any) -> Any:
    def mutate(doc: dict[str, Any]) -> None:
        doc["seating"][plan]["seats"][index].update(changes)
    return mutate


ERRORS = [
    (_seating(0, layout="oval:4"), 'seating[0].layout: layout "oval:4" is not valid: use '
     "round:N, rect:N, u:N, head:N+rows:RxC or signing:N"),
    (_seating(0, layout="round:1"), 'seating[0].layout: layout "round:1": a round layout takes '
     "2 to 1000 seats, not 1"),
    (_seating(1, rule="rank"),
     'seating[1].rule: "rank" is not one of precedence, facing, alphabetical'),
    (_seating(1, item="nowhere"), 'seating[1].item: unknown agenda item "nowhere"'),
    (_seating(1, item=None), "seating[1].item: a second seating plan for the main table "
     "(also seating[0])"),
    (_seating(0, tables=2), "seating[0].tables: unknown field (is it a typo?)"),
    (_seat(1, 1, seat=4), 'seating[1].seats[1].seat: seat 4 is not a seat of "signing:3" '
     "(3 seats)"),
    (_seat(1, 1, seat=1), "seating[1].seats[1].seat: seat 1 is listed twice (also seats[0])"),
    (_seat(1, 1, seat=0), "seating[1].seats[1].seat: must be at least 1, got 0"),
    (_seat(0, 0, person="nobody"), 'seating[0].seats[0].person: unknown person "nobody"'),
    (_seat(0, 0, locked="yes"), 'seating[0].seats[0].locked: expected true or false, got "yes"'),
    (_seat(0, 0, reason=7), "seating[0].seats[0].reason: expected text, got 7"),
]


@pytest.mark.parametrize(("mutate", "message"), ERRORS)
def test_a_bad_plan_is_refused_naming_its_place(seated_doc: dict[str, Any], mutate: Any,
                                                message: str) -> None:
    validate_event_document(seated_doc)  # valid as it is
    mutate(seated_doc)
    with pytest.raises(EventFileError) as caught:
        validate_event_document(seated_doc)
    assert caught.value.errors == [message]
