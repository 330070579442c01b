"""How fast the printed documents are, against a bare-canvas baseline.

Run: ``python benchmarks/bench_documents.py [agreements] [items]`` (defaults
1,000 and 300). It imports a synthetic event (``benchmarks/synthetic.py``)
into a temporary SQLite file and times, best of ``REPEATS`` runs each:

- the certificates of every signed/ready agreement, as the application
  makes them (``documents.certificates.build_certificates``);
- a baseline on a bare ReportLab canvas that writes the same strings with
  the same fonts at the same places (recorded from a real run beforehand, so
  no measuring, wrapping or fallback runs) and draws the same QR code,
  encoded once with segno and drawn as one path; the two run alternately so
  that load from other processes hits both alike;
- the programme of the whole event (3 days, 300 items), and the whole
  service call (load + build + atomic write) for both documents.

It prints a Markdown table for ``docs/performance.md``. Targets:
certificates within 1.5x of the baseline; the programme under 2 s.
"""
from __future__ import annotations

import io
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import segno
from reportlab.pdfgen.canvas import Canvas

from benchmarks.synthetic import synthetic_event
from desktop_app.documents.base import DocumentOptions, Progress
from desktop_app.documents.certificates import (
    CertificatePainter,
    build_certificates,
    certificate_agreements,
)
from desktop_app.documents.digest import verification_code
from desktop_app.documents.fonts import register_fonts
from desktop_app.documents.programme import build_programme
from desktop_app.documents.styles import serif
from desktop_app.domain.models import Event
from desktop_app.services.documents import generate_document
from desktop_app.services.events import import_event_document
from desktop_app.services.loading import load_event
from desktop_app.storage.database import open_database

REPEATS = 3
LANDSCAPE_A4 = (841.89, 595.28)


def best_of(function: Callable[[], object], repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


class RecordingCanvas(Canvas):
    """A canvas that notes every string drawn, with its font, size and place, per page."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.pages: list[list[tuple[str, float, float, float, str]]] = [[]]

    def drawString(self, x: float, y: float, text: str, *args: object, **kwargs: object
                   ) -> None:
        self.pages[-1].append((self._fontname, self._fontsize, x, y, text))
        super().drawString(x, y, text, *args, **kwargs)  # type: ignore[arg-type]

    def showPage(self) -> None:
        self.pages.append([])
        super().showPage()


def recorded_text(event: Event) -> list[list[tuple[str, float, float, float, str]]]:
    """Every string the real certificates draw, page by page (made once, before timing)."""
    canvas = RecordingCanvas(io.BytesIO(), pagesize=LANDSCAPE_A4)
    painter = CertificatePainter(canvas, event, event.primary_language)
    for agreement in certificate_agreements(event):
        painter.paint(agreement)
    return canvas.pages[:-1]


def baseline_certificates(event: Event, pages: list[list[tuple[str, float, float, float, str]]]
                          ) -> bytes:
    """The same strings, fonts and QR codes on a bare canvas: no measuring, wrapping or layout.

    The QR code is encoded once per page with segno (same data, same error
    level) and its dark modules drawn as one path, merging runs.
    """
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LANDSCAPE_A4, pageCompression=1,
                    initialFontName=serif(), initialFontSize=10)
    for agreement, strings in zip(certificate_agreements(event), pages, strict=True):
        for face, size, x, y, text in strings:
            canvas.setFont(face, size)
            canvas.drawString(x, y, text)
        matrix = segno.make_qr(verification_code(agreement), error="m", boost_error=False).matrix
        module = 68 / (len(matrix) + 4)
        path = canvas.beginPath()
        for row_index, row in enumerate(matrix):
            y = 150 - (row_index + 3) * module
            start = None
            for col, dark in enumerate([*row, 0]):
                if dark and start is None:
                    start = col
                elif not dark and start is not None:
                    path.rect(700 + (start + 2) * module, y, (col - start) * module, module)
                    start = None
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def interleaved_best(first: Callable[[], object], second: Callable[[], object],
                     repeats: int = REPEATS) -> tuple[float, float]:
    """Best times of two functions run alternately, so that load on a shared machine
    affects both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeats):
        for function, bucket in ((first, times[0]), (second, times[1])):
            started = time.perf_counter()
            function()
            bucket.append(time.perf_counter() - started)
    return min(times[0]), min(times[1])


def main() -> None:
    agreements = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    items = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    register_fonts()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(os.path.join(folder, "bench.sqlite"))
        doc = synthetic_event(agreements=agreements, days=3, items=items)
        key = import_event_document(db, doc).event_key
        options = DocumentOptions()
        with db.reader() as session:
            event = load_event(session, key)
            pages = len(certificate_agreements(event))
            strings = recorded_text(event)  # also warms the font caches
            ours, bare = interleaved_best(
                lambda: build_certificates(event, io.BytesIO(), options, Progress()),
                lambda: baseline_certificates(event, strings))
            programme = best_of(lambda: build_programme(event, io.BytesIO(), options,
                                                        Progress()))
            programme_pages = build_programme(event, io.BytesIO(), options, Progress())
        target = Path(folder)
        service_certificates = best_of(lambda: generate_document(
            db, key, "certificates", target / "c.pdf"), 1)
        service_programme = best_of(lambda: generate_document(
            db, key, "programme", target / "p.pdf"), 1)
        size = (target / "c.pdf").stat().st_size
        db.dispose()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; best of {REPEATS}\n")
    print("| document | pages | time | pages/s | vs baseline |")
    print("|---|---|---|---|---|")
    print(f"| certificates ({pages} agreements) | {pages} | {ours:.2f} s | {pages / ours:.0f} | "
          f"{ours / bare:.2f}x |")
    print(f"| bare-canvas baseline (same text, fonts, QR) | {pages} | {bare:.2f} s | "
          f"{pages / bare:.0f} | 1.00x |")
    print(f"| programme ({items} items, 3 days) | {programme_pages} | {programme:.2f} s | "
          f"{programme_pages / programme:.0f} | — |")
    print(f"| service: certificates incl. load and write | {pages} | "
          f"{service_certificates:.2f} s | — | — |")
    print(f"| service: programme incl. load and write | {programme_pages} | "
          f"{service_programme:.2f} s | — | — |")
    print(f"\ncertificates PDF: {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
