"""Where a seating chart puts the table, the seats and every seat's label on the page.

The table and the seats are drawn to scale from the layout's geometry
(``domain.seating_layouts``: x to the right, y away from the audience, one unit a place
of ``SEAT_WIDTH_M`` metres); the scale is the largest of the usual architectural ones
(1:20, 1:25 … 1:500) at which the table and its labels fit the page. Labels go where
they do not cover the table or each other:

- behind the sitters of a straight side (``far``, ``head``, ``signing`` above, ``near``
  below), one box a seat wide each;
- beside the arms of a U (left of the left arm, right of the right one);
- in the seat itself in the rows facing a head table;
- at a round table, in a column on either side joined to the seat by a leader line, in
  the seats' order from top to bottom (so no two leaders cross); a seat at the very top
  or bottom gets its box above or below it.

Pure geometry: no canvas, no text; sizes in points.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.lib.units import mm

from desktop_app.domain.seating import SEAT_WIDTH_M, Seat, TablePart

#: Scales tried, largest first (1:RATIO).
RATIOS = (20, 25, 30, 40, 50, 60, 75, 100, 125, 150, 200, 250, 300, 400, 500)
#: A label box above or below a seat: its height.
LABEL_HEIGHT = 19 * mm
#: A label box beside an arm of a U: its width.
ARM_WIDTH = 44 * mm
#: A round table's label columns: their width, and a label's height in them.
COLUMN_WIDTH = (46 * mm, 82 * mm)
ROW_HEIGHT = (7.5 * mm, 15 * mm)
#: The box above or below a round table's top or bottom seat.
END_BOX = (62 * mm, 14 * mm)
#: From a seat's edge to its label, and the run of a leader line.
GAP = 1.2 * mm
LEADER = 7 * mm
#: A seat in the rows: its cell, as a share of the pitch.
CELL = (0.94, 1.1)

Align = Literal["left", "centre", "right"]
VAlign = Literal["top", "middle", "bottom"]


@dataclass(frozen=True)
class Box:
    """A label's rectangle on the page (lower left corner, size) and how its text sits."""

    x: float
    y: float
    width: float
    height: float
    align: Align = "centre"
    valign: VAlign = "middle"


@dataclass(frozen=True)
class Spot:
    """One seat on the page: its centre, its label, and the leader line to a label that
    stands away from it (a round table's columns)."""

    number: int
    x: float
    y: float
    box: Box
    leader: tuple[float, float, float, float] | None = None
    #: The label is written in the seat's cell (the rows), not beside the seat.
    in_cell: bool = False
    #: The label starts with the seat number (where it stands away from the seat).
    numbered: bool = False


@dataclass(frozen=True)
class ChartGeometry:
    ratio: int
    #: Points per place.
    scale: float
    chair: float
    spots: dict[int, Spot]
    #: Table tops on the page: (shape, lower left x, lower left y, width, height).
    tables: tuple[tuple[str, float, float, float, float], ...]
    #: The bounding box of everything drawn: (left, bottom, right, top).
    bounds: tuple[float, float, float, float]


def points_per_place(ratio: int) -> float:
    return SEAT_WIDTH_M * 1000 * mm / ratio


def chair_radius(scale: float) -> float:
    return max(1.9 * mm, min(0.3 * scale, 3.4 * mm))


def _is_end(seat: Seat) -> bool:
    """A round table's seat at the very top or bottom (its label above or below it)."""
    return seat.side == "round" and abs(seat.x) < 0.05


@dataclass(frozen=True)
class _Sides:
    ring: float  # a round table's radius to the seat centres, in places
    left: list[Seat]
    right: list[Seat]


def _round_sides(seats: Sequence[Seat]) -> _Sides:
    ring = max((abs(s.x) for s in seats if s.side == "round"), default=0.0)
    ring = max(ring, max((abs(s.y) for s in seats if s.side == "round"), default=0.0))
    others = [s for s in seats if s.side == "round" and not _is_end(s)]
    by_height = sorted(others, key=lambda s: -s.y)
    return _Sides(ring, [s for s in by_height if s.x < 0], [s for s in by_height if s.x > 0])


def _extent(seats: Sequence[Seat], tables: Sequence[TablePart], scale: float,
            column: float) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) of the chart around the layout's origin, in points."""
    r = chair_radius(scale)
    xs: list[float] = []
    ys: list[float] = []
    for table in tables:
        xs += [(table.x - table.width / 2) * scale, (table.x + table.width / 2) * scale]
        ys += [(table.y - table.height / 2) * scale, (table.y + table.height / 2) * scale]
    sides = _round_sides(seats)
    for seat in seats:
        x, y = seat.x * scale, seat.y * scale
        xs += [x - r, x + r]
        ys += [y - r, y + r]
        if seat.side in ("far", "head", "signing"):
            ys.append(y + r + GAP + LABEL_HEIGHT)
            xs += [x - scale / 2, x + scale / 2]
        elif seat.side == "near":
            ys.append(y - r - GAP - LABEL_HEIGHT)
            xs += [x - scale / 2, x + scale / 2]
        elif seat.side == "left-arm":
            xs.append(x - r - GAP - ARM_WIDTH)
            ys += [y - scale / 2, y + scale / 2]
        elif seat.side == "right-arm":
            xs.append(x + r + GAP + ARM_WIDTH)
            ys += [y - scale / 2, y + scale / 2]
        elif seat.side == "row":
            xs += [x - CELL[0] * scale / 2, x + CELL[0] * scale / 2]
            ys += [y - CELL[1] * scale / 2, y + CELL[1] * scale / 2]
        elif _is_end(seat):
            ys.append(y + (r + GAP + END_BOX[1]) * (1 if seat.y > 0 else -1))
    if sides.left or sides.right:
        reach = sides.ring * scale + r + LEADER + column
        xs += [-reach, reach]
    return min(xs), min(ys), max(xs), max(ys)


