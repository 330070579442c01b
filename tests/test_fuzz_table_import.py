"""Fuzz run of ``roundtable import-table`` (issue 20): 5,000 generated spreadsheets of
people, organizations and agreements, each imported (exit 0) or refused with a message
(exit 2), never an unexpected error (exit 4).

A case is a table with real headers (every synonym in the four languages, with language
tags and party numbers, a few unknown ones, sometimes title rows above) and fuzzed cells:
the event's own names and references (so rows match and update records), names in
other scripts, dates and numbers in every form offices type, statuses, languages,
formulas, odd Unicode (lone surrogates, NUL, controls, bidi), long texts. It is written
as CSV (UTF-8 with or without BOM, UTF-16 either way, Windows-1251; comma, semicolon,
tab or bar; any quoting and line ends) or as XLSX (openpyxl, typed cells: numbers, dates,
times, booleans), now and then with damaged bytes or a damaged sheet inside the zip; it
goes through ``import-table`` with any of its options (``--map``, ``--skip-bad-rows``,
``--dry-run``).

The database holds the small event of tests/support.py; after a stored import that
event is put back as it was, so that every case meets the same database. See
docs/reliability.md (Fuzz runs).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from typing import Any, Literal

import pytest
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from desktop_app.exchange.table_fields import FIELDS, TABLE_KINDS, field_names
from tests.fuzz_support import (
    RESIDENT_KEY,
    InProcessCli,
    fuzz_run,
    mangle_bytes,
    module_cli,  # noqa: F401  (the fixture cli)
    odd_text,
    restore_event,
)

#: In the suite (CI runs it); ``-m 'not slow'`` leaves it out of a quick local run.
pytestmark = pytest.mark.slow

# -- columns and cells -------------------------------------------------------------------

_TAGS = ["az", "kk", "ru", "en", "zz", "KK", "x", "az-Latn", "", "и"]


def _columns(kind: str) -> list[tuple[str, str]]:
    """Every usual header of ``kind`` with the field it names (tagged and numbered forms
    too): the field picks the values its cells get."""
    columns = [(header, info.name) for info in FIELDS[kind] for header in
               dict.fromkeys((info.name, info.label, *info.headers))]
    columns += [(f"{name} ({tag})", "text") for name in ("Name", "Ad", "Аты", "Position",
                                                         "Vəzifə", "Title", "Başlıq")
                for tag in _TAGS]
    columns += [(header, "text") for header in ("name_ru", "title_kk", "position_az",
                                                "Name [az]", "Title (x-y)", "Name ()",
                                                "title_", "local_name:kk", "Notes 2")]
    columns += [(f"{word} {n}", "organization" if word != "Signatory" else "signatory")
                for word in ("Party", "Signatory", "Tərəf", "Сторона") for n in (1, 2, 3, 0, 99)]
    return columns + [(header, "text") for header in ("", "  ", "*", "Name*", "E-Mail *")]


COLUMNS = {kind: _columns(kind) for kind in TABLE_KINDS}
#: Columns that make a new record of each kind (``table_mapping.REQUIRED_ANY``, and an
#: agreement's parties): each table starts with one such set.
CORE = {"people": [(("Name", "full_name"),), (("Аты-жөні", "full_name"), ("Ұйым", "organization")),
                   (("Ad", "given_name"), ("Soyad", "family_name")), (("id", "key"),),
                   (("ФИО", "full_name"), ("Должность", "position"), ("Страна", "country"))],
        "organizations": [(("Name", "name"),), (("Название", "name"), ("Страна", "country")),
                          (("id", "key"), ("Ad", "name"))],
        "agreements": [(("Reference", "reference"), ("Party 1", "organization"),
                        ("Party 2", "organization")),
                       (("№", "reference"), ("Стороны", "parties"), ("Статус", "status")),
                       (("Reference", "reference"), ("Parties", "parties"),
                        ("Signatories", "signatories")), (("id", "key"),)]}

#: Values a cell of each field usually holds: the event's own names and keys (so that
#: rows match records and update them), new ones, and the forms offices type.
NAMES = ["Sayasat Nurbek", "Саясат Нұрбек", "İlqar Əliyev", "Əliyev", "Nurbek", "markup",
         "O'Brien & Sons", "Ləman Məmmədova", "Нұрбек Сағынтай", "Иванов Иван Иванович",
         "Dr. Rəşad İsmayılzadə", "H.E. Jane Doe"]
ORGANIZATIONS = ["kaznu", "bsu", "acme", "KazNU", "BSU", "Al-Farabi Kazakh National University",
                 "Baku State University", "AT&T <Research> \"Lab\"", "Bakı Dövlət Universiteti",
                 "Әл-Фараби атындағы Қазақ ұлттық университеті", "ADA University",
                 "Satbayev University", "Unknown Institute"]
DATES = ["2026-05-13", "13.05.2026", "05/13/2026", "13/05/2026", "2026-05-13 11:00",
         "2026-05-13T11:00:00+05:00", "2026-02-30", "31.04.2026", "0000-01-01",
         "9999-12-31", "10000-01-01", "1899-12-30", "46000", "2026", "май 2026",
         "13 May 2026", "2026-05-13 25:61", "11:00", "2026-05-13T11:00:00+24:00"]
NUMBERS = ["1", "2", "3", "0", "-1", "+3", "999999999", "1000000000", "1e3", "1,5", "٣", "", "x"]
VALUES: dict[str, list[str]] = {
    "key": ["nurbek", "ilqar", "markup", "kaznu", "bsu", "acme", "a1", "a2", "new-1", "new_2",
            "a b", "x" * 65, "ключ"],
    "honorific": ["H.E.", "Prof.", "Dr.", "Mr", "Ms", "Cənab"],
    "given_name": ["Sayasat", "İlqar", "Ləman", "Әсем", "Jane"],
    "family_name": ["Nurbek", "Əliyev", "Məmmədova", "Жұмабекова", "Doe"],
    "full_name": NAMES, "person": NAMES, "signatory": NAMES, "signatories": [
        "Sayasat Nurbek; İlqar Əliyev", "Nurbek, Əliyev", "Nurbek; Nobody"],
    "position": ["Rector", "Проректор", "Dekan <физика & математика>", "Vice-rector"],
    "organization": ORGANIZATIONS, "name": ORGANIZATIONS, "parties": [
        "kaznu; bsu", "KazNU, BSU, acme", "BSU; BSU", "Satbayev University; kaznu", "kaznu"],
    "country": ["AZ", "KZ", "RU", "az", "Azərbaycan", "Қазақстан", "Россия", "Atlantis", "ZZ"],
    "precedence": NUMBERS, "signing_order": NUMBERS, "originals": NUMBERS,
    "party_number": NUMBERS,
    "email": ["a@b.kz", "leman@bsu.edu.az", "not-an-email", "a@@b", "x@y"],
    "phone": ["+994 12 345 67 89", "8 (727) 123-45-67", "call me"],
    "bio": ["Born in Baku.", "Line one\nline two", ""],
    "short_name": ["KazNU", "BSU", "ATT", "ADA"],
    "kind": ["university", "ministry", "company", "other", "mou", "exchange", "dual-degree",
             "Dual degree", "research", "school"],
    "city": ["Almaty", "Bakı", "Алматы"],
    "website": ["https://ada.edu.az", "ada.edu.az", "javascript:alert(1)", "http://"],
    "reference": ["KZ-AZ/2026/001", "KZ-AZ/2026/002", "KZ-AZ/2026/003", "AZ-KZ/2025/101",
                  "kz-az/2026/001"],
    "title": ["Memorandum on cooperation", "Меморандум", "Student exchange"],
    "status": ["draft", "ready", "signed", "cancelled", "Подписано", "imzalanıb", "done"],
    "signed_at": DATES, "valid_from": DATES, "valid_until": DATES,
    "languages": ["az, kk, en", "az;kk", "en ru", "xx", "Azerbaijani", "kk"],
    "notes": ["Signed in two copies", "=1+1", "'=1"],
    "text": ["Bakı Dövlət Universiteti", "Қазақ ұлттық университеті", "Rektor", "Ректор"],
    "ignore": ["AZ", "x"],
}
#: Cells no field expects.
STRANGE: list[Any] = ["=HYPERLINK(\"http://x\")", "@SUM(A1)", "Ə" * 500, "Ə" * 501,
                      "x" * 5000, "e\u0301" * 300, " ", "\u00a0", "\ufeff"]
TYPED: list[Any] = [0, 1, 2, -1, 3.0, 2.5, 1e308, -0.0, 10**20, 2**63, True, False,
                    dt.datetime(2026, 5, 13, 11, 0), dt.datetime(1900, 1, 1),
                    dt.datetime(9999, 12, 31, 23, 59), dt.date(2026, 5, 13), dt.date(1, 1, 1),
                    dt.time(11, 0), dt.time(0, 0), dt.timedelta(days=2), float("nan"),
                    float("inf")]


@dataclass(frozen=True)
class Usual:
    """The cell holds the ``index``-th usual value of its column's field."""

    index: int


