"""Agreements: create, edit, delete, the status workflow and the readiness checklist."""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.base import ExecutableOption

from desktop_app.domain.errors import FieldProblem, Term, ValidationError, problem
from desktop_app.domain.models import (
    AgendaItem,
    Agreement,
    AgreementParty,
    AgreementWitness,
    Event,
    Organization,
    Person,
    person_name,
)
from desktop_app.domain.rules import (
    AGREEMENT_KINDS,
    check_choice,
    check_dates,
    check_key,
    check_languages,
    check_positive,
    check_texts,
    clean_text,
    duplicate_parties,
    duplicate_party_problem,
    party_count_problem,
    raise_if,
    require_text,
    signed_at_problem,
    validity_problem,
)
from desktop_app.domain.translations import Translations
from desktop_app.domain.vocabulary import (
    READINESS_ITEMS,
    STATUS_TRANSITIONS,
    AgendaKind,
    AgreementStatus,
)
from desktop_app.storage.database import Database

from .agreement_references import next_reference_in
from .common import check_version, get_row, stale_as_domain_error, unique_key
from .loading import get_event_row
from .snapshots import AgreementRow, PartyRow
from .translated_texts import apply_translations, check_translations, copied


@dataclass
class PartyData:
    organization_id: int
    signatory_id: int | None = None


@dataclass
class AgreementData:
    reference: str
    kind: str
    title: str
    parties: list[PartyData]
    status: str = AgreementStatus.DRAFT.value
    witness_ids: list[int] = field(default_factory=list)
    signing_item_id: int | None = None
    signing_order: int | None = None
    signed_at: dt.datetime | None = None
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    languages: list[str] | None = None
    originals: int | None = None
    readiness: dict[str, bool | None] = field(default_factory=dict)
    notes: str | None = None
    key: str | None = None
    #: The title in other languages, ``{"title": {language: text}}``; None keeps the
    #: stored translations (``services.translated_texts``).
    translations: Translations | None = None

    @classmethod
    def from_row(cls, view: AgreementRow) -> AgreementData:
        return cls(
            view.reference, view.kind, view.title,
            [PartyData(p.organization_id, p.signatory_id) for p in view.parties], view.status,
            list(view.witness_ids), view.signing_item_id, view.signing_order, view.signed_at,
            view.valid_from, view.valid_until,
            list(view.languages) if view.languages is not None else None, view.originals,
            dict(view.readiness), view.notes, view.key, copied(view.translations))


def _options() -> list[ExecutableOption]:
    return [
        selectinload(Agreement.parties).selectinload(AgreementParty.organization),
        selectinload(Agreement.parties).selectinload(AgreementParty.signatory),
        selectinload(Agreement.witnesses).selectinload(AgreementWitness.person),
    ]


def _row(session: Session, agreement_id: int) -> AgreementRow:
    agreement = session.scalars(select(Agreement).where(Agreement.id == agreement_id)
                                .options(*_options())).one()
    return AgreementRow.of(agreement)


