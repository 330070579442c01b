"""Hostile and unlucky spreadsheet files (issue 20, points 5, 6 and 12): character sets
of CSV files, spreadsheet bombs and XML tricks, each refused in one line or read right."""
from __future__ import annotations

import io
import itertools
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from desktop_app.exchange.table_reader import TableFileError, read_table

ROWS = [["Name", "Country", "Position"],
        ["Əmrullayev İlqar", "AZ", "Rektor"],
        ["Нұрбек Сағынтай", "KZ", "Проректор"]]


def _text(delimiter: str) -> str:
    return "".join(delimiter.join(row) + "\r\n" for row in ROWS)


@pytest.mark.parametrize(("encoding", "bom"), [
    ("utf-16", b""),  # Python writes the BOM of the machine's byte order, as Excel does
    ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"),
    ("utf-8", b"\xef\xbb\xbf"),
])
def test_unicode_text_with_a_byte_order_mark(tmp_path: Path, encoding: str, bom: bytes) -> None:
    """Excel's "Unicode Text": UTF-16 with a BOM, columns separated by tabs."""
    path = tmp_path / "people.txt"
    path.write_bytes(bom + _text("\t").encode(encoding))
    table = read_table(path)
    assert table.headers == ROWS[0]
    assert [list(r.cells) for r in table.rows] == ROWS[1:]
    assert [r.number for r in table.rows] == [2, 3]
    assert "columns are separated by tabs" in table.notes


