"""The Agreements view: status actions, readiness checklist, filters, editor, undo."""
from __future__ import annotations

import datetime as dt
import zoneinfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.services.agreements import (
    get_agreement,
    list_agreements,
    set_status,
)
from desktop_app.ui.dialogs.signed_dialog import SignedDialog
from desktop_app.ui.views.agreements_view import AgreementsView

BAKU = zoneinfo.ZoneInfo("Asia/Baku")


def _view(qtbot, ui_ctx) -> AgreementsView:
    view = AgreementsView(ui_ctx)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.loading)  # rows load in the background
    return view


def _by_ref(ui_ctx, reference: str):
    return next(a for a in list_agreements(ui_ctx.db, ui_ctx.event_key)
                if a.reference == reference)


def _draft(ui_ctx, reference: str = "AZ-KZ/2025/005"):
    """One agreement of the ceremony put back to draft (the sample's are all signed)."""
    agreement = _by_ref(ui_ctx, reference)
    if agreement.status != "draft":
        set_status(ui_ctx.db, agreement.id, "ready")
        set_status(ui_ctx.db, agreement.id, "draft")
    return get_agreement(ui_ctx.db, agreement.id)


def test_ready_then_signed_at_the_planned_slot_then_cancel(qtbot, ui_ctx) -> None:
    draft = _draft(ui_ctx)
    view = _view(qtbot, ui_ctx)
    assert view.show_record("agreement", draft.key)
    details = view.details
    assert "Planned for 04 Mar, 12:" in details.facts.text()
    assert details.ready_button.isEnabled() and not details.signed_button.isEnabled()
    qtbot.mouseClick(details.ready_button, Qt.MouseButton.LeftButton)
    assert get_agreement(ui_ctx.db, draft.id).status == "ready"
    assert view.selected().status == "ready" and details.signed_button.isEnabled()

    # Mark signed: the dialog proposes the planned slot of the ceremony, in Baku time.
    planned = view.planned_time(view.selected())
    assert planned is not None and planned.utcoffset() == dt.timedelta(hours=4)
    chosen: list[dt.datetime] = []

    def accept_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignedDialog):
            QTimer.singleShot(20, accept_dialog)
            return
        chosen.append(dialog.signed_at())
        dialog.accept()

    QTimer.singleShot(0, accept_dialog)
    qtbot.mouseClick(details.signed_button, Qt.MouseButton.LeftButton)
    stored = get_agreement(ui_ctx.db, draft.id)
    assert stored.status == "signed"
    assert chosen == [planned]
    assert stored.signed_at == planned  # aware: the same instant
    assert "Signed" in details.status.text()

    qtbot.mouseClick(details.cancel_button, Qt.MouseButton.LeftButton)
    stored = get_agreement(ui_ctx.db, draft.id)
    assert (stored.status, stored.signed_at) == ("cancelled", None)
    assert details.reopen_button.isEnabled() and not details.ready_button.isEnabled()

    # Undo walks back: cancelled -> signed (with its time) -> ready -> draft.
    ui_ctx.undo_stack.undo()
    stored = get_agreement(ui_ctx.db, draft.id)
    assert (stored.status, stored.signed_at) == ("signed", planned)
    ui_ctx.undo_stack.undo()
    assert get_agreement(ui_ctx.db, draft.id).status == "ready"
    ui_ctx.undo_stack.undo()
    assert get_agreement(ui_ctx.db, draft.id).status == "draft"
    for _ in range(3):
        ui_ctx.undo_stack.redo()
    assert get_agreement(ui_ctx.db, draft.id).status == "cancelled"


def test_signed_dialog_defaults_to_now_without_a_ceremony(qtbot, ui_ctx) -> None:
    agreement = _draft(ui_ctx)
    view = _view(qtbot, ui_ctx)
    dialog = SignedDialog(agreement, "Asia/Baku", None)
    qtbot.addWidget(dialog)
    moment = dialog.signed_at()
    assert moment.tzinfo is not None and moment.utcoffset() == dt.timedelta(hours=4)
    assert abs(moment - dt.datetime.now(BAKU)) < dt.timedelta(minutes=2)
    assert not dialog.planned_button.isEnabled()
    assert view.set_status(agreement, "ready")
    assert view.set_status(get_agreement(ui_ctx.db, agreement.id), "signed", moment)
    assert get_agreement(ui_ctx.db, agreement.id).signed_at == moment.replace(second=0)


