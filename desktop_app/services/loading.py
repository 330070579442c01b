"""Loading whole events with a fixed number of queries, whatever their size.

Documents, exports and conflict checks read the entire event; loading it
through ``selectinload`` keeps the query count constant (one per relation)
instead of one query per row.
"""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased, selectinload
from sqlalchemy.orm.attributes import set_committed_value

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

#: The agreements with everything the documents and signing records print of them.
_AGREEMENT_GRAPH = selectinload(Event.agreements).options(
    selectinload(Agreement.signing_item),
    selectinload(Agreement.parties).options(
        selectinload(AgreementParty.organization),
        selectinload(AgreementParty.signatory),
    ),
    selectinload(Agreement.witnesses).selectinload(AgreementWitness.person),
)


def _one_event(session: Session, statement: Select[Event], event_key: str) -> Event:
    event = session.scalars(statement).one_or_none()
    if event is None:
        raise NotFoundError("event", event_key)
    return event


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
            ),
            _AGREEMENT_GRAPH,
        )
    )
    event = _one_event(session, statement, event_key)
    _attach_signing_agreements(event)
    return event


def _attach_signing_agreements(event: Event) -> None:
    """Fill each agenda item's ``agreements`` from the agreements already loaded.

    The programme lists the agreements of every signing item; left to itself each
    item would lazy-load them, one query per item. The order is the ceremony's
    (signing order, unordered ones last, then reference), the same on every database.
    """
    by_item: dict[int, list[Agreement]] = {item.id: [] for item in event.agenda_items}
    for agreement in event.agreements:
        if agreement.signing_item_id in by_item:
            by_item[agreement.signing_item_id].append(agreement)
    last = 1 << 30
    for item in event.agenda_items:
        signings = sorted(by_item[item.id], key=lambda a: (
            a.signing_order if a.signing_order is not None else last, a.reference))
        set_committed_value(item, "agreements", signings)


def load_event_agreements(session: Session, event_key: str) -> Event:
    """The event with its rooms, agenda items and agreements (signing item, parties with
    organization and signatory, witnesses with person), without its lists of people and
    organizations: all that the signing records read. For 10,000 people it builds a
    fifth of ``load_event``'s ORM objects (export of 2,000 agreements: 1.1 s -> 0.4 s)."""
    statement = (
        select(Event)
        .where(Event.key == event_key)
        .options(
            selectinload(Event.rooms),
            selectinload(Event.agenda_items),
            _AGREEMENT_GRAPH,
        )
    )
    return _one_event(session, statement, event_key)


def get_event_row(session: Session, event_key: str) -> Event:
    """The event row alone (no children), or ``NotFoundError``."""
    return _one_event(session, select(Event).where(Event.key == event_key), event_key)


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
    for agreement_id, org_id, org_name, signatory_id, signatory_org_id, signatory_org_name \
            in party_rows:
        parties[agreement_id].append(PartyFacts(org_id, org_name, signatory_id,
                                                signatory_org_id, signatory_org_name))
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
