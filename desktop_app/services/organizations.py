"""Organizations of an event: create, edit, delete (detaching their people), search, list."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from desktop_app.domain.collation import sort_key
from desktop_app.domain.errors import FieldProblem, InUseError, Phrase, ValidationError, problem
from desktop_app.domain.models import (
    Agreement,
    AgreementParty,
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
    check_texts,
    clean_name,
    clean_text,
    raise_if,
    require_text,
)
from desktop_app.domain.text import query_key
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
from .event_import import organization_search_key
from .snapshots import OrganizationRow


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
    org.short_name = name_or_none(data.short_name)
    org.local_names = cleaned_names(data.local_names)
    org.city = text_or_none(data.city)
    org.website = text_or_none(data.website)
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
