"""What a table import found and would do: the mapping, the problems, the changes.

The import wizard shows these objects as they are (a mapping table, a list
of problems, a list of changes) and the CLI prints ``lines()``. A report
with problems means nothing was stored: imports are all-or-nothing.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import RoundtableError

from .table_fields import field_info

MAX_SHOWN_VALUE = 60


def _iso_minutes(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="minutes")


def shown(value: Any, *, empty: str = "(empty)",
          date_text: Callable[[dt.date], str] = dt.date.isoformat,
          moment_text: Callable[[dt.datetime], str] = _iso_minutes,
          item_text: Callable[[Any], str] = str) -> str:
    """A value as the report quotes it: short, on one line; dates ISO and a list's items
    as ``str`` unless the caller (the wizard, in the interface language) says otherwise."""
    if value is None:
        return empty
    if isinstance(value, dt.datetime):
        text = moment_text(value)
    elif isinstance(value, dt.date):
        text = date_text(value)
    elif isinstance(value, dict):
        text = ", ".join(f"{k}: {v}" for k, v in value.items())
    elif isinstance(value, list | tuple):
        text = "; ".join(item_text(v) for v in value)
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= MAX_SHOWN_VALUE else text[:MAX_SHOWN_VALUE - 1] + "…"


@dataclass(frozen=True)
class ColumnMapping:
    """Which field one column fills; ``field`` None means the column is not imported."""

    column: int
    letter: str
    header: str
    field: str | None
    source: str  # "header" (recognised), "--map" (chosen by the user) or "none"

    def __str__(self) -> str:
        target = self.field if self.field and self.field != "ignore" else "(not imported)"
        how = " [--map]" if self.source == "--map" else ""
        return f'column {self.letter} "{self.header}" -> {target}{how}'


@dataclass(frozen=True)
class ImportProblem:
    """One reason the import is refused, with the row and column to fix."""

    reason: str
    row: int | None = None
    column: str | None = None  # spreadsheet letter
    header: str | None = None
    value: Any = None
    #: The field at fault when the file has no column for it (a new record's missing
    #: country): its name, as ``table_fields`` lists it.
    field: str | None = None

    def __str__(self) -> str:
        place = []
        if self.row is not None:
            place.append(f"row {self.row}")
        if self.column is not None:
            place.append(f'column {self.column} "{self.header}"' if self.header
                         else f"column {self.column}")
        elif self.field is not None:
            place.append(f'field "{field_info(self.field).label}"')
        prefix = ", ".join(place)
        value = f' ("{shown(self.value)}")' if self.value is not None else ""
        if prefix:
            return f"{prefix}{value}: {self.reason}"
        return f'"{shown(self.value)}": {self.reason}' if value else self.reason


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any

    def __str__(self) -> str:
        return f"{self.field}: {shown(self.old)} -> {shown(self.new)}"


@dataclass(frozen=True)
class RecordChange:
    """What happens to one record: created, updated or left unchanged."""

    action: str  # "create" | "update" | "unchanged"
    key: str
    label: str
    rows: tuple[int, ...]
    changes: tuple[FieldChange, ...] = ()
    note: str | None = None

    def __str__(self) -> str:
        rows = ", ".join(str(r) for r in self.rows)
        plural = "s" if len(self.rows) > 1 else ""
        text = f'{self.action} "{self.key}" ({self.label}) from row{plural} {rows}'
        if self.note:
            text += f"; {self.note}"
        return text


@dataclass(frozen=True)
class UnknownOrganization:
    """An organization a people table names that the event does not have: the rows that
    name it and the event's organizations it may mean, best first, as (key, name)."""

    name: str
    rows: tuple[int, ...]
    suggestions: tuple[tuple[str, str], ...] = ()


@dataclass
class TableImportReport:
    kind: str
    path: Path
    event_key: str
    dry_run: bool
    mappings: list[ColumnMapping] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    changes: list[RecordChange] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rows: int = 0
    stored: bool = False
    #: What is stored but may not be meant: translations into a language the event does
    #: not have, and after a stored import the event's conflict warnings (as ``check``).
    warnings: list[str] = field(default_factory=list)
    #: The rows left out of an import that skipped its bad rows (their problems stay
    #: in ``skipped``).
    skipped_rows: tuple[int, ...] = ()
    skipped: list[ImportProblem] = field(default_factory=list)
    #: Organizations a people table names that the event lacks (to match, create or
    #: leave empty).
    unknown_organizations: list[UnknownOrganization] = field(default_factory=list)

    @property
    def bad_rows(self) -> tuple[int, ...]:
        """The rows with a problem, in order."""
        return tuple(sorted({p.row for p in self.problems if p.row is not None}))

    @property
    def skippable(self) -> bool:
        """Every problem is in a row (none in the mapping or the file), and some rows are
        good: the good rows can be imported and the bad ones skipped."""
        return (bool(self.problems) and all(p.row is not None for p in self.problems)
                and len(self.bad_rows) < self.rows)

    @property
    def ok(self) -> bool:
        return not self.problems

    def count(self, action: str) -> int:
        return sum(1 for change in self.changes if change.action == action)

    def summary(self) -> str:
        created = self.count("create")
        singular = {"people": "person", "organizations": "organization",
                    "agreements": "agreement"}.get(self.kind, self.kind)
        noun = singular if created == 1 else self.kind
        verb = "would be" if not self.stored else ("was" if created == 1 else "were")
        text = (f"{self.rows} row{'s' if self.rows != 1 else ''}: {created} {noun} {verb} "
                f"created, {self.count('update')} updated, {self.count('unchanged')} unchanged")
        if self.skipped_rows:
            count = len(self.skipped_rows)
            text += f", {count} bad row{'s' if count != 1 else ''} skipped"
        return text

    def mapping_lines(self) -> list[str]:
        return [str(m) for m in self.mappings]

    def lines(self) -> list[str]:
        """The whole report as text: mapping, notes, warnings, changes with their fields,
        summary."""
        out = ["columns:"] + [f"  {line}" for line in self.mapping_lines()]
        out += [f"note: {note}" for note in self.notes]
        out += [f"warning: {warning}" for warning in self.warnings]
        out += [f"skipped: {problem}" for problem in self.skipped]
        for change in self.changes:
            out.append(str(change))
            out += [f"    {c}" for c in change.changes]
        out.append(self.summary())
        return out


class TableImportError(RoundtableError):
    """The table has problems; nothing was stored. ``report`` lists every one."""

    def __init__(self, report: TableImportReport) -> None:
        self.report = report
        count = len(report.problems)
        super().__init__(f'"{report.path.name}" has {count} problem{"s" if count != 1 else ""}; '
                         "nothing was stored")
