"""The agreement panel names the witnesses (issue 16, point 27)."""
from __future__ import annotations

import dataclasses

from desktop_app.services.agreements import (
    AgreementData,
    get_agreement,
    list_agreements,
    update_agreement,
)
from desktop_app.services.people import list_people
from desktop_app.ui.views.agreements_view import AgreementsView


def test_the_panel_lists_the_witnesses(qtbot, ui_ctx) -> None:
    db, key = ui_ctx.db, ui_ctx.event_key
    agreement = next(a for a in list_agreements(db, key) if a.reference == "AZ-KZ/2025/002")
    people = {p.key: p for p in list_people(db, key)}
    data = dataclasses.replace(AgreementData.from_row(agreement),
                               witness_ids=[people["bayel"].id, people["asadov"].id])
    update_agreement(db, agreement.id, data)
    assert get_agreement(db, agreement.id).witness_names == (
        people["bayel"].display_name, people["asadov"].display_name)
    view = AgreementsView(ui_ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.loading)
    view.show_record("agreement", agreement.key)
    text = view.details.parties.text()
    assert "Witnesses" in text
    assert people["bayel"].family_name in text and people["asadov"].family_name in text
