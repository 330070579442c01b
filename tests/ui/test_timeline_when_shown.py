"""The Agenda's timeline builds its scene only when shown (or read), once per change.

It used to be built in the view's constructor and again on the first resize,
even when the list was what the user looked at (issue 7).
"""
from __future__ import annotations

from desktop_app.services.agenda import list_agenda
from desktop_app.ui.views.agenda_view import AgendaView
from desktop_app.ui.widgets.timeline import TimelineView


def _count_rebuilds(monkeypatch) -> list[int]:
    rebuilds: list[int] = []
    original = TimelineView._rebuild

    def counted(self: TimelineView) -> None:
        rebuilds.append(self.viewport().width())
        original(self)
    monkeypatch.setattr(TimelineView, "_rebuild", counted)
    return rebuilds


def test_the_list_mode_builds_no_timeline_until_it_is_shown(qtbot, ui_ctx, monkeypatch) -> None:
    rebuilds = _count_rebuilds(monkeypatch)
    view = AgendaView(ui_ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show_list()
    view.show()
    qtbot.waitExposed(view)
    view.filter_edit.setText("a")  # highlights and refreshes reach the hidden timeline
    view.refresh()
    assert rebuilds == []
    assert view.table_model.rowCount() > 0

    view.show_timeline()
    qtbot.waitUntil(lambda: bool(rebuilds))
    qtbot.wait(20)
    first_day = view.current_day()
    day_items = [i for i in list_agenda(ui_ctx.db, ui_ctx.event_key) if i.day == first_day]
    assert {b.item.id for b in view.timeline.blocks()} == {i.id for i in day_items}
    # Built at the width it is shown in (the columns fill the view).
    assert rebuilds[-1] == view.timeline.viewport().width()
    assert len(rebuilds) <= 2  # shown, and perhaps once more when its scroll bar appears


def test_a_hidden_timeline_is_built_when_its_blocks_are_read(qtbot, ui_ctx, monkeypatch) -> None:
    rebuilds = _count_rebuilds(monkeypatch)
    view = AgendaView(ui_ctx)  # never shown
    qtbot.addWidget(view)
    assert rebuilds == []
    first = view.timeline.blocks()
    assert first and len(rebuilds) == 1
    item_id = first[0].item.id
    view.timeline.select_item(item_id)
    assert view.timeline.selected_item_id() == item_id
    assert len(rebuilds) == 1  # already built, not again
