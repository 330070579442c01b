"""The partnership register in files: the event file (renewals, terminations, attachments
with or without their bytes, activities), backups and restores, the register exports with
the formula guard, the renewal reminders and the yearly report."""
from __future__ import annotations

import base64
import copy
import csv
import datetime as dt
import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from desktop_app.exchange.event_validation import EventFileError, validate_event_document
from desktop_app.services.activities import ActivityData, add_activity
from desktop_app.services.attachments import (
    AttachmentError,
    add_attachment,
    attachment_content,
    list_attachments,
)
from desktop_app.services.events import export_event_file, import_event_file
from desktop_app.services.register import find_agreement, list_register, register_entry
from desktop_app.services.register_outputs import (
    export_register,
    export_reminders,
    print_partnership_report,
)
from desktop_app.services.renewals import renew_agreement, terminate_agreement
from desktop_app.storage import Database, open_database
from tests.support import write_json

AS_OF = dt.date(2026, 12, 3)
FIRST = "AZ-KZ/2025/001"
SCAN = b"%PDF-1.7\n" + "İmzalanıb · Қол қойылды".encode() + bytes(range(256)) * 20


def _partnership(db: Database) -> dict[str, int]:
    """Renewal, termination, an attachment and two activities on the sample."""
    first = find_agreement(db, FIRST)
    second = find_agreement(db, "AZ-KZ/2025/002")
    renewal = renew_agreement(db, first)
    terminate_agreement(db, second, dt.date(2027, 6, 30), "Programme closed")
    add_attachment(db, first, "AZ-KZ-2025-001 signed.pdf", SCAN, added_by="aliyeva",
                   added_at=dt.datetime(2025, 3, 5, 6, 12, tzinfo=dt.UTC))
    parties = [p.organization_id for p in register_entry(db, first).row.parties]
    add_activity(db, first, ActivityData(dt.date(2025, 9, 1), "student-mobility", 4,
                                         "Autumn semester", parties[0], parties[1]))
    add_activity(db, second, ActivityData(dt.date(2025, 11, 20), "visit"))
    return {"first": first, "second": second, "successor": renewal.successor_id}


