"""The validator's quick paths (issue 7): a valid file skips the detailed, error-path
building checks and the depth walk, and must still be judged exactly as before."""
from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest

from desktop_app.exchange.event_validation import (
    MAX_DEPTH,
    EventFileError,
    _Validator,
    decode_event_file,
    read_and_validate,
    validate_event_document,
)
from desktop_app.services.events import export_event_file, import_event_file, list_events
from desktop_app.storage import Database
from tests.support import synthetic_event_document


def _validator() -> _Validator:
    validator = _Validator()
    validator.organizations = {"org-1", "org-2", "org-3"}
    validator.people = {"p1", "p2"}
    validator.agenda_kinds = {"sign": "signing", "talk": "speech"}
    return validator


def _detailed(agreement: Any, references: dict[str, int]) -> list[str]:
    validator = _validator()
    validator._plainly_valid_agreement = lambda *_args: False  # type: ignore[method-assign]
    validator.agreement(agreement, "agreements[0]", references, 0)
    return list(validator.out.errors)


AGREEMENT_VALUES: dict[str, list[Any]] = {
    "id": [None, "a1", 5],
    "reference": [None, "", " ", "REF-1", "dup", 7],
    "kind": [None, "mou", "treaty?", 3, ["mou"]],
    "title": [None, "", "Memorandum <&>", 1],
    "notes": [None, "n", 2],
    "parties": [None, [], "x", [{"organization": "org-1"}],
                [{"organization": "org-1"}, {"organization": "org-2", "signatory": "p1"}],
                [{"organization": "org-1"}, {"organization": "org-1"}],
                [{"organization": "org-1"}, {"organization": "nope"}],
                [{"organization": "org-1"}, {"organization": "org-2", "signatory": "p9"}],
                [{"organization": "org-1", "typo": 1}, {"organization": "org-2"}],
                [{"organization": "org-1"}, "org-2"], [{"organization": ["org-1"]}, {}]],
    "witnesses": [None, [], ["p1", "p2"], ["p7"], "p1", [["p1"]]],
    "status": [None, "signed", "ready", "draft", "lost", 1],
    "signed_at": [None, "2026-05-12T10:00:00+04:00", "2026-05-12T10:00:00", "soon", 5],
    "signing": [None, {"agenda_item": "sign", "order": 1}, {"agenda_item": "sign"},
                {"agenda_item": "talk"}, {"agenda_item": "gone"}, {"order": 2},
                {"agenda_item": "sign", "order": 0}, {"agenda_item": "sign", "order": True},
                {"agenda_item": "sign", "x": 1}, "sign", {"agenda_item": "bad id!"}],
    "valid_from": [None, "2026-01-01", "2026-13-01", "2026-1-1", 2026],
    "valid_until": [None, "2031-01-01", "2025-01-01", "never"],
    "languages": [None, [], ["az", "en"], ["a"], "az", [["az"]], [3]],
    "originals": [None, 1, 2, 0, True, 1.0, "2"],
    "readiness": [None, {}, {"legal_review": True, "bound": False}, {"printed": None},
                  {"translated": "yes"}, {"typo": True}, []],
    "typo": ["x"],
}


def test_quick_agreement_check_agrees_with_the_detailed_check() -> None:
    """Both checks judge every agreement alike, and record its reference alike."""
    rng = random.Random(11)
    base = {"id": "a1", "reference": "REF-1", "kind": "mou", "title": "T", "status": "ready",
            "parties": [{"organization": "org-1"}, {"organization": "org-2"}]}
    passed = 0
    for _ in range(20_000):
        agreement: dict[str, Any] = copy.deepcopy(base)
        for name in rng.sample(sorted(AGREEMENT_VALUES), rng.randint(0, 4)):
            agreement[name] = copy.deepcopy(rng.choice(AGREEMENT_VALUES[name]))
        quick_references = {"dup": 3}
        detailed_references = {"dup": 3}
        quick = _validator()._plainly_valid_agreement(agreement, quick_references, 0)
        errors = _detailed(agreement, detailed_references)
        assert quick == (not errors), (agreement, errors)
        if quick:
            assert quick_references == detailed_references
        else:
            assert quick_references == {"dup": 3}  # nothing recorded by a failed quick check
        passed += quick
    assert 1000 < passed < 19_000  # both outcomes were exercised


