"""The synthetic event generator (``benchmarks/synth.py``) and the benchmark runner's pieces.

The benchmarks only mean something if their event is one the application
accepts and takes for a real one: these tests import generated events
through the real import service into a real SQLite file, and run the
scripts as a user does.
"""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import unicodedata
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from desktop_app.cli.app import main as cli_main
from desktop_app.exchange.event_json import read_event_file
from desktop_app.exchange.event_validation import validate_event_document
from desktop_app.services.events import import_event_document, list_events
from desktop_app.storage import Database

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ROOT / "benchmarks"
SYNTH = BENCHMARKS / "synth.py"


def _module(name: str) -> ModuleType:
    """A benchmarks module loaded from its file (they import each other by plain name)."""
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


synth = _module("synth")


def _synth_cli(tmp_path: Path, name: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SYNTH), *args, "-o", str(tmp_path / name)],
                          check=False, capture_output=True, text=True, cwd=tmp_path)


def _all_text(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False)


def test_generated_event_is_stored_by_the_import_service_without_warnings(db: Database) -> None:
    doc = synth.generate_event(people=400, agreements=120, items=60, days=2, seed=11)

    result = import_event_document(db, doc)

    assert [str(w) for w in result.warnings] == []
    (summary,) = list_events(db)
    assert (summary.key, summary.people, summary.agreements, summary.agenda_items) == (
        "synth-400-120-60", 400, 120, 60)
    assert summary.start_date.isoformat() == "2026-10-06"
    assert summary.end_date.isoformat() == "2026-10-07"


def test_the_script_writes_a_file_that_roundtable_imports_and_checks_clean(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    done = _synth_cli(tmp_path, "event.json", "--people", "150", "--agreements", "40",
                      "--items", "30", "--days", "3", "--seed", "3")
    assert done.returncode == 0, done.stderr
    assert "150 people" in done.stderr and "40 agreements" in done.stderr
    database = str(tmp_path / "cli.sqlite")

    assert cli_main(["--db", database, "import", str(tmp_path / "event.json")]) == 0
    assert capsys.readouterr().out.strip() == "synth-150-40-30"
    # 1 = warnings; the generated texts have no translations, so they are left out
    assert cli_main(["--db", database, "check", "synth-150-40-30", "--no-translations"]) == 0
    assert "no warnings" in capsys.readouterr().err


def test_same_arguments_give_the_same_bytes_and_another_seed_another_event(
        tmp_path: Path) -> None:
    arguments = ["--people", "120", "--agreements", "30", "--items", "25", "--days", "2"]
    for name, seed in (("a.json", "7"), ("b.json", "7"), ("c.json", "8")):
        done = _synth_cli(tmp_path, name, *arguments, "--seed", seed)
        assert done.returncode == 0, done.stderr
    first = (tmp_path / "a.json").read_bytes()
    assert first == (tmp_path / "b.json").read_bytes()
    assert first != (tmp_path / "c.json").read_bytes()
    assert read_event_file(tmp_path / "a.json") == synth.generate_event(120, 30, 25, 2, seed=7)


@pytest.mark.parametrize(("people", "agreements", "items", "days", "organizations"), [
    (0, 0, 0, 1, None),       # an empty event is still a valid one
    (1, 0, 1, 1, None),
    (5, 12, 3, 1, None),      # fewer people than organizations: some parties unsigned
    (60, 25, 90, 1, 2),       # two organizations only; a full day in many rooms
    (30, 8, 40, 6, 40),       # more organizations than people, many days
])
def test_counts_are_exact_and_the_document_valid_at_odd_shapes(
        people: int, agreements: int, items: int, days: int, organizations: int | None) -> None:
    doc = synth.generate_event(people, agreements, items, days, seed=1,
                               organizations=organizations)

    validate_event_document(doc)  # raises EventFileError naming the place
    assert len(doc["people"]) == people
    assert len(doc["agreements"]) == agreements
    assert len(doc["agenda"]) == items
    assert len(doc["organizations"]) == (organizations or synth.default_organizations(people))
    if items >= days:  # every day has items
        assert {item["day"] for item in doc["agenda"]} == {
            f"2026-10-{6 + d:02d}" for d in range(days)}


def test_small_events_with_tight_schedules_have_no_conflicts(db: Database) -> None:
    # 20 people for 70 items in one day: speakers must be spread without double bookings.
    doc = synth.generate_event(people=20, agreements=15, items=70, days=1, seed=4)

    assert import_event_document(db, doc).warnings == []


def test_names_mix_azerbaijani_kazakh_russian_and_plain_latin() -> None:
    doc = synth.generate_event(people=600, agreements=50, items=30, days=1, seed=2)
    text = _all_text(doc["people"]) + _all_text(doc["organizations"])

    for letter in "əğıİşçöü":
        assert letter in text, f"no Azerbaijani {letter!r}"
    for letter in "әғқңөұүһі":
        assert letter in text, f"no Kazakh {letter!r}"
    assert any(letter in text for letter in "ыэщё"), "no Russian-only letters"
    plain = [p for p in doc["people"] if p["country"] == "GB"]
    assert plain and all(p["family_name"].isascii() for p in plain)
    local_tags = {tag for p in doc["people"] for tag in p.get("local_names", {})}
    assert local_tags == {"az", "kk", "ru"}
    assert all(unicodedata.is_normalized("NFC", p["family_name"]) for p in doc["people"])


def test_organizations_agreements_and_agenda_look_like_a_round_table() -> None:
    doc = synth.generate_event(people=2000, agreements=300, items=120, days=3, seed=9)
    organizations = {o["id"]: o for o in doc["organizations"]}
    people = {p["id"]: p for p in doc["people"]}

    assert {o["kind"] for o in organizations.values()} >= {"ministry", "university",
                                                            "embassy", "agency"}
    assert {o["country"] for o in organizations.values()} >= {"AZ", "KZ", "RU", "GB"}
    for agreement in doc["agreements"]:
        parties = agreement["parties"]
        assert len({party["organization"] for party in parties}) == len(parties) >= 2
        for party in parties:
            if "signatory" in party:
                assert people[party["signatory"]]["organization"] == party["organization"]
        if agreement["status"] == "draft":
            assert "signing" not in agreement
        assert ("signed_at" in agreement) == (agreement["status"] == "signed")
    international = [a for a in doc["agreements"] if len(
        {organizations[p["organization"]]["country"] for p in a["parties"]}) > 1]
    assert len(international) == len(doc["agreements"])
    assert {a["status"] for a in doc["agreements"]} == {"signed", "ready", "draft", "cancelled"}
    kinds = {item["kind"] for item in doc["agenda"]}
    assert kinds >= {"opening", "speech", "remarks", "panel", "signing", "break"}
    panels = [item for item in doc["agenda"] if item["kind"] == "panel"]
    assert all(item["topics"] and item["chair"] and item["speakers"] for item in panels)
    ceremonies = {item["id"] for item in doc["agenda"] if item["kind"] == "signing"}
    orders = [(a["signing"]["agenda_item"], a["signing"]["order"])
              for a in doc["agreements"] if "signing" in a]
    assert {item for item, _ in orders} == ceremonies
    assert len(orders) == len(set(orders))  # no order repeated within a ceremony
    assert any("&" in o["name"] for o in organizations.values())  # text is data


@pytest.mark.parametrize(("arguments", "message"), [
    (["--people", "-1"], "--people: must be at least 0, got -1"),
    (["--days", "0"], "--days: must be at least 1, got 0"),
    (["--agreements", "many"], "--agreements: expected a whole number, got 'many'"),
    (["--organizations", "1", "--agreements", "3"], "agreements need at least 2 organizations"),
])
def test_bad_arguments_are_named_without_a_traceback(tmp_path: Path, arguments: list[str],
                                                     message: str) -> None:
    done = _synth_cli(tmp_path, "x.json", *arguments)

    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "x.json").exists()


