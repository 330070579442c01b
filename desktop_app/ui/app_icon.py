"""The application icon for windows, the task bar and the About dialog.

One multi-size QIcon built from the PNGs rendered by ``packaging/make-icons.py`` (16 and
24 px are the simplified drawing), so Qt picks a sharp picture at every size instead of
scaling one bitmap; the SVG is added last for sizes between and above them.
"""
from __future__ import annotations

from PySide6.QtGui import QIcon

from desktop_app.resources import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def application_icon() -> QIcon:
    """The Roundtable icon at every shipped size (empty only if the files are missing)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", "png", f"roundtable-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    svg = resource_path("icons", "roundtable.svg")
    if icon.isNull() and svg.is_file():
        icon.addFile(str(svg))
    return icon
