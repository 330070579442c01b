"""Publishing versions of the programme and listing what changed since: every kind of
change, in programme order, as the changes list and as JSON; names, notes and errors;
schedule ids that a published version never gives to another item."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select, update

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.models import AgendaItem, Agreement, Person
from desktop_app.services.agenda import (
    AgendaItemData,
    TopicData,
    create_agenda_item,
    delete_agenda_item,
    get_agenda_item,
    list_agenda,
    move_agenda_item,
    update_agenda_item,
)
from desktop_app.services.publishing import (
    list_versions,
    programme_changes,
    publish_version,
    unpublished_changes,
)
from desktop_app.storage import Database
from tests.builders import MakeAgendaItem, MakeEvent

KEY = "ada-az-kz-2025"
FEB_28 = dt.datetime(2025, 2, 28, 10, 0, tzinfo=dt.UTC)


def _items(db: Database) -> dict[str, object]:
    return {item.key: item for item in list_agenda(db, KEY)}


def _people(db: Database) -> dict[str, int]:
    with db.reader() as session:
        return dict(session.execute(select(Person.key, Person.id)).all())


def _edit(db: Database, key: str, **changes: object) -> None:
    view = get_agenda_item(db, _items(db)[key].id)  # type: ignore[attr-defined]
    data = AgendaItemData.from_row(view)
    for name, value in changes.items():
        setattr(data, name, value)
    update_agenda_item(db, view.id, data, view.version)


def _signings(db: Database, **assign: tuple[str | None, int | None]) -> None:
    """Put agreements (by key) in a signing item (by key, or None) at an order."""
    with db.session() as session:
        items = dict(session.execute(select(AgendaItem.key, AgendaItem.id)).all())
        for key, (item, order) in assign.items():
            agreement = session.scalars(select(Agreement).where(Agreement.key == key)).one()
            agreement.signing_item_id = items[item] if item else None
            agreement.signing_order = order


def _change_everything(db: Database) -> None:
    """One change of every kind, each on its own item."""
    people = _people(db)
    items = _items(db)
    hall = items["welcome"].room_id  # type: ignore[attr-defined]
    create_agenda_item(db, KEY, AgendaItemData(
        title="Press statements", kind="remarks", day=dt.date(2025, 3, 4),
        start_time=dt.time(13, 35), end_time=dt.time(13, 50), room_id=hall, key="press"))
    delete_agenda_item(db, items["reception"].id)  # type: ignore[attr-defined]
    coffee = items["coffee"]
    move_agenda_item(db, coffee.id, start_time=dt.time(11, 35),  # type: ignore[attr-defined]
                     expected_version=coffee.version)  # type: ignore[attr-defined]
    _edit(db, "ambassador", room_id=items["coffee"].room_id)  # type: ignore[attr-defined]
    _edit(db, "welcome", title="Welcome address")
    _edit(db, "panel", chair_id=people["rector-adu"])
    _edit(db, "rectors", speaker_ids=[people["rector-bsu"], people["rector-kaznu"],
                                      people["rector-enu"]])
    _edit(db, "address-az", topics=[TopicData("Higher education reform")])
    _signings(db, **{"mou-039": ("signing", 39), "mou-040": (None, None),
                     "mou-001": ("signing", 2), "mou-002": ("signing", 1)})


def test_publish_change_publish_again_lists_every_kind_of_change(db: Database,
                                                                 sample_event: str) -> None:
    _signings(db, **{"mou-039": (None, None)})  # so that v2 can add it to the ceremony
    first = publish_version(db, KEY, note="to the ministries", now=FEB_28)
    assert first.stored and first.version is not None and first.version.name == "v1"
    assert first.version.changes is None  # the first has nothing before it

    _change_everything(db)
    assert unpublished_changes(db, KEY).count == 11
    second = publish_version(db, KEY, note="to the rectors", now=FEB_28 + dt.timedelta(days=5))
    assert second.stored and second.version is not None and second.version.name == "v2"
    assert second.changes == second.version.changes == 11

    report = programme_changes(db, KEY, since="v1")
    assert report.since.name == "v1" and report.until is None
    # In programme order: by time (a removed item where it was), then each item's kinds.
    assert [(change.item, change.kind) for change in report.changes] == [
        ("welcome", "renamed"),
        ("address-az", "topics"),
        ("ambassador", "room"),
        ("rectors", "speakers"),
        ("panel", "chair"),
        ("coffee", "moved"),
        ("signing", "signing-removed"),
        ("signing", "signing-added"),
        ("signing", "signings-reordered"),
        ("press", "added"),  # 13:35 in the hall, the first room
        ("reception", "removed"),  # 13:35 in the atrium, where it was
    ]
    by_kind = {change["kind"]: change for change in report.to_json()}
    assert json.loads(json.dumps(report.to_json())) == report.to_json()  # plain JSON
    assert by_kind["renamed"]["old"]["title"] == "Welcome speech"
    assert by_kind["renamed"]["new"]["title"] == "Welcome address"
    assert by_kind["renamed"]["new"]["title_local"]["az"] == "Salamlama nitqi"
    assert by_kind["moved"] == {
        "kind": "moved", "item": "coffee", "title": "Coffee break", "day": "2025-03-04",
        "start": "11:35", "old": {"day": "2025-03-04", "start": "11:20", "end": "11:35"},
        "new": {"day": "2025-03-04", "start": "11:35", "end": "11:50"}}
    assert by_kind["room"]["old"] == {"id": "hall", "name": "Conference Hall"}
    assert by_kind["room"]["new"] == {"id": "atrium", "name": "Atrium"}
    assert by_kind["chair"]["old"]["id"] == "asadov"
    assert by_kind["chair"]["new"]["id"] == "rector-adu"
    assert [p["id"] for p in by_kind["speakers"]["old"]] == [
        "rector-bsu", "rector-kaznu", "rector-asoiu", "rector-enu"]
    assert [p["id"] for p in by_kind["speakers"]["new"]] == [
        "rector-bsu", "rector-kaznu", "rector-enu"]
    assert by_kind["topics"]["old"] == [] and by_kind["topics"]["new"] == [
        {"text": "Higher education reform"}]
    assert by_kind["signing-added"]["old"] is None
    assert by_kind["signing-added"]["new"]["reference"] == "AZ-KZ/2025/039"
    assert by_kind["signing-removed"]["old"]["reference"] == "AZ-KZ/2025/040"
    assert by_kind["signing-removed"]["new"] is None
    assert by_kind["signings-reordered"]["old"][:2] == ["AZ-KZ/2025/001", "AZ-KZ/2025/002"]
    assert by_kind["signings-reordered"]["new"][:2] == ["AZ-KZ/2025/002", "AZ-KZ/2025/001"]
    assert by_kind["removed"]["old"]["room"] == {"id": "atrium", "name": "Atrium"}
    assert by_kind["removed"]["new"] is None
    assert by_kind["added"]["old"] is None
    assert by_kind["added"]["new"]["start"] == "13:35"

    # The same between the two versions, and nothing since the last.
    between = programme_changes(db, KEY, since="v1", until="v2")
    assert between.until is not None and between.until.name == "v2"
    assert between.to_json() == report.to_json()
    assert programme_changes(db, KEY).changes == []
    assert unpublished_changes(db, KEY).count == 0

    published = list_versions(db, KEY)
    assert [(v.name, v.note, v.changes) for v in published.versions] == [
        ("v1", "to the ministries", None), ("v2", "to the rectors", 11)]
    assert published.local_time(published.versions[0]) == dt.datetime(
        2025, 2, 28, 14, 0, tzinfo=published.local_time(published.versions[0]).tzinfo)


def test_publishing_without_a_change_stores_nothing(
        db: Database, make_event: MakeEvent, make_agenda_item: MakeAgendaItem) -> None:
    event = make_event(languages=["en", "kk"]).key
    coffee = make_agenda_item(kind="break", title="Coffee break")
    assert unpublished_changes(db, event).latest is None
    publish_version(db, event)
    again = publish_version(db, event, name="printers", note="the same")
    assert not again.stored and again.version is not None and again.version.name == "v1"
    assert [v.name for v in list_versions(db, event).versions] == ["v1"]
    # A translation is a change too: a reader in that language sees it.
    data = AgendaItemData.from_row(coffee)
    data.translations = {"title": {"kk": "Шай үзілісі"}}
    update_agenda_item(db, coffee.id, data, coffee.version)
    assert publish_version(db, event, name="printers").version.name == "printers"  # type: ignore[union-attr]
    assert publish_version(db, event).stored is False


def test_names_notes_and_errors(db: Database, make_event: MakeEvent,
                                make_agenda_item: MakeAgendaItem) -> None:
    event = make_event().key
    welcome = make_agenda_item()
    with pytest.raises(ValidationError, match="no version has been published yet"):
        programme_changes(db, event)
    publish_version(db, event, name="v2")  # a name of the user's first
    data = AgendaItemData.from_row(welcome)
    data.title = "Welcome address"
    update_agenda_item(db, welcome.id, data, welcome.version)
    with pytest.raises(ValidationError, match='"v2" is already the name of a published'):
        publish_version(db, event, name="v2")
    with pytest.raises(ValidationError, match="is required"):
        publish_version(db, event, name="  ")
    with pytest.raises(ValidationError, match="at most 64 characters"):
        publish_version(db, event, name="x" * 65)
    assert publish_version(db, event).version.name == "v3"  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match=r'no version "v9" has been published '
                                              r"\(published: v2, v3\)"):
        programme_changes(db, event, since="v9")
    with pytest.raises(ValidationError, match="must be a version published after v3"):
        programme_changes(db, event, since="v3", until="v2")


def test_an_id_a_version_published_is_never_given_to_another_item(
        db: Database, make_event: MakeEvent, make_agenda_item: MakeAgendaItem) -> None:
    event = make_event().key
    items = [make_agenda_item() for _ in range(3)]
    assert [item.schedule_id for item in items] == [1, 2, 3]
    publish_version(db, event)
    delete_agenda_item(db, items[-1].id)  # the highest id, 3
    new = make_agenda_item()
    assert new.schedule_id == 4


def test_an_item_created_again_gets_back_its_id(db: Database, make_event: MakeEvent,
                                                make_agenda_item: MakeAgendaItem) -> None:
    """Undoing a deletion creates the item again from its view: with its schedule id,
    unless another item has it by then."""
    event = make_event().key
    first, coffee, third, last = (make_agenda_item() for _ in range(4))
    assert coffee.schedule_id == 2
    delete_agenda_item(db, coffee.id)
    again = create_agenda_item(db, event, AgendaItemData.from_row(coffee))
    assert (again.key, again.schedule_id) == (coffee.key, 2)
    delete_agenda_item(db, again.id)
    with db.session() as session:  # meanwhile the last item was given 2 (and left 4)
        session.execute(update(AgendaItem).where(AgendaItem.id == last.id)
                        .values(schedule_id=2))
    recreated = create_agenda_item(db, event, AgendaItemData.from_row(coffee))
    assert recreated.schedule_id == 4  # the next after the highest, 3
