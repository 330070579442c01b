"""Loading whole events with a fixed number of queries, whatever their size.

Documents, exports and conflict checks read the entire event; loading it
through ``selectinload`` keeps the query count constant (one per relation)
instead of one query per row.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop_app.domain.errors import NotFoundError
from desktop_app.domain.models import (
    AgendaItem,
    AgendaSpeaker,
    Agreement,
    AgreementParty,
    AgreementWitness,
    Event,
    EventHost,
    Person,
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