def _nested(levels: int) -> Any:
    value: Any = "x"
    for _ in range(levels):
        value = [value]
    return value


def test_a_valid_file_is_read_without_the_depth_walk_and_as_before() -> None:
    doc = synthetic_event_document(people=40, agreements=12, items=8)
    data = json.dumps(doc, ensure_ascii=False).encode()
    assert read_and_validate(data) == doc == decode_event_file(data)
    validate_event_document(doc)


@pytest.mark.parametrize("where", ["bio", "unknown field", "agreement title"])
def test_a_file_nested_too_deep_gets_the_depth_error_alone(where: str) -> None:
    """Validation runs first now; a failure still reports the nesting, not the
    problems found in the junk."""
    doc = synthetic_event_document(people=5, agreements=3, items=4)
    junk = _nested(MAX_DEPTH + 1)
    if where == "bio":
        doc["people"][0]["bio"] = junk
    elif where == "unknown field":
        doc["people"][1]["extra"] = junk
    else:
        doc["agreements"][0]["title"] = junk
    data = json.dumps(doc).encode()
    for read in (read_and_validate, decode_event_file):
        with pytest.raises(EventFileError) as caught:
            read(data)
        assert caught.value.errors == [f"the file is nested more than {MAX_DEPTH} levels deep"]


def test_junk_within_the_depth_limit_is_reported_with_its_path() -> None:
    doc = synthetic_event_document(people=5, agreements=3, items=4)
    doc["people"][0]["bio"] = _nested(3)
    with pytest.raises(EventFileError) as caught:
        read_and_validate(json.dumps(doc).encode())
    assert caught.value.errors == ['people[0].bio: expected text, got [[["x"]]]']


def test_a_lone_surrogate_is_refused_with_its_path(db: Database, tmp_path: Path) -> None:
    """``"\\ud800"`` decodes to a string no database or file can hold; the import
    names the field instead of failing when the row is written."""
    doc = synthetic_event_document(people=5, agreements=3, items=4)
    doc["people"][2]["bio"] = "before \ud800 after"
    doc["organizations"][0]["local_names"] = {"ru": "\udfff"}
    doc["agreements"][0]["title"] = "Paired 🎓 is fine"  # escaped as a valid pair
    path = tmp_path / "surrogate.json"
    path.write_bytes(json.dumps(doc).encode())  # ensure_ascii: \ud800, \ud83c\udf93
    with pytest.raises(EventFileError) as caught:
        import_event_file(db, path)
    assert caught.value.errors == [
        'organizations[0].local_names.ru: invalid text "\\udfff": a lone UTF-16 surrogate '
        "(\\ud800–\\udfff) is not a character; is the file damaged?",
        'people[2].bio: invalid text "before \\ud800 after": a lone UTF-16 surrogate '
        "(\\ud800–\\udfff) is not a character; is the file damaged?",
    ]
    assert list_events(db) == []  # nothing stored


def test_escaped_surrogate_pairs_are_ordinary_text(db: Database, tmp_path: Path) -> None:
    doc = synthetic_event_document(people=5, agreements=3, items=4)
    doc["agreements"][0]["title"] = "Graduates 🎓 and Əli"
    path = tmp_path / "pairs.json"
    path.write_bytes(json.dumps(doc).encode())
    assert b"\\ud83c\\udf93" in path.read_bytes()
    import_event_file(db, path)
    exported = tmp_path / "back.json"
    export_event_file(db, doc["event"]["id"], exported)
    titles = [a["title"] for a in json.loads(exported.read_text("utf-8"))["agreements"]]
    assert "Graduates 🎓 and Əli" in titles
