"""Conflict warnings of an event, found by sweeping sorted intervals.

The spec's warnings: two items overlapping in one room; a person speaking,
chairing, signing or witnessing in two overlapping items; a draft agreement
in a signing item; repeated signing orders; a signatory of another
organization than the party's. Overlaps are found by sorting each group by
start and sweeping with a heap of open intervals, so the work is
O(n log n + w) for n intervals and w warnings, never all pairs. ``SweepStats``
counts the interval comparisons so tests can check that, without timing.
"""
from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field

from .conflict_facts import AgreementFacts, ConflictFacts, ItemFacts
from .errors import Term
from .models import Event
from .vocabulary import AgendaKind, AgreementStatus


@dataclass(frozen=True)
class ConflictWarning:
    """One warning; ``subject`` says what to open to fix it: ("agenda"|"agreement", key).

    ``message`` is English (CLI, log); ``template`` and ``params`` let the window say it
    in the interface language (dates as ISO text, shown in its format there)."""

    code: str
    message: str
    subject_kind: str
    subject_key: str
    related_keys: tuple[str, ...] = ()
    template: str = field(default="", compare=False)
    params: Mapping[str, object] = field(default_factory=dict, compare=False)

    def __str__(self) -> str:
        return self.message


def _warning(code: str, subject_kind: str, subject_key: str, related: tuple[str, ...],
             template: str, /, **params: object) -> ConflictWarning:
    return ConflictWarning(code, template.format(**params), subject_kind, subject_key,
                           related, template, dict(params))


@dataclass
class SweepStats:
    """How many interval comparisons the sweeps made (for complexity tests)."""

    comparisons: int = 0


@dataclass(frozen=True, order=True)
class _Interval:
    start: int
    end: int
    item_key: str = field(compare=False)


def _minutes(item: ItemFacts) -> tuple[int, int]:
    day = item.day.toordinal() * 24 * 60
    return (day + item.start_time.hour * 60 + item.start_time.minute,
            day + item.end_time.hour * 60 + item.end_time.minute)


def overlapping_pairs(intervals: Iterable[_Interval],
                      stats: SweepStats) -> list[tuple[_Interval, _Interval]]:
    """Every pair of overlapping intervals, found by a sweep over start times."""
    ordered = sorted(intervals, key=lambda iv: (iv.start, iv.end, iv.item_key))
    open_heap: list[tuple[int, int, _Interval]] = []
    pairs: list[tuple[_Interval, _Interval]] = []
    for index, interval in enumerate(ordered):
        while open_heap and open_heap[0][0] <= interval.start:
            stats.comparisons += 1
            heapq.heappop(open_heap)
        stats.comparisons += 1
        for _, _, other in open_heap:
            stats.comparisons += 1
            pairs.append((other, interval))
        heapq.heappush(open_heap, (interval.end, index, interval))
    return pairs


def _fmt(item: ItemFacts) -> str:
    return f'"{item.title}" ({item.start_time:%H:%M}–{item.end_time:%H:%M})'


def _participants(facts: ConflictFacts, items: dict[int, ItemFacts]
                  ) -> dict[int, list[ItemFacts]]:
    """Person id -> items they take part in (speaker, chair, signatory, witness)."""
    by_person: dict[int, dict[int, ItemFacts]] = defaultdict(dict)
    for item in facts.items:
        for person_id in item.participant_ids:
            by_person[person_id][item.id] = item
    for agreement in facts.agreements:
        ceremony = items.get(agreement.signing_item_id) if agreement.signing_item_id else None
        if ceremony is None or agreement.status == AgreementStatus.CANCELLED:
            continue
        for party in agreement.parties:
            if party.signatory_id is not None:
                by_person[party.signatory_id][ceremony.id] = ceremony
        for person_id in agreement.witness_ids:
            by_person[person_id][ceremony.id] = ceremony
    return {person: list(found.values()) for person, found in by_person.items()}


