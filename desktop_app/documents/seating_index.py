"""The index of a seating chart: everyone seated at one table, in the alphabetical order
of the document's language (family names first: the last words of the name in that
language, as many as the default family name has), with the seat number, position and
organization; a row grows to two lines for a long position.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.cldr import base_language
from desktop_app.domain.collation import sort_key
from desktop_app.domain.models import Person

from .base import PageDecor, draw_running_header
from .labels import label
from .seating_people import ChartPlan, Sitter, sitter
from .styles import MARGIN, PALETTE, sans, serif
from .text import draw_fitted, draw_text, fit_lines, text_width

ROW = 6.6 * mm


def index_rows(plan: ChartPlan, people: dict[str, Person], language: str
               ) -> list[tuple[Sitter, int]]:
    """Everyone seated, alphabetical in ``language``: family name, then given name."""
    collation = base_language(language)
    rows = [(who, seat.seat) for seat in plan.seats
            for who in (sitter(seat, people, language),) if who is not None]
    return sorted(rows, key=lambda row: (sort_key(row[0].family, collation),
                                         sort_key(row[0].given, collation), row[1]))


def _index_heading(canvas: Canvas, page: tuple[float, float], table: str, language: str,
                   first: bool) -> float:
    width, height = page
    usable = width - 2 * MARGIN
    y = height - MARGIN - 6 * mm
    canvas.setFillColor(PALETTE.navy)
    draw_text(canvas, MARGIN, y, label(language, "seating.index"), serif(bold=True),
              15 if first else 11)
    y -= 5.5 * mm if first else 4.5 * mm
    canvas.setFillColor(PALETTE.ink)
    y = draw_fitted(canvas, MARGIN, y, table, serif(bold=True), 10.5, usable, max_lines=2,
                    minimum=8, align="left")
    if first:
        canvas.setFillColor(PALETTE.muted)
        y = draw_fitted(canvas, MARGIN, y, label(language, "seating.index_intro"),
                        serif(italic=True), 9, usable, max_lines=2, minimum=7, align="left")
    y -= 2.5 * mm
    canvas.setFillColor(PALETTE.navy)
    for (x, column_width, align), key in zip(_index_columns(width), (
            "seating.name", "seating.seat", "seating.position"), strict=True):
        anchor = x + column_width / 2 if align == "centre" else x
        draw_text(canvas, anchor, y, label(language, key), sans(bold=True), 7.5, align=align)
    canvas.setStrokeColor(PALETTE.navy)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, y - 2 * mm, width - MARGIN, y - 2 * mm)
    return y - 2 * mm


def _index_columns(width: float) -> list[tuple[float, float, str]]:
    usable = width - 2 * MARGIN
    return [(MARGIN, usable * 0.36, "left"), (MARGIN + usable * 0.36, usable * 0.08, "centre"),
            (MARGIN + usable * 0.46, usable * 0.54, "left")]


def draw_index(canvas: Canvas, decor: PageDecor, plan: ChartPlan, page: tuple[float, float],
                people: dict[str, Person], table: str, language: str) -> int:
    """The index pages of one plan; returns how many."""
    rows = index_rows(plan, people, language)
    pages = 0
    position = 0
    (name_x, name_w, _), (seat_x, seat_w, _), (detail_x, detail_w, _) = _index_columns(page[0])
    while position < len(rows) or pages == 0:
        canvas.setPageSize(page)
        draw_running_header(canvas, decor)
        y = _index_heading(canvas, page, table, language, first=pages == 0)
        while position < len(rows):
            who, number = rows[position]
            detail = ", ".join(part for part in (who.position, who.organization) if part)
            size, lines = fit_lines(detail, sans(), 8, detail_w - 2, max_lines=2, minimum=6.5) \
                if detail else (8.0, [])
            height = max(ROW, 3.4 * mm + len(lines) * size * 1.2)
            if y - height < MARGIN:
                break
            if position % 2:
                canvas.setFillColor(PALETTE.band)
                canvas.rect(MARGIN, y - height, page[0] - 2 * MARGIN, height, stroke=0, fill=1)
            baseline = y - 2 * mm - 8.5 * 0.75
            family = f"{who.family}, " if who.given else who.family
            canvas.setFillColor(PALETTE.ink)
            name_size = 9.5
            while name_size > 6.5 and (text_width(family, serif(bold=True), name_size)
                                       + text_width(who.given, serif(), name_size)) > name_w - 3:
                name_size -= 0.5
            used = draw_text(canvas, name_x + 1, baseline, family, serif(bold=True), name_size)
            draw_text(canvas, name_x + 1 + used, baseline, who.given, serif(), name_size)
            draw_text(canvas, seat_x + seat_w / 2, baseline, str(number), sans(bold=True), 9.5,
                      align="centre")
            canvas.setFillColor(PALETTE.muted)
            line_y = baseline
            for line in lines:
                draw_text(canvas, detail_x, line_y, line, sans(), size)
                line_y -= size * 1.2
            y -= height
            position += 1
        canvas.showPage()
        pages += 1
    return pages
