"""Renewing and terminating agreements.

``renew_agreement`` drafts a successor: the same parties, title (with its translations),
kind, languages and number of originals, a new reference (``…-R1`` unless given),
``renews`` pointing to the original, and a validity that follows the original's. It is
a draft of its event, to be prepared and signed like any other, possibly at a later
event: there the parties are that event's organizations with the same id, or copies of
the original's made for it (and a signatory only where the same person is in it).

A termination is a decision: stored with its date and reason, withdrawn by clearing it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from desktop_app.domain.errors import ValidationError, problem
from desktop_app.domain.models import (
    Agreement,
    AgreementParty,
    AgreementWitness,
    Event,
    Organization,
    Person,
)
from desktop_app.domain.partnership import (
    check_termination,
    successor_period,
    successor_reference,
)
from desktop_app.domain.rules import raise_if
from desktop_app.domain.text import search_key
from desktop_app.storage.database import Database

from .common import check_version, get_row, stale_as_domain_error, unique_key
from .loading import get_event_row


@dataclass(frozen=True)
class Renewal:
    """A drafted successor: its id, event and reference, and the organizations copied into
    its event for it (removed again when the renewal is undone)."""

    successor_id: int
    event_key: str
    reference: str
    original_id: int
    original_reference: str
    copied_organization_ids: tuple[int, ...] = ()


def renew_agreement(db: Database, agreement_id: int, *, reference: str | None = None,
                    event_key: str | None = None) -> Renewal:
    """Draft the successor of a signed agreement (see the module's docstring)."""
    with db.session() as session:
        original = session.scalars(
            select(Agreement).where(Agreement.id == agreement_id).options(
                selectinload(Agreement.parties).selectinload(AgreementParty.organization),
                selectinload(Agreement.parties).selectinload(AgreementParty.signatory),
                selectinload(Agreement.event))).one_or_none()
        if original is None:
            get_row(session, Agreement, agreement_id, "agreement")
            raise AssertionError
        _check_renewable(session, original)
        target = get_event_row(session, event_key) if event_key else original.event
        taken = set(session.scalars(select(Agreement.reference)
                                    .where(Agreement.event_id == target.id)))
        new_reference = (reference or "").strip() or successor_reference(original.reference,
                                                                          taken)
        if new_reference in taken:
            raise ValidationError(problem("reference", new_reference,
                                          '"{value}" is already used by another agreement',
                                          value=new_reference))
        parties, copied = _parties_in(session, original, target)
        valid_from, valid_until = successor_period(original.valid_from, original.valid_until)
        successor = Agreement(
            event_id=target.id, key=unique_key(session, Agreement, target.id, new_reference),
            reference=new_reference, kind=original.kind, title=original.title,
            status="draft", valid_from=valid_from, valid_until=valid_until,
            languages=list(original.languages) if original.languages is not None else None,
            originals=original.originals, renews_id=original.id,
            translations=original.translation_map())
        successor.parties.extend(parties)
        session.add(successor)
        session.flush()
        result = Renewal(successor.id, target.key, new_reference, original.id,
                         original.reference, tuple(copied))
        original_event = original.event.key
    db.notify("agreements", result.event_key)
    if original_event != result.event_key:
        db.notify("agreements", original_event)
    return result


def _check_renewable(session: Session, original: Agreement) -> None:
    if original.status != "signed":
        raise ValidationError(problem("status", original.status,
                                      "only a signed agreement can be renewed"))
    if original.terminated_on is not None:
        raise ValidationError(problem("terminated_on", original.terminated_on.isoformat(),
                                      "a terminated agreement cannot be renewed"))
    successor = session.scalars(
        select(Agreement.reference).where(Agreement.renews_id == original.id,
                                          Agreement.status != "cancelled")).first()
    if successor is not None:
        raise ValidationError(problem("renews", successor,
                                      "is already renewed by {reference}",
                                      reference=successor))


def _parties_in(session: Session, original: Agreement, target: Event
                ) -> tuple[list[AgreementParty], list[int]]:
    """The successor's parties in ``target``: the original's own in its event; elsewhere
    the organizations with the same id (copied when missing) and the signatory with the
    same id where that person is in ``target``."""
    if target.id == original.event_id:
        return [AgreementParty(organization_id=p.organization_id, signatory_id=p.signatory_id)
                for p in original.parties], []
    keys = [p.organization.key for p in original.parties]
    found = {org.key: org for org in session.scalars(
        select(Organization).where(Organization.event_id == target.id,
                                   Organization.key.in_(keys)))}
    signatory_keys = [p.signatory.key for p in original.parties if p.signatory is not None]
    people = dict(session.execute(
        select(Person.key, Person.id).where(Person.event_id == target.id,
                                            Person.key.in_(signatory_keys))).all())
    parties: list[AgreementParty] = []
    copied: list[int] = []
    for party in original.parties:
        source = party.organization
        organization = found.get(source.key)
        if organization is None:
            organization = Organization(
                event_id=target.id, key=source.key, name=source.name,
                short_name=source.short_name, local_names=dict(source.local_names or {}),
                kind=source.kind, country=source.country, city=source.city,
                website=source.website,
                search_key=search_key([source.name, source.short_name,
                                       *(source.local_names or {}).values()]))
            session.add(organization)
            session.flush()
            copied.append(organization.id)
        signatory = people.get(party.signatory.key) if party.signatory is not None else None
        parties.append(AgreementParty(organization_id=organization.id, signatory_id=signatory))
    return parties, copied


def undo_renewal(db: Database, renewal: Renewal, expected_version: int | None = None) -> None:
    """Delete the drafted successor, and the organizations copied for it that nothing
    else uses since. Refused if the successor changed since ``expected_version``."""
    with db.session() as session:
        successor = session.get(Agreement, renewal.successor_id)
        if successor is not None:
            check_version(successor, expected_version, "agreement")
            session.execute(delete(AgreementWitness)
                            .where(AgreementWitness.agreement_id == successor.id))
            session.delete(successor)
            session.flush()
        for organization_id in renewal.copied_organization_ids:
            used = session.scalar(select(func.count()).select_from(AgreementParty)
                                  .where(AgreementParty.organization_id == organization_id))
            people = session.scalar(select(func.count()).select_from(Person)
                                    .where(Person.organization_id == organization_id))
            if not used and not people:
                session.execute(delete(Organization).where(Organization.id == organization_id))
    db.notify("agreements", renewal.event_key)


@dataclass(frozen=True)
class Termination:
    """An agreement's termination as stored (both None: not terminated)."""

    agreement_id: int
    on: dt.date | None
    reason: str | None
    version: int


def terminate_agreement(db: Database, agreement_id: int, on: dt.date, reason: str,
                        expected_version: int | None = None) -> Termination:
    """Record that a signed agreement ends on ``on`` for ``reason``; returns what was
    stored before (to put back on undo)."""
    with db.session() as session:
        agreement = get_row(session, Agreement, agreement_id, "agreement")
        check_version(agreement, expected_version, "agreement")
        signed_on = agreement.signed_at.date() if agreement.signed_at is not None else None
        raise_if(check_termination(on, reason, agreement.status, signed_on))
        before = Termination(agreement.id, agreement.terminated_on,
                             agreement.termination_reason, agreement.version)
        with stale_as_domain_error("agreement", agreement.reference):
            agreement.terminated_on = on
            agreement.termination_reason = reason.strip()
            session.flush()
        event_key = session.get_one(Event, agreement.event_id).key
    db.notify("agreements", event_key)
    return before


def get_termination(db: Database, agreement_id: int) -> Termination:
    """The agreement's termination as stored now, with the agreement's version."""
    with db.reader() as session:
        agreement = get_row(session, Agreement, agreement_id, "agreement")
        return Termination(agreement.id, agreement.terminated_on,
                           agreement.termination_reason, agreement.version)


def set_termination(db: Database, agreement_id: int, on: dt.date | None,
                    reason: str | None, expected_version: int | None = None) -> None:
    """Put a termination back as it was (None, None: not terminated); for undo. Refused
    if the agreement changed since ``expected_version``."""
    with db.session() as session:
        agreement = get_row(session, Agreement, agreement_id, "agreement")
        check_version(agreement, expected_version, "agreement")
        with stale_as_domain_error("agreement", agreement.reference):
            agreement.terminated_on = on
            agreement.termination_reason = reason
            session.flush()
        event_key = session.get_one(Event, agreement.event_id).key
    db.notify("agreements", event_key)
