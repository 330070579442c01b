"""The agreement reference follows the event's own pattern (issue 16, point 20): the
placeholder is the event's next reference, not the sample's "AZ-KZ/2025/041" in a UZ–AZ
2026 event, and an agreement saved without one is numbered so."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop_app.services.agreement_references import continue_pattern, next_reference
from desktop_app.services.agreements import AgreementData, PartyData, list_agreements
from desktop_app.services.event_editing import EventData, RoomData, create_event
from desktop_app.services.organizations import OrganizationData, create_organization
from desktop_app.ui.views.agreements_view import AgreementsView


def test_patterns() -> None:
    assert continue_pattern(["AZ-KZ/2025/001", "AZ-KZ/2025/040", "draft"]) == "AZ-KZ/2025/041"
    assert continue_pattern(["UZ-AZ/2026-7", "UZ-AZ/2026-9", "X/1"]) == "UZ-AZ/2026-10"
    assert continue_pattern(["Protocol"]) is None


def _view(qtbot, ctx) -> AgreementsView:
    view = AgreementsView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.loading)
    return view


def test_a_uz_az_2026_event_gets_its_own_reference(qtbot, ui_ctx) -> None:
    db = ui_ctx.db
    event = create_event(db, EventData(
        title="Uzbekistan–Azerbaijan rectors' forum", start_date=dt.date(2026, 12, 3),
        end_date=dt.date(2026, 12, 3), timezone="Asia/Tashkent", venue_name="TSUL",
        venue_city="Tashkent", venue_country="UZ", languages=["en"], rooms=[RoomData("Hall")]))
    first = create_organization(db, event.key, OrganizationData("Tashkent State University",
                                                               "university", "UZ"))
    second = create_organization(db, event.key, OrganizationData("ADA University",
                                                                "university", "AZ"))
    ui_ctx.set_event(event.key)
    view = _view(qtbot, ui_ctx)
    dialog = view.agreement_dialog()
    qtbot.addWidget(dialog)
    assert dialog.reference.placeholderText() == "UZ-AZ/2026/001"
    # Left empty: saved all the same, with that number.
    dialog.title_edit.setText("Memorandum on academic exchange")
    (org1, _s1), (org2, _s2) = dialog.party_rows
    org1.setCurrentIndex(org1.findData(first.id))
    org2.setCurrentIndex(org2.findData(second.id))
    assert dialog.save_button.isEnabled(), dialog.problems()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [a.reference for a in list_agreements(db, event.key)] == ["UZ-AZ/2026/001"]
    assert next_reference(db, event.key) == "UZ-AZ/2026/002"


def test_the_sample_event_continues_its_pattern(qtbot, ui_ctx) -> None:
    view = _view(qtbot, ui_ctx)
    dialog = view.agreement_dialog()
    qtbot.addWidget(dialog)
    assert dialog.reference.placeholderText() == "AZ-KZ/2025/041"
    assert next_reference(ui_ctx.db, ui_ctx.event_key) == "AZ-KZ/2025/041"
    data = AgreementData("", "mou", "Another memorandum", [
        PartyData(a.parties[0].organization_id) for a in list_agreements(
            ui_ctx.db, ui_ctx.event_key)[:1]] + [PartyData(
                list_agreements(ui_ctx.db, ui_ctx.event_key)[0].parties[1].organization_id)])
    from desktop_app.services.agreements import create_agreement

    assert create_agreement(ui_ctx.db, ui_ctx.event_key, data).reference == "AZ-KZ/2025/041"
