"""People of an event: create, edit, delete, search, list (organizations:
``services.organizations``)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Text, delete, select, type_coerce, update
from sqlalchemy.orm import Session, selectinload

from desktop_app.domain.collation import sort_key
from desktop_app.domain.errors import FieldProblem, InUseError, Phrase, ValidationError, problem
from desktop_app.domain.models import (
    AgendaItem,
    AgendaSpeaker,
    Agreement,
    AgreementParty,
    AgreementWitness,
    Event,
    Organization,
    Person,
)
from desktop_app.domain.rules import (
    check_country,
    check_key,
    check_local_names,
    check_positive,
    check_texts,
    clean_name,
    raise_if,
    require_text,
)
from desktop_app.domain.text import query_key
from desktop_app.domain.translations import Translations
from desktop_app.storage.database import Database

from .common import (
    check_version,
    cleaned_names,
    event_id_of,
    get_row,
    name_or_none,
    stale_as_domain_error,
    text_or_none,
    unique_key,
)
from .event_import import person_search_key
from .snapshots import PersonRow
from .translated_texts import apply_translations, check_translations, copied


@dataclass
class PersonData:
    """Every editable field of a person, as a form holds them."""

    family_name: str
    given_name: str | None = None
    honorific: str | None = None
    local_names: dict[str, str] = field(default_factory=dict)
    position: str | None = None
    organization_id: int | None = None
    country: str | None = None
    precedence: int | None = None
    email: str | None = None
    phone: str | None = None
    bio: str | None = None
    key: str | None = None
    #: The position in other languages, ``{"position": {language: text}}``; None keeps
    #: the stored translations (``services.translated_texts``).
    translations: Translations | None = None

    @classmethod
    def from_row(cls, view: PersonRow) -> PersonData:
        return cls(view.family_name, view.given_name, view.honorific, dict(view.local_names),
                   view.position, view.organization_id, view.country, view.precedence,
                   view.email, view.phone, view.bio, view.key, copied(view.translations))


def check_person_fields(data: PersonData) -> list[FieldProblem]:
    """The rules a form can check as the user types (no database needed)."""
    problems: list[FieldProblem] = []
    require_text("family_name", data.family_name, problems)
    check_texts({"family_name": data.family_name, "given_name": data.given_name,
                 "honorific": data.honorific, "position": data.position, "email": data.email,
                 "phone": data.phone, "bio": data.bio}, problems)
    check_country("country", data.country, problems, required=False)
    check_positive("precedence", data.precedence, problems)
    check_local_names("local_names", data.local_names, problems)
    check_translations(data.translations, problems)
    if data.key is not None:
        check_key("key", data.key, problems)
    return problems


def check_person(session: Session, event_id: int, data: PersonData) -> list[FieldProblem]:
    problems = check_person_fields(data)
    if data.organization_id is not None:
        org = session.get(Organization, data.organization_id)
        if org is None or org.event_id != event_id:
            problems.append(problem("organization", data.organization_id,
                                    "is not an organization of this event"))
    return problems


def _apply_person(person: Person, data: PersonData) -> None:
    person.family_name = clean_name(data.family_name)
    person.given_name = name_or_none(data.given_name)
    person.honorific = name_or_none(data.honorific)
    person.local_names = cleaned_names(data.local_names)
    person.position = text_or_none(data.position)
    person.organization_id = data.organization_id
    person.country = text_or_none(data.country)
    person.precedence = data.precedence
    person.email = text_or_none(data.email)
    person.phone = text_or_none(data.phone)
    person.bio = text_or_none(data.bio)
    apply_translations(person, "person", data.translations)
    person.search_key = person_search_key(person.given_name, person.family_name,
                                          person.local_names)


def _person_row(session: Session, person_id: int) -> PersonRow:
    person = session.scalars(select(Person).where(Person.id == person_id)
                             .options(selectinload(Person.organization))).one()
    return PersonRow.of(person)


def get_person(db: Database, person_id: int) -> PersonRow:
    with db.reader() as session:
        get_row(session, Person, person_id, "person")
        return _person_row(session, person_id)


def create_person(db: Database, event_key: str, data: PersonData) -> PersonRow:
    with db.session() as session:
        event_id = event_id_of(session, event_key)
        raise_if(check_person(session, event_id, data))
        key = data.key or unique_key(session, Person, event_id,
                                     f"{data.given_name or ''} {data.family_name}")
        if session.scalars(select(Person.id).where(Person.event_id == event_id,
                                                   Person.key == key)).first():
            raise ValidationError(problem("key", key, '"{value}" is already used by another person',
                                          value=key))
        person = Person(event_id=event_id, key=key, family_name="")
        _apply_person(person, data)
        session.add(person)
        session.flush()
        view = _person_row(session, person.id)
    db.notify("people", event_key)
    return view


def update_person(db: Database, person_id: int, data: PersonData,
                  expected_version: int | None = None) -> PersonRow:
    """Save ``data`` over the person; refused if it changed since ``expected_version``."""
    with db.session() as session:
        person = get_row(session, Person, person_id, "person")
        check_version(person, expected_version, "person")
        raise_if(check_person(session, person.event_id, data))
        with stale_as_domain_error("person", person.key):
            _apply_person(person, data)
            session.flush()
        view = _person_row(session, person.id)
        event_key = session.get_one(Event, person.event_id).key
    db.notify("people", event_key)
    return view


def person_references(session: Session, person_id: int) -> list[str]:
    """What refers to this person, in words, for the "are you sure?" question."""
    refs: list[str] = []
    for title in session.scalars(select(AgendaItem.title).join(AgendaSpeaker)
                                 .where(AgendaSpeaker.person_id == person_id)):
        refs.append(Phrase('speaker in "{title}"', title=title))
    for title in session.scalars(select(AgendaItem.title).where(AgendaItem.chair_id == person_id)):
        refs.append(Phrase('chair of "{title}"', title=title))
    for reference in session.scalars(select(Agreement.reference).join(AgreementParty)
                                     .where(AgreementParty.signatory_id == person_id)):
        refs.append(Phrase("signatory of {reference}", reference=reference))
    for reference in session.scalars(select(Agreement.reference).join(AgreementWitness)
                                     .where(AgreementWitness.person_id == person_id)):
        refs.append(Phrase("witness of {reference}", reference=reference))
    return refs


def delete_person(db: Database, person_id: int, *, force: bool = False,
                  expected_version: int | None = None) -> None:
    """Delete a person. If referenced, refuse unless ``force``; then the references go too
    (removed from speaker and witness lists, no longer chair or signatory). Refused if
    the person changed since ``expected_version``."""
    with db.session() as session:
        person = get_row(session, Person, person_id, "person")
        check_version(person, expected_version, "person")
        refs = person_references(session, person_id)
        if refs and not force:
            raise InUseError("person", person.display_name, refs)
        session.execute(delete(AgendaSpeaker).where(AgendaSpeaker.person_id == person_id))
        session.execute(delete(AgreementWitness).where(AgreementWitness.person_id == person_id))
        session.execute(update(AgendaItem).where(AgendaItem.chair_id == person_id)
                        .values(chair_id=None, version=AgendaItem.version + 1))
        session.execute(update(AgreementParty).where(AgreementParty.signatory_id == person_id)
                        .values(signatory_id=None))
        session.expire_all()
        session.delete(session.get_one(Person, person_id))
        event_key = session.get_one(Event, person.event_id).key
    db.notify("people", event_key)


def _json_map(raw: str | dict[str, Any] | None) -> dict[str, Any]:
    """Decode a ``local_names`` or ``translations`` column read as text; most people have
    none, and skipping ``json.loads`` for them saves a tenth of a second per 10,000."""
    if isinstance(raw, dict):  # a driver that decodes JSON itself (psycopg)
        return dict(raw)
    if not raw or raw in ("{}", "null"):
        return {}
    return dict(json.loads(raw))


def _translation_map(raw: str | dict[str, Any] | None) -> Translations:
    return {name: dict(values) for name, values in _json_map(raw).items()}


def list_people(db: Database, event_key: str, query: str = "",
                language: str | None = None, limit: int | None = None) -> list[PersonRow]:
    """People of the event whose names match ``query`` (any script, any case or accent),
    in the alphabetical order of ``language`` (default: the event's primary language).

    ``limit`` returns only the first ones in that order: names alone are read and
    sorted, then the full rows of the first ``limit`` people, so a table can paint its
    first screenful at once while the whole list loads.
    """
    with db.reader() as session:
        event = session.scalars(select(Event).where(Event.key == event_key)).one_or_none()
        if event is None:
            event_id_of(session, event_key)  # raises NotFoundError
            raise AssertionError
        language = language or event.primary_language
        matches = Person.event_id == event.id
        folded = query_key(query)
        if folded:
            matches = matches & Person.search_key.contains(folded, autoescape=True)
        if limit is not None:
            names = sorted(
                session.execute(select(Person.id, Person.family_name, Person.given_name)
                                .where(matches)),
                key=lambda r: _person_order(r.family_name, r.given_name, language))
            matches = matches & Person.id.in_([r.id for r in names[:limit]])
        # Plain columns, not ORM objects: ten thousand people load in a fraction of the
        # time (the People table shows them all).
        statement = (select(Person.id, Person.key, Person.version, Person.honorific,
                            Person.given_name, Person.family_name,
                            type_coerce(Person.local_names, Text),
                            Person.position, Person.organization_id, Organization.name,
                            Person.country, Person.precedence, Person.email, Person.phone,
                            Person.bio, Person.search_key,
                            type_coerce(Person.translations, Text), Organization.country)
                     .outerjoin(Organization, Person.organization_id == Organization.id)
                     .where(matches))
        # One list of arguments: mypy takes a starred slice for all the parameters after it.
        people = [PersonRow(*[*row[:6], _json_map(row[6]), *row[7:15], row[15] or "",
                               _translation_map(row[16]), row[17]])
                  for row in session.execute(statement)]
    return sorted(people, key=lambda p: _person_order(p.family_name, p.given_name, language))


def _person_order(family_name: str, given_name: str | None, language: str
                  ) -> tuple[str, str, str]:
    """People sort by family name, then given name, in the alphabet of ``language``."""
    return sort_key(f"{family_name} {given_name or ''}", language)
