"""The programme: cover, agenda by day and time, list of participants.

One table per agenda item (time column, then kind, title, speakers in
speaking order, a panel's chair and numbered topics, a signing's agreements
in signing order, a draft marked as one or, with ``ready_only``, left out); a table
splits by row, so even a 40-agreement signing
flows across pages. Titles, topics, descriptions, positions, rooms and the
venue print in the programme's language (a missing translation: the default
text). With two languages every fixed label and date prints in both, and each
name and text shows its second form under the first when they differ.
"""
from __future__ import annotations

import datetime as dt
import itertools
from typing import BinaryIO

from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Indenter,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from desktop_app.cldr import format_date, format_date_range, format_time
from desktop_app.domain.models import AgendaItem, Agreement, Event, Person, Translatable
from desktop_app.domain.ordering import agenda_in_order
from desktop_app.domain.vocabulary import AgreementStatus

from .base import (
    COVER_PADDING,
    DocumentOptions,
    DocumentTemplate,
    PageDecor,
    Progress,
    ProgressMark,
)
from .change_notice import version_line
from .labels import caps, label
from .names import (
    organization_forms,
    participants,
    person_details,
    person_forms,
    text_forms,
    with_honorific,
)
from .ornaments import Rule
from .styles import PALETTE, sans, style, table_style
from .text import balanced_lines, markup, text_width

TIME_COLUMN = 24 * mm
NO_BREAK_SPACE = "\N{NO-BREAK SPACE}"
THIN_SPACE = "\N{THIN SPACE}"
NARROW_NO_BREAK_SPACE = "\N{NARROW NO-BREAK SPACE}"
MUTED_HEX = PALETTE.muted.hexval().replace("0x", "#")
WARNING_HEX = PALETTE.warning.hexval().replace("0x", "#")
#: An item with at most this many rows is kept on one page.
KEEP_TOGETHER_ROWS = 14
#: The sizes of the cover's title and subtitle, tried largest first until the cover fits
#: one page, and the room kept free at its foot.
COVER_SCALES = (1.0, 0.9, 0.8, 0.7, 0.6)
COVER_SLACK = 6 * mm


class Labels:
    """Fixed labels in one language, or "first / second" in two."""

    def __init__(self, language: str, second: str | None) -> None:
        self.language = language
        self.second = second

    def __call__(self, key: str, **values: object) -> str:
        first = label(self.language, key, **values)
        if not self.second:
            return first
        other = label(self.second, key, **values)
        return first if other == first else f"{first} / {other}"

    def caps(self, key: str) -> str:
        first = caps(self.language, key)
        if not self.second:
            return first
        other = caps(self.second, key)
        return first if other == first else f"{first} / {other}"

    def texts(self, record: Translatable, field: str) -> list[str]:
        """A record's text in the first language and, if different, in the second."""
        return text_forms(record, field, self.language, self.second)

    def joined(self, record: Translatable, field: str) -> str:
        """The forms of a text on one line, ``first / second`` (empty: no text)."""
        return " / ".join(self.texts(record, field))

    def dates(self, value: dt.date, *, weekday: bool = False) -> list[str]:
        """A date in the first language and, if different, in the second."""
        form = "full" if weekday else "long"
        forms = [format_date(value, self.language, form)]
        if self.second:
            other = format_date(value, self.second, form)
            if other != forms[0]:
                forms.append(other)
        return forms


def unbroken(text: str) -> str:
    """``text`` with no-break spaces: a line never breaks inside it (a date, say). CLDR's
    thin spaces (around a range's dash) become narrow no-break spaces."""
    return text.replace(" ", NO_BREAK_SPACE).replace(THIN_SPACE, NARROW_NO_BREAK_SPACE)


def forms_markup(forms: list[str], st: ParagraphStyle, width: float, *,
                 bold: bool = False) -> str:
    """Paragraph markup of a text in one or two languages (a date) where a line breaks
    only between the languages: ``first / second`` on one line if it fits ``width``,
    else each form on a line of its own; never inside a form."""
    face = st.fontName
    if bold:
        family, _bold, italic = ps2tt(face)
        face = tt2ps(family, 1, italic)
    pieces = [markup(unbroken(form), face) for form in forms]
    if bold:
        pieces = [f"<b>{piece}</b>" for piece in pieces]
    if text_width(" / ".join(forms), face, st.fontSize) <= width:
        return " / ".join(pieces)
    return "<br/>".join(pieces)


