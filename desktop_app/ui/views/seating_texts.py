"""The Seating view's words: layout and rule names, where a seat is, tooltips, and which
seats and people the plan's warnings name.

The layout (``domain.seating_layouts``) describes each seat from the seat of honour in
English ("2nd to the host's left"); ``seat_place`` shows it in the interface language.
The reasons of the seats and the warnings of a plan are the services' text, shown as
they are (as the Overview shows every warning).
"""
from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop_app.documents.seating_labels import flag_reason
from desktop_app.domain.seating import FlagStand
from desktop_app.services.seating import MOVED_BY_HAND, PersonRef, SeatingPlanSnapshot, SeatSnapshot
from desktop_app.ui.dialogs.form_support import country_name
from desktop_app.ui.domain_messages import translated_error
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP, current_language
from desktop_app.ui.theme import conflict_color

from .seating_load import Loaded

CONTEXT = "SeatingView"

#: (layout kind, its name) in the order of the layout combo.
LAYOUT_KINDS: tuple[tuple[str, str], ...] = (
    ("round", QT_TRANSLATE_NOOP("SeatingView", "Round table")),
    ("rect", QT_TRANSLATE_NOOP("SeatingView", "Rectangular table")),
    ("u", QT_TRANSLATE_NOOP("SeatingView", "U-shape")),
    ("head", QT_TRANSLATE_NOOP("SeatingView", "Head table and rows")),
    ("signing", QT_TRANSLATE_NOOP("SeatingView", "Signing table")),
)
#: The fewest seats of each kind (``domain.seating_layouts``).
MINIMUM_SEATS = {"round": 2, "rect": 2, "u": 3, "head": 1, "signing": 1}

#: (rule, its name, what it does) in the order of the rule combo.
RULES: tuple[tuple[str, str, str], ...] = (
    ("precedence", QT_TRANSLATE_NOOP("SeatingView", "By precedence"),
     QT_TRANSLATE_NOOP("SeatingView", "The host at the seat of honour, the guest of honour "
                       "at the host's right, then alternating right and left by rank")),
    ("facing", QT_TRANSLATE_NOOP("SeatingView", "Facing delegations"),
     QT_TRANSLATE_NOOP("SeatingView", "For a bilateral meeting: the host delegation on one "
                       "side, the guests opposite, the two heads facing each other")),
    ("alphabetical", QT_TRANSLATE_NOOP("SeatingView", "Alphabetical by country"),
     QT_TRANSLATE_NOOP("SeatingView", "By country name in the event's first language, then "
                       "by name, the host at the seat of honour")),
)

_HEAD = re.compile(r"^head:(\d+)(?:\+rows:(\d+)x(\d+))?\Z")
_SIMPLE = re.compile(r"^(round|rect|u|signing):(\d+)\Z")


