"""The change notice: what changed in the programme since a published version.

One or two pages in the programme's fonts, styles and languages: a title naming the
version and its date, when the notice was issued, then the changes grouped by day and by
agenda item in programme order. Each change is a row: what changed (time, room, title,
speakers…), the old value struck through, and the new one beside it. With two languages
every label prints in both, and each text and name shows its second form under the first
when they differ.
"""
from __future__ import annotations

import datetime as dt
import itertools
from functools import partial
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop_app.cldr import format_date, format_time
from desktop_app.domain.local_time import local_datetime
from desktop_app.domain.models import Event
from desktop_app.domain.programme_versions import (
    Change,
    ChangeReport,
    PublicationStamp,
    VersionInfo,
    change_lines,
    text_in,
)

from .base import DocumentOptions, DocumentTemplate, PageDecor, Progress, ProgressMark
from .labels import caps, label, plural
from .names import text_forms
from .ornaments import Rule
from .styles import PALETTE, sans, style, table_style
from .text import markup

TIME_COLUMN = 24 * mm
LABEL_COLUMN = 34 * mm
MUTED = PALETTE.muted.hexval().replace("0x", "#")
NAVY = PALETTE.navy.hexval().replace("0x", "#")


class _Words:
    """Labels, dates and texts in one language, or in two (``first / second``)."""

    def __init__(self, languages: list[str], timezone: str) -> None:
        self.languages = languages[:2]
        self.timezone = timezone

    def label(self, key: str, **values: object) -> str:
        return _joined(label(tag, key, **values) for tag in self.languages)

    def caps(self, key: str) -> str:
        return _joined(caps(tag, key) for tag in self.languages)

    def date(self, day: dt.date, *, weekday: bool = False) -> str:
        form = "full" if weekday else "long"
        return _joined(format_date(day, tag, form) for tag in self.languages)

    def published(self, version: VersionInfo) -> dt.datetime:
        return local_datetime(version.published_at, self.timezone)

    def forms(self, lines_by_language: list[list[str]]) -> list[str]:
        """Each line in the first language and, under it, the second's where different."""
        first = lines_by_language[0]
        if len(lines_by_language) < 2:
            return first
        second = lines_by_language[1]
        result = []
        for index, line in enumerate(first):
            result.append(line)
            other = second[index] if index < len(second) else None
            if other and other != line:
                result.append(f"\x00{other}")  # marks a second-language form
        return result


def _joined(forms: Any) -> str:
    unique: list[str] = []
    for text in forms:
        if text not in unique:
            unique.append(text)
    return " / ".join(unique)


def _heading(report: ChangeReport, language: str, timezone: str) -> str:
    since = local_datetime(report.since.published_at, timezone)
    if report.until is None:
        return label(language, "changes_since", version=report.since.name,
                     date=format_date(since.date(), language))
    until = local_datetime(report.until.published_at, timezone)
    return label(language, "changes_between", version=report.since.name,
                 date=format_date(since.date(), language), until=report.until.name,
                 until_date=format_date(until.date(), language))


def _value(lines: list[str], *, old: bool) -> Paragraph:
    """A cell of values, one per line: struck through and muted when ``old``, else in navy;
    a second-language form (marked by ``_Words.forms``) smaller and in italics."""
    cell = style("cell")
    parts = []
    for line in lines or ["—"]:
        second = line.startswith("\x00")
        text = markup(line[1:] if second else line, cell.fontName)
        if second:
            text = f'<font size="7.5"><i>{text}</i></font>'
        if old and line != "—":
            parts.append(f'<font color="{MUTED}"><strike>{text}</strike></font>')
        elif old:
            parts.append(f'<font color="{MUTED}">{text}</font>')
        else:
            parts.append(f'<font color="{NAVY}">{text if second else f"<b>{text}</b>"}</font>')
    return Paragraph("<br/>".join(parts), cell)


def _change_row(change: Change, report: ChangeReport, words: _Words) -> list[Flowable]:
    by_language = [change_lines(change, report.old, report.new, tag,
                                partial(format_date, language=tag))
                   for tag in words.languages]
    # A language in which nothing changed (a title translated anew into another) is left
    # out, unless none changed: then the change is a date or a number, the same in each.
    differing = [pair for pair in by_language if pair[0] != pair[1]] or by_language[:1]
    old = words.forms([pair[0] for pair in differing])
    new = words.forms([pair[1] for pair in differing])
    what = Paragraph(markup(words.label(f"change.{change.kind}"), sans()), style("cell_muted"))
    if change.kind == "added":
        return [what, _value([], old=True), _value(new, old=False)]
    if change.kind == "removed":
        return [what, _value(old, old=True), _value([], old=True)]
    return [what, _value(old, old=True), _value(new, old=False)]


