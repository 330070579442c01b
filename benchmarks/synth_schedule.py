"""Scheduling for the synthetic event generator (``benchmarks/synth.py``).

The generated agenda must have no conflict the user did not ask for: items
of a room follow each other, signings all take place in the main hall (so a
rector signing in several ceremonies is never in two at once), and a person
is booked into an item only when free for its whole time. ``Bookings``
remembers who is busy when.
"""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Any

DAY_BEGINS, DAY_ENDS = 9 * 60, 19 * 60  # minutes: items run 09:00-19:00
SIGNING_MINUTES = 45
#: (kind, weight, durations in minutes) of the items that are not openings or signings.
ITEM_KINDS = [("speech", 34, (15, 20)), ("remarks", 10, (10, 15)), ("panel", 22, (45, 60, 75)),
              ("break", 14, (15, 30)), ("exhibition", 6, (60,)), ("other", 14, (30,))]

Placed = tuple[int, str, int, int, int]  # (day index, kind, room index, start, end minutes)


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def day_plan(rng: random.Random, count: int, day: int, signings: int) -> list[tuple[str, int]]:
    """The kinds and durations of one day's items, the signings spread through the day."""
    plan: list[tuple[str, int]] = []
    weights = [weight for _, weight, _ in ITEM_KINDS]
    for position in range(count):
        if position == 0:
            plan.append(("opening" if day == 0 else "remarks", 15))
            continue
        kind, _, durations = rng.choices(ITEM_KINDS, weights)[0]
        plan.append((kind, rng.choice(durations)))
    for number in range(min(signings, max(0, count - 1))):
        plan[1 + number * (count - 1) // signings] = ("signing", SIGNING_MINUTES)
    return plan


def place(plans: Sequence[Sequence[tuple[str, int]]], rooms: int) -> list[Placed] | None:
    """Each item in the room free soonest (signings and openings in the main hall), or
    None if a day runs past its end with ``rooms`` rooms."""
    placed = []
    for day, plan in enumerate(plans):
        cursor = [DAY_BEGINS] * rooms
        for kind, minutes in plan:
            room = 0 if kind in ("signing", "opening") else min(
                range(rooms), key=lambda r: (cursor[r], r))
            start = cursor[room]
            if start + minutes > DAY_ENDS:
                return None
            cursor[room] = start + minutes
            placed.append((day, kind, room, start, start + minutes))
    return placed


def item_interval(item: dict[str, Any]) -> tuple[int, int]:
    """An agenda item's time as minutes since year 1, comparable across days."""
    day = dt.date.fromisoformat(item["day"]).toordinal() * 1440
    hours, minutes = item["start"].split(":")
    end_hours, end_minutes = item["end"].split(":")
    return (day + int(hours) * 60 + int(minutes), day + int(end_hours) * 60 + int(end_minutes))


class Bookings:
    """Who is busy when: person index -> the intervals they were booked into."""

    def __init__(self) -> None:
        self.busy: dict[int, list[tuple[int, int]]] = {}

    def free(self, person: int, interval: tuple[int, int]) -> bool:
        return all(end <= interval[0] or start >= interval[1]
                   for start, end in self.busy.get(person, ()))

    def book(self, person: int, interval: tuple[int, int]) -> None:
        self.busy.setdefault(person, []).append(interval)

    def pick(self, order: list[int], cursor: list[int], interval: tuple[int, int],
             count: int) -> list[int]:
        """Up to ``count`` people free during ``interval``, taken in turn from ``order``
        (``cursor[0]`` is where the turn stands; it moves on), and books them."""
        chosen: list[int] = []
        tried = 0
        while len(chosen) < count and tried < len(order):
            person = order[cursor[0] % len(order)]
            cursor[0] += 1
            tried += 1
            if person not in chosen and self.free(person, interval):
                chosen.append(person)
        for person in chosen:
            self.book(person, interval)
        return chosen
