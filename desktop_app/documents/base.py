"""What every document shares: options, progress and cancel, the page template.

``DocumentTemplate`` is a Platypus ``BaseDocTemplate`` with a cover page
template (no header) and a body template with a running header; the footer
"Page X of Y" is written when the document is saved, once the page count is
known (``NumberedCanvas``), so a document is laid out in one pass. A template made
with ``archival=True`` writes PDF/A-2b (``pdfa.py``).

Progress: a generator puts a ``ProgressMark`` after each unit of work (an
agenda item, an agreement, a person); when layout passes it the template
reports ``done/total`` and asks whether to stop, so the GUI's progress bar
follows the real work and Cancel takes effect within one unit.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop_app.domain.errors import RoundtableError
from desktop_app.domain.programme_versions import PublicationStamp

from .fonts import register_fonts
from .labels import label
from .pdfa import ArchivalInfo, make_archival
from .styles import HEADER_GAP, MARGIN, PALETTE, paper_size, sans, serif
from .text import clipped, draw_text, fit_size

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class DocumentCancelled(RoundtableError):
    """The user cancelled the document; nothing was written."""

    def __init__(self) -> None:
        super().__init__("document generation was cancelled; no file was written")


@dataclass(frozen=True)
class DocumentOptions:
    """What a user can choose for a document.

    ``languages``: the label/date/name language, or two for a bilingual
    programme (empty: the event's first language). ``agreements``: limit
    certificates to these references (empty: all that qualify). ``ready_only``: the
    programme leaves draft agreements out (by default it lists them, marked). ``item``:
    the seating chart and the flag sheet of one agenda item (its id, or ``"main"`` for
    the main table), and place cards in the seat order of its plan.
    """

    languages: tuple[str, ...] = ()
    paper: str = "a4"
    agreements: tuple[str, ...] = ()
    generated_at: dt.datetime | None = None
    #: The programme's version, for its footer (``services.publishing.publication_stamp``).
    publication: PublicationStamp | None = None
    ready_only: bool = False
    item: str | None = None

    def language_list(self, event_languages: list[str]) -> list[str]:
        chosen = [lang for lang in self.languages if lang] or list(event_languages[:1]) or ["en"]
        return chosen


@dataclass
class Progress:
    """Counts units of work, reports them and raises ``DocumentCancelled`` on request."""

    total: int = 0
    report: ProgressCallback | None = None
    cancelled: CancelCheck | None = None
    done: int = 0

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise DocumentCancelled()

    def step(self, count: int = 1) -> None:
        self.done = min(self.total, self.done + count) if self.total else self.done + count
        if self.report is not None:
            self.report(self.done, self.total)
        self.check()

    def start(self, total: int) -> None:
        self.total = total
        self.done = 0
        if self.report is not None:
            self.report(0, total)
        self.check()


class ProgressMark(Flowable):
    """Takes no space; marks the end of one unit of work in a story."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:  # nothing to draw
        pass


@dataclass
class PageDecor:
    """The running header and the footer of body pages."""

    header_left: str
    header_right: str
    language: str
    first_numbered_page: int = 1
    footer_note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    #: What the header shows instead of ``header_left`` when that would print smaller
    #: than ``HEADER_MINIMUM`` (a bilingual title: the first language's alone).
    header_left_short: str = ""


#: The cover's margin inside the page margin, left and right.
COVER_PADDING = 12 * mm
#: The smallest size of the running header's event title before it is shortened.
HEADER_MINIMUM = 6.5


class NumberedCanvas(Canvas):
    """A canvas that holds pages back until save, then writes "Page X of Y" on each."""

    def __init__(self, *args: Any, decor: PageDecor, archival: ArchivalInfo | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._archival = archival
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's, without the output

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            self._draw_footer(self.getPageNumber(), total)
            super().showPage()
        if self._archival is not None:
            make_archival(self, self._archival)
        super().save()

    def _draw_footer(self, page: int, total: int) -> None:
        decor = self._decor
        if page < decor.first_numbered_page:
            return
        width, _height = page_size(self)
        numbered = page - decor.first_numbered_page + 1
        pages = total - decor.first_numbered_page + 1
        self.saveState()
        self.setFillColor(PALETTE.muted)
        draw_text(self, width / 2, MARGIN * 0.55,
                  label(decor.language, "page_of", page=numbered, pages=pages), sans(), 7.5,
                  align="centre")
        if decor.footer_note:
            draw_text(self, width - MARGIN, MARGIN * 0.55, decor.footer_note, sans(), 7,
                      align="right")
        self.restoreState()


def page_size(canvas: Canvas) -> tuple[float, float]:
    """The canvas's page size: ReportLab has no public way to read it."""
    size: tuple[float, float] = canvas._pagesize  # type: ignore[attr-defined]
    return size


def draw_running_header(canvas: Canvas, decor: PageDecor) -> None:
    """Event title on the left, document title on the right, a hairline below."""
    width, height = page_size(canvas)
    y = height - MARGIN + 4 * mm
    canvas.saveState()
    usable = width - 2 * MARGIN
    right_size = fit_size(decor.header_right, sans(bold=True), 7.5, usable * 0.35, 5.5)
    canvas.setFillColor(PALETTE.navy)
    right_width = draw_text(canvas, width - MARGIN, y, decor.header_right, sans(bold=True),
                            right_size, align="right")
    left_room = usable - right_width - 8 * mm
    face = serif(italic=True)
    left = decor.header_left
    if decor.header_left_short and fit_size(left, face, 8, left_room, 0) < HEADER_MINIMUM:
        left = decor.header_left_short
    left_size = fit_size(left, face, 8, left_room, 5.5)
    canvas.setFillColor(PALETTE.muted)
    draw_text(canvas, MARGIN, y, clipped(left, face, left_size, left_room), face, left_size)
    canvas.setStrokeColor(PALETTE.gold)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, y - 2.6 * mm, width - MARGIN, y - 2.6 * mm)
    canvas.restoreState()


def draw_cover_frame(canvas: Canvas) -> None:
    """A quiet double rule around the cover: gold outside, a navy hairline inside."""
    width, height = page_size(canvas)
    canvas.saveState()
    canvas.setStrokeColor(PALETTE.gold)
    canvas.setLineWidth(1.2)
    outer = 11 * mm
    canvas.rect(outer, outer, width - 2 * outer, height - 2 * outer)
    canvas.setStrokeColor(PALETTE.navy)
    canvas.setLineWidth(0.3)
    inner = outer + 1.8 * mm
    canvas.rect(inner, inner, width - 2 * inner, height - 2 * inner)
    canvas.restoreState()


class DocumentTemplate(BaseDocTemplate):
    """Cover and body page templates, running header, progress marks."""

    def __init__(self, target: str | BinaryIO, *, paper: str, decor: PageDecor,
                 progress: Progress, title: str, subject: str = "",
                 landscape: bool = False, archival: bool = False,
                 created: dt.datetime | None = None, **kwargs: Any) -> None:
        register_fonts()
        width, height = paper_size(paper)
        if landscape:
            width, height = max(width, height), min(width, height)
        super().__init__(target, pagesize=(width, height), leftMargin=MARGIN,
                         rightMargin=MARGIN, topMargin=MARGIN + HEADER_GAP,
                         bottomMargin=MARGIN, title=title, author="Roundtable",
                         subject=subject, creator="Roundtable",
                         # Not Helvetica: no base-14 font appears in our PDFs at all.
                         initialFontName=serif(), **kwargs)
        self.decor = decor
        self.progress = progress
        #: Set for a PDF/A-2b document (``pdfa.py``): its Info and XMP say this.
        self.archival = ArchivalInfo(title=title, subject=subject,
                                     created=created) if archival else None
        cover_frame = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN,
                            id="cover", leftPadding=COVER_PADDING, rightPadding=COVER_PADDING,
                            topPadding=0, bottomPadding=0)
        body_frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height,
                           id="body", leftPadding=0, rightPadding=0, topPadding=0,
                           bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[cover_frame], autoNextPageTemplate="body",
                         onPage=lambda canvas, _doc: draw_cover_frame(canvas)),
            PageTemplate(id="body", frames=[body_frame],
                         onPage=lambda canvas, _doc: draw_running_header(canvas, decor)),
        ])

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, ProgressMark):
            self.progress.step()

    def build_story(self, story: list[Flowable], *, cover: bool) -> int:
        """Lay out ``story``; returns the number of pages written."""
        if not cover:
            self.pageTemplates.insert(0, self.pageTemplates.pop(1))
        canvasmaker = partial(NumberedCanvas, decor=self.decor, archival=self.archival)
        self.build(story, canvasmaker=canvasmaker)
        return int(self.page)

