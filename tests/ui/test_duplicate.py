"""Duplicate an agenda item, and a whole day (issue 16, point 28), each one undo step."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop_app.services.agenda import list_agenda
from desktop_app.services.event_editing import EventData, get_event, update_event
from desktop_app.ui.main_window import VIEWS, MainWindow


@pytest.fixture
def agenda(qtbot, ui_ctx):
    event = get_event(ui_ctx.db, ui_ctx.event_key)   # two days: 4 and 5 March
    update_event(ui_ctx.db, event.id, dataclasses.replace(
        EventData.from_row(event), end_date=event.start_date + dt.timedelta(days=1)))
    win = MainWindow(ui_ctx, views=VIEWS[:2])
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.show_view(1)
    return win.current_view()


def test_duplicate_an_item_right_after_it(qtbot, agenda, ui_ctx) -> None:
    db, key = ui_ctx.db, ui_ctx.event_key
    before = list_agenda(db, key)
    welcome = next(i for i in before if i.key == "welcome")   # 10:00–10:10
    agenda.select_item(welcome.id)
    # Agenda › Duplicate agenda item (Ctrl+D; also on a right-click on the block).
    assert agenda._duplicate_action.isEnabled()
    assert agenda._duplicate_action in agenda.context_menu().actions()
    agenda._duplicate_action.trigger()
    after = list_agenda(db, key)
    assert len(after) == len(before) + 1
    copy = next(i for i in after if i.key not in {b.key for b in before})
    assert (copy.title, copy.room_id, copy.speaker_ids) == (
        welcome.title, welcome.room_id, welcome.speaker_ids)
    assert (f"{copy.start_time:%H:%M}", f"{copy.end_time:%H:%M}") == ("10:10", "10:20")
    assert agenda.selected_item_id() == copy.id
    ui_ctx.undo_stack.undo()
    assert len(list_agenda(db, key)) == len(before)


def test_duplicate_a_whole_day_as_one_step(qtbot, agenda, ui_ctx) -> None:
    db, key = ui_ctx.db, ui_ctx.event_key
    first, second = dt.date(2025, 3, 4), dt.date(2025, 3, 5)
    items = [i for i in list_agenda(db, key) if i.day == first]
    assert agenda._duplicate_day_action.isEnabled()
    depth = ui_ctx.undo_stack.count()
    assert agenda.duplicate_day(first, second) == len(items)
    copies = [i for i in list_agenda(db, key) if i.day == second]
    assert sorted((i.title, i.start_time, i.room_id) for i in copies) == sorted(
        (i.title, i.start_time, i.room_id) for i in items)
    assert agenda.current_day() == second
    assert ui_ctx.undo_stack.count() == depth + 1        # one step
    ui_ctx.undo_stack.undo()
    assert not [i for i in list_agenda(db, key) if i.day == second]
    ui_ctx.undo_stack.redo()
    assert len([i for i in list_agenda(db, key) if i.day == second]) == len(items)


def test_a_record_on_another_day_is_shown_on_its_day(qtbot, agenda, ui_ctx) -> None:
    """Opening an item of another day (a warning of the Overview) turns to its day."""
    first, second = dt.date(2025, 3, 4), dt.date(2025, 3, 5)
    agenda.duplicate_day(first, second)
    copy = next(i for i in list_agenda(ui_ctx.db, ui_ctx.event_key) if i.day == second)
    agenda.day_combo.setCurrentIndex(0)
    assert agenda.show_record("agenda", copy.key)
    assert agenda.current_day() == second and agenda.selected_item_id() == copy.id