def _fits(seats: Sequence[Seat], tables: Sequence[TablePart], scale: float, width: float,
          height: float) -> float | None:
    """The label column width at which the chart fits ``width`` x ``height`` (0 where there
    are no columns), or None when it does not fit."""
    sides = _round_sides(seats)
    column = 0.0
    if sides.left or sides.right:
        room = (width - 2 * (sides.ring * scale + chair_radius(scale) + LEADER)) / 2
        if room < COLUMN_WIDTH[0]:
            return None
        column = min(room, COLUMN_WIDTH[1])
        if max(len(sides.left), len(sides.right)) * ROW_HEIGHT[0] > height:
            return None
    left, bottom, right, top = _extent(seats, tables, scale, column)
    return column if right - left <= width and top - bottom <= height else None


def best_ratio(seats: Sequence[Seat], tables: Sequence[TablePart], width: float,
               height: float) -> tuple[int, float] | None:
    """The largest scale (ratio, column width) at which the chart fits, or None."""
    for ratio in RATIOS:
        column = _fits(seats, tables, points_per_place(ratio), width, height)
        if column is not None:
            return ratio, column
    return None


def _spread(wanted: list[float], size: float, top: float, bottom: float) -> list[float]:
    """Centres as near ``wanted`` (from the top down) as they can be, ``size`` apart,
    all within ``top`` … ``bottom``."""
    placed: list[float] = []
    for centre in wanted:
        limit = top - size / 2 if not placed else placed[-1] - size
        placed.append(min(centre, limit))
    floor = bottom + size / 2
    for index in range(len(placed) - 1, -1, -1):
        below = floor if index == len(placed) - 1 else placed[index + 1] + size
        placed[index] = max(placed[index], below)
    return placed


def lay_out(seats: Sequence[Seat], tables: Sequence[TablePart],
            area: tuple[float, float, float, float]) -> ChartGeometry:
    """The chart of ``seats`` and ``tables`` centred in ``area`` (left, bottom, width,
    height), at the largest scale that fits (the smallest one when none does)."""
    area_x, area_y, width, height = area
    found = best_ratio(seats, tables, width, height)
    ratio, column = found if found is not None else (RATIOS[-1], COLUMN_WIDTH[0])
    scale = points_per_place(ratio)
    r = chair_radius(scale)
    left, bottom, right, top = _extent(seats, tables, scale, column)
    ox = area_x + (width - (right - left)) / 2 - left
    oy = area_y + (height - (top - bottom)) / 2 - bottom
    spots: dict[int, Spot] = {}
    for seat in seats:
        x, y = ox + seat.x * scale, oy + seat.y * scale
        if seat.side in ("far", "head", "signing"):
            box = Box(x - scale / 2 + 1.5, y + r + GAP, scale - 3, LABEL_HEIGHT, "centre",
                      "bottom")
        elif seat.side == "near":
            box = Box(x - scale / 2 + 1.5, y - r - GAP - LABEL_HEIGHT, scale - 3,
                      LABEL_HEIGHT, "centre", "top")
        elif seat.side == "left-arm":
            box = Box(x - r - GAP - ARM_WIDTH, y - scale / 2, ARM_WIDTH, scale, "right")
        elif seat.side == "right-arm":
            box = Box(x + r + GAP, y - scale / 2, ARM_WIDTH, scale, "left")
        elif seat.side == "row":
            cell_w, cell_h = CELL[0] * scale, CELL[1] * scale
            spots[seat.number] = Spot(seat.number, x, y, Box(
                x - cell_w / 2, y - cell_h / 2, cell_w, cell_h), in_cell=True)
            continue
        elif _is_end(seat):
            box_w, box_h = END_BOX
            above = seat.y > 0
            box = Box(x - box_w / 2, y + r + GAP if above else y - r - GAP - box_h, box_w,
                      box_h, "centre", "bottom" if above else "top")
        else:
            continue  # a round table's columns: below
        spots[seat.number] = Spot(seat.number, x, y, box)
    sides = _round_sides(seats)
    band_top, band_bottom = area_y + height, area_y
    for group, direction in ((sides.left, -1), (sides.right, 1)):
        if not group:
            continue
        size = min(ROW_HEIGHT[1], (band_top - band_bottom) / len(group))
        centres = _spread([oy + seat.y * scale for seat in group], size, band_top, band_bottom)
        edge = ox + direction * (sides.ring * scale + r + LEADER)
        for seat, centre in zip(group, centres, strict=True):
            x, y = ox + seat.x * scale, oy + seat.y * scale
            box_x = edge if direction > 0 else edge - column
            box = Box(box_x, centre - size / 2, column, size,
                      "left" if direction > 0 else "right")
            length = ((edge - x) ** 2 + (centre - y) ** 2) ** 0.5 or 1.0
            start = (x + (edge - x) * r / length, y + (centre - y) * r / length)
            spots[seat.number] = Spot(seat.number, x, y, box,
                                      (*start, edge - direction * 0.8, centre), numbered=True)
    placed_tables = tuple(
        (table.shape, ox + (table.x - table.width / 2) * scale,
         oy + (table.y - table.height / 2) * scale, table.width * scale, table.height * scale)
        for table in tables)
    return ChartGeometry(ratio, scale, r, spots, placed_tables,
                         (ox + left, oy + bottom, ox + right, oy + top))
