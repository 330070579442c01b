"""The Agreements table at the window's size (issue 16, point 10): every shown column,
Status included, fits a 1,380 px window with an agreement selected; the details panel
takes no room while nothing is selected; the header's context menu shows or hides
columns, remembered for the view."""
from __future__ import annotations

from desktop_app.services.agreements import list_agreements
from desktop_app.ui.main_window import VIEWS, MainWindow
from desktop_app.ui.models.agreements_model import AgreementsTableModel


def _window(qtbot, ui_ctx, width: int = 1380) -> MainWindow:
    win = MainWindow(ui_ctx, views=VIEWS)
    qtbot.addWidget(win)
    win.resize(width, 820)
    win.show()
    qtbot.waitExposed(win)
    win.show_view(4)
    view = win.current_view()
    qtbot.waitUntil(lambda: not view.loading)
    return win


def _fits(table, column: int) -> bool:
    header = table.horizontalHeader()
    right = header.sectionViewportPosition(column) + header.sectionSize(column)
    return (not table.isColumnHidden(column) and header.sectionViewportPosition(column) >= 0
            and right <= table.viewport().width()
            and header.sectionSize(column) >= header.sectionSizeHint(column))


def test_status_and_title_fit_the_window_with_and_without_a_selection(qtbot, ui_ctx) -> None:
    win = _window(qtbot, ui_ctx)
    view = win.current_view()
    table = view.table
    assert not view.details.isVisible()          # nothing selected: no half-empty panel
    assert table.width() > win.width() * 0.7
    status = AgreementsTableModel.STATUS_COLUMN
    assert _fits(table, status)
    agreement = list_agreements(ui_ctx.db, ui_ctx.event_key)[0]
    view.show_record("agreement", agreement.key)
    qtbot.wait(50)
    assert view.details.isVisible()
    for column in range(table.model().columnCount()):
        if not table.isColumnHidden(column):
            assert _fits(table, column), table.model().headerData(column, 1)
    title = table.horizontalHeader().sectionSize(2)
    assert title >= table.fontMetrics().horizontalAdvance("Memorandum of Understanding")


def test_columns_are_chosen_from_the_header_and_remembered(qtbot, ui_ctx) -> None:
    win = _window(qtbot, ui_ctx)
    view = win.current_view()
    chooser = view.column_chooser
    menu = chooser.menu()
    titles = [a.text() for a in menu.actions()]
    assert "Kind" in titles and "Status" in titles
    kind = next(a for a in menu.actions() if a.text() == "Kind")
    assert not kind.isChecked()                   # hidden at first
    kind.trigger()
    assert not view.table.isColumnHidden(1)
    signatories = next(a for a in chooser.menu().actions() if a.text() == "Signatories")
    signatories.trigger()
    assert view.table.isColumnHidden(4)
    win.close()
    again = _window(qtbot, ui_ctx)
    table = again.current_view().table
    assert not table.isColumnHidden(1) and table.isColumnHidden(4)
