"""The ceremony run sheet: what the protocol team holds during a signing.

At the top, a warning block lists every agreement that is not ready yet with
its readiness checklist. Then, for each signing item: the order of signings
with planned times (the item's time shared evenly), who sits where at the
table, originals and their languages, witnesses, and a kit checklist with
counts. Seating follows protocol: seen from the audience, the host side sits
on the right, so the guest is on the host's right hand. Titles and rooms print
in the run sheet's language, else the default text.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from desktop_app.cldr import format_date, format_time, format_time_range
from desktop_app.domain.models import AgendaItem, Agreement, AgreementParty, Event
from desktop_app.domain.ordering import agenda_in_order, agreements_in_signing_order
from desktop_app.domain.seating import FlagPlacement
from desktop_app.domain.vocabulary import READINESS_ITEMS, AgendaKind, AgreementStatus

from .base import DocumentOptions, DocumentTemplate, PageDecor, Progress, ProgressMark
from .columns import Column, bold_face, column_widths, unbroken_paragraph, words_of
from .flow import SpaceFor
from .labels import caps, country_name, label, upper
from .ornaments import Rule
from .styles import PALETTE, style, table_style
from .text import markup

CHECKED = "\N{CHECK MARK}"
UNCHECKED = "\N{BALLOT X}"
BOX = "\N{BALLOT BOX}"
SPARE_PENS = 2


def _p(text: str, style_name: str, *, bold: bool = False) -> Paragraph:
    st = style(style_name)
    body = markup(text, st.fontName)
    return Paragraph(f"<b>{body}</b>" if bold else body, st)


def not_ready(event: Event) -> list[Agreement]:
    """Drafts, and ready agreements whose checklist is incomplete, in signing order."""
    return [a for a in agreements_in_signing_order(event)
            if a.status == AgreementStatus.DRAFT
            or (a.status == AgreementStatus.READY and not a.is_fully_prepared)]


def planned_times(item: AgendaItem, count: int) -> list[dt.time]:
    """The item's time shared evenly between ``count`` signings."""
    if count == 0:
        return []
    start = dt.datetime.combine(item.day, item.start_time)
    slot = (dt.datetime.combine(item.day, item.end_time) - start) / count
    return [(start + slot * index).time() for index in range(count)]


def seating(agreement: Agreement, event: Event) -> list[AgreementParty]:
    """Parties from left to right as the audience sees the table: guests, then hosts."""
    host_ids = {host.organization_id for host in event.hosts}

    def is_host(party: AgreementParty) -> bool:
        return (party.organization_id in host_ids
                or party.organization.country == event.venue_country)

    return sorted(agreement.parties, key=lambda p: (is_host(p), p.position))


def _seat_labels(count: int, language: str) -> list[str]:
    if count == 2:
        return [label(language, "seat_left"), label(language, "seat_right")]
    return [label(language, "seat_n", n=n) for n in range(1, count + 1)]


def _warning_block(agreements: list[Agreement], language: str, width: float) -> Flowable:
    title = label(language, "not_ready_warning", count=len(agreements))
    rows: list[list[object]] = [[_p(f"\N{WARNING SIGN} {title}", "warning_title"), ""]]
    # References whole (up to 40% of the width; a longer one is set smaller): 8 + 6 points
    # of padding.
    widths = column_widths(width, [
        Column(0.22, words_of([a.reference for a in agreements],
                              bold_face(style("warning").fontName), style("warning").fontSize,
                              whole=True)
               + words_of({label(language, f"status.{a.status}") for a in agreements},
                          style("cell_muted").fontName, style("cell_muted").fontSize),
               padding=14, most=0.4),
        Column(0.78, flexible=True, padding=14)])
    for agreement in agreements:
        checks = "   ".join(
            f"{CHECKED if getattr(agreement, item) else UNCHECKED} "
            f"{label(language, f'readiness.{item}')}" for item in READINESS_ITEMS)
        status = label(language, f"status.{agreement.status}")
        rows.append([
            [unbroken_paragraph(agreement.reference, style("warning"), widths[0] - 14,
                                bold=True), _p(status, "cell_muted")],
            [_p(agreement.text_in("title", language), "warning"),
             _p(checks, "cell_muted")],
        ])
    table = Table(rows, colWidths=widths, splitInRow=1)
    table.setStyle(table_style([
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, -1), PALETTE.warning_band),
        ("LINEBEFORE", (0, 0), (0, -1), 3, PALETTE.warning),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, 0), 7),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
    ]))
    return table


