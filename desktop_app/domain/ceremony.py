"""Signing ceremonies: planned times, grouping by signatory, clashes with other items.

A signing item holds agreements in an order; each signing takes a fixed
slot from the item's start. Protocol offices like one rector to sign a run
of agreements in a row rather than walk back and forth, hence the grouping.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from .models import AgendaItem, Agreement
from .vocabulary import AgreementStatus


@dataclass(frozen=True)
class PlannedSigning:
    agreement: Agreement
    order: int
    start: dt.datetime
    end: dt.datetime


@dataclass(frozen=True)
class SignatoryClash:
    agreement_key: str
    person_name: str
    other_item_title: str
    message: str


def ceremony_agreements(item: AgendaItem) -> list[Agreement]:
    """The item's agreements that will be signed (not cancelled), in signing order."""
    big = 1 << 30
    return sorted((a for a in item.agreements if a.status != AgreementStatus.CANCELLED),
                  key=lambda a: (a.signing_order if a.signing_order is not None else big,
                                 a.reference))


def default_slot_minutes(item: AgendaItem, count: int) -> float:
    """Share the item's duration evenly, at least half a minute per signing."""
    duration = (item.end - item.start).total_seconds() / 60
    return max(0.5, duration / count) if count else duration


def plan_signings(item: AgendaItem, slot_minutes: float | None = None) -> list[PlannedSigning]:
    agreements = ceremony_agreements(item)
    slot = dt.timedelta(minutes=slot_minutes if slot_minutes is not None
                        else default_slot_minutes(item, len(agreements)))
    return [PlannedSigning(a, i + 1, item.start + slot * i, item.start + slot * (i + 1))
            for i, a in enumerate(agreements)]


def group_by_signatory(agreements: list[Agreement]) -> list[Agreement]:
    """Reorder so that each busy signatory signs a run in a row.

    Each agreement is anchored to its signatory with the most signings in the
    ceremony (ties: who appears first); runs follow the anchors' first
    appearance, and within a run the current order is kept.
    """
    counts: Counter[int] = Counter()
    first_seen: dict[int, int] = {}
    for index, agreement in enumerate(agreements):
        for party in agreement.parties:
            if party.signatory_id is not None:
                counts[party.signatory_id] += 1
                first_seen.setdefault(party.signatory_id, index)

    def anchor(agreement: Agreement) -> int:
        signatories = [p.signatory_id for p in agreement.parties if p.signatory_id is not None]
        if not signatories:
            return -1
        return min(signatories, key=lambda s: (-counts[s], first_seen[s]))

    runs: dict[int, list[Agreement]] = {}
    for agreement in agreements:
        runs.setdefault(anchor(agreement), []).append(agreement)
    ordered_anchors = sorted(runs, key=lambda a: (-counts.get(a, 0), first_seen.get(a, 1 << 30)))
    return [agreement for a in ordered_anchors for agreement in runs[a]]


def signatory_clashes(plan: list[PlannedSigning], item: AgendaItem,
                      other_items: list[AgendaItem]) -> list[SignatoryClash]:
    """Signatories due at the signing table while they speak or chair elsewhere."""
    busy: dict[int, list[AgendaItem]] = {}
    for other in other_items:
        if other.id == item.id:
            continue
        for link in other.speakers:
            busy.setdefault(link.person_id, []).append(other)
        if other.chair_id is not None:
            busy.setdefault(other.chair_id, []).append(other)
    clashes: list[SignatoryClash] = []
    for planned in plan:
        for party in planned.agreement.parties:
            person = party.signatory
            if person is None:
                continue
            for other in busy.get(person.id, []):
                if other.start < planned.end and planned.start < other.end:
                    clashes.append(SignatoryClash(
                        planned.agreement.key, person.display_name, other.title,
                        f"{person.display_name} signs {planned.agreement.reference} at "
                        f"{planned.start:%H:%M} but is in \"{other.title}\" "
                        f"({other.start_time:%H:%M}–{other.end_time:%H:%M})"))
    return clashes
