"""The layers below the GUI never load Qt (DEVELOPERS.md: all Qt lives in desktop_app/ui)."""
from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import desktop_app

REPO = Path(__file__).resolve().parent.parent
HEADLESS_PACKAGES = ["domain", "storage", "services", "documents", "exchange", "cli"]


def _modules_of(package: str) -> list[str]:
    path = Path(desktop_app.__file__).parent / package
    names = [f"desktop_app.{package}"]
    names += [f"desktop_app.{package}.{m.name}" for m in pkgutil.iter_modules([str(path)])]
    return names


def test_headless_layers_do_not_import_qt() -> None:
    modules = [m for package in HEADLESS_PACKAGES for m in _modules_of(package)]
    assert len(modules) > 20
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_domain_does_no_io_imports() -> None:
    forbidden = ("import sqlite3", "open(", "pathlib", "import os")
    for path in (Path(desktop_app.__file__).parent / "domain").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        for word in forbidden:
            assert word not in source, f"{path.name} uses {word!r}"
