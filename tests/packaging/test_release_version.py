"""The version is set once (desktop_app.__version__) and every place that shows it agrees."""
from __future__ import annotations

import importlib.metadata
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app import __version__

ROOT = Path(__file__).resolve().parents[2]
METAINFO = ROOT / "packaging" / "linux" / "org.roundtable.Roundtable.metainfo.xml"
CHANGELOG = ROOT / "CHANGELOG.md"
RELEASE_HEADING = re.compile(r"^## \[(\d+\.\d+\.\d+[^\]]*)\] - (\d{4}-\d{2}-\d{2})$", re.MULTILINE)


def test_version_is_semantic() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+(?:[.-]?(?:a|b|rc|dev|post)\d*)?", __version__)


def test_pyproject_reads_the_version_from_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"], "the version must not be written twice"
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "desktop_app.__version__"}


def test_command_line_prints_the_version() -> None:
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--version"], check=False,
                            capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"roundtable {__version__}"


def test_installed_metadata_carries_the_version() -> None:
    try:
        installed = importlib.metadata.version("roundtable")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("roundtable is not installed (pip install -e .)")
    assert installed == __version__, (
        "the installed metadata is stale: reinstall with pip install -e .")


def changelog_releases() -> list[tuple[str, str]]:
    return RELEASE_HEADING.findall(CHANGELOG.read_text(encoding="utf-8"))


def metainfo_releases() -> list[tuple[str, str]]:
    root = ET.parse(METAINFO).getroot()
    return [(release.get("version", ""), release.get("date", ""))
            for release in root.iterfind("releases/release")]


def test_changelog_has_unreleased_and_the_current_version() -> None:
    text = CHANGELOG.read_text(encoding="utf-8")
    assert "## [Unreleased]" in text
    releases = changelog_releases()
    assert releases, "no '## [x.y.z] - YYYY-MM-DD' heading in CHANGELOG.md"
    assert releases[0][0] == __version__, "the newest CHANGELOG release is not __version__"


def test_metainfo_newest_release_is_the_version_and_matches_the_changelog() -> None:
    releases = metainfo_releases()
    assert releases[0][0] == __version__
    assert releases == changelog_releases(), (
        "packaging/linux/*.metainfo.xml <releases> and CHANGELOG.md disagree")
