"""Text from the database, made safe to print exactly as typed.

``Paragraph`` reads its text as markup: unescaped, ``AT&T`` prints as
``AT&T;``, ``a <b>unclosed`` raises and ``<script>x</script>`` vanishes. So
every string that comes from data goes through :func:`markup` (for
Platypus) or :func:`draw_text` (for the canvas), which escape it and route
characters the main font lacks to the fallback font.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from .fonts import FALLBACK, font_runs, needs_fallback


def markup(text: str | None, face: str) -> str:
    """``text`` as Paragraph markup that prints literally in ``face``.

    ``face`` is the style's font; runs it cannot draw are wrapped in
    ``<font name=…>`` for the fallback family, so a ``<b>`` around the result
    still selects the bold fallback.
    """
    if not text:
        return ""
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
    if not needs_fallback(text, face):
        return stringWidth(text, face, size)
    return sum(stringWidth(chunk, run_face, size) for run_face, chunk in font_runs(text, face))


def fit_size(text: str, face: str, size: float, width: float, minimum: float) -> float:
    """The largest size from ``size`` down to ``minimum`` at which ``text`` fits ``width``."""
    natural = text_width(text, face, size)
    if natural <= width:
        return size
    return max(minimum, size * width / natural)


def draw_text(canvas: Canvas, x: float, y: float, text: str, face: str, size: float,
              align: str = "left") -> float:
    """Draw one line of data text at baseline ``y``; returns its width.

    ``align`` is ``left`` (x is the start), ``centre`` or ``right`` (x is the end).
    """
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


def wrap_lines(text: str, face: str, size: float, width: float) -> list[str]:
    """Greedy word wrap of ``text`` into lines no wider than ``width``."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and text_width(candidate, face, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines
