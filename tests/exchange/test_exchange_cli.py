"""``export signings|agenda|schedule`` and ``import-table`` through real subprocesses."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import xmlschema
from icalendar import Calendar
from openpyxl import load_workbook

from desktop_app.resources import sample_event_path

from .conftest import FIXTURES, XSD

REPO = Path(__file__).resolve().parents[2]
EVENT = "ada-az-kz-2025"

pytestmark = pytest.mark.slow


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "ROUNDTABLE_DB"}
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(db), *args],
                            check=False, cwd=REPO, env={**env, "QT_QPA_PLATFORM": "offscreen"},
                            capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "x.sqlite"
    assert run(path, "import", str(sample_event_path())).returncode == 0
    return path


def test_export_every_format(db: Path, tmp_path: Path) -> None:
    outputs = {name: tmp_path / name for name in
               ("s.csv", "s.xlsx", "s.json", "agenda.ics", "schedule.xml", "schedule.json")}
    for name, kind in (("s.csv", "signings"), ("s.xlsx", "signings"), ("s.json", "signings"),
                       ("agenda.ics", "agenda"), ("schedule.xml", "schedule"),
                       ("schedule.json", "schedule")):
        result = run(db, "export", kind, EVENT, "-o", str(outputs[name]))
        assert result.returncode == 0, result.stderr
        assert result.stderr.startswith(f"wrote {outputs[name]}")
    rows = list(csv.reader(io.StringIO(outputs["s.csv"].read_bytes().decode("utf-8-sig"))))
    assert len(rows) == 81 and rows[0][0] == "Reference"
    assert load_workbook(outputs["s.xlsx"]).sheetnames == ["Parties", "Agreements", "Summary"]
    assert len(json.loads(outputs["s.json"].read_text(encoding="utf-8"))["agreements"]) == 40
    assert len(Calendar.from_ical(outputs["agenda.ics"].read_bytes()).walk("VEVENT")) == 9
    xmlschema.XMLSchema(str(XSD)).validate(str(outputs["schedule.xml"]))
    assert json.loads(outputs["schedule.json"].read_text(encoding="utf-8"))["schedule"][
        "conference"]["acronym"] == EVENT


@pytest.mark.parametrize(("args", "message"), [
    (["export", "signings", EVENT, "-o", "{tmp}/s.pdf"],
     'error: -o: the signings export writes .xlsx, .csv, .json files, got "s.pdf"'),
    (["export", "schedule", "no-such-event", "-o", "{tmp}/s.xml"],
     'error: event "no-such-event" not found'),
    (["export", "schedule", EVENT, "-o", "{tmp}/missing/s.xml"],
     "error: -o: the folder"),
    (["import-table", EVENT, "people", "{tmp}/none.csv"], "error: cannot read"),
])
def test_bad_input_exits_2_with_an_error_line(db: Path, tmp_path: Path, args: list[str],
                                              message: str) -> None:
    result = run(db, *[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.returncode == 2
    assert result.stderr.startswith(message) or f"\n{message}" in result.stderr, result.stderr
    assert list(tmp_path.iterdir()) == []


def test_import_table_reports_every_problem_and_stores_nothing(db: Path) -> None:
    result = run(db, "import-table", EVENT, "agreements",
                 str(FIXTURES / "agreements_errors.xlsx"))
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors[0] == 'error: "agreements_errors.xlsx" has 6 problems; nothing was stored'
    assert errors[1] == ('error: row 3, column F "Party 2" ("Oxford University"): is not an '
                         "organization of this event; import organizations first")
    assert len(errors) == 7
    listed = run(db, "events")
    assert "\t40 agreements" in listed.stdout


def test_import_table_dry_run_then_import_with_map(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Имя,Должность\nLəman Məmmədova,Prorektor\n", encoding="utf-8")
    dry = run(db, "import-table", EVENT, "people", str(path), "--map", "Имя=full_name",
              "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert 'column A "Имя" -> full_name [--map]' in dry.stdout
    assert 'create "mammadova" (Ləman Məmmədova) from row 2' in dry.stdout
    assert "dry run: nothing was stored" in dry.stdout
    assert "\t21 people" in run(db, "events").stdout
    done = run(db, "import-table", EVENT, "people", str(path), "--map", "Имя=full_name")
    assert done.returncode == 0, done.stderr
    assert "1 person was created" in done.stderr
    assert "\t22 people" in run(db, "events").stdout
    bad_map = run(db, "import-table", EVENT, "people", str(path), "--map", "Имя=shoe")
    assert bad_map.returncode == 2
    assert 'error: --map "Имя=shoe": "shoe" is not a field of people' in bad_map.stderr
