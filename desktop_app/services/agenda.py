"""Agenda items: create, edit, move, resize, shift the following ones, delete."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.sql.base import ExecutableOption

from desktop_app.domain.errors import FieldProblem, NotFoundError, ValidationError, problem
from desktop_app.domain.models import AgendaItem, AgendaSpeaker, AgendaTopic, Event, Person, Room
from desktop_app.domain.ordering import agenda_in_order
from desktop_app.domain.rules import (
    AGENDA_KINDS,
    check_choice,
    check_key,
    check_texts,
    check_times,
    clean_text,
    raise_if,
    require_text,
)
from desktop_app.domain.translations import Translations
from desktop_app.storage.database import Database

from .common import check_version, get_row, stale_as_domain_error, unique_key
from .loading import get_event_row
from .snapshots import AgendaItemRow
from .translated_texts import (
    apply_translations,
    check_translations,
    copied,
    stored_translations,
)

#: The timeline snaps moves and resizes to this many minutes.
SNAP_MINUTES = 5


@dataclass
class TopicData:
    """One topic of a panel: its text and its translations (``{"text": {language:
    text}}``; None keeps those of the item's topic with the same text). A topic carries
    its translations wherever it is moved in the list."""

    text: str
    translations: Translations | None = None


def topic_row(topic: TopicData | str) -> TopicData:
    """A topic given as plain text is a topic without translations of its own."""
    return topic if isinstance(topic, TopicData) else TopicData(topic)


@dataclass
class AgendaItemData:
    """The fields of an agenda item a user sets, as create and update take them (no id,
    no version; ``from_row`` copies a stored item's, for undo and duplicates)."""

    title: str
    kind: str
    day: dt.date
    start_time: dt.time
    end_time: dt.time
    room_id: int
    speaker_ids: list[int] = field(default_factory=list)
    chair_id: int | None = None
    #: The topics in order (``TopicData``; a plain string is a topic's text alone).
    topics: list[TopicData | str] = field(default_factory=list)
    description: str | None = None
    key: str | None = None
    #: Title and description in other languages, ``{field: {language: text}}``; None
    #: keeps the stored translations (``services.translated_texts``).
    translations: Translations | None = None
    #: A new item's schedule id: the one it had when it is created again (undo of a
    #: deletion), if no other item has it since; None gives the next.
    schedule_id: int | None = None

    @classmethod
    def from_row(cls, view: AgendaItemRow) -> AgendaItemData:
        topic_translations = list(view.topic_translations) or [{} for _ in view.topics]
        topics: list[TopicData | str] = [
            TopicData(text, copied(translations))
            for text, translations in zip(view.topics, topic_translations, strict=True)]
        return cls(view.title, view.kind, view.day, view.start_time, view.end_time, view.room_id,
                   list(view.speaker_ids), view.chair_id, topics, view.description,
                   view.key, copied(view.translations), view.schedule_id)


def _row_options() -> list[ExecutableOption]:
    """What ``AgendaItemRow.of`` reads, loaded with one query per relation for any
    number of items (a lazy load per item would grow with the agenda)."""
    return [selectinload(AgendaItem.room), selectinload(AgendaItem.chair),
            selectinload(AgendaItem.speakers).selectinload(AgendaSpeaker.person),
            selectinload(AgendaItem.topics)]


def _load_items(session: Session, event_id: int) -> list[AgendaItem]:
    return list(session.scalars(
        select(AgendaItem).where(AgendaItem.event_id == event_id).options(*_row_options())))


def _item_row(session: Session, item_id: int) -> AgendaItemRow:
    item = session.scalars(select(AgendaItem).where(AgendaItem.id == item_id)
                           .options(*_row_options())).one()
    return AgendaItemRow.of(item)


def _item_views(session: Session, item_ids: list[int]) -> list[AgendaItemRow]:
    """Views of ``item_ids``, in that order, read with a fixed number of queries.

    ``populate_existing`` refreshes items this session already holds (just
    flushed, with new times and versions) and fills their relations.
    """
    items = {item.id: item for item in session.scalars(
        select(AgendaItem).where(AgendaItem.id.in_(item_ids)).options(*_row_options())
        .execution_options(populate_existing=True))}
    return [AgendaItemRow.of(items[item_id]) for item_id in item_ids]


def list_agenda(db: Database, event_key: str) -> list[AgendaItemRow]:
    """All items of the event in programme order (day, start, room)."""
    with db.reader() as session:
        event = get_event_row(session, event_key)
        items = _load_items(session, event.id)
        # Already loaded; lets the ordering rule see them without loading them again.
        set_committed_value(event, "agenda_items", items)
        return [AgendaItemRow.of(item) for item in agenda_in_order(event)]


def check_item(session: Session, event: Event, data: AgendaItemData) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    require_text("title", data.title, problems)
    check_choice("kind", data.kind, AGENDA_KINDS, problems)
    check_times(data.day, data.start_time, data.end_time, event.start_date, event.end_date,
                problems)
    check_texts({"title": data.title, "description": data.description,
                 **{f"topics[{i}]": topic if isinstance(topic, str) else topic.text
                    for i, topic in enumerate(data.topics)}}, problems)
    if data.key is not None:
        check_key("key", data.key, problems)
    room = session.get(Room, data.room_id)
    if room is None or room.event_id != event.id:
        problems.append(problem("room", data.room_id, "is not a room of this event"))
    people = set(session.scalars(select(Person.id).where(Person.event_id == event.id)))
    for speaker in data.speaker_ids:
        if speaker not in people:
            problems.append(problem("speakers", speaker, "is not a person of this event"))
    if len(set(data.speaker_ids)) != len(data.speaker_ids):
        problems.append(problem("speakers", data.speaker_ids, "lists a person twice"))
    if data.chair_id is not None and data.chair_id not in people:
        problems.append(problem("chair", data.chair_id, "is not a person of this event"))
    check_translations(data.translations, problems)
    for i, topic in enumerate(map(topic_row, data.topics)):
        require_text(f"topics[{i}]", topic.text, problems)
        check_translations(topic.translations, problems, prefix=f"topics[{i}].")
    return problems


def _apply_item(item: AgendaItem, data: AgendaItemData) -> None:
    item.title = clean_text(data.title)
    item.kind = data.kind
    item.day = data.day
    item.start_time = data.start_time
    item.end_time = data.end_time
    item.room_id = data.room_id
    item.chair_id = data.chair_id
    item.description = (clean_text(data.description) if data.description else "") or None
    current_speakers = [link.person_id for link in item.speakers]
    if current_speakers != list(data.speaker_ids):
        item.speakers.clear()
        item.speakers.extend(AgendaSpeaker(person_id=pid) for pid in data.speaker_ids)
    apply_translations(item, "agenda_item", data.translations)
    _apply_topics(item, [topic_row(topic) for topic in data.topics])


def _apply_topics(item: AgendaItem, topics: list[TopicData]) -> None:
    """Replace the item's topics when their texts, order or translations differ. A topic
    without translations of its own (None) keeps those of the topic it had the same
    text as."""
    kept: dict[str, Translations] = {}
    for old in item.topics:
        kept.setdefault(old.text, old.translations or {})
    wanted = []
    for topic in topics:
        text = clean_text(topic.text)
        row = AgendaTopic(text=text)
        translations = kept.get(text, {}) if topic.translations is None else topic.translations
        row.translations = stored_translations("topic", translations, row)
        wanted.append(row)
    current = [(topic.text, topic.translations or {}) for topic in item.topics]
    if current != [(row.text, row.translations) for row in wanted]:
        item.topics.clear()
        item.topics.extend(wanted)


def create_agenda_item(db: Database, event_key: str, data: AgendaItemData) -> AgendaItemRow:
    with db.session() as session:
        event = get_event_row(session, event_key)
        raise_if(check_item(session, event, data))
        key = data.key or unique_key(session, AgendaItem, event.id, data.title)
        if session.scalars(select(AgendaItem.id).where(AgendaItem.event_id == event.id,
                                                       AgendaItem.key == key)).first():
            raise ValidationError(problem("key", key, '"{value}" is already used by another item',
                                          value=key))
        item = AgendaItem(event_id=event.id, key=key)
        if data.schedule_id is not None and not session.scalars(select(AgendaItem.id).where(
                AgendaItem.event_id == event.id,
                AgendaItem.schedule_id == data.schedule_id)).first():
            item.schedule_id = data.schedule_id
        _apply_item(item, data)
        session.add(item)
        session.flush()
        view = _item_row(session, item.id)
    db.notify("agenda", event_key)
    return view


def update_agenda_item(db: Database, item_id: int, data: AgendaItemData,
                       expected_version: int | None = None) -> AgendaItemRow:
    with db.session() as session:
        item = get_row(session, AgendaItem, item_id, "agenda item")
        check_version(item, expected_version, "agenda item")
        event = session.get_one(Event, item.event_id)
        raise_if(check_item(session, event, data))
        with stale_as_domain_error("agenda item", item.key):
            _apply_item(item, data)
            session.flush()
        view = _item_row(session, item.id)
    db.notify("agenda", event.key)
    return view


def _snap(minutes: int) -> int:
    return int(round(minutes / SNAP_MINUTES) * SNAP_MINUTES)


def _time_of(minutes: int, field_name: str) -> dt.time:
    if not 0 <= minutes < 24 * 60:
        raise ValidationError(problem(field_name, minutes, "would fall outside the day"))
    return dt.time(minutes // 60, minutes % 60)


def move_agenda_item(db: Database, item_id: int, *, day: dt.date | None = None,
                     start_time: dt.time, room_id: int | None = None,
                     expected_version: int | None = None) -> AgendaItemRow:
    """Move an item to a new start (snapped to 5 minutes), keeping its duration."""
    view = get_agenda_item(db, item_id)
    start = _snap(start_time.hour * 60 + start_time.minute)
    end = start + view.duration_minutes
    data = AgendaItemData.from_row(view)
    data.day = day or view.day
    data.start_time = _time_of(start, "start")
    data.end_time = _time_of(end, "end") if end < 24 * 60 else _time_of(-1, "end")
    data.room_id = room_id if room_id is not None else view.room_id
    return update_agenda_item(db, item_id, data, expected_version)


def resize_agenda_item(db: Database, item_id: int, *, end_time: dt.time,
                       expected_version: int | None = None) -> AgendaItemRow:
    """Change an item's end (snapped to 5 minutes); it must stay after the start."""
    view = get_agenda_item(db, item_id)
    data = AgendaItemData.from_row(view)
    data.end_time = _time_of(_snap(end_time.hour * 60 + end_time.minute), "end")
    return update_agenda_item(db, item_id, data, expected_version)


def get_agenda_item(db: Database, item_id: int) -> AgendaItemRow:
    with db.reader() as session:
        get_row(session, AgendaItem, item_id, "agenda item")
        return _item_row(session, item_id)


def items_pushed_by(db: Database, item_id: int) -> list[AgendaItemRow]:
    """Items in the same room and day that start before this item ends but not before it
    starts: the ones a lengthened or moved item now runs into, and all that follow them."""
    with db.reader() as session:
        item = get_row(session, AgendaItem, item_id, "agenda item")
        later = list(session.scalars(select(AgendaItem).where(
            AgendaItem.event_id == item.event_id, AgendaItem.room_id == item.room_id,
            AgendaItem.day == item.day, AgendaItem.id != item.id,
            AgendaItem.start_time >= item.start_time).order_by(AgendaItem.start_time)))
        if not later or later[0].start_time >= item.end_time:
            return []
        return _item_views(session, [other.id for other in later])


def shift_agenda_items(db: Database, item_ids: list[int], minutes: int) -> list[AgendaItemRow]:
    """Move several items by ``minutes`` in one transaction (all or none)."""
    with db.session() as session:
        views: list[int] = []
        event_key = ""
        loaded = {item.id: item for item in session.scalars(
            select(AgendaItem).where(AgendaItem.id.in_(item_ids)).options(
                selectinload(AgendaItem.event), *_row_options()))}
        for item_id in item_ids:
            item = loaded.get(item_id)
            if item is None:
                raise NotFoundError("agenda item", item_id)
            start = item.start_time.hour * 60 + item.start_time.minute + minutes
            end = item.end_time.hour * 60 + item.end_time.minute + minutes
            if start < 0 or end >= 24 * 60:
                raise ValidationError(problem("start", item.title,
                                              "shifting it would move it outside the day"))
            item.start_time = _time_of(start, "start")
            item.end_time = _time_of(end, "end")
            views.append(item.id)
            event_key = item.event.key
        session.flush()
        result = [AgendaItemRow.of(loaded[item_id]) for item_id in views]
    if event_key:
        db.notify("agenda", event_key)
    return result


def delete_agenda_item(db: Database, item_id: int,
                       expected_version: int | None = None) -> None:
    """Delete an item; agreements planned in it keep existing without a signing slot.
    Refused if the item changed since ``expected_version``."""
    with db.session() as session:
        item = get_row(session, AgendaItem, item_id, "agenda item")
        check_version(item, expected_version, "agenda item")
        event_key = session.get_one(Event, item.event_id).key
        for agreement in list(item.agreements):
            agreement.signing_item_id = None
            agreement.signing_order = None
        session.flush()
        session.delete(item)
    db.notify("agenda", event_key)