def _p(text: str, style_name: str) -> Paragraph:
    """A paragraph of *data* text: escaped, with font fallback."""
    st = style(style_name)
    return Paragraph(markup(text, st.fontName), st)


def _label(text: str) -> Paragraph:
    """A small heading inside an item (topics, speakers), kept with the line after it."""
    paragraph = _p(text, "h3")
    paragraph.keepWithNext = 1
    return paragraph


def _forms(forms: list[str], first_style: str, second_style: str) -> list[Flowable]:
    """A text in the first language, then its second-language form in ``second_style``."""
    return [_p(text, first_style if index == 0 else second_style)
            for index, text in enumerate(forms)]


def _centred(forms: list[str], first_style: str, second_style: str, width: float,
             scale: float = 1.0) -> list[Flowable]:
    """Like ``_forms`` for centred cover lines, each text broken into even lines, the
    type ``scale`` times its style's size."""
    flowables: list[Flowable] = []
    for index, text in enumerate(forms):
        st = style(first_style if index == 0 else second_style)
        if scale != 1.0:
            st = ParagraphStyle(f"{st.name}@{scale}", st, fontSize=st.fontSize * scale,
                                leading=st.leading * scale)
        lines = balanced_lines(text, st.fontName, st.fontSize, width)
        flowables.append(Paragraph("<br/>".join(markup(line, st.fontName) for line in lines),
                                   st))
    return flowables


def _muted(text: str, *, size: float = 8, italic: bool = False) -> str:
    """Inline markup for a smaller, muted sans line inside a serif paragraph."""
    face = sans()
    body = markup(text, face)
    if italic:
        body = f"<i>{body}</i>"
    return f'<font name="{face}" size="{size}" color="{MUTED_HEX}">{body}</font>'


def _person_block(person: Person, labels: Labels, prefix: str = "") -> Paragraph:
    """Name (and its second form) with position and organization, as one paragraph.

    One paragraph instead of three keeps a 300-item programme fast to lay out.
    """
    forms = person_forms(person, labels.language, labels.second)
    name_style = style("person")
    text = f"<b>{markup(with_honorific(person, forms[0]), name_style.fontName)}</b>"
    if prefix:
        text = markup(prefix, name_style.fontName) + text
    for other in forms[1:]:
        text += f"<br/>{_muted(other, italic=True)}"
    for detail in person_details(person, labels.language, labels.second):
        text += f"<br/>{_muted(detail)}"
    return Paragraph(text, name_style)


def _height(flowables: list[Flowable], width: float, height: float) -> float:
    """The height ``flowables`` take in a frame ``width`` wide (spaces not collapsed)."""
    return sum(flowable.wrap(width, height)[1] + flowable.getSpaceBefore()
               + flowable.getSpaceAfter() for flowable in flowables)


def _cover(event: Event, labels: Labels, frame_width: float, frame_height: float
           ) -> list[Flowable]:
    """The cover, on one page: a long title (in two languages, say) is set smaller and the
    space above it shrinks, rather than the cover running onto a second page."""
    for scale in COVER_SCALES:
        body = _cover_body(event, labels, frame_width, scale)
        height = _height(body, frame_width, frame_height)
        if height <= frame_height - COVER_SLACK:
            break
    top = min(frame_height * 0.16, frame_height - COVER_SLACK - height)
    return ([Spacer(1, top)] if top > 0 else []) + body


def _cover_body(event: Event, labels: Labels, frame_width: float, scale: float
                ) -> list[Flowable]:
    story: list[Flowable] = []
    story.append(Paragraph(markup(labels.caps("programme"), style("cover_kicker").fontName),
                           style("cover_kicker")))
    story.append(Rule(width=46 * mm, color=PALETTE.gold, thickness=1.2, centred=True,
                      space_after=9 * mm))
    story += _centred(labels.texts(event, "title"), "cover_title", "cover_title_second",
                      frame_width, scale)
    story += _centred(labels.texts(event, "subtitle"), "cover_subtitle", "cover_note",
                      frame_width, scale)
    story.append(Spacer(1, 10 * mm))
    dates = [format_date_range(event.start_date, event.end_date, labels.language)]
    if labels.second:
        other = format_date_range(event.start_date, event.end_date, labels.second)
        dates += [other] if other != dates[0] else []
    story.append(Paragraph(forms_markup(dates, style("cover_line"), frame_width, bold=True),
                           style("cover_line")))
    story.append(Paragraph(markup(labels.caps("venue"), style("cover_label").fontName),
                           style("cover_label")))
    for field in ("venue_name", "venue_address", "venue_city"):
        story += _forms(labels.texts(event, field), "cover_line", "cover_note")
    if event.hosts:
        story.append(Paragraph(markup(labels.caps("hosts"), style("cover_label").fontName),
                               style("cover_label")))
        for host in event.hosts:
            forms = organization_forms(host.organization, labels.language, labels.second)
            story.append(_p(forms[0], "cover_line"))
            for other in forms[1:]:
                story.append(_p(other, "cover_note"))
    story.append(Spacer(1, 12 * mm))
    story.append(Rule(width=20 * mm, color=PALETTE.gold, thickness=0.8, centred=True))
    return story


