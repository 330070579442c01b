"""The application's look: Fusion with a light or dark palette and one stylesheet.

Colours come from palette roles, so text stays readable in both schemes;
the few fixed colours (the accent, the agenda kinds) have a light and a dark
variant. Sizes are in points or font-relative, so 100–200 % scaling works.
The user picks "system", "light" or "dark" in the preferences (QSettings
``ui/theme``); ``ROUNDTABLE_THEME=light|dark`` overrides both (screenshots, tests).
"""
from __future__ import annotations

import os

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEME_ENV = "ROUNDTABLE_THEME"
#: The saved choice of scheme: one of ``THEME_CHOICES``.
THEME_KEY = "ui/theme"
THEME_CHOICES: tuple[str, ...] = ("system", "light", "dark")

ACCENT_LIGHT = QColor("#1f5c99")
ACCENT_DARK = QColor("#5b9bd5")

#: Hue of each agenda kind (HSV hue degrees); fills are derived for each scheme.
_KIND_HUES: dict[str, int] = {
    "opening": 212, "speech": 200, "remarks": 185, "panel": 265, "signing": 32,
    "break": 95, "exhibition": 330, "other": 0,
}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent(palette: QPalette | None = None) -> QColor:
    return ACCENT_DARK if is_dark(palette) else ACCENT_LIGHT


def kind_fill(kind: str, palette: QPalette | None = None) -> QColor:
    """Background of an agenda block of ``kind``: pale in light mode, deep in dark mode."""
    hue = _KIND_HUES.get(kind, 0)
    saturation = 0 if kind == "other" else 1
    if is_dark(palette):
        return QColor.fromHsv(hue, int(120 * saturation), 70)
    return QColor.fromHsv(hue, int(60 * saturation), 248)


def kind_edge(kind: str, palette: QPalette | None = None) -> QColor:
    """The stripe and border colour of an agenda block of ``kind``."""
    hue = _KIND_HUES.get(kind, 0)
    saturation = 0 if kind == "other" else 1
    if is_dark(palette):
        return QColor.fromHsv(hue, int(150 * saturation), 200)
    return QColor.fromHsv(hue, int(200 * saturation), 170)


def conflict_color(palette: QPalette | None = None) -> QColor:
    return QColor("#ff6b6b") if is_dark(palette) else QColor("#c62828")


def _light_palette() -> QPalette:
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colors = {
        role.Window: "#f3f4f6", role.WindowText: "#1b1f24", role.Base: "#ffffff",
        role.AlternateBase: "#f6f8fa", role.ToolTipBase: "#ffffff", role.ToolTipText: "#1b1f24",
        role.Text: "#1b1f24", role.Button: "#f8f9fb", role.ButtonText: "#1b1f24",
        role.BrightText: "#ffffff", role.Highlight: ACCENT_LIGHT.name(),
        role.HighlightedText: "#ffffff", role.Link: ACCENT_LIGHT.name(),
        role.PlaceholderText: "#5b6270", role.Mid: "#c4c9d0", role.Dark: "#9aa1ab",
        role.Midlight: "#e3e6ea", role.Light: "#ffffff", role.Shadow: "#5f6670",
    }
    for r, c in colors.items():
        p.setColor(r, QColor(c))
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#8a9099"))
    return p


def _dark_palette() -> QPalette:
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colors = {
        role.Window: "#1e2126", role.WindowText: "#e6e8eb", role.Base: "#16181c",
        role.AlternateBase: "#1c1f24", role.ToolTipBase: "#2a2e35", role.ToolTipText: "#e6e8eb",
        role.Text: "#e6e8eb", role.Button: "#2a2e35", role.ButtonText: "#e6e8eb",
        role.BrightText: "#ffffff", role.Highlight: "#2f6fae",
        role.HighlightedText: "#ffffff", role.Link: ACCENT_DARK.name(),
        role.PlaceholderText: "#8b929c", role.Mid: "#3a3f47", role.Dark: "#101215",
        role.Midlight: "#33373f", role.Light: "#454b54", role.Shadow: "#000000",
    }
    for r, c in colors.items():
        p.setColor(r, QColor(c))
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#6b717a"))
    return p


def saved_theme(settings: QSettings | None = None) -> str:
    """The user's choice of scheme ("system" when none or unreadable)."""
    value = str((settings or QSettings()).value(THEME_KEY, "system") or "system")
    return value if value in THEME_CHOICES else "system"


def save_theme(settings: QSettings, choice: str) -> None:
    if choice not in THEME_CHOICES:
        raise ValueError(f"unknown theme {choice!r}")
    settings.setValue(THEME_KEY, choice)
    settings.sync()


def _wants_dark(app: QApplication, settings: QSettings | None = None) -> bool:
    forced = os.environ.get(THEME_ENV, "").strip().lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    chosen = saved_theme(settings)
    if chosen != "system":
        return chosen == "dark"
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


STYLESHEET = """
QMainWindow::separator { width: 1px; background: palette(mid); }
#navigation { background: palette(base); border: none; border-right: 1px solid palette(mid);
              outline: 0; padding-top: 6px; }
#navigation::item { padding: 0.55em 1em; margin: 1px 6px; border-radius: 6px; }
#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }
#navigation::item:hover:!selected { background: palette(alternate-base); }
#pageTitle { font-size: 17pt; font-weight: 600; }
#pageSubtitle { color: palette(placeholder-text); }
#card { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
#cardValue { font-size: 20pt; font-weight: 600; }
#cardLabel { color: palette(placeholder-text); }
#sectionTitle { font-size: 11pt; font-weight: 600; }
#infoBar { background: palette(alternate-base); border: 1px solid palette(highlight);
           border-radius: 6px; }
#fieldError { color: %(error)s; }
QTableView, QListView, QTreeView { background: palette(base); border: 1px solid palette(mid);
    border-radius: 4px; gridline-color: palette(midlight); }
QHeaderView::section { background: palette(window); border: none;
    border-bottom: 1px solid palette(mid); padding: 4px 8px; font-weight: 600; }
QPushButton { padding: 4px 14px; min-height: 1.6em; }
QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);
    border: 1px solid palette(highlight); border-radius: 4px; }
QPushButton#primaryButton { background: palette(highlight); color: palette(highlighted-text);
    border: 1px solid palette(highlight); border-radius: 4px; font-weight: 600; }
QToolBar { border: none; spacing: 6px; padding: 4px 8px; }
QStatusBar QLabel { padding: 0 6px; }
QStatusBar QPushButton#warningsButton { border: none; padding: 2px 8px; min-height: 1.2em; }
"""


def apply_theme(app: QApplication, settings: QSettings | None = None) -> None:
    """Fusion, the scheme's palette, the stylesheet, and a font that covers ə and қ."""
    app.setStyle("Fusion")
    dark = _wants_dark(app, settings)
    palette = _dark_palette() if dark else _light_palette()
    app.setPalette(palette)
    font = app.font()
    if font.family() in ("", "Sans Serif", "Helvetica"):
        font = QFont("DejaVu Sans", max(font.pointSize(), 10))
    app.setFont(font)
    app.setStyleSheet(STYLESHEET % {"error": conflict_color(palette).name()})
