"""Automatic placement by a named rule: ``precedence``, ``facing``, ``alphabetical``.

Who is the host. The host is the highest-ranking person of the event's host
organizations among the people to seat, and takes the seat of honour. When nobody of
the host organizations takes part (a signing between two other universities of the
host country), the host side is the host country's people; when none of them takes
part either, the highest-ranking person takes the seat of honour and their compatriots
count as the host side. A *guest* is anyone not of the host side.

Rank. ``precedence`` 1 is the highest. Between equal ranks, guests come before hosts.
People without precedence follow, ordered by their organization's precedence (the
highest precedence of anyone of that organization in the event, see
``organization_precedence``), and those whose organization has none by name in the
event's first language's alphabet (family name, then given name; ``domain.collation``).
The person's key breaks any remaining tie, so a placement is always the same.

The rules. ``precedence``: the host at the seat of honour, the highest-ranking guest at
the host's right, the next-ranking person at the host's left, and so on, alternating
right and left by descending rank, following the layout's order of honour.
``facing`` (bilateral meetings, at ``round`` and ``rect`` tables): the host delegation
on the host's side and the guests opposite, the two heads facing each other at the
middle, each side ordered outward by rank; the host delegation is the host side and
everyone of the host's country; a delegation larger than its side continues on the
other side's remaining seats. ``alphabetical`` (the common multilateral rule): the
host at the seat of honour, everyone else by country name in the event's first
language, then by name, in the order of honour.

Locked seats are kept as they are; everyone else fills the free seats. Each placement
keeps the reason for its seat.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from .collation import sort_key
from .seating_layouts import HonourSlot, Layout, SeatingError, ordinal

RULES = ("precedence", "facing", "alphabetical")
HostBasis = Literal["organizations", "country", "rank", "none"]


@dataclass(frozen=True, slots=True)
class Sitter:
    """A person to seat, as the rules see them."""

    key: str
    #: How the person is named in reasons and warnings (the event's first language).
    name: str
    #: What alphabetical order sorts by: "Family Given".
    sort_name: str
    precedence: int | None = None
    organization: str | None = None
    organization_name: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class SeatingContext:
    """What the rules need to know about the event."""

    #: The event's first language: the alphabet of names and country names.
    language: str = "en"
    host_organizations: frozenset[str] = frozenset()
    host_country: str | None = None
    #: Organization key -> its precedence (``organization_precedence``).
    organization_precedence: Mapping[str, int] = field(default_factory=dict)
    #: Country code -> its name in ``language``; a code without one sorts as itself.
    country_names: Mapping[str, str] = field(default_factory=dict)

    def country_name(self, code: str) -> str:
        return self.country_names.get(code) or code


@dataclass(frozen=True, slots=True)
class Lock:
    """A locked seat: kept with its person (or kept empty) by every placement."""

    seat: int
    person: str | None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Placement:
    """One seat of a placed plan."""

    seat: int
    person: str | None
    locked: bool
    reason: str


@dataclass(frozen=True)
class HostSide:
    """Who counts as the host side among some people, and who the host is."""

    members: frozenset[str]
    basis: HostBasis
    host: Sitter | None
    host_reason: str

    def is_host(self, sitter: Sitter) -> bool:
        return sitter.key in self.members


def organization_precedence(people: Iterable[Sitter]) -> dict[str, int]:
    """Organization key -> the highest precedence (smallest number) of its people."""
    best: dict[str, int] = {}
    for person in people:
        if person.organization is not None and person.precedence is not None:
            current = best.get(person.organization)
            if current is None or person.precedence < current:
                best[person.organization] = person.precedence
    return best


def _rank_key(sitter: Sitter, context: SeatingContext, members: frozenset[str]
              ) -> tuple[int, int, int, tuple[str, str, str], str]:
    name = sort_key(sitter.sort_name, context.language)
    if sitter.precedence is not None:
        return 0, sitter.precedence, int(sitter.key in members), name, sitter.key
    by_organization = context.organization_precedence.get(sitter.organization or "")
    if by_organization is not None:
        return 1, by_organization, 0, name, sitter.key
    return 2, 0, 0, name, sitter.key


def by_rank(sitters: Iterable[Sitter], context: SeatingContext,
            members: frozenset[str] = frozenset()) -> list[Sitter]:
    """``sitters`` from the highest rank down (see the module's "Rank")."""
    return sorted(sitters, key=lambda s: _rank_key(s, context, members))


def host_side(sitters: Iterable[Sitter], context: SeatingContext) -> HostSide:
    """The host side among ``sitters`` and its highest-ranking person, the host."""
    people = _unique(sitters)
    basis: HostBasis
    by_organization = frozenset(s.key for s in people
                                if s.organization in context.host_organizations)
    by_country = frozenset(s.key for s in people if context.host_country is not None
                           and s.country == context.host_country)
    if by_organization:
        members, basis = by_organization, "organizations"
        reason = "host: highest-ranking person of the host organizations"
    elif by_country:
        members, basis = by_country, "country"
        reason = "host: highest-ranking person of the host country"
    elif people:
        top = by_rank(people, context)[0]
        members = frozenset(s.key for s in people
                            if s.key == top.key or (top.country and s.country == top.country))
        basis = "rank"
        reason = "seat of honour: highest-ranking person (no one of the host takes part)"
    else:
        return HostSide(frozenset(), "none", None, "")
    host = by_rank((s for s in people if s.key in members), context, members)[0]
    return HostSide(members, basis, host, reason)


def _unique(sitters: Iterable[Sitter]) -> list[Sitter]:
    seen: dict[str, Sitter] = {}
    for sitter in sitters:
        seen.setdefault(sitter.key, sitter)
    return list(seen.values())


Reason = Callable[[str], str]  # the seat's label -> the reason


def place(layout: Layout, rule: str, sitters: Iterable[Sitter], context: SeatingContext,
          locks: Sequence[Lock] = ()) -> tuple[Placement, ...]:
    """Every seat of ``layout`` with its person (or None) by ``rule``; raises
    ``SeatingError`` for an unknown rule, a lock outside the layout or too few seats."""
    if rule not in RULES:
        raise SeatingError('rule "{rule}" is not valid: use precedence, facing or alphabetical',
                           rule=rule)
    locked: dict[int, Lock] = {}
    for lock in locks:
        layout.seat(lock.seat)
        locked[lock.seat] = lock
    people = _unique(sitters)
    side = host_side(people, context)
    kept = {lock.person for lock in locked.values() if lock.person is not None}
    to_place = [s for s in people if s.key not in kept]
    free = len(layout.seats) - len(locked)
    if len(to_place) > free:
        missing = len(to_place) - free
        template = ("{missing} seat missing: {layout} has {free} free seats for {people} people"
                    if missing == 1 else
                    "{missing} seats missing: {layout} has {free} free seats for {people} people")
        raise SeatingError(template, missing=missing, layout=layout.spec, free=free,
                           people=len(to_place))
    if rule == "facing":
        chosen = _facing(layout, to_place, context, side, set(locked))
    else:
        ordered = (_precedence(to_place, context, side) if rule == "precedence"
                   else _alphabetical(to_place, context, side))
        slots = [slot for slot in layout.honour_order if slot.seat not in locked]
        chosen = {slot.seat: (sitter.key, reason(slot.label))
                  for (sitter, reason), slot in zip(ordered, slots, strict=False)}
    result = []
    for seat in layout.seats:
        if seat.number in locked:
            lock = locked[seat.number]
            result.append(Placement(seat.number, lock.person, True, lock.reason or "locked"))
        elif seat.number in chosen:
            person, reason = chosen[seat.number]
            result.append(Placement(seat.number, person, False, reason))
        else:
            result.append(Placement(seat.number, None, False, ""))
    return tuple(result)


def _fixed(text: str) -> Reason:
    return lambda _label: text


def _precedence(people: list[Sitter], context: SeatingContext, side: HostSide
                ) -> list[tuple[Sitter, Reason]]:
    order = by_rank(people, context, side.members)
    sequence: list[tuple[Sitter, Reason]] = []
    host = side.host if side.host in order else None
    if host is not None:
        order.remove(host)
        sequence.append((host, _fixed(side.host_reason)))
    guests = [s for s in order if not side.is_host(s)]
    counts = {True: 1 if side.host is not None else 0, False: 0}
    if guests:
        order.remove(guests[0])
        counts[False] = 1
        sequence.append((guests[0], _fixed("guest of honour: highest-ranking guest")))
    hosts_are = {"organizations": "of the host organizations", "country": "of the host country"
                 }.get(side.basis, "of the host side")
    for sitter in order:
        is_host = side.is_host(sitter)
        counts[is_host] += 1
        if sitter.precedence is not None:
            who = f"{ordinal(counts[is_host])} {hosts_are if is_host else 'guest'}"
            sequence.append((sitter, _labelled(f"{who} by precedence")))
        elif sitter.organization in context.organization_precedence:
            organization = sitter.organization_name or sitter.organization
            sequence.append((sitter, _labelled(
                f"no precedence: by the precedence of {organization}")))
        else:
            sequence.append((sitter, _labelled("no precedence: by name")))
    return sequence


def _labelled(text: str) -> Reason:
    return lambda label: f"{text}, {label}"


def _alphabetical(people: list[Sitter], context: SeatingContext, side: HostSide
                  ) -> list[tuple[Sitter, Reason]]:
    sequence: list[tuple[Sitter, Reason]] = []
    rest = list(people)
    if side.host is not None and side.host in rest:
        rest.remove(side.host)
        sequence.append((side.host, _fixed(side.host_reason)))

    def key(sitter: Sitter) -> tuple[int, tuple[str, str, str], tuple[str, str, str], str]:
        country = context.country_name(sitter.country) if sitter.country else ""
        return (0 if country else 1, sort_key(country, context.language),
                sort_key(sitter.sort_name, context.language), sitter.key)

    for sitter in sorted(rest, key=key):
        country = context.country_name(sitter.country) if sitter.country else "no country"
        sequence.append((sitter, _labelled(f"alphabetical: {country}, {sitter.name}")))
    return sequence


def _facing(layout: Layout, people: list[Sitter], context: SeatingContext, side: HostSide,
            locked: set[int]) -> dict[int, tuple[str, str]]:
    if layout.facing_sides is None:
        raise SeatingError("the facing rule needs two sides facing each other: use round:N or "
                           "rect:N, not {layout}", layout=layout.spec)
    host_slots, guest_slots = ([slot for slot in slots if slot.seat not in locked]
                               for slots in layout.facing_sides)
    order = by_rank(people, context, side.members)
    country = side.host.country if side.host is not None else None
    hosts = {s.key for s in order if side.is_host(s) or (country and s.country == country)}
    delegations = ([s for s in order if s.key in hosts], [s for s in order if s.key not in hosts])
    names = ("host delegation", "guest delegation")
    host_is = (side.host_reason.removeprefix("host: ") if side.host_reason.startswith("host: ")
               else "highest-ranking person")
    heads = (f"head of the host delegation: {host_is}",
             "head of the guest delegation: highest-ranking guest")
    chosen: dict[int, tuple[str, str]] = {}
    overflow: list[tuple[int, int, Sitter]] = []
    own: tuple[list[HonourSlot], list[HonourSlot]] = (host_slots, guest_slots)
    for index, members in enumerate(delegations):
        slots = own[index]
        for rank, sitter in enumerate(members, start=1):
            if rank - 1 >= len(slots):
                overflow.append((index, rank, sitter))
                continue
            slot = slots[rank - 1]
            reason = heads[index] if rank == 1 else \
                f"{names[index]}, {ordinal(rank)} by rank, {slot.label}"
            chosen[slot.seat] = (sitter.key, reason)
    for index, rank, sitter in overflow:
        slot = next(s for s in own[1 - index] if s.seat not in chosen)
        chosen[slot.seat] = (sitter.key, f"{names[index]}, {ordinal(rank)} by rank, on the other "
                             f"side (its own side is full), {slot.label}")
    return chosen
