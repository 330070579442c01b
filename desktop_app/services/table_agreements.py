"""Planning the import of agreements from spreadsheet rows.

Two shapes are read, and may be mixed: one row per agreement with numbered
party columns (``Party 1``, ``Signatory 1``, ``Party 2`` …) or a list in one
cell (``Parties``: ``ADA; KazNU``); or one row per party, rows of one
agreement sharing its reference (the shape ``export signings`` writes, so an
exported file can be corrected and imported again). Parties and signatories
are matched by id, name, short name or a name in another script. Titles in the
event's other languages (``Title (kk)``, ``title_az``) merge into the agreement's
translations: a language the file gives is set, the others are kept.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.domain.models import (
    Agreement,
    AgreementParty,
    Event,
    Organization,
    Person,
)
from desktop_app.domain.rules import (
    duplicate_parties,
    duplicate_party_problem,
    required_problem,
)
from desktop_app.exchange.table_reader import TableProgress
from desktop_app.exchange.table_report import FieldChange, ImportProblem, RecordChange

from .agreements import AgreementData, PartyData, check_agreement_fields
from .table_directory import PlannedRecord
from .table_matching import KeyMaker, NameIndex, organization_index, people_index
from .table_rows import (
    ParsedRow,
    merge_values,
    take_translations,
    translation_changes,
    translation_names,
)

AGREEMENT_FIELDS = ["key", "reference", "kind", "title", "status", "signed_at", "signing_order",
                    "valid_from", "valid_until", "languages", "originals", "notes"]
_NUMBERED = re.compile(r"(party|signatory)_(\d+)")


@dataclass
class _PartyEntry:
    order: int
    row: ParsedRow
    organization_field: str | None
    signatory_field: str | None
    organization: str | None
    signatory: str | None


def _reference_key(reference: str) -> str:
    return " ".join(reference.split()).casefold()


def _resolve(index: NameIndex[Any], text: str) -> list[Any]:
    if text in index.by_key:
        return [index.by_key[text]]
    return index.find([text])


def _party_entries(row: ParsedRow, sequence: int) -> list[_PartyEntry]:
    entries = []
    if "organization" in row.values or "signatory" in row.values:
        order = row.values.get("party_number", 1000 + sequence)
        entries.append(_PartyEntry(order, row, "organization", "signatory",
                                   row.values.get("organization"), row.values.get("signatory")))
    numbers = sorted({int(m.group(2)) for name in row.values
                      if (m := _NUMBERED.fullmatch(name))})
    for n in numbers:
        entries.append(_PartyEntry(n, row, f"party_{n}", f"signatory_{n}",
                                   row.values.get(f"party_{n}"), row.values.get(f"signatory_{n}")))
    parties, signatories = row.values.get("parties", []), row.values.get("signatories", [])
    for i in range(max(len(parties), len(signatories))):
        entries.append(_PartyEntry(i + 1, row, "parties", "signatories",
                                   parties[i] if i < len(parties) else None,
                                   signatories[i] if i < len(signatories) else None))
    return entries


def _resolve_parties(entries: list[_PartyEntry], orgs: NameIndex[Organization],
                     people: NameIndex[Person], problems: list[ImportProblem]
                     ) -> list[tuple[Organization, Person | None]] | None:
    before = len(problems)
    by_order: dict[int, tuple[Organization, Person | None, _PartyEntry]] = {}
    for entry in sorted(entries, key=lambda e: e.order):
        person = None
        if entry.signatory:
            found = _resolve(people, entry.signatory)
            if len(found) != 1:
                problems.append(entry.row.problem(
                    entry.signatory_field,
                    "is not a person of this event; import people first" if not found else
                    "matches several people (" + ", ".join(p.key for p in found)
                    + "); write the person's id", entry.signatory))
                continue
            person = found[0]
        if entry.organization:
            found_orgs = _resolve(orgs, entry.organization)
            if len(found_orgs) != 1:
                problems.append(entry.row.problem(
                    entry.organization_field,
                    "is not an organization of this event; import organizations first"
                    if not found_orgs else "matches several organizations ("
                    + ", ".join(o.key for o in found_orgs) + "); write its id or full name",
                    entry.organization))
                continue
            org = found_orgs[0]
        elif person is not None and person.organization is not None:
            org = person.organization
        else:
            problems.append(entry.row.problem(entry.organization_field or entry.signatory_field,
                                              "a party needs an organization", quote=False))
            continue
        if entry.order in by_order and (by_order[entry.order][0], by_order[entry.order][1]) != (
                org, person):
            problems.append(entry.row.problem(
                "party_number", f"party {entry.order} is given twice, differently "
                f"(row {by_order[entry.order][2].row.number})", quote=False))
            continue
        by_order[entry.order] = (org, person, entry)
    if len(problems) > before:
        return None
    parties = [(org, person) for org, person, _ in (by_order[k] for k in sorted(by_order))]
    ordered = [by_order[k] for k in sorted(by_order)]
    for i, first in duplicate_parties([org.id for org, _person, _entry in ordered]):
        org, _person, entry = ordered[i]
        repeated = duplicate_party_problem(f"parties[{i}].organization", org.name, first)
        problems.append(entry.row.problem(entry.organization_field, repeated.phrase(),
                                          org.name))
    return None if len(problems) > before else parties


def _party_text(parties: list[tuple[Organization, Person | None]]) -> str:
    return "; ".join((org.short_name or org.name)
                     + (f" ({person.full_name})" if person else "") for org, person in parties)


_SCALARS = ("reference", "kind", "title", "status", "signing_order", "signed_at", "valid_from",
            "valid_until", "languages", "originals", "notes")


def rule_problems(target: Agreement | None, values: dict[str, Any], row: ParsedRow
                  ) -> list[ImportProblem]:
    """The agreement services' field rules, on the agreement as the import would leave it."""
    final: dict[str, Any] = {name: getattr(target, name) if target is not None else None
                             for name in _SCALARS}
    final.update({k: v for k, v in values.items() if k in final})
    parties = values.get("parties")
    if parties is None:
        parties = [(p.organization, p.signatory) for p in target.parties] if target else []
    data = AgreementData(**{**final, "reference": final["reference"] or "",
                            "kind": final["kind"] or "", "title": final["title"] or "",
                            "status": final["status"] or ""},
                         parties=[PartyData(org.id, person.id if person else None)
                                  for org, person in parties])
    problems = []
    for problem in check_agreement_fields(data):
        name = problem.field.split("[")[0].split(".")[0]
        candidates = {"parties": ("organization", "party_1", "parties", "signatory_1"),
                      "signed_at": ("signed_at", "status")}.get(name, (name,))
        column = next((c for c in candidates if c in row.columns), candidates[0])
        # the cell as written when it holds the value at fault, else the value the rule saw
        value = row.raw.get(name, problem.value) if column == name else problem.value
        problems.append(row.problem(column, problem.phrase(), value))
    return problems


