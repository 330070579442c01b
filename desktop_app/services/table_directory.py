"""Planning the import of people and organizations from spreadsheet rows.

A row updates the record it matches (by id, else by name in any script) or
creates one. Rows that mean the same record — the same person written in
Latin and in Cyrillic, say — are merged into one change and the report says
so; values they disagree on are problems. When a row is matched by name,
the stored names are kept (the other spelling is usually a transliteration);
names change only through the record's id. A person's position in other languages
(``Vəzifə (kk)``, ``position_az``) merges into the person's translations, as agreement
titles do (a language the file gives is set, the others are kept).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.domain.errors import Phrase
from desktop_app.domain.models import Event, Organization, Person
from desktop_app.domain.rules import missing_problem
from desktop_app.domain.text import name_skeletons
from desktop_app.exchange.table_reader import TableProgress
from desktop_app.exchange.table_report import (
    FieldChange,
    ImportProblem,
    RecordChange,
    UnknownOrganization,
)

from .event_import import organization_search_key, person_search_key
from .organizations import OrganizationData, check_organization
from .people import PersonData, check_person_fields
from .table_matching import (
    KeyMaker,
    NameIndex,
    organization_choice_key,
    organization_index,
    people_index,
    suggest_organizations,
)
from .table_rows import (
    ParsedRow,
    merge_values,
    take_translations,
    translation_changes,
    translation_names,
)

HONORIFICS = ("h.e.", "amb.", "prof.", "dr.", "mr.", "mrs.", "ms.", "acad.", "assoc. prof.")


@dataclass
class PlannedRecord:
    """One record to create or update: the report's change and the values to write."""

    change: RecordChange
    target: Any | None
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Group:
    rows: list[ParsedRow]
    target: Any | None
    matched_by: str
    skeletons: set[str]
    key: str | None


def split_full_name(full: str) -> tuple[str | None, str | None, str]:
    """``"Prof. Nurlan Sarsenbayev"`` -> (``"Prof."``, ``"Nurlan"``, ``"Sarsenbayev"``)."""
    words = full.split()
    honorific = None
    for prefix in sorted(HONORIFICS, key=len, reverse=True):
        count = len(prefix.split())
        if " ".join(words[:count]).casefold() == prefix and len(words) > count:
            honorific, words = " ".join(words[:count]), words[count:]
            break
    if len(words) == 1:
        return honorific, None, words[0]
    return honorific, " ".join(words[:-1]), words[-1]


def _person_row_names(row: ParsedRow) -> None:
    """Fill given/family (and honorific) from a full-name column where needed."""
    full = row.get("full_name")
    if full and "family_name" not in row.values:
        honorific, given, family = split_full_name(full)
        row.values["family_name"] = family
        row.columns.setdefault("family_name", row.columns["full_name"])
        row.raw.setdefault("family_name", full)
        if given and "given_name" not in row.values:
            row.values["given_name"] = given
        if honorific and "honorific" not in row.values:
            row.values["honorific"] = honorific


def _row_names(kind: str, row: ParsedRow) -> list[str | None]:
    if kind == "people":
        full = " ".join(p for p in (row.get("given_name"), row.get("family_name")) if p)
        return [full, row.get("full_name"), *row.local_names().values()]
    return [row.get("name"), row.get("short_name"), *row.local_names().values()]


def _group_rows(kind: str, rows: Sequence[ParsedRow], index: NameIndex[Any], what: str,
                progress: TableProgress) -> tuple[list[_Group], list[ImportProblem]]:
    groups: list[_Group] = []
    by_target: dict[int, _Group] = {}
    by_key: dict[str, _Group] = {}
    by_skeleton: dict[str, _Group] = {}
    problems: list[ImportProblem] = []
    for row in rows:
        progress.step()
        key = row.get("key")
        names = _row_names(kind, row)
        skeletons = name_skeletons(names)
        name_column = next((n for n in ("full_name", "family_name", "name", "key")
                            if n in row.columns), None)
        if not key and not skeletons:
            if name_column not in row.raw:  # else its cell was refused: that is the problem
                problems.append(row.problem(name_column, Phrase("the {what} has no name",
                                                                what=what), quote=False))
            continue
        target, matched_by = None, ""
        if key:
            target, matched_by = index.by_key.get(key), "id"
        else:
            found = index.find(names)
            if len(found) > 1:
                listed = ", ".join(f'"{r.key}"' for r in found)
                problems.append(row.problem(
                    "full_name" if "full_name" in row.values else name_column,
                    Phrase("matches {count} existing records ({listed}); add an id column to "
                           "say which", count=len(found), listed=listed)))
                continue
            if found:
                target, matched_by = found[0], "name"
        # Looked up in dictionaries, not by scanning the groups: files have thousands of rows.
        if target is not None:
            group = by_target.get(id(target))
        elif key:
            group = by_key.get(key)
        else:
            group = next((g for s in skeletons if (g := by_skeleton.get(s))), None)
        if group is None:
            group = _Group([], target, matched_by, set(), key)
            groups.append(group)
            if target is not None:
                by_target[id(target)] = group
            elif key:
                by_key[key] = group
        group.rows.append(row)
        group.skeletons |= skeletons
        if target is None and not key:
            for skeleton in skeletons:
                by_skeleton.setdefault(skeleton, group)
    return groups, problems


