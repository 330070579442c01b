"""What the partnership register writes out: the register as XLSX, CSV or JSON, the
renewal reminders as iCalendar, and the yearly partnership report as PDF.

The window and the command line both call these. Each reads the register once
(``register.list_register``: four queries whatever the number of events) and writes
its file atomically; the report is built into a temporary file beside the target and
moved into place only when complete, like every document (``services.documents``).
"""
from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop_app.documents.base import CancelCheck, Progress, ProgressCallback
from desktop_app.documents.partnership_report import ReportOptions, build_partnership_report
from desktop_app.domain.errors import ValidationError, problem
from desktop_app.domain.partnership import DEFAULT_NOTICE_DAYS, RegisterFilter
from desktop_app.domain.partnership_figures import (
    PartnershipFigures,
    partnership_figures,
    report_day,
)
from desktop_app.exchange.register_export import (
    RegisterExport,
    write_register_csv,
    write_register_json,
    write_register_xlsx,
)
from desktop_app.exchange.reminders_ics import write_reminders_ics
from desktop_app.storage.database import Database

from .activities import activities_between
from .exports import ExportResult, FileFormat
from .register import check_notice, list_register, today

REGISTER_FORMATS: tuple[FileFormat, ...] = (
    FileFormat("xlsx", "Excel workbook"),
    FileFormat("csv", "CSV, UTF-8"),
    FileFormat("json", "JSON"),
)


def _format(path: Path, allowed: tuple[str, ...], what: str) -> str:
    chosen = path.suffix.lstrip(".").lower()
    if chosen not in allowed:
        from desktop_app.exchange.files import ExportError

        raise ExportError(f"-o: the {what} export writes "
                          + ", ".join(f".{s}" for s in allowed) + f' files, got "{path.name}"')
    return chosen


def export_register(db: Database, path: Path, *, filters: RegisterFilter | None = None,
                    as_of: dt.date | None = None,
                    notice_days: int = DEFAULT_NOTICE_DAYS) -> ExportResult:
    """Write the register (one row per agreement, soonest end first) as XLSX, CSV or
    JSON, chosen by the file's suffix."""
    chosen = _format(path, tuple(f.suffix for f in REGISTER_FORMATS), "register")
    day = as_of or today()
    everything = list_register(db, as_of=day, notice_days=notice_days)
    rows = [row for row in everything if filters is None or filters.matches(row)]
    export = RegisterExport(rows, {row.id: row for row in everything}, day, notice_days)
    {"xlsx": write_register_xlsx, "csv": write_register_csv,
     "json": write_register_json}[chosen](export, path)
    return ExportResult(path, chosen, len(rows), f"{len(rows)} agreements")


def export_reminders(db: Database, path: Path, *, notice_days: int = DEFAULT_NOTICE_DAYS,
                     as_of: dt.date | None = None) -> ExportResult:
    """Write one VTODO per agreement whose renewal is to start or whose end needs a
    decision (``exchange.reminders_ics``)."""
    _format(path, ("ics",), "reminders")
    day = as_of or today()
    rows = list_register(db, as_of=day, notice_days=notice_days)
    count = write_reminders_ics(rows, path, notice_days=notice_days, as_of=day)
    return ExportResult(path, "ics", count, f"{count} reminders")


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    figures: PartnershipFigures


def report_figures(db: Database, year: int, *, country: str | None = None,
                   organization: str | None = None,
                   as_of: dt.date | None = None) -> PartnershipFigures:
    """The figures of the report for ``year``: lifecycles at the end of the year (or on
    ``as_of``, today by default, while the year is not over)."""
    if not 1900 <= year <= 9999:
        raise ValidationError(problem("year", year, "is not a year such as 2025"))
    day = report_day(year, as_of or today())
    rows = list_register(db, as_of=day)
    activities = activities_between(db, dt.date(year, 1, 1), dt.date(year, 12, 31))
    return partnership_figures(rows, activities, year=year, as_of=day,
                               country=country.upper() if country else None,
                               organization=organization)


def print_partnership_report(db: Database, path: Path | str, *, year: int | None = None,
                             country: str | None = None, organization: str | None = None,
                             language: str = "en", paper: str = "a4",
                             as_of: dt.date | None = None,
                             progress: ProgressCallback | None = None,
                             cancelled: CancelCheck | None = None) -> ReportResult:
    """Write the yearly partnership report (``year``: the current one by default)."""
    path = Path(path).expanduser()
    if path.suffix.lower() != ".pdf":
        raise ValidationError(problem("output", str(path), "must be a file name ending in .pdf"))
    if not path.parent.is_dir():
        raise ValidationError(problem("output", str(path), 'its folder "{folder}" does not exist',
                                      folder=path.parent))
    day = as_of or today()
    figures = report_figures(db, year or day.year, country=country,
                             organization=organization, as_of=day)
    tracker = Progress(report=progress, cancelled=cancelled)
    tracker.check()
    options = ReportOptions(language=language, paper=paper, country=figures.country,
                            organization=organization)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".pdf.part",
                                             dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            pages = build_partnership_report(figures, handle, options, tracker)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return ReportResult(path, pages, figures)


__all__ = ["REGISTER_FORMATS", "ReportResult", "check_notice", "export_register",
           "export_reminders", "print_partnership_report", "report_figures"]
