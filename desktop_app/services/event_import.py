"""Storing a validated event document: bulk inserts with pre-assigned keys, one transaction.

ORM ``add_all`` of object graphs measured about 10x slower than bulk inserts,
and ``INSERT … RETURNING`` for many rows (SQLAlchemy's "insertmanyvalues",
needed to learn the new keys) was slower still: its buffered results made a
10,000-person import take minutes. So the keys are chosen first, one block per
table (``_allocate_ids``), every row carries its key, and each table is one
plain Core ``executemany``, the same statement a hand-written bulk load would
issue. The event row is inserted first: on SQLite that takes the database's
write lock, so nobody else can take the keys chosen after it.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select, text
from sqlalchemy.orm import Session

from desktop_app.domain.conflict_facts import AgreementFacts, ConflictFacts, ItemFacts, PartyFacts
from desktop_app.domain.models import (
    AgendaItem,
    AgendaSpeaker,
    AgendaTopic,
    Agreement,
    AgreementActivity,
    AgreementAttachment,
    AgreementParty,
    AgreementWitness,
    Event,
    EventHost,
    Organization,
    Person,
    ProgrammeVersion,
    Room,
    SeatAssignment,
    SeatingPlan,
    person_name,
)
from desktop_app.domain.rules import clean_texts
from desktop_app.domain.seating import parse_layout
from desktop_app.domain.text import search_key
from desktop_app.domain.vocabulary import READINESS_ITEMS
from desktop_app.exchange.event_format import parse_date, parse_instant, parse_time
from desktop_app.exchange.event_partnership import termination_columns
from desktop_app.exchange.event_translations import (
    AGENDA_TEXTS,
    AGREEMENT_TEXTS,
    EVENT_TEXTS,
    PERSON_TEXTS,
    ROOM_TEXTS,
    VENUE_TEXTS,
    read_translations,
    topic_text,
    topic_translations,
)
from desktop_app.exchange.event_versions import (
    KeptPublication,
    assign_schedule_ids,
    version_rows,
)

from .partnership_files import store_partnership_sections


def _allocate_ids(session: Session, model: type[Any], count: int) -> list[int]:
    """``count`` unused primary keys of ``model``'s table.

    SQLite: the next ones after the largest (the caller holds the write lock, see
    the module's docstring). PostgreSQL: drawn from the column's sequence, so that
    later inserts by other sessions never collide with them.
    """
    table = model.__table__
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        statement = text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                         "FROM generate_series(1, :count)")
        return [row[0] for row in session.execute(statement,
                                                  {"table": table.name, "count": count})]
    largest = session.execute(select(func.max(table.c.id))).scalar_one_or_none() or 0
    return list(range(largest + 1, largest + 1 + count))


def _insert_returning_ids(session: Session, model: type[Any], rows: list[dict[str, Any]]
                          ) -> list[int]:
    """Insert ``rows`` (fresh dicts without ``id``, which each gets here) with keys
    chosen beforehand; returns the keys in the order of ``rows``."""
    if not rows:
        return []
    ids = _allocate_ids(session, model, len(rows))
    for row, row_id in zip(rows, ids, strict=True):
        row["id"] = row_id
    insert_rows(session.connection(), model.__table__, rows)
    return ids


def _bulk_insert(session: Session, model: type[Any], rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        insert_rows(session.connection(), model.__table__, list(rows))


def insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts of every column of ``table``) with one ``executemany``.

    On a driver with positional parameters (SQLite's ``?``), the statement goes to
    the driver directly, each row a tuple made with the columns' own bind processors
    (dates, JSON, booleans: exactly the values Core would send). Core's executemany
    also builds a parameter dict per row, for defaults and names this import never
    needs; that was a quarter of storing a 10,000-person event. Rows that leave
    out a column (so need its default) and named-parameter drivers (psycopg) take
    Core's ``execute``.
    """
    if not rows:
        return
    dialect = connection.dialect
    keys = [column.key for column in table.columns]
    if not dialect.positional or len(rows[0]) != len(keys) or not all(k in rows[0] for k in keys):
        connection.execute(insert(table), rows)
        return
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    order = list(compiled.positiontup or ())
    processors = [table.columns[key].type.dialect_impl(dialect).bind_processor(dialect)
                  for key in order]
    columns = [[row[key] for row in rows] if process is None
               else [process(row[key]) for row in rows]
               for key, process in zip(order, processors, strict=True)]
    connection.exec_driver_sql(str(compiled), list(zip(*columns, strict=True)))


def organization_search_key(name: str, short_name: str | None, local_names: dict[str, str] | None
                            ) -> str:
    return search_key([name, short_name, *(local_names or {}).values()])


def person_search_key(given_name: str | None, family_name: str,
                      local_names: dict[str, str] | None) -> str:
    full = f"{given_name} {family_name}" if given_name and family_name else (
        given_name or family_name)
    return search_key([full, *local_names.values()] if local_names else [full])


def delete_event_rows(session: Session, event_id: int) -> None:
    """Delete an event and everything in it, children first (RESTRICT-safe on every backend)."""
    agreement_ids = select(Agreement.id).where(Agreement.event_id == event_id)
    item_ids = select(AgendaItem.id).where(AgendaItem.event_id == event_id)
    plan_ids = select(SeatingPlan.id).where(SeatingPlan.event_id == event_id)
    session.execute(delete(ProgrammeVersion).where(ProgrammeVersion.event_id == event_id))
    session.execute(delete(SeatAssignment).where(SeatAssignment.plan_id.in_(plan_ids)))
    session.execute(delete(SeatingPlan).where(SeatingPlan.event_id == event_id))
    session.execute(delete(AgreementAttachment)
                    .where(AgreementAttachment.agreement_id.in_(agreement_ids)))
    session.execute(delete(AgreementActivity)
                    .where(AgreementActivity.agreement_id.in_(agreement_ids)))
    session.execute(delete(AgreementWitness).where(AgreementWitness.agreement_id.in_(agreement_ids)))
    session.execute(delete(AgreementParty).where(AgreementParty.agreement_id.in_(agreement_ids)))
    session.execute(delete(Agreement).where(Agreement.event_id == event_id))
    session.execute(delete(AgendaTopic).where(AgendaTopic.item_id.in_(item_ids)))
    session.execute(delete(AgendaSpeaker).where(AgendaSpeaker.item_id.in_(item_ids)))
    session.execute(delete(AgendaItem).where(AgendaItem.event_id == event_id))
    session.execute(delete(EventHost).where(EventHost.event_id == event_id))
    session.execute(delete(Person).where(Person.event_id == event_id))
    session.execute(delete(Organization).where(Organization.event_id == event_id))
    session.execute(delete(Room).where(Room.event_id == event_id))
    session.execute(delete(Event).where(Event.id == event_id))
    session.expire_all()


def store_event_document(session: Session, doc: dict[str, Any]) -> int:
    """Insert the validated ``doc`` as a new event; returns its primary key."""
    return store_event_document_with_facts(session, doc)[0]


def store_event_document_with_facts(session: Session, doc: dict[str, Any], *,
                                    kept: KeptPublication | None = None
                                    ) -> tuple[int, ConflictFacts]:
    """Insert the validated ``doc`` as a new event; returns its primary key and the facts
    its conflict warnings need, taken from the document instead of read back. ``kept``:
    the schedule ids and versions of the event it replaces (``assign_schedule_ids``; its
    versions are kept when the file has none)."""
    # Every text trimmed and the spaces inside names collapsed, as the forms store them.
    doc = clean_texts(doc)  # type: ignore[assignment]
    ev = doc["event"]
    venue = ev["venue"]
    event_id = session.execute(insert(Event).returning(Event.id), [{
        "key": ev["id"], "title": ev["title"], "subtitle": ev.get("subtitle"),
        "start_date": parse_date(ev["start_date"]), "end_date": parse_date(ev["end_date"]),
        "timezone": ev["timezone"], "venue_name": venue["name"],
        "venue_address": venue.get("address"), "venue_city": venue["city"],
        "venue_country": venue["country"], "languages": list(ev["languages"]),
        "description": ev.get("description"), "version": 1,
        "translations": read_translations(venue, VENUE_TEXTS,
                                          read_translations(ev, EVENT_TEXTS)),
    }]).scalar_one()

    schedule_ids = assign_schedule_ids(doc, kept)
    rooms = ev["rooms"]
    room_ids = dict(zip((r["id"] for r in rooms), _insert_returning_ids(session, Room, [
        {"event_id": event_id, "key": r["id"], "name": r["name"], "capacity": r.get("capacity"),
         "position": i, "translations": read_translations(r, ROOM_TEXTS)}
        for i, r in enumerate(rooms)
    ]), strict=True))

    organizations = doc.get("organizations") or []
    org_ids = dict(zip((o["id"] for o in organizations), _insert_returning_ids(
        session, Organization, [{
            "event_id": event_id, "key": o["id"], "name": o["name"],
            "short_name": o.get("short_name"), "local_names": o.get("local_names") or {},
            "kind": o["kind"], "country": o["country"], "city": o.get("city"),
            "website": o.get("website"), "version": 1,
            "search_key": organization_search_key(o["name"], o.get("short_name"),
                                                  o.get("local_names")),
        } for o in organizations]), strict=True))
    _bulk_insert(session, EventHost, [
        {"event_id": event_id, "organization_id": org_ids[host], "position": i}
        for i, host in enumerate(ev.get("hosts") or [])
    ])

    people = doc.get("people") or []
    person_ids = dict(zip((p["id"] for p in people), _insert_returning_ids(session, Person, [{
        "event_id": event_id, "key": p["id"], "honorific": p.get("honorific"),
        "given_name": p.get("given_name"), "family_name": p["family_name"],
        "local_names": p.get("local_names") or {}, "position": p.get("position"),
        "organization_id": org_ids[p["organization"]] if p.get("organization") else None,
        "country": p.get("country"), "precedence": p.get("precedence"), "email": p.get("email"),
        "phone": p.get("phone"), "bio": p.get("bio"), "version": 1,
        "schedule_id": schedule_ids.people[p["id"]],
        "translations": read_translations(p, PERSON_TEXTS),
        "search_key": person_search_key(p.get("given_name"), p["family_name"],
                                        p.get("local_names")),
    } for p in people]), strict=True))

    agenda = doc.get("agenda") or []
    item_ids = dict(zip((a["id"] for a in agenda), _insert_returning_ids(session, AgendaItem, [{
        "event_id": event_id, "key": a["id"], "title": a["title"], "kind": a["kind"],
        "day": parse_date(a["day"]), "start_time": parse_time(a["start"]),
        "end_time": parse_time(a["end"]), "room_id": room_ids[a["room"]],
        "chair_id": person_ids[a["chair"]] if a.get("chair") else None,
        "description": a.get("description"), "version": 1,
        "schedule_id": schedule_ids.items[a["id"]],
        "translations": read_translations(a, AGENDA_TEXTS),
    } for a in agenda]), strict=True))
    _bulk_insert(session, AgendaSpeaker, [
        {"item_id": item_ids[a["id"]], "person_id": person_ids[speaker], "position": i}
        for a in agenda for i, speaker in enumerate(a.get("speakers") or [])
    ])
    _bulk_insert(session, AgendaTopic, [
        {"item_id": item_ids[a["id"]], "text": topic_text(topic), "position": i,
         "translations": topic_translations(topic)}
        for a in agenda for i, topic in enumerate(a.get("topics") or [])
    ])

    agreements = doc.get("agreements") or []
    agreement_rows = []
    for a in agreements:
        signing = a.get("signing") or {}
        readiness = a.get("readiness") or {}
        agreement_rows.append({
            "event_id": event_id, "key": a["id"], "reference": a["reference"], "kind": a["kind"],
            "title": a["title"], "status": a["status"],
            "signing_item_id": item_ids[signing["agenda_item"]] if signing else None,
            "signing_order": signing.get("order"),
            "signed_at": parse_instant(a["signed_at"]) if a.get("signed_at") else None,
            "valid_from": parse_date(a["valid_from"]) if a.get("valid_from") else None,
            "valid_until": parse_date(a["valid_until"]) if a.get("valid_until") else None,
            "languages": a.get("languages"), "originals": a.get("originals"),
            "notes": a.get("notes"), "version": 1,
            "translations": read_translations(a, AGREEMENT_TEXTS),
            **{name: readiness.get(name) for name in READINESS_ITEMS},
            **termination_columns(a),
        })
    new_ids = _insert_returning_ids(session, Agreement, agreement_rows)
    agreement_ids = dict(zip((a["id"] for a in agreements), new_ids, strict=True))
    _bulk_insert(session, AgreementParty, [
        {"agreement_id": agreement_ids[a["id"]], "position": i,
         "organization_id": org_ids[party["organization"]],
         "signatory_id": person_ids[party["signatory"]] if party.get("signatory") else None}
        for a in agreements for i, party in enumerate(a["parties"])
    ])
    _bulk_insert(session, AgreementWitness, [
        {"agreement_id": agreement_ids[a["id"]], "position": i, "person_id": person_ids[w]}
        for a in agreements for i, w in enumerate(a.get("witnesses") or [])
    ])
    store_partnership_sections(session, ev["id"], agreements, agreement_ids, org_ids)
    _store_seating(session, event_id, doc.get("seating") or [], item_ids, person_ids)
    _bulk_insert(session, ProgrammeVersion, [
        {**row, "event_id": event_id}
        for row in version_rows(doc) or (kept.versions if kept is not None else [])])
    ids = _StoredIds(room_ids, org_ids, person_ids, item_ids)
    return event_id, _document_conflict_facts(doc, ids)


def _store_seating(session: Session, event_id: int, plans: list[dict[str, Any]],
                   item_ids: dict[str, int], person_ids: dict[str, int]) -> None:
    """The seating plans of a version 2 file; a seat neither taken nor locked is left out."""
    plan_ids = _insert_returning_ids(session, SeatingPlan, [{
        "event_id": event_id, "item_id": item_ids[plan["item"]] if plan.get("item") else None,
        "layout": parse_layout(plan["layout"]).spec, "rule": plan["rule"], "version": 1,
    } for plan in plans])
    _bulk_insert(session, SeatAssignment, [
        {"plan_id": plan_id, "seat": seat["seat"],
         "person_id": person_ids[seat["person"]] if seat.get("person") else None,
         "locked": bool(seat.get("locked")), "reason": seat.get("reason") or ""}
        for plan_id, plan in zip(plan_ids, plans, strict=True)
        for seat in plan.get("seats") or [] if seat.get("person") or seat.get("locked")
    ])


@dataclass(frozen=True)
class _StoredIds:
    """File id -> new primary key, per table."""

    rooms: dict[str, int]
    organizations: dict[str, int]
    people: dict[str, int]
    items: dict[str, int]


def _document_conflict_facts(doc: dict[str, Any], ids: _StoredIds) -> ConflictFacts:
    """What ``services.loading.load_conflict_facts`` would read back, from the document."""
    room_names = {r["id"]: r["name"] for r in doc["event"]["rooms"]}
    org_names = {o["id"]: o["name"] for o in doc.get("organizations") or []}
    people = {p["id"]: p for p in doc.get("people") or []}
    items = sorted((ItemFacts(
        ids.items[a["id"]], a["id"], a["title"], a["kind"], parse_date(a["day"]),
        parse_time(a["start"]), parse_time(a["end"]), ids.rooms[a["room"]], room_names[a["room"]],
        tuple(ids.people[s] for s in a.get("speakers") or [])
        + ((ids.people[a["chair"]],) if a.get("chair") else ()),
    ) for a in doc.get("agenda") or []), key=lambda item: item.id)
    agreements = []
    named: set[str] = {s for a in doc.get("agenda") or [] for s in a.get("speakers") or []}
    named.update(a["chair"] for a in doc.get("agenda") or [] if a.get("chair"))
    for a in doc.get("agreements") or []:
        parties = []
        for party in a["parties"]:
            signatory = people.get(party.get("signatory") or "")
            signatory_org = signatory.get("organization") if signatory else None
            if signatory:
                named.add(signatory["id"])
            parties.append(PartyFacts(
                ids.organizations[party["organization"]], org_names[party["organization"]],
                ids.people[signatory["id"]] if signatory else None,
                ids.organizations[signatory_org] if signatory_org else None,
                org_names[signatory_org] if signatory_org else None))
        witnesses = a.get("witnesses") or []
        named.update(witnesses)
        signing = a.get("signing") or {}
        agreements.append(AgreementFacts(
            a["id"], a["reference"], a["status"],
            ids.items[signing["agenda_item"]] if signing else None, signing.get("order"),
            tuple(parties), tuple(ids.people[w] for w in witnesses)))
    names = {ids.people[key]: person_name(people[key].get("given_name"),
                                          people[key]["family_name"], people[key].get("honorific"))
             for key in named}
    return ConflictFacts(items, agreements, names)
