"""Signing certificates: one framed landscape page per signed or ready agreement.

Drawn straight on the canvas (no Platypus layout): the page is a fixed
composition, and a 1,000-agreement ceremony must print in seconds. The
frame and seal are drawn once into PDF forms and placed by reference; the
QR code is encoded once and drawn as one path (``qr.py``).

The agreement's title prints in every language of the agreement's own
``languages`` (the signed originals exist in those), in that order, each its
translation or else the default title, a form equal to one above left out;
every other text (labels, dates, the event, positions) in the certificate's
language.

A certificate file is PDF/A-2b (``pdfa.py``), and its keywords list the verification
codes of its pages (``codes_keywords``), which ``roundtable verify FILE`` reads back and
checks against the database. ``build_certificate_files`` writes one file per agreement.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager as ContextManager
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.cldr import format_date
from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.domain.local_time import local_datetime
from desktop_app.domain.models import Agreement, AgreementParty, Event
from desktop_app.domain.ordering import agreements_in_signing_order
from desktop_app.domain.vocabulary import AgreementStatus

from .base import DocumentOptions, Progress, page_size
from .certificate_parties import SIGNING_ROOM, PartyBlock
from .certificate_parties import warn as warn_parties
from .digest import verification_code
from .fonts import register_fonts
from .labels import caps, label
from .ornaments import draw_certificate_frame, draw_seal
from .pdfa import ArchivalInfo, make_archival
from .qr import draw_qr, qr_matrix
from .styles import PALETTE, paper_size, sans, serif
from .text import balanced_lines, draw_fitted, draw_text, fit_lines, fit_size, wrap_lines

PRINTABLE = (AgreementStatus.SIGNED.value, AgreementStatus.READY.value)
QR_SIZE = 24 * mm
#: Distance of the content from the paper edge (inside the frame).
INSET = 30 * mm
#: The title: its size, smallest size and line spacing; one title takes up to
#: TITLE_LINES lines, several share the height of TITLE_BLOCK_LINES lines.
TITLE_SIZE = 19
TITLE_MINIMUM = 11
TITLE_LEADING = 1.22
TITLE_LINES = 3
TITLE_BLOCK_LINES = 4.5
#: The gap between two titles, and the height of the first line above its baseline, in
#: lines of their size.
TITLE_GAP = 0.3
TITLE_ASCENT = 0.8

#: The layout of one title, and the tighter one of a title in several languages: the
#: titles' width (a share of the width inside the frame), the vertical gaps (clear space
#: above the titles, reference to date, date to event, event to parties) and where the
#: parties end (above the seal and the footer).
@dataclass(frozen=True)
class Layout:
    title_width: float
    gaps: tuple[float, float, float, float]
    parties_bottom: float


ROOMY = Layout(0.88, (4.6 * mm, 9 * mm, 6 * mm, 8 * mm), INSET + 26 * mm)
COMPACT = Layout(0.94, (4.2 * mm, 6 * mm, 5.5 * mm, 4 * mm), INSET + 22 * mm)


def certificate_agreements(event: Event, references: Sequence[str] = ()) -> list[Agreement]:
    """The agreements that get a certificate, in signing order.

    Only ``signed`` and ``ready`` agreements qualify; asking for another by
    reference is an error that names it, so nobody prints a certificate for
    a draft by accident.
    """
    ordered = agreements_in_signing_order(event)
    if not references:
        chosen = [a for a in ordered if a.status in PRINTABLE]
    else:
        by_reference = {a.reference: a for a in ordered}
        wanted: list[Agreement] = []
        for reference in references:
            agreement = by_reference.get(reference)
            if agreement is None:
                raise NotFoundError("agreement", reference)
            if agreement.status not in PRINTABLE:
                raise ValidationError.single(
                    "agreement", reference,
                    f"is {agreement.status}; only signed or ready agreements get a certificate")
            wanted.append(agreement)
        chosen = [a for a in ordered if a in wanted]
    if not chosen:
        raise ValidationError.single(
            "event", event.key, "has no signed or ready agreement; there is no certificate "
                                "to print")
    return chosen


def agreement_titles(agreement: Agreement, language: str) -> list[str]:
    """The agreement's title in each of its languages (its own list, in order; none
    listed: ``language``), a translation or else the default title, each form once."""
    titles: list[str] = []
    for tag in agreement.languages or [language]:
        title = agreement.text_in("title", tag)
        if title and title not in titles:
            titles.append(title)
    return titles or [agreement.title]


def fit_titles(titles: list[str], face: str, width: float, height: float
               ) -> tuple[float, list[list[str]]]:
    """The size at which every title fits ``width`` and ``height``, and each title's lines.

    ``height`` is measured from the top of the first line to the baseline after the last
    (``TITLE_ASCENT`` plus a leading per line plus the gaps, in units of the size).
    One title: up to ``TITLE_LINES`` lines from ``TITLE_SIZE`` down. Several: each in
    at most two lines, together no taller than ``TITLE_BLOCK_LINES`` lines of
    ``TITLE_SIZE``. A title on two lines or more is broken into even lines. At
    ``TITLE_MINIMUM`` whatever still does not fit is shortened (``fit_lines``, with a
    warning).
    """
    most = TITLE_LINES if len(titles) == 1 else 2
    lines_at_most = TITLE_LINES if len(titles) == 1 else TITLE_BLOCK_LINES
    budget = min(height, TITLE_SIZE * (TITLE_ASCENT + lines_at_most * TITLE_LEADING))
    gaps = (len(titles) - 1) * TITLE_GAP + TITLE_ASCENT
    size = float(TITLE_SIZE)
    while size > TITLE_MINIMUM:
        wrapped = [wrap_lines(title, face, size, width) for title in titles]
        count = sum(len(lines) for lines in wrapped)
        if all(len(lines) <= most for lines in wrapped) and \
                size * (count * TITLE_LEADING + gaps) <= budget:
            return size, [balanced_lines(title, face, size, width) for title in titles]
        size = max(TITLE_MINIMUM, size * 0.95)
    # The smallest size: as many lines as the height holds, shared out title by title.
    room = int((budget / size - gaps) // TITLE_LEADING)
    fitted = []
    for index, title in enumerate(titles):
        lines = max(1, min(most, room - (len(titles) - 1 - index)))
        fitted.append(fit_lines(title, face, size, width, max_lines=lines, minimum=size)[1])
        room -= len(fitted[-1])
    return size, fitted


class CertificatePainter:
    """Paints certificates of one event on one canvas, sharing forms between pages."""

    def __init__(self, canvas: Canvas, event: Event, language: str) -> None:
        self.canvas = canvas
        self.event = event
        self.language = language
        self.width, self.height = page_size(canvas)
        canvas.beginForm("certificate-frame")
        draw_certificate_frame(canvas, self.width, self.height)
        canvas.endForm()
        canvas.beginForm("certificate-seal")
        draw_seal(canvas, self.width / 2, INSET + 8 * mm, 11 * mm)
        canvas.endForm()

    def _date_text(self, agreement: Agreement) -> tuple[str, str]:
        city = self.event.text_in("venue_city", self.language)
        if agreement.status == AgreementStatus.SIGNED and agreement.signed_at is not None:
            when = local_datetime(agreement.signed_at, self.event.timezone).date()
            return label(self.language, "certificate_signed",
                         date=format_date(when, self.language), city=city), "signed"
        item = agreement.signing_item
        day = item.day if item is not None else self.event.start_date
        return label(self.language, "certificate_planned",
                     date=format_date(day, self.language), city=city), "planned"

    def paint(self, agreement: Agreement) -> None:
        canvas, width, lang = self.canvas, self.width, self.language
        canvas.doForm("certificate-frame")
        usable = width - 2 * INSET
        y = self.height - INSET - 6 * mm
        heading = caps(lang, "certificate")
        canvas.setFillColor(PALETTE.navy)
        size = fit_size(heading, serif(bold=True), 24, usable, 14)
        canvas.setFont(serif(bold=True), size)
        draw_text(canvas, width / 2, y, heading, serif(bold=True), size, align="centre")
        y -= 7 * mm
        canvas.setStrokeColor(PALETTE.gold)
        canvas.setLineWidth(0.8)
        canvas.line(width / 2 - 40 * mm, y, width / 2 - 3 * mm, y)
        canvas.line(width / 2 + 3 * mm, y, width / 2 + 40 * mm, y)
        canvas.setFillColor(PALETTE.gold)
        diamond = canvas.beginPath()
        diamond.moveTo(width / 2, y + 1.6 * mm)
        diamond.lineTo(width / 2 + 1.6 * mm, y)
        diamond.lineTo(width / 2, y - 1.6 * mm)
        diamond.lineTo(width / 2 - 1.6 * mm, y)
        diamond.close()
        canvas.drawPath(diamond, stroke=0, fill=1)
        y -= 9 * mm
        centre = width / 2
        canvas.setFillColor(PALETTE.muted)
        draw_fitted(canvas, centre, y, label(lang, "certificate_intro"), serif(italic=True), 11,
                    usable)
        titles = agreement_titles(agreement, lang)
        layout = ROOMY if len(titles) == 1 else COMPACT
        before_title, before_date, before_event, before_parties = layout.gaps
        y -= before_title
        event_line = label(lang, "certificate_event", event=self.event.text_in("title", lang),
                           venue=self.event.text_in("venue_name", lang))
        event_size, event_lines = fit_lines(event_line, serif(italic=True), 10, usable * 0.9,
                                            max_lines=2, minimum=7.5)
        # The titles get the height the parties and the lines under the titles leave.
        below = (1.2 * mm + before_date + before_event + len(event_lines) * event_size * 1.3
                 + before_parties)
        blocks = self._blocks(agreement.parties)
        room = y - below - self._parties_height(blocks) - layout.parties_bottom
        canvas.setFillColor(PALETTE.ink)
        face = serif(bold=True)
        size, wrapped = fit_titles(titles, face, usable * layout.title_width, room)
        y -= TITLE_ASCENT * size
        for index, lines in enumerate(wrapped):
            if index:
                y -= size * TITLE_GAP
            for line in lines:
                draw_text(canvas, centre, y, line, face, size, align="centre")
                y -= size * TITLE_LEADING
        y -= 1.2 * mm
        kind = label(lang, f"agreement.{agreement.kind}")
        reference = f"{kind}  ·  {label(lang, 'reference')} {agreement.reference}"
        canvas.setFillColor(PALETTE.gold)
        draw_fitted(canvas, centre, y, reference, sans(bold=True), 9, usable)
        y -= before_date
        canvas.setFillColor(PALETTE.ink)
        when, _state = self._date_text(agreement)
        draw_fitted(canvas, centre, y, when, serif(italic=True), 12.5, usable)
        y -= before_event
        canvas.setFillColor(PALETTE.muted)
        for line in event_lines:
            draw_text(canvas, centre, y, line, serif(italic=True), event_size, align="centre")
            y -= event_size * 1.3
        self._parties(blocks, top=y - before_parties, bottom=layout.parties_bottom)
        warn_parties(agreement.reference, blocks)
        self._footer(agreement)
        canvas.showPage()

    def _party_width(self, parties: Sequence[AgreementParty]) -> float:
        return (self.width - 2 * INSET) / min(max(1, len(parties)), 3) - 10 * mm

    def _blocks(self, parties: Sequence[AgreementParty]) -> list[PartyBlock]:
        """Each party's texts fitted to its column (larger type for one row of three)."""
        width = self._party_width(parties)
        size = 11.5 if len(parties) <= 3 else 10
        return [PartyBlock.measure(party, self.language, width, size) for party in parties]

    def _parties_height(self, blocks: Sequence[PartyBlock]) -> float:
        """The least height the parties need: per row of three, the tallest organization
        name (and its other form), room to sign, the line and the tallest signatory's name
        and position under it."""
        rows = [blocks[start:start + 3] for start in range(0, len(blocks), 3)]
        return sum(max(block.above() for block in row) + SIGNING_ROOM
                   + max(block.under() for block in row) for row in rows)

    def _parties(self, blocks: Sequence[PartyBlock], *, top: float, bottom: float) -> None:
        if not blocks:
            return
        count = len(blocks)
        per_row = min(count, 3)
        rows = math.ceil(count / per_row)
        usable = self.width - 2 * INSET
        row_height = (top - bottom) / rows
        column = usable / per_row
        width = usable / per_row - 10 * mm
        for row in range(rows):
            in_row = blocks[row * per_row:(row + 1) * per_row]
            row_top = top - row * row_height
            line_y = row_top - row_height + max(block.under() for block in in_row)
            for col, block in enumerate(in_row):
                left = INSET + (usable - len(in_row) * column) / 2 + col * column
                block.draw(self.canvas, left + column / 2, width, row_top, line_y,
                           self.language)

    def _footer(self, agreement: Agreement) -> None:
        canvas, lang = self.canvas, self.language
        code = verification_code(agreement)
        right = self.width - INSET + 4 * mm
        bottom = INSET - 4 * mm
        draw_qr(canvas, qr_matrix(code), right - QR_SIZE, bottom, QR_SIZE, PALETTE.ink)
        text_right = right - QR_SIZE - 2 * mm
        canvas.setFillColor(PALETTE.gold)
        draw_text(canvas, text_right, bottom + 15 * mm, caps(lang, "verification"),
                  sans(bold=True), 6.5, align="right")
        room = 95 * mm
        canvas.setFillColor(PALETTE.ink)
        draw_fitted(canvas, text_right, bottom + 10.5 * mm, code, sans(bold=True), 8.5, room,
                    minimum=5, align="right")
        canvas.setFillColor(PALETTE.muted)
        draw_fitted(canvas, text_right, bottom + 6.5 * mm, label(lang, "verify_hint", code=code),
                    sans(), 6, room, minimum=4.5, align="right")
        canvas.doForm("certificate-seal")
        left = INSET - 4 * mm
        canvas.setFillColor(PALETTE.muted)
        lines = [self.event.text_in(field, lang) for field in
                 ("venue_name", "venue_address", "venue_city")]
        y = bottom + 15 * mm
        for line in (line for line in lines if line):
            draw_fitted(canvas, left, y, line, sans(), 7.5, 80 * mm, minimum=5.5, align="left")
            y -= 4.2 * mm


