"""No button of any view is clipped in any interface language (issue 16, point 12): the
Kazakh "Дайын деп белгілеу" and "Келісімнің күшін жою" of the agreement panel were cut.
Every view of the window at its default size, the agreement panel showing an agreement,
each shown button at least as wide as its text needs."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton

from desktop_app.services.agreements import list_agreements
from desktop_app.ui.i18n import UI_LANGUAGES, catalogue_path, install_language
from desktop_app.ui.main_window import MainWindow


@pytest.fixture(params=UI_LANGUAGES)
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    lang = str(request.param)
    if lang != "en" and not catalogue_path(lang).is_file():
        pytest.fail(f"{catalogue_path(lang)} is missing: run scripts/build-translations")
    assert install_language(lang) == lang
    yield lang
    install_language("en")


def _clipped(view) -> list[str]:
    found = []
    for button in view.findChildren(QAbstractButton):
        if not isinstance(button, QPushButton) or not button.isVisibleTo(view):
            continue
        if not button.isVisible() or not button.text():
            continue
        # The text's own width (the style's least button width is no clipping).
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        need = button.fontMetrics().horizontalAdvance(text) + 12
        if not button.icon().isNull():
            need += button.iconSize().width() + 4
        if button.width() < need:
            found.append(f"{button.text()!r}: {button.width()} < {need}")
    return found


def test_no_button_is_clipped(qtbot, ui_ctx, language: str) -> None:
    win = MainWindow(ui_ctx)
    qtbot.addWidget(win)
    win.resize(1280, 820)          # the window's default size
    win.show()
    qtbot.waitExposed(win)
    problems: dict[str, list[str]] = {}
    for index in range(len(win.views)):
        win.show_view(index)
        view = win.current_view()
        if getattr(view, "loading", False):
            qtbot.waitUntil(lambda view=view: not view.loading, timeout=10000)
        if type(view).__name__ == "AgreementsView":
            agreement = list_agreements(ui_ctx.db, ui_ctx.event_key)[0]
            view.show_record("agreement", agreement.key)
        QApplication.processEvents()
        qtbot.wait(20)
        clipped = _clipped(view)
        if clipped:
            problems[type(view).__name__] = clipped
    assert not problems, (language, problems)
