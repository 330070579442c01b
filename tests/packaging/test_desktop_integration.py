"""The .desktop entry and AppStream metainfo are valid, translated, and agree with the app."""
from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app import APP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
INSTALLER = LINUX / "install-desktop-entry.sh"
LANGUAGES = ("az", "kk", "ru")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def run_validator(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (scripts/install-system-packages)")
    return subprocess.run(command, check=False, capture_output=True, text=True, timeout=60)


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = run_validator("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = run_validator("appstreamcli", "validate", "--no-net", "--no-color", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "E:" not in result.stdout and "W:" not in result.stdout, result.stdout


def test_desktop_entry_is_translated_and_names_the_app() -> None:
    entry = desktop_entry()
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "roundtable"
    assert entry["Categories"].split(";")[:2] == ["Office", "ProjectManagement"]
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        for language in LANGUAGES:
            assert entry.get(f"{key}[{language}]"), f"{key}[{language}] is missing"
    # The translations really are in their languages, not copies of the English.
    assert entry["GenericName[ru]"] != entry["GenericName"]
    assert "ə" in entry["Comment[az]"] and "қ" in entry["Comment[kk]"]


def test_metainfo_agrees_with_the_desktop_entry_and_the_repository() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "roundtable"
    assert root.find("content_rating") is not None
    assert root.find("developer/name") is not None
    summary_languages = {s.get(XML_LANG) for s in root.iterfind("summary")}
    assert summary_languages >= {None, *LANGUAGES}
    description_languages = {p.get(XML_LANG) for p in root.iterfind("description/p")}
    assert description_languages >= {None, *LANGUAGES}
    # Every screenshot is one of the committed docs/screenshots images.
    images = [Path(img.text or "").name for img in root.iterfind("screenshots/screenshot/image")]
    assert images
    for image in images:
        assert (ROOT / "docs" / "screenshots" / image).is_file(), image


def test_install_script_puts_entry_icons_and_metainfo_in_place_and_removes_them(
        tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    program = tmp_path / "my apps" / "roundtable"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    subprocess.run(["bash", str(INSTALLER), "--exec", str(program)], env=env, check=True,
                   capture_output=True, text=True, timeout=60)
    installed = data_home / "applications" / DESKTOP.name
    assert desktop_entry(installed)["Exec"] == f'"{program}"'
    assert (data_home / "metainfo" / METAINFO.name).is_file()
    for size in (16, 48, 256, 512):
        assert (data_home / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
    assert (data_home / f"icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], check=False,
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout

    subprocess.run(["bash", str(INSTALLER), "--uninstall"], env=env, check=True,
                   capture_output=True, text=True, timeout=60)
    assert not installed.exists()
    assert not list(data_home.glob("icons/hicolor/*/apps/*Roundtable*"))


def test_install_script_refuses_an_exec_that_is_not_a_program(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    result = subprocess.run(["bash", str(INSTALLER), "--exec", str(tmp_path / "nothing")],
                            env=env, check=False, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "is not a program" in result.stderr
