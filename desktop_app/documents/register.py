"""The signing register: every agreement in signing order, then totals.

Landscape, one table whose header row repeats on every page (titles and
positions in the register's language, else the default text); then a summary
sentence ("40 agreements between 17 universities from 2 countries") and the
totals by status, by country and by university or organization. Cancelled
agreements stay in the table (the register is the record) but are left out
of the summary sentence, which says how many it left out ("3 agreements … (1 cancelled
not counted)"), so that it adds up with the totals by status.
"""
from __future__ import annotations

from collections import Counter
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.cldr import base_language, format_date, format_time
from desktop_app.domain.collation import sort_key
from desktop_app.domain.local_time import local_datetime
from desktop_app.domain.models import Agreement, Event, Organization
from desktop_app.domain.ordering import agreements_in_signing_order
from desktop_app.domain.vocabulary import AgreementStatus, OrganizationKind

from .base import DocumentOptions, DocumentTemplate, PageDecor, Progress, ProgressMark
from .columns import Column, bold_face, column_widths, unbroken_paragraph, words_of
from .labels import country_name, label, plural
from .ornaments import Rule
from .styles import PALETTE, style, table_style
from .text import markup

STATUS_COLOURS = {
    AgreementStatus.SIGNED.value: "#1F6F43",
    AgreementStatus.READY.value: "#1F3A5F",
    AgreementStatus.DRAFT.value: "#9A3412",
    AgreementStatus.CANCELLED.value: "#6B7280",
}


def _p(text: str, style_name: str, *, bold: bool = False) -> Paragraph:
    st = style(style_name)
    body = markup(text, st.fontName)
    return Paragraph(f"<b>{body}</b>" if bold else body, st)


def signing_time(agreement: Agreement, event: Event, language: str) -> str:
    """When it was signed (event time zone), or when it is planned, or a dash."""
    if agreement.signed_at is not None:
        local = local_datetime(agreement.signed_at, event.timezone)
        return f"{format_date(local.date(), language)}, {format_time(local, language)}"
    if agreement.status == AgreementStatus.READY and agreement.signing_item is not None:
        item = agreement.signing_item
        return f"({format_date(item.day, language)}, {format_time(item.start_time, language)})"
    return label(language, "none")


def summary_sentence(agreements: list[Agreement], language: str) -> str:
    """E.g. "40 agreements between 17 universities from 2 countries", and after it how
    many cancelled ones it does not count: "(1 cancelled not counted)"."""
    live = [a for a in agreements if a.status != AgreementStatus.CANCELLED]
    cancelled = len(agreements) - len(live)
    organizations: dict[int, Organization] = {}
    for agreement in live:
        for party in agreement.parties:
            organizations[party.organization.id] = party.organization
    countries = {org.country for org in organizations.values()}
    all_universities = bool(organizations) and all(
        org.kind == OrganizationKind.UNIVERSITY for org in organizations.values())
    word = "word.university" if all_universities else "word.organization"
    sentence = label(
        language, "summary",
        agreements=len(live), agreements_word=plural(language, len(live), "word.agreement"),
        organizations=len(organizations),
        organizations_word=plural(language, len(organizations), word),
        countries=len(countries), countries_word=plural(language, len(countries), "word.country"),
    )
    if cancelled:
        note = plural(language, cancelled, "cancelled_not_counted").format(count=cancelled)
        sentence += f" ({note})"
    return sentence


#: The left and the right padding of a cell.
CELL_PADDING = 4
#: The columns' shares of the width (number, reference, kind, title, parties, status,
#: signing time); the title and the parties give room to columns whose words need more.
SHARES = (0.035, 0.105, 0.11, 0.215, 0.335, 0.07, 0.13)
#: The most a reference column takes; a longer reference is set smaller.
REFERENCE_MOST = 0.2


def _columns(agreements: list[Agreement], language: str, keys: tuple[str, ...]
             ) -> list[Column]:
    """The register's columns: each as wide as its header's longest word, the
    references, kinds and statuses unbroken."""
    head = style("cell_head")
    sans_bold = bold_face(style("cell_sans").fontName)
    extra: dict[str, tuple[tuple[str, str, float], ...]] = {
        "no": words_of([str(len(agreements))], style("cell_muted").fontName, 7.5),
        "reference": words_of([a.reference for a in agreements], sans_bold,
                              style("cell_sans").fontSize, whole=True),
        "kind": words_of({label(language, f"agreement.{a.kind}") for a in agreements},
                         style("cell_muted").fontName, style("cell_muted").fontSize),
        "status": words_of({label(language, f"status.{a.status}") for a in agreements},
                           sans_bold, style("cell_sans").fontSize),
    }
    return [Column(share, words_of([label(language, key)], head.fontName, head.fontSize)
                   + extra.get(key, ()), flexible=key in ("title", "parties"),
                   padding=2 * CELL_PADDING,
                   most=REFERENCE_MOST if key == "reference" else 1.0)
            for key, share in zip(keys, SHARES, strict=True)]


def _table_style(header: bool = True) -> TableStyle:
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, PALETTE.rule),
    ]
    if header:
        commands += [("LINEBELOW", (0, 0), (-1, 0), 0.9, PALETTE.navy),
                     ("BOTTOMPADDING", (0, 0), (-1, 0), 5)]
    return table_style(commands)