def _item_block(changes: list[Change], report: ChangeReport, words: _Words,
                width: float) -> list[Flowable]:
    """One agenda item: its time and title, then a row per change."""
    item = changes[0].current
    removed = changes[0].kind == "removed"
    times = (f"<b>{item['start']}</b><br/>"
             f'<font size="8" color="{MUTED}">– {item["end"]}</font>')
    kind = markup(words.caps(f"kind.{item['kind']}"), style("item_kind").fontName)
    titles = [text_in(item, "title", tag) for tag in words.languages]
    title_forms: list[str] = []
    for text in titles:
        if text and text not in title_forms:
            title_forms.append(text)
    head: list[Flowable] = [Paragraph(kind, style("item_kind"))]
    for index, text in enumerate(title_forms):
        st = style("item_title" if index == 0 else "item_title_second")
        body = markup(text, st.fontName)
        head.append(Paragraph(f"<strike>{body}</strike>" if removed else body, st))
    header = Table([[Paragraph(times, style("time")), head]],
                   colWidths=[TIME_COLUMN, width - TIME_COLUMN])
    header.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    rest = width - TIME_COLUMN - LABEL_COLUMN
    rows = Table([_change_row(change, report, words) for change in changes],
                 colWidths=[TIME_COLUMN + LABEL_COLUMN, rest / 2, rest / 2])
    rows.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), TIME_COLUMN), ("LEFTPADDING", (1, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEABOVE", (1, 1), (-1, -1), 0.25, PALETTE.rule),
    ]))
    rule = Rule(width=width, color=PALETTE.rule, thickness=0.4, space_before=4, space_after=0)
    return [KeepTogether([header, rows, rule])]


def _intro(event: Event, report: ChangeReport, words: _Words, issued: dt.datetime,
           width: float) -> list[Flowable]:
    story: list[Flowable] = []
    for index, language in enumerate(words.languages):
        text = _heading(report, language, words.timezone)
        st = style("h1" if index == 0 else "item_title_second")
        if index == 0 or text != _heading(report, words.languages[0], words.timezone):
            story.append(Paragraph(markup(text, st.fontName), st))
    story.append(Rule(width=width, color=PALETTE.gold, thickness=0.8, space_after=2 * mm))
    titles = text_forms(event, "title", words.languages[0],
                        words.languages[1] if len(words.languages) > 1 else None)
    intro = style("intro")
    lines = [" / ".join(titles) or event.title]
    count = len(report.changes)
    counted = _joined(f"{count} {plural(tag, count, 'word.change')}" for tag in words.languages)
    issued_text = _joined(label(tag, "changes_issued", date=format_date(issued.date(), tag),
                                time=format_time(issued, tag)) for tag in words.languages)
    lines.append(f"{issued_text} · {counted}")
    story.append(Paragraph("<br/>".join(markup(line, intro.fontName) for line in lines), intro))
    if report.changes:
        story.append(Paragraph(markup(words.label("changes_legend"), sans()), style("small")))
    else:
        story.append(Spacer(1, 6 * mm))
        story.append(Paragraph(markup(words.label("changes_none"), style("body").fontName),
                               style("body")))
    story.append(Spacer(1, 3 * mm))
    return story


def build_change_notice(event: Event, report: ChangeReport, target: str | BinaryIO,
                        options: DocumentOptions, progress: Progress) -> int:
    """Write the notice of ``report``'s changes to the programme of ``event`` (its row is
    enough: title and languages) to ``target``; returns the page count."""
    languages = options.language_list(event.languages)
    words = _Words(languages, event.timezone)
    groups = [list(changes) for _key, changes in
              itertools.groupby(report.changes, key=lambda change: change.item)]
    progress.start(len(groups) + 1)
    titles = text_forms(event, "title", languages[0], languages[1] if len(languages) > 1
                        else None) or [event.title]
    decor = PageDecor(header_left=" / ".join(titles), header_right=words.label("changes_title"),
                      language=languages[0], header_left_short=titles[0])
    doc = DocumentTemplate(target, paper=options.paper, decor=decor, progress=progress,
                           title=f"{titles[0]} — {label(languages[0], 'changes_title')}",
                           subject=label(languages[0], "changes_title"))
    width = doc.width
    issued = local_datetime(options.generated_at or dt.datetime.now(dt.UTC), event.timezone)
    story: list[Flowable] = _intro(event, report, words, issued, width)
    story.append(ProgressMark())
    for day, day_groups in itertools.groupby(groups, key=lambda group: group[0].day):
        story.append(Paragraph(markup(words.date(dt.date.fromisoformat(day), weekday=True),
                                      style("h2").fontName), style("h2")))
        story.append(Rule(width=width, color=PALETTE.gold, thickness=0.6, space_after=0))
        for changes in day_groups:
            story += _item_block(changes, report, words, width)
            story.append(ProgressMark())
    return doc.build_story(story, cover=False)



def version_line(stamp: PublicationStamp | None, language: str, timezone: str) -> str:
    """The programme's footer note: ``Version v2 of 28 February 2025, 14:30``, or
    ``Draft`` (with the version it changed since) when the programme has unpublished
    changes; empty without a stamp."""
    if stamp is None:
        return ""
    if stamp.latest is None:
        return label(language, "version_draft")
    published = local_datetime(stamp.latest.published_at, timezone)
    date = format_date(published.date(), language)
    if stamp.draft:
        return label(language, "version_draft_since", version=stamp.latest.name, date=date)
    return label(language, "version_published", version=stamp.latest.name, date=date,
                 time=format_time(published, language))
