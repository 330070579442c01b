"""The shipped licence list matches what is installed, and every text it names is there."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from desktop_app.about_info import components
from desktop_app.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def collector() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "collect_licenses", ROOT / "packaging" / "collect-licenses.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_runtime_dependency_is_listed_with_its_declared_licence(
        collector: ModuleType) -> None:
    index = json.loads(resource_path("licenses", "index.json").read_text(encoding="utf-8"))
    listed = {item.get("distribution"): item for item in index["components"]}
    for dist in collector.runtime_distributions():
        name = dist.metadata["Name"]
        assert name in listed, (f"{name} is shipped but not in resources/licenses/index.json: "
                                "run packaging/collect-licenses.py")
        assert listed[name]["licence"] == collector.licence_of(dist), (
            f"{name}'s licence changed: run packaging/collect-licenses.py")


def test_every_component_has_its_licence_text() -> None:
    shipped = components()
    assert shipped
    for component in shipped:
        assert component.files, component.name
        for name in component.files:
            assert resource_path("licenses", name).stat().st_size > 0, name
        # An AUTHORS file may be short; the licence itself is not.
        assert len(component.licence_text()) > 500, component.name


def test_qt_fonts_and_python_are_covered() -> None:
    by_name = {c.name: c for c in components()}
    qt = by_name["Qt 6 and PySide6"]
    assert qt.licence.startswith("LGPL-3.0")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt.licence_text()
    assert "Version 3" in qt.licence_text()
    noto = by_name["Noto Sans and Noto Serif fonts"]
    assert noto.licence == "OFL-1.1" and "SIL OPEN FONT LICENSE" in noto.licence_text().upper()
    assert "Bitstream" in by_name["DejaVu Sans font"].licence_text()
    assert by_name["Python"].licence == "PSF-2.0"


def test_data_a_dependency_bundles_under_its_own_licence_is_listed(
        collector: ModuleType) -> None:
    """Babel's CLDR locale data is under the Unicode licence, not Babel's BSD licence."""
    shipped = {dist.metadata["Name"].lower() for dist in collector.runtime_distributions()}
    by_name = {c.name: c for c in components()}
    for slug, (entry, _inside) in collector.BUNDLED_DATA.items():
        assert slug in shipped, f"{slug} is no longer shipped: drop it from BUNDLED_DATA"
        listed = by_name[entry["name"]]
        assert listed.licence == entry["licence"]
    assert "UNICODE LICENSE" in by_name[
        "Unicode CLDR locale data (inside Babel)"].licence_text().upper()
