"""The spreadsheet import wizard as an organizer used it (issue 16, points 2-4): the whole
import undone and redone as one step, the good rows imported and the bad ones skipped,
and an organization the event lacks matched, created or left empty."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app.services.organizations import list_organizations
from desktop_app.services.people import list_people
from desktop_app.ui.dialogs.table_import_wizard import TableImportWizard
from tests.ui.wizard_support import open_wizard, wait_for_preview


def _wizard(qtbot, ui_ctx, path: Path) -> TableImportWizard:
    wizard = open_wizard(qtbot, ui_ctx, path)
    wizard.preview(keep_mapping=False)
    wait_for_preview(qtbot, wizard)
    return wizard


def _people(ui_ctx) -> dict[str, object]:
    return {p.key: p for p in list_people(ui_ctx.db, ui_ctx.event_key)}


def test_undo_takes_a_whole_import_back_and_redo_brings_it_again(qtbot, ui_ctx, tmp_path) -> None:
    source = tmp_path / "guests.csv"
    # Two new people and a change to one already in the event (matched by name).
    source.write_text("Family name,Given name,Position,Country\n"
                      "Quliyev,Rəşad,Professor,AZ\nTokayeva,Әйгерім,Dean,KZ\n"
                      "Nurbek,Sayasat,Minister of Science,KZ\n", encoding="utf-8")
    before = _people(ui_ctx)
    wizard = _wizard(qtbot, ui_ctx, source)
    assert wizard.report is not None and wizard.report.ok
    assert "Undo" in wizard.summary.text()   # said before importing
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.task is None and wizard.report.stored, timeout=20000)
    after = _people(ui_ctx)
    assert len(after) == len(before) + 2
    assert after["nurbek"].position == "Minister of Science"
    stack = ui_ctx.undo_stack
    assert stack.canUndo() and "guests.csv" in stack.undoText()
    stack.undo()                              # Edit › Undo, once
    undone = _people(ui_ctx)
    assert set(undone) == set(before)
    assert undone["nurbek"].position == before["nurbek"].position
    stack.redo()
    redone = _people(ui_ctx)
    assert set(redone) == set(after)
    assert redone["nurbek"].position == "Minister of Science"


def test_one_bad_row_no_longer_blocks_the_good_ones(qtbot, ui_ctx, tmp_path) -> None:
    source = tmp_path / "guests.csv"
    source.write_text("Family name,Given name,Country,Precedence\n"
                      "Quliyev,Rəşad,AZ,3\nTokayeva,Әйгерім,KZ,first\n"
                      "Serikbay,Aruzhan,KZ,4\n", encoding="utf-8")
    before = len(_people(ui_ctx))
    wizard = _wizard(qtbot, ui_ctx, source)
    report = wizard.report
    assert report is not None and not report.ok and report.bad_rows == (3,)
    assert not wizard.import_button.isEnabled()
    assert wizard.skip_button.isVisible() and wizard.skip_button.isEnabled()
    assert "2 good rows" in wizard.skip_button.text()
    assert "1 bad row" in wizard.skip_button.text()
    qtbot.mouseClick(wizard.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.task is None and wizard.report.stored, timeout=20000)
    people = _people(ui_ctx)
    assert len(people) == before + 2
    assert not any(getattr(p, "family_name", "") == "Tokayeva" for p in people.values())
    assert wizard.report.skipped_rows == (3,)


def test_an_unknown_organization_is_matched_across_scripts(qtbot, ui_ctx, tmp_path) -> None:
    source = tmp_path / "nu.csv"
    source.write_text("Фамилия,Имя,Организация\nКасымова,Айгуль,Университет Назарбаева\n"
                      "Ахметов,Болат,Университет Назарбаева\n", encoding="utf-8")
    orgs = {o.key: o for o in list_organizations(ui_ctx.db, ui_ctx.event_key)}
    wizard = _wizard(qtbot, ui_ctx, source)
    report = wizard.report
    assert report is not None and [u.name for u in report.unknown_organizations] == \
        ["Университет Назарбаева"]
    assert report.unknown_organizations[0].rows == (2, 3)
    assert report.unknown_organizations[0].suggestions[0][0] == "nu"
    assert wizard.tabs.isTabVisible(wizard.organizations_tab)
    assert wizard.tabs.currentIndex() == wizard.organizations_tab
    choice = wizard.unknown_organizations.cellWidget(0, 2)
    assert choice.currentData() == "org:nu"   # the best match is offered first
    # The organizer confirms it: one choice for every row of the file.
    choice.setCurrentIndex(choice.findData("none"))
    choice.setCurrentIndex(choice.findData("org:nu"))
    wait_for_preview(qtbot, wizard)
    assert wizard.report.ok, [str(p) for p in wizard.report.problems]
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.task is None and wizard.report.stored, timeout=20000)
    added = [p for p in list_people(ui_ctx.db, ui_ctx.event_key)
             if p.family_name in ("Касымова", "Ахметов")]
    assert len(added) == 2
    assert {p.organization_id for p in added} == {orgs["nu"].id}
    assert {p.country for p in added} == {"KZ"}   # the organization's country


def test_an_unknown_organization_is_created_or_left_empty(qtbot, ui_ctx, tmp_path) -> None:
    source = tmp_path / "guests.csv"
    source.write_text("Family name,Given name,Organization\n"
                      "Karimov,Timur,Tashkent State University of Law\n"
                      "Rashidova,Dilnoza,Tashkent State University of Law\n"
                      "Vance,Ada,Somewhere Institute\n", encoding="utf-8")
    wizard = _wizard(qtbot, ui_ctx, source)
    names = [u.name for u in wizard.report.unknown_organizations]
    assert names == ["Tashkent State University of Law", "Somewhere Institute"]
    create = wizard.unknown_organizations.cellWidget(0, 2)
    country = wizard.unknown_organizations.cellWidget(0, 3)
    create.setCurrentIndex(create.findData("new"))
    assert country.isEnabled()
    country.setText("UZ")
    country.editingFinished.emit()
    wait_for_preview(qtbot, wizard)
    empty = wizard.unknown_organizations.cellWidget(0, 2)  # the table was rebuilt
    assert [u.name for u in wizard.report.unknown_organizations] == ["Somewhere Institute"]
    empty.setCurrentIndex(empty.findData("none"))
    wait_for_preview(qtbot, wizard)
    assert wizard.report.ok, [str(p) for p in wizard.report.problems]
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.task is None and wizard.report.stored, timeout=20000)
    orgs = {o.name: o for o in list_organizations(ui_ctx.db, ui_ctx.event_key)}
    created = orgs["Tashkent State University of Law"]
    assert created.country == "UZ"
    people = {p.family_name: p for p in list_people(ui_ctx.db, ui_ctx.event_key)}
    assert people["Karimov"].organization_id == created.id
    assert people["Rashidova"].organization_id == created.id
    assert people["Karimov"].country == "UZ"
    assert people["Vance"].organization_id is None
    ui_ctx.undo_stack.undo()   # the new organization goes with the people
    assert "Tashkent State University of Law" not in {
        o.name for o in list_organizations(ui_ctx.db, ui_ctx.event_key)}
