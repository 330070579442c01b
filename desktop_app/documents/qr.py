"""QR codes encoded once with segno and drawn as a single PDF path.

ReportLab's ``QrCodeWidget`` encodes every code twice and draws one
rectangle per module (28 s for 1,000 certificates). Here the matrix is
encoded once, each row's dark modules are merged into runs, and the runs go
into one path that is filled in one operation.
"""
from __future__ import annotations

import segno
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

#: Light modules around the code, as the QR specification asks.
QUIET_ZONE = 2


def qr_matrix(data: str) -> list[list[bool]]:
    """The modules of ``data``'s QR code (error correction M), dark = True."""
    code = segno.make_qr(data, error="m", boost_error=False)
    return [[bool(module) for module in row] for row in code.matrix]


def draw_qr(canvas: Canvas, matrix: list[list[bool]], x: float, y: float, size: float,
            color: Color) -> None:
    """Draw ``matrix`` in a ``size`` square whose lower-left corner is (x, y)."""
    count = len(matrix) + 2 * QUIET_ZONE
    module = size / count
    path = canvas.beginPath()
    top = y + size - QUIET_ZONE * module
    for row_index, row in enumerate(matrix):
        row_y = top - (row_index + 1) * module
        start = None
        for col, dark in enumerate(row + [False]):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                path.rect(x + (QUIET_ZONE + start) * module, row_y, (col - start) * module,
                          module)
                start = None
    canvas.saveState()
    canvas.setFillColor(color)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
