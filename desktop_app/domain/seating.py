"""Protocol seating: layouts, placement by rule, flags, and the seating warnings.

The parts live in their own modules; this one is the entry point the services use.

- ``seating_layouts``: ``parse_layout(spec)`` -> ``Layout`` (seats with neighbours from
  the sitter's own point of view, the seat of honour, the order of honour, geometry);
- ``seating_rules``: ``place(layout, rule, sitters, context, locks)`` -> placements with
  their reasons, for the rules ``precedence``, ``facing`` and ``alphabetical``;
- ``seating_flags``: ``place_flags`` (which flags stand where, seen from the audience)
  and ``signing_table`` (one agreement's signing table);
- ``seating_checks``: who takes part in an item or the event, and ``seating_warnings``.

No Qt and no I/O: plain values in, plain values out.
"""
from __future__ import annotations

from .seating_checks import (
    MAIN_TABLE,
    PlanFacts,
    event_participants,
    item_participants,
    seating_warnings,
)
from .seating_flags import FlagPlacement, FlagStand, SigningTable, place_flags, signing_table
from .seating_layouts import (
    LAYOUT_KINDS,
    MAX_SEATS,
    SEAT_WIDTH_M,
    HonourSlot,
    Layout,
    Seat,
    SeatingError,
    TablePart,
    ordinal,
    parse_layout,
)
from .seating_rules import (
    RULES,
    HostSide,
    Lock,
    Placement,
    SeatingContext,
    Sitter,
    by_rank,
    host_side,
    organization_precedence,
    place,
)

__all__ = [
    "LAYOUT_KINDS", "MAIN_TABLE", "MAX_SEATS", "RULES", "SEAT_WIDTH_M", "FlagPlacement",
    "FlagStand", "HonourSlot", "HostSide", "Layout", "Lock", "Placement", "PlanFacts", "Seat",
    "SeatingContext", "SeatingError", "SigningTable", "Sitter", "TablePart", "by_rank",
    "event_participants", "host_side", "item_participants", "ordinal",
    "organization_precedence", "parse_layout", "place", "place_flags", "seating_warnings",
    "signing_table",
]
