"""Text from the database, made safe to print exactly as typed.

``Paragraph`` reads its text as markup: unescaped, ``AT&T`` prints as
``AT&T;``, ``a <b>unclosed`` raises and ``<script>x</script>`` vanishes. So
every string that comes from data goes through :func:`markup` (for
Platypus) or :func:`draw_text` (for the canvas), which escape it and route
characters the main font lacks to the fallback font.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from .fonts import FALLBACK, font_runs, needs_fallback

log = logging.getLogger(__name__)

ELLIPSIS = "\N{HORIZONTAL ELLIPSIS}"


#: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms.
_RIGHT_TO_LEFT_BLOCKS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def _has_right_to_left(text: str) -> bool:
    """A fast regular-expression test, confirmed by the characters' bidi class."""
    return bool(_RIGHT_TO_LEFT_BLOCKS.search(text)) and any(
        unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def visual(text: str) -> str:
    """``text`` in the order and letter forms a PDF needs for right-to-left scripts.

    PDF draws glyphs left to right, one per character: Arabic letters must be
    joined into their contextual forms (arabic-reshaper) and right-to-left runs
    reversed (the Unicode bidi algorithm, python-bidi), or a name like
    "كريم حداد" prints as isolated letters backwards. Text without
    right-to-left characters is returned unchanged (and the libraries are not
    even imported). Applied to one line at a time, which suits names and titles.
    """
    if not _has_right_to_left(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(text)))


def markup(text: str | None, face: str) -> str:
    """``text`` as Paragraph markup that prints literally in ``face``.

    ``face`` is the style's font; runs it cannot draw are wrapped in
    ``<font name=…>`` for the fallback family, so a ``<b>`` around the result
    still selects the bold fallback.
    """
    if not text:
        return ""
    text = visual(text)
    if not needs_fallback(text, face):
        return escape(text)
    parts = []
    for run_face, chunk in font_runs(text, face):
        if run_face == face:
            parts.append(escape(chunk))
        else:
            parts.append(f'<font name="{FALLBACK}">{escape(chunk)}</font>')
    return "".join(parts)


def text_width(text: str, face: str, size: float) -> float:
    """The printed width of ``text``, counting fallback runs in their own font."""
    text = visual(text)
    if not needs_fallback(text, face):
        return stringWidth(text, face, size)
    return sum(stringWidth(chunk, run_face, size) for run_face, chunk in font_runs(text, face))


def fit_size(text: str, face: str, size: float, width: float, minimum: float) -> float:
    """The largest size from ``size`` down to ``minimum`` at which ``text`` fits ``width``."""
    natural = text_width(text, face, size)
    if natural <= width:
        return size
    return max(minimum, size * width / natural)


