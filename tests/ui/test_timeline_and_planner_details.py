"""Smaller things organizers saw (issue 16, points 22, 23 and 25): the timeline's top
hour label whole below the room names; the ceremony planner's times in minutes, never
seconds; a dragged block showing the time it would get while it moves."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.services.agenda import list_agenda
from desktop_app.ui.dialogs.ceremony_planner import CeremonyPlannerDialog
from desktop_app.ui.main_window import VIEWS, MainWindow


@pytest.fixture
def agenda(qtbot, ui_ctx):
    win = MainWindow(ui_ctx, views=VIEWS[:2])
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    # The first conflict check runs in the background and its result rebuilds the
    # timeline's blocks: wait for it, so that a test does not hold a replaced block.
    qtbot.waitUntil(lambda: win.warning_count >= 0)
    win.show_view(1)
    return win.current_view()


def test_the_top_hour_label_is_whole(agenda) -> None:
    timeline = agenda.timeline
    first = timeline._first_minute
    label = timeline.hour_label_rect(first)
    assert label.top() >= timeline.header_height()      # not under the room names
    text = timeline.fontMetrics().height()
    assert label.height() >= text


def test_a_dragged_block_shows_its_new_time(qtbot, agenda, ui_ctx) -> None:
    reception = next(i for i in list_agenda(ui_ctx.db, ui_ctx.event_key)
                     if i.key == "reception")         # 13:35–14:30
    timeline = agenda.timeline
    block = timeline.block(reception.id)
    rect = block.rect()
    timeline.ensureVisible(rect, 20, 60)
    QApplication.processEvents()
    start = timeline.mapFromScene(rect.center())
    viewport = timeline.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    target = start + QPoint(0, round(30 * timeline.px_per_minute))
    for i in range(1, 5):
        qtbot.mouseMove(viewport, start + (target - start) * i / 4)
    assert block.times_text() == "14:05–15:00"          # while it moves
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)
    moved = next(i for i in list_agenda(ui_ctx.db, ui_ctx.event_key) if i.key == "reception")
    assert f"{moved.start_time:%H:%M}" == "14:05"


def test_planned_times_have_no_seconds(qtbot, ui_ctx) -> None:
    signing = next(i for i in list_agenda(ui_ctx.db, ui_ctx.event_key) if i.key == "signing")
    dialog = CeremonyPlannerDialog(ui_ctx, signing.id)
    qtbot.addWidget(dialog)
    dialog.slot.setValue(1.5)                           # a signing every 90 seconds
    model = dialog.model
    times = [model.index(row, 1).data() for row in range(model.rowCount())]
    assert times and all(re.fullmatch(r"\d\d:\d\d–\d\d:\d\d", t) for t in times), times[:3]
