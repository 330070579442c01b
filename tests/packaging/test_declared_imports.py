"""Every third-party module the application and its tests import is declared in
pyproject.toml: the application's by its dependencies, the tests' by those and the
``test`` and ``postgres`` extras. A module that is only there because another package
pulls it in (fontTools through pyHanko) breaks on the day that package stops."""
from __future__ import annotations

import ast
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
#: Packages of this repository itself.
LOCAL = frozenset({"desktop_app", "tests", "benchmarks"})


def _declared(*extras: str) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in extras:
        requirements += project["optional-dependencies"][extra]
    return {canonicalize_name(Requirement(line).name) for line in requirements}


def _imported(folder: Path) -> dict[str, set[str]]:
    """``{top-level module: files importing it}`` of the absolute imports below folder."""
    found: dict[str, set[str]] = {}
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], set()).add(path.relative_to(folder).as_posix())
    return found


def undeclared(folder: Path, declared: set[str]) -> dict[str, list[str]]:
    distributions = metadata.packages_distributions()
    missing = {}
    for module, files in _imported(folder).items():
        if module in sys.stdlib_module_names or module in LOCAL:
            continue
        if not {canonicalize_name(d) for d in distributions.get(module, [])} & declared:
            missing[module] = sorted(files)
    return missing


@pytest.mark.parametrize(("folder", "extras"), [("desktop_app", ()),
                                                ("tests", ("test", "postgres"))])
def test_every_import_is_declared(folder: str, extras: tuple[str, ...]) -> None:
    assert undeclared(ROOT / folder, _declared(*extras)) == {}


def test_an_undeclared_import_is_found(tmp_path: Path) -> None:
    (tmp_path / "uses.py").write_text(
        "import json\nimport openpyxl\nfrom sqlalchemy import select\nfrom . import sibling\n",
        encoding="utf-8")
    assert undeclared(tmp_path, {"sqlalchemy"}) == {"openpyxl": ["uses.py"]}
