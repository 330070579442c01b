"""Rules, the certificate's frame and other drawn decoration.

The certificate frame is drawn once per document into a PDF form
(XObject) and placed on every page by reference, so a 1,000-page run pays
for the guilloche curves once.
"""
from __future__ import annotations

import math

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from .styles import PALETTE


class Rule(Flowable):
    """A horizontal line of ``width`` (centred or flush left) with space around it."""

    def __init__(self, width: float, color: Color, thickness: float = 0.5, *,
                 centred: bool = False, space_before: float = 0,
                 space_after: float = 2 * mm) -> None:
        super().__init__()
        self.rule_width = width
        self.color = color
        self.thickness = thickness
        self.centred = centred
        self.space_before = space_before
        self.space_after = space_after

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._available = available_width
        return available_width, self.space_before + self.thickness + self.space_after

    def draw(self) -> None:
        canvas = self.canv
        x = (self._available - self.rule_width) / 2 if self.centred else 0
        y = self.space_after + self.thickness / 2
        canvas.saveState()
        canvas.setStrokeColor(self.color)
        canvas.setLineWidth(self.thickness)
        canvas.line(x, y, x + self.rule_width, y)
        canvas.restoreState()


def _rope(canvas: Canvas, x0: float, y0: float, x1: float, y1: float, amplitude: float,
          wavelength: float, strands: int = 3) -> None:
    """Interlaced sine strands along the segment (x0, y0)–(x1, y1)."""
    length = math.hypot(x1 - x0, y1 - y0)
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    nx, ny = -uy, ux
    waves = max(1, round(length / wavelength))
    steps = waves * 16
    for strand in range(strands):
        phase = 2 * math.pi * strand / strands
        path = canvas.beginPath()
        for step in range(steps + 1):
            t = step / steps
            offset = amplitude * math.sin(2 * math.pi * waves * t + phase)
            px = x0 + ux * length * t + nx * offset
            py = y0 + uy * length * t + ny * offset
            if step == 0:
                path.moveTo(px, py)
            else:
                path.lineTo(px, py)
        canvas.drawPath(path, stroke=1, fill=0)


def _rosette(canvas: Canvas, cx: float, cy: float, radius: float, petals: int = 12) -> None:
    """A spirograph rosette: circles whose centres ride a smaller circle."""
    for index in range(petals):
        angle = 2 * math.pi * index / petals
        canvas.circle(cx + radius * 0.45 * math.cos(angle), cy + radius * 0.45 * math.sin(angle),
                      radius * 0.55, stroke=1, fill=0)
    canvas.circle(cx, cy, radius * 0.16, stroke=1, fill=0)


def draw_certificate_frame(canvas: Canvas, width: float, height: float) -> None:
    """The framing border: navy outer rule, guilloche band, gold inner rules, corner rosettes."""
    outer = 9 * mm
    band = 7.5 * mm
    canvas.saveState()
    # Outer double rule.
    canvas.setStrokeColor(PALETTE.navy)
    canvas.setLineWidth(2.2)
    canvas.rect(outer, outer, width - 2 * outer, height - 2 * outer)
    canvas.setLineWidth(0.5)
    inset = outer + 1.6 * mm
    canvas.rect(inset, inset, width - 2 * inset, height - 2 * inset)
    # Guilloche band between the outer rules and the inner frame.
    mid = inset + band / 2
    canvas.setStrokeColor(PALETTE.gold)
    canvas.setLineWidth(0.35)
    corner = band * 1.3
    for x0, y0, x1, y1 in (
        (mid + corner, mid, width - mid - corner, mid),
        (mid + corner, height - mid, width - mid - corner, height - mid),
        (mid, mid + corner, mid, height - mid - corner),
        (width - mid, mid + corner, width - mid, height - mid - corner),
    ):
        _rope(canvas, x0, y0, x1, y1, amplitude=band * 0.32, wavelength=7 * mm)
    # Corner rosettes.
    corners = ((mid, mid), (width - mid, mid), (mid, height - mid), (width - mid, height - mid))
    for cx, cy in corners:
        _rosette(canvas, cx, cy, band * 0.72)
    # Inner frame: gold, then a hairline navy just inside it.
    inner = inset + band
    canvas.setStrokeColor(PALETTE.gold)
    canvas.setLineWidth(1.1)
    canvas.rect(inner, inner, width - 2 * inner, height - 2 * inner)
    canvas.setStrokeColor(PALETTE.navy)
    canvas.setLineWidth(0.3)
    hair = inner + 1.3 * mm
    canvas.rect(hair, hair, width - 2 * hair, height - 2 * hair)
    canvas.restoreState()


def draw_seal(canvas: Canvas, cx: float, cy: float, radius: float) -> None:
    """A rosette seal in gold, for the certificate's lower centre."""
    canvas.saveState()
    canvas.setStrokeColor(PALETTE.gold)
    canvas.setLineWidth(0.35)
    _rosette(canvas, cx, cy, radius, petals=24)
    canvas.setLineWidth(0.9)
    canvas.circle(cx, cy, radius * 1.05, stroke=1, fill=0)
    canvas.setLineWidth(0.3)
    canvas.circle(cx, cy, radius * 1.13, stroke=1, fill=0)
    canvas.restoreState()
