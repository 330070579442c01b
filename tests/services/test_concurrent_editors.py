"""Two application instances (or two organizers on one server) editing the same event."""
from __future__ import annotations

import pytest

from desktop_app.domain.errors import StaleDataError
from desktop_app.services import agenda, agreements, people
from desktop_app.storage import Database, open_database


@pytest.fixture
def other(db: Database) -> Database:
    """A second, independent instance on the same database."""
    second = open_database(db.url, backup=False)
    yield second
    second.dispose()


def test_second_save_of_the_same_item_is_refused(db: Database, other: Database,
                                                 sample_event: str) -> None:
    mine = people.list_people(db, sample_event, "nurbek")[0]
    theirs = people.list_people(other, sample_event, "nurbek")[0]
    assert mine == theirs
    edit = people.PersonData.from_view(theirs)
    edit.position = "Their edit"
    people.update_person(other, theirs.id, edit, theirs.version)

    stale = people.PersonData.from_view(mine)
    stale.position = "My edit"
    with pytest.raises(StaleDataError, match="changed by someone else"):
        people.update_person(db, mine.id, stale, mine.version)
    assert people.list_people(db, sample_event, "nurbek")[0].position == "Their edit"


def test_status_change_on_an_outdated_agreement_is_refused(db: Database, other: Database,
                                                           sample_event: str) -> None:
    mine = next(a for a in agreements.list_agreements(db, sample_event)
                if a.reference == "AZ-KZ/2025/005")
    agreements.set_readiness(other, mine.id, "bound", False)
    with pytest.raises(StaleDataError):
        agreements.set_status(db, mine.id, "cancelled", expected_version=mine.version)
    assert agreements.get_agreement(db, mine.id).status == "signed"


def test_agenda_moves_race(db: Database, other: Database, sample_event: str) -> None:
    import datetime as dt

    item = next(i for i in agenda.list_agenda(db, sample_event) if i.key == "coffee")
    agenda.move_agenda_item(other, item.id, start_time=dt.time(16, 0),
                            expected_version=item.version)
    with pytest.raises(StaleDataError):
        agenda.move_agenda_item(db, item.id, start_time=dt.time(17, 0),
                                expected_version=item.version)
    assert agenda.get_agenda_item(db, item.id).start_time == dt.time(16, 0)


def test_each_instance_sees_what_the_other_committed(db: Database, other: Database,
                                                     sample_event: str) -> None:
    # 'other' opened before the sample was imported, so the import is news to it.
    assert other.external_changes() == [("events", sample_event)]
    assert other.external_changes() == []
    person = people.list_people(db, sample_event, "nurbek")[0]
    edit = people.PersonData.from_view(person)
    edit.phone = "+7 700 000 00 00"
    people.update_person(db, person.id, edit, person.version)
    assert other.external_changes() == [("people", sample_event)]
    assert other.external_changes() == []
    assert db.external_changes() == []  # its own changes are not news to itself
