"""Two application instances (or two organizers on one server) editing the same event."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.errors import StaleDataError
from desktop_app.services import agenda, agreements, organizations, people
from desktop_app.storage import Database, open_database
from tests.builders import MakeAgendaItem, MakeAgreement, MakeEvent, MakePerson


@pytest.fixture
def other(db: Database) -> Database:
    """A second, independent instance on the same database."""
    second = open_database(db.url, backup=False)
    yield second
    second.dispose()


def _person(db: Database, event: str, person_id: int) -> people.PersonRow:
    return next(p for p in people.list_people(db, event) if p.id == person_id)


def test_second_save_of_the_same_item_is_refused(db: Database, other: Database,
                                                 make_event: MakeEvent,
                                                 make_person: MakePerson) -> None:
    event = make_event().key
    person = make_person()
    mine = _person(db, event, person.id)
    theirs = _person(other, event, person.id)
    assert mine == theirs
    edit = people.PersonData.from_row(theirs)
    edit.position = "Their edit"
    people.update_person(other, theirs.id, edit, theirs.version)

    stale = people.PersonData.from_row(mine)
    stale.position = "My edit"
    with pytest.raises(StaleDataError, match="changed by someone else"):
        people.update_person(db, mine.id, stale, mine.version)
    assert _person(db, event, person.id).position == "Their edit"


def test_status_change_on_an_outdated_agreement_is_refused(
        db: Database, other: Database, make_agreement: MakeAgreement) -> None:
    mine = make_agreement(status="signed", signed_at=dt.datetime(2026, 5, 12, 12, 0,
                                                                 tzinfo=dt.UTC))
    agreements.set_readiness(other, mine.id, "bound", False)
    with pytest.raises(StaleDataError):
        agreements.set_status(db, mine.id, "cancelled", expected_version=mine.version)
    assert agreements.get_agreement(db, mine.id).status == "signed"


def test_agenda_moves_race(db: Database, other: Database,
                           make_agenda_item: MakeAgendaItem) -> None:
    item = make_agenda_item()
    agenda.move_agenda_item(other, item.id, start_time=dt.time(16, 0),
                            expected_version=item.version)
    with pytest.raises(StaleDataError):
        agenda.move_agenda_item(db, item.id, start_time=dt.time(17, 0),
                                expected_version=item.version)
    assert agenda.get_agenda_item(db, item.id).start_time == dt.time(16, 0)


def test_each_instance_sees_what_the_other_committed(db: Database, other: Database,
                                                     make_event: MakeEvent,
                                                     make_person: MakePerson) -> None:
    event = make_event().key
    # 'other' opened before the event was made, so the event is news to it.
    assert other.external_changes() == [("events", event)]
    person = make_person()
    assert other.external_changes() == [("people", event)]
    assert other.external_changes() == []
    edit = people.PersonData.from_row(person)
    edit.phone = "+7 700 000 00 00"
    people.update_person(db, person.id, edit, person.version)
    assert other.external_changes() == [("people", event)]
    assert other.external_changes() == []
    assert db.external_changes() == []  # its own changes are not news to itself


def _their_phone(other: Database, sample_event: str, key: str, phone: str) -> None:
    theirs = next(p for p in people.list_people(other, sample_event) if p.key == key)
    edit = people.PersonData.from_row(theirs)
    edit.phone = phone
    people.update_person(other, theirs.id, edit, theirs.version)


def test_deleting_a_person_someone_else_changed_since_is_refused(
        db: Database, other: Database, sample_event: str) -> None:
    mine = next(p for p in people.list_people(db, sample_event) if p.key == "asadov")
    _their_phone(other, sample_event, "asadov", "+994 12 000 00 00")
    with pytest.raises(StaleDataError, match='person "asadov" was changed by someone else'):
        people.delete_person(db, mine.id, force=True, expected_version=mine.version)
    assert people.get_person(db, mine.id).phone == "+994 12 000 00 00"
    people.delete_person(db, mine.id, force=True,
                         expected_version=people.get_person(db, mine.id).version)
    assert not any(p.key == "asadov" for p in people.list_people(db, sample_event))


def test_deleting_an_organization_someone_else_changed_since_is_refused(
        db: Database, other: Database, sample_event: str) -> None:
    mine = organizations.create_organization(
        db, sample_event, organizations.OrganizationData("Short-lived", "other", "AZ"))
    renamed = organizations.OrganizationData.from_row(mine)
    renamed.city = "Baku"
    organizations.update_organization(other, mine.id, renamed, mine.version)
    with pytest.raises(StaleDataError, match="changed by someone else"):
        organizations.delete_organization(db, mine.id, expected_version=mine.version)
    assert organizations.get_organization(db, mine.id).city == "Baku"


def test_deleting_an_agreement_someone_else_changed_since_is_refused(
        db: Database, other: Database, sample_event: str) -> None:
    mine = next(a for a in agreements.list_agreements(db, sample_event)
                if a.reference == "AZ-KZ/2025/005")
    agreements.set_readiness(other, mine.id, "bound", False)
    with pytest.raises(StaleDataError, match="changed by someone else"):
        agreements.delete_agreement(db, mine.id, expected_version=mine.version)
    assert not agreements.get_agreement(db, mine.id).readiness["bound"]
