"""Importing people and organizations from CSV/XLSX: multilingual files, errors, duplicates."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop_app.domain.models import Organization, Person
from desktop_app.domain.vocabulary import ID_PATTERN
from desktop_app.exchange.table_reader import TableFileError
from desktop_app.services.event_import import organization_search_key, person_search_key
from desktop_app.services.table_import import (
    TableImportError,
    import_table,
    preview_table_import,
)
from desktop_app.storage import Database
from tests.builders import MakeEvent

from .conftest import FIXTURES


def people(db: Database, event_key: str) -> dict[str, Person]:
    with db.reader() as session:
        rows = session.scalars(select(Person).join(Person.event).where(
            Person.event.has(key=event_key))).all()
        for person in rows:
            _ = person.organization
        session.expunge_all()
    return {p.key: p for p in rows}


def organizations(db: Database, event_key: str) -> dict[str, Organization]:
    with db.reader() as session:
        rows = session.scalars(select(Organization).where(
            Organization.event.has(key=event_key))).all()
        session.expunge_all()
    return {o.key: o for o in rows}


def table_counts(db: Database) -> tuple[int, int]:
    with db.reader() as session:
        return (session.scalar(select(func.count()).select_from(Person)) or 0,
                session.scalar(select(func.count()).select_from(Organization)) or 0)


def test_azerbaijani_csv_creates_people_with_keys_and_search_keys(db: Database,
                                                                  sample_event: str) -> None:
    before = people(db, sample_event)
    report = import_table(db, sample_event, "people", FIXTURES / "people_az.csv")
    assert report.stored and report.count("create") == 2
    assert [m.field for m in report.mappings] == [
        "honorific", "given_name", "family_name", "position", "organization", "country",
        "email", "local_name:az"]
    after = people(db, sample_event)
    new = {key: p for key, p in after.items() if key not in before}
    assert set(new) == {"mammadova", "ismayilzada"}
    leman = new["mammadova"]
    assert (leman.honorific, leman.given_name, leman.family_name) == ("Prof.", "Ləman",
                                                                       "Məmmədova")
    assert leman.position == 'Prorektor, "beynəlxalq əlaqələr" & <tədris>'  # markup is data
    assert leman.organization is not None and leman.organization.key == "bsu"
    assert leman.country == "AZ" and leman.email == "leman@bsu.edu.az"
    assert leman.local_names == {"az": "Ləman Məmmədova"}
    assert leman.version == 1
    for person in new.values():
        assert ID_PATTERN.match(person.key) and person.key.isascii()
        assert person.search_key == person_search_key(person.given_name, person.family_name,
                                                      person.local_names)
    assert new["ismayilzada"].organization.key == "ada"  # matched by its short name "ADA"


def test_kazakh_xlsx_full_names_are_split_and_organizations_matched_by_local_name(
        db: Database, sample_event: str) -> None:
    report = import_table(db, sample_event, "people", FIXTURES / "people_kk.xlsx")
    assert report.count("create") == 2
    by_family = {p.family_name: p for p in people(db, sample_event).values()}
    asem = by_family["Жұмабекова"]
    assert (asem.honorific, asem.given_name) == ("Prof.", "Әсем")
    assert asem.organization.key == "nu"  # "Назарбаев Университеті"
    assert asem.country == "KZ"  # "Қазақстан"
    assert by_family["Сәрсенбаев"].position == "Декан <физика & математика>"
    assert by_family["Сәрсенбаев"].key == "sarsenbaev"


def test_russian_cp1251_with_semicolons(db: Database, sample_event: str) -> None:
    report = import_table(db, sample_event, "people", FIXTURES / "people_ru_cp1251.csv")
    assert any("Windows-1251" in note for note in report.notes)
    assert any("semicolons" in note for note in report.notes)
    by_family = {p.family_name: p for p in people(db, sample_event).values()}
    assert by_family["Иванова"].position == 'Заведующая кафедрой "Право & экономика"'
    assert by_family["Иванова"].organization.key == "enu"
    assert by_family["Касымов"].country == "AZ"


def test_errors_name_rows_and_columns_and_nothing_is_stored(db: Database,
                                                            sample_event: str) -> None:
    before = table_counts(db)
    with pytest.raises(TableImportError) as caught:
        import_table(db, sample_event, "people", FIXTURES / "people_errors.csv")
    report = caught.value.report
    found = {(p.row, p.column, p.header) for p in report.problems}
    assert found == {(3, "B", "Family name"), (4, "C", "Country"), (4, "E", "Precedence"),
                     (5, "D", "Organization")}
    text = [str(p) for p in report.problems]
    assert 'row 4, column C "Country" ("Kazakstan"): "Kazakstan" is not a two-letter country code' \
        in text[1]
    assert 'row 5, column D "Organization" ("Harvard University"): is not an organization' \
        in text[3]
    assert "4 problems; nothing was stored" in str(caught.value)
    assert table_counts(db) == before  # not even the good row 2
    assert "bekova" not in people(db, sample_event)


def test_dry_run_and_preview_store_nothing(db: Database, sample_event: str) -> None:
    before = table_counts(db)
    report = import_table(db, sample_event, "people", FIXTURES / "people_az.csv", dry_run=True)
    assert not report.stored and report.count("create") == 2
    preview = preview_table_import(db, sample_event, "people", FIXTURES / "people_errors.csv")
    assert len(preview.problems) == 4 and not preview.stored  # preview reports, never raises
    assert table_counts(db) == before


def test_same_person_in_two_scripts_is_merged_not_doubled(db: Database, bare_event: str) -> None:
    report = import_table(db, bare_event, "people", FIXTURES / "people_two_scripts.csv")
    assert report.count("create") == 2
    merged = next(c for c in report.changes if c.rows == (2, 3))
    assert "same person" in (merged.note or "")
    stored = people(db, bare_event)
    assert len(stored) == 2
    nurbek = next(p for p in stored.values() if p.family_name == "Nurbek")
    assert nurbek.given_name == "Sayasat" and nurbek.key == "nurbek"
    assert nurbek.organization.key == "mshe-kz"

    # A second office's file writes both names in Cyrillic: the records are updated.
    second = import_table(db, bare_event, "people", FIXTURES / "people_second_file.csv")
    assert second.count("create") == 0 and second.count("update") == 2
    assert all(c.note and c.note.startswith("matched by name") for c in second.changes)
    again = people(db, bare_event)
    assert set(again) == set(stored)
    nurbek = again["nurbek"]
    assert nurbek.family_name == "Nurbek"  # names are kept when matched by name
    assert nurbek.position == "Министр науки и высшего образования"
    assert nurbek.email == "s.nurbek@gov.kz"
    assert nurbek.version == 2
    qasimov = next(p for p in again.values() if p.family_name == "Qasımov")
    assert qasimov.email == "arzuman@bsu.edu.az" and qasimov.position == "Rector"


def test_rows_of_one_person_that_disagree_are_reported(db: Database, bare_event: str) -> None:
    with pytest.raises(TableImportError) as caught:
        import_table(db, bare_event, "people", FIXTURES / "people_conflict.csv")
    [problem] = caught.value.report.problems
    assert (problem.row, problem.column) == (3, "B")
    assert 'differs from row 2 ("KZ") for the same person; if they are different people, give' \
        in str(problem)
    assert people(db, bare_event) == {}


def test_organizations_xlsx_then_a_second_file_updates_them(db: Database,
                                                            sample_event: str) -> None:
    first = import_table(db, sample_event, "organizations", FIXTURES / "organizations_en.xlsx")
    assert first.count("create") == 3
    orgs = organizations(db, sample_event)
    att = orgs["att"]
    assert att.name == 'AT&T <Research> "Lab"' and att.kind == "company"
    assert orgs["evil"].name == '=HYPERLINK("http://evil.example","Click")'
    kartu = orgs["kartu"]
    assert kartu.kind == "university" and kartu.country == "KZ"
    assert kartu.local_names == {"kk": "Қарағанды техникалық университеті"}
    assert kartu.search_key == organization_search_key(kartu.name, kartu.short_name,
                                                       kartu.local_names)

    second = import_table(db, sample_event, "organizations",
                          FIXTURES / "organizations_update.csv")
    assert second.count("create") == 0 and second.count("update") == 2
    after = organizations(db, sample_event)
    assert len(after) == len(orgs)
    assert after["kartu"].city == "Qaraghandy" and after["kartu"].website == "https://kstu.example"
    assert after["kartu"].version == kartu.version + 1
    assert after["att"].city == "Dallas, Texas"
    # Importing the same file again changes nothing.
    third = import_table(db, sample_event, "organizations", FIXTURES / "organizations_update.csv")
    assert third.count("update") == 0 and third.count("unchanged") == 2


def test_new_organization_without_a_country_is_refused(db: Database, make_event: MakeEvent,
                                                       tmp_path: Path) -> None:
    event = make_event().key
    path = tmp_path / "orgs.csv"
    path.write_text("Name,Kind\nNew Institute,agency\n", encoding="utf-8")
    with pytest.raises(TableImportError) as caught:
        import_table(db, event, "organizations", path)
    assert [str(p) for p in caught.value.report.problems] == [
        'row 2, field "Country": is required']


def test_unreadable_files_are_refused_clearly(db: Database, make_event: MakeEvent,
                                              tmp_path: Path) -> None:
    event = make_event().key
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip file")
    with pytest.raises(TableFileError, match="not a readable Excel workbook"):
        import_table(db, event, "people", broken)
    legacy = tmp_path / "old.xls"
    shutil.copy(FIXTURES / "people_az.csv", legacy)
    with pytest.raises(TableFileError, match="save .xls files as .xlsx"):
        import_table(db, event, "people", legacy)
    empty = tmp_path / "empty.csv"
    empty.write_text("Name,Country\n", encoding="utf-8")
    with pytest.raises(TableImportError, match="1 problem"):
        import_table(db, event, "people", empty)


def test_title_rows_above_the_header_are_skipped(db: Database, make_event: MakeEvent,
                                                 tmp_path: Path) -> None:
    event = make_event().key
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Список участников круглого стола"])
    sheet.append([])
    sheet.append(["№", "Фамилия", "Имя", "Страна"])
    sheet.append([1, "Ахметова", "Сауле", "KZ"])
    sheet.append([2, "Омаров", "Данияр", "Kasachstan"])
    path = tmp_path / "list.xlsx"
    workbook.save(path)
    with pytest.raises(TableImportError) as caught:
        import_table(db, event, "people", path)
    report = caught.value.report
    assert any("found in row 3" in note for note in report.notes)
    expected = ('row 5, column D "Страна" ("Kasachstan"): "Kasachstan" is not a two-letter '
                "country code (ISO 3166-1, e.g. AZ)")
    assert [str(p) for p in report.problems] == [expected]


def test_the_entity_rules_are_applied_to_what_would_be_stored() -> None:
    from desktop_app.exchange.table_report import ColumnMapping
    from desktop_app.services.table_directory import rule_problems
    from desktop_app.services.table_rows import ParsedRow

    row = ParsedRow(7, columns={"kind": ColumnMapping(2, "C", "Type", "kind", "header"),
                                "local_name:kk": ColumnMapping(4, "E", "Name (kk)",
                                                               "local_name:kk", "header")})
    found = rule_problems("organizations", None,
                          {"name": "X", "kind": "castle", "country": "AZ",
                           "local_names": {"kk": " "}}, row)
    assert [(p.row, p.column) for p in found] == [(7, "C"), (7, "E")]
    assert "castle" in str(found[0])
