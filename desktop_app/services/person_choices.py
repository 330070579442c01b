"""The people of an event as pickers need them: id, name, organization and search key.

The agreement editor offers every person of the event as a signatory or
witness. ``list_people`` builds full ``PersonRow`` rows and sorts them all
in the event language's alphabet (0.3–0.8 s for 10,000 people); a picker
needs a few columns, read here in one query as plain tuples in the
database's order of family and given name (code points). Pickers sort only
the few people they show, so the dialog opens at once and searches in memory
with the stored folded key.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.domain.models import Organization, Person
from desktop_app.storage.database import Database

from .common import event_id_of


@dataclass(frozen=True, slots=True)
class PersonChoice:
    """One person offered by a picker."""

    id: int
    display_name: str
    family_name: str
    given_name: str | None
    organization_id: int | None
    organization_name: str | None
    #: The folded name forms stored for searching (``domain.text.search_key``).
    search_key: str


def person_choices(db: Database, event_key: str) -> list[PersonChoice]:
    """Every person of the event, by family then given name (code point order)."""
    with db.reader() as session:
        event_id = event_id_of(session, event_key)
        # A Core query on the session's connection, read as plain tuples: the ORM's
        # result processing and named-row access cost more than the query itself.
        rows = session.connection().execute(
            select(Person.id, Person.honorific, Person.given_name, Person.family_name,
                   Person.organization_id, Organization.name, Person.search_key)
            .outerjoin(Organization, Person.organization_id == Organization.id)
            .where(Person.event_id == event_id)
            .order_by(Person.family_name, Person.given_name, Person.id)).all()
    return [PersonChoice(row[0], " ".join(p for p in (row[1], row[2], row[3]) if p),
                         row[3], row[2], row[4], row[5], row[6] or "")
            for row in rows]
