"""The icon set: SVG sources, every PNG size at its real size, and the .ico/.icns."""
from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n" and header[12:16] == b"IHDR", f"{path} is no PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.mark.parametrize("size", SIZES)
def test_png_has_its_size(size: int) -> None:
    assert png_size(ICONS / "png" / f"roundtable-{size}.png") == (size, size)


@pytest.mark.parametrize("name", ["roundtable.svg", "roundtable-small.svg",
                                  "roundtable-symbolic.svg"])
def test_svg_is_square_and_well_formed(name: str) -> None:
    root = ET.parse(ICONS / name).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _x, _y, width, height = (float(v) for v in root.get("viewBox", "").split())
    assert width == height


def test_ico_holds_the_small_sizes_and_icns_is_an_icns() -> None:
    ico = (ICONS / "roundtable.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    # Each directory entry starts with width and height bytes (0 means 256).
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
    assert (ICONS / "roundtable.icns").read_bytes()[:4] == b"icns"
