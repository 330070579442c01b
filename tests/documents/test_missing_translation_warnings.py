"""``roundtable print``: a text printed in the default for want of a translation is one
``warning:`` line on stderr, at most 20, then how many more; the exit code stays 0."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli.app import main
from desktop_app.cli.print_commands import MAX_MISSING_LISTED
from desktop_app.services.events import import_event_document
from desktop_app.storage import Database
from tests.support import translated_event_document

from .conftest import pdf_text

KEY = "baku-2026"
PANEL = 'warning: agenda item "panel" has no Kazakh title; printed in the default text'


def with_talks(count: int) -> dict[str, Any]:
    """The translated event plus ``count`` talks translated into Azerbaijani only."""
    doc = translated_event_document()
    for number in range(1, count + 1):
        start = 12 * 60 + 10 * (number - 1)
        doc["agenda"].append({
            "id": f"talk{number:02d}", "kind": "speech", "title": f"Talk number {number}",
            "title_local": {"az": f"Çıxış nömrə {number}"}, "day": "2026-05-12",
            "start": f"{start // 60:02d}:{start % 60:02d}",
            "end": f"{(start + 10) // 60:02d}:{(start + 10) % 60:02d}", "room": "hall"})
    return doc


def talk_warning(number: int) -> str:
    return (f'warning: agenda item "talk{number:02d}" has no Kazakh title; printed in the '
            "default text")


def run(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str,
        lang: str) -> tuple[int, list[str], str, Path]:
    output = tmp_path / f"{kind}.pdf"
    code = main(["--db", db.url, "print", kind, KEY, "-o", str(output), "--lang", lang])
    captured = capsys.readouterr()
    return code, captured.err.splitlines(), captured.out, output


def test_one_warning_line_per_missing_text(db: Database, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    import_event_document(db, translated_event_document())
    code, err, out, output = run(db, tmp_path, capsys, "programme", "kk")
    assert code == 0
    assert err == [PANEL]
    assert out == f"{output} (3 pages)\n"  # the warnings go to stderr only
    assert "Panel discussion" in pdf_text(output)
    # Nothing missing in Azerbaijani; badges print no agenda title, so no warning either.
    for kind, lang in (("programme", "az"), ("programme", "az,en"), ("badges", "kk"),
                       ("certificates", "en")):
        code, err, _out, _output = run(db, tmp_path, capsys, kind, lang)
        assert (code, err) == (0, []), (kind, lang)


@pytest.mark.parametrize(("talks", "last"), [
    (19, []),
    (20, ["warning: … and 1 more text without a translation"]),
    (24, ["warning: … and 5 more texts without a translation"]),
])
def test_at_most_twenty_lines_then_how_many_more(
        db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], talks: int,
        last: list[str]) -> None:
    import_event_document(db, with_talks(talks))
    code, err, out, output = run(db, tmp_path, capsys, "programme", "kk")
    assert code == 0 and out.startswith(str(output))
    assert MAX_MISSING_LISTED == 20
    # In the order of the event file: the panel (10:15), then the talks from 12:00.
    assert err == [PANEL, *(talk_warning(n) for n in range(1, 20))] + last