def list_agreements(db: Database, event_key: str, limit: int | None = None
                    ) -> list[AgreementRow]:
    """Agreements of the event by reference, read as plain rows (four queries whatever
    their number; building ORM objects for 2,000 agreements took half a second).

    ``limit`` returns only the first ones by reference: a table shows that screenful
    at once while the whole list loads.
    """
    with db.reader() as session:
        event_id = get_event_row(session, event_key).id
        of_event = Agreement.event_id == event_id
        if limit is not None:
            first = (select(Agreement.id).where(of_event).order_by(Agreement.reference)
                     .limit(limit).scalar_subquery())
            of_event = of_event & Agreement.id.in_(first)
        parties: dict[int, list[PartyRow]] = {}
        for row in session.execute(
                select(AgreementParty.agreement_id, Organization.id, Organization.name,
                       Organization.short_name, Organization.country,
                       AgreementParty.signatory_id, Person.honorific, Person.given_name,
                       Person.family_name)
                .join(Agreement, Agreement.id == AgreementParty.agreement_id)
                .join(Organization, Organization.id == AgreementParty.organization_id)
                .outerjoin(Person, Person.id == AgreementParty.signatory_id)
                .where(of_event).order_by(AgreementParty.agreement_id, AgreementParty.position)):
            signatory = (person_name(row.given_name, row.family_name, row.honorific)
                         if row.signatory_id is not None else None)
            parties.setdefault(row.agreement_id, []).append(PartyRow(
                row.id, row.name, row.short_name, row.country, row.signatory_id, signatory))
        witnesses: dict[int, list[int]] = {}
        witness_names: dict[int, list[str]] = {}
        for agreement_id, person_id, honorific, given, family in session.execute(
                select(AgreementWitness.agreement_id, AgreementWitness.person_id,
                       Person.honorific, Person.given_name, Person.family_name)
                .join(Agreement, Agreement.id == AgreementWitness.agreement_id)
                .join(Person, Person.id == AgreementWitness.person_id)
                .where(of_event).order_by(AgreementWitness.agreement_id,
                                          AgreementWitness.position)):
            witnesses.setdefault(agreement_id, []).append(person_id)
            witness_names.setdefault(agreement_id, []).append(
                person_name(given, family, honorific))
        columns = [Agreement.id, Agreement.key, Agreement.version, Agreement.reference,
                   Agreement.kind, Agreement.title, Agreement.status, Agreement.signing_item_id,
                   Agreement.signing_order, Agreement.signed_at, Agreement.valid_from,
                   Agreement.valid_until, Agreement.languages, Agreement.originals,
                   Agreement.notes, Agreement.translations,
                   *(getattr(Agreement, name) for name in READINESS_ITEMS)]
        return [
            AgreementRow(
                row.id, row.key, row.version, row.reference, row.kind, row.title, row.status,
                tuple(parties.get(row.id, ())), tuple(witnesses.get(row.id, ())),
                row.signing_item_id, row.signing_order, row.signed_at, row.valid_from,
                row.valid_until, tuple(row.languages) if row.languages is not None else None,
                row.originals, {name: getattr(row, name) for name in READINESS_ITEMS},
                row.notes, {name: dict(values)
                            for name, values in (row.translations or {}).items()},
                tuple(witness_names.get(row.id, ())))
            for row in session.execute(select(*columns).where(of_event)
                                       .order_by(Agreement.reference).limit(limit))
        ]


def get_agreement(db: Database, agreement_id: int) -> AgreementRow:
    with db.reader() as session:
        get_row(session, Agreement, agreement_id, "agreement")
        return _row(session, agreement_id)


def check_agreement_fields(data: AgreementData) -> list[FieldProblem]:
    """The rules a form can check as the user types (no database needed)."""
    problems: list[FieldProblem] = []
    require_text("reference", data.reference, problems)
    require_text("title", data.title, problems)
    check_texts({"reference": data.reference, "title": data.title, "notes": data.notes},
                problems)
    check_dates({"signed_at": data.signed_at, "valid_from": data.valid_from,
                 "valid_until": data.valid_until}, problems)
    check_choice("kind", data.kind, AGREEMENT_KINDS, problems)
    check_choice("status", data.status, [s.value for s in AgreementStatus], problems)
    check_positive("originals", data.originals, problems)
    check_positive("signing_order", data.signing_order, problems)
    check_languages("languages", data.languages or [], problems)
    check_translations(data.translations, problems)
    if data.key is not None:
        check_key("key", data.key, problems)
    if (too_few := party_count_problem("parties", len(data.parties))) is not None:
        problems.append(too_few)
    organizations = [party.organization_id for party in data.parties]
    for i, first in duplicate_parties(organizations):
        problems.append(duplicate_party_problem(f"parties[{i}].organization",
                                                organizations[i], first))
    if (unsigned := signed_at_problem("signed_at", data.status, data.signed_at)) is not None:
        problems.append(unsigned)
    if data.signed_at is not None and data.signed_at.tzinfo is None:
        problems.append(problem("signed_at", data.signed_at.isoformat(),
                                "needs a time zone offset"))
    if (validity := validity_problem("valid_until", data.valid_from, data.valid_until)):
        problems.append(validity)
    return problems


