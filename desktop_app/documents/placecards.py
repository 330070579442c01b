"""Table place cards: one tent card per landscape sheet, readable from both sides.

The sheet folds along its middle; the upper half is drawn upside down so
that, once folded and stood on the table, the name faces both the person
and the room. Each face has the name as large as fits the width, the other
script beneath it where recorded, and the organization; the event's title
along the foot in the card's language (else the default text).
"""
from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.domain.models import Event

from .badges import other_form
from .base import DocumentOptions, Progress
from .fonts import register_fonts
from .labels import label
from .names import Participant, participants
from .styles import PALETTE, paper_size, sans, serif
from .text import draw_fitted, draw_text, fit_lines, fit_size

SIDE_MARGIN = 18 * mm


def _face(canvas: Canvas, width: float, half: float, event: Event, participant: Participant,
          language: str) -> None:
    """One face of the card in the rectangle (0, 0)–(width, half), upright."""
    person = participant.person
    usable = width - 2 * SIDE_MARGIN
    centre = width / 2
    canvas.setStrokeColor(PALETTE.gold)
    canvas.setLineWidth(1.2)
    canvas.line(SIDE_MARGIN, 14 * mm, width - SIDE_MARGIN, 14 * mm)
    canvas.setLineWidth(0.4)
    canvas.line(SIDE_MARGIN, 12.8 * mm, width - SIDE_MARGIN, 12.8 * mm)
    name = person.local_name(language)
    if person.honorific:
        name = f"{person.honorific} {name}"
    # One line as large as fits from 42 pt down to 20; else two lines down to 14 pt.
    size, lines = fit_lines(name, serif(bold=True), 42, usable, max_lines=1, minimum=20) \
        if fit_size(name, serif(bold=True), 42, usable, 20) > 20 \
        else fit_lines(name, serif(bold=True), 30, usable, max_lines=2, minimum=14)
    second = other_form(person, person.local_name(language))
    organization = person.organization.local_name(language) if person.organization else ""
    block = size * 1.1 * len(lines) + (14 if second else 0) + (16 if organization else 0)
    y = 14 * mm + (half - 14 * mm) / 2 + block / 2 - size * 0.8
    canvas.setFillColor(PALETTE.ink)
    for line in lines:
        draw_text(canvas, centre, y, line, serif(bold=True), size, align="centre")
        y -= size * 1.1
    if second:
        y -= 2
        canvas.setFillColor(PALETTE.muted)
        draw_fitted(canvas, centre, y, second, serif(italic=True), 14, usable, minimum=8)
        y -= 16
    if organization:
        canvas.setFillColor(PALETTE.navy)
        draw_fitted(canvas, centre, y - 2, organization, sans(), 13, usable, minimum=7)
    canvas.setFillColor(PALETTE.muted)
    draw_fitted(canvas, centre, 7 * mm, event.text_in("title", language), sans(), 7, usable,
                minimum=4.5)


def build_placecards(event: Event, target: str | BinaryIO, options: DocumentOptions,
                     progress: Progress) -> int:
    """One folded tent card per person taking part; returns the page count."""
    register_fonts()
    language = options.language_list(event.languages)[0]
    people = participants(event, language)
    progress.start(len(people))
    paper_width, paper_height = paper_size(options.paper)
    width, height = max(paper_width, paper_height), min(paper_width, paper_height)
    half = height / 2
    canvas = Canvas(target, pagesize=(width, height), pageCompression=1,
                    initialFontName=serif(), initialFontSize=10)
    canvas.setTitle(f"{event.text_in('title', language)} — {label(language, 'placecards')}")
    canvas.setAuthor("Roundtable")
    canvas.setCreator("Roundtable")
    for participant in people:
        canvas.saveState()
        _face(canvas, width, half, event, participant, language)
        canvas.restoreState()
        # The upper face, turned half a turn about the centre of its half.
        canvas.saveState()
        canvas.translate(width, height)
        canvas.rotate(180)
        _face(canvas, width, half, event, participant, language)
        canvas.restoreState()
        canvas.saveState()
        canvas.setStrokeColor(PALETTE.rule)
        canvas.setLineWidth(0.5)
        canvas.setDash(4, 3)
        canvas.line(6 * mm, half, width - 6 * mm, half)
        canvas.setFillColor(PALETTE.muted)
        draw_text(canvas, width - 6 * mm, half + 1.5 * mm, label(language, "fold_here"), sans(),
                  6, align="right")
        canvas.restoreState()
        canvas.showPage()
        progress.step()
    if not people:
        draw_text(canvas, width / 2, half, label(language, "none"), sans(), 12, align="centre")
        canvas.showPage()
    canvas.save()
    return max(1, len(people))
