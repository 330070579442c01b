"""A spreadsheet import's report in the interface language.

The services describe what an import found and would do with plain objects
(``ImportProblem``, ``RecordChange``, ``FieldChange``) whose ``str()`` is the English
the command line prints. The wizard and the status bar say the same here: the places,
changes and counts are sentences of this module, the reasons and notes the services'
``Phrase``s translated like every rule message (``domain_messages``), the values with
dates in the interface language.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.exchange.table_fields import FieldInfo, field_info
from desktop_app.exchange.table_report import (
    FieldChange,
    ImportProblem,
    RecordChange,
    TableImportReport,
    shown,
)

from ..domain_messages import translated_phrase
from ..i18n import format_date, format_datetime
from .import_field_labels import field_label

CONTEXT = "ImportMessages"


def value_text(value: Any) -> str:
    """A value as the report quotes it: dates in the interface language, short, one line."""
    return shown(value, empty=QCoreApplication.translate("ImportMessages", "(empty)", "no value"),
                 date_text=lambda day: format_date(day, "d MMM yyyy"),
                 moment_text=lambda moment: format_datetime(moment, "d MMM yyyy, HH:mm"),
                 item_text=value_text)


def problem_text(problem: ImportProblem) -> str:
    """“row 3, column D "Precedence" ("first"): is not a whole number”, translated."""
    reason = translated_phrase(problem.reason)
    if problem.row is not None and problem.column is not None:
        place = QCoreApplication.translate(
            "ImportMessages", "row {row}, column {column} “{header}”").format(
            row=problem.row, column=problem.column, header=problem.header or "")
    elif problem.row is not None and problem.field is not None:
        place = QCoreApplication.translate("ImportMessages", "row {row}, field “{field}”").format(
            row=problem.row, field=field_label(field_info(problem.field)))
    elif problem.row is not None:
        place = QCoreApplication.translate("ImportMessages", "row {row}").format(
            row=problem.row)
    elif problem.column is not None:
        place = QCoreApplication.translate("ImportMessages", "column {column} “{header}”"
                                           ).format(column=problem.column,
                                                    header=problem.header or "")
    else:
        place = ""
    if problem.value is not None:
        value = value_text(problem.value)
        if place:
            return QCoreApplication.translate(
                "ImportMessages", "{place} (“{value}”): {reason}").format(
                place=place, value=value, reason=reason)
        return QCoreApplication.translate("ImportMessages", "“{value}”: {reason}").format(
            value=value, reason=reason)
    if place:
        return QCoreApplication.translate("ImportMessages", "{place}: {reason}").format(
            place=place, reason=reason)
    return reason


def change_text(change: RecordChange) -> str:
    """“create "quliyev" (Rəşad Quliyev) from row 2”, translated."""
    rows = ", ".join(str(r) for r in change.rows)
    if len(change.rows) == 1:
        where = QCoreApplication.translate("ImportMessages", "row {rows}", "one row").format(
            rows=rows)
    else:
        where = QCoreApplication.translate("ImportMessages", "rows {rows}",
                                           "several rows").format(rows=rows)
    if change.action == "create":
        text = QCoreApplication.translate("ImportMessages", "create “{key}” ({label}) from "
                                          "{rows}")
    elif change.action == "update":
        text = QCoreApplication.translate("ImportMessages", "update “{key}” ({label}) from "
                                          "{rows}")
    else:
        text = QCoreApplication.translate("ImportMessages", "“{key}” ({label}) unchanged, "
                                          "{rows}")
    text = text.format(key=change.key, label=change.label, rows=where)
    if change.note:
        text += "; " + translated_phrase(change.note)
    return text


def field_change_text(change: FieldChange) -> str:
    """“Given name: (empty) → Rəşad”, the field by its name in the wizard."""
    return QCoreApplication.translate("ImportMessages", "{field}: {old} → {new}").format(
        field=field_label(FieldInfo(change.field, change.field, ())),
        old=value_text(change.old), new=value_text(change.new))


def summary_text(report: TableImportReport) -> str:
    """How many rows, and what becomes of them, translated (numerus forms)."""
    rows = report.rows
    rows_text = QCoreApplication.translate("ImportMessages", "%n row(s)", "", rows)
    counts = {"created": report.count("create"), "updated": report.count("update"),
              "unchanged": report.count("unchanged")}
    if report.stored:
        text = QCoreApplication.translate(
            "ImportMessages", "{rows}: {created} created, {updated} updated, "
            "{unchanged} unchanged")
    else:
        text = QCoreApplication.translate(
            "ImportMessages", "{rows}: {created} to be created, {updated} to be updated, "
            "{unchanged} unchanged")
    text = text.format(rows=rows_text, **counts)
    skipped = len(report.skipped_rows)
    if skipped:
        text += "; " + QCoreApplication.translate("ImportMessages", "%n bad row(s) skipped",
                                                  "", skipped)
    return text


def note_text(note: str) -> str:
    return translated_phrase(note)
