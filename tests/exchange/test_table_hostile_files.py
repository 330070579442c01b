"""Hostile and unlucky spreadsheet files (issue 20, points 5, 6 and 12): character sets
of CSV files, spreadsheet bombs and XML tricks, each refused in one line or read right."""
from __future__ import annotations

from pathlib import Path

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