def test_the_runner_lists_every_benchmark_and_each_has_a_run_function() -> None:
    done = subprocess.run([sys.executable, str(BENCHMARKS / "run.py"), "--help"],
                          check=False, capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    runner = _module("run")
    for name, module_name in runner.MODULES.items():
        assert name in done.stdout
        assert callable(_module(module_name).run), module_name
    assert set(runner.SCALED) <= set(runner.MODULES)


def test_a_figure_passes_only_within_its_time_and_memory_targets() -> None:
    runner = _module("run")
    common = _module("common")

    def judged(**fields: Any) -> Any:
        figure = common.Figure("x", "y", **fields)
        runner.judge(figure)
        return figure.passed

    assert judged(seconds=0.4, max_seconds=0.5, peak_rss_mb=100) is True
    assert judged(seconds=0.6, max_seconds=0.5, peak_rss_mb=100) is False
    assert judged(seconds=0.4, max_seconds=0.5, peak_rss_mb=450) is False  # memory
    assert judged(seconds=3.0, baseline=2.0, max_ratio=2.0, peak_rss_mb=100) is True
    assert judged(seconds=4.5, baseline=2.0, max_ratio=2.0, peak_rss_mb=100) is False
    assert judged(seconds=9.0, peak_rss_mb=900) is None  # information only
    assert judged(seconds=9.0, scale=10, max_seconds=None, peak_rss_mb=900) is None


def test_a_benchmark_that_fails_is_reported_and_the_runner_goes_on(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]
                                                                  ) -> None:
    runner = _module("run")

    (figure,) = runner.run_benchmark("no-such-benchmark", 1, tmp_path)  # a real child process

    assert figure.passed is False
    assert figure.name.startswith("FAILED: KeyError")
    assert figure.peak_rss_mb is not None and figure.peak_rss_mb > 1  # the OS's accounting
    printed = capsys.readouterr().out
    assert "FAILED (exit 1" in printed and "KeyError: 'no-such-benchmark'" in printed
