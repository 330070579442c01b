"""Behaviour kept by the issue 7 speed fixes: the conflict check on plain facts, the
import with pre-assigned keys, folding by one translate table, loose name skeletons,
the container-only depth check and lazily built name indexes. Timing is measured by
the ``benchmarks/profile_*.py`` scripts, not here."""
from __future__ import annotations

import copy
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop_app.domain.conflicts import find_conflicts, find_conflicts_in
from desktop_app.domain.models import Agreement, AgreementParty, Person
from desktop_app.domain.text import fold, name_skeleton, search_key
from desktop_app.exchange.event_validation import EventFileError, decode_event_file
from desktop_app.services.event_import import store_event_document_with_facts
from desktop_app.services.events import check_event, import_event_document
from desktop_app.services.loading import load_conflict_facts, load_event
from desktop_app.services.people import PersonData, create_person, list_people
from desktop_app.services.person_choices import person_choices
from desktop_app.services.table_matching import NameIndex
from desktop_app.storage.database import Database
from tests.support import synthetic_event_document

ALL_CODES = {"room-overlap", "person-overlap", "draft-in-signing", "not-a-signing-item",
             "repeated-order", "signatory-organization"}


def conflicted_document() -> dict[str, Any]:
    """A generated event with every kind of warning, witnesses and a chair."""
    doc = synthetic_event_document(people=60, agreements=12, items=8, event_id="conflicted")
    agenda, deals = doc["agenda"], doc["agreements"]
    agenda[1].update(start=agenda[0]["start"], end=agenda[0]["end"])  # same room, same time
    agenda[2].update(kind="panel", chair="p5", start="12:00", end="12:30")
    agenda[3].update(start="12:10", end="12:40", speakers=["p5"])  # p5 chairs and speaks
    deals[0]["status"] = "draft"
    deals[1]["signing"] = {"agenda_item": agenda[4]["id"], "order": 1}  # a speech item
    deals[3]["signing"]["order"] = deals[2]["signing"]["order"]
    deals[4]["parties"][0]["signatory"] = "p7"  # p7 belongs to another organization
    deals[5]["witnesses"] = ["p8", "p9"]
    doc["agenda"].append({"id": "overlap", "kind": "speech", "title": "Same time as signing",
                          "day": "2026-05-13", "start": "10:00", "end": "10:30",
                          "room": "main", "speakers": ["p8"]})
    return doc


def test_check_reads_facts_that_give_the_same_warnings_as_the_loaded_event(db: Database) -> None:
    result = import_event_document(db, conflicted_document())
    warnings = check_event(db, "conflicted")
    assert {w.code for w in warnings} == ALL_CODES
    assert warnings == result.warnings  # facts from the document = facts read back
    with db.reader() as session:
        assert warnings == find_conflicts(load_event(session, "conflicted"))
    overlaps = [w for w in warnings if w.code == "person-overlap"]
    # p8 witnesses in the signing item and speaks in an item at the same time.
    assert any(w.subject_key == "signing" and w.related_keys == ("overlap",)
               and "Əliyev-8" in w.message for w in overlaps)


def test_facts_from_the_document_equal_the_facts_read_back(db: Database,
                                                           sample_doc: dict[str, Any]) -> None:
    for doc in (sample_doc, conflicted_document()):
        with db.session() as session:
            _, facts = store_event_document_with_facts(session, doc)
            session.flush()
            assert facts == load_conflict_facts(session, doc["event"]["id"])
            assert find_conflicts_in(facts) == find_conflicts(load_event(session,
                                                                         doc["event"]["id"]))


def test_imported_keys_follow_existing_rows_and_new_records_never_collide(
        db: Database, sample_doc: dict[str, Any]) -> None:
    import_event_document(db, synthetic_event_document(people=30, agreements=5,
                                                       event_id="first"))
    import_event_document(db, sample_doc)
    # Replacing deletes and re-inserts in one transaction, above the largest key.
    import_event_document(db, synthetic_event_document(people=30, agreements=5,
                                                       event_id="first"), replace=True)
    person = create_person(db, "first", PersonData("Əliyeva", "Aygün"))  # an ORM insert
    with db.reader() as session:
        ids = session.scalars(select(Person.id).order_by(Person.id)).all()
        assert len(ids) == len(set(ids)) == 30 + len(sample_doc["people"]) + 1
        assert person.id == max(ids)
        parties = session.execute(select(func.count()).select_from(AgreementParty)
                                  .join(Agreement)).scalar_one()
        assert parties == 10 + sum(len(a["parties"]) for a in sample_doc["agreements"])
        versions = set(session.scalars(select(Person.version)))
        assert versions == {1}
    assert [p.search_key for p in list_people(db, "first", "aliyeva")] == [person.search_key]


