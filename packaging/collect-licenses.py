#!/usr/bin/env python3
"""Copy the licence of everything Roundtable ships into ``resources/licenses/``.

The About dialog's "Licences…" list and the bundles read ``resources/licenses/index.json``
and the text files beside it, so the licences travel with the application (the LGPL
and the OFL both require the texts to be shipped). The list is built from what is
really installed, not from memory:

- every distribution Roundtable needs at run time (the ``roundtable`` requirements,
  followed recursively, extras and markers honoured), with its version, the licence
  from its metadata (``License-Expression``, else ``License``, else the classifiers),
  and the licence files of its dist-info;
- the Python interpreter, which the bundles also ship;
- the fonts in ``resources/fonts/`` (their licence files are copied from there);
- the sRGB colour profile in ``resources/color/`` (its licence file likewise).
- the flags in ``resources/flags/`` (flag-icons; its ``LICENSE`` likewise).

``packaging/roundtable.spec`` runs it again with ``--output build/licenses`` in the
environment it bundles, so a bundle lists exactly the versions it contains.

Run it after a dependency changes (the test ``tests/packaging/test_licences.py`` fails
when the index no longer matches the installed packages):

    python3 packaging/collect-licenses.py
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LICENSES = ROOT / "resources" / "licenses"
FONTS = ROOT / "resources" / "fonts"
FLAGS = ROOT / "resources" / "flags"
COLOR = ROOT / "resources" / "color"

#: Licence texts some packages do not ship in their dist-info: SPDX id -> Debian file.
COMMON_LICENSES = {
    "LGPL-3.0": Path("/usr/share/common-licenses/LGPL-3"),
    "GPL-3.0": Path("/usr/share/common-licenses/GPL-3"),
    "GPL-2.0": Path("/usr/share/common-licenses/GPL-2"),
}
#: Distributions whose licence files are not in their dist-info, and what covers them.
TEXTS_BY_EXPRESSION = {
    "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only": ("LGPL-3.0", "GPL-3.0", "GPL-2.0"),
}
#: Names a user recognises, for distributions whose own name hides what they are.
DISPLAY_NAMES = {
    "pyside6-essentials": "Qt 6 and PySide6",
    "pyside6-pdf": "Qt PDF and PySide6 (QtPdf)",
    "shiboken6": "Shiboken6 (PySide6 runtime)",
}
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)

FONT_COMPONENTS = (
    {"name": "Noto Sans and Noto Serif fonts", "version": "", "licence": "OFL-1.1",
     "url": "https://notofonts.github.io/", "files": ["OFL-Noto.txt"]},
    {"name": "DejaVu Sans font", "version": "", "licence": "Bitstream-Vera AND LicenseRef-DejaVu",
     "url": "https://dejavu-fonts.github.io/", "files": ["LICENSE-DejaVu.txt"]},
)
#: The sRGB profile of the PDF/A documents (written by scripts/make-srgb-profile).
COLOR_COMPONENTS = (
    {"name": "sRGB colour profile", "version": "", "licence": "LicenseRef-No-Copyright",
     "url": "", "files": ["LICENSE-sRGB-profile.txt"]},
)

#: Data that a distribution bundles under a licence of its own, outside its dist-info:
#: distribution -> (the component's entry, the licence file's path inside the install).
BUNDLED_DATA = {
    "babel": ({"name": "Unicode CLDR locale data (inside Babel)", "version": "",
               "licence": "Unicode-3.0", "url": "https://cldr.unicode.org/",
               "files": ["cldr--LICENSE.unicode"]},
              "babel/locale-data/LICENSE.unicode"),
}

#: The flag set of the flag sheets (resources/flags/LICENSE, shipped under this name).
FLAG_COMPONENT = {"name": "flag-icons (national flags)", "version": "7.5.0", "licence": "MIT",
                  "url": "https://github.com/lipis/flag-icons",
                  "files": ["flag-icons--LICENSE"]}


def runtime_distributions(root: str = "roundtable") -> list[metadata.Distribution]:
    """``root``'s run-time requirements, recursively, each distribution once, sorted.

    A requirement with extras (``pyhanko[opentype]``) brings the requirements those
    extras add."""
    env = {key: str(value) for key, value in default_environment().items()}
    seen: dict[str, metadata.Distribution] = {}
    followed: set[tuple[str, frozenset[str]]] = set()
    pending: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    while pending:
        name, extras = pending.pop()
        dist = metadata.distribution(name)
        for spec in dist.requires or []:
            requirement = Requirement(spec)
            if requirement.marker and not any(
                    requirement.marker.evaluate({**env, "extra": extra})
                    for extra in {"", *extras}):
                continue
            key = canonicalize_name(requirement.name)
            if key not in seen:
                try:
                    seen[key] = metadata.distribution(requirement.name)
                except metadata.PackageNotFoundError:
                    continue  # an optional platform-only dependency not installed here
            wanted = (requirement.name, frozenset(requirement.extras))
            if (key, wanted[1]) not in followed:
                followed.add((key, wanted[1]))
                pending.append(wanted)
    return sorted(seen.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def _field(dist: metadata.Distribution, key: str) -> str:
    """One metadata field, '' when absent (PackageMetadata has no typed ``get``)."""
    values = dist.metadata.get_all(key) or []
    return str(values[0]) if values else ""


def licence_of(dist: metadata.Distribution) -> str:
    """The licence as the package declares it (SPDX when it says so)."""
    expression = _field(dist, "License-Expression")
    if expression:
        return expression.strip()
    licence = _field(dist, "License").strip()
    classifiers = [c.split(" :: ")[-1] for c in dist.metadata.get_all("Classifier") or []
                   if c.startswith("License ::")]
    if licence and len(licence) < 60 and "\n" not in licence and licence != "Dual License":
        return licence
    return " / ".join(classifiers) or licence.splitlines()[0] if (classifiers or licence) \
        else "unknown"


def licence_files(dist: metadata.Distribution) -> list[Path]:
    found = []
    for file in dist.files or []:
        parts = Path(str(file)).parts
        if parts and parts[0].endswith(".dist-info") and LICENCE_FILE.search(parts[-1]):
            found.append(Path(str(dist.locate_file(file))))
    return found


def bundled_data_version(slug: str) -> str:
    """The version of the data a distribution bundles (CLDR 49 in Babel 2.19)."""
    if slug == "babel":
        from babel.core import get_cldr_version
        return f"CLDR {get_cldr_version()}"
    return ""


def collect(output: Path = LICENSES) -> list[dict[str, object]]:
    """Copy every licence text into ``output`` (emptied first); the index entries."""
    def _copy(source: Path, target_name: str) -> str:
        shutil.copyfile(source, output / target_name)
        return target_name

    if output.exists():
        shutil.rmtree(output)
    output.mkdir(parents=True)
    components: list[dict[str, object]] = []
    bundled: list[dict[str, object]] = []
    for dist in runtime_distributions():
        name = dist.metadata["Name"]
        slug = canonicalize_name(name)
        licence = licence_of(dist)
        files = [_copy(COMMON_LICENSES[spdx], f"{spdx}.txt")
                 for spdx in TEXTS_BY_EXPRESSION.get(licence, ())]
        files += sorted(_copy(path, f"{slug}--{path.name}") for path in licence_files(dist))
        if not files:
            raise SystemExit(f"error: no licence text found for {name}; add it by hand")
        components.append({"name": DISPLAY_NAMES.get(slug, name), "distribution": name,
                           "version": dist.version, "licence": licence,
                           "url": _home_page(dist), "files": list(dict.fromkeys(files))})
        if slug in BUNDLED_DATA:
            entry, inside = BUNDLED_DATA[slug]
            _copy(Path(str(dist.locate_file(inside))), str(entry["files"][0]))
            version = f"{bundled_data_version(slug)} ({name} {dist.version})"
            bundled.append(dict(entry, version=version))
    components.sort(key=lambda component: str(component["name"]).casefold())
    components += bundled
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    components.append({"name": "Python", "version": sys.version.split()[0],
                       "licence": "PSF-2.0", "url": "https://www.python.org/",
                       "files": [_copy(python_licence, "python--LICENSE.txt")]})
    for font in FONT_COMPONENTS:
        for file in font["files"]:
            _copy(FONTS / str(file), str(file))
        components.append(dict(font))
    for profile in COLOR_COMPONENTS:
        for file in profile["files"]:
            _copy(COLOR / str(file), str(file))
        components.append(dict(profile))
    _copy(FLAGS / "LICENSE", str(FLAG_COMPONENT["files"][0]))
    components.append(dict(FLAG_COMPONENT))
    return components


def _home_page(dist: metadata.Distribution) -> str:
    if _field(dist, "Home-page"):
        return _field(dist, "Home-page")
    for entry in dist.metadata.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository", "documentation"}:
            return url.strip()
    return ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=LICENSES, metavar="DIR",
                        help="where to write the texts and index.json (default: %(default)s); "
                             "the bundle build writes the build environment's own list")
    output = parser.parse_args().output
    components = collect(output)
    (output / "index.json").write_text(
        json.dumps({"components": components}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8")
    for component in components:
        print(f"{component['name']:<22} {component['version']:<14} {component['licence']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
