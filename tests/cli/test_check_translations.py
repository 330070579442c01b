"""``roundtable check`` reports texts missing a translation; ``--no-translations`` leaves
them out.

The events are ``translated_event_document()`` (en, az, kk; only the Kazakh title of
the panel is missing) with more translations taken out. The sample event's translations
are being written, so its exact counts are not asserted here.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli.app import main as cli_main
from desktop_app.resources import sample_event_path
from tests.support import translated_event_document, write_json

REPO = Path(__file__).resolve().parents[2]

PANEL = "warning: [translation-missing] 1 agenda item has no Kazakh title: panel"


def _check(capsys: pytest.CaptureFixture[str], database: Path, event: str, *options: str
           ) -> tuple[int, list[str], str]:
    code = cli_main(["--db", str(database), "check", event, *options])
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err


def _imported(capsys: pytest.CaptureFixture[str], tmp_path: Path, doc: dict[str, Any]) -> Path:
    database = tmp_path / "cli.sqlite"
    path = write_json(tmp_path / f"{doc['event']['id']}.json", doc)
    assert cli_main(["--db", str(database), "import", str(path), "--replace"]) == 0
    capsys.readouterr()
    return database


def test_one_missing_translation_is_one_warning_and_exit_1(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    database = _imported(capsys, tmp_path, translated_event_document())
    assert _check(capsys, database, "baku-2026") == (1, [PANEL], "")
    assert _check(capsys, database, "baku-2026", "--no-translations") == (
        0, [], "baku-2026: no warnings\n")


def test_a_fully_translated_event_checks_clean(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    doc = translated_event_document()
    doc["agenda"][1]["title_local"]["kk"] = "Панельдік талқылау"
    database = _imported(capsys, tmp_path, doc)
    assert _check(capsys, database, "baku-2026") == (0, [], "baku-2026: no warnings\n")


def test_grouped_lines_with_singular_plural_and_the_cap(capsys: pytest.CaptureFixture[str],
                                                        tmp_path: Path) -> None:
    doc = translated_event_document()
    person = doc["people"][1]
    for number in range(1, 13):  # 12 more people with no translated position
        doc["people"].append({**person, "id": f"p{number:02d}", "precedence": 10 + number,
                              "position": "Adviser", "position_local": {}})
    del doc["people"][0]["position_local"]["az"]
    for item in doc["agenda"]:
        del item["title_local"]["az"]
    del doc["agreements"][0]["title_local"]["kk"]
    database = _imported(capsys, tmp_path, doc)
    first_ten = ", ".join(["amrullayev", *(f"p{n:02d}" for n in range(1, 10))])
    code, lines, err = _check(capsys, database, "baku-2026")
    assert (code, err) == (1, "")
    assert lines == [
        f"warning: [translation-missing] 13 people have no Azerbaijani position: {first_ten}"
        " and 3 more",
        "warning: [translation-missing] 12 people have no Kazakh position: "
        + ", ".join(f"p{n:02d}" for n in range(1, 11)) + " and 2 more",
        "warning: [translation-missing] 3 agenda items have no Azerbaijani title: "
        "open, panel, sign",
        PANEL,
        "warning: [translation-missing] 1 agreement has no Kazakh title: AZ-KZ/2026/001",
    ]
    assert _check(capsys, database, "baku-2026", "--no-translations")[:2] == (0, [])


def test_conflicts_come_first_and_still_count_without_translations(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    doc = translated_event_document()
    doc["agenda"][1]["start"] = "10:10"  # the panel overlaps the welcome in the hall
    database = _imported(capsys, tmp_path, doc)
    code, lines, _ = _check(capsys, database, "baku-2026")
    assert code == 1
    assert [line.split("]")[0] + "]" for line in lines] == [
        "warning: [room-overlap]", "warning: [person-overlap]", "warning: [translation-missing]"]
    assert lines[-1] == PANEL
    code, lines, _ = _check(capsys, database, "baku-2026", "--no-translations")
    assert code == 1
    assert [line.split("]")[0] + "]" for line in lines] == [
        "warning: [room-overlap]", "warning: [person-overlap]"]


def test_the_sample_event_is_sound_but_for_translations(capsys: pytest.CaptureFixture[str],
                                                       tmp_path: Path) -> None:
    database = tmp_path / "cli.sqlite"
    assert cli_main(["--db", str(database), "import", str(sample_event_path())]) == 0
    capsys.readouterr()
    assert _check(capsys, database, "ada-az-kz-2025", "--no-translations")[:2] == (0, [])
    code, lines, _ = _check(capsys, database, "ada-az-kz-2025")
    assert all(line.startswith("warning: [translation-missing] ") for line in lines), lines
    assert code == (1 if lines else 0)


def test_the_exit_codes_of_the_real_command(tmp_path: Path) -> None:
    database = tmp_path / "cli.sqlite"
    path = write_json(tmp_path / "event.json", translated_event_document())
    env = {**{k: v for k, v in os.environ.items() if k != "ROUNDTABLE_DB"},
           "QT_QPA_PLATFORM": "offscreen"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(database),
                               *args], cwd=REPO, env=env, capture_output=True, text=True,
                              timeout=60, check=False)

    assert run("import", str(path)).returncode == 0
    checked = run("check", "baku-2026")
    assert (checked.returncode, checked.stdout) == (1, PANEL + "\n")
    checked = run("check", "--no-translations", "baku-2026")
    assert (checked.returncode, checked.stdout, checked.stderr) == (
        0, "", "baku-2026: no warnings\n")
    assert "--no-translations" in run("check", "--help").stdout
