"""The signing-ceremony planner: drag-and-drop, renumber, group by signatory, undo."""
from __future__ import annotations

import warnings

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop_app.services.agreements import (
    AgreementData,
    list_agreements,
    update_agreement,
)
from desktop_app.services.ceremony import ceremony_plan, signing_items
from desktop_app.ui.dialogs.ceremony_planner import CeremonyPlannerDialog
from desktop_app.ui.models.ceremony_model import encode_ids


def _planner(qtbot, ui_ctx) -> CeremonyPlannerDialog:
    item = signing_items(ui_ctx.db, ui_ctx.event_key)[0]
    dialog = CeremonyPlannerDialog(ui_ctx, item.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _orders(ui_ctx, item_id: int) -> dict[str, int | None]:
    return {a.reference: a.signing_order for a in list_agreements(ui_ctx.db, ui_ctx.event_key)
            if a.signing_item_id == item_id}


def _sequence(ui_ctx, item_id: int) -> list[str]:
    return [s.agreement.reference for s in ceremony_plan(ui_ctx.db, item_id).signings]


def test_drop_a_row_with_a_real_drop_event_then_undo_and_redo(qtbot, ui_ctx) -> None:
    planner = _planner(qtbot, ui_ctx)
    item_id = planner.item_id
    before_orders = _orders(ui_ctx, item_id)
    before = _sequence(ui_ctx, item_id)
    assert planner.model.rowCount() == 40
    # Drag the third signing onto the first row: it is signed first.
    third = planner.model.signings[2].agreement
    target = planner.table.visualRect(planner.model.index(0, 2)).center()
    mime = encode_ids([third.id])
    viewport = planner.table.viewport()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():  # PySide marks the QPoint constructors deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(target, Qt.DropAction.MoveAction, mime, buttons, keys)
        QApplication.sendEvent(viewport, enter)
        assert enter.isAccepted()
        move = QDragMoveEvent(target, Qt.DropAction.MoveAction, mime, buttons, keys)
        QApplication.sendEvent(viewport, move)
        assert move.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(QPointF(target), Qt.DropAction.MoveAction, mime,
                                                buttons, keys))
    after = _sequence(ui_ctx, item_id)
    assert after == [before[2], before[0], before[1], *before[3:]]
    assert [s.agreement.reference for s in planner.model.signings] == after
    assert sorted(_orders(ui_ctx, item_id).values()) == list(range(1, 41))

    ui_ctx.undo_stack.undo()
    assert _orders(ui_ctx, item_id) == before_orders
    ui_ctx.undo_stack.redo()
    assert _sequence(ui_ctx, item_id) == after


def test_model_drop_moves_a_row_down_and_keyboard_moves(qtbot, ui_ctx) -> None:
    planner = _planner(qtbot, ui_ctx)
    item_id = planner.item_id
    before = _sequence(ui_ctx, item_id)
    first = planner.model.signings[0].agreement
    assert planner.model.dropMimeData(encode_ids([first.id]), Qt.DropAction.MoveAction, 5, 0,
                                      planner.model.index(-1, -1))
    assert _sequence(ui_ctx, item_id) == [*before[1:5], before[0], *before[5:]]
    planner.select_row(4)
    qtbot.mouseClick(planner.up_button, Qt.MouseButton.LeftButton)
    assert _sequence(ui_ctx, item_id) == [*before[1:4], before[0], before[4], *before[5:]]
    assert planner.selected_id() == first.id


