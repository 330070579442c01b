"""Loading whole events with a fixed number of queries, whatever their size.

Documents, exports and conflict checks read the entire event; loading it
through ``selectinload`` keeps the query count constant (one per relation)
instead of one query per row.
"""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, selectinload

from desktop_app.domain.conflict_facts import AgreementFacts, ConflictFacts, ItemFacts, PartyFacts
from desktop_app.domain.errors import NotFoundError
from desktop_app.domain.models import (
    AgendaItem,
    AgendaSpeaker,
    Agreement,
    AgreementParty,
    AgreementWitness,
    Event,
    EventHost,
    Organization,
    Person,
    Room,
    person_name,
)


def load_event(session: Session, event_key: str) -> Event:
    """The event ``event_key`` with all its records loaded; raises ``NotFoundError``."""
    statement = (
        select(Event)
        .where(Event.key == event_key)
        .options(
            selectinload(Event.rooms),
            selectinload(Event.hosts).selectinload(EventHost.organization),
            selectinload(Event.organizations),
            selectinload(Event.people).selectinload(Person.organization),
            selectinload(Event.agenda_items).options(
                selectinload(AgendaItem.room),
                selectinload(AgendaItem.chair),
                selectinload(AgendaItem.speakers).selectinload(AgendaSpeaker.person),
                selectinload(AgendaItem.topics),
                # The programme lists each signing item's agreements: one query here,
                # not one per item (the agreements themselves are already loaded below).
                selectinload(AgendaItem.agreements),
            ),
            selectinload(Event.agreements).options(
                selectinload(Agreement.signing_item),
                selectinload(Agreement.parties).options(
                    selectinload(AgreementParty.organization),
                    selectinload(AgreementParty.signatory),
                ),
                selectinload(Agreement.witnesses).selectinload(AgreementWitness.person),
            ),
        )
    )
    event = session.scalars(statement).one_or_none()
    if event is None:
        raise NotFoundError("event", event_key)
    return event


def get_event_row(session: Session, event_key: str) -> Event:
    """The event row alone (no children), or ``NotFoundError``."""
    event = session.scalars(select(Event).where(Event.key == event_key)).one_or_none()
    if event is None:
        raise NotFoundError("event", event_key)
    return event


def load_conflict_facts(session: Session, event_key: str) -> ConflictFacts:
    """What the conflict warnings of ``event_key`` read, in seven column queries.

    No ORM objects: 2,000 agreements with their parties and witnesses come back
    as tuples, and only the people who take part in something are named.
    """
    event_id = session.scalars(select(Event.id).where(Event.key == event_key)).one_or_none()
    if event_id is None:
        raise NotFoundError("event", event_key)
    participants: dict[int, list[int]] = defaultdict(list)
    speakers = (select(AgendaSpeaker.item_id, AgendaSpeaker.person_id)
                .join(AgendaItem, AgendaItem.id == AgendaSpeaker.item_id)
                .where(AgendaItem.event_id == event_id)
                .order_by(AgendaSpeaker.item_id, AgendaSpeaker.position))
    for item_id, person_id in session.execute(speakers):
        participants[item_id].append(person_id)
    item_rows = session.execute(
        select(AgendaItem.id, AgendaItem.key, AgendaItem.title, AgendaItem.kind, AgendaItem.day,
               AgendaItem.start_time, AgendaItem.end_time, AgendaItem.room_id, Room.name,
               AgendaItem.chair_id)
        .join(Room, Room.id == AgendaItem.room_id)
        .where(AgendaItem.event_id == event_id).order_by(AgendaItem.id))
    items = [ItemFacts(*row[:9], tuple(participants[row[0]])
                       + ((row[9],) if row[9] is not None else ()))
             for row in item_rows]

    signatory = aliased(Person)
    signatory_org = aliased(Organization)
    parties: dict[int, list[PartyFacts]] = defaultdict(list)
    party_rows = session.execute(
        select(AgreementParty.agreement_id, AgreementParty.organization_id, Organization.name,
               AgreementParty.signatory_id, signatory.organization_id, signatory_org.name)
        .join(Agreement, Agreement.id == AgreementParty.agreement_id)
        .join(Organization, Organization.id == AgreementParty.organization_id)
        .outerjoin(signatory, signatory.id == AgreementParty.signatory_id)
        .outerjoin(signatory_org, signatory_org.id == signatory.organization_id)
        .where(Agreement.event_id == event_id)
        .order_by(AgreementParty.agreement_id, AgreementParty.position))
    for agreement_id, *party in party_rows:
        parties[agreement_id].append(PartyFacts(*party))
    witnesses: dict[int, list[int]] = defaultdict(list)
    witness_rows = session.execute(
        select(AgreementWitness.agreement_id, AgreementWitness.person_id)
        .join(Agreement, Agreement.id == AgreementWitness.agreement_id)
        .where(Agreement.event_id == event_id)
        .order_by(AgreementWitness.agreement_id, AgreementWitness.position))
    for agreement_id, person_id in witness_rows:
        witnesses[agreement_id].append(person_id)
    agreement_rows = session.execute(
        select(Agreement.id, Agreement.key, Agreement.reference, Agreement.status,
               Agreement.signing_item_id, Agreement.signing_order)
        .where(Agreement.event_id == event_id).order_by(Agreement.id))
    agreements = [AgreementFacts(*row[1:], tuple(parties[row[0]]), tuple(witnesses[row[0]]))
                  for row in agreement_rows]

    named = {person_id for item in items for person_id in item.participant_ids}
    named.update(person_id for people in witnesses.values() for person_id in people)
    named.update(party.signatory_id for found in parties.values() for party in found
                 if party.signatory_id is not None)
    names = {}
    if named:
        people = session.execute(
            select(Person.id, Person.given_name, Person.family_name, Person.honorific)
            .where(Person.event_id == event_id))
        names = {person_id: person_name(given, family, honorific)
                 for person_id, given, family, honorific in people if person_id in named}
    return ConflictFacts(items, agreements, names)
