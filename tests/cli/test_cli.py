"""The command-line contract, through real subprocesses: output, exit codes, no tracebacks."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop_app.resources import sample_event_path
from tests.support import write_json

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 60
        ) -> subprocess.CompletedProcess[str]:
    inherited = {k: v for k, v in os.environ.items() if k != "ROUNDTABLE_DB"}
    full_env = {**inherited, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    result = subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=REPO, env=full_env,
                            capture_output=True, text=True, timeout=timeout)
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture
def dbarg(tmp_path: Path) -> list[str]:
    return ["--db", str(tmp_path / "cli.sqlite")]


def test_import_events_check_export(dbarg: list[str], tmp_path: Path) -> None:
    imported = run(*dbarg, "import", str(sample_event_path()))
    assert (imported.returncode, imported.stdout) == (0, "ada-az-kz-2025\n")
    listed = run(*dbarg, "events")
    assert listed.returncode == 0
    assert listed.stdout.split("\t") == [
        "ada-az-kz-2025", "2025-03-04",
        "Round table on expanding cooperation in higher education between Azerbaijan and "
        "Kazakhstan", "9 items", "21 people", "40 agreements\n"]
    # Sound but for translations (tests/cli/test_check_translations.py checks those).
    checked = run(*dbarg, "check", "ada-az-kz-2025", "--no-translations")
    assert (checked.returncode, checked.stdout) == (0, "")
    out = tmp_path / "out.json"
    exported = run(*dbarg, "export", "event", "ada-az-kz-2025", "-o", str(out))
    assert exported.returncode == 0
    assert json.loads(out.read_text(encoding="utf-8")) == \
        json.loads(sample_event_path().read_text(encoding="utf-8"))


def test_check_exits_1_with_warnings(dbarg: list[str], small_doc: dict[str, Any],
                                     tmp_path: Path) -> None:
    small_doc["agenda"][1]["start"] = "09:15"
    small_doc["agreements"][1]["status"] = "draft"
    imported = run(*dbarg, "import", str(write_json(tmp_path / "w.json", small_doc)))
    assert imported.returncode == 0
    # The panel now overlaps the opening in one room, with Nurbek speaking in both.
    assert imported.stderr.count("warning:") == 3
    checked = run(*dbarg, "check", "almaty-2026", "--no-translations")
    assert checked.returncode == 1
    lines = checked.stdout.splitlines()
    assert sorted(line.split("]")[0] for line in lines) == [
        "warning: [draft-in-signing", "warning: [person-overlap", "warning: [room-overlap"]
    assert any("[draft-in-signing]" in line and "KZ-AZ/2026/002" in line for line in lines)


def test_invalid_file_exit_2_lists_paths_and_stores_nothing(
        dbarg: list[str], small_doc: dict[str, Any], tmp_path: Path) -> None:
    small_doc["agreements"][0]["parties"][1]["organization"] = "kaznu2"
    small_doc["agenda"][0]["end"] = "08:00"
    result = run(*dbarg, "import", str(write_json(tmp_path / "bad.json", small_doc)))
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0] == "error: the event file is invalid (2 problems); nothing was stored"
    assert '  agreements[0].parties[1].organization: unknown organization "kaznu2"' in lines
    assert "  agenda[0].end: must be after the start (09:00)" in lines
    assert run(*dbarg, "events").stdout == ""


def test_existing_event_needs_replace(dbarg: list[str], small_doc: dict[str, Any],
                                      tmp_path: Path) -> None:
    path = write_json(tmp_path / "e.json", small_doc)
    assert run(*dbarg, "import", str(path)).returncode == 0
    again = run(*dbarg, "import", str(path))
    assert again.returncode == 2
    assert again.stderr.startswith('error: an event with id "almaty-2026" already exists')
    small_doc["event"]["title"] = "Second version"
    replaced = run(*dbarg, "import", "--replace", str(write_json(tmp_path / "e2.json", small_doc)))
    assert replaced.returncode == 0
    assert "Second version" in run(*dbarg, "events").stdout


@pytest.mark.parametrize("args", [["frob"], ["check"], ["export"], ["export", "event", "x"]])
def test_usage_errors_exit_2(dbarg: list[str], args: list[str]) -> None:
    result = run(*dbarg, *args)
    assert result.returncode == 2
    assert result.stderr.startswith("error:") or "usage:" in result.stderr


@pytest.mark.parametrize(("args", "bad"), [
    (["print", "programme", "ada-az-kz-2025", "-o", "{out}/x.pdf", "--lang", "fr"], "fr"),
    (["print", "programme", "ada-az-kz-2025", "-o", "{out}/x.pdf", "--lang", "az,xx"], "xx"),
    (["print", "runsheet", "ada-az-kz-2025", "-o", "{out}/x.pdf", "--lang", "kz"], "kz"),
    (["export", "signings", "ada-az-kz-2025", "-o", "{out}/x.csv", "--language", "fr"], "fr"),
    (["export", "signings", "ada-az-kz-2025", "-o", "{out}/x.csv", "--language", "az,kk"],
     "az,kk"),
])
def test_an_unsupported_document_language_exits_2_naming_it(
        tmp_path: Path, args: list[str], bad: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    database = tmp_path / "cli.sqlite"
    result = run("--db", str(database), *(arg.format(out=out) for arg in args))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f'error: {"lang" if "print" in args else "language"}: "{bad}" is not a supported '
        "language; choose from en, az, kk, ru"]
    # Refused before anything is opened or written.
    assert list(out.iterdir()) == [] and not database.exists()


@pytest.mark.parametrize("args", [
    ["--lang", "fr"], ["gui", "--lang", "xx"], ["demo", "--lang", "fr"],
    ["demo", "--no-window", "--lang", "az,fr"], ["--lang", "kk", "gui", "--lang", "de"],
])
def test_an_unsupported_interface_language_exits_2_listing_the_languages(
        tmp_path: Path, args: list[str]) -> None:
    database = tmp_path / "cli.sqlite"
    result = run("--db", str(database), *args, env={"ROUNDTABLE_EXIT_AFTER_MS": "1"})
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("error: argument --lang: invalid choice:")
    assert "'en', 'az', 'kk', 'ru'" in line
    assert not database.exists()


def test_unknown_event_exit_2(dbarg: list[str]) -> None:
    result = run(*dbarg, "check", "no-such-event")
    assert (result.returncode, result.stderr) == (2, 'error: event "no-such-event" not found\n')


def test_database_problems_exit_3(tmp_path: Path) -> None:
    missing = run("--db", str(tmp_path / "no" / "dir.sqlite"), "events")
    assert missing.returncode == 3 and missing.stderr.startswith("error: the folder")
    junk = tmp_path / "junk.sqlite"
    junk.write_text("just text", encoding="utf-8")
    assert run("--db", str(junk), "events").returncode == 3
    newer = tmp_path / "newer.sqlite"
    assert run("--db", str(newer), "events").returncode == 0
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    result = run("--db", str(newer), "events")
    assert result.returncode == 3 and "newer Roundtable" in result.stderr


def test_locked_database_exit_3(tmp_path: Path) -> None:
    path = tmp_path / "locked.sqlite"
    assert run("--db", str(path), "events").returncode == 0
    holder = sqlite3.connect(path, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = run("--db", str(path), "import", str(sample_event_path()), timeout=120)
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode == 3, result.stderr
    assert "locked" in result.stderr


def test_database_from_environment_and_default_location(tmp_path: Path) -> None:
    env_db = tmp_path / "env.sqlite"
    assert run("import", str(sample_event_path()), env={"ROUNDTABLE_DB": str(env_db)}
               ).returncode == 0
    assert env_db.exists()
    home = tmp_path / "xdg"
    result = run("demo", "--no-window", env={"XDG_DATA_HOME": str(home), "ROUNDTABLE_DB": ""})
    assert (result.returncode, result.stdout) == (0, "ada-az-kz-2025\n")
    assert (home / "Roundtable" / "roundtable.sqlite").exists()
    # demo does not import the sample twice
    assert run("demo", "--no-window", env={"XDG_DATA_HOME": str(home), "ROUNDTABLE_DB": ""}
               ).returncode == 0


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("roundtable ")


def test_version_answers_without_importing_the_commands() -> None:
    """Packagers call ``--version`` to check a build; it must not load the whole app."""
    probe = ("import sys; sys.argv = ['roundtable', '--version']; "
             "from desktop_app.__main__ import main; code = main(); "
             "print(code, 'sqlalchemy' in sys.modules, 'reportlab' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=False)
    from desktop_app import __version__
    assert result.stdout.splitlines() == [f"roundtable {__version__}", "0 False False"]


def test_gui_entry_point_starts_and_quits_offscreen(dbarg: list[str]) -> None:
    result = run(*dbarg, env={"ROUNDTABLE_EXIT_AFTER_MS": "300"})
    assert result.returncode == 0, result.stderr