#: The order table's columns' shares of the width (number, planned time, title, seating,
#: originals); the title and the seating give room to the others' longest words.
ORDER_SHARES = (0.05, 0.09, 0.33, 0.41, 0.12)


def _order_columns(agreements: list[Agreement], language: str, keys: tuple[str, ...]
                   ) -> list[Column]:
    """Each column as wide as its header's longest word (``Түпнұсқалар``), the number and
    the time; 4 points of padding on either side."""
    head = style("cell_head")
    extra = {"no": words_of([str(len(agreements))], style("cell_muted").fontName,
                            style("cell_muted").fontSize),
             "planned": words_of(["00:00"], bold_face(style("cell_sans").fontName),
                                 style("cell_sans").fontSize)}
    return [Column(share, words_of([label(language, key)], head.fontName, head.fontSize)
                   + extra.get(key, ()), flexible=key in ("title", "seating"))
            for key, share in zip(keys, ORDER_SHARES, strict=True)]


def _order_table(item: AgendaItem, agreements: list[Agreement], event: Event, language: str,
                 width: float, *, first_only: bool = False,
                 flags: Mapping[str, FlagPlacement] | None = None) -> Table:
    """The order of signing, a row per agreement under a header repeated on every page;
    ``first_only``: the header and the first row alone (to measure them). ``flags``: each
    agreement's flags at its signing table, a line under its seats."""
    keys = ("no", "planned", "title", "seating", "originals")
    header: list[object] = [_p(label(language, key), "cell_head") for key in keys]
    widths = column_widths(width, _order_columns(agreements, language, keys))
    rows: list[list[object]] = [header]
    times = planned_times(item, len(agreements))
    if first_only:
        agreements, times = agreements[:1], times[:1]
    for number, (agreement, time) in enumerate(zip(agreements, times, strict=True), start=1):
        seats: list[Flowable] = []
        ordered = seating(agreement, event)
        for seat, party in zip(_seat_labels(len(ordered), language), ordered, strict=True):
            person = party.signatory
            name = (f"{person.honorific + ' ' if person.honorific else ''}"
                    f"{person.local_name(language)}") if person else label(language, "none")
            seats.append(Paragraph(
                f'<font color="#A8834A"><b>'
                f'{markup(upper(seat, language), style("cell_sans").fontName)}'
                f"</b></font>  <b>{markup(name, style('cell_sans').fontName)}</b>",
                style("cell_sans")))
            seats.append(_p(party.organization.local_name(language), "cell_note_flush"))
        if agreement.witnesses:
            names = ", ".join(w.person.local_name(language) for w in agreement.witnesses)
            seats.append(_p(f"{label(language, 'witnesses')}: {names}", "cell_muted"))
        placement = (flags or {}).get(agreement.key)
        if placement is not None and placement.stands:
            countries = " · ".join(country_name(language, code) for code in placement.countries)
            seats.append(_p(label(language, "flags.order", countries=countries), "cell_muted"))
        languages = " · ".join(tag.upper() for tag in (agreement.languages or []))
        originals = [_p(str(agreement.originals_needed), "cell_sans", bold=True)]
        if languages:
            originals.append(_p(languages, "cell_muted"))
        title = [unbroken_paragraph(agreement.reference, style("cell_sans"), widths[2] - 8,
                                    bold=True),
                 _p(agreement.text_in("title", language), "cell")]
        if agreement.status != AgreementStatus.READY and agreement.status != AgreementStatus.SIGNED:
            title.append(_p(label(language, f"status.{agreement.status}"), "warning_title"))
        rows.append([_p(str(number), "cell_muted"),
                     _p(format_time(time, language), "cell_sans", bold=True),
                     title, seats, originals])
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    commands = table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, PALETTE.rule),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, PALETTE.navy),
    ])
    for index in range(2, len(rows), 2):
        commands.add("BACKGROUND", (0, index), (-1, index), PALETTE.band)
    table.setStyle(commands)
    return table


