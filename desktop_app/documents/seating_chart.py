"""The seating chart: every stored seating plan drawn to scale, each followed by an index
of the people at that table.

A plan's page shows the table(s) and the seats from the layout's geometry, seen from
above with the audience (or the entrance) at the bottom, at the largest usual scale that
fits (``chart_layout``); the page turns to landscape where the chart is larger that way.
Every seat carries its number, and the name and position of whoever sits there in the
document's language (names from ``local_names``, positions from their translations); the
seat of honour is gold and its label says "Host". Under the chart: the rule that placed
the people, the symbols, the scale with a one-metre bar, and who is left without a seat.

The index lists everyone seated in the alphabetical order of the document's language
(family names first: the last words of the name in that language, as many as the default
family name has), with the seat number and position.

The plans come from ``services.seating_documents.printed_plans`` (the views the window
shows): anything with the attributes of ``ChartPlan`` will do.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.colors import white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.cldr import format_date, format_time_range
from desktop_app.domain.models import AgendaItem, Event, Person

from .base import DocumentOptions, NumberedCanvas, PageDecor, Progress, draw_running_header
from .chart_layout import Box, ChartGeometry, Spot, lay_out, points_per_place
from .fonts import register_fonts
from .labels import caps, label
from .names import with_honorific
from .seating_index import draw_index
from .seating_people import ChartPlan, Sitter, sitter
from .styles import CHART_PAPER_SIZES, MARGIN, PALETTE, paper_size, sans, serif
from .text import draw_fitted, draw_text, fit_lines, text_width, wrap_lines

#: The title block under the running header, and the legend above the footer.
TITLE_BLOCK = 14 * mm
LEGEND = 23 * mm
CAPTION = 7 * mm
LEADING = 1.14


def plan_title(plan: ChartPlan, items: dict[str, AgendaItem], language: str,
               requested: str | None) -> tuple[str, str]:
    """(title, details): the table's name, then its layout and, for an item, when and
    where it is."""
    kind, _, count = plan.layout.partition(":")
    seats = [seat.geometry for seat in plan.seats]
    if kind == "head" and any(seat.row for seat in seats):
        layout = label(language, "seating.layout.head_rows",
                       count=sum(seat.side == "head" for seat in seats),
                       rows=max(seat.row or 0 for seat in seats),
                       columns=sum(seat.row == 1 for seat in seats))
    else:
        layout = label(language, f"seating.layout.{kind}", count=len(seats))
    item = items.get(plan.item_key or requested or "")
    if item is None:
        return label(language, "seating.main_table"), layout
    details = [layout, f"{format_date(item.day, language)}, "
                       f"{format_time_range(item.start_time, item.end_time, language)}",
               item.room.text_in("name", language)]
    title = item.text_in("title", language) or item.key
    if plan.inherited:
        title = f"{title} — {label(language, 'seating.uses_main')}"
    return title, " · ".join(part for part in details if part)


def _page_size(paper: tuple[float, float], landscape: bool) -> tuple[float, float]:
    short, long = sorted(paper)
    return (long, short) if landscape else (short, long)


def _area(page: tuple[float, float]) -> tuple[float, float, float, float]:
    width, height = page
    bottom = MARGIN + LEGEND + CAPTION
    return MARGIN, bottom, width - 2 * MARGIN, height - MARGIN - TITLE_BLOCK - bottom


def choose_page(plan: ChartPlan, paper: tuple[float, float]
                ) -> tuple[tuple[float, float], ChartGeometry]:
    """The page (portrait or landscape, whichever draws the chart larger; landscape on a
    tie) and the chart laid out on it."""
    seats = [seat.geometry for seat in plan.seats]
    options = [lay_out(seats, plan.tables, _area(_page_size(paper, landscape)))
               for landscape in (True, False)]
    landscape = options[0].scale >= options[1].scale
    return _page_size(paper, landscape), options[0 if landscape else 1]


# -- labels --------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Fitted:
    name_size: float
    names: list[str]
    position_size: float
    positions: list[str]
    #: The host's mark ("HOST") above the name, on one or two lines.
    tag_size: float = 0.0
    tags: tuple[str, ...] = ()

    @property
    def height(self) -> float:
        gap = 1.2 if self.positions else 0
        return (len(self.tags) * self.tag_size * 1.2 + len(self.names) * self.name_size * LEADING
                + gap + len(self.positions) * self.position_size * LEADING)


def fit_label(name: str, position: str, width: float, height: float, *, tag: str = "",
              narrow: bool) -> _Fitted:
    """Name and position wrapped and shrunk (name 9 pt down to 5.8, position 7 down to 5)
    until they fit ``width`` x ``height``; at the smallest sizes the position gives up
    lines first. ``tag`` (the host's mark) goes above, on up to two lines."""
    name_face, position_face = serif(bold=True), sans()
    tag_size, tags = fit_lines(tag, sans(bold=True), _whole_words(tag, sans(bold=True), 6.5,
                                                                  width, 4.8),
                               width, max_lines=2, minimum=4.8) if tag else (0.0, [])
    most = 3 if narrow else 2
    start = (8.0, 6.5) if narrow else (9.0, 7.0)
    factor = 1.0
    while True:
        name_size = max(5.8, start[0] * factor)
        position_size = max(5.0, start[1] * factor)
        names = wrap_lines(name, name_face, name_size, width)
        positions = wrap_lines(position, position_face, position_size, width) if position \
            else []
        fitted = _Fitted(name_size, names, position_size, positions, tag_size, tuple(tags))
        whole = (_whole_words(name, name_face, name_size, width, 5.8) == name_size
                 and _whole_words(position, position_face, position_size, width, 5.0)
                 == position_size)
        if whole and len(names) <= most and len(positions) <= most and fitted.height <= height:
            return fitted
        if name_size <= 5.8 and position_size <= 5.0:
            break
        factor *= 0.93
    fitted = _Fitted(name_size, names[:most], position_size, positions[:most], tag_size,
                     tuple(tags))
    while fitted.positions and fitted.height > height:
        fitted = _Fitted(name_size, fitted.names, position_size, fitted.positions[:-1],
                         tag_size, tuple(tags))
    return fitted


def _whole_words(text: str, face: str, size: float, width: float, minimum: float) -> float:
    """The largest size up to ``size`` (not below ``minimum``) at which no word of ``text``
    is wider than ``width``: a word is cut only when it must be."""
    widest = max((text_width(word, face, size) for word in text.split()), default=0.0)
    return size if widest <= width else max(minimum, size * width / widest)


def _draw_label(canvas: Canvas, box: Box, fitted: _Fitted, *, empty: bool) -> None:
    if box.valign == "bottom":
        top = box.y + fitted.height + 0.5
    elif box.valign == "top":
        top = box.y + box.height - 0.5
    else:
        top = box.y + (box.height + fitted.height) / 2
    x = {"left": box.x, "centre": box.x + box.width / 2, "right": box.x + box.width}[box.align]
    y = top
    canvas.setFillColor(PALETTE.gold)
    for line in fitted.tags:
        y -= fitted.tag_size
        draw_text(canvas, x, y, line, sans(bold=True), fitted.tag_size, align=box.align)
        y -= fitted.tag_size * 0.2
    canvas.setFillColor(PALETTE.muted if empty else PALETTE.ink)
    face = sans(italic=True) if empty else serif(bold=True)
    for index, line in enumerate(fitted.names):
        y -= fitted.name_size * (0.86 if index == 0 else LEADING)
        draw_text(canvas, x, y, line, face, fitted.name_size, align=box.align)
    if fitted.positions:
        y -= 1.2 + fitted.name_size * (LEADING - 0.86)
    canvas.setFillColor(PALETTE.muted)
    for index, line in enumerate(fitted.positions):
        y -= fitted.position_size * (0.86 if index == 0 else LEADING)
        draw_text(canvas, x, y, line, sans(), fitted.position_size, align=box.align)


def _draw_chair(canvas: Canvas, x: float, y: float, radius: float, number: int, *,
                honour: bool, empty: bool) -> None:
    """A seat: a numbered disc, gold for the seat of honour, dashed grey when empty."""
    canvas.saveState()
    canvas.setLineWidth(0.6)
    fill = PALETTE.gold if honour else PALETTE.band if empty else white
    stroke = PALETTE.gold if honour else PALETTE.muted if empty else PALETTE.navy
    canvas.setFillColor(fill)
    canvas.setStrokeColor(stroke)
    if empty:
        canvas.setDash(1.2, 1.2)
    canvas.circle(x, y, radius, stroke=1, fill=1)
    canvas.restoreState()
    text = str(number)
    size = radius * (1.05 if len(text) < 3 else 0.8)
    canvas.setFillColor(white if honour else PALETTE.muted if empty else PALETTE.navy)
    draw_text(canvas, x, y - size * 0.36, text, sans(bold=True), size, align="centre")


# -- a plan's page -------------------------------------------------------------------------

NUMBER_ROOM = 6 * mm


def _draw_spot(canvas: Canvas, spot: Spot, chart: ChartGeometry, who: Sitter | None, *,
               honour: bool, language: str) -> None:
    box, radius = spot.box, chart.chair
    empty = who is None
    name = label(language, "seating.empty") if who is None else who.name
    position = "" if who is None else who.position
    tag = caps(language, "seating.host") if honour else ""
    if spot.in_cell:
        canvas.saveState()
        canvas.setLineWidth(1.0 if honour else 0.5)
        canvas.setStrokeColor(PALETTE.gold if honour else PALETTE.rule)
        canvas.setFillColor(white)
        canvas.roundRect(box.x + 0.6, box.y + 0.6, box.width - 1.2, box.height - 1.2, 2,
                         stroke=1, fill=1)
        canvas.restoreState()
        chair_y = box.y + box.height - radius - 1.6
        _draw_chair(canvas, spot.x, chair_y, radius, spot.number, honour=honour, empty=empty)
        text_box = Box(box.x + 1.5, box.y + 1.2, box.width - 3, chair_y - radius - box.y - 2.2,
                       "centre", "top")
        fitted = fit_label(name, position, text_box.width, text_box.height, tag=tag,
                           narrow=True)
        _draw_label(canvas, text_box, fitted, empty=empty)
        return
    if spot.leader is not None:
        canvas.saveState()
        canvas.setStrokeColor(PALETTE.rule)
        canvas.setLineWidth(0.45)
        canvas.line(*spot.leader)
        canvas.restoreState()
    _draw_chair(canvas, spot.x, spot.y, radius, spot.number, honour=honour, empty=empty)
    if spot.numbered:  # the number again beside the name, on the leader's side
        text_box = (Box(box.x + NUMBER_ROOM, box.y, box.width - NUMBER_ROOM, box.height,
                        box.align, box.valign) if box.align == "left" else
                    Box(box.x, box.y, box.width - NUMBER_ROOM, box.height, box.align,
                        box.valign))
    else:
        text_box = box
    narrow = text_box.width < 40 * mm
    fitted = fit_label(name, position, text_box.width, text_box.height, tag=tag,
                       narrow=narrow)
    _draw_label(canvas, text_box, fitted, empty=empty)
    if spot.numbered:
        number_x = box.x if box.align == "left" else box.x + box.width
        first = (box.y + (box.height + fitted.height) / 2
                 - len(fitted.tags) * fitted.tag_size * 1.2 - fitted.name_size * 0.86)
        canvas.setFillColor(PALETTE.gold if honour else PALETTE.navy)
        draw_text(canvas, number_x, first, str(spot.number), sans(bold=True),
                  min(9.0, fitted.name_size + 0.5), align=box.align)


def _draw_tables(canvas: Canvas, chart: ChartGeometry) -> None:
    canvas.saveState()
    canvas.setFillColor(PALETTE.band)
    canvas.setStrokeColor(PALETTE.rule)
    canvas.setLineWidth(0.9)
    for shape, x, y, width, height in chart.tables:
        if shape == "circle":
            canvas.circle(x + width / 2, y + height / 2, width / 2, stroke=1, fill=1)
        else:
            canvas.rect(x, y, width, height, stroke=1, fill=1)
    canvas.restoreState()


def _draw_legend(canvas: Canvas, plan: ChartPlan, chart: ChartGeometry, page_width: float,
                 unseated: list[str], language: str) -> None:
    top = MARGIN + LEGEND
    usable = page_width - 2 * MARGIN
    canvas.saveState()
    canvas.setStrokeColor(PALETTE.gold)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, top, page_width - MARGIN, top)
    text_width_ = usable * 0.62
    canvas.setFillColor(PALETTE.gold)
    y = top - 4 * mm
    draw_text(canvas, MARGIN, y, caps(language, "seating.rule"), sans(bold=True), 6.5)
    canvas.setFillColor(PALETTE.ink)
    y = draw_fitted(canvas, MARGIN, y - 9, label(language, f"seating.rule.{plan.rule}"),
                    sans(), 8, text_width_, max_lines=3, minimum=6.5, align="left",
                    leading=1.22)
    canvas.setFillColor(PALETTE.muted)
    y = draw_fitted(canvas, MARGIN, y, label(language, "seating.from_above"), sans(italic=True),
                    7, text_width_, minimum=5.5, align="left")
    if unseated:
        canvas.setFillColor(PALETTE.warning)
        draw_fitted(canvas, MARGIN, y, label(language, "seating.unseated",
                                             names=", ".join(unseated)),
                    sans(), 7, usable, max_lines=2, minimum=5.5, align="left")
    # Symbols and the scale, on the right.
    x = MARGIN + usable * 0.66
    y = top - 5 * mm
    for honour, text in ((True, label(language, "seating.honour")),
                         (False, label(language, "seating.empty"))):
        _draw_chair(canvas, x + 2 * mm, y + 1.2, 1.9 * mm, 1, honour=honour, empty=not honour)
        canvas.setFillColor(PALETTE.ink)
        draw_fitted(canvas, x + 6 * mm, y - 1, text, sans(), 7.5, usable * 0.34 - 6 * mm,
                    minimum=5.5, align="left")
        y -= 5 * mm
    metre = points_per_place(chart.ratio) / 0.6
    canvas.setStrokeColor(PALETTE.ink)
    canvas.setLineWidth(0.8)
    canvas.line(x, y, x + metre, y)
    for tick in (x, x + metre):
        canvas.line(tick, y - 1.2, tick, y + 1.2)
    canvas.setFillColor(PALETTE.ink)
    draw_text(canvas, x + metre + 2 * mm, y - 2.5,
              f"{label(language, 'seating.metre')}   "
              f"{label(language, 'seating.scale', ratio=chart.ratio)}", sans(), 7.5)
    canvas.restoreState()


