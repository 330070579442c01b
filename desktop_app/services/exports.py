"""Export use cases the export dialogs and the ``export`` commands share.

Each function takes the database, an event id, a target path and a format
(by default the path's suffix), reads the event once through
``load_event`` (a fixed number of queries) and writes the file atomically.
``EXPORT_FORMATS`` lists what each export can write, for file dialogs. ``language``
chooses the language of names (signings) or of every text and name (agenda,
schedule; the event's first language by default); the commands check a typed tag
with ``services.languages.parse_language`` first.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.exchange.agenda_ics import write_agenda_ics
from desktop_app.exchange.files import ExportError
from desktop_app.exchange.frab_schedule import write_schedule_json, write_schedule_xml
from desktop_app.exchange.signing_csv import write_signing_csv
from desktop_app.exchange.signing_json import write_signing_json
from desktop_app.exchange.signing_records import signing_records
from desktop_app.exchange.signing_xlsx import write_signing_xlsx
from desktop_app.storage.database import Database

from .loading import load_event, load_event_agreements
from .publishing import calendar_of, publication_stamp


@dataclass(frozen=True)
class FileFormat:
    """One format an export can write: its suffix (no dot) and a label for file dialogs."""

    suffix: str
    label: str


EXPORT_FORMATS: dict[str, tuple[FileFormat, ...]] = {
    "signings": (
        FileFormat("xlsx", "Excel workbook"),
        FileFormat("csv", "CSV, UTF-8"),
        FileFormat("json", "JSON signing records"),
    ),
    "agenda": (FileFormat("ics", "iCalendar"),),
    "schedule": (
        FileFormat("xml", "frab/C3VOC schedule XML"),
        FileFormat("json", "frab/C3VOC schedule JSON"),
    ),
}


@dataclass(frozen=True)
class ExportResult:
    """What was written, for a status line: the path, the format and how many records."""

    path: Path
    format: str
    records: int
    description: str


def resolve_format(export: str, path: Path, format: str | None = None) -> str:
    """The format to write: ``format`` if given, else the suffix of ``path``; checked."""
    allowed = [f.suffix for f in EXPORT_FORMATS[export]]
    chosen = (format or path.suffix.lstrip(".")).lower()
    if chosen not in allowed:
        shown = f'"{path.name}"' if not format else f'"{format}"'
        raise ExportError(f"-o: the {export} export writes "
                          + ", ".join(f".{s}" for s in allowed) + f" files, got {shown}")
    return chosen


def export_signings(db: Database, event_key: str, path: Path, format: str | None = None,
                    *, language: str | None = None) -> ExportResult:
    """Write the signing records (one row per party) as CSV, XLSX or JSON."""
    chosen = resolve_format("signings", path, format)
    with db.reader() as session:
        event = load_event_agreements(session, event_key)
        records = signing_records(event, language)
        if chosen == "csv":
            write_signing_csv(records, path)
        elif chosen == "xlsx":
            write_signing_xlsx(records, path)
        else:
            write_signing_json(event, records, path)
    return ExportResult(path, chosen, len(records.agreements),
                        f"{len(records.agreements)} agreements, {len(records.parties)} parties")


def export_agenda(db: Database, event_key: str, path: Path, format: str | None = None,
                  *, language: str | None = None) -> ExportResult:
    """Write the agenda as an iCalendar file (one VEVENT per agenda item, and one per item
    the last published version removed, as cancelled), its texts in ``language`` where
    translated (the event's first language by default)."""
    resolve_format("agenda", path, format)
    with db.reader() as session:
        event = load_event(session, event_key)
        write_agenda_ics(event, path, language, calendar_of(session, event))
        count = len(event.agenda_items)
    return ExportResult(path, "ics", count, f"{count} agenda items")


def export_schedule(db: Database, event_key: str, path: Path, format: str | None = None,
                    *, language: str | None = None) -> ExportResult:
    """Write the frab/C3VOC conference schedule as XML or JSON, its texts in ``language``
    where translated (the event's first language by default), its version the name of
    the last published (``draft after v2`` with changes since, ``draft`` before any)."""
    chosen = resolve_format("schedule", path, format)
    with db.reader() as session:
        event = load_event(session, event_key)
        version = publication_stamp(session, event).schedule_version
        (write_schedule_xml if chosen == "xml" else write_schedule_json)(event, path, language,
                                                                          version)
        count = len(event.agenda_items)
    return ExportResult(path, chosen, count, f"{count} agenda items")
