"""Both palettes keep text readable: block titles on every agenda kind, muted captions."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.domain.vocabulary import AgendaKind
from desktop_app.ui import theme


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_contrast_in_both_schemes(qtbot, monkeypatch, scheme):
    app = QApplication.instance()
    previous = (app.palette(), app.styleSheet(), app.style().name())
    monkeypatch.setenv(theme.THEME_ENV, scheme)
    try:
        theme.apply_theme(app)
        palette = app.palette()
        assert theme.is_dark(palette) == (scheme == "dark")
        text = palette.color(QPalette.ColorRole.WindowText)
        for kind in AgendaKind:  # the timeline draws WindowText on each kind's fill
            assert contrast(text, theme.kind_fill(kind.value, palette)) >= 7, kind
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        assert contrast(muted, palette.color(QPalette.ColorRole.Window)) >= 4.5
        assert contrast(palette.color(QPalette.ColorRole.HighlightedText),
                        palette.color(QPalette.ColorRole.Highlight)) >= 4.5
        assert contrast(theme.conflict_color(palette),
                        palette.color(QPalette.ColorRole.Base)) >= 4.5
    finally:
        app.setPalette(previous[0])
        app.setStyleSheet(previous[1])
        app.setStyle(previous[2])
