"""Who takes part in what, and the ``seating`` conflict warnings of a stored plan.

Participants. Of an agenda item: its speakers (the panel, for a panel) and its chair,
and the signatories and witnesses of the agreements signed in it (cancelled ones
excepted). Of the main table, the whole event's participants: everyone who takes part
in any item that way, and everyone with a ``precedence``: a rank is given to people
the protocol office seats, whether or not they speak.

Warnings, each of code ``seating`` about the plan (``subject_kind`` "seating", key the
item's key or ``main``): someone seated twice; participants left without a seat; the
host not at the seat of honour; under the ``precedence`` rule, a guest of higher
precedence seated further from the host (``Layout.distance``) than one of lower
precedence; at a signing table, a signatory whose country's flag is not at their seat.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from .conflict_facts import ConflictFacts
from .conflicts import ConflictWarning
from .seating_flags import place_flags
from .seating_layouts import Layout, SeatingError, parse_layout
from .seating_rules import SeatingContext, Sitter, host_side
from .vocabulary import AgreementStatus

#: The key a seating warning gives the event's main table.
MAIN_TABLE = "main"
#: How many names a warning lists before "and N more".
LISTED_NAMES = 10


def item_participants(facts: ConflictFacts, item_id: int) -> tuple[list[int], list[int]]:
    """(everyone taking part in the item, its signatories), person ids in a stable order:
    speakers and chair, then signatories and witnesses in signing order."""
    people: dict[int, None] = {}
    for item in facts.items:
        if item.id == item_id:
            people.update(dict.fromkeys(item.participant_ids))
    signatories: dict[int, None] = {}
    for agreement in sorted(facts.agreements, key=lambda a: (a.signing_order or 0, a.reference)):
        if agreement.signing_item_id != item_id or agreement.status == AgreementStatus.CANCELLED:
            continue
        for party in agreement.parties:
            if party.signatory_id is not None:
                signatories[party.signatory_id] = None
                people[party.signatory_id] = None
        people.update(dict.fromkeys(agreement.witness_ids))
    return list(people), list(signatories)


def event_participants(facts: ConflictFacts, ranked: Iterable[int]) -> list[int]:
    """Everyone who takes part in any item, then the ``ranked`` people (ids of everyone
    with a precedence) not among them."""
    people: dict[int, None] = {}
    for item in facts.items:
        people.update(dict.fromkeys(item_participants(facts, item.id)[0]))
    people.update(dict.fromkeys(ranked))
    return list(people)


@dataclass(frozen=True)
class PlanFacts:
    """A stored plan, as its warnings read it."""

    item_key: str | None
    item_title: str | None
    layout: str
    rule: str
    #: (seat, person key) of every seat with someone in it.
    seats: tuple[tuple[int, str], ...]

    @property
    def where(self) -> str:
        return "the main table" if self.item_key is None else f'"{self.item_title}"'


def _names(keys: Sequence[str], people: Mapping[str, Sitter]) -> str:
    names = [people[key].name if key in people else key for key in keys[:LISTED_NAMES]]
    more = len(keys) - LISTED_NAMES
    return ", ".join(names) + (f" and {more} more" if more > 0 else "")


def seating_warnings(plan: PlanFacts, people: Mapping[str, Sitter], participants: Sequence[str],
                     context: SeatingContext, signatories: Collection[str] = ()
                     ) -> list[ConflictWarning]:
    """The warnings of one plan. ``people``: every person of the event by key;
    ``participants``: who should have a seat; ``signatories``: those of them who sign
    in the item (for the flag check)."""
    try:
        layout = parse_layout(plan.layout)
    except SeatingError:
        return []  # the file format and the services never store a bad layout
    found: list[str] = []
    seats_of: dict[str, list[int]] = defaultdict(list)
    for seat, person in sorted(plan.seats):
        seats_of[person].append(seat)
    for person, seats in seats_of.items():
        if len(seats) > 1:
            found.append(f"{_name(person, people)} is seated {len(seats)} times (seats "
                         f"{', '.join(str(s) for s in seats)})")
    unseated = [key for key in dict.fromkeys(participants) if key not in seats_of]
    if unseated:
        found.append(f"{len(unseated)} participant{'s' if len(unseated) != 1 else ''} "
                     f"without a seat: {_names(unseated, people)}")
    known = [people[key] for key in dict.fromkeys([*participants, *seats_of]) if key in people]
    side = host_side(known, context)
    if side.host is not None and side.basis != "rank":
        where = seats_of.get(side.host.key)
        if not where:
            found.append(f"the host, {side.host.name}, has no seat; the seat of honour is "
                         f"seat {layout.honour_seat}")
        elif layout.honour_seat not in where:
            found.append(f"the host, {side.host.name}, sits at seat {where[0]}, not at the seat "
                         f"of honour (seat {layout.honour_seat})")
    if plan.rule == "precedence":
        found.extend(_precedence_inversions(layout, seats_of, people, side.members))
    if layout.kind == "signing" and signatories:
        found.extend(_flags_not_at_seats(layout, seats_of, people, signatories, context))
    subject = plan.item_key or MAIN_TABLE
    related = (plan.item_key,) if plan.item_key else ()
    return [ConflictWarning("seating", f"seating of {plan.where}: {text}", "seating", subject,
                            related) for text in found]


def _name(key: str, people: Mapping[str, Sitter]) -> str:
    return people[key].name if key in people else key


def _precedence_inversions(layout: Layout, seats_of: Mapping[str, list[int]],
                           people: Mapping[str, Sitter], hosts: Collection[str]) -> list[str]:
    """A ranked guest seated further from the seat of honour than a guest of lower
    precedence: one warning per such guest, naming the nearest one of lower precedence."""
    guests: list[tuple[int, tuple[int, int], str]] = []
    for key, seats in seats_of.items():
        precedence = people[key].precedence if key in people else None
        if precedence is not None and key not in hosts:
            guests.append((precedence, min(layout.distance(seat) for seat in seats), key))
    guests.sort()
    found = []
    for precedence, distance, key in guests:
        closer = [(other_distance, other_precedence, other)
                  for other_precedence, other_distance, other in guests
                  if other_precedence > precedence and other_distance < distance]
        if closer:
            other_distance, other_precedence, other = min(closer)
            found.append(f"{_name(key, people)} (precedence {precedence}) sits further from the "
                         f"host than {_name(other, people)} (precedence {other_precedence})")
    return found


def _flags_not_at_seats(layout: Layout, seats_of: Mapping[str, list[int]],
                        people: Mapping[str, Sitter], signatories: Collection[str],
                        context: SeatingContext) -> list[str]:
    countries = [people[key].country for key in signatories
                 if key in people and people[key].country]
    flags = place_flags(layout, [c for c in countries if c], context.host_country,
                        context.country_names, context.language)
    found = []
    for key in signatories:
        if key not in seats_of or key not in people or not people[key].country:
            continue
        seat = seats_of[key][0]
        flag = flags.flag_at(seat)
        if flag != people[key].country:
            behind = f"the flag of {context.country_name(flag)}" if flag else "no flag"
            found.append(f"signatory {_name(key, people)} "
                         f"({context.country_name(people[key].country or '')}) sits at seat "
                         f"{seat}, behind {behind}")
    return found
