"""``python -m desktop_app`` starts the window offscreen and quits cleanly."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ROUNDTABLE_EXIT_AFTER_MS="400",
               XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path),
               ROUNDTABLE_LOG=str(tmp_path / "roundtable.log"))
    return subprocess.run([sys.executable, "-m", "desktop_app", "--db",
                           str(tmp_path / "app.sqlite"), *args],
                          env=env, capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])


def test_the_window_starts_and_quits_on_an_empty_database_and_with_the_sample(tmp_path):
    empty = _run(tmp_path)
    assert empty.returncode == 0, empty.stderr
    assert "Traceback" not in empty.stderr
    demo = _run(tmp_path, "demo")
    assert demo.returncode == 0, demo.stderr
    assert "Traceback" not in demo.stderr
    settings = list((tmp_path / "config").rglob("*.conf"))
    assert settings, "the window saved its geometry and last view on quitting"
    text = settings[0].read_text(encoding="utf-8")
    assert "geometry" in text and "last_event=ada-az-kz-2025" in text
