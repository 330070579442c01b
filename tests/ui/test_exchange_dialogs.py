"""File → exports and the spreadsheet import wizard, driven through their dialogs."""
from __future__ import annotations

import csv
import json

from desktop_app.services.people import list_people
from desktop_app.ui.dialogs.export_dialog import ExportDialog, exchange_actions
from desktop_app.ui.dialogs.table_import_wizard import TableImportWizard
from tests.ui.wizard_support import wait_for_preview


def test_export_signing_records_as_csv(qtbot, ui_ctx, tmp_path) -> None:
    dialog = ExportDialog(ui_ctx, "signings")
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.path.setText(str(tmp_path / "signings.txt"))
    assert not dialog.export_button.isEnabled()
    assert ".csv" in dialog.message.text()
    dialog.path.setText(str(tmp_path / "signings.csv"))
    assert dialog.export_button.isEnabled()
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    rows = list(csv.reader((tmp_path / "signings.csv").open(encoding="utf-8-sig")))
    assert len(rows) > 40 and any("AZ-KZ/2025/001" in cell for cell in rows[1])
    assert dialog.outcome.records == 40


def test_export_schedule_json(qtbot, ui_ctx, tmp_path) -> None:
    dialog = ExportDialog(ui_ctx, "schedule")
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    target = tmp_path / "schedule.json"
    dialog.path.setText(str(target))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    assert "schedule" in json.loads(target.read_text(encoding="utf-8"))


def test_calendar_and_schedule_in_a_chosen_language(qtbot, ui_ctx, tmp_path) -> None:
    """The language combo offers the event's languages, its first by default, for the
    calendar and the schedule too; their rooms and names follow it."""
    from icalendar import Calendar

    from desktop_app.services.event_editing import get_event

    languages = list(get_event(ui_ctx.db, ui_ctx.event_key).languages)
    assert "kk" in languages
    dialog = ExportDialog(ui_ctx, "signings")
    qtbot.addWidget(dialog)
    assert dialog.language_caption.text() == "Names in:"
    dialog.what.setCurrentIndex(dialog.what.findData("agenda"))
    assert dialog.language.isEnabled() and dialog.language_caption.text() == "Texts in:"
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == languages
    assert dialog.language.currentData() == languages[0]
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    target = tmp_path / "agenda.ics"
    dialog.path.setText(str(target))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    description = "\n".join(str(entry.get("DESCRIPTION", ""))
                            for entry in Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert "Саясат Нұрбек" in description  # the Kazakh name of a speaker


def test_actions_go_to_the_file_menu(qtbot, ui_ctx) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    actions = exchange_actions(ui_ctx, parent, ("signings", "agenda", "schedule", "import"))
    assert [a.objectName() for a in actions] == ["file.export_signings", "file.export_agenda",
                                                 "file.export_schedule", "file.import_table"]
    assert all(a.property("roundtable_menu") == "File" for a in actions)


def test_import_wizard_reads_azerbaijani_headers(qtbot, ui_ctx, tmp_path) -> None:
    source = tmp_path / "qonaqlar.csv"
    source.write_text("Soyad,Ad,Vəzifə,Ölkə\nQuliyev,Rəşad,Professor,AZ\n", encoding="utf-8")
    wizard = TableImportWizard(ui_ctx)
    qtbot.addWidget(wizard)
    wizard.kind.setCurrentIndex(wizard.kind.findData("people"))
    wizard.path.setText(str(source))
    wizard.preview(keep_mapping=False)
    wait_for_preview(qtbot, wizard)
    assert wizard.report is not None and wizard.report.ok
    assert [combo.currentData() for _l, combo, _r in wizard._mapping_combos] == \
        ["family_name", "given_name", "position", "country"]
    assert wizard.overrides() == []
    assert "1 row: 1 to be created" in wizard.summary.text()


def test_import_wizard_maps_unknown_columns_then_imports(qtbot, ui_ctx, tmp_path) -> None:
    source = tmp_path / "guests.csv"
    source.write_text("c1,c2,c3,c4\nQuliyev,Rəşad,Professor,AZ\n"
                      "Tokayeva,Әйгерім,Dean,KZ\n", encoding="utf-8")
    wizard = TableImportWizard(ui_ctx)
    qtbot.addWidget(wizard)
    wizard.kind.setCurrentIndex(wizard.kind.findData("people"))
    wizard.path.setText(str(source))
    wizard.preview(keep_mapping=False)
    wait_for_preview(qtbot, wizard)
    assert wizard.report is not None and not wizard.report.ok  # no column gives a name
    assert not wizard.import_button.isEnabled()
    assert wizard.columns.rowCount() == 4
    fields = {"A": "family_name", "B": "given_name", "C": "position", "D": "country"}
    for letter, combo, _recognised in wizard._mapping_combos:
        combo.setCurrentIndex(combo.findData(fields[letter]))  # each change previews again
    wait_for_preview(qtbot, wizard)
    report = wizard.report
    assert report.ok, [str(p) for p in report.problems]
    assert sorted(wizard.overrides()) == sorted(f"{k}={v}" for k, v in fields.items())
    assert report.count("create") == 2
    assert wizard.import_button.isEnabled()
    before = len(list_people(ui_ctx.db, ui_ctx.event_key))
    wizard.import_button.click()
    qtbot.waitUntil(lambda: wizard.task is None and wizard.report.stored, timeout=20000)
    people = list_people(ui_ctx.db, ui_ctx.event_key)
    assert len(people) == before + 2
    assert any(p.given_name == "Әйгерім" and p.family_name == "Tokayeva" for p in people)


def test_import_wizard_shows_problems_and_refuses(qtbot, ui_ctx, tmp_path) -> None:
    source = tmp_path / "bad.csv"
    source.write_text("Family name,Precedence\nAliyev,first\n", encoding="utf-8")
    wizard = TableImportWizard(ui_ctx)
    qtbot.addWidget(wizard)
    wizard.kind.setCurrentIndex(wizard.kind.findData("people"))
    wizard.path.setText(str(source))
    wizard.preview(keep_mapping=False)
    wait_for_preview(qtbot, wizard)
    assert wizard.report is not None and not wizard.report.ok
    assert wizard.problems.count() >= 1
    assert "row 2" in wizard.problems.item(0).text()
    assert not wizard.import_button.isEnabled()


def test_import_wizard_keeps_translation_columns_in_any_language(qtbot, ui_ctx, tmp_path) -> None:
    """"Vəzifə (kk)" is offered as the Kazakh position; "Position (tr)", a language the lists
    do not offer, is offered too instead of falling back to the first field (the id)."""
    source = tmp_path / "qonaqlar.csv"
    source.write_text("Soyad,Ad,Vəzifə,Vəzifə (kk),Position (tr)\n"
                      "Quliyev,Rəşad,Professor,Профессор,Profesör\n", encoding="utf-8")
    wizard = TableImportWizard(ui_ctx)
    qtbot.addWidget(wizard)
    wizard.kind.setCurrentIndex(wizard.kind.findData("people"))
    wizard.path.setText(str(source))
    wizard.preview(keep_mapping=False)
    wait_for_preview(qtbot, wizard)
    assert [combo.currentData() for _l, combo, _r in wizard._mapping_combos] == \
        ["family_name", "given_name", "position", "position:kk", "position:tr"]
    assert wizard.overrides() == []
    assert wizard.report is not None and wizard.report.ok
    assert any('"tr" is not one of the event\'s languages' in w for w in wizard.report.warnings)
    kazakh = wizard._mapping_combos[3][1]
    assert kazakh.currentText() == "Position — Kazakh (kk) (position:kk)"