def signings(item: AgendaItem, ready_only: bool = False) -> list[Agreement]:
    """The agreements the programme lists under a signing item: all but the cancelled
    ones, or (``ready_only``) only those ready or signed."""
    left_out = {AgreementStatus.CANCELLED.value}
    if ready_only:
        left_out.add(AgreementStatus.DRAFT.value)
    return [a for a in item.agreements if a.status not in left_out]


def _item_rows(item: AgendaItem, labels: Labels, show_rooms: bool, ready_only: bool = False
               ) -> list[list[Flowable | list[Flowable] | str]]:
    """The rows of one agenda item: time column left, everything else right. A draft
    agreement is marked as one."""
    kind_style = style("item_kind")
    kind = markup(labels.caps(f"kind.{item.kind}"), kind_style.fontName)
    if show_rooms:
        kind += f" {_muted('·  ' + labels.joined(item.room, 'name'), size=7.5)}"
    head: list[Flowable] = [Paragraph(kind, kind_style),
                            *_forms(labels.texts(item, "title"), "item_title",
                                    "item_title_second")]
    for index, text in enumerate(labels.texts(item, "description")):
        head.append(_p(text, "item_text") if index == 0
                    else Paragraph(_muted(text, size=9, italic=True), style("item_text")))
    start, end = (format_time(time, labels.language) for time in (item.start_time, item.end_time))
    times = f'<b>{start}</b><br/><font size="8" color="{MUTED_HEX}">– {end}</font>'
    rows: list[list[Flowable | list[Flowable] | str]] = [
        [Paragraph(times, style("time")), head]]
    if item.chair is not None:
        rows.append(["", _person_block(item.chair, labels, prefix=f"{labels('moderator')}: ")])
    if item.topics:
        rows.append(["", _label(labels.caps("topics"))])
        topic_style = style("topic")
        for number, topic in enumerate(item.topics, start=1):
            first, *others = labels.texts(topic, "text") or [""]
            text = markup(first, topic_style.fontName)
            for other in others:
                text += f"<br/>{_muted(other, size=8.5, italic=True)}"
            rows.append(["", Paragraph(text, topic_style, bulletText=f"{number}.")])
    if item.speakers and (item.chair is not None or item.topics):
        rows.append(["", _label(labels.caps("speakers"))])
    for link in item.speakers:
        rows.append(["", _person_block(link.person, labels)])
    listed = signings(item, ready_only)
    if listed:
        rows.append(["", _label(labels.caps("agreements_signed"))])
        cell = style("numbered")
        for number, agreement in enumerate(listed, start=1):
            parties = " · ".join(
                organization_forms(party.organization, labels.language, None)[0]
                for party in agreement.parties
            )
            first, *others = labels.texts(agreement, "title") or [""]
            text = f"<b>{markup(agreement.reference, cell.fontName)}</b> · "
            if agreement.status == AgreementStatus.DRAFT:
                mark = markup(labels.caps("draft_mark"), sans(bold=True))
                text += (f'<font name="{sans(bold=True)}" size="7.5" color="{WARNING_HEX}">'
                         f"{mark}</font> · ")
            text += markup(first, cell.fontName)
            for other in others:
                text += f"<br/>{_muted(other, size=8, italic=True)}"
            text += f"<br/>{_muted(parties, size=7.5)}"
            rows.append(["", Paragraph(text, cell, bulletText=f"{number}.")])
    return rows


