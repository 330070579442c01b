"""Importing translations from spreadsheets: a person's position and an agreement's title
in the event's other languages (``Position (kk)``, ``title_az`` …), merged on update."""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from desktop_app.domain.models import Agreement, Person
from desktop_app.exchange.table_fields import match_header
from desktop_app.exchange.table_mapping import map_columns
from desktop_app.services.events import import_event_document
from desktop_app.services.table_import import (
    TableImportError,
    import_table,
    importable_fields,
    preview_table_import,
)
from desktop_app.storage import Database
from tests.support import translated_event_document


@pytest.fixture
def translated(db: Database) -> str:
    """The event in en (first), az and kk."""
    return import_event_document(db, translated_event_document()).event_key


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def person(db: Database, key: str) -> Person:
    with db.reader() as session:
        found = session.query(Person).filter_by(key=key).one()
        session.expunge_all()
    return found


def agreement(db: Database, key: str) -> Agreement:
    with db.reader() as session:
        found = session.query(Agreement).filter_by(key=key).one()
        session.expunge_all()
    return found


@pytest.mark.parametrize(("kind", "header", "field"), [
    ("people", "position_kk", "position:kk"),
    ("people", "Position (az)", "position:az"),
    ("people", "Vəzifə (kk)", "position:kk"),
    ("people", "Лауазымы [az]", "position:az"),
    ("people", "Должность (RU)", "position:ru"),
    ("people", "Job title_az", "position:az"),
    ("agreements", "title_az", "title:az"),
    ("agreements", "Title (kk)", "title:kk"),
    ("agreements", "Başlıq [kk]", "title:kk"),
    ("agreements", "Название (az)", "title:az"),
    ("agreements", "Title (k1)", "title:k1"),  # recognised, so that it is reported
    # Names keep their own field, and organizations have no translated texts.
    ("people", "Name (kk)", "local_name:kk"),
    ("organizations", "name_az", "local_name:az"),
    ("organizations", "City (kk)", None),
    ("agreements", "Country (kk)", None),
])
def test_headers_with_a_language_tag(kind: str, header: str, field: str | None) -> None:
    assert match_header(kind, header) == field


def test_map_accepts_both_spellings_of_a_translation_field() -> None:
    mappings, problems = map_columns("people", ["Name", "Col"], ["Col=position_kk"])
    assert problems == [] and mappings[1].field == "position:kk"
    mappings, problems = map_columns("agreements", ["Ref", "Col"], ["Col=title:AZ"])
    assert problems == [] and mappings[1].field == "title:az"
    _mappings, problems = map_columns("organizations", ["Name", "Col"], ["Col=title:az"])
    assert '"title:az" is not a field of organizations' in str(problems[0])


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_people_positions_in_other_languages(db: Database, translated: str, tmp_path: Path,
                                             suffix: str) -> None:
    rows = [["Id", "Name", "Position", "Position (az)", "Лауазымы (kk)"],
            ["nurbek", "Sayasat Nurbek", None, None, "Министр (жаңа)"],
            [None, "Leyla Hasanova", "Vice-rector", "Prorektor", "Проректор"]]
    writer = write_xlsx if suffix == "xlsx" else write_csv
    report = import_table(db, translated, "people", writer(tmp_path / f"p.{suffix}", rows))
    assert [m.field for m in report.mappings] == ["key", "full_name", "position",
                                                  "position:az", "position:kk"]
    nurbek = person(db, "nurbek")
    # The file's Kazakh text replaces the old one; Azerbaijani (an empty cell) is kept.
    assert nurbek.translations["position"] == {"az": "Elm və Ali Təhsil Naziri",
                                               "kk": "Министр (жаңа)"}
    assert nurbek.position == "Minister of Science and Higher Education"
    leyla = person(db, "hasanova")
    assert leyla.translations == {"position": {"az": "Prorektor", "kk": "Проректор"}}
    assert leyla.text_in("position", "kk") == "Проректор"
    update = next(c for c in report.changes if c.key == "nurbek")
    assert [str(c) for c in update.changes] == [
        "position:kk: Ғылым және жоғары білім министрі -> Министр (жаңа)"]


def test_agreement_titles_merge_on_update(db: Database, translated: str,
                                          tmp_path: Path) -> None:
    first = write_csv(tmp_path / "one.csv", [["Reference", "title_az", "title_kk"],
                                             ["AZ-KZ/2026/001", "Yeni başlıq", None]])
    report = import_table(db, translated, "agreements", first)
    assert report.count("update") == 1
    a1 = agreement(db, "a1")
    assert a1.translations["title"] == {
        "az": "Yeni başlıq", "kk": "Академиялық ынтымақтастық туралы меморандум"}
    version = a1.version
    # A second file matching the record sets its language and leaves the other alone.
    second = write_xlsx(tmp_path / "two.xlsx", [["№", "Title (kk)"],
                                                ["AZ-KZ/2026/001", "Жаңа атау"]])
    import_table(db, translated, "agreements", second)
    a1 = agreement(db, "a1")
    assert a1.translations["title"] == {"az": "Yeni başlıq", "kk": "Жаңа атау"}
    assert a1.title == "Memorandum on academic cooperation" and a1.version == version + 1
    # The same file again changes nothing.
    again = import_table(db, translated, "agreements", second)
    assert again.count("unchanged") == 1 and again.count("update") == 0


