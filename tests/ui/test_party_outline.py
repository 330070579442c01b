"""A party with an error frames only the field at fault (issue 16, point 14): the same
organization twice outlines the second organization, not every label, header and
button of the party box."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton

from desktop_app.ui.views.agreements_view import AgreementsView


def test_only_the_party_at_fault_is_framed(qtbot, ui_ctx) -> None:
    view = AgreementsView(ui_ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.loading)
    dialog = view.agreement_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    (org1, _sig1), (org2, sig2) = dialog.party_rows
    org1.setCurrentIndex(org1.findText("Khazar University", Qt.MatchFlag.MatchStartsWith))
    org2.setCurrentIndex(org2.findText("Khazar University", Qt.MatchFlag.MatchStartsWith))
    assert "the same organization as party 1" in dialog.messages.message("parties")
    box = org1.parentWidget()
    assert "border" not in box.styleSheet()
    for child in box.findChildren(QLabel) + box.findChildren(QPushButton) \
            + box.findChildren(QToolButton):
        assert "border" not in child.styleSheet(), child
    assert "border" in org2.styleSheet()
    assert "border" not in org1.styleSheet() and "border" not in sig2.styleSheet()
    org2.setCurrentIndex(org2.findText("Satbayev University", Qt.MatchFlag.MatchStartsWith))
    assert "border" not in org2.styleSheet()