def _agreement_row(number: int, agreement: Agreement, event: Event, language: str,
                   reference_width: float) -> list[object]:
    parties: list[Flowable] = []
    for party in agreement.parties:
        parties.append(_p(party.organization.local_name(language), "cell", bold=True))
        if party.signatory is not None:
            person = party.signatory
            name = person.local_name(language)
            if person.honorific:
                name = f"{person.honorific} {name}"
            position = person.text_in("position", language)
            detail = f"{name}, {position}" if position else name
            parties.append(_p(detail, "cell_note_flush"))
    colour = STATUS_COLOURS.get(agreement.status, "#1B2233")
    status_text = markup(label(language, f"status.{agreement.status}"),
                         style("cell_sans").fontName)
    status = Paragraph(f'<font color="{colour}"><b>{status_text}</b></font>', style("cell_sans"))
    return [
        _p(str(number), "cell_muted"),
        unbroken_paragraph(agreement.reference, style("cell_sans"), reference_width,
                           bold=True),
        _p(label(language, f"agreement.{agreement.kind}"), "cell_muted"),
        _p(agreement.text_in("title", language), "cell"),
        parties,
        status,
        _p(signing_time(agreement, event, language), "cell_sans"),
    ]


def _totals(agreements: list[Agreement], language: str, width: float) -> list[Flowable]:
    head = [_p(label(language, "by_status"), "cell_head"),
            _p(label(language, "agreements_count"), "cell_head")]
    statuses = Counter(a.status for a in agreements)
    status_rows = [[_p(label(language, f"status.{s.value}"), "cell_sans"),
                    _p(str(statuses[s.value]), "cell_right")]
                   for s in AgreementStatus if statuses[s.value]]
    by_country: Counter[str] = Counter()
    by_org: Counter[int] = Counter()
    orgs: dict[int, Organization] = {}
    for agreement in agreements:
        if agreement.status == AgreementStatus.CANCELLED:
            continue
        for country in {p.organization.country for p in agreement.parties}:
            by_country[country] += 1
        for party in agreement.parties:
            by_org[party.organization.id] += 1
            orgs[party.organization.id] = party.organization
    country_rows = [[_p(country_name(language, c), "cell_sans"), _p(str(n), "cell_right")]
                    for c, n in sorted(by_country.items(),
                                       key=lambda kv: (-kv[1], country_name(language, kv[0])))]
    collation = base_language(language)
    org_rows = [[_p(orgs[i].local_name(language), "cell_sans"),
                 _p(orgs[i].country, "cell_muted"), _p(str(n), "cell_right")]
                for i, n in sorted(by_org.items(), key=lambda kv: (
                    -kv[1], sort_key(orgs[kv[0]].local_name(language), collation)))]
    small = width * 0.3
    gap = width * 0.04
    status_table = Table([head] + status_rows, colWidths=[small * 0.7, small * 0.3])
    status_table.setStyle(_table_style())
    country_table = Table([[_p(label(language, "by_country"), "cell_head"),
                            _p(label(language, "agreements_count"), "cell_head")]]
                          + country_rows, colWidths=[small * 0.7, small * 0.3])
    country_table.setStyle(_table_style())
    left = Table([[status_table], [Spacer(1, 6 * mm)], [country_table]], colWidths=[small])
    left.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    right_width = width - small - gap
    org_table = Table([[_p(label(language, "by_organization"), "cell_head"), "",
                        _p(label(language, "agreements_count"), "cell_head")], *org_rows],
                      colWidths=[right_width * 0.76, right_width * 0.09, right_width * 0.15],
                      repeatRows=1, splitInRow=1)
    org_table.setStyle(_table_style())
    layout = Table([[left, "", org_table]], colWidths=[small, gap, right_width],
                   splitInRow=1)
    layout.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [layout]


def build_register(event: Event, target: str | BinaryIO, options: DocumentOptions,
                   progress: Progress) -> int:
    """Write the signing register of ``event``; returns the page count."""
    language = options.language_list(event.languages)[0]
    agreements = agreements_in_signing_order(event)
    # The table is laid out in one go: progress moves at the table and the totals.
    progress.start(2)
    title = event.text_in("title", language)
    decor = PageDecor(header_left=title, header_right=label(language, "register"),
                      language=language)
    doc = DocumentTemplate(target, paper=options.paper, decor=decor, progress=progress,
                           title=f"{title} — {label(language, 'register')}",
                           subject=label(language, "register"), landscape=True,
                           archival=True, created=options.generated_at)
    width = doc.width
    story: list[Flowable] = [
        _p(label(language, "register"), "h1"),
        _p(title, "intro"),
        Rule(width=width, color=PALETTE.gold, thickness=0.8, space_after=3 * mm),
    ]
    keys = ("no", "reference", "kind", "title", "parties", "status", "signed_at")
    header: list[object] = [_p(label(language, key), "cell_head") for key in keys]
    widths = column_widths(width, _columns(agreements, language, keys))
    rows: list[list[object]] = [header]
    for number, agreement in enumerate(agreements, start=1):
        rows.append(_agreement_row(number, agreement, event, language,
                                   widths[1] - 2 * CELL_PADDING))
    if agreements:
        table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
        commands = _table_style()
        for index in range(2, len(rows), 2):
            commands.add("BACKGROUND", (0, index), (-1, index), PALETTE.band)
        table.setStyle(commands)
        story.append(table)
    story.append(ProgressMark())
    story.append(Spacer(1, 8 * mm))
    summary = [_p(label(language, "totals"), "h2"),
               _p(summary_sentence(agreements, language), "summary")]
    story.append(KeepTogether(summary + _totals(agreements, language, width)))
    story.append(ProgressMark())
    return doc.build_story(story, cover=False)
