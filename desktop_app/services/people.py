"""People and organizations of an event: create, edit, delete, search, list."""
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
    EventHost,
    Organization,
    Person,
)
from desktop_app.domain.rules import (
    ORGANIZATION_KINDS,
    check_choice,
    check_country,
    check_key,
    check_local_names,
    check_positive,
    check_texts,
    clean_name,
    clean_text,
    raise_if,
    require_text,
)
from desktop_app.domain.text import query_key
from desktop_app.domain.translations import Translations
from desktop_app.storage.database import Database

from .common import (
    check_version,
    event_id_of,
    get_row,
    stale_as_domain_error,
    unique_key,
)
from .event_import import organization_search_key, person_search_key
from .snapshots import OrganizationRow, PersonRow
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


@dataclass
class OrganizationData:
    name: str
    kind: str
    country: str
    short_name: str | None = None
    local_names: dict[str, str] = field(default_factory=dict)
    city: str | None = None
    website: str | None = None
    key: str | None = None

    @classmethod
    def from_row(cls, view: OrganizationRow) -> OrganizationData:
        return cls(view.name, view.kind, view.country, view.short_name, dict(view.local_names),
                   view.city, view.website, view.key)


def _blank_to_none(value: str | None) -> str | None:
    return (clean_text(value) if value else "") or None


def _name_or_none(value: str | None) -> str | None:
    return (clean_name(value) if value else "") or None


def _names(values: dict[str, str]) -> dict[str, str]:
    """Local names, each cleaned (``clean_name``), the empty ones left out."""
    cleaned = {tag: clean_name(name) for tag, name in values.items() if name}
    return {tag: name for tag, name in cleaned.items() if name}


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
    person.given_name = _name_or_none(data.given_name)
    person.honorific = _name_or_none(data.honorific)
    person.local_names = _names(data.local_names)
    person.position = _blank_to_none(data.position)
    person.organization_id = data.organization_id
    person.country = _blank_to_none(data.country)
    person.precedence = data.precedence
    person.email = _blank_to_none(data.email)
    person.phone = _blank_to_none(data.phone)
    person.bio = _blank_to_none(data.bio)
    apply_translations(person, "person", data.translations)
    person.search_key = person_search_key(person.given_name, person.family_name,
                                          person.local_names)


def _person_view(session: Session, person_id: int) -> PersonRow:
    person = session.scalars(select(Person).where(Person.id == person_id)
                             .options(selectinload(Person.organization))).one()
    return PersonRow.of(person)


def get_person(db: Database, person_id: int) -> PersonRow:
    with db.reader() as session:
        get_row(session, Person, person_id, "person")
        return _person_view(session, person_id)


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
        view = _person_view(session, person.id)
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
        view = _person_view(session, person.id)
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


def check_organization(data: OrganizationData) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    require_text("name", data.name, problems)
    check_texts({"name": data.name, "short_name": data.short_name, "city": data.city,
                 "website": data.website}, problems)
    check_choice("kind", data.kind, ORGANIZATION_KINDS, problems)
    check_country("country", data.country, problems, required=True)
    check_local_names("local_names", data.local_names, problems)
    if data.key is not None:
        check_key("key", data.key, problems)
    return problems


def _apply_organization(org: Organization, data: OrganizationData) -> None:
    org.name = clean_name(data.name)
    org.kind = data.kind
    org.country = clean_text(data.country)
    org.short_name = _name_or_none(data.short_name)
    org.local_names = _names(data.local_names)
    org.city = _blank_to_none(data.city)
    org.website = _blank_to_none(data.website)
    org.search_key = organization_search_key(org.name, org.short_name, org.local_names)


def create_organization(db: Database, event_key: str, data: OrganizationData) -> OrganizationRow:
    raise_if(check_organization(data))
    with db.session() as session:
        event_id = event_id_of(session, event_key)
        key = data.key or unique_key(session, Organization, event_id,
                                     data.short_name or data.name)
        if session.scalars(select(Organization.id).where(Organization.event_id == event_id,
                                                         Organization.key == key)).first():
            raise ValidationError(problem("key", key,
                                          '"{value}" is already used by another organization',
                                          value=key))
        org = Organization(event_id=event_id, key=key)
        _apply_organization(org, data)
        session.add(org)
        session.flush()
        view = OrganizationRow.of(org)
    db.notify("organizations", event_key)
    return view


def update_organization(db: Database, organization_id: int, data: OrganizationData,
                        expected_version: int | None = None) -> OrganizationRow:
    raise_if(check_organization(data))
    with db.session() as session:
        org = get_row(session, Organization, organization_id, "organization")
        check_version(org, expected_version, "organization")
        with stale_as_domain_error("organization", org.key):
            _apply_organization(org, data)
            session.flush()
        view = OrganizationRow.of(org)
        event_key = session.get_one(Event, org.event_id).key
    db.notify("organizations", event_key)
    return view


def organization_references(session: Session, organization_id: int) -> tuple[list[str], list[str]]:
    """(blocking, detachable) references: parties block deletion; members and host
    links are detached when the deletion is confirmed."""
    blocking: list[str] = [Phrase("party to {reference}", reference=ref) for ref in session.scalars(
        select(Agreement.reference).join(AgreementParty)
        .where(AgreementParty.organization_id == organization_id))]
    detachable: list[str] = [
        Phrase("organization of {name}", name=p.display_name)
        for p in session.scalars(select(Person).where(Person.organization_id == organization_id))]
    if session.scalars(select(EventHost.event_id)
                       .where(EventHost.organization_id == organization_id)).first():
        detachable.append(Phrase("host of the event"))
    return blocking, detachable


def get_organization(db: Database, organization_id: int) -> OrganizationRow:
    with db.reader() as session:
        return OrganizationRow.of(get_row(session, Organization, organization_id,
                                           "organization"))


def delete_organization(db: Database, organization_id: int, *, force: bool = False,
                        expected_version: int | None = None) -> None:
    """Delete an organization. Refused while it is a party to an agreement, or if it
    changed since ``expected_version``; people and host links referring to it are
    detached only when ``force`` confirms it."""
    with db.session() as session:
        org = get_row(session, Organization, organization_id, "organization")
        check_version(org, expected_version, "organization")
        blocking, detachable = organization_references(session, organization_id)
        if blocking:
            raise InUseError("organization", org.name, blocking)
        if detachable and not force:
            raise InUseError("organization", org.name, detachable)
        session.execute(update(Person).where(Person.organization_id == organization_id)
                        .values(organization_id=None, version=Person.version + 1))
        session.execute(delete(EventHost).where(EventHost.organization_id == organization_id))
        session.expire_all()
        session.delete(session.get_one(Organization, organization_id))
        event_key = session.get_one(Event, org.event_id).key
    db.notify("organizations", event_key)


def list_organizations(db: Database, event_key: str, query: str = "",
                       language: str | None = None) -> list[OrganizationRow]:
    with db.reader() as session:
        event = session.scalars(select(Event).where(Event.key == event_key)).one_or_none()
        if event is None:
            event_id_of(session, event_key)
            raise AssertionError
        statement = select(Organization).where(Organization.event_id == event.id)
        folded = query_key(query)
        if folded:
            statement = statement.where(Organization.search_key.contains(folded, autoescape=True))
        language = language or event.primary_language
        orgs = [OrganizationRow.of(o) for o in session.scalars(statement)]
    return sorted(orgs, key=lambda o: sort_key(o.name, language))