def check_agreement(session: Session, event: Event, data: AgreementData,
                    agreement_id: int | None) -> list[FieldProblem]:
    problems = check_agreement_fields(data)
    clash = session.scalars(select(Agreement.id).where(
        Agreement.event_id == event.id, Agreement.reference == clean_text(data.reference or ""),
        Agreement.id != (agreement_id or -1))).first()
    if clash is not None:
        problems.append(problem("reference", data.reference,
                                '"{value}" is already used by another agreement',
                                value=data.reference))
    organizations = set(session.scalars(select(Organization.id)
                                        .where(Organization.event_id == event.id)))
    people = set(session.scalars(select(Person.id).where(Person.event_id == event.id)))
    for i, party in enumerate(data.parties):
        if party.organization_id not in organizations:
            problems.append(problem(f"parties[{i}].organization", party.organization_id,
                                    "is not an organization of this event"))
        if party.signatory_id is not None and party.signatory_id not in people:
            problems.append(problem(f"parties[{i}].signatory", party.signatory_id,
                                    "is not a person of this event"))
    for witness in data.witness_ids:
        if witness not in people:
            problems.append(problem("witnesses", witness, "is not a person of this event"))
    if data.signing_item_id is not None:
        item = session.get(AgendaItem, data.signing_item_id)
        if item is None or item.event_id != event.id:
            problems.append(problem("signing_item", data.signing_item_id,
                                    "is not an agenda item of this event"))
        elif item.kind != AgendaKind.SIGNING:
            problems.append(problem("signing_item", item.title,
                                    '"{title}" is not a signing item', title=item.title))
    return problems


def _apply(agreement: Agreement, data: AgreementData) -> None:
    agreement.reference = clean_text(data.reference)
    agreement.kind = data.kind
    agreement.title = clean_text(data.title)
    agreement.status = data.status
    agreement.signing_item_id = data.signing_item_id
    agreement.signing_order = data.signing_order if data.signing_item_id is not None else None
    agreement.signed_at = data.signed_at  # None unless signed: signed_at_problem
    agreement.valid_from = data.valid_from
    agreement.valid_until = data.valid_until
    agreement.languages = list(data.languages) if data.languages is not None else None
    agreement.originals = data.originals
    agreement.notes = (clean_text(data.notes) if data.notes else "") or None
    apply_translations(agreement, "agreement", data.translations)
    for name in READINESS_ITEMS:
        setattr(agreement, name, data.readiness.get(name))
    wanted = [(p.organization_id, p.signatory_id) for p in data.parties]
    if [(p.organization_id, p.signatory_id) for p in agreement.parties] != wanted:
        agreement.parties.clear()
        # Flush the removals first: (agreement, organization) is unique.
        session = Session.object_session(agreement)
        if session is not None:
            session.flush()
        agreement.parties.extend(AgreementParty(organization_id=o, signatory_id=s)
                                 for o, s in wanted)
    if [w.person_id for w in agreement.witnesses] != list(data.witness_ids):
        agreement.witnesses.clear()
        agreement.witnesses.extend(AgreementWitness(person_id=p) for p in data.witness_ids)


def create_agreement(db: Database, event_key: str, data: AgreementData) -> AgreementRow:
    """Store a new agreement; one without a reference is numbered in the event's own
    pattern (``services.agreement_references``)."""
    with db.session() as session:
        event = get_event_row(session, event_key)
        if not (data.reference or "").strip():
            data = dataclasses.replace(data, reference=next_reference_in(session, event))
        raise_if(check_agreement(session, event, data, None))
        key = data.key or unique_key(session, Agreement, event.id, data.reference)
        if session.scalars(select(Agreement.id).where(Agreement.event_id == event.id,
                                                      Agreement.key == key)).first():
            raise ValidationError(problem(
                "key", key, '"{value}" is already used by another agreement', value=key))
        agreement = Agreement(event_id=event.id, key=key)
        session.add(agreement)
        _apply(agreement, data)
        session.flush()
        view = _row(session, agreement.id)
    db.notify("agreements", event_key)
    return view


