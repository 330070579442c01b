"""The person pickers driven from the keyboard (issue 16, point 1): Enter adds the
highlighted or typed match, Add takes a highlighted name, and saving with text left in
a picker's field asks instead of dropping it silently."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.services.agenda import list_agenda
from desktop_app.services.agreements import get_agreement, list_agreements
from desktop_app.ui.dialogs import pickers
from desktop_app.ui.views.agenda_view import AgendaView
from desktop_app.ui.views.agreements_view import AgreementsView


def _agenda_dialog(qtbot, ui_ctx, item_key: str = "welcome"):
    view = AgendaView(ui_ctx)
    qtbot.addWidget(view)
    item = next(i for i in list_agenda(ui_ctx.db, ui_ctx.event_key) if i.key == item_key)
    dialog = view.edit_item(item.id)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    return view, item, dialog


def _type(qtbot, picker, text: str) -> None:
    line = picker.lineEdit()
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)


def _popup_visible(picker) -> bool:
    popup = picker.search_completer.popup()
    return popup is not None and popup.isVisible()


def _key(qtbot, picker, key) -> None:
    popup = picker.search_completer.popup()
    target = popup if popup is not None and popup.isVisible() else picker.lineEdit()
    qtbot.keyClick(target, key)
    QApplication.processEvents()


def test_down_enter_enter_adds_the_speaker_and_saves_with_them(qtbot, ui_ctx) -> None:
    _view, item, dialog = _agenda_dialog(qtbot, ui_ctx)
    before = list(item.speaker_ids)
    picker = dialog.speaker_picker
    _type(qtbot, picker, "nurbek")
    qtbot.waitUntil(lambda: _popup_visible(picker))
    _key(qtbot, picker, Qt.Key.Key_Down)
    _key(qtbot, picker, Qt.Key.Key_Return)   # picks the highlighted name: it is added
    qtbot.wait(20)
    added = [pid for pid in dialog.speaker_ids() if pid not in before]
    assert len(added) == 1
    assert dialog.isVisible()                 # that Enter did not save
    assert picker.currentText() == ""         # ready for the next name
    _key(qtbot, picker, Qt.Key.Key_Return)    # Enter on an empty picker saves
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = next(i for i in list_agenda(ui_ctx.db, ui_ctx.event_key) if i.id == item.id)
    assert added[0] in saved.speaker_ids


def test_enter_on_a_typed_unique_match_adds_it(qtbot, ui_ctx) -> None:
    _view, item, dialog = _agenda_dialog(qtbot, ui_ctx)
    picker = dialog.speaker_picker
    _type(qtbot, picker, "nurbek")
    qtbot.waitUntil(lambda: _popup_visible(picker))
    picker.search_completer.popup().hide()     # the user closed the list and pressed Enter
    _key(qtbot, picker, Qt.Key.Key_Return)
    assert len(dialog.speaker_ids()) == len(item.speaker_ids) + 1
    assert dialog.isVisible()


def test_add_takes_the_highlighted_name(qtbot, ui_ctx) -> None:
    _view, item, dialog = _agenda_dialog(qtbot, ui_ctx)
    picker = dialog.speaker_picker
    _type(qtbot, picker, "a")                  # many matches
    qtbot.waitUntil(lambda: _popup_visible(picker))
    _key(qtbot, picker, Qt.Key.Key_Down)
    _key(qtbot, picker, Qt.Key.Key_Down)
    highlighted = picker.search_completer.popup().currentIndex()
    wanted = highlighted.data(Qt.ItemDataRole.UserRole)
    picker.search_completer.popup().hide()
    qtbot.mouseClick(dialog.add_speaker_button, Qt.MouseButton.LeftButton)
    if wanted in item.speaker_ids:
        assert dialog.speaker_ids().count(wanted) == 1
    else:
        assert dialog.speaker_ids()[-1] == wanted


def test_saving_with_unmatched_speaker_text_asks(qtbot, ui_ctx, monkeypatch) -> None:
    _view, item, dialog = _agenda_dialog(qtbot, ui_ctx)
    asked: list[str] = []

    def answer(_parent, _title, text, _buttons):
        asked.append(text)
        return "back"
    monkeypatch.setattr(pickers, "ask_leftover", answer)
    picker = dialog.speaker_picker
    _type(qtbot, picker, "zzqx")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked and "zzqx" in asked[0]
    assert dialog.isVisible()                  # back to the form, nothing saved
    monkeypatch.setattr(pickers, "ask_leftover", lambda *_a: "discard")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_saving_with_a_matching_name_left_offers_to_add_it(qtbot, ui_ctx, monkeypatch) -> None:
    _view, item, dialog = _agenda_dialog(qtbot, ui_ctx)
    monkeypatch.setattr(pickers, "ask_leftover", lambda *_a: "add")
    _type(qtbot, dialog.speaker_picker, "nurbek")
    dialog.speaker_picker.search_completer.popup().hide()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = next(i for i in list_agenda(ui_ctx.db, ui_ctx.event_key) if i.id == item.id)
    assert len(saved.speaker_ids) == len(item.speaker_ids) + 1


def _agreement_dialog(qtbot, ui_ctx, reference: str = "AZ-KZ/2025/001"):
    view = AgreementsView(ui_ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.loading)
    agreement = next(a for a in list_agreements(ui_ctx.db, ui_ctx.event_key)
                     if a.reference == reference)
    dialog = view.agreement_dialog(agreement)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return agreement, dialog


def test_enter_in_a_signatory_picker_chooses_the_match_without_saving(qtbot, ui_ctx) -> None:
    agreement, dialog = _agreement_dialog(qtbot, ui_ctx)
    dialog.tabs.setCurrentIndex(1)
    _org, signatory = dialog.party_rows[1]
    _type(qtbot, signatory, "nurbek")
    qtbot.waitUntil(lambda: _popup_visible(signatory))
    _key(qtbot, signatory, Qt.Key.Key_Down)
    _key(qtbot, signatory, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert signatory.value() is not None
    assert "Nurbek" in signatory.currentText()
    assert dialog.isVisible()


def test_enter_in_the_witness_picker_adds_the_witness(qtbot, ui_ctx) -> None:
    agreement, dialog = _agreement_dialog(qtbot, ui_ctx)
    dialog.tabs.setCurrentIndex(1)
    count = dialog.witnesses.count()
    _type(qtbot, dialog.witness_picker, "nurbek")
    qtbot.waitUntil(lambda: _popup_visible(dialog.witness_picker))
    _key(qtbot, dialog.witness_picker, Qt.Key.Key_Down)
    _key(qtbot, dialog.witness_picker, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert dialog.witnesses.count() == count + 1
    assert dialog.isVisible()
    _type(qtbot, dialog.witness_picker, "zzqx")
    asked: list[str] = []
    dialog_pickers = pickers
    original = dialog_pickers.ask_leftover
    try:
        dialog_pickers.ask_leftover = lambda _p, _t, text, _b: asked.append(text) or "back"
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    finally:
        dialog_pickers.ask_leftover = original
    assert asked and dialog.isVisible()
    assert get_agreement(ui_ctx.db, agreement.id).witness_ids == agreement.witness_ids
