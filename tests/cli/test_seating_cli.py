"""``roundtable seating``: the plan as JSON and as a table, --apply, and exit codes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli.app import main
from desktop_app.resources import sample_event_path
from desktop_app.services.seating import list_seating
from desktop_app.storage import open_database

REPO = Path(__file__).resolve().parents[2]
KEY = "ada-az-kz-2025"


@pytest.fixture
def dbarg(tmp_path: Path) -> list[str]:
    args = ["--db", str(tmp_path / "cli.sqlite")]
    assert main([*args, "import", str(sample_event_path())]) == 0
    return args


def seating(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, (json.loads(out) if "--json" in args and code == 0 else out), err


def test_acceptance_minister_amrullayev_hosts_nurbek_right_bayel_left(
        dbarg: list[str], tmp_path: Path) -> None:
    """The issue's "done when", through a real process."""
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", *dbarg, "seating", KEY, "main", "--layout",
         "round:24", "--rule", "precedence", "--json"],
        cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert (plan["item"], plan["layout"], plan["rule"]) == (None, "round:24", "precedence")
    seats = {seat["seat"]: seat for seat in plan["seats"]}
    host = seats[1]
    assert (host["person"], host["reason"]) == (
        "amrullayev", "host: highest-ranking person of the host organizations")
    assert seats[host["right"]]["person"] == "nurbek"
    assert seats[host["left"]]["person"] == "bayel"
    assert seats[host["right"]]["reason"] == "guest of honour: highest-ranking guest"
    assert set(seats[1]) == {"seat", "person", "left", "right", "reason"}
    assert result.stderr == "nothing stored: --apply stores this plan\n"


LAYOUTS = ["round:24", "rect:22", "rect:25", "u:21", "u:30", "head:5+rows:4x5",
           "signing:21", "signing:30"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_json_neighbours_are_symmetric_round_tables_wrap_and_lines_end(
        capsys: pytest.CaptureFixture[str], dbarg: list[str], layout: str) -> None:
    code, plan, _ = seating(capsys, *dbarg, "seating", KEY, "main", "--layout", layout,
                            "--json")
    assert code == 0
    seats = {seat["seat"]: seat for seat in plan["seats"]}
    assert list(seats) == list(range(1, len(seats) + 1))
    for number, seat in seats.items():
        if seat["left"] is not None:
            assert seats[seat["left"]]["right"] == number, (layout, seat)
        if seat["right"] is not None:
            assert seats[seat["right"]]["left"] == number, (layout, seat)
    ends = sum(seat["left"] is None for seat in seats.values())
    expected = {"round": 0, "rect": 2, "u": 1, "head": 5, "signing": 1}[layout.split(":")[0]]
    assert ends == sum(seat["right"] is None for seat in seats.values()) == expected
    assert sum(seat["person"] is not None for seat in seats.values()) == 21


def test_without_apply_nothing_is_stored_with_apply_it_is(
        capsys: pytest.CaptureFixture[str], dbarg: list[str]) -> None:
    code, plan, err = seating(capsys, *dbarg, "seating", KEY, "signing", "--json")
    assert code == 0 and plan["layout"] == "signing:17"
    assert "nothing stored" in err
    code, out, err = seating(capsys, *dbarg, "check", KEY, "--no-translations")
    assert code == 0  # no plan stored, no seating warning
    code, _, err = seating(capsys, *dbarg, "seating", KEY, "main", "--layout", "round:24",
                           "--apply")
    assert code == 0 and err == ""
    # Stored: the next run starts from the stored layout and rule.
    code, plan, _ = seating(capsys, *dbarg, "seating", KEY, "main", "--json")
    assert (plan["layout"], plan["rule"]) == ("round:24", "precedence")
    code, out, _ = seating(capsys, *dbarg, "check", KEY, "--no-translations")
    assert code == 0


def test_the_text_table_names_seat_name_position_and_reason(
        capsys: pytest.CaptureFixture[str], dbarg: list[str]) -> None:
    code, out, _ = seating(capsys, *dbarg, "seating", KEY, "main", "--layout", "round:24")
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "Seating of the main table: round:24, rule precedence"
    assert lines[2].split() == ["seat", "name", "position", "reason"]
    assert lines[3].split()[:4] == ["1", "H.E.", "Emin", "Amrullayev"]
    assert "Minister of Science and Education" in lines[3]
    assert lines[3].endswith("host: highest-ranking person of the host organizations")
    assert lines[3 + 11].split() == ["12", "—"]  # an empty seat
    assert lines[-1].split()[:4] == ["24", "H.E.", "Sayasat", "Nurbek"]


@pytest.mark.parametrize(("args", "message"), [
    (["main", "--layout", "oval:8"], 'error: layout "oval:8" is not valid: use round:N, '
     "rect:N, u:N, head:N+rows:RxC or signing:N"),
    (["main", "--layout", "round:20"], "error: 1 seat missing: round:20 has 20 free seats for "
     "21 people"),
    (["nowhere"], 'error: agenda item "nowhere" not found'),
    (["main", "--layout", "u:24", "--rule", "facing"], "error: the facing rule needs two "
     "sides facing each other: use round:N or rect:N, not u:24"),
])
def test_bad_input_exits_2_with_one_line_and_stores_nothing(
        capsys: pytest.CaptureFixture[str], dbarg: list[str], args: list[str], message: str
        ) -> None:
    code, out, err = seating(capsys, *dbarg, "seating", KEY, *args, "--apply")
    assert (code, out, err) == (2, "", message + "\n")
    db = open_database(dbarg[1])
    try:
        assert list_seating(db, KEY) == []
    finally:
        db.dispose()


def test_a_bad_rule_or_event_exits_2(capsys: pytest.CaptureFixture[str], dbarg: list[str]
                                     ) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*dbarg, "seating", KEY, "main", "--rule", "rank"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("error: argument --rule: invalid choice: 'rank'")
    assert len(err.splitlines()) == 1
    code, _, err = seating(capsys, *dbarg, "seating", "nope", "main")
    assert (code, err) == (2, 'error: event "nope" not found\n')
