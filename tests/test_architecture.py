"""The layers of docs/architecture.md: the import contracts hold, nothing below the GUI
loads Qt (all Qt lives in desktop_app/ui), the layers below it pass mypy, and no package
reaches into another's private names."""
from __future__ import annotations

import ast
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import desktop_app

REPO = Path(__file__).resolve().parent.parent
PACKAGE = Path(desktop_app.__file__).parent
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


def _lint_imports(folder: Path) -> subprocess.CompletedProcess[str]:
    """import-linter's contracts ([tool.importlinter] in pyproject.toml) checked on the
    ``desktop_app`` in ``folder``; exit status 0 when every contract is kept."""
    code = ("import sys\n"
            "from importlinter.cli import lint_imports\n"
            "sys.exit(lint_imports(no_cache=True, no_logo=True))\n")
    # A fresh process in ``folder``: that folder's package is the one analysed.
    return subprocess.run([sys.executable, "-c", code], cwd=folder, capture_output=True,
                          text=True, timeout=120)


def test_import_contracts_are_kept() -> None:
    result = _lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(("module", "wrong_import", "report"), [
    ("domain/text.py", "import desktop_app.services.loading",
     "desktop_app.domain is not allowed to import desktop_app.services"),
    ("storage/backup.py", "from desktop_app.documents import fonts",
     "desktop_app.storage is not allowed to import desktop_app.documents"),
    ("cli/app.py", "import desktop_app.ui.app",
     "desktop_app.cli is not allowed to import desktop_app.ui"),
    ("services/loading.py", "import PySide6.QtCore",
     "desktop_app.services is not allowed to import PySide6"),
    ("helpers.py", "import os", "- desktop_app.helpers"),
])
def test_import_contracts_catch_a_wrong_import(tmp_path: Path, module: str, wrong_import: str,
                                               report: str) -> None:
    """The contracts are not vacuous: a copy of the package with one wrong import (or a
    module in no layer) breaks them, and the report names it."""
    shutil.copytree(PACKAGE, tmp_path / "desktop_app",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    target = tmp_path / "desktop_app" / module
    before = target.read_text(encoding="utf-8") if target.exists() else ""
    target.write_text(f"{before}\n{wrong_import}\n", encoding="utf-8")
    result = _lint_imports(tmp_path)
    assert result.returncode != 0, result.stdout
    assert report in result.stdout, result.stdout


def _mypy(*arguments: str) -> subprocess.CompletedProcess[str]:
    """mypy with [tool.mypy] of pyproject.toml, in the repository (its .mypy_cache is the
    one scripts/test's lint stage fills, so that the run after it is quick)."""
    return subprocess.run([sys.executable, "-m", "mypy", *arguments], cwd=REPO,
                          capture_output=True, text=True, timeout=600)


@pytest.mark.slow
def test_typed_layers_pass_mypy() -> None:
    result = _mypy()
    assert result.returncode == 0, result.stdout + result.stderr
    checked = int(result.stdout.split(" in ")[-1].split()[0])
    assert checked > 100, result.stdout  # the packages of [tool.mypy], not a few files


def test_mypy_refuses_an_untyped_function(tmp_path: Path) -> None:
    """The configuration is strict: a function without annotations is an error."""
    probe = tmp_path / "probe.py"
    probe.write_text("def double(value):\n    return value * 2\n", encoding="utf-8")
    result = _mypy("--cache-dir", str(tmp_path / "cache"), str(probe))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "[no-untyped-def]" in result.stdout, result.stdout


def _package_of(path: Path, root: Path) -> str:
    """The dotted name of the package that holds ``path`` (a module, or a package's
    ``__init__.py``) under ``root``'s parent."""
    return ".".join(path.parent.relative_to(root.parent).parts)


def _imported_names(node: ast.Import | ast.ImportFrom, package: str) -> list[str]:
    """The dotted names an import statement in ``package`` reaches."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    source = node.module or ""
    if node.level:
        base = package.split(".")[:len(package.split(".")) - node.level + 1]
        source = ".".join([*base, *([node.module] if node.module else [])])
    return [f"{source}.{alias.name}" for alias in node.names]


def private_imports_across_packages(root: Path) -> list[str]:
    """Each import in the package at ``root`` of a name starting with ``_`` (a function,
    a constant, a module) that lives in another package than the importing module."""
    found = []
    for path in sorted(root.rglob("*.py")):
        package = _package_of(path, root)
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, (ast.Import, ast.ImportFrom)):
                continue
            for name in _imported_names(node, package):
                parts = name.split(".")
                private = next((i for i, part in enumerate(parts)
                                if part.startswith("_") and not part.startswith("__")), None)
                if parts[0] != root.name or private is None:
                    continue
                owner = root.parent.joinpath(*parts[:private])
                owner_package = ".".join(parts[:private] if owner.is_dir()
                                         else parts[:private - 1])
                if owner_package != package:
                    found.append(f"{path.relative_to(root.parent)}:{node.lineno} "
                                 f"imports {name}")
    return found


def test_no_package_imports_another_packages_private_names() -> None:
    assert private_imports_across_packages(PACKAGE) == []


def test_a_private_import_across_packages_is_found(tmp_path: Path) -> None:
    """The scan is not vacuous: a copy with one such import (relative and absolute) is
    caught, and an import of a private name within its own package is not."""
    shutil.copytree(PACKAGE, tmp_path / "desktop_app",
                    ignore=shutil.ignore_patterns("__pycache__"))
    target = tmp_path / "desktop_app" / "services" / "agenda.py"
    source = target.read_text(encoding="utf-8")
    target.write_text(source + "\nfrom ..domain.text import _SKELETON_LETTERS\n"
                      "from desktop_app.domain.rules import _hidden\n"
                      "from .common import _mine\n", encoding="utf-8")
    found = private_imports_across_packages(tmp_path / "desktop_app")
    assert [line.split(" imports ")[1] for line in found] == [
        "desktop_app.domain.text._SKELETON_LETTERS", "desktop_app.domain.rules._hidden"]
