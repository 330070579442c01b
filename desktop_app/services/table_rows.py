"""Spreadsheet rows turned into typed field values, and merging rows that mean one record.

Every cell is parsed by its field's parser; a refused cell becomes an
``ImportProblem`` naming its row, column and value, and parsing goes on so
that the report lists every bad cell at once.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop_app.domain.errors import FieldProblem, Phrase
from desktop_app.domain.rules import (
    NAME_FIELDS,
    clean_name,
    key_problem,
    positive_problem,
    text_problem,
)
from desktop_app.domain.translations import Translations, with_translation
from desktop_app.exchange import table_values as values
from desktop_app.exchange.table_fields import IGNORED, LOCAL_NAME_PREFIX, translation_field
from desktop_app.exchange.table_reader import CellValue, Table, TableProgress
from desktop_app.exchange.table_report import ColumnMapping, FieldChange, ImportProblem


def _key(cell: CellValue, _tz: str) -> str:
    raw = values.text(cell) or ""
    if (found := key_problem("key", raw)) is not None:
        raise values.CellError(found.phrase())
    return raw


Parser = Callable[[CellValue, str], Any]


def _whole(name: str) -> Parser:
    """The parser of a whole number field: from 1 to its limit, by the rule of every
    entry point (``rules.positive_problem``)."""
    def parse(cell: CellValue, _tz: str) -> int:
        number = values.integer(cell)
        if (found := positive_problem(name, number)) is not None:
            raise values.CellError(found.phrase())
        return number
    return parse


def _name(cell: CellValue, _tz: str) -> str:
    """A name: trimmed, each run of spaces inside it one space."""
    return clean_name(values.text(cell) or "")


_PARSERS: dict[str, Parser] = {
    "key": _key,
    "country": lambda c, _tz: values.country(c),
    **{name: _whole(name) for name in ("precedence", "signing_order", "originals",
                                       "party_number")},
    "signed_at": values.instant,
    "valid_from": lambda c, _tz: values.date(c),
    "valid_until": lambda c, _tz: values.date(c),
    "languages": lambda c, _tz: values.languages(c),
    "status": lambda c, _tz: values.status(c),
    "parties": lambda c, _tz: values.name_list(c),
    "signatories": lambda c, _tz: values.name_list(c),
    **dict.fromkeys(NAME_FIELDS, _name),
}
_KIND_PARSERS: dict[str, Parser] = {
    "organizations": lambda c, _tz: values.organization_kind(c),
    "agreements": lambda c, _tz: values.agreement_kind(c),
}


@dataclass
class ParsedRow:
    """One data row: the parsed non-empty values and the column each came from."""

    number: int
    values: dict[str, Any] = field(default_factory=dict)
    columns: dict[str, ColumnMapping] = field(default_factory=dict)
    raw: dict[str, str] = field(default_factory=dict)

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)

    def problem(self, name: str | None, reason: str, value: Any = None,
                *, quote: bool = True) -> ImportProblem:
        """A problem at this row, in the column of field ``name`` (when it has one; else
        the problem names the field)."""
        column = self.columns.get(name) if name else None
        if value is None and quote and name:
            value = self.raw.get(name)
        if column is None:
            return ImportProblem(reason, self.number, None, None, value, name)
        return ImportProblem(reason, self.number, column.letter, column.header, value)

    def local_names(self) -> dict[str, str]:
        return {name[len(LOCAL_NAME_PREFIX):]: value for name, value in self.values.items()
                if name.startswith(LOCAL_NAME_PREFIX)}


def _text_problem(name: str, value: Any) -> FieldProblem | None:
    """``rules.text_problem`` for the text (or each text of the list) a cell gave
    ``name`` (``position:kk`` is checked as ``position.kk``, a translation)."""
    field_path = name.replace(":", ".")
    for text in value if isinstance(value, list) else [value]:
        if isinstance(text, str) and (found := text_problem(field_path, text)) is not None:
            return found
    return None


def parse_rows(kind: str, table: Table, mappings: list[ColumnMapping], timezone: str,
               progress: TableProgress | None = None
               ) -> tuple[list[ParsedRow], list[ImportProblem]]:
    active = [m for m in mappings if m.field and m.field != IGNORED]
    rows: list[ParsedRow] = []
    problems: list[ImportProblem] = []
    progress = progress or TableProgress()
    for table_row in table.rows:
        progress.step()
        row = ParsedRow(table_row.number)
        for mapping in active:
            name = mapping.field
            assert name is not None
            row.columns[name] = mapping
            cell = table_row.get(mapping.column)
            raw = values.text(cell)
            if raw is None:
                continue
            row.raw[name] = raw
            parser = _KIND_PARSERS[kind] if name == "kind" else _PARSERS.get(name) or (
                _name if name.startswith(LOCAL_NAME_PREFIX) else None)
            try:
                row.values[name] = parser(cell, timezone) if parser else raw
            except values.CellError as exc:
                # The reason as made (a Phrase the window translates).
                problems.append(row.problem(name, exc.args[0] if exc.args else str(exc)))
            else:
                found = _text_problem(name, row.values[name])
                if found is not None:  # too long, or a control character
                    del row.values[name]
                    problems.append(row.problem(name, found.phrase()))
        rows.append(row)
    return rows, problems


def merge_values(rows: list[ParsedRow], fields: list[str], what: str, hint: str = ""
                 ) -> tuple[dict[str, Any], list[ImportProblem]]:
    """The values of rows that mean one record; a field given differently is a problem.

    ``hint`` is added to each such problem (how to say that the rows are not one record).
    """
    merged: dict[str, Any] = {}
    source: dict[str, ParsedRow] = {}
    problems = []
    for row in rows:
        for name in fields:
            if name not in row.values:
                continue
            value = row.values[name]
            if name not in merged:
                merged[name], source[name] = value, row
            elif merged[name] != value:
                problems.append(row.problem(name, Phrase(
                    'differs from row {row} ("{value}") for the same {what}{hint}',
                    row=source[name].number, value=source[name].raw.get(name, merged[name]),
                    what=what, hint=hint)))
    return merged, problems


def translation_names(rows: list[ParsedRow]) -> list[str]:
    """The translation fields (``position:kk``) the ``rows`` give a value, in a stable order."""
    return sorted({name for row in rows for name in row.values if translation_field(name)})


def take_translations(merged: dict[str, Any]) -> Translations:
    """Take the translations (``title:az`` values) out of ``merged``: {field: {tag: text}}."""
    texts: Translations = {}
    for name in [n for n in merged if translation_field(n)]:
        text, tag = translation_field(name) or ("", "")
        texts.setdefault(text, {})[tag] = merged.pop(name)
    return texts


def translation_changes(old: Translations | None, texts: Translations
                        ) -> tuple[list[FieldChange], Translations]:
    """The changes ``texts`` make to a record's ``old`` translations, and the new map.

    Translations merge: a language the file gives is set, every other one is kept (an
    empty cell never reached ``texts``). One change per text, named ``field:tag``.
    """
    result: Translations = {name: dict(v) for name, v in (old or {}).items()}
    changes: list[FieldChange] = []
    for name, by_tag in texts.items():
        for tag, text in sorted(by_tag.items()):
            before = (result.get(name) or {}).get(tag)
            if before != text:
                changes.append(FieldChange(f"{name}:{tag}", before, text))
                result = with_translation(result, name, tag, text)
    return changes, result
