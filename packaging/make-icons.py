#!/usr/bin/env python3
"""Render the application icon's PNGs, the Windows .ico and the macOS .icns from the SVGs.

The PNGs are committed (the desktop entry, the window icon and the bundles use them),
so this runs only when ``resources/icons/roundtable.svg`` or ``roundtable-small.svg``
changes. 16 and 24 px come from the simplified ``roundtable-small.svg``, because the
full drawing's chair backs and papers turn to mush below 32 px; everything larger is
rendered from ``roundtable.svg``.

Rendering uses ``rsvg-convert`` (Debian: librsvg2-bin) when it is on PATH, otherwise
Qt's QSvgRenderer (PySide6-Essentials ships QtSvg). The .ico and .icns are written with
Pillow, a build-only dependency (``packaging/requirements.txt``).

    python3 packaging/make-icons.py            # regenerate everything
    python3 packaging/make-icons.py --check    # exit 1 if a committed file is missing
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
FULL_SVG = ICONS / "roundtable.svg"
SMALL_SVG = ICONS / "roundtable-small.svg"
PNG_DIR = ICONS / "png"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_SIZES = frozenset({16, 24})
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    """Where the PNG of one size lives (also used by the GUI and the packaging)."""
    return PNG_DIR / f"roundtable-{size}.png"


def source_for(size: int) -> Path:
    return SMALL_SVG if size in SMALL_SIZES else FULL_SVG


def render_with_rsvg(svg: Path, size: int, out: Path) -> None:
    subprocess.run(["rsvg-convert", "--width", str(size), "--height", str(size),
                    "--keep-aspect-ratio", "--output", str(out), str(svg)], check=True)


def render_with_qt(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        render_with_qt.app = QGuiApplication(["make-icons", "-platform", "offscreen"])  # type: ignore[attr-defined]
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(out)):
        raise OSError(f"could not write {out}")


def render_all() -> list[Path]:
    render = render_with_rsvg if shutil.which("rsvg-convert") else render_with_qt
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        out = png_path(size)
        render(source_for(size), size, out)
        written.append(out)
    return written


def write_ico_and_icns() -> list[Path]:
    try:
        from PIL import Image
    except ImportError:
        print("Pillow is not installed (pip install -r packaging/requirements.txt): "
              "skipping roundtable.ico and roundtable.icns", file=sys.stderr)
        return []
    largest = Image.open(png_path(256)).convert("RGBA")
    # Pillow builds every .ico size from the first image; hand it our hinted small ones.
    extra = [Image.open(png_path(size)).convert("RGBA") for size in ICO_SIZES if size != 256]
    ico = ICONS / "roundtable.ico"
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=extra)
    icns = ICONS / "roundtable.icns"
    Image.open(png_path(512)).convert("RGBA").save(
        icns, format="ICNS",
        append_images=[Image.open(png_path(s)).convert("RGBA") for s in ICNS_SIZES if s != 512])
    return [ico, icns]


def expected_files() -> list[Path]:
    return [png_path(size) for size in SIZES] + [ICONS / "roundtable.ico",
                                                  ICONS / "roundtable.icns"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only check that every generated file exists")
    args = parser.parse_args()
    if args.check:
        missing = [path for path in expected_files() if not path.is_file()]
        for absent in missing:
            print(f"missing: {absent}", file=sys.stderr)
        return 1 if missing else 0
    for path in render_all() + write_ico_and_icns():
        print(f"{path.relative_to(ICONS.parent.parent)}  {path.stat().st_size:>7} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