def usual() -> st.SearchStrategy[Usual]:
    return st.integers(0, 999).map(Usual)


strange_text = st.one_of(st.none(), st.sampled_from(STRANGE), odd_text,
                         st.builds(lambda a, b: f"{a} {b}", st.sampled_from(NAMES), odd_text))
#: Six cells in seven hold a usual value, so that whole tables import often enough to
#: reach the storing code; the seventh anything. XLSX cells may be typed. (A weight is
#: that many strategy objects: ``one_of`` keeps one of the same object.)
text_cells = st.one_of(*(usual() for _ in range(6)), strange_text)
typed_cells = st.one_of(*(usual() for _ in range(6)), strange_text, st.sampled_from(TYPED))


@dataclass(frozen=True)
class Table:
    kind: str
    columns: tuple[tuple[str, str], ...]  # (header, field)
    rows: tuple[tuple[Any, ...], ...]
    titles: int  # title rows above the header

    def cells(self) -> list[list[Any]]:
        """Title rows, the header row and the data rows."""
        rows: list[list[Any]] = [[f"Participants {n}", None, "2026"] for n in range(self.titles)]
        rows.append([header for header, _ in self.columns])
        for row in self.rows:
            cells = []
            for number, cell in enumerate(row):
                field = self.columns[number][1] if number < len(self.columns) else "text"
                values = VALUES.get(field.split(":")[0], VALUES["text"])
                cells.append(values[cell.index % len(values)] if isinstance(cell, Usual)
                             else cell)
            rows.append(cells)
        return rows