#: How a certificate file names the codes it carries, in its keywords (Info and XMP),
#: for ``roundtable verify FILE``: ``Roundtable verification codes: REF:DIGEST; …``.
CODES_KEYWORD = "Roundtable verification codes:"
CODES_SEPARATOR = "; "


def codes_keywords(codes: Sequence[str]) -> str:
    """The keywords of a certificate file carrying ``codes``."""
    return f"{CODES_KEYWORD} {CODES_SEPARATOR.join(codes)}"


def codes_in_keywords(keywords: str) -> list[str]:
    """The verification codes a certificate file's keywords carry (none: not ours)."""
    _before, found, codes = keywords.partition(CODES_KEYWORD)
    if not found:
        return []
    return [code.strip() for code in codes.split(CODES_SEPARATOR) if code.strip()]


def _write_certificates(event: Event, agreements: Sequence[Agreement], target: str | BinaryIO,
                        options: DocumentOptions, language: str,
                        progress: Progress | None) -> None:
    """One page per agreement of ``agreements`` on one canvas, as PDF/A-2b."""
    width, height = paper_size(options.paper)
    # (types-reportlab has initialFontName as a number; it is a font's name)
    canvas = Canvas(target, pagesize=(max(width, height), min(width, height)),
                    pageCompression=1,
                    initialFontName=serif(), initialFontSize=10)  # type: ignore[arg-type]
    make_archival(canvas, ArchivalInfo(
        title=f"{event.text_in('title', language)} — {label(language, 'certificate')}",
        subject=label(language, "certificate"),
        keywords=codes_keywords([verification_code(a) for a in agreements]),
        created=options.generated_at))
    painter = CertificatePainter(canvas, event, language)
    for agreement in agreements:
        painter.paint(agreement)
        if progress is not None:
            progress.step()
    canvas.save()


def build_certificates(event: Event, target: str | BinaryIO, options: DocumentOptions,
                       progress: Progress) -> int:
    """One certificate page per signed/ready agreement; returns the page count."""
    register_fonts()
    agreements = certificate_agreements(event, options.agreements)
    progress.start(len(agreements))
    language = options.language_list(event.languages)[0]
    _write_certificates(event, agreements, target, options, language, progress)
    return len(agreements)


def build_certificate_files(event: Event, options: DocumentOptions, progress: Progress,
                            target: Callable[[Agreement], ContextManager[BinaryIO]]) -> int:
    """A file per certificate: for each agreement, in signing order, its one page into
    the stream ``target(agreement)`` opens (and closes). Returns the number of files."""
    register_fonts()
    agreements = certificate_agreements(event, options.agreements)
    progress.start(len(agreements))
    language = options.language_list(event.languages)[0]
    for agreement in agreements:
        with target(agreement) as stream:
            _write_certificates(event, [agreement], stream, options, language, None)
        progress.step()
    return len(agreements)
