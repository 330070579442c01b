"""Name badges: eight 90 × 60 mm badges per A4 sheet, with crop marks.

Each badge has the event in a navy band, the name as large as fits, the
name's other script beneath it where one is recorded, position and
organization (event title and position in the badge's language, else the
default text), and a coloured band naming the person's role (chair, speaker,
signatory, witness) so that ushers can tell roles apart at a glance. A long name,
position or organization wraps into up to three lines and is set smaller down to a
floor, never cut short; one set below its floor is a warning.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
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
from .text import Fitted, draw_fitted, draw_lines, draw_text, fit_lines, fit_text

BADGE_WIDTH = 90 * mm
BADGE_HEIGHT = 60 * mm
COLUMNS = 2
ROWS = 4
GUTTER = 6 * mm
CROP = 4 * mm

log = logging.getLogger(__name__)

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


#: The height of the band naming the role, at the foot of the badge.
ROLE_BAND = 6.5 * mm


@dataclass(frozen=True)
class Block:
    """A text of the badge as set: the gap from the baseline above to its first one."""

    what: str
    fitted: Fitted
    face: str
    colour: Color
    gap: float
    leading: float
    lines: int


def _fitted_blocks(person: Person, language: str, width: float, room: float
                   ) -> list[Block]:
    """The name (one line from 17 pt down to 11, else up to three from 13 down to 8), its
    other script, the position and the organization (each up to three lines, down to
    5.5 pt), fitted to ``width``; the smaller texts set smaller still while the whole
    does not fit ``room`` (from the name's first baseline to the role band). Nothing is
    cut short; what is set below its floor is a warning."""
    name = person.local_name(language)
    whole = fit_text(name, serif(bold=True), 17, width, lines=1, floor=11)
    name_lines = 1
    if whole.below_floor and len(name.split()) > 1:
        whole = fit_text(name, serif(bold=True), 13, width, lines=2, floor=8, most_lines=3)
        name_lines = 2
    texts = [("other form of the name", other_form(person, name), serif(italic=True), 8.5,
              6.0, 2, PALETTE.muted, 0.0, 1.22),
             ("position", person.text_in("position", language), sans(), 7.5, 5.5, 3,
              PALETTE.muted, 1 * mm, 1.22),
             ("organization", person.organization.local_name(language)
              if person.organization is not None else "", sans(bold=True), 7.2, 5.5, 3,
              PALETTE.navy, 0.3 * mm, 1.25)]
    scale = 1.0
    while True:
        blocks = [Block("name", whole, serif(bold=True), PALETTE.ink, 0.0, 1.15, name_lines)]
        for what, text, face, size, floor, lines, colour, extra, leading in texts:
            if not text:
                continue
            above = blocks[-1].fitted
            fitted = fit_text(text, face, size * scale, width, lines=lines, floor=floor,
                              most_lines=lines + 1)
            blocks.append(Block(what, fitted, face, colour,
                                above.size * blocks[-1].leading + extra, leading, lines))
        height = sum(block.gap + (len(block.fitted.lines) - 1) * block.fitted.size
                     * block.leading for block in blocks) + blocks[-1].fitted.size * 0.25
        if height <= room or scale < 0.5:
            return blocks
        scale *= 0.93


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
    blocks = _fitted_blocks(person, language, inner, y_cursor - (y + ROLE_BAND + 1.5 * mm))
    for block in blocks:
        y_cursor -= block.gap
        canvas.setFillColor(block.colour)
        draw_lines(canvas, centre, y_cursor, block.fitted, block.face, leading=block.leading)
        y_cursor -= (len(block.fitted.lines) - 1) * block.fitted.size * block.leading
    for block in blocks:
        if block.fitted.below_floor:
            text = block.fitted.text
            excerpt = text if len(text) <= 60 else text[:57] + "…"
            log.warning('badge of %s: the %s "%s" %s; shorten it', person.full_name,
                        block.what, excerpt, block.fitted.problem(block.lines))
    role = participant.main_role
    canvas.setFillColor(ROLE_COLOURS.get(role, PALETTE.muted))
    canvas.rect(x, y, BADGE_WIDTH, ROLE_BAND, stroke=0, fill=1)
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
    # (types-reportlab has initialFontName as a number; it is a font's name)
    canvas = Canvas(target, pagesize=(width, height), pageCompression=1,
                    initialFontName=serif(), initialFontSize=10)  # type: ignore[arg-type]
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