def test_a_refused_transition_is_reported_not_stored(qtbot, ui_ctx, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("desktop_app.ui.views.agreements_view.report_error",
                        lambda _parent, exc: shown.append(str(exc)))
    view = _view(qtbot, ui_ctx)
    draft = _draft(ui_ctx)
    assert not view.set_status(draft, "signed", dt.datetime.now(BAKU))  # draft cannot be signed
    assert shown and 'cannot change from "draft" to "signed"' in shown[0]
    assert get_agreement(ui_ctx.db, draft.id).status == "draft"
    assert ui_ctx.undo_stack.count() == 0


def test_readiness_checkboxes_save_at_once(qtbot, ui_ctx, make_agreement) -> None:
    agreement = make_agreement(ui_ctx.event_key, readiness={"bound": False})
    view = _view(qtbot, ui_ctx)
    view.show_record("agreement", agreement.key)
    box = view.details.checks["bound"]
    assert not box.isChecked()
    box.click()
    assert get_agreement(ui_ctx.db, agreement.id).readiness["bound"] is True
    assert view.details.checks["bound"].isChecked()
    ui_ctx.undo_stack.undo()
    assert get_agreement(ui_ctx.db, agreement.id).readiness["bound"] == agreement.readiness["bound"]


def test_filters_by_status_country_university_and_text(qtbot, ui_ctx) -> None:
    _draft(ui_ctx, "AZ-KZ/2025/003")
    _draft(ui_ctx, "AZ-KZ/2025/009")
    view = _view(qtbot, ui_ctx)
    everything = list_agreements(ui_ctx.db, ui_ctx.event_key)
    assert view.model.rowCount() == len(everything) == 40
    view.set_status_filter("draft")
    drafts = [a for a in everything if a.status == "draft"]
    assert view.model.rowCount() == len(drafts) == 2
    view.set_status_filter(None)
    view.filters.university.setCurrentIndex(view.filters.university.findText("ADA University"))
    ada = [a for a in everything if any(p.short_name == "ADA" for p in a.parties)]
    assert {view.model.record(r).id for r in range(view.model.rowCount())} == {a.id for a in ada}
    view.filters.university.setCurrentIndex(0)
    view.filters.country.setCurrentIndex(view.filters.country.findData("KZ"))
    assert view.model.rowCount() == len([a for a in everything
                                         if any(p.country == "KZ" for p in a.parties)])
    view.filters.country.setCurrentIndex(0)
    view.search.setText("az-kz/2025/007")
    assert [view.model.record(r).reference for r in range(view.model.rowCount())] == \
        ["AZ-KZ/2025/007"]
    assert "1 of 40" in view.count_label.text()


def test_editor_creates_an_agreement_with_ordered_parties(qtbot, ui_ctx) -> None:
    view = _view(qtbot, ui_ctx)
    dialog = view.agreement_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.reference, "AZ-KZ/2025/001")
    qtbot.keyClicks(dialog.title_edit, "Memorandum on <joint> summer schools & labs")
    assert "already used" in dialog.messages.message("reference")
    dialog.reference.setText("AZ-KZ/2025/099")
    (org1, _sig1), (org2, sig2) = dialog.party_rows
    org1.setCurrentIndex(org1.findText("Khazar University", Qt.MatchFlag.MatchStartsWith))
    org2.setCurrentIndex(org2.findText("Satbayev University", Qt.MatchFlag.MatchStartsWith))
    sig2.setCurrentIndex(1)
    org2.setCurrentIndex(org2.findText("Khazar University", Qt.MatchFlag.MatchStartsWith))
    assert not dialog.save_button.isEnabled()  # the same party twice
    assert "the same organization as party 1" in dialog.messages.message("parties")
    org2.setCurrentIndex(org2.findText("Satbayev University", Qt.MatchFlag.MatchStartsWith))
    dialog.languages.setText("az, kk, e n")
    assert "not a language tag" in dialog.messages.message("languages")
    dialog.languages.setText("az, kk, en")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    created = _by_ref(ui_ctx, "AZ-KZ/2025/099")
    assert created.title == "Memorandum on <joint> summer schools & labs"
    assert [p.organization_name for p in created.parties] == ["Khazar University",
                                                              "Satbayev University"]
    assert created.languages == ("az", "kk", "en") and created.status == "draft"
    qtbot.waitUntil(lambda: view.selected() is not None and view.selected().id == created.id)
    ui_ctx.undo_stack.undo()
    assert not any(a.reference == "AZ-KZ/2025/099"
                   for a in list_agreements(ui_ctx.db, ui_ctx.event_key))


