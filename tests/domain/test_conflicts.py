"""Conflict warnings: one test per kind, and a check that the sweep is not pairwise."""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from desktop_app.domain.conflicts import SweepStats, find_conflicts
from desktop_app.services.events import import_event_document
from desktop_app.services.loading import load_event
from desktop_app.storage import Database


def _codes(db: Database, doc: dict[str, Any]) -> list[str]:
    result = import_event_document(db, doc)
    return [w.code for w in result.warnings]


def test_sample_and_small_event_have_no_warnings(db: Database, sample_doc: dict[str, Any],
                                                 small_doc: dict[str, Any]) -> None:
    assert _codes(db, sample_doc) == []
    assert _codes(db, small_doc) == []


def test_same_room_overlap(db: Database, small_doc: dict[str, Any]) -> None:
    small_doc["agenda"][1]["start"] = "09:15"
    result = import_event_document(db, small_doc)
    room = [w for w in result.warnings if w.code == "room-overlap"]
    assert len(room) == 1
    assert "Opening <welcome>" in room[0].message and "Main hall" in room[0].message
    assert {room[0].subject_key, *room[0].related_keys} == {"open", "panel"}


def test_items_touching_end_to_start_do_not_overlap(db: Database, small_doc: dict[str, Any]
                                                    ) -> None:
    assert small_doc["agenda"][0]["end"] == small_doc["agenda"][1]["start"]
    assert _codes(db, small_doc) == []


def test_person_in_two_overlapping_items_in_different_rooms(db: Database,
                                                           small_doc: dict[str, Any]) -> None:
    small_doc["agenda"].append({"id": "side", "kind": "speech", "title": "Side talk",
                                "day": "2026-05-12", "start": "10:00", "end": "10:15",
                                "room": "small", "speakers": ["ilqar"]})
    result = import_event_document(db, small_doc)
    person = [w for w in result.warnings if w.code == "person-overlap"]
    assert len(person) == 1
    assert "İlqar Əliyev" in person[0].message


def test_signatory_in_signing_overlapping_a_speech(db: Database, small_doc: dict[str, Any]
                                                   ) -> None:
    small_doc["agenda"].append({"id": "talk", "kind": "speech", "title": "Talk",
                                "day": "2026-05-13", "start": "11:10", "end": "11:20",
                                "room": "main", "speakers": ["nurbek"]})
    assert _codes(db, small_doc) == ["person-overlap"]


def test_draft_agreement_in_signing_item(db: Database, small_doc: dict[str, Any]) -> None:
    small_doc["agreements"][1]["status"] = "draft"
    result = import_event_document(db, small_doc)
    assert [w.code for w in result.warnings] == ["draft-in-signing"]
    assert "KZ-AZ/2026/002" in result.warnings[0].message
    assert result.warnings[0].subject_kind == "agreement"


def test_repeated_signing_order(db: Database, small_doc: dict[str, Any]) -> None:
    small_doc["agreements"][1]["signing"]["order"] = 1
    result = import_event_document(db, small_doc)
    assert [w.code for w in result.warnings] == ["repeated-order"]
    assert "order 1" in result.warnings[0].message


def test_signatory_from_another_organization(db: Database, small_doc: dict[str, Any]) -> None:
    small_doc["agreements"][0]["parties"][1]["signatory"] = "markup"
    result = import_event_document(db, small_doc)
    codes = [w.code for w in result.warnings]
    assert codes == ["signatory-organization"]
    assert "AT&T <Research>" in result.warnings[0].message


def test_signatory_check_applies_outside_signing_items_too(db: Database,
                                                           small_doc: dict[str, Any]) -> None:
    small_doc["agreements"][1].pop("signing")
    small_doc["agreements"][1]["parties"][0]["signatory"] = "nurbek"  # KazNU's, party BSU
    result = import_event_document(db, small_doc)
    assert [w.code for w in result.warnings] == ["signatory-organization"]
    assert "KZ-AZ/2026/002" in result.warnings[0].message


def _many_items_document(base: dict[str, Any], count: int, overlapping: bool) -> dict[str, Any]:
    agenda = []
    for i in range(count):
        start = dt.datetime(2026, 5, 12, 0, 0) + dt.timedelta(minutes=(0 if overlapping else i))
        agenda.append({"id": f"i{i}", "kind": "speech", "title": f"Item {i}",
                       "day": "2026-05-12", "start": start.strftime("%H:%M"),
                       "end": (start + dt.timedelta(minutes=1)).strftime("%H:%M"),
                       "room": "main", "speakers": ["nurbek"]})
    doc = dict(base, agenda=agenda, agreements=[])
    return doc


@pytest.mark.parametrize("count", [200, 800])
def test_sweep_does_not_compare_all_pairs(db: Database, small_doc: dict[str, Any],
                                          count: int) -> None:
    # 'count' one-minute items back to back in one room, all spoken by one person:
    # no warnings, and the sweep's work must grow linearly, not as count²/2.
    import_event_document(db, _many_items_document(small_doc, count, overlapping=False))
    stats = SweepStats()
    with db.reader() as session:
        warnings = find_conflicts(load_event(session, "almaty-2026"), stats)
    assert warnings == []
    assert stats.comparisons <= 2 * 2 * count  # two sweeps (room, person), ≤2 steps per item
    assert stats.comparisons < count * (count - 1) // 2


def test_sweep_reports_every_overlapping_pair(db: Database, small_doc: dict[str, Any]) -> None:
    import_event_document(db, _many_items_document(small_doc, 5, overlapping=True))
    with db.reader() as session:
        warnings = find_conflicts(load_event(session, "almaty-2026"))
    # 5 items at the same minute: 10 pairs in the room, 10 for the same speaker.
    assert sorted(w.code for w in warnings) == ["person-overlap"] * 10 + ["room-overlap"] * 10
