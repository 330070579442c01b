"""What the About dialog states: the version, how this copy was built, and what it ships.

Plain Python (no Qt), so the packaging tests and the bundle smoke test can check the
same facts the dialog shows. The component list is ``resources/licenses/index.json``,
written by ``packaging/collect-licenses.py`` from the installed packages' metadata;
a bundle also carries ``build-info.json`` (commit and date), written by its spec.
"""
from __future__ import annotations

import json
import platform
import sys
from dataclasses import dataclass

from desktop_app import __version__
from desktop_app.resources import resource_path

LICENCE_INDEX = ("licenses", "index.json")
BUILD_INFO = "build-info.json"


@dataclass(frozen=True)
class Component:
    """One shipped library or font: what it is, which version, under which licence."""

    name: str
    version: str
    licence: str
    url: str
    files: tuple[str, ...]

    def licence_text(self) -> str:
        """The full licence texts shipped for this component, one after another."""
        parts = []
        for name in self.files:
            path = resource_path("licenses", name)
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                text = f"(missing: {path})"
            parts.append(f"==== {name} ====\n\n{text.strip()}\n")
        return "\n".join(parts)


def components() -> list[Component]:
    """Every shipped component in the order of the index (libraries, Python, fonts)."""
    path = resource_path(*LICENCE_INDEX)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [Component(name=str(item["name"]), version=str(item.get("version", "")),
                      licence=str(item["licence"]), url=str(item.get("url", "")),
                      files=tuple(str(f) for f in item.get("files", ())))
            for item in data.get("components", [])]


def is_bundle() -> bool:
    """True in a PyInstaller bundle (frozen), False when run from Python."""
    return bool(getattr(sys, "frozen", False))


def build_details() -> dict[str, str]:
    """How this copy was built: the bundle's commit and date when known, else 'source'."""
    details = {"version": __version__,
               "python": platform.python_version(),
               "platform": f"{platform.system()} {platform.machine()}",
               "kind": "bundle" if is_bundle() else "Python package"}
    try:
        recorded = json.loads(resource_path(BUILD_INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        recorded = {}
    for key in ("commit", "date"):
        if recorded.get(key):
            details[key] = str(recorded[key])
    return details