def _draw_plan(canvas: Canvas, plan: ChartPlan, page: tuple[float, float],
               chart: ChartGeometry, people: dict[str, Person], title: tuple[str, str],
               language: str) -> None:
    width, height = page
    canvas.setFillColor(PALETTE.navy)
    heading = height - MARGIN - 6 * mm
    draw_fitted(canvas, MARGIN, heading, title[0], serif(bold=True), 15, width - 2 * MARGIN,
                minimum=10, align="left")
    canvas.setFillColor(PALETTE.muted)
    draw_fitted(canvas, MARGIN, heading - 5.2 * mm, title[1], sans(), 8.5, width - 2 * MARGIN,
                minimum=6.5, align="left")
    _draw_tables(canvas, chart)
    for seat in plan.seats:
        spot = chart.spots.get(seat.seat)
        if spot is not None:
            _draw_spot(canvas, spot, chart, sitter(seat, people, language),
                       honour=seat.seat == plan.honour_seat, language=language)
    kind = plan.layout.partition(":")[0]
    audience = kind in ("head", "signing")
    caption = caps(language, "seating.audience" if audience else "seating.entrance")
    left, bottom, right, _top = chart.bounds
    y = max(bottom - 5 * mm, MARGIN + LEGEND + 2 * mm)
    centre = (left + right) / 2
    canvas.setFillColor(PALETTE.muted)
    caption_width = draw_text(canvas, centre, y, caption, sans(bold=True), 7, align="centre")
    canvas.setStrokeColor(PALETTE.muted)
    canvas.setLineWidth(0.5)
    for side in (-1, 1):
        start = centre + side * (caption_width / 2 + 2 * mm)
        canvas.line(start, y + 2.4, start + side * 14 * mm, y + 2.4)
    unseated = []
    for person in plan.unseated:
        record = people.get(person.key)
        unseated.append(with_honorific(record, record.local_name(language)) if record
                        else person.name)
    _draw_legend(canvas, plan, chart, width, unseated, language)