def _changes(target: Any, wanted: dict[str, Any]) -> list[FieldChange]:
    changes = []
    for name, value in wanted.items():
        old = getattr(target, name)
        if name == "local_names":
            merged = {**(old or {}), **value}
            if merged != (old or {}):
                changes.append(FieldChange(name, old or {}, merged))
        elif name == "organization_id":
            if old != value.id:
                before = target.organization.name if target.organization else None
                changes.append(FieldChange("organization", before, value.name))
        elif old != value:
            changes.append(FieldChange(name, old, value))
    return changes


_PERSON_FIELDS = ["honorific", "given_name", "family_name", "position", "organization", "country",
                  "precedence", "email", "phone", "bio"]
_ORG_FIELDS = ["name", "short_name", "kind", "country", "city", "website"]
_NAME_FIELDS = {"people": {"given_name", "family_name"}, "organizations": {"name"}}


def plan_directory(session: Session, event: Event, kind: str, rows: list[ParsedRow],
                   notes: list[str], organization_choices: Mapping[str, str] | None = None,
                   unknown: list[UnknownOrganization] | None = None,
                   progress: TableProgress | None = None,
                   ) -> tuple[list[PlannedRecord], list[ImportProblem]]:
    """The changes a people or organizations table makes, or the problems it has.

    ``organization_choices`` says what an organization name the event lacks means (by
    ``organization_choice_key``): ``org:KEY`` an organization of the event, ``new:CC``
    a new one in country CC, ``none`` no organization; names without a choice are
    problems and listed in ``unknown`` with suggestions. ``progress`` takes a step per
    row and per record planned."""
    unknown = unknown if unknown is not None else []
    progress = progress or TableProgress()
    what = "person" if kind == "people" else "organization"
    problems: list[ImportProblem] = []
    orgs = organization_index(event.organizations)
    if kind == "people":
        resolver = _OrganizationResolver(event, orgs, organization_choices or {})
        for row in rows:
            _person_row_names(row)
            if "organization" in row.values:
                problem = resolver.resolve(row)
                if problem is not None:
                    problems.append(problem)
        unknown.extend(resolver.unknown())
        notes.extend(resolver.notes())
        index: NameIndex[Any] = people_index(event.people)
        fields = _PERSON_FIELDS
    else:
        index = orgs
        fields = _ORG_FIELDS
    groups, group_problems = _group_rows(kind, rows, index, what, progress)
    problems += group_problems
    taken = [p.key for p in (event.people if kind == "people" else event.organizations)]
    keys = KeyMaker(taken, "person" if kind == "people" else "organization")
    keys.taken.update(g.key for g in groups if g.key)
    planned: list[PlannedRecord] = []
    for group in groups:
        progress.step()
        checked = [f for f in fields if not (f in _NAME_FIELDS[kind] and len(group.rows) > 1)]
        merged, merge_problems = merge_values(
            group.rows, checked + translation_names(group.rows), what,
            f"; if they are different {kind}, give each an id (an id column)")
        problems += merge_problems
        texts = take_translations(merged)
        if found := untranslatable(texts, merged, group.target, group.rows, what):
            problems += found
            continue
        first = group.rows[0]
        for name in _NAME_FIELDS[kind]:
            if name in first.values and name not in merged:
                merged[name] = first.values[name]
        local: dict[str, str] = {}
        for row in group.rows:
            local.update({k: v for k, v in row.local_names().items() if k not in local})
        row_numbers = tuple(r.number for r in group.rows)
        merge_note = (Phrase("rows {rows} are the same {what} (same name in another spelling "
                             "or script); merged", rows=", ".join(map(str, row_numbers)),
                             what=what)
                      if len(group.rows) > 1 else None)
        if "organization" in merged:
            merged["organization_id"] = merged.pop("organization")
        if kind == "people" and not merged.get("country"):
            # A person without a country in the file takes their organization's.
            org = merged.get("organization_id") or (
                group.target.organization if group.target is not None else None)
            if org is not None and org.country and (
                    group.target is None or not group.target.country):
                merged["country"] = org.country
        if local:
            merged["local_names"] = local
        if group.target is None:
            record = _plan_new(kind, group, merged, keys, first, problems)
            if record and (found := rule_problems(kind, None, record.values, first)):
                problems += found
                continue
            if record:
                added, translations = translation_changes(None, texts)
                if translations:
                    record.values["translations"] = translations
                record.change = RecordChange("create", record.change.key, record.change.label,
                                             row_numbers, (*record.change.changes, *added),
                                             merge_note)
                planned.append(record)
            continue
        if group.matched_by == "name":
            for name in _NAME_FIELDS[kind]:
                merged.pop(name, None)
        changes = _changes(group.target, merged)
        note = (Phrase("matched by id") if group.matched_by == "id"
                else Phrase("matched by name"))
        if merge_note:
            note = Phrase("{first}; {second}", first=note, second=merge_note)
        label = group.target.full_name if kind == "people" else group.target.name
        if changes and (found := rule_problems(kind, group.target, merged, first)):
            problems += found
            continue
        values = {_stored_field(c.field): merged[_stored_field(c.field)] for c in changes}
        if texts:  # only people's positions: organizations translate names only
            translated, translations = translation_changes(group.target.translations, texts)
            if translated:
                values["translations"] = translations
            changes += translated
        planned.append(PlannedRecord(
            RecordChange("update" if changes else "unchanged", group.target.key, label,
                         row_numbers, tuple(changes), note),
            group.target, values))
    if kind == "organizations" and any(
            g.target is None and not any("kind" in r.values for r in g.rows) for g in groups):
        notes.append(Phrase("organizations without a kind are stored as universities"))
    return planned, problems


