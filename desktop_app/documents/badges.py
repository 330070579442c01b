"""Name badges: eight 90 × 60 mm badges per A4 sheet, with crop marks.

Each badge has the event in a navy band, the name as large as fits, the
name's other script beneath it where one is recorded, position and
organization (event title and position in the badge's language, else the
default text), and a coloured band naming the person's role (chair, speaker,
signatory, witness) so that ushers can tell roles apart at a glance.
"""
from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.domain.models import Event, Person

from .base import DocumentOptions, Progress
from .fonts import register_fonts
from .labels import caps, label
from .names import Participant, participants
from .styles import PALETTE, paper_size, sans, serif
from .text import draw_fitted, draw_text, fit_lines, fit_size

BADGE_WIDTH = 90 * mm
BADGE_HEIGHT = 60 * mm
COLUMNS = 2
ROWS = 4
GUTTER = 6 * mm
CROP = 4 * mm

ROLE_COLOURS: dict[str, Color] = {
    "chair": PALETTE.gold,
    "speaker": PALETTE.navy,
    "signatory": HexColor("#1F6F43"),
    "witness": HexColor("#5B5F97"),
    "guest": PALETTE.muted,
}


def other_form(person: Person, shown: str) -> str | None:
    """The first recorded form of the name that differs from the one shown."""
    for candidate in [person.full_name, *(person.local_names or {}).values()]:
        if candidate and candidate != shown:
            return candidate
    return None


def _crop_marks(canvas: Canvas, x: float, y: float) -> None:
    canvas.setStrokeColor(PALETTE.rule)
    canvas.setLineWidth(0.3)
    for cx in (x, x + BADGE_WIDTH):
        for cy in (y, y + BADGE_HEIGHT):
            dx = -1 if cx == x else 1
            dy = -1 if cy == y else 1
            canvas.line(cx + dx * 1 * mm, cy, cx + dx * CROP, cy)
            canvas.line(cx, cy + dy * 1 * mm, cx, cy + dy * CROP)


def draw_badge(canvas: Canvas, x: float, y: float, event: Event, participant: Participant,
               language: str) -> None:
    person = participant.person
    inner = BADGE_WIDTH - 12 * mm
    centre = x + BADGE_WIDTH / 2
    top = y + BADGE_HEIGHT
    canvas.saveState()
    canvas.setStrokeColor(PALETTE.rule)
    canvas.setLineWidth(0.4)
    canvas.roundRect(x, y, BADGE_WIDTH, BADGE_HEIGHT, 2 * mm, stroke=1, fill=0)
    band = 11 * mm
    canvas.setFillColor(PALETTE.navy)
    canvas.rect(x, top - band, BADGE_WIDTH, band, stroke=0, fill=1)
    canvas.setFillColor(white)
    band_size, lines = fit_lines(event.text_in("title", language), sans(bold=True), 6.3,
                                 inner, max_lines=2, minimum=4.5)
    text_y = top - band / 2 + (1.2 * mm if len(lines) == 2 else -0.8 * mm)
    for line in lines:
        draw_text(canvas, centre, text_y, line, sans(bold=True), band_size, align="centre")
        text_y -= band_size * 1.2
    canvas.setFillColor(PALETTE.gold)
    canvas.rect(x, top - band - 0.8 * mm, BADGE_WIDTH, 0.8 * mm, stroke=0, fill=1)

    y_cursor = top - band - 6 * mm
    if person.honorific:
        canvas.setFillColor(PALETTE.muted)
        draw_fitted(canvas, centre, y_cursor, person.honorific, serif(italic=True), 8, inner)
        y_cursor -= 6.5 * mm
    else:
        y_cursor -= 2.5 * mm
    name = person.local_name(language)
    canvas.setFillColor(PALETTE.ink)
    # One line as large as fits from 17 pt down to 11; else two lines down to 8 pt.
    if fit_size(name, serif(bold=True), 17, inner, 11) > 11 or len(name.split()) < 2:
        y_cursor = draw_fitted(canvas, centre, y_cursor, name, serif(bold=True), 17, inner,
                               minimum=8, leading=1.15)
    else:
        y_cursor = draw_fitted(canvas, centre, y_cursor, name, serif(bold=True), 13, inner,
                               max_lines=2, minimum=8, leading=1.15)
    second = other_form(person, name)
    if second:
        canvas.setFillColor(PALETTE.muted)
        draw_fitted(canvas, centre, y_cursor, second, serif(italic=True), 8.5, inner,
                    minimum=6)
        y_cursor -= 4 * mm
    y_cursor -= 1 * mm
    position = person.text_in("position", language)
    if position:
        canvas.setFillColor(PALETTE.muted)
        draw_fitted(canvas, centre, y_cursor, position, sans(), 7.5, inner, minimum=5.5)
        y_cursor -= 3.4 * mm
    if person.organization is not None:
        canvas.setFillColor(PALETTE.navy)
        draw_fitted(canvas, centre, y_cursor, person.organization.local_name(language),
                    sans(bold=True), 7.2, inner, max_lines=2, minimum=5.5, leading=1.25)
    role = participant.main_role
    canvas.setFillColor(ROLE_COLOURS.get(role, PALETTE.muted))
    canvas.rect(x, y, BADGE_WIDTH, 6.5 * mm, stroke=0, fill=1)
    canvas.setFillColor(white)
    role_text = caps(language, f"role.{role}")
    draw_fitted(canvas, centre, y + 2.2 * mm, role_text, sans(bold=True), 7.5, inner)
    canvas.restoreState()
    _crop_marks(canvas, x, y)


def build_badges(event: Event, target: str | BinaryIO, options: DocumentOptions,
                 progress: Progress) -> int:
    """Badges for everyone taking part, eight to a sheet; returns the page count."""
    register_fonts()
    language = options.language_list(event.languages)[0]
    people = participants(event, language)
    progress.start(len(people))
    width, height = paper_size(options.paper)
    canvas = Canvas(target, pagesize=(width, height), pageCompression=1,
                    initialFontName=serif(), initialFontSize=10)
    canvas.setTitle(f"{event.text_in('title', language)} — {label(language, 'badges')}")
    canvas.setAuthor("Roundtable")
    canvas.setCreator("Roundtable")
    left = (width - COLUMNS * BADGE_WIDTH - (COLUMNS - 1) * GUTTER) / 2
    bottom = (height - ROWS * BADGE_HEIGHT - (ROWS - 1) * GUTTER) / 2
    per_page = COLUMNS * ROWS
    pages = 0
    for index, participant in enumerate(people):
        slot = index % per_page
        row, col = divmod(slot, COLUMNS)
        x = left + col * (BADGE_WIDTH + GUTTER)
        y = bottom + (ROWS - 1 - row) * (BADGE_HEIGHT + GUTTER)
        draw_badge(canvas, x, y, event, participant, language)
        if slot == per_page - 1 or index == len(people) - 1:
            canvas.showPage()
            pages += 1
        progress.step()
    if not people:
        canvas.setFillColor(PALETTE.muted)
        draw_text(canvas, width / 2, height / 2, label(language, "none"), sans(), 12,
                  align="centre")
        canvas.showPage()
        pages = 1
    canvas.save()
    return pages
