"""The structure of the event file's most numerous records (people and agreements) as one
JSON Schema, compiled with fastjsonschema.

The schema is built from the rules themselves (``domain.rules`` limits and control
characters, ``domain.vocabulary`` patterns and enumerations, ``event_format`` field
names), so no rule is written here a second time. It says what a record must be
on its own: fields, types, required values, text limits, enumerations, id, country
and language patterns. What needs the rest of the file (known organizations and
people, unique references, a signing item's kind, dates parsed and in order) stays
code, in ``event_quick_checks``.

A record the compiled schema passes skips the detailed validator, which builds a
JSON path per field to name a problem's place; anything it refuses gets the
detailed check, which reports the problem. fastjsonschema turns the schema into
plain Python on first use (about 15 ms), not at import: the window and every command
import the validator.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any

from desktop_app.domain.rules import (
    CONTROL_CHARACTER,
    LONG_TEXT_LIMIT,
    SHORT_TEXT_LIMIT,
    integer_limit,
)
from desktop_app.domain.vocabulary import (
    COUNTRY_PATTERN,
    ID_PATTERN,
    LANGUAGE_TAG_PATTERN,
    READINESS_ITEMS,
    AgreementKind,
    AgreementStatus,
)

from .event_format import (
    AGREEMENT_FIELDS,
    PARTY_FIELDS,
    PERSON_FIELDS,
    PERSON_FIELDS_V2,
    PERSON_TEXT_FIELDS,
    SIGNING_FIELDS,
)

#: Draft 4: its "integer" refuses 1.0 (later drafts take it), as the detailed check does.
DRAFT = "http://json-schema.org/draft-04/schema#"
_NO_CONTROL = f"^[^{CONTROL_CHARACTER.pattern[1:-1]}]*\\Z"
#: Not blank, as ``text(..., required=True)`` checks with ``str.strip``.
_NOT_BLANK = f"^(?=[\\s\\S]*\\S){_NO_CONTROL[1:]}"


def _text(limit: int = SHORT_TEXT_LIMIT, *, required: bool = False,
          nullable: bool = True) -> dict[str, Any]:
    """A text passing ``rules.text_problem`` within ``limit``; not blank if ``required``."""
    return {"type": ["string", "null"] if nullable else "string", "maxLength": limit,
            "pattern": _NOT_BLANK if required else _NO_CONTROL}


def _pattern(pattern: Any, *, nullable: bool = True) -> dict[str, Any]:
    return {"type": ["string", "null"] if nullable else "string", "pattern": pattern.pattern}


def _whole(field: str) -> dict[str, Any]:
    """A whole number from 1 to the field's limit (``rules.integer_limit``), or null."""
    return {"type": ["integer", "null"], "minimum": 1, "maximum": integer_limit(field)}


def _choice(values: Iterable[str]) -> dict[str, Any]:
    return {"enum": [str(value) for value in values]}


def _record(properties: dict[str, Any], fields: Iterable[str], required: list[str], *,
            nullable: bool = False) -> dict[str, Any]:
    """An object of ``fields`` only, each with its ``properties`` entry or any value."""
    return {"type": ["object", "null"] if nullable else "object",
            "additionalProperties": False, "required": required,
            "properties": {name: properties.get(name, {}) for name in sorted(fields)}}


#: Any value but null: a type list, not ``{"not": {"type": "null"}}``, whose compiled
#: form raises and catches an exception for every valid value.
_ANYTHING_BUT_NULL = {"type": ["string", "number", "boolean", "object", "array"]}
_LOCAL_NAMES = {"type": ["object", "null"], "additionalProperties": False,
                "patternProperties": {LANGUAGE_TAG_PATTERN.pattern: _text(
                    required=True, nullable=False)}}
_LANGUAGES = {"type": ["array", "null"], "items": _pattern(LANGUAGE_TAG_PATTERN,
                                                           nullable=False)}


def person_schema(version: int) -> dict[str, Any]:
    """A person of format ``version`` (its ``schedule_id`` is checked with the others')."""
    properties: dict[str, Any] = {
        name: _text(LONG_TEXT_LIMIT if name == "bio" else SHORT_TEXT_LIMIT)
        for name in PERSON_TEXT_FIELDS}
    properties |= {"id": _ANYTHING_BUT_NULL,  # its pattern: ``unique_ids``, for every list
                   "family_name": _text(required=True, nullable=False),
                   "local_names": _LOCAL_NAMES,
                   "organization": {"type": ["string", "null"]},  # known: code
                   "country": _pattern(COUNTRY_PATTERN),
                   "precedence": _whole("precedence")}
    return {"$schema": DRAFT, **_record(
        properties, PERSON_FIELDS_V2 if version >= 2 else PERSON_FIELDS, ["id", "family_name"])}


def agreement_schema() -> dict[str, Any]:
    """An agreement without translations, as far as it is checked on its own."""
    party = _record({"organization": {"type": "string"},  # known, once each: code
                     "signatory": {"type": ["string", "null"]}}, PARTY_FIELDS,
                    ["organization"])
    signing = _record({"agenda_item": _pattern(ID_PATTERN, nullable=False),
                       "order": _whole("order")}, SIGNING_FIELDS, ["agenda_item"],
                      nullable=True)
    readiness = _record({name: {"type": ["boolean", "null"]} for name in READINESS_ITEMS},
                        READINESS_ITEMS, [], nullable=True)
    properties = {
        "id": _ANYTHING_BUT_NULL,
        "reference": _text(required=True, nullable=False),
        "title": _text(required=True, nullable=False),
        "notes": _text(LONG_TEXT_LIMIT),
        "kind": _choice(AgreementKind),
        "status": _choice(AgreementStatus),
        "parties": {"type": "array", "minItems": 2, "items": party},
        "witnesses": {"type": ["array", "null"], "items": {"type": "string"}},
        "signing": signing,
        # Parsed, in the years and in order: code.
        "signed_at": {"type": ["string", "null"]},
        "valid_from": {"type": ["string", "null"]},
        "valid_until": {"type": ["string", "null"]},
        "languages": _LANGUAGES,
        "originals": _whole("originals"),
        "readiness": readiness,
    }
    return {"$schema": DRAFT, **_record(properties, AGREEMENT_FIELDS,
                                        ["id", "reference", "kind", "title", "parties",
                                         "status"])}


def _passes(schema: dict[str, Any]) -> Callable[[Any], bool]:
    """Whether a value passes ``schema``, compiled once."""
    import fastjsonschema  # with its compilation, on first use (see the module's docstring)

    validate = fastjsonschema.compile(schema)

    def passes(value: Any) -> bool:
        try:
            validate(value)
        except fastjsonschema.JsonSchemaValueException:
            return False
        return True

    return passes


@functools.cache
def person_passes(version: int) -> Callable[[Any], bool]:
    """Whether a person of format ``version`` passes ``person_schema``."""
    return _passes(person_schema(version))


@functools.cache
def agreement_passes() -> Callable[[Any], bool]:
    """Whether an agreement passes ``agreement_schema``."""
    return _passes(agreement_schema())