class _OrganizationResolver:
    """The organization each people row names: found in the event, or as the user
    chose for a name the event lacks (remembered for every row of the file)."""

    def __init__(self, event: Event, orgs: NameIndex[Organization],
                 choices: Mapping[str, str]) -> None:
        self.event = event
        self.orgs = orgs
        self.choices = {organization_choice_key(k): v for k, v in choices.items()}
        self.created: dict[str, Organization] = {}
        self.missing: dict[str, tuple[str, list[int]]] = {}
        self.keys = KeyMaker([o.key for o in event.organizations], "organization")

    def resolve(self, row: ParsedRow) -> ImportProblem | None:
        name = row.values["organization"]
        found = [self.orgs.by_key[name]] if name in self.orgs.by_key else self.orgs.find([name])
        if len(found) > 1:
            del row.values["organization"]
            return row.problem("organization", Phrase(
                "matches several organizations ({keys}); write its id or full name",
                keys=", ".join(o.key for o in found)))
        if found:
            row.values["organization"] = found[0]
            return None
        choice_key = organization_choice_key(name)
        choice = self.choices.get(choice_key, "")
        if choice == "none":
            del row.values["organization"]
            return None
        if choice.startswith("org:") and choice[4:] in self.orgs.by_key:
            row.values["organization"] = self.orgs.by_key[choice[4:]]
            return None
        if choice.startswith("new:") and len(choice) == 6:
            org = self.created.get(choice_key)
            if org is None:
                org = self.created[choice_key] = Organization(
                    event_id=self.event.id, key=self.keys.make(name), name=name,
                    kind="university", country=choice[4:].upper(), local_names={},
                    version=1)
            row.values["organization"] = org
            return None
        self.missing.setdefault(choice_key, (name, []))[1].append(row.number)
        del row.values["organization"]
        return row.problem("organization", Phrase(
            "is not an organization of this event; match it to one, create it or leave it "
            "empty"))

    def unknown(self) -> list[UnknownOrganization]:
        return [UnknownOrganization(name, tuple(rows), tuple(
            (o.key, o.name) for o in suggest_organizations(name, self.event.organizations)))
            for name, rows in self.missing.values()]

    def notes(self) -> list[str]:
        return [Phrase('organization "{name}" ({country}) is created', name=org.name,
                       country=org.country) for org in self.created.values()]


def untranslatable(texts: dict[str, dict[str, str]], merged: dict[str, Any], target: Any | None,
                   rows: Sequence[ParsedRow], what: str) -> list[ImportProblem]:
    """A translation of a text the record would not have: a problem in its column.

    As in the event file, a text without its default (first-language) text is no text.
    """
    problems = []
    for text, by_tag in texts.items():
        if merged.get(text) or (target is not None and getattr(target, text)):
            continue
        for tag in by_tag:
            name = f"{text}:{tag}"
            row = next(r for r in rows if name in r.values)
            problems.append(row.problem(
                name, f"is a translation of the {text}, but the {what} has no {text}: "
                f"give the {text} too (a column without a language)"))
    return problems