def plan_agreements(session: Session, event: Event, rows: list[ParsedRow], notes: list[str],
                    progress: TableProgress | None = None
                    ) -> tuple[list[PlannedRecord], list[ImportProblem]]:
    """The changes an agreements table makes, or its problems; ``progress`` takes a step
    per row and per agreement planned."""
    problems: list[ImportProblem] = []
    progress = progress or TableProgress()
    by_key = {a.key: a for a in event.agreements}
    by_reference = {_reference_key(a.reference): a for a in event.agreements}
    groups: dict[str, list[ParsedRow]] = {}
    for row in rows:
        progress.step()
        if row.get("reference"):
            groups.setdefault("ref:" + _reference_key(row.values["reference"]), []).append(row)
        elif row.get("key"):
            groups.setdefault("key:" + row.values["key"], []).append(row)
        else:
            problems.append(row.problem("reference", "the agreement has no reference",
                                        quote=False))
    orgs = organization_index(event.organizations)
    people = people_index(event.people)
    keys = KeyMaker(by_key, "agreement")
    planned: list[PlannedRecord] = []
    claimed: dict[str, int] = {}
    for group_rows in groups.values():
        progress.step()
        first = group_rows[0]
        before = len(problems)
        merged, merge_problems = merge_values(
            group_rows, AGREEMENT_FIELDS + translation_names(group_rows), "agreement")
        problems += merge_problems
        merged.pop("party_number", None)
        texts = take_translations(merged)
        target = (by_key.get(merged["key"]) if merged.get("key")
                  else by_reference.get(_reference_key(merged.get("reference", ""))))
        entries = [e for i, row in enumerate(group_rows) for e in _party_entries(row, i)]
        parties = _resolve_parties(entries, orgs, people, problems) if entries else None
        if target is None:
            if entries == []:
                problems.append(first.problem(None, "a new agreement needs its parties "
                                              "(Party 1, Party 2 … or Organization columns)",
                                              quote=False))
            for name in ("reference", "title"):
                if (missing := required_problem(name, merged.get(name))) is not None:
                    problems.append(first.problem(name, missing.phrase(), quote=False))
        reference = merged.get("reference") or (target.reference if target else "")
        other = by_reference.get(_reference_key(reference))
        if other is not None and target is not None and other is not target:
            problems.append(first.problem("reference", f'is already the reference of agreement '
                                          f'"{other.key}"'))
        status = merged.get("status") or (target.status if target else "draft")
        # leaving "signed" clears the time of signing, unless the row gives one: then
        # rule_problems refuses it (signed_at_problem)
        if status != "signed" and target is not None and target.signed_at is not None \
                and "signed_at" not in merged:
            merged["signed_at"] = None
        if reference and _reference_key(reference) in claimed and target is None:
            problems.append(first.problem("reference", "is used by another new agreement "
                                          f"(row {claimed[_reference_key(reference)]})"))
        if len(problems) > before:
            continue
        claimed[_reference_key(reference)] = first.number
        row_numbers = tuple(r.number for r in group_rows)
        if target is None:
            if "kind" not in merged:
                merged["kind"] = "mou"
                if "new agreements without a kind are stored as MoUs" not in notes:
                    notes.append("new agreements without a kind are stored as MoUs")
            merged.setdefault("status", "draft")
            key = merged.pop("key", None) or keys.make(reference)
            keys.taken.add(key)
            if found := rule_problems(None, {**merged, "parties": parties or []}, first):
                problems += found
                continue
            changes = [FieldChange(n, None, v) for n, v in merged.items()]
            added, translations = translation_changes(None, texts)
            changes += added
            changes.append(FieldChange("parties", None, _party_text(parties or [])))
            planned.append(PlannedRecord(
                RecordChange("create", key, merged["title"], row_numbers, tuple(changes)),
                None, {**merged, "key": key, "parties": parties, "translations": translations}))
            continue
        merged.pop("key", None)
        changes = [FieldChange(n, getattr(target, n), v) for n, v in merged.items()
                   if getattr(target, n) != v]
        values: dict[str, Any] = {c.field: merged[c.field] for c in changes}
        translated, translations = translation_changes(target.translations, texts)
        if translated:
            changes += translated
            values["translations"] = translations
        current = [(p.organization, p.signatory) for p in target.parties]
        if parties is not None and [(o.id, p.id if p else None) for o, p in parties] != [
                (o.id, p.id if p else None) for o, p in current]:
            changes.append(FieldChange("parties", _party_text(current), _party_text(parties)))
            values["parties"] = parties
        if changes and (found := rule_problems(target, values, first)):
            problems += found
            continue
        planned.append(PlannedRecord(
            RecordChange("update" if changes else "unchanged", target.key, target.title,
                         row_numbers, tuple(changes), "matched by reference"),
            target, values))
    return planned, problems


def apply_agreements(session: Session, event: Event, planned: list[PlannedRecord]) -> None:
    for record in planned:
        values = dict(record.values)
        parties = values.pop("parties", None)
        if record.target is None:
            agreement = Agreement(event_id=event.id, version=1, **values)
            session.add(agreement)
        else:
            agreement = record.target
            for name, value in values.items():
                setattr(agreement, name, value)
            if parties is not None:
                agreement.parties.clear()
                session.flush()
        if parties is not None:
            for org, person in parties:
                agreement.parties.append(AgreementParty(organization=org, signatory=person))