def _item_flowables(rows: list[list[Flowable | list[Flowable] | str]], width: float,
                    lead: list[Flowable] | None = None) -> list[Flowable]:
    """The item as flowables: a two-cell header (time | kind and title), then its body.

    The body (chair, topics, speakers, agreements) flows as indented
    paragraphs rather than table rows: a 100-agreement signing then splits
    across pages without re-measuring the rest of a table at every page.
    No page ends with the header: it is kept with the body's first lines (a short
    item stays whole), and ``lead`` (a day's heading) with the header. A label
    inside the body (speakers, agreements) is kept with the line after it.
    """
    header = Table([rows[0]], colWidths=[TIME_COLUMN, width - TIME_COLUMN], splitInRow=1)
    header.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    body: list[Flowable] = []
    for _time, cell in rows[1:]:
        body.extend(cell if isinstance(cell, list) else [cell])  # type: ignore[list-item]
    head = [*(lead or []), header]
    rule = Rule(width=width, color=PALETTE.rule, thickness=0.4, space_before=7, space_after=0)
    if not body:
        return [KeepTogether([*head, rule])]
    if len(rows) <= KEEP_TOGETHER_ROWS:
        return [KeepTogether([*head, Indenter(left=TIME_COLUMN), *body,
                              Indenter(left=-TIME_COLUMN), rule])]
    return [KeepTogether([*head, Indenter(left=TIME_COLUMN), *body[:3]]), *body[3:],
            Indenter(left=-TIME_COLUMN), rule]


#: Participants per table: a table re-measures its remaining rows at every page
#: break, so a long list is laid out as a series of short tables.
PARTICIPANT_CHUNK = 30


def _participant_row(person: Person, labels: Labels) -> list[Paragraph]:
    cell = style("cell")
    forms = person_forms(person, labels.language, labels.second)
    name = f"<b>{markup(with_honorific(person, forms[0]), cell.fontName)}</b>"
    for other in forms[1:]:
        name += f"<br/>{_muted(other, size=7.5, italic=True)}"
    details = [markup(text, cell.fontName) if index == 0
               else _muted(text, size=7.5, italic=True)
               for index, text in enumerate(labels.texts(person, "position"))]
    if person.organization is not None:
        details += [_muted(o, size=7.5) for o in
                    organization_forms(person.organization, labels.language, labels.second)]
    return [Paragraph(name, cell), Paragraph("<br/>".join(details), cell)]


def _participants(event: Event, labels: Labels, width: float) -> list[Flowable]:
    story: list[Flowable] = [NextPageTemplate("body"), PageBreak(),
                             _p(labels("participants"), "h1"),
                             Rule(width=width, color=PALETTE.gold, thickness=0.8,
                                  space_after=4 * mm)]
    rows = [_participant_row(p.person, labels) for p in participants(event, labels.language)]
    for start in range(0, len(rows), PARTICIPANT_CHUNK):
        table = Table(rows[start:start + PARTICIPANT_CHUNK],
                      colWidths=[width * 0.42, width * 0.58], splitInRow=1)
        table.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, PALETTE.rule),
        ]))
        story.append(table)
    story.append(ProgressMark())
    return story


def build_programme(event: Event, target: str | BinaryIO, options: DocumentOptions,
                    progress: Progress) -> int:
    """Write the programme of ``event`` (fully loaded) to ``target``; returns the page count."""
    languages = options.language_list(event.languages)
    labels = Labels(languages[0], languages[1] if len(languages) > 1 else None)
    items = agenda_in_order(event)
    progress.start(len(items) + 2)
    titles = labels.texts(event, "title") or [event.title]
    decor = PageDecor(header_left=" / ".join(titles), header_right=labels("programme"),
                      language=labels.language, first_numbered_page=2,
                      header_left_short=titles[0],
                      footer_note=version_line(options.publication, labels.language,
                                               event.timezone))
    doc = DocumentTemplate(target, paper=options.paper, decor=decor, progress=progress,
                           title=f"{titles[0]} — {labels('programme')}",
                           subject=labels("programme"))
    width = doc.width
    story: list[Flowable] = _cover(event, labels, width - 2 * COVER_PADDING, doc.height)
    story += [ProgressMark(), NextPageTemplate("body"), PageBreak()]
    show_rooms = len(event.rooms) > 1
    for day, day_items in itertools.groupby(items, key=lambda item: item.day):
        heading: list[Flowable] | None = [
            Paragraph(forms_markup(labels.dates(day, weekday=True), style("h1"), width),
                      style("h1")),
            Rule(width=width, color=PALETTE.gold, thickness=0.8, space_after=1 * mm)]
        for item in day_items:
            rows = _item_rows(item, labels, show_rooms, options.ready_only)
            story += _item_flowables(rows, width, heading)
            story.append(ProgressMark())
            heading = None
    story += _participants(event, labels, width)
    return doc.build_story(story, cover=True)
