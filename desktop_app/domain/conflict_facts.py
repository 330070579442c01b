"""The few facts of an event that its conflict warnings depend on, as plain values.

The warnings read only the agenda's times and rooms, who takes part in which
item, and the agreements' parties, signatories and witnesses. ``ConflictFacts``
holds exactly that, so that checking a big event never loads it whole as ORM
objects: ``services.loading.load_conflict_facts`` reads it with a handful of
column queries, and ``from_event`` builds it from an already loaded ``Event``, so
both paths give the same warnings.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .models import Event, person_name


@dataclass(frozen=True, slots=True)
class ItemFacts:
    """An agenda item: when and where, and who speaks in or chairs it (the speakers and
    the chair in one tuple). The conflict checks and the seating plans need no more, and
    the domain cannot see ``services.snapshots.AgendaItemRow``, which carries names,
    topics and translations read with more queries."""

    id: int
    key: str
    title: str
    kind: str
    day: dt.date
    start_time: dt.time
    end_time: dt.time
    room_id: int
    room_name: str
    participant_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class PartyFacts:
    """One party of an agreement and who signs for it (with that person's organization)."""

    organization_id: int
    organization_name: str
    signatory_id: int | None
    signatory_organization_id: int | None
    signatory_organization_name: str | None


@dataclass(frozen=True, slots=True)
class AgreementFacts:
    key: str
    reference: str
    status: str
    signing_item_id: int | None
    signing_order: int | None
    parties: tuple[PartyFacts, ...]
    witness_ids: tuple[int, ...]


@dataclass(frozen=True)
class ConflictFacts:
    """Items in id order, agreements in any order, and the display names of the people
    who take part in something (the only people a warning can name)."""

    items: list[ItemFacts]
    agreements: list[AgreementFacts]
    person_names: dict[int, str]

    @classmethod
    def from_event(cls, event: Event) -> ConflictFacts:
        """The facts of a fully loaded ``event`` (see ``services.loading.load_event``)."""
        items = [
            ItemFacts(item.id, item.key, item.title, item.kind, item.day, item.start_time,
                      item.end_time, item.room_id, item.room.name,
                      tuple(link.person_id for link in item.speakers)
                      + ((item.chair_id,) if item.chair_id is not None else ()))
            for item in sorted(event.agenda_items, key=lambda i: i.id)
        ]
        agreements = []
        for agreement in event.agreements:
            parties = []
            for party in agreement.parties:
                signatory = party.signatory
                signatory_org = signatory.organization if signatory is not None else None
                parties.append(PartyFacts(
                    party.organization_id, party.organization.name, party.signatory_id,
                    signatory.organization_id if signatory is not None else None,
                    signatory_org.name if signatory_org is not None else None))
            agreements.append(AgreementFacts(
                agreement.key, agreement.reference, agreement.status, agreement.signing_item_id,
                agreement.signing_order, tuple(parties),
                tuple(witness.person_id for witness in agreement.witnesses)))
        names = {person.id: person_name(person.given_name, person.family_name, person.honorific)
                 for person in event.people}
        return cls(items, agreements, names)
