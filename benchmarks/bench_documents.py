"""How fast the printed documents are, against a bare-canvas baseline.

Run alone: ``python benchmarks/bench_documents.py`` (or through ``run.py``). On
the benchmark event (``benchmarks/synth.py``: 10,000 people, 2,000 agreements,
300 agenda items over 3 days) it times, best of ``REPEATS`` runs each:

- the certificates of the first 1,000 signed/ready agreements in signing
  order, as the application makes them (``documents.certificates.build_certificates``);
- a baseline on a bare ReportLab canvas that writes the same strings with
  the same fonts at the same places (recorded from a real run beforehand, so
  no measuring, wrapping or fallback runs) and draws the same QR code,
  encoded once with segno and drawn as one path; the two run alternately so
  that load from other processes hits both alike;
- the programme of a 300-item event with 100 agreements (the documents
  issue's case: 600 people, 3 days) and, for information, the programme of
  the benchmark event itself, whose signing items list all 2,000 agreements.

Targets: certificates within 1.5x of the baseline; the programme under 2 s.
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import segno
from common import BenchContext, Figure, best_of, interleaved_best, timed
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from synthetic import synthetic_event

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
from desktop_app.services.events import import_event_document
from desktop_app.services.loading import load_event
from desktop_app.storage.database import open_database

NAME = "documents"
CERTIFICATES = 1000
REPEATS = 3
LANDSCAPE_A4 = (841.89, 595.28)


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


def recorded_text(event: Event, references: tuple[str, ...] = ()
                  ) -> list[list[tuple[str, float, float, float, str]]]:
    """Every string the real certificates draw, page by page (made once, before timing)."""
    canvas = RecordingCanvas(io.BytesIO(), pagesize=LANDSCAPE_A4)
    painter = CertificatePainter(canvas, event, event.primary_language)
    for agreement in certificate_agreements(event, references):
        painter.paint(agreement)
    return canvas.pages[:-1]


def baseline_certificates(event: Event, pages: list[list[tuple[str, float, float, float, str]]],
                          references: tuple[str, ...] = ()) -> bytes:
    """The same strings, fonts and QR codes on a bare canvas: no measuring, wrapping or layout.

    The QR code is encoded once per page with segno (same data, same error
    level) and its dark modules drawn as one path, merging runs.
    """
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LANDSCAPE_A4, pageCompression=1,
                    initialFontName=serif(), initialFontSize=10)
    for agreement, strings in zip(certificate_agreements(event, references), pages,
                                  strict=True):
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


def run(ctx: BenchContext) -> list[Figure]:
    register_fonts()
    figures = []
    db = open_database(str(ctx.database))
    try:
        with db.reader() as session:
            event = load_event(session, ctx.event_key)
            references = tuple(a.reference for a in certificate_agreements(event))[:CERTIFICATES]
            options = DocumentOptions(agreements=references)
            strings = recorded_text(event, references)  # also warms the font caches
            ours, bare = interleaved_best(
                lambda: build_certificates(event, io.BytesIO(), options, Progress()),
                lambda: baseline_certificates(event, strings, references), REPEATS)
            figures.append(Figure(
                NAME, f"certificates, {len(references):,} pages", ours[0], baseline=bare[0],
                max_ratio=1.5, runs=REPEATS, cpu_seconds=ours[1],
                note=f"CPU {ours[1]:.2f} s vs {bare[1]:.2f} s ({ours[1] / bare[1]:.2f}x); "
                     f"best of {REPEATS}, alternating"))
            figures.append(Figure(NAME, "baseline: bare canvas, same strings, fonts and QR codes",
                                  bare[0], runs=REPEATS, cpu_seconds=bare[1],
                                  memory_target=False))
            counted: list[int] = []
            big = timed(lambda: counted.append(build_programme(event, io.BytesIO(),
                                                               DocumentOptions(), Progress())))
            big_pages = counted[0]
        usual_file = ctx.workdir / "programme-event.sqlite"
        if not usual_file.exists():
            usual_db = open_database(str(usual_file))
            import_event_document(usual_db, synthetic_event(100, 3, 300))
            usual_db.dispose()
        usual_db = open_database(str(usual_file))
        try:
            with usual_db.reader() as session:
                usual = session.scalars(select(Event.key)).one()
                event = load_event(session, usual)
                pages = build_programme(event, io.BytesIO(), DocumentOptions(), Progress())
                programme = best_of(lambda: build_programme(event, io.BytesIO(),
                                                            DocumentOptions(), Progress()),
                                    REPEATS)
        finally:
            usual_db.dispose()
        figures.append(Figure(NAME, "programme, 300 items over 3 days, 100 agreements",
                              programme[0], max_seconds=2.0, runs=REPEATS,
                              cpu_seconds=programme[1],
                              note=f"{pages} pages; best of {REPEATS}"))
        figures.append(Figure(NAME, "programme of the benchmark event (2,000 agreements listed)",
                              big[0], cpu_seconds=big[1], memory_target=False,
                              note=f"{big_pages} pages; one run"))
    finally:
        db.dispose()
    return figures


def main() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for figure in run(BenchContext(Path(folder))):
            ratio = f"  ({figure.ratio:.2f}x)" if figure.ratio else ""
            print(f"{figure.name:<60} {figure.seconds:8.2f} s{ratio}  {figure.note}")


if __name__ == "__main__":
    main()
