"""Seating layouts: parsing, seat numbers, neighbours from the sitter's own point of view,
the seat of honour and the order of honour."""
from __future__ import annotations

import math

import pytest

from desktop_app.domain.seating import Layout, SeatingError, parse_layout

#: At least one spec of each kind, with odd and even counts and the smallest ones.
SPECS = ["round:2", "round:3", "round:7", "round:24", "rect:2", "rect:7", "rect:12", "u:3",
         "u:10", "u:24", "head:1", "head:5+rows:3x4", "head:4+rows:1x1", "signing:1",
         "signing:2", "signing:5"]


def _lines(layout: Layout) -> int:
    """How many open lines of seats a layout has (each has two ends)."""
    return {"round": 0, "rect": 2, "u": 1, "signing": 1}.get(
        layout.kind, 1 + len({seat.row for seat in layout.seats if seat.row}))


@pytest.mark.parametrize("spec", SPECS)
def test_neighbours_are_symmetric(spec: str) -> None:
    """My left neighbour's right neighbour is me, and the other way round."""
    layout = parse_layout(spec)
    assert [seat.number for seat in layout.seats] == list(range(1, layout.capacity + 1))
    for seat in layout.seats:
        if seat.left is not None:
            assert layout.seat(seat.left).right == seat.number, (spec, seat)
        if seat.right is not None:
            assert layout.seat(seat.right).left == seat.number, (spec, seat)


@pytest.mark.parametrize("spec", SPECS)
def test_round_tables_wrap_and_other_lines_end(spec: str) -> None:
    layout = parse_layout(spec)
    no_left = [seat.number for seat in layout.seats if seat.left is None]
    no_right = [seat.number for seat in layout.seats if seat.right is None]
    lines = _lines(layout)
    if layout.capacity == 1:
        assert no_left == no_right == [1]
    elif layout.kind == "round":
        assert no_left == no_right == []
    else:
        assert len(no_left) == len(no_right) == lines, (spec, no_left, no_right)


@pytest.mark.parametrize("spec", [s for s in SPECS if s != "round:2"])
def test_left_is_on_the_sitters_left_hand(spec: str) -> None:
    """Seen from the seat, facing where the sitter faces, the left neighbour is on the left
    hand and the right one on the right (round:2's one neighbour is straight ahead)."""
    layout = parse_layout(spec)
    for seat in layout.seats:
        facing = math.radians(seat.facing)
        left_hand = (-math.sin(facing), math.cos(facing))
        for neighbour, sign in ((seat.left, 1), (seat.right, -1)):
            if neighbour is None:
                continue
            other = layout.seat(neighbour)
            towards = (other.x - seat.x) * left_hand[0] + (other.y - seat.y) * left_hand[1]
            assert sign * towards > 0, (spec, seat, other)


def test_numbers_and_honour_as_documented() -> None:
    round_table = parse_layout("round:24")
    assert round_table.honour_seat == 1
    assert (round_table.seat(1).right, round_table.seat(1).left) == (24, 2)
    assert round_table.seat(1).y > 0 and round_table.seat(1).facing == 270
    signing = parse_layout("signing:2")
    # The host's seat is on the audience's right; his right hand, the guest's seat, on
    # the audience's left.
    assert signing.honour_seat == 2 and signing.seat(2).right == 1
    assert signing.seat(1).x < signing.seat(2).x
    rect = parse_layout("rect:8")
    assert rect.honour_seat == 3 and rect.seat(3).side == "far"
    assert [slot.label for slot in rect.honour_order][:5] == [
        "seat of honour", "host's right", "host's left", "2nd to the host's right",
        "facing the host"]
    head = parse_layout("head:5+rows:2x3")
    assert head.honour_seat == 3 and head.capacity == 11
    assert head.label(7) == "row 1, centre" and head.seat(7).row == 1


@pytest.mark.parametrize("spec", SPECS)
def test_honour_order_lists_every_seat_once_from_the_seat_of_honour(spec: str) -> None:
    layout = parse_layout(spec)
    seats = [slot.seat for slot in layout.honour_order]
    assert sorted(seats) == list(range(1, layout.capacity + 1))
    assert seats[0] == layout.honour_seat and layout.distance(layout.honour_seat) == (0, 0)
    distances = [(slot.tier, slot.steps) for slot in layout.honour_order]
    for tier in {t for t, _ in distances}:
        steps = [s for t, s in distances if t == tier]
        assert steps == sorted(steps), spec


def test_facing_sides_cover_the_table_for_round_and_rect_only() -> None:
    for spec in ("round:8", "rect:9"):
        layout = parse_layout(spec)
        assert layout.facing_sides is not None
        host, guests = ([slot.seat for slot in side] for side in layout.facing_sides)
        assert host[0] == layout.honour_seat
        assert sorted(host + guests) == list(range(1, layout.capacity + 1))
    assert parse_layout("round:8").facing_sides[1][0].seat == 5  # type: ignore[index]
    for spec in ("u:9", "head:3", "signing:3"):
        assert parse_layout(spec).facing_sides is None


def test_spec_is_normalized() -> None:
    assert parse_layout(" Round:12 ").spec == "round:12"
    assert parse_layout("HEAD:3+ROWS:2x5").spec == "head:3+rows:2x5"


@pytest.mark.parametrize("spec", ["", "round", "round:", "round:x", "oval:3", "round:1",
                                  "round:0", "u:2", "rect:1001", "head:3+rows:0x4",
                                  "head:1+rows:40x40", "signing:2:3", "round:-3"])
def test_a_bad_spec_is_refused_naming_it(spec: str) -> None:
    with pytest.raises(SeatingError) as caught:
        parse_layout(spec)
    assert f'layout "{spec}"' in str(caught.value)


def test_a_seat_outside_the_layout_is_refused() -> None:
    with pytest.raises(SeatingError, match=r"seat 9 is not a seat of round:8 \(8 seats\)"):
        parse_layout("round:8").seat(9)