def test_renumber_closes_gaps_and_undo_restores_them(qtbot, ui_ctx) -> None:
    item_id = signing_items(ui_ctx.db, ui_ctx.event_key)[0].id
    for agreement in list_agreements(ui_ctx.db, ui_ctx.event_key):
        if agreement.signing_item_id == item_id:
            data = AgreementData.from_row(agreement)
            data.signing_order = agreement.signing_order * 10
            update_agreement(ui_ctx.db, agreement.id, data)
    gapped = _orders(ui_ctx, item_id)
    planner = _planner(qtbot, ui_ctx)
    assert [s.order for s in planner.model.signings][:3] == [1, 2, 3]  # the plan counts
    qtbot.mouseClick(planner.renumber_button, Qt.MouseButton.LeftButton)
    renumbered = _orders(ui_ctx, item_id)
    assert sorted(renumbered.values()) == list(range(1, 41))
    assert sorted(renumbered, key=renumbered.__getitem__) == sorted(gapped, key=gapped.__getitem__)
    ui_ctx.undo_stack.undo()
    assert _orders(ui_ctx, item_id) == gapped


def test_group_by_signatory_puts_each_rectors_signings_in_a_row(qtbot, ui_ctx) -> None:
    planner = _planner(qtbot, ui_ctx)
    item_id = planner.item_id
    before_orders = _orders(ui_ctx, item_id)
    qtbot.mouseClick(planner.group_button, Qt.MouseButton.LeftButton)
    plan = ceremony_plan(ui_ctx.db, item_id)
    # The busiest signatory now signs all their agreements one after another.
    counts: dict[int, list[int]] = {}
    for position, signing in enumerate(plan.signings):
        for party in signing.agreement.parties:
            if party.signatory_id is not None:
                counts.setdefault(party.signatory_id, []).append(position)
    busiest = max(counts.values(), key=len)
    assert len(busiest) > 2
    assert busiest == list(range(busiest[0], busiest[0] + len(busiest)))
    assert _orders(ui_ctx, item_id) != before_orders
    ui_ctx.undo_stack.undo()
    assert _orders(ui_ctx, item_id) == before_orders
    ui_ctx.undo_stack.redo()
    assert _sequence(ui_ctx, item_id) == [s.agreement.reference for s in plan.signings]


def test_planned_times_clashes_and_overrun_notice(qtbot, ui_ctx) -> None:
    import datetime as dt

    from desktop_app.services.agenda import (
        AgendaItemData,
        list_agenda,
        update_agenda_item,
    )
    from desktop_app.services.people import list_people

    db, key = ui_ctx.db, ui_ctx.event_key
    # The rector of ADA (first signatory of the ceremony) is made to speak at the
    # reception, moved to overlap the start of the signing.
    pashayev = next(p for p in list_people(db, key) if p.key == "pashayev")
    reception = next(i for i in list_agenda(db, key) if i.key == "reception")
    data = AgendaItemData.from_row(reception)
    data.start_time, data.end_time = dt.time(12, 30), dt.time(12, 50)
    data.speaker_ids = [pashayev.id]
    update_agenda_item(db, reception.id, data)

    planner = _planner(qtbot, ui_ctx)
    plan = planner.plan
    assert plan is not None
    start = plan.item.start
    planner.slot.setValue(2.0)
    first, second = planner.model.signings[0], planner.model.signings[1]
    assert (first.start, second.start) == (start, start.replace(minute=start.minute + 2))
    assert planner.model.data(planner.model.index(1, 1)) == \
        f"{second.start:%H:%M}–{second.end:%H:%M}"  # whole minutes: no seconds
    assert "past the end of the item" in planner.notice.text()  # 40 × 2 min > the item
    planner.slot.setValue(0.0)  # share the item evenly: fits
    assert "past the end" not in planner.notice.text()

    clashing = [r for r, s in enumerate(planner.model.signings) if s.clashes]
    assert clashing and clashing[0] == 0  # AZ-KZ/2025/001 at 12:35, during the reception
    index = planner.model.index(0, planner.model.CLASH_COLUMN)
    assert planner.model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    tip = planner.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "Pashayev" in tip and "Reception" in tip
    quiet = planner.model.index(max(clashing) + 1, planner.model.CLASH_COLUMN)
    assert planner.model.data(quiet, Qt.ItemDataRole.DecorationRole) is None
    assert "due elsewhere" in planner.notice.text()