def test_utf16_with_commas(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes(_text(",").encode("utf-16"))
    assert [list(r.cells) for r in read_table(path).rows] == ROWS[1:]


def test_a_broken_utf16_file_names_its_encoding(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes(_text("\t").encode("utf-16-le") + b"\x00\xd8")  # a lone surrogate
    path.write_bytes(b"\xff\xfe" + path.read_bytes())
    with pytest.raises(TableFileError, match=r"UTF-16 \(little-endian\)"):
        read_table(path)


def test_text_in_no_known_encoding_names_both(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes(b"Name,Country\n\x98\xff,AZ\n")  # 0x98 is no character in cp1251
    with pytest.raises(TableFileError, match=r"not UTF-8 \(byte 14\) nor Windows-1251"):
        read_table(path)


# -- Spreadsheet bombs (point 5): each refused in seconds, under 300 MB ------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="People" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
SHEET_START = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')


def _cell(text: str) -> str:
    return f'<c t="inlineStr"><is><t>{text}</t></is></c>'


HEADER_ROW = "<row>" + _cell("Name") + _cell("Country") + "</row>"
DATA_ROW = "<row>" + _cell("Ada") + _cell("AZ") + "</row>"


def write_xlsx(path: Path, sheet_parts: Iterable[str], prologue: str = "") -> Path:
    """A workbook of one sheet whose XML is ``sheet_parts`` (written as they come)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for part in sheet_parts:
                sheet.write(part.encode())
    return path


_PROBE = """
import sys, time
from pathlib import Path
from desktop_app.exchange.table_reader import TableFileError, read_table
start = time.process_time()
try:
    table = read_table(Path(sys.argv[1]))
    outcome, code = f"read {len(table.rows)} rows", 0
except TableFileError as exc:
    outcome, code = str(exc), 2
seconds = time.process_time() - start
# VmHWM: this program's peak, not the forking test's (ru_maxrss keeps that across exec)
status = Path("/proc/self/status").read_text()
peak = int(status.split("VmHWM:")[1].split()[0]) // 1024
print(f"{seconds:.2f} {peak}")
print(outcome)
sys.exit(code)
"""


def probe(path: Path) -> tuple[int, str, float, int]:
    """Read ``path`` in a process of its own: exit code, message, CPU seconds (wall time
    varies on a loaded machine), peak MB."""
    done = subprocess.run([sys.executable, "-c", _PROBE, str(path)], capture_output=True,
                          text=True, timeout=60, cwd=Path(__file__).parents[2])
    timing, _, message = done.stdout.partition("\n")
    seconds, peak = timing.split()
    return done.returncode, message.strip(), float(seconds), int(peak)


def _refused_quickly(path: Path, match: str, within: float = 10, peak_mb: int = 300) -> None:
    code, message, seconds, peak = probe(path)
    assert code == 2, message
    assert re.search(match, message), message
    assert "\n" not in message
    assert seconds < within, f"took {seconds:.1f} s"
    assert peak < peak_mb, f"peak {peak} MB"


def test_a_sheet_that_unpacks_huge_is_refused_before_parsing(tmp_path: Path) -> None:
    """A small workbook whose sheet unpacks to 256 MB (the reported one: 15 MB -> 4.5 GB)."""
    chunk = DATA_ROW * 20_000
    rows = (chunk for _ in range(256 * 2**20 // len(chunk) + 1))
    path = write_xlsx(tmp_path / "bomb.xlsx", itertools.chain([SHEET_START, HEADER_ROW], rows,
                                                             ["</worksheet>"]))
    assert path.stat().st_size < 2 * 2**20
    _refused_quickly(path, r'part "xl/worksheets/sheet1.xml" unpacks to [\d,]+ bytes; '
                           r"the limit is 200 MB")


def test_a_declared_dimension_of_the_whole_sheet_is_ignored(tmp_path: Path) -> None:
    """1.8 KB declaring A1:XFD1048576 ran CPU-bound for minutes: now the two rows it holds."""
    path = write_xlsx(tmp_path / "wide.xlsx", [
        SHEET_START, '<dimension ref="A1:XFD1048576"/><sheetData>',
        HEADER_ROW, DATA_ROW, "</sheetData></worksheet>"])
    assert path.stat().st_size < 4096
    code, message, seconds, peak = probe(path)
    assert (code, message) == (0, "read 1 rows")
    assert seconds < 10 and peak < 300, (seconds, peak)
    table = read_table(path)
    assert table.headers == ["Name", "Country"]
    assert [r.cells for r in table.rows] == [("Ada", "AZ")]


def test_a_row_far_beyond_the_last_row_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "far.xlsx", [
        SHEET_START, "<sheetData>", HEADER_ROW,
        '<row r="2000000000">' + _cell("x") + "</row></sheetData></worksheet>"])
    _refused_quickly(path, r"rows beyond row 1,048,576")


def test_an_xlsx_stops_at_the_row_limit(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "many.xlsx", [
        SHEET_START, "<sheetData>", HEADER_ROW, DATA_ROW * 150_000, "</sheetData></worksheet>"])
    # openpyxl parses the 100,010 rows an import may take: up to 18 s on a loaded machine
    _refused_quickly(path, r"has more than 100,000 rows", within=60)


def test_a_csv_of_millions_of_rows_stops_at_the_row_limit(tmp_path: Path) -> None:
    """8.4 million short rows took 31 s and 2.1 GB before they were refused."""
    path = tmp_path / "many.csv"
    with path.open("w") as out:
        out.write("Name,Country\n")
        for start in range(0, 2_000_000, 100_000):
            out.write("".join(f"{i:x},a{i:x}\n" for i in range(start, start + 100_000)))
    assert path.stat().st_size < 32 * 2**20
    # 28 MB read and decoded, 100,010 rows kept: about 110 MB (221 MB with io.StringIO)
    _refused_quickly(path, r"has more than 100,000 rows; at most 100,000 are imported",
                     peak_mb=160)


def test_a_csv_line_beyond_the_line_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("Name,Country\n" + "a," * 1_500_000 + "\n")
    _refused_quickly(path, r"line 2: the line is 3,000,001 characters long; the limit is "
                           r"1,000,000")


def test_the_row_limit_itself_is_read(tmp_path: Path) -> None:
    path = tmp_path / "limit.csv"
    path.write_text("Name,Country\n" + "\n" * 20 + "Ada,AZ\n" * 100_000)
    table = read_table(path)
    assert len(table.rows) == 100_000
    assert table.rows[0].number == 22


# -- XML tricks inside an XLSX (points 6 and 9): bad input, exit 2, one line ------------

_LAUGHS = ('<!DOCTYPE worksheet [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";" if i > 1 else "&lol;") * 10}">'
                     for i in range(1, 10))
           + "]>")
_QUADRATIC = '<!DOCTYPE worksheet [<!ENTITY a "' + "a" * 50_000 + '">]>'
_EXTERNAL = '<!DOCTYPE worksheet [<!ENTITY passwd SYSTEM "file:///etc/passwd">]>'


def _sheet_with(doctype: str, text: str) -> list[str]:
    return ['<?xml version="1.0" encoding="UTF-8"?>', doctype,
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            "<sheetData>", HEADER_ROW, "<row>" + _cell(text) + _cell("AZ") + "</row>",
            "</sheetData></worksheet>"]


@pytest.mark.parametrize(("name", "parts"), [
    ("billion laughs", _sheet_with(_LAUGHS, "&lol9;")),
    ("quadratic blow-up", _sheet_with(_QUADRATIC, "&a;" * 20_000)),
    ("external entity", _sheet_with(_EXTERNAL, "&passwd;")),
    ("malformed XML", [SHEET_START, "<sheetData><row>" + _cell("Name") + "</sheetData>"]),
    ("no XML at all", ["\x00\x01 not XML"]),
])
def test_xml_tricks_are_refused_as_bad_input(tmp_path: Path, name: str,
                                             parts: list[str]) -> None:
    path = write_xlsx(tmp_path / "tricks.xlsx", parts)
    code, message, seconds, peak = probe(path)
    assert code == 2, message
    assert message.startswith('"tricks.xlsx" is not a readable Excel workbook (.xlsx): '), message
    assert "root:" not in message and "\n" not in message
    assert seconds < 10 and peak < 300, (seconds, peak)



def _sheet_part(data: bytes) -> tuple[int, bytes]:
    """Where the sheet part's local zip header starts in ``data``, and its name."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    return info.header_offset, info.filename.encode()


def _with_sheet_header(path: Path, offset: int, value: int) -> Path:
    """``path`` with a 2-byte field of the sheet part's local zip header (``offset`` from
    its start) and of its central directory entry (2 bytes further on) set to ``value``."""
    data = bytearray(path.read_bytes())
    local, name = _sheet_part(bytes(data))
    data[local + offset:local + offset + 2] = value.to_bytes(2, "little")
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = int.from_bytes(data[central + 28:central + 30], "little")
        if data[central + 46:central + 46 + name_length] == name:
            data[central + offset + 2:central + offset + 4] = value.to_bytes(2, "little")
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    return path


def _damaged_deflate(path: Path) -> Path:
    """``path`` with bytes of the sheet part's compressed data overwritten."""
    data = bytearray(path.read_bytes())
    local, _ = _sheet_part(bytes(data))
    name_length, extra_length = (int.from_bytes(data[local + at:local + at + 2], "little")
                                 for at in (26, 28))
    start = local + 30 + name_length + extra_length
    data[start + 5:start + 9] = b"\xff\xff\xff\xff"
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(("name", "damage", "reason"), [
    ("damaged compressed bytes", _damaged_deflate, "it is damaged or is not a workbook"),
    ("a compression method zip lacks", lambda p: _with_sheet_header(p, 8, 99),
     "it is damaged or is not a workbook"),
    ("an encrypted part", lambda p: _with_sheet_header(p, 6, 1),
     "it is encrypted; save it without a password first"),
    ("a part needing zip version 14.8", lambda p: _with_sheet_header(p, 4, 148),
     "it is damaged or is not a workbook"),
])
def test_a_workbook_whose_parts_cannot_be_unpacked_is_refused(tmp_path: Path, name: str,
                                                              damage: Any, reason: str) -> None:
    """Found by the fuzz runs (tests/test_fuzz_table_import.py, one of 20,000 cases for
    the zip version): ``zlib.error``, ``NotImplementedError`` and ``RuntimeError`` from
    opening or unpacking the archive were exit 4."""
    path = damage(write_xlsx(tmp_path / "damaged.xlsx", [SHEET_START, "<sheetData>",
                                                         HEADER_ROW, DATA_ROW,
                                                         "</sheetData></worksheet>"]))
    with pytest.raises(TableFileError) as refused:
        read_table(path)
    assert str(refused.value) == (
        f'"damaged.xlsx" is not a readable Excel workbook (.xlsx): {reason}')


# -- The one text rule (point 10) for every text cell the import takes ------------------

@pytest.mark.parametrize(("kind", "headers", "cells", "reason"), [
    ("people", ["Family name", "Given name", "Position"], ("Ada\x1b[2J", "Lov", "Rector"),
     "holds a control character (U+001B) at position 4"),
    ("people", ["Family name", "Given name", "Position"], ("Ada", "Lov", "R" * 501),
     "is 501 characters long; the limit is 500"),
    ("people", ["Family name", "Given name", "Position"], ("Ada", "Lov", "bell\x07"),
     "holds a control character (U+0007) at position 5"),
    ("organizations", ["Name", "City"], ("KazNU", "Almaty\x00"),
     "holds a control character (U+0000) at position 7"),
])
def test_text_cells_pass_the_one_text_rule(kind: str, headers: list[str],
                                           cells: tuple[str, ...], reason: str) -> None:
    from desktop_app.exchange.table_mapping import map_columns
    from desktop_app.exchange.table_reader import Table, TableRow
    from desktop_app.services.table_rows import parse_rows

    mappings, problems = map_columns(kind, headers)
    assert not problems
    rows, problems = parse_rows(kind, Table(headers, [TableRow(2, cells)]), mappings,
                                "Asia/Baku")
    assert [(p.row, str(p.reason)) for p in problems] == [(2, reason)]


def test_the_command_line_refuses_them_in_one_line_with_exit_2(tmp_path: Path) -> None:
    """``roundtable import-table``: a bomb and malformed XML are bad input (exit 2)."""
    from desktop_app.resources import sample_event_path

    from .test_exchange_cli import EVENT, run

    database = tmp_path / "cli.sqlite"
    assert run(database, "import", str(sample_event_path())).returncode == 0
    wide = write_xlsx(tmp_path / "wide.xlsx", [SHEET_START, "<sheetData><row>",
                                               _cell("Name") + "</sheetData>"])
    many = tmp_path / "many.csv"
    many.write_text("Family name,Given name\n" + "Ada,Lov\n" * 150_000)
    for path in (wide, many):
        done = run(database, "import-table", EVENT, "people", str(path))
        assert done.returncode == 2, done.stderr
        lines = [line for line in done.stderr.splitlines() if line.startswith("error:")]
        assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
