"""What a frozen (PyInstaller) Roundtable relies on, checked without building one."""
from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import about_info
from desktop_app.resources import resource_path, resources_dir

ROOT = Path(__file__).resolve().parents[2]


def test_a_bundle_finds_resources_under_meipass(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"
    assert resource_path("fonts", "x.ttf") == tmp_path / "resources" / "fonts" / "x.ttf"


def test_build_details_show_a_bundles_commit_and_kind(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "build-info.json").write_text(
        json.dumps({"commit": "abc1234", "date": "2026-11-29"}))
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    details = about_info.build_details()
    assert details["kind"] == "bundle"
    assert (details["commit"], details["date"]) == ("abc1234", "2026-11-29")


def test_outside_a_bundle_there_is_no_build_record() -> None:
    details = about_info.build_details()
    assert details["kind"] == "Python package"
    assert "commit" not in details


def test_spec_ships_migrations_and_keeps_needed_qt_modules() -> None:
    spec = (ROOT / "packaging" / "roundtable.spec").read_text(encoding="utf-8")
    ast.parse(spec)  # it is Python
    assert "desktop_app/storage/migrations" in spec and '".mako"' in spec
    excluded = spec[spec.index("QT_EXCLUDES"):spec.index("DEV_EXCLUDES")]
    for needed in ("QtPdf\"", "QtPdfWidgets", "QtPrintSupport", "QtSvg\"", "QtWidgets"):
        assert needed not in excluded, f"{needed} is used by Roundtable"


def test_headless_commands_and_about_facts_load_no_qt() -> None:
    """The bundle runs CLI commands without a display only because they never import Qt."""
    code = ("import sys, desktop_app.about_info, desktop_app.cli.app as a; "
            "a.build_parser(); print('PySide6' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True,
                            text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