def test_fold_by_translate_table_keeps_every_rule() -> None:
    assert fold("İlqar  ƏMRULLAYEV") == "ilqar amrullayev"
    assert fold("Нұрбек Ёлкин") == "нурбек елкин"
    assert fold("Straße Łódź Ærø") == "strasse lodz aero"
    assert fold("e\u0301te\u0308") == "ete"  # combining marks dropped
    assert fold("Plain ASCII") == "plain ascii"
    assert search_key(["Саясат Нұрбек", None, ""]) == "саясат нурбек|sayasat nurbek"


def test_name_skeletons_unify_spellings_scripts_and_word_order() -> None:
    same = ["Sayasat Nurbek", "Саясат Нұрбек", "Нурбек Саясат", "NURBEK, Sayasat"]
    assert len({name_skeleton(n) for n in same}) == 1
    assert name_skeleton("Pashayev") == name_skeleton("Paşayev") == name_skeleton("Пашаев")
    assert name_skeleton("O'Neil_Smith") == name_skeleton("Smith O Neil")
    assert name_skeleton("Yusifov") != name_skeleton("Yusufov-Ali")


def test_depth_limit_counts_leaves_too() -> None:
    from desktop_app.exchange.event_validation import MAX_DEPTH

    def nested(levels: int, leaf: Any) -> Any:
        value = leaf
        for _ in range(levels):
            value = [value]
        return value

    assert decode_event_file(str(nested(MAX_DEPTH, [])).encode()) == nested(MAX_DEPTH, [])
    assert decode_event_file(str(nested(MAX_DEPTH, 1)).encode()) == nested(MAX_DEPTH, 1)
    for too_deep in (nested(MAX_DEPTH + 1, 1), nested(MAX_DEPTH + 1, [])):
        with pytest.raises(EventFileError, match="nested more than"):
            decode_event_file(str(too_deep).replace("'", '"').encode())


def test_name_index_builds_its_skeletons_on_first_search_and_after_additions() -> None:
    index: NameIndex[str] = NameIndex()
    index.add("a", ["Sayasat Nurbek"], "first")
    assert index.by_key == {"a": "first"} and index._by_skeleton is None
    assert index.find(["Нұрбек Саясат"]) == ["first"]
    index.add("b", ["Саясат Нурбек"], "second")
    assert index.find(["sayasat nurbek"]) == ["first", "second"]


def test_person_choices_hold_what_pickers_show_and_search(db: Database,
                                                          sample_event: str) -> None:
    choices = person_choices(db, sample_event)
    views = {p.id: p for p in list_people(db, sample_event)}
    assert sorted(c.id for c in choices) == sorted(views)
    for choice in choices:
        view = views[choice.id]
        assert (choice.display_name, choice.organization_id, choice.organization_name,
                choice.search_key) == (view.display_name, view.organization_id,
                                       view.organization_name, view.search_key)
    assert [(c.family_name, c.given_name or "") for c in choices] == sorted(
        (c.family_name, c.given_name or "") for c in choices)


def test_document_facts_do_not_change_the_document(db: Database) -> None:
    doc = conflicted_document()
    before = copy.deepcopy(doc)
    import_event_document(db, doc)
    assert doc == before


def test_quick_person_check_agrees_with_the_detailed_check() -> None:
    """The validator skips the detailed (error-path building) check of a person that
    its quick check passes; both must agree on every person, valid or not."""
    import random

    values: list[Any] = [None, "", " ", "x", "Prof.", 3, 0, True, 1.5, [], {}, "AZ", "az",
                         "ru-Latn", "zz!", "org-1", "missing", {"az": "Əli"}, {"az": ""},
                         {"??": "x"}, {"kk": 5}]
    fields = ["id", "honorific", "given_name", "family_name", "local_names", "position",
              "organization", "country", "precedence", "email", "phone", "bio", "typo"]
    rng = random.Random(7)
    passed = 0
    for _ in range(20_000):
        person = {"id": "p1", "family_name": "Əliyev"}
        for name in rng.sample(fields, rng.randint(0, 4)):
            person[name] = rng.choice(values)
        quick = _validator()._plainly_valid_person(person)
        assert quick == (not _detailed_errors(person)), person
        passed += quick
    assert 1000 < passed < 19_000  # both outcomes were exercised


def _validator() -> Any:
    from desktop_app.exchange.event_validation import _Validator

    validator = _Validator()
    validator.organizations = {"org-1"}
    return validator


def _detailed_errors(person: dict[str, Any]) -> list[str]:
    """What the detailed check alone says about ``person`` (the quick path bypassed)."""
    validator = _validator()
    validator._plainly_valid_person = lambda _person: False
    validator.person(person, "people[0]")
    return list(validator.out.errors)