_RULE_FIELDS = {
    "people": ("family_name", "given_name", "honorific", "local_names", "position", "country",
               "precedence", "email", "phone", "bio", "key"),
    "organizations": ("name", "kind", "country", "short_name", "local_names", "city", "website",
                      "key"),
}


def rule_problems(kind: str, target: Any | None, values: dict[str, Any], row: ParsedRow
                  ) -> list[ImportProblem]:
    """The entity services' own field rules, on the record as the import would leave it.

    The cell parsers already refuse bad values; this keeps the import from
    ever storing what the forms would refuse, should the rules grow.
    """
    final: dict[str, Any] = {name: getattr(target, name) if target is not None else None
                             for name in _RULE_FIELDS[kind]}
    final.update({k: v for k, v in values.items() if k in final})
    if target is not None and "local_names" in values:
        final["local_names"] = {**(target.local_names or {}), **values["local_names"]}
    final["local_names"] = final["local_names"] or {}
    if kind == "people":
        found = check_person_fields(PersonData(**{**final,
                                                  "family_name": final["family_name"] or ""}))
    else:
        found = check_organization(OrganizationData(**{
            **final, "name": final["name"] or "", "kind": final["kind"] or "",
            "country": final["country"] or ""}))
    problems = []
    for problem in found:
        name, _, tag = problem.field.partition(".")
        column = f"local_name:{tag}" if name == "local_names" else name
        if column not in row.columns and column == "family_name":
            column = "full_name"
        # The entity rule's own message, translated in the window like the forms'.
        reason = (Phrase(problem.template, **problem.params) if problem.template
                  else problem.reason)
        problems.append(row.problem(column, reason, problem.value))
    return problems


def _stored_field(name: str) -> str:
    return "organization_id" if name == "organization" else name


def _plan_new(kind: str, group: _Group, merged: dict[str, Any], keys: KeyMaker,
              first: ParsedRow, problems: list[ImportProblem]) -> PlannedRecord | None:
    before = len(problems)

    def missing(name: str) -> bool:
        """No value for ``name``, and no cell refused for it (already a problem)."""
        return not merged.get(name) and not any(name in row.raw for row in group.rows)

    if kind == "people":
        if missing("family_name") and missing("full_name"):
            name = "family_name" if "family_name" in first.columns else "full_name"
            problems.append(first.problem(name, missing_problem(name).phrase(), quote=False))
        key = group.key or keys.make(merged.get("family_name"),
                                     f"{merged.get('given_name') or ''} "
                                     f"{merged.get('family_name') or ''}")
        label = " ".join(p for p in (merged.get("given_name"), merged.get("family_name")) if p)
    else:
        for name in ("name", "country"):
            if missing(name):
                problems.append(first.problem(name, missing_problem(name).phrase(), quote=False))
        merged.setdefault("kind", "university")
        key = group.key or keys.make(merged.get("short_name"), merged.get("name"))
        label = merged.get("name") or key
    if len(problems) > before:
        return None
    changes = tuple(FieldChange("organization", None, v.name) if n == "organization_id"
                    else FieldChange(n, None, v) for n, v in merged.items())
    return PlannedRecord(RecordChange("create", key, label, (first.number,), changes),
                         None, {**merged, "key": key})


def apply_directory(session: Session, event: Event, kind: str, planned: list[PlannedRecord]
                    ) -> None:
    for record in planned:
        values = dict(record.values)
        if "organization_id" in values:
            org = values["organization_id"]
            if org.id is None:  # an organization the user chose to create
                org.search_key = organization_search_key(org.name, org.short_name,
                                                         org.local_names)
                session.add(org)
                session.flush()
            values["organization_id"] = org.id
        if record.target is None:
            model: Callable[..., Any] = Person if kind == "people" else Organization
            obj = model(event_id=event.id, version=1, **values)
            if kind != "people":
                obj.local_names = values.get("local_names") or {}
            session.add(obj)
            target = obj
        else:
            target = record.target
            for name, value in values.items():
                if name == "local_names":
                    value = {**(target.local_names or {}), **value}
                setattr(target, name, value)
        target.local_names = target.local_names or {}
        if kind == "people":
            target.search_key = person_search_key(target.given_name, target.family_name,
                                                  target.local_names)
        else:
            target.search_key = organization_search_key(target.name, target.short_name,
                                                        target.local_names)
