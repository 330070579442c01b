"""Test data builders, in the style of Indico's fixtures (``create_user``, ``dummy_event``):
the fixtures ``make_event``, ``make_organization``, ``make_person``, ``make_agenda_item``
and ``make_agreement`` (tests/conftest.py) each return a function that makes one record
through the services, so that every rule of a form applies, and returns its view.

Every field has a default; a test names only the fields it is about. So a test that needs
"a person who signs an agreement" does not depend on who the sample event's signatories
are, and a change to the sample (resources/samples) leaves it alone. The records without
an event argument go to the last event made (one is made on first use).
"""
from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from desktop_app.services.agenda import AgendaItemData, create_agenda_item
from desktop_app.services.agreements import AgreementData, PartyData, create_agreement
from desktop_app.services.event_editing import EventData, RoomData, create_event, get_event
from desktop_app.services.organizations import OrganizationData, create_organization
from desktop_app.services.people import PersonData, create_person
from desktop_app.services.snapshots import (
    AgendaItemRow,
    AgreementRow,
    EventRow,
    OrganizationRow,
    PersonRow,
)
from desktop_app.storage import Database

#: A party of ``make_agreement``: an organization, or an organization and its signatory.
Party = OrganizationRow | tuple[OrganizationRow, PersonRow | None]

#: The types of the fixtures, for a test's annotations.
MakeEvent = Callable[..., EventRow]
MakeOrganization = Callable[..., OrganizationRow]
MakePerson = Callable[..., PersonRow]
MakeAgendaItem = Callable[..., AgendaItemRow]
MakeAgreement = Callable[..., AgreementRow]

#: Where ``make_agenda_item`` puts items it is given no time for: one after another from
#: this time on the event's first day, each ``SLOT`` long, so that none overlap.
FIRST_START = dt.time(9, 0)
SLOT = dt.timedelta(minutes=30)


class Builders:
    """The builders of one database (``db``); numbers make each record's texts unique."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._numbers = itertools.count(1)
        self._event: EventRow | None = None
        self._slots: dict[str, int] = {}

    def _number(self) -> int:
        return next(self._numbers)

    def _event_key(self, event: str | None) -> str:
        if event is not None:
            return event
        if self._event is None:
            self.event()
        assert self._event is not None
        return self._event.key

    def event(self, **fields: Any) -> EventRow:
        """An event of two days in Baku with two rooms, in English (``fields`` replace
        any of ``EventData``'s)."""
        number = self._number()
        data = EventData(
            title=f"Round table {number}", start_date=dt.date(2026, 5, 12),
            end_date=dt.date(2026, 5, 13), timezone="Asia/Baku",
            venue_name="Conference Hall", venue_city="Baku", venue_country="AZ",
            rooms=[RoomData("Main hall", 120), RoomData("Small hall", 30)], languages=["en"])
        self._event = create_event(self.db, replace(data, **fields))
        return self._event

    def organization(self, event: str | None = None, **fields: Any) -> OrganizationRow:
        """A university in Azerbaijan (``fields`` replace any of ``OrganizationData``'s)."""
        number = self._number()
        data = OrganizationData(name=f"University {number}", kind="university", country="AZ",
                                short_name=f"U{number}")
        return create_organization(self.db, self._event_key(event), replace(data, **fields))

    def person(self, event: str | None = None, **fields: Any) -> PersonRow:
        """A person with a given and a family name and nothing else (``fields`` replace
        any of ``PersonData``'s: organization_id, precedence, position, ...)."""
        number = self._number()
        data = PersonData(family_name=f"Person {number}", given_name="Test")
        return create_person(self.db, self._event_key(event), replace(data, **fields))

    def agenda_item(self, event: str | None = None, **fields: Any) -> AgendaItemRow:
        """A speech in the event's first room on its first day, in the next free half
        hour from 9:00 (``fields`` replace any of ``AgendaItemData``'s)."""
        key = self._event_key(event)
        view = get_event(self.db, key)
        slot = self._slots.get(key, 0)
        self._slots[key] = slot + 1
        start = dt.datetime.combine(view.start_date, FIRST_START) + slot * SLOT
        data = AgendaItemData(title=f"Speech {self._number()}", kind="speech",
                              day=view.start_date, start_time=start.time(),
                              end_time=(start + SLOT).time(), room_id=view.rooms[0].id)
        return create_agenda_item(self.db, key, replace(data, **fields))

    def agreement(self, event: str | None = None, *, parties: Sequence[Party] | None = None,
                  **fields: Any) -> AgreementRow:
        """A draft memorandum between ``parties`` (two new universities when not given),
        with a unique reference (``fields`` replace any of ``AgreementData``'s)."""
        key = self._event_key(event)
        if parties is None:
            parties = [self.organization(key), self.organization(key)]
        party_data = [PartyData(p.id) if isinstance(p, OrganizationRow)
                      else PartyData(p[0].id, p[1].id if p[1] is not None else None)
                      for p in parties]
        number = self._number()
        data = AgreementData(reference=f"TEST/{number:03d}", kind="mou",
                             title=f"Memorandum {number}", parties=party_data)
        return create_agreement(self.db, key, replace(data, **fields))
