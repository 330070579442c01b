"""Long undo chains over agenda items that are deleted and recreated along the way."""
from __future__ import annotations

import datetime as dt

from desktop_app.services.agenda import AgendaItemData, list_agenda
from desktop_app.ui.undo.agenda_commands import (
    CreateAgendaItemCommand,
    DeleteAgendaItemCommand,
    ShiftAgendaItemsCommand,
    edit_item_command,
)


def _titles(db, key):
    return {i.key: (i.title, i.start_time) for i in list_agenda(db, key)}


def test_edits_of_a_recreated_item_redo_and_undo_in_order(ui_ctx):
    db, key, stack = ui_ctx.db, ui_ctx.event_key, ui_ctx.undo_stack
    room = list_agenda(db, key)[0].room_id
    original = _titles(db, key)
    create = CreateAgendaItemCommand(db, key, AgendaItemData(
        "Press briefing", "other", dt.date(2025, 3, 4), dt.time(15, 0), dt.time(15, 30), room))
    stack.push(create)
    created = create.created
    assert created is not None
    data = AgendaItemData.from_row(created)
    data.title = "Press briefing & Q&A <live>"
    stack.push(edit_item_command(db, key, created, data))
    edited = next(i for i in list_agenda(db, key) if i.key == created.key)
    stack.push(ShiftAgendaItemsCommand(db, key, [edited], 10, "Shift"))
    stack.push(DeleteAgendaItemCommand(db, key, next(
        i for i in list_agenda(db, key) if i.key == created.key)))
    assert _titles(db, key) == original

    for _ in range(4):
        stack.undo()
    assert _titles(db, key) == original
    for _ in range(3):
        stack.redo()  # create (a new row), edit, shift: found again by key
    assert _titles(db, key)[created.key] == ("Press briefing & Q&A <live>", dt.time(15, 10))
    stack.redo()
    assert created.key not in _titles(db, key)
    stack.undo()
    stack.undo()
    assert _titles(db, key)[created.key] == ("Press briefing & Q&A <live>", dt.time(15, 0))
    assert stack.count() == 4  # no step failed and dropped out
