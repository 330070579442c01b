"""Importing agreements: numbered party columns, one row per party, errors, updates."""
from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.domain.models import Agreement, AgreementParty
from desktop_app.services.exports import export_signings
from desktop_app.services.table_import import TableImportError, import_table
from desktop_app.storage import Database
from tests.builders import MakeAgreement, MakeEvent, MakeOrganization, MakePerson

from .conftest import FIXTURES, loaded


def counts(db: Database) -> tuple[int, int]:
    with db.reader() as session:
        return (session.scalar(select(func.count()).select_from(Agreement)) or 0,
                session.scalar(select(func.count()).select_from(AgreementParty)) or 0)


def test_wide_xlsx_creates_agreements_with_matched_parties(db: Database,
                                                           sample_event: str) -> None:
    report = import_table(db, sample_event, "agreements", FIXTURES / "agreements_wide.xlsx")
    assert report.count("create") == 2
    event = loaded(db, sample_event)
    by_reference = {a.reference: a for a in event.agreements}
    research = by_reference["AZ-KZ/2025/101"]
    assert research.key == "az-kz-2025-101" and research.version == 1
    assert research.title == 'Memorandum on <joint> research & "innovation"'
    assert research.kind == "research" and research.status == "signed"
    # A time without an offset is the event's local time (Asia/Baku, +04:00).
    assert research.signed_at == dt.datetime(2025, 3, 4, 9, 5, tzinfo=dt.UTC)
    assert [(p.organization.key, p.signatory.key if p.signatory else None)
            for p in research.parties] == [("ada", "pashayev"), ("kaznu", None)]
    assert research.valid_from == dt.date(2025, 3, 4)
    assert research.valid_until == dt.date(2030, 3, 3)
    assert research.languages == ["az", "kk", "en"]
    dual = by_reference["AZ-KZ/2025/102"]
    assert dual.kind == "dual-degree" and dual.status == "ready" and dual.signed_at is None
    assert [p.organization.key for p in dual.parties] == ["asoiu", "satbayev"]
    assert dual.valid_from == dt.date(2025, 3, 4)  # "04.03.2025"


def test_errors_are_reported_by_row_and_column_and_nothing_is_stored(db: Database,
                                                                     sample_event: str) -> None:
    before = counts(db)
    with pytest.raises(TableImportError) as caught:
        import_table(db, sample_event, "agreements", FIXTURES / "agreements_errors.xlsx")
    problems = caught.value.report.problems
    assert [(p.row, p.column) for p in problems] == [
        (3, "F"), (4, "D"), (5, "H"), (6, "C"), (6, "G"), (7, "F")]
    text = "\n".join(str(p) for p in problems)
    assert 'row 3, column F "Party 2" ("Oxford University"): is not an organization' in text
    assert 'row 4, column D "Signed at": is required when status is "signed"' in text
    assert 'row 5, column H "Valid until" ("2024-01-01"): must be after valid from' in text
    assert 'row 6, column C "Status" ("approved"): "approved" is not one of draft, ready' in text
    assert 'row 6, column G "Valid from" ("4 March"): is not a date' in text
    assert ('row 7, column F "Party 2" ("ADA University"): is the same organization as '
            "party 1") in text
    assert counts(db) == before  # row 2 was fine, and is not stored either