def find_conflicts(event: Event, stats: SweepStats | None = None) -> list[ConflictWarning]:
    """All warnings for a fully loaded ``event``, in a stable order."""
    return find_conflicts_in(ConflictFacts.from_event(event), stats)


def find_conflicts_in(facts: ConflictFacts, stats: SweepStats | None = None
                      ) -> list[ConflictWarning]:
    """All warnings for an event's ``facts`` (``services.loading.load_conflict_facts``)."""
    stats = stats if stats is not None else SweepStats()
    items = {item.key: item for item in facts.items}
    items_by_id = {item.id: item for item in facts.items}
    warnings: list[ConflictWarning] = []

    by_room: dict[Hashable, list[_Interval]] = defaultdict(list)
    for item in facts.items:
        start, end = _minutes(item)
        by_room[item.room_id].append(_Interval(start, end, item.key))
    for intervals in by_room.values():
        for first, second in overlapping_pairs(intervals, stats):
            a, b = items[first.item_key], items[second.item_key]
            warnings.append(_warning(
                "room-overlap", "agenda", b.key, (a.key,),
                "{first} and {second} overlap in {room} on {day}", first=_fmt(a),
                second=_fmt(b), room=a.room_name, day=a.day.isoformat()))

    for person_id, person_items in _participants(facts, items_by_id).items():
        intervals = [_Interval(*_minutes(item), item.key) for item in person_items]
        for first, second in overlapping_pairs(intervals, stats):
            a, b = items[first.item_key], items[second.item_key]
            name = facts.person_names.get(person_id) or f"person {person_id}"
            warnings.append(_warning(
                "person-overlap", "agenda", b.key, (a.key,),
                "{name} is in {first} and {second}, which overlap on {day}", name=name,
                first=_fmt(a), second=_fmt(b), day=a.day.isoformat()))

    orders: dict[int, dict[int, list[AgreementFacts]]] = defaultdict(lambda: defaultdict(list))
    for agreement in sorted(facts.agreements, key=lambda a: a.reference):
        # Whoever signs for a party should belong to it, planned in a ceremony or not.
        for party in agreement.parties:
            if (party.signatory_id is not None and party.signatory_organization_id is not None
                    and party.signatory_organization_id != party.organization_id):
                other = party.signatory_organization_name or "another"
                name = facts.person_names.get(party.signatory_id) or f"person {party.signatory_id}"
                warnings.append(_warning(
                    "signatory-organization", "agreement", agreement.key, (),
                    "agreement {reference}: signatory {name} belongs to {other}, not to the "
                    "party {party}", reference=agreement.reference, name=name, other=other,
                    party=party.organization_name))
        signing = items_by_id.get(agreement.signing_item_id) if agreement.signing_item_id else None
        if signing is None:
            continue
        if agreement.status == AgreementStatus.DRAFT:
            warnings.append(_warning(
                "draft-in-signing", "agreement", agreement.key, (signing.key,),
                'agreement {reference} is still a draft but is in the signing item "{title}"',
                reference=agreement.reference, title=signing.title))
        if signing.kind != AgendaKind.SIGNING:
            warnings.append(_warning(
                "not-a-signing-item", "agreement", agreement.key, (signing.key,),
                'agreement {reference} is planned in "{title}", which is a {kind} item, not '
                "a signing", reference=agreement.reference, title=signing.title,
                kind=Term(f"kind.{signing.kind}", str(signing.kind))))
        if agreement.signing_order is not None and agreement.status != AgreementStatus.CANCELLED:
            orders[signing.id][agreement.signing_order].append(agreement)
    for item_id, by_order in orders.items():
        for order, same in sorted(by_order.items()):
            if len(same) > 1:
                references = ", ".join(a.reference for a in same)
                warnings.append(_warning(
                    "repeated-order", "agreement", same[1].key, tuple(a.key for a in same),
                    'signing item "{title}" has order {order} more than once: {references}',
                    title=items_by_id[item_id].title, order=order, references=references))
    return warnings
