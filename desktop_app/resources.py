"""Locate shipped resources (fonts, samples, icons) in a source tree or an install.

A PyInstaller bundle keeps them in ``resources/`` beside its code
(``sys._MEIPASS``). Otherwise the source tree's ``resources/`` wins when
present, so that tests and developers always see the files they are editing;
an installed copy is found through the ``roundtable_resources`` package.
"""
from __future__ import annotations

import sys
from importlib import resources as _importlib_resources
from pathlib import Path

_SOURCE_TREE = Path(__file__).resolve().parent.parent / "resources"


def resources_dir() -> Path:
    """The folder holding fonts/, icons/, translations/ and samples/."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:  # a PyInstaller bundle (packaging/roundtable.spec puts it here)
        return Path(bundle) / "resources"
    if (_SOURCE_TREE / "samples").is_dir():
        return _SOURCE_TREE
    return Path(str(_importlib_resources.files("roundtable_resources")))


def resource_path(*parts: str) -> Path:
    """Path of one shipped resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)


def sample_event_path() -> Path:
    """The sample event built from the ADA University round-table report."""
    return resource_path("samples", "ada-round-table.json")
