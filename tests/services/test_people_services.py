"""People and organizations: create, edit, delete with references, search in every script."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_app.domain.errors import InUseError, StaleDataError, ValidationError
from desktop_app.domain.models import AgendaSpeaker, Person
from desktop_app.services import people
from desktop_app.storage import Database


def _names(views: list[people.PersonView]) -> list[str]:
    return [v.full_name for v in views]


def test_create_person_stores_search_key_and_key(db: Database, sample_event: str) -> None:
    view = people.create_person(db, sample_event, people.PersonData(
        family_name="Əliyeva", given_name="Gülnarə", honorific="Dr.",
        local_names={"ru": "Гюльнара Алиева"}, precedence=4))
    assert view.key == "gulnara-aliyeva"
    assert view.version == 1
    assert _names(people.list_people(db, sample_event, "GÜLNARƏ")) == ["Gülnarə Əliyeva"]
    assert _names(people.list_people(db, sample_event, "гюльнара")) == ["Gülnarə Əliyeva"]
    assert "Gülnarə Əliyeva" in _names(people.list_people(db, sample_event, "aliyeva"))


@pytest.mark.parametrize(("query", "expected"), [
    ("ilqar", ["İlqar Məmmədov"]),
    ("İLQAR", ["İlqar Məmmədov"]),
    ("ILGAR", ["Ilgar Kazımov"]),
    ("ılgar", ["Ilgar Kazımov"]),
    ("məmməd", ["İlqar Məmmədov"]),
    ("MƏMMƏD", ["İlqar Məmmədov"]),
    ("нұр", ["Нұрлан Әбішев"]),
    ("НҰРЛАН", ["Нұрлан Әбішев"]),
    ("әбіш", ["Нұрлан Әбішев"]),
    ("abish", ["Нұрлан Әбішев"]),
    ("100%", []),
])
def test_search_is_case_and_accent_insensitive_in_every_script(
        db: Database, sample_event: str, query: str, expected: list[str]) -> None:
    for given, family in (("İlqar", "Məmmədov"), ("Ilgar", "Kazımov"), ("Нұрлан", "Әбішев")):
        people.create_person(db, sample_event, people.PersonData(family_name=family,
                                                                 given_name=given))
    found = [name for name in _names(people.list_people(db, sample_event, query))
             if name in {"İlqar Məmmədov", "Ilgar Kazımov", "Нұрлан Әбішев"}]
    assert found == expected


def test_people_list_in_azerbaijani_alphabetical_order(db: Database, sample_event: str) -> None:
    for family in ("Zeynalov", "Çələbi", "Cəfərli", "Əhmədov", "Eldarov", "İsmayılov", "Işıqlı"):
        people.create_person(db, sample_event, people.PersonData(family_name=family,
                                                                 given_name="Test"))
    ordered = [v.family_name for v in people.list_people(db, sample_event, "test", "az")]
    assert ordered == ["Cəfərli", "Çələbi", "Eldarov", "Əhmədov", "Işıqlı", "İsmayılov",
                       "Zeynalov"]


def test_invalid_edit_names_fields_and_changes_nothing(db: Database, sample_event: str) -> None:
    person = people.list_people(db, sample_event, "nurbek")[0]
    data = people.PersonData.from_view(person)
    data.family_name = "  "
    data.country = "Kazakhstan"
    data.precedence = 0
    with pytest.raises(ValidationError) as caught:
        people.update_person(db, person.id, data, person.version)
    assert {p.field for p in caught.value.problems} == {"family_name", "country", "precedence"}
    assert caught.value.problems[1].value == "Kazakhstan"
    assert people.list_people(db, sample_event, "nurbek")[0] == person


def test_stale_save_is_refused(db: Database, sample_event: str) -> None:
    person = people.list_people(db, sample_event, "nurbek")[0]
    first = people.PersonData.from_view(person)
    first.position = "Minister"
    people.update_person(db, person.id, first, person.version)
    second = people.PersonData.from_view(person)
    second.position = "Someone else's edit"
    with pytest.raises(StaleDataError, match="changed by someone else"):
        people.update_person(db, person.id, second, person.version)
    assert people.list_people(db, sample_event, "nurbek")[0].position == "Minister"


def test_delete_referenced_person_asks_then_detaches(db: Database, sample_event: str) -> None:
    person = people.list_people(db, sample_event, "pashayev")[0]
    with pytest.raises(InUseError) as caught:
        people.delete_person(db, person.id)
    assert 'speaker in "Welcome speech"' in caught.value.references
    assert "signatory of AZ-KZ/2025/001" in caught.value.references
    people.delete_person(db, person.id, force=True)
    with db.reader() as session:
        assert session.get(Person, person.id) is None
        assert session.scalars(select(AgendaSpeaker).where(
            AgendaSpeaker.person_id == person.id)).all() == []


def test_organization_party_to_an_agreement_cannot_be_deleted(db: Database,
                                                              sample_event: str) -> None:
    ada = next(o for o in people.list_organizations(db, sample_event) if o.key == "ada")
    with pytest.raises(InUseError) as caught:
        people.delete_organization(db, ada.id, force=True)
    assert "party to AZ-KZ/2025/001" in caught.value.references


def test_unreferenced_organization_members_are_detached_on_confirmation(
        db: Database, sample_event: str) -> None:
    org = people.create_organization(db, sample_event, people.OrganizationData(
        name="Xəzər <Test> & Co", kind="company", country="AZ"))
    member = people.create_person(db, sample_event, people.PersonData(
        family_name="Member", organization_id=org.id))
    with pytest.raises(InUseError, match="organization of Member"):
        people.delete_organization(db, org.id)
    people.delete_organization(db, org.id, force=True)
    assert people.list_people(db, sample_event, "member")[0].organization_id is None
    assert member.organization_name == "Xəzər <Test> & Co"


def test_organization_validation(db: Database, sample_event: str) -> None:
    with pytest.raises(ValidationError) as caught:
        people.create_organization(db, sample_event, people.OrganizationData(
            name="", kind="school", country="az"))
    assert [p.field for p in caught.value.problems] == ["name", "kind", "country"]


def test_first_page_of_people_in_alphabet_order(db: Database, sample_event: str) -> None:
    for family in ("Zeynalov", "Çələbi", "Cəfərli", "Əhmədov"):
        people.create_person(db, sample_event, people.PersonData(family_name=family))
    everything = people.list_people(db, sample_event, language="az")
    first = people.list_people(db, sample_event, language="az", limit=5)
    assert first == everything[:5]
    assert len(everything) == 25
    assert people.list_people(db, sample_event, "Əhməd", limit=1)[0].family_name == "Əhmədov"
