"""People and organizations: create, edit, delete with references, search in every script."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_app.domain.errors import InUseError, StaleDataError, ValidationError
from desktop_app.domain.models import AgendaSpeaker, Person
from desktop_app.services import organizations, people
from desktop_app.storage import Database
from tests.builders import (
    MakeAgendaItem,
    MakeAgreement,
    MakeEvent,
    MakeOrganization,
    MakePerson,
)


def _names(views: list[people.PersonRow]) -> list[str]:
    return [v.full_name for v in views]


def _person(db: Database, event: str, person_id: int) -> people.PersonRow:
    return next(p for p in people.list_people(db, event) if p.id == person_id)


def test_create_person_stores_search_key_and_key(db: Database, make_event: MakeEvent) -> None:
    event = make_event().key
    view = people.create_person(db, event, people.PersonData(
        family_name="Əliyeva", given_name="Gülnarə", honorific="Dr.",
        local_names={"ru": "Гюльнара Алиева"}, precedence=4))
    assert view.key == "gulnara-aliyeva"
    assert view.version == 1
    assert _names(people.list_people(db, event, "GÜLNARƏ")) == ["Gülnarə Əliyeva"]
    assert _names(people.list_people(db, event, "гюльнара")) == ["Gülnarə Əliyeva"]
    assert "Gülnarə Əliyeva" in _names(people.list_people(db, event, "aliyeva"))


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
        db: Database, make_event: MakeEvent, make_person: MakePerson, query: str,
        expected: list[str]) -> None:
    event = make_event().key
    for given, family in (("İlqar", "Məmmədov"), ("Ilgar", "Kazımov"), ("Нұрлан", "Әбішев")):
        make_person(family_name=family, given_name=given)
    make_person(family_name="Bystander")  # matches none of the queries
    assert _names(people.list_people(db, event, query)) == expected


def test_people_list_in_azerbaijani_alphabetical_order(db: Database, make_event: MakeEvent,
                                                       make_person: MakePerson) -> None:
    event = make_event().key
    for family in ("Zeynalov", "Çələbi", "Cəfərli", "Əhmədov", "Eldarov", "İsmayılov", "Işıqlı"):
        make_person(family_name=family, given_name="Test")
    ordered = [v.family_name for v in people.list_people(db, event, language="az")]
    assert ordered == ["Cəfərli", "Çələbi", "Eldarov", "Əhmədov", "Işıqlı", "İsmayılov",
                       "Zeynalov"]


def test_invalid_edit_names_fields_and_changes_nothing(db: Database, make_event: MakeEvent,
                                                       make_person: MakePerson) -> None:
    event = make_event().key
    person = make_person(country="KZ", precedence=2)
    data = people.PersonData.from_row(person)
    data.family_name = "  "
    data.country = "Kazakhstan"
    data.precedence = 0
    with pytest.raises(ValidationError) as caught:
        people.update_person(db, person.id, data, person.version)
    assert {p.field for p in caught.value.problems} == {"family_name", "country", "precedence"}
    assert caught.value.problems[1].value == "Kazakhstan"
    assert _person(db, event, person.id) == person


def test_stale_save_is_refused(db: Database, make_event: MakeEvent,
                               make_person: MakePerson) -> None:
    event = make_event().key
    person = make_person()
    first = people.PersonData.from_row(person)
    first.position = "Minister"
    people.update_person(db, person.id, first, person.version)
    second = people.PersonData.from_row(person)
    second.position = "Someone else's edit"
    with pytest.raises(StaleDataError, match="changed by someone else"):
        people.update_person(db, person.id, second, person.version)
    assert _person(db, event, person.id).position == "Minister"


def test_delete_referenced_person_asks_then_detaches(
        db: Database, make_organization: MakeOrganization, make_person: MakePerson,
        make_agenda_item: MakeAgendaItem, make_agreement: MakeAgreement) -> None:
    organization = make_organization()
    person = make_person(organization_id=organization.id)
    speech = make_agenda_item(speaker_ids=[person.id])
    agreement = make_agreement(parties=[(organization, person), make_organization()])
    with pytest.raises(InUseError) as caught:
        people.delete_person(db, person.id)
    assert f'speaker in "{speech.title}"' in caught.value.references
    assert f"signatory of {agreement.reference}" in caught.value.references
    people.delete_person(db, person.id, force=True)
    with db.reader() as session:
        assert session.get(Person, person.id) is None
        assert session.scalars(select(AgendaSpeaker).where(
            AgendaSpeaker.person_id == person.id)).all() == []


def test_organization_party_to_an_agreement_cannot_be_deleted(
        db: Database, make_organization: MakeOrganization,
        make_agreement: MakeAgreement) -> None:
    party = make_organization()
    agreement = make_agreement(parties=[party, make_organization()])
    with pytest.raises(InUseError) as caught:
        organizations.delete_organization(db, party.id, force=True)
    assert f"party to {agreement.reference}" in caught.value.references


def test_unreferenced_organization_members_are_detached_on_confirmation(
        db: Database, make_event: MakeEvent, make_organization: MakeOrganization,
        make_person: MakePerson) -> None:
    event = make_event().key
    org = make_organization(name="Xəzər <Test> & Co", kind="company")
    member = make_person(family_name="Member", organization_id=org.id)
    with pytest.raises(InUseError, match=f"organization of {member.full_name}"):
        organizations.delete_organization(db, org.id)
    organizations.delete_organization(db, org.id, force=True)
    assert _person(db, event, member.id).organization_id is None
    assert member.organization_name == "Xəzər <Test> & Co"


def test_organization_validation(make_organization: MakeOrganization) -> None:
    with pytest.raises(ValidationError) as caught:
        make_organization(name="", kind="school", country="az")
    assert [p.field for p in caught.value.problems] == ["name", "kind", "country"]


def test_first_page_of_people_in_alphabet_order(db: Database, make_event: MakeEvent,
                                                make_person: MakePerson) -> None:
    event = make_event().key
    for family in ("Zeynalov", "Çələbi", "Cəfərli", "Əhmədov", "Bayramov", "Dadaşov",
                   "Hüseynov", "Qasımov"):
        make_person(family_name=family)
    everything = people.list_people(db, event, language="az")
    first = people.list_people(db, event, language="az", limit=5)
    assert first == everything[:5]
    assert len(everything) == 8
    assert people.list_people(db, event, "Əhməd", limit=1)[0].family_name == "Əhmədov"


def test_one_person_or_organization_read_back_is_as_the_lists_show_it(
        db: Database, sample_event: str) -> None:
    """Undo compares a record read alone with what it stored (``ui.undo.KeptRecord``)."""
    for person in people.list_people(db, sample_event):
        assert people.get_person(db, person.id) == person
    for organization in organizations.list_organizations(db, sample_event):
        assert organizations.get_organization(db, organization.id) == organization
