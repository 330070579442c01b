"""``roundtable verify CODE``: the signing time as the event's clock showed it, with its
offset, and the code accepted in any case, with or without its hyphens."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.cli.app import main
from desktop_app.services.documents import generate_document
from desktop_app.services.events import import_event_document
from desktop_app.storage import Database

from .conftest import MARKUP_KEY, markup_document, page_texts

CODE = re.compile(r"(\S+:[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})")


@pytest.fixture
def astana(db: Database, tmp_path: Path) -> str:
    """The markup event in Astana's time, its agreement signed at 11:05 local time (06:05
    UTC); returns the printed certificate's code."""
    doc = markup_document()
    doc["event"]["timezone"] = "Asia/Almaty"  # Astana's zone: UTC+05:00 since March 2024
    doc["agreements"][0]["signed_at"] = "2026-05-13T06:05:00Z"
    import_event_document(db, doc)
    path = tmp_path / "c.pdf"
    generate_document(db, MARKUP_KEY, "certificates", path)
    found = CODE.search(page_texts(path)[0])
    assert found is not None
    return found.group(1)


def verify(db: Database, code: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["--db", db.url, "verify", code])
    return status, capsys.readouterr().out


def test_the_signing_time_is_the_events_local_time(
        db: Database, astana: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = verify(db, astana, capsys)
    assert status == 0, out
    assert "signed: 2026-05-13 11:05 +05:00 (Asia/Almaty)" in out
    assert "06:05" not in out


@pytest.mark.parametrize("typed", [
    "lower",           # kz-az/2026/001:abcd-efgh-jkmn
    "no hyphens",      # KZAZ/2026/001:ABCDEFGHJKMN
    "lower, no hyphens",
])
def test_the_code_in_any_case_with_or_without_hyphens(
        db: Database, astana: str, capsys: pytest.CaptureFixture[str], typed: str) -> None:
    code = astana.lower() if "lower" in typed else astana
    if "no hyphens" in typed:
        code = code.replace("-", "")
    status, out = verify(db, code, capsys)
    assert status == 0, out
    assert out.startswith("valid: KZ-AZ/2026/001 in event almaty-2026"), out


def test_a_wrong_code_typed_loosely_is_still_not_valid(
        db: Database, astana: str, capsys: pytest.CaptureFixture[str]) -> None:
    reference, digest = astana.split(":")
    other = digest[:-1] + ("0" if digest[-1] != "0" else "1")
    status, out = verify(db, f"{reference.lower()}:{other}", capsys)
    assert status == 1
    assert out.startswith("NOT VALID: the agreement exists but its signing record no longer "
                          "matches"), out
    status, out = verify(db, f"KZ-AZ/2026/009:{digest}", capsys)
    assert status == 1 and 'no agreement has the reference "KZ-AZ/2026/009"' in out
