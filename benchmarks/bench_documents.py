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


Timing = tuple[float, float]  # (wall seconds, CPU seconds of this process)


def _timed(function: Callable[[], object]) -> Timing:
    wall, cpu = time.perf_counter(), time.process_time()
    function()
    return time.perf_counter() - wall, time.process_time() - cpu


def best_of(function: Callable[[], object], repeats: int = REPEATS) -> Timing:
    runs = [_timed(function) for _ in range(repeats)]
    return min(run[0] for run in runs), min(run[1] for run in runs)


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
                     repeats: int = REPEATS) -> tuple[Timing, Timing]:
    """Best times of two functions run alternately, so that load from other processes on
    a shared machine affects both alike."""
    runs: tuple[list[Timing], list[Timing]] = ([], [])
    for _ in range(repeats):
        runs[0].append(_timed(first))
        runs[1].append(_timed(second))
    return tuple(  # type: ignore[return-value]
        (min(r[0] for r in bucket), min(r[1] for r in bucket)) for bucket in runs)


def _row(name: str, pages: int, timing: Timing, baseline: Timing | None = None) -> str:
    wall, cpu = timing
    ratio = "—" if baseline is None else f"{wall / baseline[0]:.2f}x wall, {cpu / baseline[1]:.2f}x CPU"
    return (f"| {name} | {pages} | {wall:.2f} s | {cpu:.2f} s | {pages / cpu:.0f} | {ratio} |")


def main() -> None:
    agreements = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    items = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    register_fonts()
    options = DocumentOptions()
    rows: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(os.path.join(folder, "bench.sqlite"))
        big = import_event_document(db, synthetic_event(agreements, 3, items)).event_key
        usual = import_event_document(db, synthetic_event(100, 3, items)).event_key
        with db.reader() as session:
            event = load_event(session, big)
            pages = len(certificate_agreements(event))
            strings = recorded_text(event)  # also warms the font caches
            ours, bare = interleaved_best(
                lambda: build_certificates(event, io.BytesIO(), options, Progress()),
                lambda: baseline_certificates(event, strings))
            rows.append(_row(f"certificates, {pages} agreements", pages, ours, bare))
            rows.append(_row("bare-canvas baseline: same strings, fonts and QR codes", pages,
                             bare))
            stress_pages = build_programme(event, io.BytesIO(), options, Progress())
            stress = best_of(lambda: build_programme(event, io.BytesIO(), options, Progress()))
        with db.reader() as session:
            event = load_event(session, usual)
            usual_pages = build_programme(event, io.BytesIO(), options, Progress())
            programme = best_of(lambda: build_programme(event, io.BytesIO(), options,
                                                        Progress()))
        rows.append(_row(f"programme, {items} items over 3 days, 100 agreements", usual_pages,
                         programme))
        rows.append(_row(f"programme, {items} items over 3 days, {agreements} agreements",
                         stress_pages, stress))
        target = Path(folder)
        service = best_of(lambda: generate_document(db, big, "certificates", target / "c.pdf"),
                          1)
        rows.append(_row("service call for the certificates (load, build, atomic write)",
                         pages, service))
        service = best_of(lambda: generate_document(db, usual, "programme", target / "p.pdf"),
                          1)
        rows.append(_row("service call for the 300-item programme", usual_pages, service))
        size = (target / "c.pdf").stat().st_size
        db.dispose()
    load = os.getloadavg()[0]
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load average {load:.1f} at the end; best of {REPEATS}\n")
    print("| document | pages | wall | CPU | pages per CPU s | vs baseline |")
    print("|---|---|---|---|---|---|")
    print("\n".join(rows))
    print(f"\ncertificates PDF for {pages} agreements: {size / 1024 / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
