"""The Overview of a new, empty event says what to do next (issue 16, point 29): add
the rooms, organizations, people, the agenda and agreements, each a click away."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop_app.services.event_editing import EventData, RoomData, create_event
from desktop_app.ui.context import UiContext
from desktop_app.ui.main_window import MainWindow


@pytest.fixture
def empty_event(qtbot, db, ui_settings):
    created = create_event(db, EventData(
        title="Uzbekistan–Azerbaijan rectors' forum", start_date=dt.date(2026, 12, 3),
        end_date=dt.date(2026, 12, 3), timezone="Asia/Tashkent", venue_name="TSUL",
        venue_city="Tashkent", venue_country="UZ", languages=["en"], rooms=[RoomData("Hall")]))
    ctx = UiContext(db, ui_settings)
    ctx.set_event(created.key)
    yield ctx
    ctx.close()


def test_an_empty_event_says_what_to_do_next(qtbot, empty_event) -> None:
    win = MainWindow(empty_event)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_view(0)
    overview = win.current_view()
    steps = overview.next_steps
    assert steps.isVisible()
    shown = [step for step, button in steps.buttons.items() if button.isVisible()]
    assert shown == ["rooms", "organizations", "people", "agenda", "agreements"]
    qtbot.mouseClick(steps.buttons["people"], Qt.MouseButton.LeftButton)
    assert type(win.current_view()).__name__ == "PeopleView"
    win.show_view(0)
    qtbot.mouseClick(steps.buttons["agenda"], Qt.MouseButton.LeftButton)
    assert type(win.current_view()).__name__ == "AgendaView"


def test_the_sample_event_needs_no_next_steps(qtbot, ui_ctx) -> None:
    win = MainWindow(ui_ctx)
    qtbot.addWidget(win)
    win.show()
    win.show_view(0)
    assert not win.current_view().next_steps.isVisible()
