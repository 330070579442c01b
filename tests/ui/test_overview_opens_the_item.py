"""A warning on the Overview opens the Agenda with its item selected (issue 16, point
24): the Agenda opened, but nothing was selected."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.services.agenda import AgendaItemData, list_agenda, update_agenda_item
from desktop_app.ui.main_window import MainWindow


def test_double_clicking_a_warning_selects_its_item(qtbot, ui_ctx) -> None:
    db, key = ui_ctx.db, ui_ctx.event_key
    welcome = next(i for i in list_agenda(db, key) if i.key == "welcome")
    data = AgendaItemData.from_row(welcome)
    data.room_id = next(i for i in list_agenda(db, key) if i.key == "reception").room_id
    data.start_time, data.end_time = dt.time(14, 20), dt.time(14, 40)  # late in the day
    update_agenda_item(db, welcome.id, data)
    win = MainWindow(ui_ctx)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.show_view(0)
    overview = win.current_view()
    overview.refresh()
    qtbot.waitUntil(lambda: win.conflicts.current, timeout=10000)
    overview.refresh()
    entries = overview.warnings_list
    row = next(r for r in range(entries.count()) if entries.item(r).data(Qt.ItemDataRole.UserRole))
    target = entries.item(row).data(Qt.ItemDataRole.UserRole)
    rect = entries.visualItemRect(entries.item(row))
    qtbot.mouseClick(entries.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(entries.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QApplication.processEvents()
    qtbot.wait(50)
    agenda = win.current_view()
    assert win.navigation.currentRow() == 1
    wanted = next(i for i in list_agenda(db, key) if i.key == target[1])
    assert agenda.selected_item_id() == wanted.id
    block = agenda.timeline.block(wanted.id)
    assert block is not None and block.isSelected()
    assert agenda.edit_button.isEnabled()
    # The organizer sees it: scrolled into view, and the timeline takes the keys
    # (Enter edits it, Alt+arrows move it).
    shown = agenda.timeline.mapFromScene(block.rect()).boundingRect()
    assert agenda.timeline.viewport().rect().contains(shown)
    assert win.focusWidget() is agenda.timeline