def update_agreement(db: Database, agreement_id: int, data: AgreementData,
                     expected_version: int | None = None) -> AgreementRow:
    with db.session() as session:
        agreement = get_row(session, Agreement, agreement_id, "agreement")
        check_version(agreement, expected_version, "agreement")
        event = session.get_one(Event, agreement.event_id)
        raise_if(check_agreement(session, event, data, agreement_id))
        with stale_as_domain_error("agreement", agreement.reference):
            _apply(agreement, data)
            session.flush()
        view = _row(session, agreement.id)
    db.notify("agreements", event.key)
    return view


def delete_agreement(db: Database, agreement_id: int,
                     expected_version: int | None = None) -> None:
    """Delete an agreement; refused if it changed since ``expected_version``."""
    with db.session() as session:
        agreement = get_row(session, Agreement, agreement_id, "agreement")
        check_version(agreement, expected_version, "agreement")
        event_key = session.get_one(Event, agreement.event_id).key
        session.delete(agreement)
    db.notify("agreements", event_key)


def set_status(db: Database, agreement_id: int, status: str, *,
               signed_at: dt.datetime | None = None,
               expected_version: int | None = None) -> AgreementRow:
    """Move an agreement along the workflow (draft → ready → signed, cancel from any).

    Signing records ``signed_at`` (an aware datetime); leaving "signed" clears it.
    """
    check_choice_problems: list[FieldProblem] = []
    check_choice("status", status, [s.value for s in AgreementStatus], check_choice_problems)
    raise_if(check_choice_problems)
    target = AgreementStatus(status)
    with db.session() as session:
        agreement = get_row(session, Agreement, agreement_id, "agreement")
        check_version(agreement, expected_version, "agreement")
        current = AgreementStatus(agreement.status)
        if target == current:
            return _row(session, agreement.id)
        if target not in STATUS_TRANSITIONS[current]:
            raise ValidationError(problem(
                "status", status,
                'cannot change from "{current}" to "{target}" (allowed: {allowed})',
                current=Term(f"status.{current.value}", current.value),
                target=Term(f"status.{target.value}", target.value),
                allowed=", ".join(sorted(STATUS_TRANSITIONS[current]))))
        if target == AgreementStatus.SIGNED:
            if (missing := signed_at_problem("signed_at", target, signed_at)) is not None:
                raise ValidationError(missing)
            if signed_at is not None and signed_at.tzinfo is None:
                raise ValidationError(problem("signed_at", signed_at.isoformat(),
                                              "needs a time zone offset"))
        with stale_as_domain_error("agreement", agreement.reference):
            agreement.status = target.value
            agreement.signed_at = signed_at if target == AgreementStatus.SIGNED else None
            session.flush()
        view = _row(session, agreement.id)
        event_key = session.get_one(Event, agreement.event_id).key
    db.notify("agreements", event_key)
    return view


def set_readiness(db: Database, agreement_id: int, item: str, done: bool,
                  expected_version: int | None = None) -> AgreementRow:
    """Tick or untick one item of the readiness checklist."""
    if item not in READINESS_ITEMS:
        raise ValidationError(problem("readiness", item, '"{value}" is not one of {choices}',
                                      value=item, choices=", ".join(READINESS_ITEMS)))
    with db.session() as session:
        agreement = get_row(session, Agreement, agreement_id, "agreement")
        check_version(agreement, expected_version, "agreement")
        with stale_as_domain_error("agreement", agreement.reference):
            setattr(agreement, item, done)
            session.flush()
        view = _row(session, agreement.id)
        event_key = session.get_one(Event, agreement.event_id).key
    db.notify("agreements", event_key)
    return view
