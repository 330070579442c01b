"""Skipping the bad rows of a spreadsheet (issue 16, point 3): the command line stays
all-or-nothing unless ``--skip-bad-rows``; with it the good rows are stored and each bad
one is listed."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services.people import list_people
from desktop_app.services.table_import import TableImportError, import_table
from desktop_app.storage import Database
from tests.builders import MakeEvent

from .test_exchange_cli import EVENT, run

ROWS = ("Family name,Given name,Country,Precedence\n"
        "Quliyev,Rəşad,AZ,3\nTokayeva,Әйгерім,KZ,first\nSerikbay,Aruzhan,KZ,4\n")


def test_the_service_skips_only_when_asked(db: Database, make_event: MakeEvent,
                                           tmp_path: Path) -> None:
    event = make_event().key
    path = tmp_path / "guests.csv"
    path.write_text(ROWS, encoding="utf-8")
    before = len(list_people(db, event))
    with pytest.raises(TableImportError) as refused:
        import_table(db, event, "people", path)
    assert refused.value.report.bad_rows == (3,) and refused.value.report.skippable
    assert len(list_people(db, event)) == before
    report = import_table(db, event, "people", path, skip_bad_rows=True)
    assert report.stored and report.skipped_rows == (3,)
    assert [p.row for p in report.skipped] == [3]
    assert "1 bad row skipped" in report.summary()
    assert len(list_people(db, event)) == before + 2


def test_a_mapping_problem_is_never_skipped(db: Database, make_event: MakeEvent,
                                            tmp_path: Path) -> None:
    event = make_event().key
    path = tmp_path / "guests.csv"
    path.write_text("Shoe size\n42\n", encoding="utf-8")
    with pytest.raises(TableImportError):
        import_table(db, event, "people", path, skip_bad_rows=True)


@pytest.mark.slow
def test_import_table_skip_bad_rows_on_the_command_line(tmp_path: Path) -> None:
    from desktop_app.resources import sample_event_path

    database = tmp_path / "cli.sqlite"
    assert run(database, "import", str(sample_event_path())).returncode == 0
    path = tmp_path / "guests.csv"
    path.write_text(ROWS, encoding="utf-8")
    refused = run(database, "import-table", EVENT, "people", str(path))
    assert refused.returncode == 2
    assert "\t21 people" in run(database, "events").stdout
    done = run(database, "import-table", EVENT, "people", str(path), "--skip-bad-rows")
    assert done.returncode == 0, done.stderr
    assert 'skipped: row 3, column D "Precedence"' in done.stderr
    assert "1 bad row skipped" in done.stderr
    assert "\t23 people" in run(database, "events").stdout
