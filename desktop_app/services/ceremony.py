"""Planning a signing ceremony: order, renumber, group by signatory, planned times."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop_app.domain.ceremony import (
    ceremony_agreements,
    group_by_signatory,
    plan_signings,
    signatory_clashes,
)
from desktop_app.domain.errors import ValidationError, problem
from desktop_app.domain.models import AgendaItem, AgendaSpeaker, Agreement, AgreementParty, Event
from desktop_app.domain.vocabulary import AgendaKind
from desktop_app.storage.database import Database

from .common import get_row
from .snapshots import AgendaItemRow, AgreementRow


@dataclass(frozen=True)
class PlannedSigningRow:
    agreement: AgreementRow
    order: int
    start: dt.datetime
    end: dt.datetime
    clashes: tuple[str, ...]


@dataclass(frozen=True)
class CeremonyPlan:
    item: AgendaItemRow
    slot_minutes: float
    signings: tuple[PlannedSigningRow, ...]

    @property
    def overruns(self) -> bool:
        return bool(self.signings) and self.signings[-1].end > self.item.end


def _signing_item(session: Session, item_id: int) -> AgendaItem:
    item = session.scalars(select(AgendaItem).where(AgendaItem.id == item_id).options(
        selectinload(AgendaItem.room), selectinload(AgendaItem.chair),
        selectinload(AgendaItem.speakers).selectinload(AgendaSpeaker.person),
        selectinload(AgendaItem.topics),
        selectinload(AgendaItem.agreements).options(
            selectinload(Agreement.parties).selectinload(AgreementParty.organization),
            selectinload(Agreement.parties).selectinload(AgreementParty.signatory),
            selectinload(Agreement.witnesses)))).one_or_none()
    if item is None:
        get_row(session, AgendaItem, item_id, "agenda item")
        raise AssertionError
    if item.kind != AgendaKind.SIGNING:
        raise ValidationError(problem("signing_item", item.title,
                                      '"{title}" is not a signing item', title=item.title))
    return item


def signing_items(db: Database, event_key: str) -> list[AgendaItemRow]:
    """The event's signing items, in programme order."""
    with db.reader() as session:
        event_id = session.scalars(select(Event.id).where(Event.key == event_key)).one()
        items = session.scalars(select(AgendaItem).where(
            AgendaItem.event_id == event_id, AgendaItem.kind == AgendaKind.SIGNING).options(
            selectinload(AgendaItem.room), selectinload(AgendaItem.chair),
            selectinload(AgendaItem.speakers).selectinload(AgendaSpeaker.person),
            selectinload(AgendaItem.topics)).order_by(AgendaItem.day, AgendaItem.start_time))
        return [AgendaItemRow.of(item) for item in items]


def ceremony_plan(db: Database, item_id: int, slot_minutes: float | None = None) -> CeremonyPlan:
    """Agreements of the signing item in order, with planned times and clashes."""
    with db.reader() as session:
        item = _signing_item(session, item_id)
        plan = plan_signings(item, slot_minutes)
        others = list(session.scalars(select(AgendaItem).where(
            AgendaItem.event_id == item.event_id, AgendaItem.day == item.day,
            AgendaItem.id != item.id).options(selectinload(AgendaItem.speakers))))
        clashes = signatory_clashes(plan, item, others)
        by_key: dict[str, list[str]] = {}
        for clash in clashes:
            by_key.setdefault(clash.agreement_key, []).append(clash.message)
        slot = ((plan[0].end - plan[0].start).total_seconds() / 60) if plan else 0.0
        return CeremonyPlan(
            AgendaItemRow.of(item), slot,
            tuple(PlannedSigningRow(AgreementRow.of(p.agreement), p.order, p.start, p.end,
                                     tuple(by_key.get(p.agreement.key, [])))
                  for p in plan))


def reorder_signings(db: Database, item_id: int, agreement_ids: list[int]) -> None:
    """Set the signing order of the item's agreements to ``agreement_ids`` (1, 2, 3 …).

    An agreement not yet in the item joins it; the list must name every
    agreement the item has (cancelled ones may be left out and keep no order).
    """
    with db.session() as session:
        item = _signing_item(session, item_id)
        current = {a.id for a in ceremony_agreements(item)}
        missing = current - set(agreement_ids)
        if missing:
            raise ValidationError(problem("agreements", sorted(missing),
                                          "the new order leaves out agreements of this ceremony"))
        if len(set(agreement_ids)) != len(agreement_ids):
            raise ValidationError(problem("agreements", agreement_ids, "lists an agreement twice"))
        for order, agreement_id in enumerate(agreement_ids, start=1):
            agreement = get_row(session, Agreement, agreement_id, "agreement")
            if agreement.event_id != item.event_id:
                raise ValidationError(problem("agreements", agreement_id,
                                              "is not an agreement of this event"))
            agreement.signing_item_id = item.id
            agreement.signing_order = order
        event_key = session.get_one(Event, item.event_id).key
    db.notify("agreements", event_key)


def renumber_signings(db: Database, item_id: int) -> None:
    """Close gaps and repeats: orders become 1..n in the current order."""
    with db.reader() as session:
        ids = [a.id for a in ceremony_agreements(_signing_item(session, item_id))]
    reorder_signings(db, item_id, ids)


def group_signings_by_signatory(db: Database, item_id: int) -> None:
    """Reorder so that each busy signatory signs a run of agreements in a row."""
    with db.reader() as session:
        ids = [a.id for a in group_by_signatory(
            ceremony_agreements(_signing_item(session, item_id)))]
    reorder_signings(db, item_id, ids)
