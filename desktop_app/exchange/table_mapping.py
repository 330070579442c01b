"""Which column fills which field: recognised headers, overridden by ``--map``.

``--map COLUMN=FIELD`` names the column by its header (as written, any case)
or by its letter (``C``), and the field by its name (``family_name``,
``local_name:kk``, ``title:az``, ``party_2``) or ``ignore``. Every problem is
reported at once: an unknown column or field, two columns for one field, a
required field that no column fills, a translation whose language tag is not
one. Which of an event's languages a translation is in is checked against the
event (``translation_languages``).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from openpyxl.utils import column_index_from_string, get_column_letter

from .table_fields import (
    IGNORED,
    canonical_field,
    field_names,
    is_known_field,
    is_language_tag,
    match_header,
    normalise_header,
    translation_field,
)
from .table_report import ColumnMapping, ImportProblem

#: For each kind, alternatives of which at least one must be mapped.
REQUIRED_ANY: dict[str, tuple[tuple[str, ...], ...]] = {
    "people": (("full_name", "family_name", "key"),),
    "organizations": (("name", "key"),),
    "agreements": (("reference", "key"),),
}


def parse_overrides(kind: str, overrides: Sequence[str]) -> tuple[list[tuple[str, str]],
                                                                   list[ImportProblem]]:
    pairs, problems = [], []
    for override in overrides:
        column, sep, target = override.partition("=")
        column, target = column.strip(), target.strip()
        if target == "-":
            target = IGNORED
        target = canonical_field(kind, target)
        if not sep or not column or not target:
            problems.append(ImportProblem(f'--map "{override}": write COLUMN=FIELD, '
                                          'e.g. --map "Ad=given_name"'))
        elif target != IGNORED and not is_known_field(kind, target):
            problems.append(ImportProblem(
                f'--map "{override}": "{target}" is not a field of {kind}; fields: '
                + ", ".join(field_names(kind)) + ", ignore"))
        else:
            pairs.append((column, target))
    return pairs, problems


def _find_column(spec: str, headers: Sequence[str]) -> int | None:
    wanted = normalise_header(spec)
    for index, header in enumerate(headers):
        if header.strip() == spec or (wanted and normalise_header(header) == wanted):
            return index
    if re.fullmatch(r"[A-Za-z]{1,3}", spec):
        index = column_index_from_string(spec.upper()) - 1
        if index < len(headers):
            return index
    return None


def map_columns(kind: str, headers: Sequence[str], overrides: Sequence[str] = ()
                ) -> tuple[list[ColumnMapping], list[ImportProblem]]:
    """The mapping of every column, and the problems that stop the import."""
    pairs, problems = parse_overrides(kind, overrides)
    chosen: dict[int, str] = {}
    for spec, target in pairs:
        index = _find_column(spec, headers)
        if index is None:
            problems.append(ImportProblem(
                f'--map: the file has no column "{spec}"; its columns are '
                + ", ".join(f'"{h}"' for h in headers if h)))
        else:
            chosen[index] = target
    forced_fields = {target for target in chosen.values() if target != IGNORED}
    mappings: list[ColumnMapping] = []
    for index, header in enumerate(headers):
        letter = get_column_letter(index + 1)
        if index in chosen:
            mappings.append(ColumnMapping(index, letter, header, chosen[index], "--map"))
            continue
        field = match_header(kind, header) if header else None
        if field in forced_fields:
            field = None  # --map gave this field to another column
        mappings.append(ColumnMapping(index, letter, header, field,
                                      "header" if field else "none"))
    by_field: dict[str, list[ColumnMapping]] = {}
    for mapping in mappings:
        if mapping.field and mapping.field != IGNORED:
            by_field.setdefault(mapping.field, []).append(mapping)
    for name, columns in by_field.items():
        if len(columns) > 1:
            listed = " and ".join(f'{c.letter} "{c.header}"' for c in columns)
            problems.append(ImportProblem(
                f"columns {listed} both mean {name}; choose one with "
                f'--map "{columns[1].header or columns[1].letter}=ignore"'))
    for mapping in mappings:
        translation = translation_field(mapping.field or "")
        if translation is not None and not is_language_tag(translation[1]):
            problems.append(ImportProblem(
                f'"{translation[1]}" is not a language tag (e.g. az, kk, ru, en): name the '
                f'column "{translation[0].capitalize()} (kk)", or --map '
                f'"{mapping.header or mapping.letter}=ignore"',
                column=mapping.letter, header=mapping.header))
    for alternatives in REQUIRED_ANY[kind]:
        if not any(name in by_field for name in alternatives):
            problems.append(ImportProblem(
                f"no column gives {' or '.join(alternatives)}; name one with "
                f'--map "COLUMN={alternatives[0]}" (columns: '
                + ", ".join(f'"{h}"' for h in headers if h) + ")"))
    return mappings, problems


def translation_languages(mappings: Sequence[ColumnMapping], languages: Sequence[str]
                          ) -> tuple[list[ImportProblem], list[str]]:
    """The problems and warnings of the translation columns for an event in ``languages``.

    The event's first language is the default text itself (the column without a tag),
    so a translation into it is a problem; a language the event does not have is a
    warning: its texts are stored and print only when that language is asked for.
    """
    problems: list[ImportProblem] = []
    warnings: list[str] = []
    first = languages[0] if languages else None
    for mapping in mappings:
        translation = translation_field(mapping.field or "")
        if translation is None or not is_language_tag(translation[1]):
            continue
        field, tag = translation
        if tag == first:
            column = mapping.header or mapping.letter
            problems.append(ImportProblem(
                f'"{tag}" is the event\'s first language, whose text is the {field} itself '
                f'(the column without a language): read it as that (--map "{column}={field}") '
                f'or leave it out (--map "{column}=ignore")',
                column=mapping.letter, header=mapping.header))
        elif tag not in languages:
            warnings.append(
                f'column {mapping.letter} "{mapping.header}": "{tag}" is not one of the '
                f"event's languages ({', '.join(languages)}); its texts are stored, and "
                "print only when that language is asked for")
    return problems, warnings


__all__ = ["REQUIRED_ANY", "get_column_letter", "map_columns", "parse_overrides",
           "translation_languages"]
