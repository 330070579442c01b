"""Table columns wide enough for their words, and references that never break.

A column's share of the width suits English; a Kazakh header (``Түпнұсқалар``) or a
Russian status (``Подписано``) is wider and would break inside the word. So each column
is at least as wide as its longest word (of its header, and of the short texts it
holds: statuses, kinds), taking the room from the columns that hold running text.

A reference (``KZ-AZ/2026/003-CANCELLED``) is never broken: its column grows to the
longest reference, up to a limit, and a reference wider than that is set smaller to fit
(``unbroken_paragraph``). Not by a non-breaking hyphen (U+2011, which every shipped font
has): a reader copying the reference from the PDF would get U+2011 instead of the
hyphen, which ``verify`` and a search do not take for one.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from .text import markup, text_width

NO_BREAK_SPACE = "\N{NO-BREAK SPACE}"
#: Room for rounding: a word exactly as wide as its cell would still break.
SLACK = 1.0
#: A reference is set smaller rather than below this share of its size.
SMALLEST_REFERENCE = 0.55


@dataclass(frozen=True)
class Column:
    """A column: its share of the width, the words that must fit it unbroken (each with
    its face and size), whether it gives room to others (running text), its padding
    (left plus right) and the most it may take of the width."""

    share: float
    words: tuple[tuple[str, str, float], ...] = ()
    flexible: bool = False
    padding: float = 8.0
    most: float = 1.0

    def least(self, width: float) -> float:
        """The width its longest word needs (at most ``most`` of ``width``)."""
        longest = max((text_width(word, face, size) for word, face, size in self.words),
                      default=0.0)
        return min(longest + self.padding + SLACK, width * self.most)


def bold_face(face: str) -> str:
    """The bold face of ``face``'s family (what ``<b>`` selects)."""
    family, _bold, italic = ps2tt(face)
    return str(tt2ps(family, 1, italic))


def words_of(texts: Iterable[str], face: str, size: float, *, whole: bool = False
             ) -> tuple[tuple[str, str, float], ...]:
    """The words of ``texts`` (``whole``: each text is one word, as a reference is)."""
    found: dict[str, None] = {}
    for text in texts:
        for word in ([text] if whole else text.split()):
            found.setdefault(word)
    return tuple((word, face, size) for word in found)


def column_widths(width: float, columns: Sequence[Column]) -> list[float]:
    """Each column's width: its share, or the width its longest word needs when that is
    more, the difference taken from the flexible columns in proportion to their room
    above their own longest word."""
    widths = [width * column.share for column in columns]
    least = [column.least(width) for column in columns]
    needed = 0.0
    for index, minimum in enumerate(least):
        if widths[index] < minimum:
            needed += minimum - widths[index]
            widths[index] = minimum
    room = {index: widths[index] - least[index] for index, column in enumerate(columns)
            if column.flexible and widths[index] > least[index]}
    spare = sum(room.values())
    if needed and spare:
        taken = min(needed, spare)
        for index, free in room.items():
            widths[index] -= taken * free / spare
    return widths


def unbroken_paragraph(text: str, st: ParagraphStyle, width: float, *,
                       bold: bool = False) -> Paragraph:
    """``text`` on one line of ``width`` (a cell's width less its padding): as it is if it
    fits, else set smaller (down to ``SMALLEST_REFERENCE`` of its size); never broken
    at a space or a hyphen."""
    face = bold_face(st.fontName) if bold else st.fontName
    natural = text_width(text, face, st.fontSize)
    if natural > width - SLACK:
        size = max(st.fontSize * SMALLEST_REFERENCE, st.fontSize * (width - SLACK) / natural)
        st = ParagraphStyle(f"{st.name}@{size:.2f}", st, fontSize=size,
                            leading=st.leading * size / st.fontSize)
    body = markup(text.replace(" ", NO_BREAK_SPACE), face)
    return Paragraph(f"<b>{body}</b>" if bold else body, st)
