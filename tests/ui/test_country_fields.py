"""Countries that look as they are (issue 16, point 26): the organization form's country
is empty until filled (a grey "AZ" looked filled in but was required); a person's
country taken from their organization shows in the People table, in grey, and as the
grey hint of the person form's empty country."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.services.organizations import list_organizations
from desktop_app.services.people import PersonData, create_person
from desktop_app.ui.dialogs.organization_dialog import OrganizationDialog
from desktop_app.ui.models.people_model import COUNTRY_COLUMN
from desktop_app.ui.views.people_view import PeopleView


def test_a_required_country_looks_empty(qtbot) -> None:
    dialog = OrganizationDialog(languages=["en"], save=lambda _d: None)
    qtbot.addWidget(dialog)
    assert dialog.country.text() == "" and dialog.country.placeholderText() == ""
    assert "AZ" in dialog.country.toolTip()


def test_a_country_from_the_organization_is_shown_in_grey(qtbot, ui_ctx) -> None:
    orgs = {o.key: o for o in list_organizations(ui_ctx.db, ui_ctx.event_key)}
    guest = create_person(ui_ctx.db, ui_ctx.event_key, PersonData(
        "Serikbay", "Aruzhan", organization_id=orgs["nu"].id))
    assert guest.country is None
    view = PeopleView(ui_ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.loading)
    model = view.model
    row = model.row_of(guest.id)
    index = model.index(row, COUNTRY_COLUMN)
    assert index.data() == "KZ"
    grey = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    assert index.data(Qt.ItemDataRole.ForegroundRole) == grey
    assert index.data(Qt.ItemDataRole.ToolTipRole)
    own = model.index(model.row_of(next(p.id for p in model.records if p.key == "nurbek")),
                      COUNTRY_COLUMN)
    assert own.data() == "KZ" and own.data(Qt.ItemDataRole.ForegroundRole) != grey
    view.select_id(guest.id)
    dialog = view.person_dialog(view.selected())
    qtbot.addWidget(dialog)
    assert dialog.country.text() == "" and "KZ" in dialog.country.placeholderText()
