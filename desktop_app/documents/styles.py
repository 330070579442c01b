"""The one stylesheet of every document: palette, paper, paragraph styles.

Documents ask for styles by name and never set fonts or colours inline, so
the whole set restyles here without their content changing. Titles and
names are set in Noto Serif; times, labels and small print in Noto Sans.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from desktop_app.domain.errors import ValidationError

from .fonts import SANS, SERIF, family, register_fonts


class Palette:
    """The colours of every document: navy and gold on white, one warning tone."""

    ink: Color = HexColor("#1B2233")
    navy: Color = HexColor("#1F3A5F")
    gold: Color = HexColor("#A8834A")
    muted: Color = HexColor("#5F6B7A")
    rule: Color = HexColor("#CBD2DB")
    band: Color = HexColor("#F3F5F8")
    warning: Color = HexColor("#9A3412")
    warning_band: Color = HexColor("#FFF4E5")


PALETTE = Palette()

PAPER_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
#: The seating chart may also be printed on A3, for a large table.
CHART_PAPER_SIZES: dict[str, tuple[float, float]] = {**PAPER_SIZES, "a3": A3}

#: Page margins of the flowing documents (programme, register, run sheet).
MARGIN = 20 * mm
HEADER_GAP = 9 * mm


def paper_size(name: str, sizes: dict[str, tuple[float, float]] = PAPER_SIZES
               ) -> tuple[float, float]:
    try:
        return sizes[name.lower()]
    except KeyError:
        raise ValidationError.single(
            "paper", name, f"must be one of {', '.join(sizes)}") from None


def serif(*, bold: bool = False, italic: bool = False) -> str:
    return family(SERIF).face(bold=bold, italic=italic)


def sans(*, bold: bool = False, italic: bool = False) -> str:
    return family(SANS).face(bold=bold, italic=italic)


@lru_cache(maxsize=1)
def stylesheet() -> dict[str, ParagraphStyle]:
    """Every named paragraph style (built once, after the fonts are registered)."""
    register_fonts()
    ink, muted = PALETTE.ink, PALETTE.muted
    # bulletFontName defaults to Helvetica, which cannot print ə or Cyrillic.
    base = ParagraphStyle("body", fontName=serif(), fontSize=10, leading=13.5, textColor=ink,
                          bulletFontName=sans())
    styles = {
        "body": base,
        "small": ParagraphStyle("small", base, fontName=sans(), fontSize=8, leading=10.5,
                                textColor=muted),
        "cover_kicker": ParagraphStyle("cover_kicker", base, fontName=sans(bold=True),
                                       fontSize=10, leading=14, textColor=PALETTE.gold,
                                       alignment=TA_CENTER, spaceAfter=10),
        "cover_title": ParagraphStyle("cover_title", base, fontName=serif(bold=True),
                                      fontSize=26, leading=33, textColor=PALETTE.navy,
                                      alignment=TA_CENTER, spaceAfter=12),
        # A bilingual programme's title in its second language, under the first.
        "cover_title_second": ParagraphStyle("cover_title_second", base,
                                             fontName=serif(italic=True), fontSize=17,
                                             leading=22, textColor=PALETTE.navy,
                                             alignment=TA_CENTER, spaceAfter=14),
        "cover_subtitle": ParagraphStyle("cover_subtitle", base, fontName=serif(italic=True),
                                         fontSize=14, leading=19, textColor=muted,
                                         alignment=TA_CENTER, spaceAfter=6),
        "cover_line": ParagraphStyle("cover_line", base, fontName=sans(), fontSize=11.5,
                                     leading=16, alignment=TA_CENTER),
        "cover_note": ParagraphStyle("cover_note", base, fontName=serif(italic=True),
                                     fontSize=9, leading=12, textColor=muted,
                                     alignment=TA_CENTER, spaceAfter=3),
        "cover_label": ParagraphStyle("cover_label", base, fontName=sans(bold=True),
                                      fontSize=8, leading=11, textColor=PALETTE.gold,
                                      alignment=TA_CENTER, spaceBefore=14, spaceAfter=3),
        "h1": ParagraphStyle("h1", base, fontName=serif(bold=True), fontSize=17, leading=22,
                             textColor=PALETTE.navy, spaceAfter=4),
        "h2": ParagraphStyle("h2", base, fontName=serif(bold=True), fontSize=13, leading=17,
                             textColor=PALETTE.navy, spaceBefore=14, spaceAfter=6),
        "h3": ParagraphStyle("h3", base, fontName=sans(bold=True), fontSize=8.5, leading=11,
                             textColor=PALETTE.gold, spaceBefore=8, spaceAfter=3),
        "intro": ParagraphStyle("intro", base, fontName=serif(italic=True), fontSize=10.5,
                                leading=14, textColor=muted, spaceAfter=8),
        "time": ParagraphStyle("time", base, fontName=sans(), fontSize=9.5,
                               leading=12.5, textColor=PALETTE.navy),
        "time_end": ParagraphStyle("time_end", base, fontName=sans(), fontSize=8, leading=11,
                                   textColor=muted),
        "item_kind": ParagraphStyle("item_kind", base, fontName=sans(bold=True), fontSize=7.5,
                                    leading=10, textColor=PALETTE.gold),
        "item_title": ParagraphStyle("item_title", base, fontName=serif(bold=True),
                                     fontSize=11.5, leading=15, spaceAfter=2),
        "item_title_second": ParagraphStyle("item_title_second", base,
                                            fontName=serif(italic=True), fontSize=10,
                                            leading=13, textColor=muted, spaceAfter=2),
        "item_room": ParagraphStyle("item_room", base, fontName=sans(), fontSize=8,
                                    leading=11, textColor=muted, alignment=TA_RIGHT),
        "item_text": ParagraphStyle("item_text", base, fontSize=9.5, leading=13),
        "person": ParagraphStyle("person", base, fontSize=9.5, leading=12.5, spaceBefore=2),
        "person_detail": ParagraphStyle("person_detail", base, fontName=sans(), fontSize=8,
                                        leading=10.5, textColor=muted),
        "topic": ParagraphStyle("topic", base, fontSize=9.5, leading=12.5, leftIndent=14,
                                bulletIndent=0, spaceBefore=1.5),
        "cell": ParagraphStyle("cell", base, fontName=serif(), fontSize=8.5, leading=11),
        "cell_sans": ParagraphStyle("cell_sans", base, fontName=sans(), fontSize=8,
                                    leading=10.5),
        "cell_muted": ParagraphStyle("cell_muted", base, fontName=sans(), fontSize=7.5,
                                     leading=10, textColor=muted),
        "cell_note": ParagraphStyle("cell_note", base, fontName=sans(), fontSize=7.5,
                                    leading=10, textColor=muted, leftIndent=16, spaceAfter=3),
        "cell_note_flush": ParagraphStyle("cell_note_flush", base, fontName=sans(),
                                          fontSize=7.5, leading=10, textColor=muted,
                                          spaceAfter=2.5),
        "numbered": ParagraphStyle("numbered", base, fontName=serif(), fontSize=8.5,
                                   leading=11, leftIndent=16, bulletIndent=0,
                                   bulletFontName=sans(), bulletFontSize=8, spaceAfter=2.5),
        "cell_head": ParagraphStyle("cell_head", base, fontName=sans(bold=True), fontSize=7.5,
                                    leading=10, textColor=PALETTE.navy),
        "cell_right": ParagraphStyle("cell_right", base, fontName=sans(), fontSize=8.5,
                                     leading=11, alignment=TA_RIGHT),
        "summary": ParagraphStyle("summary", base, fontName=serif(italic=True), fontSize=12,
                                  leading=16, textColor=PALETTE.navy, spaceBefore=4,
                                  spaceAfter=10),
        "warning_title": ParagraphStyle("warning_title", base, fontName=sans(bold=True),
                                        fontSize=10, leading=13, textColor=PALETTE.warning),
        "warning": ParagraphStyle("warning", base, fontName=sans(), fontSize=8.5, leading=11.5,
                                  textColor=PALETTE.ink),
        "check": ParagraphStyle("check", base, fontName=sans(), fontSize=9.5, leading=14,
                                alignment=TA_LEFT),
    }
    return styles


def style(name: str) -> ParagraphStyle:
    return stylesheet()[name]


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose plain-string cells use our sans face, not Helvetica.

    Tables set the cell font even for empty string cells, which would add an
    unembedded base-14 font to the PDF.
    """
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), sans()), *commands])
