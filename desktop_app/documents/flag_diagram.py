"""The flag placement sheet: which national flag stands where, as the audience sees it.

For the main table (when it has a seating plan) the flag line behind the seat of honour;
then, for each signing item, each agreement's signing table: the flags from the
audience's left to right, each signatory's name and position behind their country's
flag, the seat, the country, and the reason protocol gives that place (the rules are
``domain.seating_flags``; the tables come from ``services.seating_documents.flag_sheet``).
The flags are the real ones (``documents.flags``); the page turns to landscape when a
table has more than five flags.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import BinaryIO, Protocol

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desktop_app.cldr import format_date, format_time_range
from desktop_app.domain.models import AgendaItem, Event, Person
from desktop_app.domain.seating import FlagPlacement, SigningTable

from .base import DocumentOptions, DocumentTemplate, PageDecor, Progress, ProgressMark
from .flags import FLAG_ASPECT, draw_flag
from .flow import SpaceFor
from .labels import caps, country_name, label
from .names import with_honorific
from .ornaments import Rule
from .seating_labels import flag_reason
from .styles import PALETTE, sans, serif, style
from .text import draw_fitted, draw_text, fit_lines, markup

#: More flags than this on one table turn the sheet to landscape.
PORTRAIT_MOST = 5


class FlagPlan(Protocol):
    @property
    def item_key(self) -> str | None: ...
    @property
    def flags(self) -> FlagPlacement: ...


class FlagTable(Protocol):
    @property
    def agreement_key(self) -> str: ...
    @property
    def reference(self) -> str: ...
    @property
    def table(self) -> SigningTable: ...


class FlagSigning(Protocol):
    @property
    def item_key(self) -> str: ...
    @property
    def tables(self) -> Sequence[FlagTable]: ...


class FlagSheetLike(Protocol):
    @property
    def plans(self) -> Sequence[FlagPlan]: ...
    @property
    def signings(self) -> Sequence[FlagSigning]: ...


def _p(text: str, style_name: str) -> Paragraph:
    return Paragraph(markup(text, style(style_name).fontName), style(style_name))


class FlagBand(Flowable):
    """One table's flags in a row, left to right as the audience sees them: who sits
    behind each flag, the flag, the table's edge, the country and the reason."""

    NAMES = 12 * mm
    BELOW = 22 * mm
    CAPTION = 6 * mm

    def __init__(self, placement: FlagPlacement,
                 sitters: dict[int, tuple[str, str]], language: str) -> None:
        super().__init__()
        self.placement = placement
        self.sitters = sitters  # seat -> (name, position)
        self.language = language

    def _flag_width(self, available: float) -> float:
        count = max(1, len(self.placement.stands))
        return min(28 * mm, available / count * 0.62)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        flag = self._flag_width(available_width)
        self.height = (self.NAMES + flag / FLAG_ASPECT + 7 * mm + self.BELOW + self.CAPTION)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        stands = self.placement.stands
        column = self.width / max(1, len(stands))
        flag = self._flag_width(self.width)
        flag_height = flag / FLAG_ASPECT
        table_top = self.CAPTION + self.BELOW
        # The signing table's front edge, under the flags.
        canvas.saveState()
        canvas.setFillColor(PALETTE.band)
        canvas.setStrokeColor(PALETTE.rule)
        canvas.rect(0, table_top - 3 * mm, self.width, 3 * mm, stroke=1, fill=1)
        canvas.restoreState()
        for index, stand in enumerate(stands):
            centre = column * (index + 0.5)
            usable = column - 3 * mm
            # The pole and its foot, then the flag at the pole's top.
            pole_top = table_top + 5 * mm + flag_height
            canvas.saveState()
            canvas.setStrokeColor(PALETTE.muted)
            canvas.setLineWidth(1.2)
            canvas.line(centre - flag / 2, table_top, centre - flag / 2, pole_top)
            canvas.setLineWidth(2)
            canvas.line(centre - flag / 2 - 2.2 * mm, table_top, centre - flag / 2 + 2.2 * mm,
                        table_top)
            canvas.restoreState()
            draw_flag(canvas, stand.country, centre - flag / 2, pole_top - flag_height, flag)
            # Behind the flag: who sits there.
            y = pole_top + self.NAMES - 3.2 * mm
            for seat in stand.seats:
                name, position = self.sitters.get(seat, (label(
                    self.language, "flags.no_signatory"), ""))
                canvas.setFillColor(PALETTE.ink)
                y = draw_fitted(canvas, centre, y, name, serif(bold=True), 9, usable,
                                max_lines=2, minimum=6)
                if position:
                    canvas.setFillColor(PALETTE.muted)
                    y = draw_fitted(canvas, centre, y + 1, position, sans(), 7, usable,
                                    max_lines=1, minimum=5)
            # Under the table: the country, the place, the reason.
            y = table_top - 3 * mm - 4.2 * mm
            canvas.setFillColor(PALETTE.navy)
            y = draw_fitted(canvas, centre, y, country_name(self.language, stand.country),
                            sans(bold=True), 9, usable, minimum=6)
            place = label(self.language, "flags.number", n=stand.position)
            if stand.seats:
                place += " · " + ", ".join(label(self.language, "seat_n", n=seat)
                                           for seat in stand.seats)
            canvas.setFillColor(PALETTE.gold)
            draw_text(canvas, centre, y, place, sans(bold=True), 6.5, align="centre")
            canvas.setFillColor(PALETTE.muted)
            size, lines = fit_lines(flag_reason(stand.reason, self.language),
                                    sans(italic=True), 7, usable, max_lines=3, minimum=5.5)
            y -= size * 1.5
            for line in lines:
                draw_text(canvas, centre, y, line, sans(italic=True), size, align="centre")
                y -= size * 1.2
        # The audience, at the foot.
        caption = caps(self.language, "seating.audience")
        canvas.setFillColor(PALETTE.muted)
        width = draw_text(canvas, self.width / 2, 1.5 * mm, caption, sans(bold=True), 7,
                          align="centre")
        canvas.setStrokeColor(PALETTE.muted)
        canvas.setLineWidth(0.5)
        for side in (-1, 1):
            start = self.width / 2 + side * (width / 2 + 2 * mm)
            canvas.line(start, 3.9 * mm, start + side * 20 * mm, 3.9 * mm)