def table_of(kind: str, cells: st.SearchStrategy[Any]) -> st.SearchStrategy[Table]:
    column = st.one_of(*(st.sampled_from(COLUMNS[kind]) for _ in range(4)),
                       odd_text.map(lambda h: (h, "text")))
    return st.builds(
        Table, st.just(kind),
        st.builds(lambda core, more: (*core, *more), st.sampled_from(CORE[kind]),
                  st.lists(column, max_size=4, unique_by=lambda c: c[1])),
        st.lists(st.lists(cells, min_size=1, max_size=8).map(tuple), min_size=1,
                 max_size=5).map(tuple),
        st.sampled_from([0, 0, 0, 1, 2]))


# -- files -------------------------------------------------------------------------------

@dataclass(frozen=True)
class CsvStyle:
    encoding: str  # with the BOM a spreadsheet program writes, or none
    delimiter: str
    quoting: Literal[0, 1, 2, 3]  # csv.QUOTE_MINIMAL, _ALL, _NONNUMERIC, _NONE
    line_end: str


csv_styles = st.builds(
    CsvStyle,
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom",
                     "cp1251"]),
    st.sampled_from([",", ";", "\t", "|"]),
    st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONE, csv.QUOTE_NONNUMERIC]),
    st.sampled_from(["\r\n", "\n", "\r"]))