def clipped(text: str, face: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` (unchanged when it fits); for a
    running header, which must not run into its neighbour and is not worth a warning."""
    if text_width(text, face, size) <= width:
        return text
    while text and text_width(text + ELLIPSIS, face, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def draw_text(canvas: Canvas, x: float, y: float, text: str, face: str, size: float,
              align: str = "left") -> float:
    """Draw one line of data text at baseline ``y``; returns its width.

    ``align`` is ``left`` (x is the start), ``centre`` or ``right`` (x is the end).
    """
    text = visual(text)
    runs = font_runs(text, face) if needs_fallback(text, face) else [(face, text)]
    width = sum(stringWidth(chunk, run_face, size) for run_face, chunk in runs)
    if align == "centre":
        x -= width / 2
    elif align == "right":
        x -= width
    for run_face, chunk in runs:
        canvas.setFont(run_face, size)
        canvas.drawString(x, y, chunk)
        x += stringWidth(chunk, run_face, size)
    return width


def _break_word(word: str, face: str, size: float, width: float) -> list[str]:
    """A word wider than ``width`` cut into pieces that fit (no script hyphenates here).

    Character widths are added up (ReportLab does not kern), so a long word
    costs one measurement per character, not one per prefix.
    """
    pieces: list[str] = []
    start = 0
    used = 0.0
    for index, char in enumerate(word):
        char_width = text_width(char, face, size)
        if index > start and used + char_width > width:
            pieces.append(word[start:index])
            start, used = index, 0.0
        used += char_width
    pieces.append(word[start:])
    return pieces


def wrap_lines(text: str, face: str, size: float, width: float) -> list[str]:
    """Greedy word wrap of ``text`` into lines no wider than ``width``.

    A word wider than a whole line is cut between characters, so that nothing
    runs off the page.
    """
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, face, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if text_width(word, face, size) <= width:
            current = word
        else:
            *whole, current = _break_word(word, face, size, width)
            lines.extend(whole)
    if current:
        lines.append(current)
    return lines


def balanced_lines(text: str, face: str, size: float, width: float) -> list[str]:
    """``wrap_lines`` into as few lines as at ``width``, but as even as they can be: the
    narrowest width that still needs no more lines (no lone last word under a long line
    in a centred title)."""
    lines = wrap_lines(text, face, size, width)
    if len(lines) < 2:
        return lines
    low, high = width / len(lines), width
    while high - low > 1:
        middle = (low + high) / 2
        if len(wrap_lines(text, face, size, middle)) <= len(lines):
            high = middle
        else:
            low = middle
    return wrap_lines(text, face, size, high)


def fit_lines(text: str, face: str, size: float, width: float, *, max_lines: int,
              minimum: float) -> tuple[float, list[str]]:
    """The largest size (``size`` down to ``minimum``) at which ``text`` wraps into
    ``max_lines`` lines of ``width``, and those lines.

    Text too long even at ``minimum`` is shortened with an ellipsis, and a
    warning is logged: a certificate or a badge has only so much room.
    """
    current = size
    if text_width(text, face, minimum) > max_lines * width:
        current = minimum  # cannot fit even at the smallest size: shorten at once
    while True:
        lines = wrap_lines(text, face, current, width)
        if len(lines) <= max_lines:
            return current, lines
        if current <= minimum:
            break
        current = max(minimum, current * 0.9)
    kept = lines[:max_lines]
    last = kept[-1]
    while last and text_width(last + ELLIPSIS, face, current) > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + ELLIPSIS
    log.warning("text too long for its place, shortened: %r", text[:80])
    return current, kept


#: The line spacing of fitted text, in units of its size.
LEADING = 1.22
#: The smallest size anything is set at; text that does not fit even then is shortened.
SMALLEST = 2.0


@dataclass(frozen=True)
class Fitted:
    """A text set to fit its place: its size, its lines and how far it had to give.

    ``below_floor``: it fitted only in more lines than asked for or smaller than the
    floor; ``shortened``: not even then, and was cut (only absurd text is)."""

    text: str
    size: float
    lines: tuple[str, ...]
    floor: float
    below_floor: bool = False
    shortened: bool = False

    def height(self, leading: float = LEADING) -> float:
        return len(self.lines) * self.size * leading

    def problem(self, asked_lines: int) -> str:
        """What a warning says about it ("" when it fitted as asked)."""
        if self.shortened:
            return f"is too long even at {self.size:.1f} pt and was shortened"
        if not self.below_floor:
            return ""
        if self.size < self.floor - 0.05:
            return (f"does not fit {asked_lines} lines at {self.floor:g} pt; printed at "
                    f"{self.size:.1f} pt in {len(self.lines)} lines")
        return (f"does not fit {asked_lines} lines at {self.floor:g} pt; printed in "
                f"{len(self.lines)} lines")


def fit_text(text: str, face: str, size: float, width: float, *, lines: int = 3,
             floor: float, most_lines: int | None = None) -> Fitted:
    """``text`` wrapped into at most ``lines`` lines of ``width``, from ``size`` down to
    ``floor``; never cut short.

    Below the floor it is ``below_floor``: first at the floor in up to ``most_lines``
    lines, then smaller (down to ``SMALLEST``) in that many; only text too long even then
    is shortened with an ellipsis. The caller warns about anything below the floor.
    """
    most = max(lines, most_lines or lines)
    current = size
    while True:
        wrapped = wrap_lines(text, face, current, width)
        if len(wrapped) <= lines:
            return Fitted(text, current, tuple(wrapped), floor,
                          below_floor=current < floor - 0.01)
        if current <= floor:
            break
        current = max(floor, current * 0.95)
    current = min(size, floor)
    while True:
        wrapped = wrap_lines(text, face, current, width)
        if len(wrapped) <= most:
            return Fitted(text, current, tuple(wrapped), floor, below_floor=True)
        if current <= SMALLEST:
            break
        # Straight to about the size that fits, then step down.
        estimate = current * (most * width / max(text_width(text, face, current), 1.0))
        current = max(SMALLEST, min(current * 0.95, estimate))
    kept = wrapped[:most]
    last = kept[-1]
    while last and text_width(last + ELLIPSIS, face, current) > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + ELLIPSIS
    return Fitted(text, current, tuple(kept), floor, below_floor=True, shortened=True)


def draw_lines(canvas: Canvas, x: float, y: float, fitted: Fitted, face: str, *,
               leading: float = LEADING, align: str = "centre") -> float:
    """Draw the lines of ``fitted`` from baseline ``y``; returns the next baseline."""
    for line in fitted.lines:
        draw_text(canvas, x, y, line, face, fitted.size, align=align)
        y -= fitted.size * leading
    return y


def draw_fitted(canvas: Canvas, x: float, y: float, text: str, face: str, size: float,
                width: float, *, max_lines: int = 1, minimum: float | None = None,
                leading: float = 1.22, align: str = "centre") -> float:
    """Draw ``text`` fitted into ``max_lines`` lines of ``width``; returns the next baseline."""
    if not text:
        return y
    fitted, lines = fit_lines(text, face, size, width, max_lines=max_lines,
                              minimum=minimum if minimum is not None else size * 0.7)
    for line in lines:
        draw_text(canvas, x, y, line, face, fitted, align=align)
        y -= fitted * leading
    return y
