"""Signing records as JSON (``roundtable-signing-records`` version 1).

The structure is documented in ``docs/signing-records.md``; agreement
management systems read it. Unlike the spreadsheets it keeps every id, the
names and texts in every recorded language (``local_names``, and ``title_local``/
``position_local`` as in the event file) and the instants with their offsets, and
it is plain data: no neutralisation is needed or done.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_app.domain.models import Agreement, Event, Organization, Person

from .event_json import format_instant
from .files import write_bytes_atomically
from .signing_records import SigningRecords

FORMAT_NAME = "roundtable-signing-records"
FORMAT_VERSION = 1


def _local(record: Any, field: str) -> dict[str, str]:
    """The recorded translations of ``field`` of ``record``, by language (``{}`` if none)."""
    return dict(sorted(((record.translations or {}).get(field) or {}).items()))


def _organization(org: Organization) -> dict[str, Any]:
    return {"id": org.key, "name": org.name, "short_name": org.short_name,
            "local_names": dict(org.local_names or {}), "kind": org.kind, "country": org.country,
            "city": org.city}


def _person(person: Person | None) -> dict[str, Any] | None:
    if person is None:
        return None
    return {"id": person.key, "honorific": person.honorific, "given_name": person.given_name,
            "family_name": person.family_name, "name": person.full_name,
            "local_names": dict(person.local_names or {}), "position": person.position,
            "position_local": _local(person, "position")}


def _agreement(agreement: Agreement, timezone: str) -> dict[str, Any]:
    item = agreement.signing_item
    return {
        "id": agreement.key,
        "reference": agreement.reference,
        "kind": agreement.kind,
        "title": agreement.title,
        "title_local": _local(agreement, "title"),
        "status": agreement.status,
        "signed_at": format_instant(agreement.signed_at, timezone) if agreement.signed_at
        else None,
        "signing": None if item is None else {
            "agenda_item": item.key, "title": item.title,
            "title_local": _local(item, "title"), "day": item.day.isoformat(),
            "start": item.start_time.strftime("%H:%M"), "order": agreement.signing_order,
        },
        "valid_from": agreement.valid_from.isoformat() if agreement.valid_from else None,
        "valid_until": agreement.valid_until.isoformat() if agreement.valid_until else None,
        "languages": list(agreement.languages or []),
        "originals": agreement.originals_needed,
        "parties": [
            {"number": number, "organization": _organization(party.organization),
             "signatory": _person(party.signatory)}
            for number, party in enumerate(agreement.parties, start=1)
        ],
        "witnesses": [_person(w.person) for w in agreement.witnesses],
        "notes": agreement.notes,
    }


def signing_document(event: Event, records: SigningRecords) -> dict[str, Any]:
    summary = records.summary
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "generated_at": records.generated_at.isoformat(timespec="seconds"),
        "event": {
            "id": event.key, "title": event.title, "title_local": _local(event, "title"),
            "languages": list(event.languages or []),
            "start_date": event.start_date.isoformat(),
            "end_date": event.end_date.isoformat(), "timezone": event.timezone,
            "venue": {"name": event.venue_name, "city": event.venue_city,
                      "country": event.venue_country},
        },
        "agreements": [_agreement(a, event.timezone) for a in records.agreements],
        "summary": {
            "total": summary.total,
            "by_status": summary.by_status,
            "by_country": {country: {"agreements": total, "signed": signed}
                           for country, (total, signed) in summary.by_country.items()},
            "by_organization": [
                {"id": c.key, "organization": c.organization, "short_name": c.short_name,
                 "country": c.country, "agreements": c.agreements, "signed": c.signed}
                for c in summary.by_organization
            ],
        },
    }


def write_signing_json(event: Event, records: SigningRecords, path: Path) -> None:
    text = json.dumps(signing_document(event, records), ensure_ascii=False, indent=2) + "\n"
    write_bytes_atomically(path, text.encode("utf-8"))
