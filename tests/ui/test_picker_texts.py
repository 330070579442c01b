"""Chosen parties and signatories show the start of their text (issue 16, point 11): the
name first, elided at the end, the whole text in a tooltip; list entries elide at the
end, never in the middle."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.services.agreements import list_agreements
from desktop_app.ui.views.agreements_view import AgreementsView


def test_long_chosen_names_show_their_start_and_a_tooltip(qtbot, ui_ctx) -> None:
    view = AgreementsView(ui_ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.loading)
    agreement = next(a for a in list_agreements(ui_ctx.db, ui_ctx.event_key)
                     if a.reference == "AZ-KZ/2025/001")
    dialog = view.agreement_dialog(agreement)
    qtbot.addWidget(dialog)
    dialog.resize(700, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(1)
    org, signatory = dialog.party_rows[1]
    long_name = "L.N. Gumilyov Eurasian National University"
    index = org.findText(long_name, Qt.MatchFlag.MatchStartsWith)
    # The organizer picks it from the drop-down list.
    org.showPopup()
    org.view().setCurrentIndex(org.model().index(index, 0))
    qtbot.keyClick(org.view(), Qt.Key.Key_Return)
    qtbot.wait(20)
    QApplication.processEvents()
    assert org.currentText().startswith(long_name)
    assert org.lineEdit().cursorPosition() == 0         # the start of the name is shown
    assert org.toolTip() == org.currentText()
    assert org.view().textElideMode() == Qt.TextElideMode.ElideRight
    assert org.itemData(index, Qt.ItemDataRole.ToolTipRole) == org.itemText(index)
    # The signatory: the person's name first, then the organization.
    signatory.lineEdit().setFocus()
    signatory.lineEdit().selectAll()
    qtbot.keyClicks(signatory.lineEdit(), "nurbek")
    qtbot.waitUntil(lambda: signatory.search_completer.popup().isVisible())
    qtbot.keyClick(signatory.search_completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(signatory.search_completer.popup(), Qt.Key.Key_Return)
    qtbot.wait(20)
    QApplication.processEvents()
    assert signatory.currentText().startswith("H.E. Sayasat Nurbek —")
    assert signatory.lineEdit().cursorPosition() == 0
    assert signatory.toolTip() == signatory.currentText()
    assert signatory.view().textElideMode() == Qt.TextElideMode.ElideRight