def test_new_agreement_with_translated_titles(db: Database, translated: str,
                                              tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "new.xlsx", [
        ["Reference", "Title", "Title (az)", "Party 1", "Party 2"],
        ["AZ-KZ/2026/009", "Joint summer school", "Birgə yay məktəbi", "ada", "kaznu"]])
    report = import_table(db, translated, "agreements", path)
    assert report.count("create") == 1
    created = next(c for c in report.changes if c.action == "create")
    assert "title:az: (empty) -> Birgə yay məktəbi" in [str(c) for c in created.changes]
    with db.reader() as session:
        stored = session.query(Agreement).filter_by(reference="AZ-KZ/2026/009").one()
        assert stored.translations == {"title": {"az": "Birgə yay məktəbi"}}


def test_dry_run_lists_the_translations_and_stores_nothing(db: Database, translated: str,
                                                          tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["Id", "Position [az]"], ["amrullayev", "Nazir"]])
    report = import_table(db, translated, "people", path, dry_run=True)
    lines = report.lines()
    assert 'column B "Position [az]" -> position:az' in "\n".join(lines)
    assert "    position:az: Elm və Təhsil Naziri -> Nazir" in lines
    assert person(db, "amrullayev").translations["position"]["az"] == "Elm və Təhsil Naziri"


def test_a_tag_that_is_not_a_language_is_an_error_naming_the_column(
        db: Database, translated: str, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [["Reference", "Title (k1)", "title_x"],
                                          ["AZ-KZ/2026/001", "Атау", "Başlıq"]])
    with pytest.raises(TableImportError) as caught:
        import_table(db, translated, "agreements", path)
    problems = [str(p) for p in caught.value.report.problems]
    assert problems[0].startswith('column B "Title (k1)": "k1" is not a language tag')
    assert problems[1].startswith('column C "title_x": "x" is not a language tag')
    assert len(problems) == 2
    assert agreement(db, "a1").translations["title"]["kk"] == (
        "Академиялық ынтымақтастық туралы меморандум")


def test_a_language_the_event_does_not_have_is_a_warning(db: Database, translated: str,
                                                         tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [["Reference", "Title (ru)"],
                                          ["AZ-KZ/2026/001", "Меморандум"]])
    preview = preview_table_import(db, translated, "agreements", path)
    assert preview.ok
    warning = ('column B "Title (ru)": "ru" is not one of the event\'s languages '
               "(en, az, kk); its texts are stored")
    assert preview.warnings[0].startswith(warning)
    assert any(line.startswith("warning: " + warning) for line in preview.lines())
    report = import_table(db, translated, "agreements", path)
    assert report.warnings[0].startswith(warning)
    assert agreement(db, "a1").translations["title"]["ru"] == "Меморандум"


def test_the_first_language_is_the_default_text_not_a_translation(
        db: Database, translated: str, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [["Reference", "Title (en)"],
                                          ["AZ-KZ/2026/001", "Memorandum"]])
    with pytest.raises(TableImportError) as caught:
        import_table(db, translated, "agreements", path)
    (problem,) = caught.value.report.problems
    assert str(problem).startswith('column B "Title (en)": "en" is the event\'s first '
                                   "language, whose text is the title itself")
    assert '--map "Title (en)=title"' in str(problem)


def test_a_translation_needs_its_default_text(db: Database, translated: str,
                                              tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["Name", "Position (kk)"],
                                          ["Leyla Hasanova", "Проректор"]])
    with pytest.raises(TableImportError) as caught:
        import_table(db, translated, "people", path)
    (problem,) = caught.value.report.problems
    assert str(problem) == ('row 2, column B "Position (kk)" ("Проректор"): is a translation '
                            "of the position, but the person has no position: give the "
                            "position too (a column without a language)")


def test_rows_of_one_record_must_agree_on_a_translation(db: Database, translated: str,
                                                        tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [
        ["Reference", "Party", "Organization", "Title (kk)"],
        ["AZ-KZ/2026/001", "1", "ada", "Бір"],
        ["AZ-KZ/2026/001", "2", "kaznu", "Екі"]])
    with pytest.raises(TableImportError) as caught:
        import_table(db, translated, "agreements", path)
    assert str(caught.value.report.problems[0]).startswith(
        'row 3, column D "Title (kk)" ("Екі"): differs from row 2 ("Бір")')


def test_the_wizard_offers_the_translation_fields() -> None:
    names = [f.name for f in importable_fields("people")]
    assert {"position:az", "position:kk", "position:ru"} <= set(names)
    assert "title:kk" in [f.name for f in importable_fields("agreements")]
    assert not any(f.name.startswith("title:") for f in importable_fields("organizations"))