_BOM_ENCODINGS = {"utf-16-le-bom": (b"\xff\xfe", "utf-16-le"),
                  "utf-16-be-bom": (b"\xfe\xff", "utf-16-be")}


def csv_bytes(table: Table, style: CsvStyle) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=style.delimiter, quoting=style.quoting,
                        lineterminator=style.line_end, escapechar="\\")
    for row in table.cells():
        cells = ["" if cell is None else cell for cell in row]
        try:
            writer.writerow(cells)
        except csv.Error:  # what the csv module will not write, a hand-made file has
            out.write(style.delimiter.join(map(str, cells)) + style.line_end)
    text = out.getvalue()
    bom, encoding = _BOM_ENCODINGS.get(style.encoding, (b"", style.encoding))
    # A lone surrogate becomes bytes that are no UTF-8/16; what cp1251 lacks becomes "?".
    errors = "replace" if encoding == "cp1251" else "surrogatepass"
    return bom + text.encode(encoding, errors)


def _xlsx_cell(value: Any) -> Any:
    """``value`` as openpyxl can store it (it refuses control characters and surrogates in
    text; the damaged-sheet cases put those into the XML instead)."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        return value.encode("utf-8", "ignore").decode("utf-8")
    return value


def xlsx_bytes(table: Table) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("People")
    for row in table.cells():
        sheet.append([_xlsx_cell(cell) for cell in row])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


#: Changes to the sheet's XML inside a good workbook: what a broken or hostile program
#: writes (bad numbers, shared strings that are not there, rows past Excel's end, entity
#: declarations, cut XML, text Excel itself never writes).
SHEET_DAMAGE: list[tuple[str, str]] = [
    (r'<c r="A2" t="n"><v>[^<]*</v>', '<c r="A2" t="n"><v>abc</v>'),
    (r'<c r="(A\d+)"', r'<c r="\1" t="s"><v>999</v></c><c r="ZZ\1"'),
    (r'<c r="(A\d+)"', r'<c r="\1" t="b"><v>2</v></c><c r="ZZ\1"'),
    (r'<c r="(A\d+)"', r'<c r="\1" t="d"><v>2026-13-45</v></c><c r="ZZ\1"'),
    (r'<c r="(A\d+)"', r'<c r="\1" t="e"><v>#DIV/0!</v></c><c r="ZZ\1"'),
    (r'<c r="(A\d+)"', r'<c r="\1" t="n"><v>1e999</v></c><c r="ZZ\1"'),
    (r'<c r="(A\d+)"', r'<c r="\1" t="inlineStr"><is><t>&#0;&#xD800;</t></is></c><c r="ZZ\1"'),
    (r'<row r="2"', '<row r="1048577"'),
    (r'<row r="\d+"', '<row r="0"'),
    (r'<row r="\d+"', '<row r="-5"'),
    (r'r="A1"', 'r="XFE1"'),
    (r'r="A1"', 'r="1A"'),
    (r"^<\?xml[^>]*\?>", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'),
    (r"</sheetData>.*$", ""),
    (r"<sheetData>", "<sheetData><row><c><v>1</v></c></row>"),
    (r"<dimension [^>]*/>", '<dimension ref="A1:XFD1048576"/>'),
]


def damaged_sheet(workbook: bytes, damage: int) -> bytes:
    pattern, replacement = SHEET_DAMAGE[damage % len(SHEET_DAMAGE)]
    source = zipfile.ZipFile(io.BytesIO(workbook))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(pattern, replacement, data.decode("utf-8"), count=1,
                              flags=re.DOTALL).encode("utf-8", "surrogatepass")
            target.writestr(info, data)
    return out.getvalue()


@dataclass(frozen=True)
class Case:
    table: Table
    form: str  # csv, xlsx, damaged-sheet, damaged-bytes
    csv_style: CsvStyle | None
    damage: tuple[int, float]
    suffix: str
    maps: tuple[str, ...]
    skip_bad_rows: bool
    dry_run: bool
    event: str


def _map(kind: str) -> st.SearchStrategy[str]:
    columns = st.one_of(st.sampled_from([header for header, _ in COLUMNS[kind]]),
                        st.sampled_from(["A", "B", "H", "ZZZ"]))
    targets = st.sampled_from([*field_names(kind), "ignore", "-", "local_name:kk",
                               "local_name:zz-", "position:az", "title:KK", "party_1",
                               "signatory_3", "party_0", "nothing", ""])
    return st.one_of(*(st.builds(lambda c, t: f"{c}={t}", columns, targets) for _ in range(4)),
                     st.sampled_from(["=", "A", "A=", "=name", "A=name=x", " = "]))


def _case(form: str, cells: st.SearchStrategy[Any], suffixes: list[str]
          ) -> st.SearchStrategy[Case]:
    """Cases of every kind of table (built once per kind, not per case: ``flatmap``
    would validate a new strategy for each case)."""
    return st.one_of([st.builds(
        Case, table_of(kind, cells), st.just(form),
        csv_styles if form in ("csv", "damaged-bytes") else st.none(),
        st.tuples(st.integers(0, 99), st.floats(0, 0.999)),
        st.sampled_from(suffixes),
        st.one_of(*(st.just(()) for _ in range(5)),
                  st.lists(_map(kind), min_size=1, max_size=2).map(tuple)),
        st.booleans(), st.sampled_from([False, False, False, True]),
        st.sampled_from([RESIDENT_KEY] * 30 + ["nowhere"])) for kind in TABLE_KINDS])


#: Five cases in seven CSV, one XLSX (an XLSX costs three CSVs to write and read), one a
#: damaged file of either.
cases = st.one_of(
    _case("csv", text_cells, [".csv", ".txt", ".CSV"]),
    *(_case("csv", text_cells, [".csv"]) for _ in range(3)),
    _case("csv", text_cells, [".csv"] * 8 + [".xls", ".json"]),
    _case("xlsx", typed_cells, [".xlsx", ".xlsm"]),
    st.one_of(_case("damaged-sheet", typed_cells, [".xlsx"]),
              _case("damaged-bytes", text_cells, [".csv", ".xlsx"])),
)


def file_bytes(case: Case) -> bytes:
    if case.form == "csv" and case.csv_style is not None:
        return csv_bytes(case.table, case.csv_style)
    if case.form == "xlsx":
        return xlsx_bytes(case.table)
    if case.form == "damaged-sheet":
        return damaged_sheet(xlsx_bytes(case.table), case.damage[0])
    data = (csv_bytes(case.table, case.csv_style) if case.suffix == ".csv" and case.csv_style
            else xlsx_bytes(case.table))
    return mangle_bytes(data, *case.damage)


# -- the run -----------------------------------------------------------------------------

def run_case(cli: InProcessCli, case: Case) -> None:
    """Import the table of ``case``; put the event back when the import stored anything."""
    path = cli.folder / f"case{case.suffix}"
    path.write_bytes(file_bytes(case))
    options = [f"--map={spec}" for spec in case.maps]
    options += ["--skip-bad-rows"] * case.skip_bad_rows + ["--dry-run"] * case.dry_run
    result = cli.run("import-table", case.event, case.table.kind, str(path), *options)
    if result.code == 0 and not case.dry_run:
        restore_event(cli.db, RESIDENT_KEY)


def test_fuzzed_tables_are_imported_or_refused(cli: InProcessCli,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    fuzz_run(cli, cases, run_case, capsys, "import-table")