def _kit(agreements: list[Agreement], language: str, width: float) -> Flowable:
    originals = sum(a.originals_needed for a in agreements)
    seats = max((len(a.parties) for a in agreements), default=0)
    countries = {p.organization.country for a in agreements for p in a.parties}
    signatories = {p.signatory_id for a in agreements for p in a.parties if p.signatory_id}
    lines = [
        (label(language, "kit.folders"), str(originals)),
        (label(language, "kit.copies"), str(originals)),
        (label(language, "kit.pens"), f"{seats} + {SPARE_PENS}"),
        (label(language, "kit.flags"), str(len(countries))),
        (label(language, "kit.cards"), str(len(signatories))),
        (label(language, "kit.tray"), "1"),
    ]
    rows = [[_p(BOX, "check"), _p(text, "check"), _p(count, "cell_right", bold=True)]
            for text, count in lines]
    table = Table(rows, colWidths=[8 * mm, width * 0.6, 18 * mm], hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, PALETTE.rule),
    ]))
    return KeepTogether([_p(caps(language, "kit"), "h3"), table])


def build_runsheet(event: Event, target: str | BinaryIO, options: DocumentOptions,
                   progress: Progress, *, flags: Mapping[str, FlagPlacement] | None = None
                   ) -> int:
    """Write the ceremony run sheet of ``event``; returns the page count. ``flags``: the
    flags of each agreement's signing table (``services.seating_documents``), by key."""
    language = options.language_list(event.languages)[0]
    signing_items = [i for i in agenda_in_order(event) if i.kind == AgendaKind.SIGNING]
    live = [a for a in agreements_in_signing_order(event)
            if a.status != AgreementStatus.CANCELLED]
    unscheduled = [a for a in live if a.signing_item_id is None]
    progress.start(len(signing_items) + 1)
    event_title = event.text_in("title", language)
    decor = PageDecor(header_left=event_title, header_right=label(language, "runsheet"),
                      language=language)
    doc = DocumentTemplate(target, paper=options.paper, decor=decor, progress=progress,
                           title=f"{event_title} — {label(language, 'runsheet')}",
                           subject=label(language, "runsheet"))
    width = doc.width
    story: list[Flowable] = [
        _p(label(language, "runsheet"), "h1"),
        _p(event_title, "intro"),
        Rule(width=width, color=PALETTE.gold, thickness=0.8, space_after=4 * mm),
    ]
    pending = not_ready(event)
    if pending:
        story += [_warning_block(pending, language, width), Spacer(1, 6 * mm)]
    story.append(ProgressMark())
    for item in signing_items:
        agreements = [a for a in live if a.signing_item_id == item.id]
        when = (f"{format_date(item.day, language)} · "
                f"{format_time_range(item.start_time, item.end_time, language)} · "
                f"{item.room.text_in('name', language)}")
        heading = [_p(item.text_in("title", language), "h2"), _p(when, "small"),
                   Spacer(1, 3 * mm)]
        if agreements:
            heading.append(_p(caps(language, "signing_order"), "h3"))
            # No page ends with the heading or the table's header: they need its first row.
            first = _order_table(item, agreements, event, language, width, first_only=True,
                                 flags=flags)
            story += [SpaceFor([*heading, first]), *heading,
                      _order_table(item, agreements, event, language, width, flags=flags),
                      Spacer(1, 5 * mm), _kit(agreements, language, width)]
        else:
            heading.append(_p(label(language, "no_signings"), "intro"))
            story += [SpaceFor(heading), *heading]
        story.append(ProgressMark())
    if unscheduled:
        lines = []
        for agreement in unscheduled:
            status = label(language, f"status.{agreement.status}")
            title = agreement.text_in("title", language)
            lines.append(_p(f"{agreement.reference} — {title} ({status})", "body"))
        caption = _p(label(language, "unscheduled"), "h2")
        story += [SpaceFor([caption, lines[0]]), caption, *lines]
    return doc.build_story(story, cover=False)
