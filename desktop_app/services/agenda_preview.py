"""The conflicts an agenda item would cause, before it is saved.

The agenda item editor shows them as the user edits (the room taken at that time, a
speaker or the chair due elsewhere); saving stays allowed. The same sweep as every
warning of the event (``domain.conflicts``) runs over the stored facts with the edited
item in place of the stored one.
"""
from __future__ import annotations

from sqlalchemy import select

from desktop_app.domain.conflict_facts import ConflictFacts, ItemFacts
from desktop_app.domain.conflicts import ConflictWarning, find_conflicts_in
from desktop_app.domain.models import AgendaItem, Person, Room, person_name
from desktop_app.storage.database import Database

from .agenda import AgendaItemData
from .loading import load_conflict_facts

#: The key a new (unsaved) item goes by in the warnings.
NEW_ITEM_KEY = "\x00new"
#: The warnings an item's time, room and people can cause.
ITEM_CODES = ("room-overlap", "person-overlap")


def item_conflicts(db: Database, event_key: str, data: AgendaItemData,
                   item_id: int | None = None) -> list[ConflictWarning]:
    """The room and people overlaps the item ``data`` (``item_id`` when it is stored)
    would be part of, were it saved as it is."""
    if data.start_time >= data.end_time:
        return []
    with db.reader() as session:
        facts = load_conflict_facts(session, event_key)
        room_name = session.scalars(select(Room.name).where(Room.id == data.room_id)
                                    ).one_or_none() if data.room_id is not None else None
        key = NEW_ITEM_KEY
        if item_id is not None:
            key = session.scalars(select(AgendaItem.key).where(AgendaItem.id == item_id)
                                  ).one_or_none() or NEW_ITEM_KEY
        participants = tuple(data.speaker_ids) + (
            (data.chair_id,) if data.chair_id is not None else ())
        unnamed = [p for p in participants if p not in facts.person_names]
        names = dict(facts.person_names)
        if unnamed:
            for person_id, given, family, honorific in session.execute(
                    select(Person.id, Person.given_name, Person.family_name, Person.honorific)
                    .where(Person.id.in_(unnamed))):
                names[person_id] = person_name(given, family, honorific)
    edited = ItemFacts(item_id if item_id is not None else -1, key, data.title or "…",
                       data.kind, data.day, data.start_time, data.end_time,
                       data.room_id if data.room_id is not None else -1,
                       room_name or "", participants)
    items = [item for item in facts.items if item.id != item_id] + [edited]
    return [warning for warning in find_conflicts_in(ConflictFacts(items, facts.agreements,
                                                                   names))
            if warning.code in ITEM_CODES
            and (warning.subject_key == key or key in warning.related_keys)]
