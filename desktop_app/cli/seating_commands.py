"""``roundtable seating EVENT ITEM [--layout SPEC] [--rule RULE] [--apply] [--json]``.

Prints the plan a rule makes for an agenda item (or ``main``, the event's main table),
and with ``--apply`` stores it. The rules and the storing are
``services.seating.propose_seating`` / ``apply_seating``, the calls the window makes.
"""
from __future__ import annotations

import json
import unicodedata

from desktop_app.domain.seating import RULES
from desktop_app.services.seating import SeatingPlanSnapshot, apply_seating, propose_seating

from .context import EXIT_OK, CommandContext
from .registry import CommandRegistry

#: The ITEM that means the event's main table.
MAIN = "main"


def _seating(ctx: CommandContext) -> int:
    args = ctx.args
    item_key = None if args.item == MAIN else args.item
    if args.apply:
        view = apply_seating(ctx.db, args.event, item_key, args.layout, args.rule)
    else:
        view = propose_seating(ctx.db, args.event, item_key, args.layout, args.rule)
    if args.json:
        ctx.out(json.dumps(as_json(view), ensure_ascii=False, indent=2))
    else:
        for line in as_table(view):
            ctx.out(line)
    if not args.apply:
        ctx.err("nothing stored: --apply stores this plan")
    return EXIT_OK


def as_json(view: SeatingPlanSnapshot) -> dict[str, object]:
    """``{"item", "layout", "rule", "seats": [{"seat", "person", "left", "right",
    "reason"}]}``; ``item`` is null for the main table, as in the event file."""
    return {
        "item": view.item_key, "layout": view.layout, "rule": view.rule,
        "seats": [{"seat": seat.seat, "person": seat.person_key, "left": seat.left,
                   "right": seat.right, "reason": seat.reason} for seat in view.seats],
    }


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal (wide East Asian letters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else
               0 if unicodedata.combining(ch) else 1 for ch in text)


def _cell(text: str, width: int) -> str:
    return text + " " * max(width - _width(text), 0)


def as_table(view: SeatingPlanSnapshot) -> list[str]:
    """A heading, then one line per seat: seat, name, position, reason (empty seats as —)."""
    where = "the main table" if view.item_key is None else f'"{view.item_title}"'
    heading = f"Seating of {where}: {view.layout}, rule {view.rule}"
    rows = [("seat", "name", "position", "reason")]
    for seat in view.seats:
        lock = " (locked)" if seat.locked else ""
        rows.append((str(seat.seat), seat.person_name or "—", seat.position or "",
                     f"{seat.reason}{lock}"))
    widths = [max(_width(row[i]) for row in rows) for i in range(3)]
    lines = [heading, ""]
    for seat_number, name, position, reason in rows:
        lines.append(f"{seat_number:>4}  {_cell(name, widths[1])}  {_cell(position, widths[2])}"
                     f"  {reason}".rstrip())
    if view.unseated:
        lines.append("")
        lines.append("without a seat: " + ", ".join(person.name for person in view.unseated))
    return lines


def register(registry: CommandRegistry) -> None:
    parser = registry.command(
        "seating", _seating,
        "print the seating plan a rule makes for an agenda item or the main table; "
        "--apply stores it")
    parser.add_argument("event", metavar="EVENT", help="event id")
    parser.add_argument("item", metavar="ITEM",
                        help=f"agenda item id, or '{MAIN}' for the event's main table")
    parser.add_argument("--layout", metavar="SPEC",
                        help="round:N, rect:N, u:N, head:N+rows:RxC or signing:N (default: the "
                             "stored plan's, else a table just big enough)")
    parser.add_argument("--rule", choices=RULES,
                        help="placement rule (default: the stored plan's, else precedence)")
    parser.add_argument("--apply", action="store_true", help="store the plan")
    parser.add_argument("--json", action="store_true", help="print the plan as JSON")