# -- the document --------------------------------------------------------------------------

def build_seating_chart(event: Event, target: str | BinaryIO, options: DocumentOptions,
                        progress: Progress, *, plans: Sequence[ChartPlan] = ()) -> int:
    """A page per plan (to scale) and its index; returns the page count."""
    register_fonts()
    language = options.language_list(event.languages)[0]
    paper = paper_size(options.paper, CHART_PAPER_SIZES)
    people = {person.key: person for person in event.people}
    items = {item.key: item for item in event.agenda_items}
    event_title = event.text_in("title", language) or event.key
    decor = PageDecor(header_left=event_title, header_right=label(language, "seating.title"),
                      language=language)
    canvas = NumberedCanvas(target, decor=decor, pagesize=_page_size(paper, False),
                            pageCompression=1, initialFontName=serif(), initialFontSize=10)
    canvas.setTitle(f"{event_title} — {label(language, 'seating.title')}")
    canvas.setAuthor("Roundtable")
    canvas.setCreator("Roundtable")
    progress.start(max(1, len(plans)))
    pages = 0
    for plan in plans:
        page, chart = choose_page(plan, paper)
        canvas.setPageSize(page)
        draw_running_header(canvas, decor)
        title = plan_title(plan, items, language, options.item)
        _draw_plan(canvas, plan, page, chart, people, title, language)
        canvas.showPage()
        pages += 1 + draw_index(canvas, decor, plan, _page_size(paper, False), people,
                                 title[0], language)
        progress.step()
    if not plans:
        page = _page_size(paper, False)
        canvas.setPageSize(page)
        draw_running_header(canvas, decor)
        canvas.setFillColor(PALETTE.muted)
        draw_fitted(canvas, page[0] / 2, page[1] / 2, label(language, "seating.no_plans"),
                    serif(italic=True), 12, page[0] - 2 * MARGIN, max_lines=2)
        canvas.showPage()
        pages = 1
        progress.step()
    canvas.save()
    return pages