def _shown(source: str) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP("SeatingView", …)``, translated."""
    return QCoreApplication.translate(CONTEXT, source)


def layout_spec(kind: str, seats: int, rows: int = 0, columns: int = 0) -> str:
    if kind == "head" and rows > 0 and columns > 0:
        return f"head:{seats}+rows:{rows}x{columns}"
    return f"{kind}:{seats}"


def split_spec(spec: str) -> tuple[str, int, int, int]:
    """(kind, seats, rows, seats per row) of a layout spec; rows 0 without rows."""
    head = _HEAD.match(spec)
    if head:
        return "head", int(head.group(1)), int(head.group(2) or 0), int(head.group(3) or 0)
    simple = _SIMPLE.match(spec)
    if simple:
        return simple.group(1), int(simple.group(2)), 0, 0
    return "round", 2, 0, 0


def layout_name(spec: str) -> str:
    """"Round table: 24 seats", "Head table and rows: 5 seats, 4 × 10 in rows" …"""
    kind, seats, rows, columns = split_spec(spec)
    name = _shown(dict(LAYOUT_KINDS).get(kind, kind))
    if kind == "head" and rows:
        return QCoreApplication.translate(
            "SeatingView", "{layout}: %n seat(s), {rows} × {columns} in rows", "", seats
        ).format(layout=name, rows=rows, columns=columns)
    return QCoreApplication.translate("SeatingView", "{layout}: %n seat(s)", "", seats).format(
        layout=name)


def rule_name(rule: str) -> str:
    return _shown(next((name for key, name, _ in RULES if key == rule), rule))


_STEPS = re.compile(r"^(?:(?P<row>row (?P<row_number>\d+), ))?(?P<number>\d+)\w\w "
                    r"(?P<where>to the host's|on the host's|to the) (?P<side>left|right)"
                    r"(?P<facing> of the seat facing the host)?\Z")


def seat_place(label: str) -> str:
    """Where a seat is, from the seat of honour (``domain.seating_layouts`` words it in
    English: "2nd to the host's left"), in the interface language."""
    simple = {
        "seat of honour": QCoreApplication.translate("SeatingView", "seat of honour"),
        "host's right": QCoreApplication.translate("SeatingView", "host's right"),
        "host's left": QCoreApplication.translate("SeatingView", "host's left"),
        "facing the host": QCoreApplication.translate("SeatingView", "facing the host"),
        "to the right of the seat facing the host": QCoreApplication.translate(
            "SeatingView", "right of the seat facing the host"),
        "to the left of the seat facing the host": QCoreApplication.translate(
            "SeatingView", "left of the seat facing the host"),
    }
    if label in simple:
        return simple[label]
    centre = re.fullmatch(r"row (\d+), centre", label)
    if centre:
        return QCoreApplication.translate("SeatingView", "row {row}, centre").format(
            row=centre.group(1))
    found = _STEPS.match(label)
    if found is None:
        return label
    number, right = int(found.group("number")), found.group("side") == "right"
    if found.group("row"):
        row = found.group("row_number")
        if number == 1:
            text = (QCoreApplication.translate(
                        "SeatingView", "row {row}, next to the centre on the host's right")
                    if right else QCoreApplication.translate(
                        "SeatingView", "row {row}, next to the centre on the host's left"))
        else:
            text = (QCoreApplication.translate(
                        "SeatingView", "row {row}, %n seats from the centre on the host's right",
                        "", number)
                    if right else QCoreApplication.translate(
                        "SeatingView", "row {row}, %n seats from the centre on the host's left",
                        "", number))
        return text.format(row=row)
    if found.group("facing"):
        return (QCoreApplication.translate(
                    "SeatingView", "%n seats right of the seat facing the host", "", number)
                if right else QCoreApplication.translate(
                    "SeatingView", "%n seats left of the seat facing the host", "", number))
    return (QCoreApplication.translate("SeatingView", "%n seats to the host's right", "", number)
            if right else
            QCoreApplication.translate("SeatingView", "%n seats to the host's left", "", number))


def seat_reason(reason: str) -> str:
    if reason == MOVED_BY_HAND:
        return QCoreApplication.translate("SeatingView", "moved by hand")
    if reason == "locked":
        return QCoreApplication.translate("SeatingView", "locked")
    return reason


_PLAN_PREFIX = re.compile(r'^seating of (the main table|".*?"): ')


def conflict_text(message: str) -> str:
    """A plan's warning without the plan's name (the view shows which plan it is)."""
    return _PLAN_PREFIX.sub("", message, count=1)


def _name_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")


def warnings_by_seat(plan: SeatingPlanSnapshot) -> dict[int, list[str]]:
    """Seat -> the plan's warnings that name its sitter (the seats to outline)."""
    found: dict[int, list[str]] = {}
    for seat in plan.seats:
        if not seat.person_name:
            continue
        pattern = _name_pattern(seat.person_name)
        for warning in plan.warnings:
            if pattern.search(warning.message):
                found.setdefault(seat.seat, []).append(warning.message)
    return found


def conflict_rows(plan: SeatingPlanSnapshot | None) -> list[tuple[str, int]]:
    """Each warning of the plan (without the plan's name) and the first seat it names."""
    if plan is None:
        return []
    named = warnings_by_seat(plan)
    return [(conflict_text(warning.message),
             min((seat for seat, messages in named.items() if warning.message in messages),
                 default=0))
            for warning in plan.warnings]