def _sitters(table: SigningTable, people: dict[str, Person], language: str
             ) -> dict[int, tuple[str, str]]:
    found = {}
    for seat, key, _country in table.seats:
        person = people.get(key or "")
        if person is not None:
            found[seat] = (with_honorific(person, person.local_name(language)),
                           person.text_in("position", language) or "")
    return found


def _item_heading(item: AgendaItem | None, language: str) -> list[Flowable]:
    if item is None:
        return [_p(label(language, "seating.main_table"), "h2"),
                _p(label(language, "flags.main_intro"), "small")]
    when = (f"{format_date(item.day, language)} · "
            f"{format_time_range(item.start_time, item.end_time, language)} · "
            f"{item.room.text_in('name', language)}")
    return [_p(item.text_in("title", language) or item.key, "h2"), _p(when, "small")]


def build_flag_diagram(event: Event, target: str | BinaryIO, options: DocumentOptions,
                       progress: Progress, *, sheet: FlagSheetLike) -> int:
    """The flag placement sheet of ``event``; returns the page count."""
    language = options.language_list(event.languages)[0]
    people = {person.key: person for person in event.people}
    items = {item.key: item for item in event.agenda_items}
    agreements = {agreement.key: agreement for agreement in event.agreements}
    most = max([len(plan.flags.stands) for plan in sheet.plans]
               + [len(table.table.flags.stands) for signing in sheet.signings
                  for table in signing.tables] + [0])
    event_title = event.text_in("title", language) or event.key
    decor = PageDecor(header_left=event_title, header_right=label(language, "flags.title"),
                      language=language)
    doc = DocumentTemplate(target, paper=options.paper, decor=decor, progress=progress,
                           title=f"{event_title} — {label(language, 'flags.title')}",
                           subject=label(language, "flags.title"),
                           landscape=most > PORTRAIT_MOST)
    width = doc.width
    progress.start(len(sheet.plans) + len(sheet.signings) + 1)
    story: list[Flowable] = [_p(label(language, "flags.title"), "h1"), _p(event_title, "intro"),
                             Rule(width=width, color=PALETTE.gold, thickness=0.8,
                                  space_after=3 * mm), ProgressMark()]
    for plan in sheet.plans:
        heading = _item_heading(items.get(plan.item_key or options.item or ""), language)
        band = _band(plan.flags, {}, language)
        story += [KeepTogether([*heading, Spacer(1, 2 * mm), band]), ProgressMark()]
    for signing in sheet.signings:
        heading = [*_item_heading(items.get(signing.item_key), language),
                   _p(label(language, "flags.intro"), "small"), Spacer(1, 2 * mm)]
        if not signing.tables:
            heading.append(_p(label(language, "no_signings"), "intro"))
            story += [SpaceFor(heading), *heading]
        for number, table in enumerate(signing.tables):
            agreement = agreements.get(table.agreement_key)
            title = agreement.text_in("title", language) if agreement else ""
            arrangement = label(language, f"flags.arrangement.{table.table.flags.arrangement}") \
                if table.table.flags.stands else ""
            line = " · ".join(part for part in (table.reference, title, arrangement) if part)
            block = [_p(line, "cell_head"), Spacer(1, 1.5 * mm),
                     _band(table.table.flags, _sitters(table.table, people, language), language),
                     Spacer(1, 4 * mm)]
            story.append(KeepTogether([*heading, *block] if number == 0 else block))
        story.append(ProgressMark())
    if not sheet.plans and not sheet.signings:
        story.append(_p(label(language, "flags.nothing"), "intro"))
    return doc.build_story(story, cover=False)


def _band(placement: FlagPlacement, sitters: dict[int, tuple[str, str]],
          language: str) -> Flowable:
    if not placement.stands:
        return _p(label(language, "flags.none"), "small")
    return FlagBand(placement, sitters, language)
