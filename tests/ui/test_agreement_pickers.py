"""The agreement editor's person pickers: a party's people first, a folded search over
everyone, one shared directory, and the chosen signatory saved (issue 7)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.services.agreements import get_agreement, list_agreements
from desktop_app.services.organizations import list_organizations
from desktop_app.services.people import PersonData, create_person
from desktop_app.services.person_choices import PersonChoice, person_choices
from desktop_app.services.snapshots import EventRow
from desktop_app.ui.dialogs.agreement_dialog import AgreementDialog
from desktop_app.ui.dialogs.pickers import PeopleDirectory, PersonPicker
from desktop_app.ui.views.agreements_view import AgreementsView


def _view(qtbot, ui_ctx) -> AgreementsView:
    view = AgreementsView(ui_ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.loading)
    return view


def _by_ref(ui_ctx, reference: str):
    return next(a for a in list_agreements(ui_ctx.db, ui_ctx.event_key)
                if a.reference == reference)


def _items(combo) -> list[int | None]:
    return [combo.itemData(i) for i in range(combo.count()) if combo.itemText(i)]


def _search(qtbot, picker: PersonPicker, text: str) -> list[str]:
    line = picker.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, text)
    return [picker.results.item(r).text() for r in range(picker.results.rowCount())]


def test_signatory_lists_the_party_people_and_search_finds_anyone(qtbot, ui_ctx) -> None:
    db, key = ui_ctx.db, ui_ctx.event_key
    orgs = {o.key: o for o in list_organizations(db, key)}
    # Someone of another organization, known only by the Azerbaijani spelling.
    guest = create_person(db, key, PersonData("Məmmədova", "Günel", "Dr.",
                                              organization_id=orgs["khazar"].id))
    view = _view(qtbot, ui_ctx)
    agreement = _by_ref(ui_ctx, "AZ-KZ/2025/001")
    dialog = view.agreement_dialog(agreement)
    qtbot.addWidget(dialog)
    ada_org, ada_signatory = dialog.party_rows[0]
    assert ada_org.currentData() == orgs["ada"].id
    ada_people = [p.id for p in person_choices(db, key) if p.organization_id == orgs["ada"].id]
    assert len(ada_people) >= 2
    # The party's people, and only them (plus "not named yet"): not all of the event.
    assert _items(ada_signatory) == [None, *ada_people]
    assert ada_signatory.value() == agreement.parties[0].signatory_id

    found = _search(qtbot, ada_signatory, "mammadova")
    assert "Dr. Günel Məmmədova — Khazar University" in found
    assert not dialog.save_button.isEnabled()  # typed text names nobody yet
    row = found.index("Dr. Günel Məmmədova — Khazar University")
    ada_signatory.choose(ada_signatory.results.item(row).data(Qt.ItemDataRole.UserRole))
    assert ada_signatory.value() == guest.id
    assert ada_signatory.currentText() == "Dr. Günel Məmmədova — Khazar University"
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = get_agreement(db, agreement.id)
    assert saved.parties[0].signatory_id == guest.id
    assert saved.parties[1].signatory_id == agreement.parties[1].signatory_id


def test_picking_from_the_completer_popup_selects_the_person(qtbot, ui_ctx) -> None:
    view = _view(qtbot, ui_ctx)
    dialog = view.agreement_dialog(_by_ref(ui_ctx, "AZ-KZ/2025/001"))
    qtbot.addWidget(dialog)
    dialog.show()
    _org, signatory = dialog.party_rows[1]
    found = _search(qtbot, signatory, "NURBEK")  # QTest types Latin letters only
    assert len(found) == 1 and "Sayasat Nurbek" in found[0]
    popup = signatory.search_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(signatory.search_completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: signatory.value() is not None and "Nurbek" in signatory.currentText())
    nurbek = next(p for p in person_choices(ui_ctx.db, ui_ctx.event_key)
                  if "Nurbek" in p.display_name)
    assert signatory.value() == nurbek.id


def test_changing_the_organization_relists_the_signatories(qtbot, ui_ctx) -> None:
    db, key = ui_ctx.db, ui_ctx.event_key
    orgs = {o.key: o for o in list_organizations(db, key)}
    view = _view(qtbot, ui_ctx)
    dialog = view.agreement_dialog()
    qtbot.addWidget(dialog)
    org, signatory = dialog.party_rows[0]
    assert _items(signatory) == [None]  # no organization yet: search only
    org.setCurrentIndex(org.findData(orgs["bsu"].id))
    bsu_people = [p.id for p in person_choices(db, key) if p.organization_id == orgs["bsu"].id]
    assert _items(signatory) == [None, *bsu_people]
    signatory.setCurrentIndex(1)
    chosen = signatory.value()
    org.setCurrentIndex(org.findData(orgs["ada"].id))
    # The chosen person stays chosen (listed after the new organization's people).
    assert signatory.value() == chosen
    assert set(_items(signatory)) >= {None, chosen}
    # The witness picker offers the people of every party's organization.
    assert orgs["ada"].id in {p.organization_id for p in person_choices(db, key)
                              if p.id in _items(dialog.witness_picker)}


def test_ten_thousand_people_are_searched_not_listed(qtbot) -> None:
    import datetime as dt

    people = [PersonChoice(i, f"Person Əliyev-{i}", f"Əliyev-{i}", "Person", i % 200,
                           f"University {i % 200}", f"person aliyev-{i}") for i in range(10_000)]
    event = EventRow(1, "big", 1, "Big", None, dt.date(2026, 5, 1), dt.date(2026, 5, 2),
                      "Asia/Baku", "Hall", None, "Baku", "AZ", ("en",), None, (), ())
    dialog = AgreementDialog(event=event, organizations=[], people=people, signing_items=[],
                             existing_references=set(), save=lambda data: None)
    qtbot.addWidget(dialog)
    pickers = [signatory for _org, signatory in dialog.party_rows] + [dialog.witness_picker]
    assert all(picker.count() <= 1 for picker in pickers)  # nothing listed before a choice
    assert len({id(picker.directory) for picker in pickers}) == 1  # one shared directory
    found = _search(qtbot, dialog.witness_picker, "ALIYEV-999")
    assert len(found) == 11 and "Person Əliyev-999 — University 199" in found  # 999, 9990…9999
    assert len(_search(qtbot, dialog.witness_picker, "aliyev")) == 100  # capped, not 10,000


def test_directory_groups_by_organization_without_repeats() -> None:
    people = [PersonChoice(3, "T", "Tağıyev", None, 10, "X", "tagiyev"),
              PersonChoice(2, "B", "B", None, 20, "Y", "b"),
              PersonChoice(1, "Ş", "Şahin", None, 10, "X", "sahin"),
              PersonChoice(4, "D", "D", None, None, None, "d")]
    directory = PeopleDirectory(people, "az")
    # Each organization's people in the Azerbaijani alphabet (Ş after S, before T).
    assert [p.id for p in directory.of_organizations([10, 20, 10, None])] == [1, 3, 2]
    assert [p.id for p in PeopleDirectory(people, "en").of_organizations([10])] == [1, 3]
    assert directory.label(people[3]) == "D" and directory.label(people[0]) == "T — X"
    assert directory.search("") == []
