"""The menus keep their order (issue 16, point 18): views are built in the order the
user reaches them, yet the menu bar and the File menu read the same in every run and in
every interface language."""
from __future__ import annotations

from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow


def _menus(win: MainWindow) -> tuple[list[str], list[str]]:
    bar = [action.menu().objectName() for action in win.menuBar().actions()
           if action.menu() is not None]
    file_menu = win.actions_registry.menu("File")
    items = ["—" if a.isSeparator() else a.objectName() for a in file_menu.actions()]
    return bar, items


def _window(qtbot, ui_ctx, order: list[int]) -> MainWindow:
    win = MainWindow(ui_ctx)
    qtbot.addWidget(win)
    for index in order:   # the user reaches the views in this order
        win.show_view(index)
    win.build_all_views()
    return win


def test_menus_are_in_the_same_order_whatever_view_comes_first(qtbot, ui_ctx, qapp) -> None:
    first = _window(qtbot, ui_ctx, [4, 1, 5])        # Agreements, then Agenda, Documents
    count = len(first.views)
    second = _window(qtbot, ui_ctx, [5, 1, 4, 0])    # Documents, Agenda, Agreements
    third = _window(qtbot, ui_ctx, list(reversed(range(count))))
    assert _menus(first) == _menus(second) == _menus(third)
    bar, _items = _menus(first)
    assert bar.index("menuAgenda") < bar.index("menuAgreements") < bar.index("menuHelp")
    try:
        install_language("ru")
        russian = _window(qtbot, ui_ctx, [1, 4, 5])
        assert _menus(russian) == _menus(first)
    finally:
        install_language("en")
