"""The yearly partnership report: what a rector or a ministry asks for, in one language.

A sentence on the year's new agreements ("40 new agreements between 17 universities of
2 countries"), the agreements by status and the agreements in force by partner country
(with a bar chart, ``reportlab.graphics``), the new, renewed and ended agreements of the
year, the activities by kind with their totals, the dormant agreements, those that end
next year, and the agreements in force per university or organization. The figures come
from ``domain.partnership_figures``; the fonts, styles and page template are every
document's (``base``, ``styles``), the words ``labels``.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop_app.cldr import base_language, format_date
from desktop_app.domain.collation import sort_key
from desktop_app.domain.partnership import RegisterRow
from desktop_app.domain.partnership_figures import PartnershipFigures
from desktop_app.domain.vocabulary import OrganizationKind

from .base import DocumentTemplate, PageDecor, Progress, ProgressMark
from .labels import country_name, label, plural
from .ornaments import Rule
from .styles import PALETTE, sans, style, table_style
from .text import markup

#: The longest list of agreements the report prints in a section before "… and N more".
MAX_LISTED = 200
#: At most this many countries get a bar in the chart (the rest are in the table).
MAX_BARS = 12
#: A list of at most this many agreements stays on one page with its heading.
KEEP_TOGETHER_ROWS = 12


@dataclass(frozen=True)
class ReportOptions:
    language: str = "en"
    paper: str = "a4"
    #: Names the scope: a partner country's code, an organization as typed.
    country: str | None = None
    organization: str | None = None


def _p(text: str, style_name: str, *, bold: bool = False) -> Paragraph:
    st = style(style_name)
    body = markup(text, st.fontName)
    return Paragraph(f"<b>{body}</b>" if bold else body, st)


def _table_style() -> TableStyle:
    return table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, PALETTE.rule),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, PALETTE.navy),
    ])


def standing_label(language: str, name: str) -> str:
    if name in ("draft", "ready", "signed", "cancelled"):
        return label(language, f"status.{name}")
    return label(language, f"lifecycle.{name}")


def summary_of_new(figures: PartnershipFigures, language: str) -> str:
    """"40 new agreements between 17 universities of 2 countries", in ``language``."""
    new = len(figures.new)
    if not new:
        return label(language, "partnership.no_new", year=figures.year)
    organizations = figures.new_organizations
    universities = all(p.kind == OrganizationKind.UNIVERSITY for p in organizations)
    word = "word.university" if universities else "word.organization"
    countries = len(figures.new_countries)
    return label(
        language, "partnership.summary_new",
        agreements=new, agreements_word=plural(language, new, "word.new_agreement"),
        organizations=len(organizations),
        organizations_word=plural(language, len(organizations), word),
        countries=countries, countries_word=plural(language, countries, "word.country"))


def _parties(row: RegisterRow, language: str) -> str:
    return " – ".join(party.short_name or party.local_name(language) for party in row.parties)


def _agreement_table(rows: Sequence[RegisterRow], language: str, width: float,
                     date_key: str, date_of: str) -> list[Flowable]:
    """Reference, title, parties and one date per agreement (``date_of``: the row's field
    or ``signed``/``ends``/``start``)."""
    if not rows:
        return [_p(label(language, "partnership.none"), "body")]
    header = [_p(label(language, key), "cell_head")
              for key in ("reference", "title", "parties", date_key)]
    body = []
    for row in rows[:MAX_LISTED]:
        if date_of == "signed":
            day = row.signed_at.date() if row.signed_at is not None else None
        elif date_of == "start":
            day = row.start
        else:
            day = row.state.ends_on
        body.append([_p(row.reference, "cell_sans", bold=True),
                     _p(row.title_in(language), "cell"),
                     _p(_parties(row, language), "cell_sans"),
                     _p(format_date(day, language) if day else label(language, "none"),
                        "cell_sans")])
    table = Table([header, *body], colWidths=[width * f for f in (0.17, 0.38, 0.27, 0.18)],
                  repeatRows=1, splitInRow=1)
    table.setStyle(_table_style())
    flowables: list[Flowable] = [table]
    if len(rows) > MAX_LISTED:
        flowables.append(_p(f"… +{len(rows) - MAX_LISTED}", "small"))
    return flowables


def _count_table(rows: list[tuple[str, int]], head: str, language: str,
                 width: float) -> Table:
    table = Table([[_p(head, "cell_head"), _p(label(language, "agreements_count"),
                                              "cell_head")]]
                  + [[_p(name, "cell_sans"), _p(str(count), "cell_right")]
                     for name, count in rows],
                  colWidths=[width * 0.75, width * 0.25], repeatRows=1)
    table.setStyle(_table_style())
    return table


def country_chart(rows: Sequence[tuple[str, int]], language: str, width: float
                  ) -> Drawing:
    """A horizontal bar per partner country (the most agreements first)."""
    shown = list(rows[:MAX_BARS])
    bar_height = 7 * mm
    label_room = 42 * mm
    height = max(1, len(shown)) * bar_height + 16 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    # (types-reportlab has a plot area's position and size as int; points are floats)
    chart.x = label_room  # type: ignore[assignment]
    chart.y = 8 * mm  # type: ignore[assignment]
    chart.width = width - label_room - 12 * mm  # type: ignore[assignment]
    chart.height = height - 14 * mm  # type: ignore[assignment]
    chart.data = [[count for _code, count in reversed(shown)] or [0]]
    chart.categoryAxis.categoryNames = [country_name(language, code)
                                        for code, _count in reversed(shown)] or [""]
    chart.categoryAxis.labels.fontName = sans()
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = PALETTE.rule
    chart.valueAxis.labels.fontName = sans()
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max([count for _code, count in shown] or [1])
    chart.valueAxis.valueMax = top + max(1, top // 10)
    chart.valueAxis.valueStep = max(1, (top + 4) // 5)
    chart.valueAxis.strokeColor = PALETTE.rule
    chart.valueAxis.gridStrokeColor = PALETTE.rule
    chart.valueAxis.visibleGrid = True
    chart.bars[0].fillColor = PALETTE.navy
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = sans(bold=True)
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    drawing.add(String(0, height - 4 * mm, label(language, "partnership.chart"),
                       fontName=sans(bold=True), fontSize=8, fillColor=PALETTE.navy))
    return drawing


def _scope_line(options: ReportOptions, language: str) -> str:
    if options.organization:
        return label(language, "partnership.scope_organization",
                     organization=options.organization)
    if options.country:
        return label(language, "partnership.scope_country",
                     country=country_name(language, options.country.upper()))
    return label(language, "partnership.scope_all")


def build_partnership_report(figures: PartnershipFigures, target: str | BinaryIO,
                             options: ReportOptions, progress: Progress) -> int:
    """Write the report of ``figures``; returns the page count."""
    language = options.language
    progress.start(4)
    title = label(language, "partnership.title_year", year=figures.year)
    decor = PageDecor(header_left=_scope_line(options, language),
                      header_right=label(language, "partnership.report"), language=language,
                      footer_note=format_date(figures.as_of, language))
    doc = DocumentTemplate(target, paper=options.paper, decor=decor, progress=progress,
                           title=title, subject=label(language, "partnership.report"))
    width = doc.width
    story: list[Flowable] = [
        _p(title, "h1"),
        _p(f"{_scope_line(options, language)} · "
           + label(language, "partnership.as_of", date=format_date(figures.as_of, language)),
           "intro"),
        Rule(width=width, color=PALETTE.gold, thickness=0.8, space_after=3 * mm),
        _p(summary_of_new(figures, language), "summary"),
    ]
    half = width * 0.46
    standing_rows = [(standing_label(language, name), count)
                     for name, count in figures.by_standing]
    country_rows = [(country_name(language, code), count)
                    for code, count in figures.by_country]
    side_by_side = Table([[_count_table(standing_rows, label(language, "partnership.by_standing"),
                                        language, half), "",
                           _count_table(country_rows, label(language, "partnership.by_country"),
                                        language, half)]],
                         colWidths=[half, width - 2 * half, half])
    side_by_side.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [side_by_side, Spacer(1, 5 * mm)]
    if figures.by_country:
        story.append(country_chart(figures.by_country, language, width))
    story.append(ProgressMark())

    story.append(_p(label(language, "partnership.in_year", year=figures.year), "h2"))
    for key, rows, date_key, date_of in (
            ("partnership.new", figures.new, "signed_at", "signed"),
            ("partnership.renewed", figures.renewed, "signed_at", "signed"),
            ("partnership.ended", figures.ended, "partnership.ends", "ends")):
        heading = _p(f"{label(language, key)}: {len(rows)}", "h3")
        tables = _agreement_table(rows, language, width, date_key, date_of)
        if len(rows) <= KEEP_TOGETHER_ROWS:
            story.append(KeepTogether([heading, *tables]))
        else:
            story += [heading, *tables]
    story.append(ProgressMark())

    story.append(_p(label(language, "partnership.activities"), "h2"))
    if figures.activities:
        rows_table = [[_p(label(language, "partnership.activity_kind"), "cell_head"),
                       _p(label(language, "partnership.records"), "cell_head"),
                       _p(label(language, "partnership.total"), "cell_head")]]
        for item in figures.activities:
            rows_table.append([_p(label(language, f"activity.{item.kind}"), "cell_sans"),
                               _p(str(item.records), "cell_right"),
                               _p(str(item.total), "cell_right")])
        rows_table.append([_p(label(language, "partnership.total"), "cell_sans", bold=True),
                           _p(str(sum(i.records for i in figures.activities)), "cell_right"),
                           _p(str(figures.activity_total), "cell_right")])
        table = Table(rows_table, colWidths=[width * 0.5, width * 0.2, width * 0.2])
        table.setStyle(_table_style())
        story.append(table)
    else:
        story.append(_p(label(language, "partnership.no_activities", year=figures.year),
                        "body"))
    story.append(ProgressMark())

    story.append(_p(label(language, "partnership.dormant"), "h2"))
    story += _agreement_table(figures.dormant, language, width, "partnership.start", "start")
    story.append(_p(label(language, "partnership.ending_next_year", year=figures.year + 1),
                    "h2"))
    story += _agreement_table(figures.ending_next_year, language, width, "partnership.ends",
                              "ends")
    story.append(_p(label(language, "partnership.by_organization"), "h2"))
    collation = base_language(language)
    organizations = sorted(figures.by_organization, key=lambda item: (
        -item.agreements, sort_key(item.party.local_name(language), collation)))
    if organizations:
        table = Table([[_p(label(language, "by_organization"), "cell_head"), "",
                        _p(label(language, "agreements_count"), "cell_head")]]
                      + [[_p(item.party.local_name(language), "cell_sans"),
                          _p(item.party.country, "cell_muted"),
                          _p(str(item.agreements), "cell_right")] for item in organizations],
                      colWidths=[width * 0.7, width * 0.1, width * 0.2], repeatRows=1,
                      splitInRow=1)
        table.setStyle(_table_style())
        story.append(table)
    else:
        story.append(_p(label(language, "partnership.none"), "body"))
    story.append(ProgressMark())
    return doc.build_story(story, cover=False)


__all__ = ["ReportOptions", "build_partnership_report", "country_chart", "summary_of_new"]
