"""Table place cards: one tent card per landscape sheet, readable from both sides.

The sheet folds along its middle; the upper half is drawn upside down so
that, once folded and stood on the table, the name faces both the person
and the room. Each face has the name as large as fits the width, the other
script beneath it where recorded, and the organization; the event's title
along the foot in the card's language (else the default text). A long name or
organization wraps and is set smaller, never cut short; below its floor it is a warning.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.domain.models import Event, Person

from .badges import other_form
from .base import DocumentOptions, Progress
from .fonts import register_fonts
from .labels import label
from .names import Participant, participants
from .styles import PALETTE, paper_size, sans, serif
from .text import Fitted, draw_fitted, draw_lines, draw_text, fit_text

SIDE_MARGIN = 18 * mm

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CardTexts:
    """A card's name (with honorific), its other script and the organization, fitted."""

    name: Fitted
    second: Fitted | None
    organization: Fitted | None

    @classmethod
    def fit(cls, person: Person, language: str, width: float) -> CardTexts:
        """The name on one line from 42 pt down to 20, else on up to two (three below the
        floor) from 30 down to 14; the other script and the organization smaller, each
        on up to two lines (three below the floor); nothing cut short."""
        name = person.local_name(language)
        shown = f"{person.honorific} {name}" if person.honorific else name
        fitted = fit_text(shown, serif(bold=True), 42, width, lines=1, floor=20)
        if fitted.below_floor:
            fitted = fit_text(shown, serif(bold=True), 30, width, lines=2, floor=14,
                              most_lines=3)
        second = other_form(person, name)
        organization = person.organization.local_name(language) if person.organization \
            else ""
        return cls(
            name=fitted,
            second=fit_text(second, serif(italic=True), 14, width, lines=2, floor=8,
                            most_lines=3) if second else None,
            organization=fit_text(organization, sans(), 13, width, lines=2, floor=7,
                                  most_lines=3) if organization else None)

    def warn(self, person: Person) -> None:
        for what, fitted, lines in (("name", self.name, 2),
                                    ("other form of the name", self.second, 2),
                                    ("organization", self.organization, 2)):
            if fitted is not None and fitted.below_floor:
                excerpt = fitted.text if len(fitted.text) <= 60 else fitted.text[:57] + "…"
                log.warning('place card of %s: the %s "%s" %s; shorten it', person.full_name,
                            what, excerpt, fitted.problem(lines))


def _face(canvas: Canvas, width: float, half: float, event: Event, texts: CardTexts,
          language: str) -> None:
    """One face of the card in the rectangle (0, 0)–(width, half), upright."""
    usable = width - 2 * SIDE_MARGIN
    centre = width / 2
    canvas.setStrokeColor(PALETTE.gold)
    canvas.setLineWidth(1.2)
    canvas.line(SIDE_MARGIN, 14 * mm, width - SIDE_MARGIN, 14 * mm)
    canvas.setLineWidth(0.4)
    canvas.line(SIDE_MARGIN, 12.8 * mm, width - SIDE_MARGIN, 12.8 * mm)
    name, second, organization = texts.name, texts.second, texts.organization
    block = name.height(1.1)
    if second is not None:
        block += 2 + second.height(1.15)
    if organization is not None:
        block += 4 + organization.height(1.15)
    y = 14 * mm + (half - 14 * mm) / 2 + block / 2 - name.size * 0.8
    canvas.setFillColor(PALETTE.ink)
    y = draw_lines(canvas, centre, y, name, serif(bold=True), leading=1.1)
    if second is not None:
        canvas.setFillColor(PALETTE.muted)
        y = draw_lines(canvas, centre, y - 2, second, serif(italic=True), leading=1.15)
    if organization is not None:
        canvas.setFillColor(PALETTE.navy)
        draw_lines(canvas, centre, y - 4, organization, sans(), leading=1.15)
    canvas.setFillColor(PALETTE.muted)
    draw_fitted(canvas, centre, 7 * mm, event.text_in("title", language), sans(), 7, usable,
                minimum=4.5)


def build_placecards(event: Event, target: str | BinaryIO, options: DocumentOptions,
                     progress: Progress, *, seats: Sequence[tuple[int, str]] | None = None
                     ) -> int:
    """One folded tent card per person taking part; returns the page count. With
    ``seats`` ((seat number, person id) of a seating plan), a card per seated person in
    seat order, each marked with its seat number (``_mark_seat``)."""
    register_fonts()
    language = options.language_list(event.languages)[0]
    people, numbers = _cards(event, language, seats)
    progress.start(len(people))
    paper_width, paper_height = paper_size(options.paper)
    width, height = max(paper_width, paper_height), min(paper_width, paper_height)
    half = height / 2
    # (types-reportlab has initialFontName as a number; it is a font's name)
    canvas = Canvas(target, pagesize=(width, height), pageCompression=1,
                    initialFontName=serif(), initialFontSize=10)  # type: ignore[arg-type]
    canvas.setTitle(f"{event.text_in('title', language)} — {label(language, 'placecards')}")
    canvas.setAuthor("Roundtable")
    canvas.setCreator("Roundtable")
    for index, participant in enumerate(people):
        texts = CardTexts.fit(participant.person, language, width - 2 * SIDE_MARGIN)
        texts.warn(participant.person)
        canvas.saveState()
        _face(canvas, width, half, event, texts, language)
        canvas.restoreState()
        # The upper face, turned half a turn about the centre of its half.
        canvas.saveState()
        canvas.translate(width, height)
        canvas.rotate(180)
        _face(canvas, width, half, event, texts, language)
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
        if numbers:
            _mark_seat(canvas, width, height, numbers[index], language)
        canvas.showPage()
        progress.step()
    if not people:
        draw_text(canvas, width / 2, half, label(language, "none"), sans(), 12, align="centre")
        canvas.showPage()
    canvas.save()
    return max(1, len(people))


def _cards(event: Event, language: str, seats: Sequence[tuple[int, str]] | None
           ) -> tuple[list[Participant], list[int]]:
    """Whose cards, in order, and their seat numbers (none without ``seats``)."""
    if seats is None:
        return participants(event, language), []
    by_key = {person.key: person for person in event.people}
    seated = [(number, by_key[key]) for number, key in seats if key in by_key]
    return [Participant(person) for _, person in seated], [number for number, _ in seated]


def _mark_seat(canvas: Canvas, width: float, height: float, number: int,
               language: str) -> None:
    """The seat number, small, beside the fold on the upper half: the half folded under
    the other when the card is stood up, so the room does not see it."""
    canvas.saveState()
    canvas.translate(width, height)
    canvas.rotate(180)
    canvas.setFillColor(PALETTE.muted)
    draw_text(canvas, SIDE_MARGIN, height / 2 - 5 * mm, label(language, "seat_n", n=number),
              sans(bold=True), 8)
    canvas.restoreState()
