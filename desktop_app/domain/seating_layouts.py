"""Table layouts of a seating plan: seats, their neighbours, the seat of honour, geometry.

A layout is written as a short spec:

- ``round:N``: a round table of N seats;
- ``rect:N``: a rectangular table, its seats along the two long sides (the far side gets
  the odd seat); nobody sits at the short ends;
- ``u:N``: a U-shape, a third of the seats along each arm and the rest along its head;
- ``head:N+rows:RxC``: a head table of N seats facing R rows of C seats (``head:N`` alone
  has no rows);
- ``signing:N``: N signatories side by side at a signing table, facing the audience.

**Geometry.** Seen from above, with the audience (or, at a table without one, the
hall's entrance) at the bottom: ``x`` to the right, ``y`` up, away from the audience;
the unit is one place at the table, ``SEAT_WIDTH_M`` metres, so a drawing to scale
multiplies by one factor. ``facing`` is the direction the sitter looks, in degrees
counterclockwise from +x: 270 faces the audience, 90 faces away from it. "Left" and
"right" of the audience are -x and +x.

**Numbering and neighbours.** Seats are numbered 1..N: ``round`` clockwise (seen from
above) from the seat of honour at the top; ``rect`` along the far side left to right,
then along the near side right to left (clockwise); ``u`` clockwise from the open end of
the left arm: up the left arm, along the head, down the right arm; ``head`` and
``signing`` the table left to right as the audience sees it, then the rows front to
back, each left to right. Each seat's ``left`` and ``right`` are the neighbouring seats
from the sitter's own point of view (at a table the numbers grow to the sitter's left;
in the rows, which face the head table, to the sitter's right). A round table wraps;
the ends of every other line have no neighbour (``None``).

**Honour.** The seat of honour is the middle of the far side (``rect``), of the head
(``u``), of the head table (``head``) and of the signing table, and seat 1 of a round
table; with an even count it is the middle seat with one seat more on its right, the
side of honour. ``honour_order`` lists every seat from the most honoured: the host's
right, then left, then the 2nd to the right, and so on outward along the host's line;
then the far side of a rectangular table from the seat facing the host (alternating
from that seat's own right), then each row from its centre. Its ``(tier, steps)``
measure how far a seat is from the host: the line, then seats along it.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Literal

from .errors import RoundtableError

#: One place at a table, in metres: the unit of the layout's coordinates.
SEAT_WIDTH_M = 0.6
#: The most seats a layout may have (a plan is for a table, not a stadium).
MAX_SEATS = 1000
LAYOUT_KINDS = ("round", "rect", "u", "head", "signing")
_MINIMUM = {"round": 2, "rect": 2, "u": 3, "head": 1, "signing": 1}
_SIMPLE_SPEC = re.compile(r"^(round|rect|u|signing):(\d{1,4})\Z")
_HEAD_SPEC = re.compile(r"^head:(\d{1,4})(?:\+rows:(\d{1,4})x(\d{1,4}))?\Z")
#: Depth of a table, from the sitters' edge to the far edge, in seat widths.
_TABLE_DEPTH = 1.5
_NARROW_DEPTH = 1.0
#: From a table's edge to the middle of a chair.
_CHAIR_OFFSET = 0.5
#: From the head table's chairs to the first row, and from row to row.
_FIRST_ROW_GAP = 2.5
_ROW_PITCH = 1.2
#: Flags stand this far behind the sitters.
_FLAG_OFFSET = 0.9

Side = Literal["round", "far", "near", "left-arm", "head", "right-arm", "row", "signing"]


class SeatingError(RoundtableError):
    """A seating request that cannot be met: a bad layout or rule, too few seats, a locked
    seat outside the layout. ``template`` and ``params`` let the window translate it."""

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


@dataclass(frozen=True, slots=True)
class Seat:
    """One seat: where it is (see the module's geometry), who sits beside it."""

    number: int
    x: float
    y: float
    facing: float
    side: Side
    #: The row of a seat in the rows (1 is the front row), else None.
    row: int | None
    left: int | None
    right: int | None


@dataclass(frozen=True, slots=True)
class TablePart:
    """A table top to draw: a circle (``width`` = ``height`` = diameter) or a rectangle,
    centred on (``x``, ``y``), in the layout's units."""

    shape: Literal["circle", "rect"]
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class HonourSlot:
    """A seat's place in the order of honour: its line (``tier``, 0 the host's), how many
    seats from that line's centre (``steps``), and how the seat is described."""

    seat: int
    tier: int
    steps: int
    label: str


@dataclass(frozen=True)
class Layout:
    """A parsed layout: every seat, the table tops, and the order of honour."""

    spec: str
    kind: str
    seats: tuple[Seat, ...]
    tables: tuple[TablePart, ...]
    honour_seat: int
    honour_order: tuple[HonourSlot, ...]
    #: The host's side and the guests' side, each from its head outward, for the
    #: ``facing`` rule; None where no two sides face each other.
    facing_sides: tuple[tuple[HonourSlot, ...], tuple[HonourSlot, ...]] | None
    #: Where the flags stand: the seats they stand behind, left to right as the audience
    #: sees them (a signing table), or () for a flag line behind the seat of honour.
    flag_seats: tuple[int, ...]
    _slot_index: dict[int, HonourSlot] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_slot_index", {slot.seat: slot for slot in self.honour_order})

    @property
    def capacity(self) -> int:
        return len(self.seats)

    def seat(self, number: int) -> Seat:
        if not 1 <= number <= len(self.seats):
            raise SeatingError("seat {seat} is not a seat of {layout} ({count} seats)",
                               seat=number, layout=self.spec, count=len(self.seats))
        return self.seats[number - 1]

    def distance(self, number: int) -> tuple[int, int]:
        """How far seat ``number`` is from the seat of honour: (line, seats along it)."""
        slot = self._slot_index[self.seat(number).number]
        return slot.tier, slot.steps

    def label(self, number: int) -> str:
        """How seat ``number`` is described from the seat of honour ("host's left")."""
        return self._slot_index[self.seat(number).number].label

    def flag_line(self, count: int, centre: int | None = None) -> list[tuple[float, float]]:
        """Where ``count`` flags stand in a line behind the seat of honour, left to right
        as the audience sees them (where the flags are not at seats): the one at index
        ``centre`` right behind the seat of honour, else the line centred on it."""
        honour = self.seat(self.honour_seat)
        behind = math.radians(honour.facing + 180)
        y = honour.y + _FLAG_OFFSET * math.sin(behind)
        x0 = honour.x + _FLAG_OFFSET * math.cos(behind)
        middle = (count - 1) / 2 if centre is None else centre
        return [(_r(x0 + i - middle), _r(y)) for i in range(count)]

    def flag_position(self, seats: tuple[int, ...]) -> tuple[float, float]:
        """Where a flag stands behind ``seats`` (their middle)."""
        places = [self.seat(number) for number in seats]
        return (_r(sum(s.x for s in places) / len(places)),
                _r(max(s.y for s in places) + _FLAG_OFFSET))


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st …"""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def parse_layout(spec: str) -> Layout:
    """The layout a spec describes; raises ``SeatingError`` naming a bad spec."""
    # Spaces around it are trimmed, a line break or a tab is not: "round:10\n" is refused.
    text = spec.strip(" ").lower() if isinstance(spec, str) else ""
    simple = _SIMPLE_SPEC.match(text)
    head = _HEAD_SPEC.match(text)
    if simple:
        kind, count = simple.group(1), int(simple.group(2))
        _check_count(spec, kind, count)
        builder = {"round": _round, "rect": _rect, "u": _u, "signing": _signing}[kind]
        return builder(f"{kind}:{count}", count)
    if head:
        count = int(head.group(1))
        rows = int(head.group(2) or 0)
        columns = int(head.group(3) or 0)
        _check_count(spec, "head", count)
        if head.group(2) is not None and (rows < 1 or columns < 1):
            raise SeatingError('layout "{spec}": rows need at least 1 row of 1 seat', spec=spec)
        if count + rows * columns > MAX_SEATS:
            raise SeatingError('layout "{spec}": more than {maximum} seats', spec=spec,
                               maximum=MAX_SEATS)
        normal = f"head:{count}" + (f"+rows:{rows}x{columns}" if rows else "")
        return _head(normal, count, rows, columns)
    raise SeatingError('layout "{spec}" is not valid: use round:N, rect:N, u:N, '
                       "head:N+rows:RxC or signing:N", spec=spec)


def _check_count(spec: str, kind: str, count: int) -> None:
    if not _MINIMUM[kind] <= count <= MAX_SEATS:
        raise SeatingError('layout "{spec}": a {kind} layout takes {minimum} to {maximum} '
                           "seats, not {count}", spec=spec, kind=kind,
                           minimum=_MINIMUM[kind], maximum=MAX_SEATS, count=count)


def _r(value: float) -> float:
    """Coordinates to 4 decimals: the same numbers on every machine, short in JSON."""
    return round(value, 4) + 0.0


class _Builder:
    """Seats as they are laid out, then linked into lines."""

    def __init__(self) -> None:
        self.places: list[tuple[float, float, float, Side, int | None]] = []
        self.left: dict[int, int | None] = {}
        self.right: dict[int, int | None] = {}

    def add(self, x: float, y: float, facing: float, side: Side, row: int | None = None) -> int:
        self.places.append((_r(x), _r(y), float(facing % 360), side, row))
        return len(self.places)

    def line(self, numbers: list[int], *, leftward: bool, ring: bool = False) -> None:
        """Link ``numbers``: each one's next is its left (``leftward``) or its right."""
        count = len(numbers)
        for i, number in enumerate(numbers):
            following = numbers[(i + 1) % count] if ring or i + 1 < count else None
            before = numbers[i - 1] if ring or i > 0 else None
            if leftward:
                self.left[number], self.right[number] = following, before
            else:
                self.left[number], self.right[number] = before, following

    def seats(self) -> tuple[Seat, ...]:
        return tuple(Seat(n, x, y, facing, side, row, self.left.get(n), self.right.get(n))
                     for n, (x, y, facing, side, row) in enumerate(self.places, start=1))


def _alternate(seats: tuple[Seat, ...], centre: int, allowed: set[int] | None = None,
               first: str = "right") -> list[tuple[int, str, int]]:
    """(seat, direction, steps) outward from ``centre``: first-direction 1, the other 1,
    first 2 …, following the neighbour links, each seat once, within ``allowed``."""
    order: list[tuple[int, str, int]] = []
    seen = {centre}
    second = "left" if first == "right" else "right"
    cursors = {first: centre, second: centre}
    done = {first: False, second: False}
    step = 0
    while not all(done.values()):
        step += 1
        for direction in (first, second):
            if done[direction]:
                continue
            following = getattr(seats[cursors[direction] - 1], direction)
            if following is None or following in seen or (allowed is not None
                                                           and following not in allowed):
                done[direction] = True
                continue
            seen.add(following)
            cursors[direction] = following
            order.append((following, direction, step))
    return order


def _host_line(seats: tuple[Seat, ...], honour: int,
               allowed: set[int] | None = None) -> list[HonourSlot]:
    slots = [HonourSlot(honour, 0, 0, "seat of honour")]
    for seat, direction, step in _alternate(seats, honour, allowed):
        label = (f"host's {direction}" if step == 1
                 else f"{ordinal(step)} to the host's {direction}")
        slots.append(HonourSlot(seat, 0, step, label))
    return slots


def _facing_line(seats: tuple[Seat, ...], head: int, tier: int,
                 allowed: set[int] | None = None) -> list[HonourSlot]:
    """The line opposite the host, from the seat facing the host, alternating from that
    seat's own right."""
    slots = [HonourSlot(head, tier, 0, "facing the host")]
    for seat, direction, step in _alternate(seats, head, allowed):
        where = "" if step == 1 else f"{ordinal(step)} "
        slots.append(HonourSlot(seat, tier, step,
                                f"{where}to the {direction} of the seat facing the host"))
    return slots


def _nearest(seats: tuple[Seat, ...], numbers: list[int], x: float) -> int:
    """Of ``numbers``, the seat nearest ``x``; a tie goes to the audience's left."""
    return min(numbers, key=lambda n: (abs(seats[n - 1].x - x), seats[n - 1].x))


def _round(spec: str, count: int) -> Layout:
    table_radius = max(count / (2 * math.pi), 0.5)
    ring = table_radius + _CHAIR_OFFSET
    build = _Builder()
    for k in range(count):
        angle = math.radians(90 - k * 360 / count)
        build.add(ring * math.cos(angle), ring * math.sin(angle),
                  math.degrees(angle) + 180, "round")
    numbers = list(range(1, count + 1))
    build.line(numbers, leftward=True, ring=True)
    seats = build.seats()
    opposite = 1 + count // 2
    distance = {n: min(n - 1, count - n + 1) for n in numbers}
    to_opposite = {n: min(abs(n - opposite), count - abs(n - opposite)) for n in numbers}
    host_side = {n for n in numbers if n != opposite and distance[n] <= to_opposite[n]}
    guest_side = set(numbers) - host_side
    sides = (tuple(_host_line(seats, 1, host_side)),
             tuple(_facing_line(seats, opposite, 0, guest_side)))
    return Layout(spec, "round", seats, (TablePart("circle", 0.0, 0.0, _r(2 * table_radius),
                                                   _r(2 * table_radius)),),
                  1, tuple(_host_line(seats, 1)), sides, ())


def _straight(build: _Builder, count: int, y: float, facing: float, side: Side,
              *, left_to_right: bool, row: int | None = None) -> list[int]:
    """``count`` seats in a line centred on x = 0, numbered left to right (as the
    audience sees them) or right to left."""
    xs = [i - (count - 1) / 2 for i in range(count)]
    if not left_to_right:
        xs.reverse()
    return [build.add(x, y, facing, side, row) for x in xs]


def _rect(spec: str, count: int) -> Layout:
    far_count = (count + 1) // 2
    near_count = count - far_count
    edge = _TABLE_DEPTH / 2 + _CHAIR_OFFSET
    build = _Builder()
    far = _straight(build, far_count, edge, 270, "far", left_to_right=True)
    near = _straight(build, near_count, -edge, 90, "near", left_to_right=False)
    build.line(far, leftward=True)
    build.line(near, leftward=True)
    seats = build.seats()
    honour = far[far_count // 2]
    facing_head = _nearest(seats, near, seats[honour - 1].x)
    host_line = _host_line(seats, honour)
    far_line = _facing_line(seats, facing_head, 1)
    table = TablePart("rect", 0.0, 0.0, float(max(far_count, near_count)), _TABLE_DEPTH)
    return Layout(spec, "rect", seats, (table,), honour, tuple(host_line + far_line),
                  (tuple(host_line), tuple(far_line)), ())


def _u(spec: str, count: int) -> Layout:
    arm = count // 3
    head_count = count - 2 * arm
    depth = _NARROW_DEPTH
    half = head_count / 2
    build = _Builder()
    left_x = -half - depth - _CHAIR_OFFSET
    left = [build.add(left_x, -0.5 - j, 0, "left-arm") for j in reversed(range(arm))]
    head = _straight(build, head_count, depth + _CHAIR_OFFSET, 270, "head", left_to_right=True)
    right = [build.add(-left_x, -0.5 - j, 180, "right-arm") for j in range(arm)]
    build.line(left + head + right, leftward=True)
    seats = build.seats()
    honour = head[head_count // 2]
    tables = (TablePart("rect", 0.0, depth / 2, _r(head_count + 2 * depth), depth),
              TablePart("rect", _r(-half - depth / 2), _r(-arm / 2), depth, float(arm)),
              TablePart("rect", _r(half + depth / 2), _r(-arm / 2), depth, float(arm)))
    return Layout(spec, "u", seats, tables, honour,
                  tuple(_host_line(seats, honour)), None, ())


def _head(spec: str, count: int, rows: int, columns: int) -> Layout:
    build = _Builder()
    head = _straight(build, count, _NARROW_DEPTH / 2 + _CHAIR_OFFSET, 270, "head",
                     left_to_right=True)
    build.line(head, leftward=True)
    row_lines = []
    for row in range(1, rows + 1):
        y = -_NARROW_DEPTH / 2 - _FIRST_ROW_GAP - (row - 1) * _ROW_PITCH
        line = _straight(build, columns, y, 90, "row", left_to_right=True, row=row)
        build.line(line, leftward=False)
        row_lines.append(line)
    seats = build.seats()
    honour = head[count // 2]
    order = _host_line(seats, honour)
    for row, line in enumerate(row_lines, start=1):
        centre = _nearest(seats, line, seats[honour - 1].x)
        order.append(HonourSlot(centre, row, 0, f"row {row}, centre"))
        # A row faces the host: its sitters' left is the host's right.
        for seat, direction, step in _alternate(seats, centre, first="left"):
            side = "right" if direction == "left" else "left"
            order.append(HonourSlot(seat, row, step,
                                    f"row {row}, {ordinal(step)} on the host's {side}"))
    table = TablePart("rect", 0.0, 0.0, float(count), _NARROW_DEPTH)
    return Layout(spec, "head", seats, (table,), honour, tuple(order), None, ())


def _signing(spec: str, count: int) -> Layout:
    build = _Builder()
    line = _straight(build, count, _NARROW_DEPTH / 2 + _CHAIR_OFFSET, 270, "signing",
                     left_to_right=True)
    build.line(line, leftward=True)
    seats = build.seats()
    honour = line[count // 2]
    table = TablePart("rect", 0.0, 0.0, float(count), _NARROW_DEPTH)
    return Layout(spec, "signing", seats, (table,), honour, tuple(_host_line(seats, honour)),
                  None, tuple(line))