def test_exported_signings_import_back_and_corrections_update(db: Database, sample_event: str,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "signings.csv"
    export_signings(db, sample_event, path)
    unchanged = import_table(db, sample_event, "agreements", path)
    assert unchanged.count("unchanged") == 40 and unchanged.count("update") == 0

    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    header = rows[0]
    column = {name: header.index(name) for name in header}
    for row in rows[1:]:
        if row[column["Reference"]] == "AZ-KZ/2025/002":
            row[column["Title"]] = "Agreement on student exchange"
            row[column["Valid until"]] = "2031-03-03"
            if row[column["Party"]] == "2":
                row[column["Organization"]] = "Nazarbayev University"
                row[column["Signatory"]] = ""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    with db.reader() as session:
        version = session.scalars(select(Agreement.version).where(
            Agreement.reference == "AZ-KZ/2025/002")).one()

    report = import_table(db, sample_event, "agreements", path)
    assert report.count("update") == 1 and report.count("create") == 0
    [change] = [c for c in report.changes if c.action == "update"]
    assert change.rows == (4, 5)
    assert {c.field for c in change.changes} == {"title", "valid_until", "parties"}
    event = loaded(db, sample_event)
    agreement = next(a for a in event.agreements if a.reference == "AZ-KZ/2025/002")
    assert agreement.title == "Agreement on student exchange"
    assert agreement.valid_until == dt.date(2031, 3, 3)
    assert [(p.organization.key, p.signatory.key if p.signatory else None)
            for p in agreement.parties] == [("bsu", "rector-bsu"), ("nu", None)]
    assert agreement.version == version + 1
    assert len(event.agreements) == 40


def test_parties_in_one_cell_and_status_in_russian(
        db: Database, make_event: MakeEvent, make_organization: MakeOrganization,
        make_person: MakePerson, tmp_path: Path) -> None:
    event = make_event().key  # in Baku, +04:00
    ada, kaznu = make_organization(short_name="ADA"), make_organization(short_name="KazNU")
    rector = make_person(given_name="Hafiz", family_name="Paşayev", organization_id=ada.id)
    other = make_person(given_name="Нурлан", family_name="Сарсенбаев",
                        organization_id=kaznu.id)
    path = tmp_path / "agreements.csv"
    path.write_text(
        "Номер,Название,Статус,Стороны,Подписанты,Дата подписания\n"
        'AZ-KZ/2025/301,"Меморандум ""о сотрудничестве""",Подписано,"ADA; KazNU",'
        '"Hafiz Paşayev; Нурлан Сарсенбаев",04.03.2025 12:50\n',
        encoding="utf-8")
    import_table(db, event, "agreements", path)
    agreement = next(a for a in loaded(db, event).agreements
                     if a.reference == "AZ-KZ/2025/301")
    assert agreement.title == 'Меморандум "о сотрудничестве"'
    assert agreement.status == "signed" and agreement.kind == "mou"
    assert agreement.signed_at == dt.datetime(2025, 3, 4, 8, 50, tzinfo=dt.UTC)
    assert [p.signatory.key for p in agreement.parties] == [rector.key, other.key]


def test_a_signatory_alone_brings_the_organization(
        db: Database, make_event: MakeEvent, make_organization: MakeOrganization,
        make_person: MakePerson, tmp_path: Path) -> None:
    event = make_event().key
    ada, ministry = make_organization(), make_organization(kind="ministry", country="KZ")
    make_person(given_name="Hafiz", family_name="Pashayev", organization_id=ada.id)
    make_person(given_name="Sayasat", family_name="Nurbek", organization_id=ministry.id)
    path = tmp_path / "agreements.csv"
    path.write_text("Reference,Title,Signatory 1,Signatory 2\n"
                    "AZ-KZ/2025/401,Joint lab,Hafiz Pashayev,Sayasat Nurbek\n", encoding="utf-8")
    import_table(db, event, "agreements", path)
    agreement = next(a for a in loaded(db, event).agreements
                     if a.reference == "AZ-KZ/2025/401")
    assert [p.organization.key for p in agreement.parties] == [ada.key, ministry.key]
    assert agreement.status == "draft"


def test_status_change_clears_the_signing_time(db: Database, make_event: MakeEvent,
                                               make_agreement: MakeAgreement,
                                               tmp_path: Path) -> None:
    event = make_event().key
    signed = make_agreement(status="signed",
                            signed_at=dt.datetime(2026, 5, 12, 12, 0, tzinfo=dt.UTC))
    path = tmp_path / "agreements.csv"
    path.write_text(f"Reference,Status\n{signed.reference},ready\n", encoding="utf-8")
    report = import_table(db, event, "agreements", path)
    assert {c.field for c in report.changes[0].changes} == {"status", "signed_at"}
    agreement = next(a for a in loaded(db, event).agreements if a.id == signed.id)
    assert agreement.status == "ready" and agreement.signed_at is None
    assert len(agreement.parties) == 2  # no party columns: the parties stay


def test_signed_at_with_an_unsigned_status_is_refused(db: Database, make_event: MakeEvent,
                                                      make_agreement: MakeAgreement,
                                                      tmp_path: Path) -> None:
    event = make_event().key
    agreement = make_agreement()
    path = tmp_path / "agreements.csv"
    path.write_text(f"Reference,Status,Signed at\n{agreement.reference},draft,2025-03-04 12:00\n",
                    encoding="utf-8")
    with pytest.raises(TableImportError) as caught:
        import_table(db, event, "agreements", path)
    assert [str(p) for p in caught.value.report.problems] == [
        'row 2, column C "Signed at" ("2025-03-04 12:00"): must be empty when status is "draft"']


def test_stored_import_reports_the_event_warnings(
        db: Database, make_event: MakeEvent, make_organization: MakeOrganization,
        make_person: MakePerson, make_agreement: MakeAgreement, tmp_path: Path) -> None:
    event = make_event().key
    ada, kaznu = make_organization(short_name="ADA"), make_organization(short_name="KazNU")
    ministry = make_organization(kind="ministry", country="KZ")
    make_person(given_name="Sayasat", family_name="Nurbek", organization_id=ministry.id)
    agreement = make_agreement(parties=[ada, kaznu])
    path = tmp_path / "agreements.csv"
    path.write_text("Reference,Party 1,Signatory 1,Party 2\n"
                    f"{agreement.reference},ADA,Sayasat Nurbek,KazNU\n", encoding="utf-8")
    report = import_table(db, event, "agreements", path)
    assert report.stored and report.count("update") == 1
    [warning] = report.warnings
    assert warning.startswith(f"[signatory-organization] agreement {agreement.reference}")
    assert "Sayasat Nurbek" in warning


def test_the_agreement_rules_are_applied_to_what_would_be_stored() -> None:
    from desktop_app.exchange.table_report import ColumnMapping
    from desktop_app.services.table_agreements import rule_problems
    from desktop_app.services.table_rows import ParsedRow

    row = ParsedRow(9, columns={"party_1": ColumnMapping(3, "D", "Party 1", "party_1", "header"),
                                "kind": ColumnMapping(1, "B", "Kind", "kind", "header")})
    found = rule_problems(None, {"reference": "R", "title": "T", "kind": "treaty",
                                 "status": "draft", "parties": []}, row)
    assert [(p.row, p.column) for p in found] == [(9, "B"), (9, "D")]
    assert "at least 2 parties" in str(found[1])
