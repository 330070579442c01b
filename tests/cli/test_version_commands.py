"""``roundtable publish``, ``versions``, ``changes`` and ``print changes``: the issue's
"done when" on the sample, through the command line."""
from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from desktop_app.cli.app import main
from desktop_app.resources import sample_event_path
from desktop_app.services.agenda import (
    AgendaItemData,
    get_agenda_item,
    list_agenda,
    move_agenda_item,
    update_agenda_item,
)
from desktop_app.storage import open_database

REPO = Path(__file__).resolve().parents[2]
KEY = "ada-az-kz-2025"
NEW_TITLE = "Academic cooperation between Azerbaijan and Kazakhstan: the next five years"


@pytest.fixture
def dbarg(tmp_path: Path) -> list[str]:
    args = ["--db", str(tmp_path / "cli.sqlite")]
    assert main([*args, "import", str(sample_event_path())]) == 0
    return args


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _move_coffee_and_rename_panel(url: str) -> None:
    import datetime as dt

    db = open_database(url)
    try:
        items = {item.key: item for item in list_agenda(db, KEY)}
        coffee = items["coffee"]
        move_agenda_item(db, coffee.id, start_time=dt.time(11, 35),
                         expected_version=coffee.version)
        panel = get_agenda_item(db, items["panel"].id)
        data = AgendaItemData.from_row(panel)
        data.title = NEW_TITLE
        update_agenda_item(db, panel.id, data, panel.version)
    finally:
        db.dispose()


def test_done_when_on_the_sample(dbarg: list[str], tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *dbarg, "publish", KEY, "--note", "to the ministries")
    assert code == 0 and out.startswith("v1 published ")
    code, out, _ = run(capsys, *dbarg, "publish", KEY)
    assert code == 0 and out.startswith("no change since v1 (published ")
    assert out.rstrip().endswith("); nothing stored")
    schedule = tmp_path / "v1.xml"
    assert run(capsys, *dbarg, "export", "schedule", KEY, "-o", str(schedule))[0] == 0
    ids_v1 = {e.get("guid"): e.get("id") for e in ET.parse(schedule).getroot().iter("event")}

    _move_coffee_and_rename_panel(dbarg[1])
    code, out, _ = run(capsys, *dbarg, "publish", KEY, "--note", "to the rectors")
    assert code == 0 and out.rstrip().endswith(": 2 changes since the version before")
    code, out, _ = run(capsys, *dbarg, "versions", KEY)
    lines = out.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["v1", "v2"]
    assert [line.split("\t")[2:] for line in lines] == [["first", "to the ministries"],
                                                        ["2 changes", "to the rectors"]]

    code, out, _ = run(capsys, *dbarg, "changes", KEY, "--since", "v1")
    heading, *changes = out.splitlines()
    assert heading.startswith("2 changes from v1 (published ")
    assert heading.endswith(" to the programme as it is now")
    assert changes == [
        f"2025-03-04 11:35  {NEW_TITLE}  [renamed] Expanding academic cooperation between "
        f"Azerbaijan and Kazakhstan → {NEW_TITLE}",
        "2025-03-04 11:35  Coffee break  [moved] 11:20–11:35 → 11:35–11:50"]
    code, out, _ = run(capsys, *dbarg, "changes", KEY, "--since", "v1", "--json")
    listing = json.loads(out)
    assert (listing["since"], listing["until"]) == ("v1", None)
    assert [(c["kind"], c["item"]) for c in listing["changes"]] == [("renamed", "panel"),
                                                                     ("moved", "coffee")]
    assert listing["changes"][1]["old"] == {"day": "2025-03-04", "start": "11:20",
                                            "end": "11:35"}
    code, out, _ = run(capsys, *dbarg, "changes", KEY)  # since the last: v2
    assert out.startswith("0 changes from v2 ")

    notice = tmp_path / "changes.pdf"
    code, out, _ = run(capsys, *dbarg, "print", "changes", KEY, "--since", "v1", "-o",
                       str(notice), "--lang", "en")
    assert code == 0 and out == f"{notice} (1 page, 2 changes)\n"
    text = " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(notice).pages)
    assert "Changes to the programme since v1 of " in text
    assert "11:20–11:35" in text and "Coffee break" in text and "the next five years" in text

    calendar = tmp_path / "v2.ics"
    assert run(capsys, *dbarg, "export", "agenda", KEY, "-o", str(calendar))[0] == 0
    sequences = {str(e["UID"]).split(".")[0]: int(e["SEQUENCE"])
                 for e in Calendar.from_ical(calendar.read_bytes()).walk("VEVENT")}
    assert sequences == {"welcome": 0, "address-kz": 0, "address-az": 0, "ambassador": 0,
                         "rectors": 0, "panel": 1, "coffee": 1, "signing": 0, "reception": 0}

    exported = tmp_path / "event.json"
    assert run(capsys, *dbarg, "export", "event", KEY, "-o", str(exported))[0] == 0
    assert run(capsys, *dbarg, "import", str(exported), "--replace")[0] == 0
    again = tmp_path / "again.xml"
    assert run(capsys, *dbarg, "export", "schedule", KEY, "-o", str(again))[0] == 0
    root = ET.parse(again).getroot()
    assert {e.get("guid"): e.get("id") for e in root.iter("event")} == ids_v1
    assert root.findtext("version") == "v2"
    code, out, _ = run(capsys, *dbarg, "versions", KEY)
    assert [line.split("\t")[0] for line in out.splitlines()] == ["v1", "v2"]


def test_bad_requests_are_one_error_line_and_exit_2(dbarg: list[str], tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *dbarg, "versions", KEY)
    assert (code, out) == (0, "")
    assert err == f"nothing published yet: 'roundtable publish {KEY}' publishes the first version\n"
    code, _, err = run(capsys, *dbarg, "changes", KEY)
    assert (code, err) == (2, "error: since: no version has been published yet\n")
    run(capsys, *dbarg, "publish", KEY, "--name", "ministries")
    code, _, err = run(capsys, *dbarg, "changes", KEY, "--since", "v1")
    assert (code, err) == (2, 'error: since: no version "v1" has been published '
                              "(published: ministries)\n")
    code, _, err = run(capsys, *dbarg, "print", "changes", KEY, "-o",
                       str(tmp_path / "n.pdf"), "--lang", "fr")
    assert code == 2 and err.startswith("error: lang: ")
    code, _, err = run(capsys, *dbarg, "changes", "nope")
    assert (code, err) == (2, 'error: event "nope" not found\n')


def test_publish_in_a_real_process(dbarg: list[str]) -> None:
    result = subprocess.run([sys.executable, "-m", "desktop_app", *dbarg, "publish", KEY,
                             "--name", "printers", "--note", "the evening before"],
                            cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("printers published ")
