"""Importing people, organizations or agreements from a spreadsheet (CSV or XLSX).

This is what ``roundtable import-table`` and the import wizard call. The
wizard first calls ``preview_table_import`` (the column mapping, every
problem and every change, nothing stored), lets the user adjust the mapping
(the same ``COLUMN=FIELD`` overrides as ``--map``), then ``import_table``.
The import is all-or-nothing by default: if any row has a problem,
``TableImportError`` carries the full report and the database is untouched. With
``skip_bad_rows`` the rows with a problem are left out (and listed in the report) and
the good rows are imported, unless a problem is not a row's (the mapping, the file).

A people table may name organizations the event does not have: the report lists them
(``unknown_organizations``, with the organizations each may mean) and
``organization_choices`` says, per name, to match one (``org:KEY``), create it
(``new:CC``) or leave it empty (``none``).

Both take ``progress(done, total)`` and ``cancelled()`` (the window runs them in a
worker): rows read with a total of 0, then the steps of the checks (three a row: read
its values, match it, plan its record); a true ``cancelled()`` stops the work with
``TableReadCancelled`` and nothing stored.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop_app.domain.conflicts import find_conflicts_in
from desktop_app.domain.errors import NotFoundError, Phrase, ValidationError
from desktop_app.domain.models import Agreement, AgreementParty, Event, Person
from desktop_app.exchange.table_fields import (
    FIELDS,
    TABLE_KINDS,
    TRANSLATED_FIELDS,
    FieldInfo,
    match_header,
)
from desktop_app.exchange.table_mapping import map_columns, translation_languages
from desktop_app.exchange.table_reader import (
    Table,
    TableProgress,
    TableReadCancelled,
    TableRow,
    read_table,
)
from desktop_app.exchange.table_report import (
    ColumnMapping,
    ImportProblem,
    RecordChange,
    TableImportError,
    TableImportReport,
    UnknownOrganization,
)
from desktop_app.storage.database import Database

from .loading import load_conflict_facts
from .table_agreements import apply_agreements, plan_agreements
from .table_directory import PlannedRecord, apply_directory, plan_directory
from .table_rows import parse_rows

__all__ = [
    "TABLE_KINDS", "ColumnMapping", "FieldInfo", "ImportProblem", "RecordChange",
    "TableImportError", "TableImportReport", "TableReadCancelled", "UnknownOrganization",
    "import_table",
    "importable_fields", "preview_table_import", "read_table_headers",
]


#: Languages offered for ``local_name:…`` fields in the wizard (``--map`` takes any tag).
WIZARD_LANGUAGES = ("az", "kk", "ru", "en")
WIZARD_PARTIES = 4


def importable_fields(kind: str) -> list[FieldInfo]:
    """The fields of ``kind`` a column can fill (for the wizard's mapping choices).

    Besides the fixed fields: names in the usual languages (people and
    organizations), translations of the translatable texts (a person's position, an
    agreement's title) and numbered party/signatory columns (agreements).
    """
    _check_kind(kind)
    fields = list(FIELDS[kind])
    if kind in ("people", "organizations"):
        fields += [FieldInfo(f"local_name:{tag}", f"Name in {tag}", ()) for tag in WIZARD_LANGUAGES]
    for name in TRANSLATED_FIELDS[kind]:
        label = next(info.label for info in FIELDS[kind] if info.name == name)
        fields += [FieldInfo(f"{name}:{tag}", f"{label} in {tag}", ()) for tag in WIZARD_LANGUAGES]
    else:
        for n in range(1, WIZARD_PARTIES + 1):
            fields += [FieldInfo(f"party_{n}", f"Party {n}", ()),
                       FieldInfo(f"signatory_{n}", f"Signatory {n}", ())]
    return fields


def read_table_headers(path: Path) -> list[str]:
    """The header row of a spreadsheet (``TableFileError`` when unreadable)."""
    return read_table(path).headers


def _check_kind(kind: str) -> None:
    if kind not in TABLE_KINDS:
        raise ValidationError.single("kind", kind, "must be one of " + ", ".join(TABLE_KINDS))


def _load(session: Session, event_key: str) -> Event:
    """The event with what matching needs: organizations, people, agreements and parties."""
    event = session.scalars(
        select(Event).where(Event.key == event_key).options(
            selectinload(Event.organizations),
            selectinload(Event.people).selectinload(Person.organization),
            selectinload(Event.agreements).selectinload(Agreement.parties).options(
                selectinload(AgreementParty.organization),
                selectinload(AgreementParty.signatory)),
        )
    ).one_or_none()
    if event is None:
        raise NotFoundError("event", event_key)
    return event


#: Steps of the checks per row (``progress``): read its values, match it, plan its record.
STEPS_PER_ROW = 3


def _plan(session: Session, event: Event, kind: str, table: Table, report: TableImportReport,
          overrides: Sequence[str], choices: Mapping[str, str] | None = None,
          progress: TableProgress | None = None) -> list[PlannedRecord]:
    progress = progress or TableProgress()
    progress.start(STEPS_PER_ROW * len(table.rows))
    mappings, problems = map_columns(kind, table.headers, overrides)
    language_problems, warnings = translation_languages(mappings, list(event.languages or []))
    report.mappings = mappings
    report.problems += problems + language_problems
    report.warnings += warnings
    if problems or language_problems:
        return []
    rows, problems = parse_rows(kind, table, mappings, event.timezone, progress)
    report.problems += problems
    if kind == "agreements":
        planned, problems = plan_agreements(session, event, rows, report.notes, progress)
    else:
        planned, problems = plan_directory(session, event, kind, rows, report.notes, choices,
                                           report.unknown_organizations, progress)
    report.problems += problems
    report.problems.sort(key=lambda p: (p.row or 0, p.column or ""))
    report.changes = [record.change for record in planned]
    return planned


#: How many times skipping bad rows is tried again (leaving a row out can leave another
#: without the row it merged with).
SKIP_ROUNDS = 4


def _without_bad_rows(session: Session, event: Event, kind: str, table: Table,
                      report: TableImportReport, overrides: Sequence[str],
                      choices: Mapping[str, str] | None, progress: TableProgress
                      ) -> tuple[TableImportReport, list[PlannedRecord]]:
    """Plan again without the rows that have problems, until no problem is left (or one
    is not a row's); the new report lists the rows left out and why."""
    skipped: list[ImportProblem] = []
    rows: list[TableRow] = list(table.rows)
    planned: list[PlannedRecord] = []
    for _round in range(SKIP_ROUNDS):
        if not report.skippable and skipped:
            break
        bad = set(report.bad_rows)
        skipped += report.problems
        rows = [row for row in rows if row.number not in bad]
        report = TableImportReport(report.kind, report.path, report.event_key,
                                   dry_run=report.dry_run, rows=report.rows,
                                   notes=list(table.notes))
        planned = _plan(session, event, kind, Table(table.headers, rows, table.notes), report,
                        overrides, choices, progress)
        if not report.problems or not report.skippable:
            break
    report.skipped = sorted(skipped, key=lambda p: (p.row or 0, p.column or ""))
    report.skipped_rows = tuple(sorted({p.row for p in skipped if p.row is not None}))
    return report, planned


def _run(db: Database, event_key: str, kind: str, path: Path, overrides: Sequence[str],
         *, store: bool, skip_bad_rows: bool = False,
         choices: Mapping[str, str] | None = None,
         progress: TableProgress | None = None) -> TableImportReport:
    _check_kind(kind)
    progress = progress or TableProgress()
    table = read_table(path, lambda headers: sum(1 for h in headers if match_header(kind, h)),
                       progress)
    report = TableImportReport(kind, path, event_key, dry_run=not store, rows=len(table.rows),
                               notes=list(table.notes))
    if not table.rows:
        report.problems.append(ImportProblem(Phrase("the file has a header row but no data rows")))
    if not store:
        with db.reader() as session:
            event = _load(session, event_key)
            _plan(session, event, kind, table, report, overrides, choices, progress)
            if skip_bad_rows and report.skippable:
                report, _planned = _without_bad_rows(session, event, kind, table, report,
                                                     overrides, choices, progress)
        return report
    with db.session() as session:
        event = _load(session, event_key)
        planned = _plan(session, event, kind, table, report, overrides, choices, progress)
        if skip_bad_rows and report.skippable:
            report, planned = _without_bad_rows(session, event, kind, table, report, overrides,
                                                choices, progress)
        if report.problems:
            raise TableImportError(report)  # rolls the transaction back: nothing stored
        if kind == "agreements":
            apply_agreements(session, event, planned)
        else:
            apply_directory(session, event, kind, planned)
        session.flush()  # the conflict facts are column queries: they see the flushed rows
        report.warnings += [f"[{w.code}] {w}"
                            for w in find_conflicts_in(load_conflict_facts(session, event_key))]
    report.stored = True
    db.notify(kind, event_key)
    return report


def preview_table_import(db: Database, event_key: str, kind: str, path: Path,
                         overrides: Sequence[str] = (), *,
                         organization_choices: Mapping[str, str] | None = None,
                         progress: Callable[[int, int], None] | None = None,
                         cancelled: Callable[[], bool] | None = None) -> TableImportReport:
    """What importing ``path`` would do: mapping, problems and changes; stores nothing.

    ``progress`` and ``cancelled`` as the module says (``TableReadCancelled`` on a stop)."""
    return _run(db, event_key, kind, path, overrides, store=False,
                choices=organization_choices, progress=TableProgress(progress, cancelled))


def import_table(db: Database, event_key: str, kind: str, path: Path,
                 overrides: Sequence[str] = (), *, dry_run: bool = False,
                 skip_bad_rows: bool = False,
                 organization_choices: Mapping[str, str] | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> TableImportReport:
    """Import ``path`` into the event in one transaction, or raise ``TableImportError``.

    With ``dry_run`` this is ``preview_table_import``, except that problems
    raise as they would in a real import. With ``skip_bad_rows`` the rows with
    problems are left out and the others imported (``report.skipped_rows``).
    """
    report = _run(db, event_key, kind, path, overrides, store=not dry_run,
                  skip_bad_rows=skip_bad_rows, choices=organization_choices,
                  progress=TableProgress(progress, cancelled))
    if report.problems:
        raise TableImportError(report)
    return report