def test_the_event_file_carries_renewals_terminations_attachments_and_activities(
        db: Database, sample_event: str, tmp_path: Path) -> None:
    _partnership(db)
    out = tmp_path / "event.json"
    export_event_file(db, sample_event, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    agreements = {a["reference"]: a for a in doc["agreements"]}
    first = agreements[FIRST]
    assert first["attachments"] == [{
        "file_name": "AZ-KZ-2025-001 signed.pdf", "kind": "signed-copy", "size": len(SCAN),
        "sha256": hashlib.sha256(SCAN).hexdigest(), "added_at": "2025-03-05T10:12:00+04:00",
        "added_by": "aliyeva"}]  # no bytes without --with-files
    assert first["activities"] == [{"date": "2025-09-01", "kind": "student-mobility",
                                    "count": 4, "from": "ada", "to": "kaznu",
                                    "text": "Autumn semester"}]
    assert agreements[f"{FIRST}-R1"]["renews"] == {"agreement": first["id"]}
    assert agreements["AZ-KZ/2025/002"]["termination"] == {"date": "2027-06-30",
                                                           "reason": "Programme closed"}

    with_files = tmp_path / "with-files.json"
    export_event_file(db, sample_event, with_files, with_files=True)
    full = json.loads(with_files.read_text(encoding="utf-8"))
    [attachment] = next(a for a in full["agreements"] if a["reference"] == FIRST)["attachments"]
    assert base64.b64decode(attachment["content"]) == SCAN

    other = open_database(str(tmp_path / "other.sqlite"))
    try:
        import_event_file(other, with_files)
        again = tmp_path / "again.json"
        export_event_file(other, sample_event, again, with_files=True)
        assert again.read_bytes() == with_files.read_bytes()
        [view] = list_attachments(other, find_agreement(other, FIRST))
        assert attachment_content(other, view.id)[1] == SCAN
        successor = register_entry(other, find_agreement(other, f"{FIRST}-R1")).row
        assert successor.renews is not None and successor.renews.reference == FIRST
    finally:
        other.dispose()

    bare = open_database(str(tmp_path / "bare.sqlite"))
    try:
        import_event_file(bare, out)  # metadata only: still recognised, bytes missing
        [view] = list_attachments(bare, find_agreement(bare, FIRST))
        assert not view.has_content and view.sha256 == hashlib.sha256(SCAN).hexdigest()
        with pytest.raises(AttachmentError, match="not in this database"):
            attachment_content(bare, view.id)
    finally:
        bare.dispose()


def test_replacing_an_event_keeps_the_bytes_and_the_links_of_other_events(
        db: Database, sample_event: str, sample_document: dict[str, Any],
        tmp_path: Path) -> None:
    ids = _partnership(db)
    later = copy.deepcopy(sample_document)
    later["event"]["id"] = "ada-2030"
    later["agreements"] = []
    import_event_file(db, write_json(tmp_path / "later.json", later))
    renewal = renew_agreement(db, find_agreement(db, f"{sample_event}/AZ-KZ/2025/003"),
                              event_key="ada-2030")
    out = tmp_path / "event.json"
    export_event_file(db, sample_event, out)  # without the bytes
    import_event_file(db, out, replace=True)
    first = find_agreement(db, f"{sample_event}/{FIRST}")
    assert first != ids["first"]
    [view] = list_attachments(db, first)
    assert attachment_content(db, view.id)[1] == SCAN  # the bytes came back by SHA-256
    successor = register_entry(db, renewal.successor_id).row
    assert successor.renews is not None and successor.renews.reference == "AZ-KZ/2025/003"
    assert successor.renews.event_key == sample_event

    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["event"]["id"] = "copy"
    elsewhere = next(a for a in doc["agreements"] if a["reference"] == f"{FIRST}-R1")
    elsewhere["renews"] = {"event": "gone-2020", "reference": "X/1"}
    result = import_event_file(db, write_json(tmp_path / "copy.json", doc))
    [warning] = [w for w in result.warnings if w.code == "renews-unknown"]
    assert "renews gone-2020/X/1, which is not in the database" in str(warning)


@pytest.mark.parametrize(("change", "message"), [
    (lambda a, b: a.update(renews={"agreement": "nope"}),
     'agreements[0].renews.agreement: unknown agreement "nope"'),
    (lambda a, b: a.update(renews={"agreement": a["id"]}),
     "agreements[0].renews.agreement: an agreement cannot renew itself"),
    (lambda a, b: a.update(renews={"event": "x"}),
     'agreements[0].renews: needs "agreement", or "event" and "reference"'),
    (lambda a, b: a.update(termination={"date": "2027-13-01", "reason": "x"}),
     'agreements[0].termination.date: invalid date (YYYY-MM-DD) "2027-13-01"'),
    (lambda a, b: b.update(termination={"date": "2027-01-01", "reason": "x"}),
     "agreements[1].termination: only a signed agreement can be terminated"),
    (lambda a, b: a.update(activities=[{"date": "2025-09-01", "kind": "party"}]),
     "agreements[0].activities[0].kind: \"party\" is not one of"),
    (lambda a, b: a.update(activities=[{"date": "2025-09-01", "kind": "visit",
                                        "from": "bsu"}]),
     'agreements[0].activities[0].from: "bsu" is not a party to the agreement'),
    (lambda a, b: a.update(attachments=[{
        "file_name": "x.pdf", "kind": "signed-copy", "size": 3, "sha256": "0" * 64,
        "added_at": "2025-03-05T10:12:00+04:00", "content": base64.b64encode(b"abc").decode()}]),
     "agreements[0].attachments[0].content: does not match its sha256 (the file is damaged)"),
    (lambda a, b: a.update(attachments=[{
        "file_name": "x.pdf", "kind": "scan", "size": 3, "sha256": "ABC",
        "added_at": "2025-03-05"}]),
     "agreements[0].attachments[0].kind: \"scan\" is not one of"),
    # Found by the fuzz run (tests/test_fuzz_event_file.py): exit 4, "unhashable type".
    (lambda a, b: (a.update(activities=[{"date": "2025-09-01", "kind": "visit"}]),
                   a["parties"][0].update(organization={"id": "ada"})),
     "agreements[0].parties[0].organization: \"{'id': 'ada'}\" is not a valid id"),
])
def test_bad_partnership_fields_are_named_with_their_path(
        sample_doc: dict[str, Any], change: Any, message: str) -> None:
    first, second = sample_doc["agreements"][:2]
    second["status"] = "draft"
    second.pop("signed_at")
    change(first, second)
    with pytest.raises(EventFileError) as refused:
        validate_event_document(sample_doc)
    assert any(error.startswith(message) for error in refused.value.errors), \
        refused.value.errors


def test_a_version_1_file_knows_none_of_these_fields(small_doc: dict[str, Any]) -> None:
    small_doc["agreements"][0]["activities"] = []
    with pytest.raises(EventFileError, match="activities: unknown field"):
        validate_event_document(small_doc)


@pytest.mark.sqlite_only
def test_backups_and_restores_carry_the_attached_files(db_path: Path) -> None:
    from desktop_app.storage.backup import make_backup
    from desktop_app.storage.restore import restore_database

    db = open_database(str(db_path))
    from desktop_app.resources import sample_event_path

    import_event_file(db, sample_event_path())
    add_attachment(db, find_agreement(db, FIRST), "signed.pdf", SCAN)
    backup = make_backup(db_path, "manual")
    [view] = list_attachments(db, find_agreement(db, FIRST))
    from desktop_app.services.attachments import remove_attachment

    remove_attachment(db, view.id)
    db.dispose()
    restore_database(db_path, backup)
    db = open_database(str(db_path))
    try:
        [view] = list_attachments(db, find_agreement(db, FIRST))
        assert attachment_content(db, view.id)[1] == SCAN
    finally:
        db.dispose()


def _formula_organization(db: Database, sample_event: str) -> None:
    from desktop_app.services.organizations import (
        OrganizationData,
        list_organizations,
        update_organization,
    )

    ada = next(o for o in list_organizations(db, sample_event) if o.key == "ada")
    data = OrganizationData.from_row(ada)
    data.name = '=HYPERLINK("http://evil.example","ADA")'
    update_organization(db, ada.id, data)


def test_register_exports_one_row_per_agreement_with_the_formula_guard(
        db: Database, sample_event: str, tmp_path: Path) -> None:
    _partnership(db)
    _formula_organization(db, sample_event)
    result = export_register(db, tmp_path / "register.csv", as_of=AS_OF)
    assert result.records == 41
    text = (tmp_path / "register.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    first = next(r for r in rows if r["Reference"] == FIRST)
    assert first["Parties"].startswith("'=HYPERLINK(")
    assert (first["Lifecycle"], first["Days left"], first["Attachments"], first["Activities"],
            first["Renewed by"]) == ("active", "1186", "1", "1",
                                     f"{sample_event}/{FIRST}-R1")
    assert first["Renewal chain"] == f"{sample_event}/{FIRST} → {sample_event}/{FIRST}-R1"
    assert rows[0]["Reference"] == "AZ-KZ/2025/002"  # soonest end first: terminated 2027

    from openpyxl import load_workbook

    export_register(db, tmp_path / "register.xlsx", as_of=AS_OF)
    sheet = load_workbook(tmp_path / "register.xlsx")["Register"]
    headers = [cell.value for cell in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[1].value == FIRST)
    parties = row[headers.index("Parties")]
    assert parties.value.startswith("=HYPERLINK(") and parties.data_type == "s"
    assert parties.quotePrefix
    assert row[headers.index("Valid until")].value.date() == dt.date(2030, 3, 3)
    assert row[headers.index("Days left")].value == 1186

    export_register(db, tmp_path / "register.json", as_of=AS_OF)
    document = json.loads((tmp_path / "register.json").read_text(encoding="utf-8"))
    entry = next(a for a in document["agreements"] if a["reference"] == FIRST)
    assert entry["renewal_chain"] == [f"{sample_event}/{FIRST}", f"{sample_event}/{FIRST}-R1"]
    assert entry["parties"][0]["name"].startswith("=HYPERLINK(")  # JSON is data: unchanged
    from desktop_app.exchange.files import ExportError

    with pytest.raises(ExportError, match="writes .xlsx, .csv, .json"):
        export_register(db, tmp_path / "register.txt")


def test_reminders_have_stable_uids_and_parse_with_icalendar(
        db: Database, sample_event: str, tmp_path: Path) -> None:
    ids = _partnership(db)
    first_file, second_file = tmp_path / "a.ics", tmp_path / "b.ics"
    export_reminders(db, first_file, as_of=AS_OF)
    set_aside = register_entry(db, ids["first"]).row
    assert set_aside.renewal_under_way is not None
    export_reminders(db, second_file, as_of=dt.date(2029, 12, 1), notice_days=120)

    def todos(path: Path) -> dict[str, Any]:
        calendar = Calendar.from_ical(path.read_bytes())
        return {str(todo["UID"]): todo for todo in calendar.walk("VTODO")}

    first, second = todos(first_file), todos(second_file)
    assert len(first) == 39  # 40, less the terminated one; a renewal under way stays
    assert set(first) == set(second)
    uid = f"renewal.mou-001.{sample_event}@roundtable.invalid"
    todo = first[uid]
    assert todo.decoded("DUE") == dt.date(2030, 3, 3)
    assert todo.decoded("DTSTART") == dt.date(2030, 3, 3) - dt.timedelta(days=180)
    assert second[uid].decoded("DTSTART") == dt.date(2030, 3, 3) - dt.timedelta(days=120)
    assert str(todo["SUMMARY"]).startswith(f"Sign {FIRST}-R1, the renewal of {FIRST}")
    assert str(todo["STATUS"]) == "NEEDS-ACTION"
    [alarm] = todo.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    other = first[f"renewal.mou-003.{sample_event}@roundtable.invalid"]
    assert str(other["SUMMARY"]).startswith("Start the renewal of AZ-KZ/2025/003")


def test_the_yearly_report_prints_its_figures(db: Database, sample_event: str,
                                              tmp_path: Path) -> None:
    from pypdf import PdfReader

    _partnership(db)
    out = tmp_path / "report.pdf"
    result = print_partnership_report(db, out, year=2025, as_of=AS_OF)
    text = " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(out).pages)
    assert "Partnership report 2025" in text
    assert "40 new agreements between 17 universities of 2 countries" in text
    assert "New agreements: 40" in text and "Renewals signed: 0" in text
    assert "Student mobility 1 4" in text and "Visit 1 1" in text and "Total 2 5" in text
    figures = result.figures
    assert dict(figures.by_country) == {"AZ": 40, "KZ": 40}  # 002 ends only in 2027
    assert len(figures.dormant) == 0  # as of 31 December 2025: the first year is not over
    ru = tmp_path / "ru.pdf"
    print_partnership_report(db, ru, year=2025, language="ru", as_of=AS_OF)
    ru_text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(ru).pages)
    assert "Отчёт о партнёрстве за 2025 год" in ru_text
    assert "40 новых соглашений между 17 университетами из 2 стран" in ru_text
    only_kz = print_partnership_report(db, tmp_path / "kz.pdf", year=2026, country="kz",
                                       as_of=AS_OF)
    assert len(only_kz.figures.new) == 0 and len(only_kz.figures.dormant) == 38
    assert len(list_register(db)) == 41