def test_editor_reorders_and_removes_parties(qtbot, ui_ctx) -> None:
    view = _view(qtbot, ui_ctx)
    agreement = _by_ref(ui_ctx, "AZ-KZ/2025/001")
    view.select_id(agreement.id)
    dialog = view.agreement_dialog(agreement)
    qtbot.addWidget(dialog)
    first, second = (p.organization_name for p in agreement.parties)
    dialog.move_party(0, 1)
    dialog.add_party(None, None)
    third_org, _third_signatory = dialog.party_rows[2]
    third_org.setCurrentIndex(third_org.findText("Khazar University", Qt.MatchFlag.MatchStartsWith))
    dialog.remove_party(0)  # after the swap the first row holds the second party
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = get_agreement(ui_ctx.db, agreement.id)
    assert [p.organization_name for p in saved.parties] == [first, "Khazar University"]
    assert saved.parties[0].signatory_id == agreement.parties[0].signatory_id
    assert second not in [p.organization_name for p in saved.parties]
    ui_ctx.undo_stack.undo()
    assert [p.organization_name for p in get_agreement(ui_ctx.db, agreement.id).parties] == \
        [first, second]


def test_delete_key_removes_the_selected_agreement_and_undo_restores_it(qtbot, ui_ctx) -> None:
    view = _view(qtbot, ui_ctx)
    agreement = _by_ref(ui_ctx, "AZ-KZ/2025/040")
    view.select_id(agreement.id)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert not any(a.reference == "AZ-KZ/2025/040"
                   for a in list_agreements(ui_ctx.db, ui_ctx.event_key))
    ui_ctx.undo_stack.undo()
    restored = _by_ref(ui_ctx, "AZ-KZ/2025/040")
    assert (restored.status, restored.signing_order, restored.signed_at) == \
        (agreement.status, agreement.signing_order, agreement.signed_at)
    assert [p.signatory_id for p in restored.parties] == \
        [p.signatory_id for p in agreement.parties]


def test_context_menu_offers_the_panels_actions(qtbot, ui_ctx) -> None:
    agreement = _draft(ui_ctx)
    view = _view(qtbot, ui_ctx)
    view.select_id(agreement.id)
    menu = view.details.context_menu(view)
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert actions["Mark ready"].isEnabled() and not actions["Mark signed…"].isEnabled()
    actions["Mark ready"].trigger()
    assert get_agreement(ui_ctx.db, agreement.id).status == "ready"


def test_a_big_list_shows_its_first_page_then_the_rest(qtbot, ui_ctx, monkeypatch) -> None:
    from desktop_app.ui.views import agreements_view as module

    monkeypatch.setattr(module.AgreementsView, "first_page", 10)
    view = module.AgreementsView(ui_ctx)
    qtbot.addWidget(view)
    counts: list[int] = []
    original = view._apply_loaded

    def spy(loaded):
        original(loaded)
        counts.append(view.model.total_count)
        if view.loader.partial:
            assert "loading" in view.count_label.text()
    view.loader._apply = spy  # the loader calls the method it was given at construction
    view.show()
    qtbot.waitUntil(lambda: not view.loading and len(counts) >= 2, timeout=10_000)
    assert counts[:2] == [10, 40]
    assert view.model.rowCount() == 40 and not view.loader.partial
    assert view.count_label.text().startswith("40 agreements")


def test_the_whole_list_waits_for_the_first_page_to_be_painted(qtbot, ui_ctx, monkeypatch) -> None:
    from PySide6.QtCore import QEvent, QObject

    from desktop_app.ui.views import agreements_view as module

    monkeypatch.setattr(module.AgreementsView, "first_page", 10)
    view = module.AgreementsView(ui_ctx)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    log: list[str] = []
    load, apply = view._load, view.loader._apply

    def logged_load(key, limit=None):
        log.append(f"load {limit}")
        return load(key, limit)

    def logged_apply(loaded):
        apply(loaded)
        log.append(f"apply {len(loaded[2])}")
        if view.loader.partial:  # the first page offers no filters made from 10 rows
            assert view.filters.university.count() == 1 and view.organizations == []

    class PaintLog(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and log and log[-1].startswith("apply"):
                log.append("paint")
            return False

    painted = PaintLog(view)
    view.table.viewport().installEventFilter(painted)
    view._load = logged_load
    view.loader._apply = logged_apply
    view.show()
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    assert log[:4] == ["load 10", "apply 10", "paint", "load None"]
    assert log[4] == "apply 40"
    assert view.filters.university.count() > 1 and view.organizations


def test_the_editor_opened_on_a_first_page_has_the_whole_list(qtbot, ui_ctx, monkeypatch) -> None:
    from desktop_app.ui.views import agreements_view as module

    monkeypatch.setattr(module.AgreementsView, "first_page", 10)
    view = module.AgreementsView(ui_ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.total_count == 10)
    assert view.loader.partial
    opened = []
    monkeypatch.setattr(module, "run_modal", lambda dialog: opened.append(dialog))
    view.new_agreement()
    assert view.model.total_count == 40 and not view.loader.partial and view.organizations
    assert len(opened) == 1
    qtbot.waitUntil(lambda: not view.loading)  # the first page's task ends; its rows are dropped
    qtbot.wait(50)
    assert view.model.total_count == 40 and view.filters.university.count() > 1
    opened[0].deleteLater()