def warnings_by_person(people: Sequence[PersonRef], plan: SeatingPlanSnapshot) -> dict[str, str]:
    """Person key -> the plan's warnings that name them, joined (for the unseated list)."""
    found: dict[str, str] = {}
    for person in people:
        pattern = _name_pattern(person.name)
        messages = [w.message for w in plan.warnings if pattern.search(w.message)]
        if messages:
            found[person.key] = "\n".join(f"⚠ {message}" for message in messages)
    return found


def seat_tooltip(seat: SeatSnapshot, warnings: list[str]) -> str:
    """Everything about a seat: where, who, why, locked, its flag and its warnings."""
    def e(text: str) -> str:
        return html.escape(text, quote=False)

    number = QCoreApplication.translate("SeatingView", "Seat {number}").format(number=seat.seat)
    lines = [f"<b>{e(number)}</b> · {e(seat_place(seat.label))}"]
    if seat.person_key:
        lines.append(f"<b>{e(seat.person_name or '')}</b>")
        details = [part for part in (seat.position, country_name(seat.country or "")
                                     if seat.country else None) if part]
        if details:
            lines.append(e(" · ".join(details)))
        if seat.reason:
            lines.append(e(QCoreApplication.translate("SeatingView", "Why here: {reason}")
                           .format(reason=seat_reason(seat.reason))))
    else:
        empty = QCoreApplication.translate("SeatingView", "Empty seat")
        lines.append(f"<i>{e(empty)}</i>")
    if seat.locked:
        lines.append(e(QCoreApplication.translate(
            "SeatingView", "Locked: placing by rule keeps this seat as it is")))
    if seat.flag:
        lines.append(e(QCoreApplication.translate("SeatingView", "Flag behind: {country}")
                       .format(country=country_name(seat.flag) or seat.flag)))
    colour = conflict_color().name()
    lines.extend(f"<span style='color:{colour}'>⚠ {e(message)}</span>" for message in warnings)
    return "<br>".join(lines)


def seat_summary(seat: SeatSnapshot) -> str:
    """One line for the details under the chart (and for screen readers)."""
    where = QCoreApplication.translate("SeatingView", "Seat {number}").format(
        number=seat.seat) + " · " + seat_place(seat.label)
    if not seat.person_key:
        text = where + " — " + QCoreApplication.translate("SeatingView", "empty")
    else:
        who = seat.person_name or ""
        if seat.position:
            who += ", " + seat.position
        text = f"{where} — {who}"
        if seat.reason:
            text += " — " + QCoreApplication.translate("SeatingView", "why here: {reason}").format(
                reason=seat_reason(seat.reason))
    if seat.locked:
        text += " — " + QCoreApplication.translate("SeatingView", "locked")
    return text


def flag_tooltip(stand: FlagStand) -> str:
    """Whose flag, where, and why protocol puts it there (in the words the printed flag
    sheet uses in the interface language)."""
    country = country_name(stand.country) or stand.country
    return QCoreApplication.translate(
        "SeatingView", "Flag of {country}, {position} from the audience's left").format(
        country=country, position=stand.position) + "\n" + flag_reason(
        stand.reason, current_language())


def banner_text(loaded: Loaded, layout: str, rule: str, table: str) -> tuple[str, bool]:
    """What the bar above the chart says of the table shown, and whether it offers to
    show the main table instead."""
    own = loaded.own_plan
    if own is not None:
        if (own.layout, own.rule) == (layout, rule):
            return "", False
        return QCoreApplication.translate(
            "SeatingView", "Place by rule seats everyone again at {layout}, {rule}; locked "
            "seats stay.").format(layout=layout_name(layout), rule=rule_name(rule).lower()), False
    if loaded.problem is not None:
        return translated_error(loaded.problem) + " " + QCoreApplication.translate(
            "SeatingView", "Choose more seats or another layout."), False
    if loaded.uses_main_table:
        return QCoreApplication.translate(
            "SeatingView", "{table} uses the main table's plan until it has its own. Shown: "
            "the plan the rule would make for it; Place by rule stores it.").format(
            table=table), True
    if loaded.preview is not None:
        return QCoreApplication.translate(
            "SeatingView", "Not stored yet: shown is the plan the rule would make. Place by "
            "rule stores it; then drag people to adjust."), False
    return "", False
