"""Each record rule is written once (``domain.rules``): the same bad record gives the same
message through the form (the service call its dialog makes), the event file and the
spreadsheet import; only the place (field, JSON path, row and column) differs."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.models import Organization
from desktop_app.exchange.event_validation import EventFileError
from desktop_app.resources import sample_event_path
from desktop_app.services.agreements import AgreementData, PartyData, create_agreement
from desktop_app.services.events import import_event_file
from desktop_app.services.people import PersonData, create_person
from desktop_app.services.table_import import TableImportError, import_table
from desktop_app.storage import Database

LONG_NAME = "Ə" * 501


SIGNED_AT = "2025-03-04T12:35:00+04:00"


def _form(db: Database, event_key: str, bad: str) -> str:
    """The reason the service refuses the form's record with."""
    with db.reader() as session:
        organization, other = session.scalars(select(Organization.id).limit(2)).all()
    calls: dict[str, Callable[[], Any]] = {
        "one party": lambda: create_agreement(db, event_key, AgreementData(
            reference="R-ONE", kind="mou", title="One party",
            parties=[PartyData(organization)])),
        "same party twice": lambda: create_agreement(db, event_key, AgreementData(
            reference="R-TWICE", kind="mou", title="Same party twice",
            parties=[PartyData(organization), PartyData(organization)])),
        "signed_at of a draft": lambda: create_agreement(db, event_key, AgreementData(
            reference="R-DRAFT", kind="mou", title="A draft", status="draft",
            parties=[PartyData(organization), PartyData(other)],
            signed_at=dt.datetime.fromisoformat(SIGNED_AT))),
        "blank family name": lambda: create_person(db, event_key, PersonData(
            given_name="Emin", family_name="  ")),
        "long name": lambda: create_person(db, event_key, PersonData(family_name=LONG_NAME)),
        "bad country": lambda: create_person(db, event_key, PersonData(
            family_name="Aliyev", country="Atlantis")),
    }
    with pytest.raises(ValidationError) as caught:
        calls[bad]()
    [found] = caught.value.problems
    return found.reason


def _event_file(db: Database, tmp_path: Path, bad: str) -> str:
    """The reason the event file import refuses the record with (its JSON path cut off)."""
    doc = json.loads(sample_event_path().read_text(encoding="utf-8"))
    doc["event"]["id"] = "rules-once"
    agreement = doc["agreements"][0]
    if bad == "one party":
        agreement["parties"] = agreement["parties"][:1]
        path = "agreements[0].parties"
    elif bad == "same party twice":
        agreement["parties"][1]["organization"] = agreement["parties"][0]["organization"]
        path = "agreements[0].parties[1].organization"
    elif bad == "signed_at of a draft":
        agreement["status"], agreement["signed_at"] = "draft", SIGNED_AT
        path = "agreements[0].signed_at"
    elif bad == "blank family name":
        doc["people"][0]["family_name"] = "  "
        path = "people[0].family_name"
    elif bad == "long name":
        doc["people"][0]["family_name"] = LONG_NAME
        path = "people[0].family_name"
    else:
        doc["people"][0]["country"] = "Atlantis"
        path = "people[0].country"
    file = tmp_path / "event.json"
    file.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(EventFileError) as caught:
        import_event_file(db, file)
    [error] = caught.value.errors
    assert error.startswith(f"{path}: ")
    return error.removeprefix(f"{path}: ")


def _spreadsheet(db: Database, event_key: str, tmp_path: Path, bad: str) -> str:
    """The reason the CSV import refuses the row's bad cell with (a name too long to
    store is also a missing name: two problems)."""
    with db.reader() as session:
        organization, other = session.scalars(select(Organization.name).limit(2)).all()
    kind, header, text = {
        "one party": ("agreements", "Party 1",
                      f"Reference,Title,Party 1\nR-ONE,One party,{organization}\n"),
        "same party twice": ("agreements", "Party 2", "Reference,Title,Party 1,Party 2\n"
                             f"R-TWICE,Same party twice,{organization},{organization}\n"),
        "signed_at of a draft": ("agreements", "Signed at",
                                 "Reference,Title,Party 1,Party 2,Status,Signed at\n"
                                 f"R-DRAFT,A draft,{organization},{other},draft,{SIGNED_AT}\n"),
        "blank family name": ("people", "Family name", "Given name,Family name\nEmin,\n"),
        "long name": ("people", "Family name", f"Family name,Country\n{LONG_NAME},AZ\n"),
        "bad country": ("people", "Country", "Family name,Country\nAliyev,Atlantis\n"),
    }[bad]
    file = tmp_path / f"{kind}.csv"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(TableImportError) as caught:
        import_table(db, event_key, kind, file)
    [found] = [p for p in caught.value.report.problems if p.header == header]
    assert found.row == 2
    return str(found.reason)


@pytest.mark.parametrize("bad", ["one party", "long name", "bad country", "same party twice",
                                 "signed_at of a draft", "blank family name"])
def test_the_same_bad_record_gives_the_same_message_everywhere(
        db: Database, sample_event: str, tmp_path: Path, bad: str) -> None:
    form = _form(db, sample_event, bad)
    assert _event_file(db, tmp_path, bad) == form
    assert _spreadsheet(db, sample_event, tmp_path, bad) == form
    assert form in {"at least 2 parties are needed",
                    "is 501 characters long; the limit is 500",
                    '"Atlantis" is not a two-letter country code (ISO 3166-1, e.g. AZ)',
                    "is the same organization as party 1",
                    'must be empty when status is "draft"',
                    "is required"}
