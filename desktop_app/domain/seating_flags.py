"""Which national flags stand where, as seen from the audience.

At a signing table (layout ``signing:N``) the flags stand behind the seats; at any
other table they stand in a line behind the seat of honour. Positions are numbered
from the audience's left.

- **Bilateral** (two countries). Protocol gives the place of honour, the right hand of
  the table as its sitters see it, to the guest: the host seats the guest at his right.
  Seen from the audience that is the left. So the guest country's flag stands at the
  audience's left and the host country's at the audience's right, each signatory behind
  their own country's flag (a signing table's left half is the guest's, its right half,
  with the seat of honour, the host's). The ``precedence`` rule seats a bilateral
  ``signing:2`` the same way: the host at the seat of honour, on the audience's right,
  and the guest of honour at the host's right. When neither country is the host
  country, the first in alphabetical order takes the place of honour.
- **Multilateral** (three or more). The host country in the centre (at the seat of
  honour), the others alternating by the alphabetical order of their names in the
  event's first language: the first at the host's right (the audience's left), the
  next at the host's left, and so on outward. Without the host country among them,
  the first in alphabetical order takes the centre.
- One country: one flag, in the centre.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from .collation import sort_key
from .seating_layouts import Layout, ordinal, parse_layout

Arrangement = Literal["none", "single", "bilateral", "multilateral"]


@dataclass(frozen=True, slots=True)
class FlagStand:
    """One flag: its place from the audience's left (1 = leftmost), where it stands in
    the layout's coordinates, and the seats it stands behind (none on a flag line)."""

    position: int
    country: str
    x: float
    y: float
    seats: tuple[int, ...]
    reason: str


@dataclass(frozen=True)
class FlagPlacement:
    arrangement: Arrangement
    host_country: str | None
    stands: tuple[FlagStand, ...]

    def flag_at(self, seat: int) -> str | None:
        """The country whose flag stands behind ``seat``, if any."""
        for stand in self.stands:
            if seat in stand.seats:
                return stand.country
        return None

    @property
    def countries(self) -> tuple[str, ...]:
        """The countries from the audience's left to right."""
        return tuple(stand.country for stand in self.stands)


def place_flags(layout: Layout, countries: Iterable[str], host_country: str | None,
                country_names: Mapping[str, str] | None = None, language: str = "en"
                ) -> FlagPlacement:
    """The flags of ``countries`` at ``layout`` (see the module's rules)."""
    names = country_names or {}
    found = sorted(set(countries), key=lambda code: (sort_key(names.get(code) or code, language),
                                                     code))
    if not found:
        return FlagPlacement("none", host_country, ())
    at_seats = list(layout.flag_seats)  # left to right as the audience sees them
    if len(found) == 1:
        return _placed(layout, "single", host_country,
                       [(found[0], tuple(at_seats), "the only country")])
    if len(found) == 2:
        if host_country in found:
            guest = next(code for code in found if code != host_country)
            host = host_country
            reasons = ("guest country: the place of honour, at the host's right",
                       "host country: at the audience's right, giving the guest the place "
                       "of honour")
        else:
            guest, host = found
            reasons = ("first in alphabetical order: the place of honour",
                       "second in alphabetical order")
        half = len(at_seats) // 2
        return _placed(layout, "bilateral", host_country,
                       [(guest, tuple(at_seats[:half]), reasons[0]),
                        (host, tuple(at_seats[half:]), reasons[1])])
    centre = host_country if host_country in found else found[0]
    others = [code for code in found if code != centre]
    sequence = [(centre, "host country, in the centre" if centre == host_country
                 else "first in alphabetical order, in the centre")]
    for number, code in enumerate(others, start=1):
        side = "right" if number % 2 else "left"
        sequence.append((code, f"{ordinal(number)} in alphabetical order, at the host's {side}"))
    return _multilateral(layout, host_country, sequence)


def _placed(layout: Layout, arrangement: Arrangement, host_country: str | None,
            flags: list[tuple[str, tuple[int, ...], str]]) -> FlagPlacement:
    """Flags in the order given, left to right; each behind its seats, or on the line."""
    line = layout.flag_line(len(flags))
    stands = []
    for position, ((country, seats, reason), spot) in enumerate(zip(flags, line, strict=True),
                                                                 start=1):
        x, y = layout.flag_position(seats) if seats else spot
        stands.append(FlagStand(position, country, x, y, seats, reason))
    return FlagPlacement(arrangement, host_country, tuple(stands))


def _multilateral(layout: Layout, host_country: str | None,
                  sequence: list[tuple[str, str]]) -> FlagPlacement:
    """The centre flag at the seat of honour (or the line's centre), then alternating
    outward: right of the host (the audience's left), then left."""
    count = len(sequence)
    centre = count // 2  # with an even count, one more on the host's right
    slots = [centre]
    for step in range(1, count):
        for index in (centre - step, centre + step):
            if 0 <= index < count and len(slots) < count:
                slots.append(index)
    line = layout.flag_line(count, centre)
    seats_in_honour = [slot.seat for slot in layout.honour_order if slot.tier == 0
                       and slot.seat in layout.flag_seats]
    placed: list[tuple[int, str, tuple[int, ...], str]] = []
    for index, (country, reason) in enumerate(sequence):
        seats: tuple[int, ...] = ((seats_in_honour[index],) if index < len(seats_in_honour)
                                  else ())
        placed.append((slots[index], country, seats, reason))
    stands = []
    for slot, country, seats, reason in placed:
        x, y = layout.flag_position(seats) if seats else line[slot]
        stands.append((x, country, y, seats, reason))
    stands.sort(key=lambda stand: stand[0])
    return FlagPlacement("multilateral", host_country, tuple(
        FlagStand(position, country, x, y, seats, reason)
        for position, (x, country, y, seats, reason) in enumerate(stands, start=1)))


@dataclass(frozen=True)
class SigningTable:
    """One agreement's signing table: its flags, and who sits at which seat."""

    layout: Layout
    flags: FlagPlacement
    #: (seat, signatory key or None, country) from the audience's left.
    seats: tuple[tuple[int, str | None, str | None], ...]


def signing_table(parties: Sequence[tuple[str | None, str | None]], host_country: str | None,
                  country_names: Mapping[str, str] | None = None, language: str = "en"
                  ) -> SigningTable:
    """The signing table of one agreement: a ``signing:N`` table for its N parties
    ((country, signatory key) each), its flags, and each signatory behind their flag."""
    layout = parse_layout(f"signing:{max(len(parties), 1)}")
    flags = place_flags(layout, [country for country, _ in parties if country], host_country,
                        country_names, language)
    free = [seat.number for seat in layout.seats]
    seated: dict[int, tuple[str | None, str | None]] = {}
    waiting = []
    for country, signatory in parties:
        seat = next((n for n in free if country is not None and flags.flag_at(n) == country),
                    None)
        if seat is None:
            waiting.append((country, signatory))
            continue
        free.remove(seat)
        seated[seat] = (signatory, country)
    for (country, signatory), seat in zip(waiting, free, strict=False):
        seated[seat] = (signatory, country)
    return SigningTable(layout, flags, tuple((seat, *seated.get(seat, (None, None)))
                                             for seat in range(1, layout.capacity + 1)))
