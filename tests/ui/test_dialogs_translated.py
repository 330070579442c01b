"""The dialogs, undo texts and error messages follow the installed catalogue.

A small Russian catalogue, written here and compiled with ``pyside6-lrelease``, is
installed through the real runtime (``install_language``); the dialogs then show the
Russian text. This proves the wiring: the context names and ``tr`` calls in the code
are the ones the catalogue (hence lupdate) uses. A second test runs ``pyside6-lupdate``
itself over the dialogs, "translates" every extracted string with a marker, and checks
that no English label, button or title is left in the opened dialogs.
"""
from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from desktop_app.ui.dialogs.export_dialog import ExportDialog
from desktop_app.ui.dialogs.person_dialog import PersonDialog
from desktop_app.ui.dialogs.table_import_wizard import TableImportWizard
from desktop_app.ui.errors import error_details
from desktop_app.ui.i18n import install_language
from desktop_app.ui.undo.agreement_commands import STATUS_TEXTS, _command_text
from tests.ui.wizard_support import wait_for_preview

ROOT = Path(__file__).resolve().parents[2]

#: (context, source, disambiguation, Russian); a tuple of forms for a %n message.
RUSSIAN: tuple[tuple[str, str, str, str | tuple[str, ...]], ...] = (
    ("PersonDialog", "New person", "", "Новый участник"),
    ("PersonDialog", "Family name *:", "* marks a required field", "Фамилия *:"),
    ("PersonDialog", "Given name:", "", "Имя:"),
    ("PersonDialog", "Name", "group of the name fields", "Имя и фамилия"),
    ("PersonDialog", "Contact", "group of e-mail, phone, biography", "Контакты"),
    ("PersonDialog", "— not ranked —", "", "— без ранга —"),
    ("FieldMessages", "Name in {language}:", "", "Имя ({language}):"),
    ("LanguageNames", "Azerbaijani", "", "азербайджанский"),
    ("TableImportWizard", "Import from a spreadsheet", "", "Импорт из таблицы"),
    ("TableImportWizard", "Preview", "button: check the file first", "Просмотр"),
    ("TableImportWizard", "People", "", "Участники"),
    ("TableImportWizard", "Columns", "tab: the column mapping", "Столбцы"),
    ("TableImportWizard", "Choose a file and what it holds, then Preview.", "",
     "Выберите файл и его содержимое, затем нажмите «Просмотр»."),
    ("TableImportWizard", "Problems (%n)", "tab title with a count",
     ("Проблемы (%n)", "Проблемы (%n)", "Проблем (%n)")),
    ("AgreementCommands", "Mark {reference} signed", "", "Отметить {reference} как подписанное"),
    ("Errors", "… (more problems were found; fix these first)", "",
     "… (найдены и другие проблемы; сначала исправьте эти)"),
)


def write_catalogue(folder: Path, entries: tuple[tuple[str, str, str, str | tuple[str, ...]],
                                                 ...]) -> Path:
    """A Russian .ts of ``entries``, compiled with pyside6-lrelease; returns the .qm."""
    contexts: dict[str, list[str]] = {}
    for context, source, comment, russian in entries:
        if isinstance(russian, tuple):
            forms = "".join(f"<numerusform>{escape(f)}</numerusform>" for f in russian)
            message = (f'<message numerus="yes"><source>{escape(source)}</source>'
                       f"<comment>{escape(comment)}</comment>"
                       f"<translation>{forms}</translation></message>")
        else:
            note = f"<comment>{escape(comment)}</comment>" if comment else ""
            message = (f"<message><source>{escape(source)}</source>{note}"
                       f"<translation>{escape(russian)}</translation></message>")
        contexts.setdefault(context, []).append(message)
    body = "".join(f"<context><name>{name}</name>{''.join(messages)}</context>"
                   for name, messages in contexts.items())
    ts = folder / "dialogs_ru.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
                  f'<TS version="2.1" language="ru">{body}</TS>', encoding="utf-8")
    qm = folder / "dialogs_ru.qm"
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    return qm


@pytest.fixture(autouse=True)
def back_to_english(qapp) -> Iterator[None]:
    yield
    install_language("en")


def visible_texts(dialog: QWidget) -> list[str]:
    """Every title, label, button, tab and group text a user reads in ``dialog``."""
    texts = [dialog.windowTitle()]
    # Messages under a field come from the services' rules: data, not translated here.
    texts += [w.text() for w in dialog.findChildren(QLabel)
              if not w.objectName().startswith("error_")]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    texts += [w.title() for w in dialog.findChildren(QGroupBox)]
    for tabs in dialog.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return [t for t in texts if t.strip()]


def test_the_person_dialog_speaks_russian(qtbot, tmp_path: Path) -> None:
    assert install_language("ru", write_catalogue(tmp_path, RUSSIAN)) == "ru"
    dialog = PersonDialog(languages=["en", "az"], organizations=[], save=lambda _data: None)
    qtbot.addWidget(dialog)
    texts = visible_texts(dialog)
    assert dialog.windowTitle() == "Новый участник"
    assert {"Фамилия *:", "Имя:", "Имя и фамилия", "Контакты"} <= set(texts)
    assert "Имя (азербайджанский (az)):" in texts
    assert "Family name *:" not in texts and "New person" not in texts
    assert dialog.precedence.specialValueText() == "— без ранга —"
    assert dialog.family_name.accessibleName() == "Фамилия"  # screen readers too


def test_the_table_import_wizard_speaks_russian(qtbot, ui_ctx, tmp_path: Path) -> None:
    install_language("ru", write_catalogue(tmp_path, RUSSIAN))
    wizard = TableImportWizard(ui_ctx)
    qtbot.addWidget(wizard)
    assert wizard.windowTitle() == "Импорт из таблицы"
    assert wizard.preview_button.text() == "Просмотр"
    assert wizard.kind.itemText(wizard.kind.findData("people")) == "Участники"
    assert wizard.tabs.tabText(0) == "Столбцы"
    assert wizard.summary.text() == "Выберите файл и его содержимое, затем нажмите «Просмотр»."
    source = tmp_path / "bad.csv"
    source.write_text("Soyad,Ölkə\n,AZ\n,ZZ\n", encoding="utf-8")
    wizard.kind.setCurrentIndex(wizard.kind.findData("people"))
    wizard.path.setText(str(source))
    wizard.preview(keep_mapping=False)
    wait_for_preview(qtbot, wizard)
    assert wizard.report is not None and len(wizard.report.problems) >= 2
    count = len(wizard.report.problems)
    expected = ("Проблемы ({})" if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14)
                else "Проблем ({})")  # Russian plural forms, as lrelease selects them
    assert wizard.tabs.tabText(1) == expected.format(count)


def test_undo_texts_and_error_details_follow_the_catalogue(tmp_path: Path) -> None:
    from desktop_app.exchange.event_validation import EventFileError

    install_language("ru", write_catalogue(tmp_path, RUSSIAN))
    assert _command_text(STATUS_TEXTS["signed"], "AZ-KZ/7") == \
        "Отметить AZ-KZ/7 как подписанное"
    error = EventFileError(["first", "second"], truncated=True)
    assert error_details(error)[-1] == "… (найдены и другие проблемы; сначала исправьте эти)"
    install_language("en")
    assert _command_text(STATUS_TEXTS["signed"], "AZ-KZ/7") == "Mark AZ-KZ/7 signed"


DIALOG_SOURCES = ["desktop_app/ui/dialogs/person_dialog.py",
                  "desktop_app/ui/dialogs/form_support.py",
                  "desktop_app/ui/widgets/translated_field.py",
                  "desktop_app/ui/dialogs/pickers.py",
                  "desktop_app/ui/dialogs/table_import_wizard.py",
                  "desktop_app/ui/dialogs/import_field_labels.py",
                  "desktop_app/ui/dialogs/export_dialog.py"]


def marked_catalogue(folder: Path) -> Path:
    """lupdate's own extraction of the dialogs, every string "translated" to ⟦source⟧."""
    ts = folder / "marked_ru.ts"
    result = subprocess.run(["pyside6-lupdate", *(str(ROOT / s) for s in DIALOG_SOURCES),
                             "-ts", str(ts)], check=True, capture_output=True, text=True)
    assert "warning" not in (result.stdout + result.stderr).lower()
    text = ts.read_text(encoding="utf-8")

    def mark(match: re.Match[str]) -> str:
        source = match.group(1)
        if 'numerus="yes"' in match.group(0):
            forms = f"<numerusform>⟦{source}⟧</numerusform>"
            translation = f"<translation>{forms * 3}</translation>"
        else:
            translation = f"<translation>⟦{source}⟧</translation>"
        return re.sub(r"<translation[^>]*>.*?</translation>", translation, match.group(0),
                      flags=re.DOTALL)

    text = re.sub(r"<message[^>]*>.*?<source>(.*?)</source>.*?</message>", mark, text,
                  flags=re.DOTALL)
    ts.write_text(text, encoding="utf-8")
    qm = folder / "marked_ru.qm"
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    return qm


def test_everything_lupdate_extracts_is_what_the_dialogs_show(
        qtbot, ui_ctx, tmp_path: Path) -> None:
    install_language("ru", marked_catalogue(tmp_path))
    person = PersonDialog(languages=["en", "az"], organizations=[], save=lambda _d: None)
    wizard = TableImportWizard(ui_ctx)
    export = ExportDialog(ui_ctx, "signings")
    dialogs: list[QDialog] = [person, wizard, export]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    allowed = {"OK", "Cancel", "Save", "&OK", "&Cancel", "&Save"}  # Qt's own (qtbase catalogue)
    for dialog in dialogs:
        untranslated = [t for t in visible_texts(dialog)
                        if "⟦" not in t and t not in allowed and not t.startswith("Отмена")
                        and t not in ("Сохранить", "ОК")]
        assert untranslated == [], f"{type(dialog).__name__}: {untranslated}"
    assert person.honorific.placeholderText().startswith("⟦")
    # The position in Azerbaijani: its placeholder and screen reader name are translated.
    assert person.position_field.editors["az"].placeholderText().startswith("⟦")
    assert person.position_field.editors["az"].accessibleName().startswith("⟦")
    assert export.what.itemText(0).startswith("⟦")
    assert export.format.itemText(0) == "⟦Excel workbook⟧ (.xlsx)"
    assert export.language.accessibleName().startswith("⟦")
    source = tmp_path / "people.csv"
    source.write_text("Family name,Given name,Party 2\nQuliyev,Rəşad,x\n", encoding="utf-8")
    wizard.path.setText(str(source))
    wizard.kind.setCurrentIndex(wizard.kind.findData("people"))
    wizard.preview(keep_mapping=False)
    wait_for_preview(qtbot, wizard)
    combo = wizard._mapping_combos[0][1]
    choices = [combo.itemText(i) for i in range(combo.count())]
    assert "⟦Family name⟧ (family_name)" in choices
    assert "⟦Name in ⟦⟦Azerbaijani⟧ (az)⟧⟧ (local_name:az)" in choices  # placeholders filled
    assert all(text.startswith("⟦") for text in choices), choices


def test_the_wizard_and_export_labels_match_the_services() -> None:
    """Each label marked for translation is the services' own English label, and every
    field and format the services offer has one, so a new field cannot go unnoticed."""
    from desktop_app.exchange.table_fields import FIELDS
    from desktop_app.services.exports import EXPORT_FORMATS
    from desktop_app.ui.dialogs.export_dialog import FORMAT_LABELS
    from desktop_app.ui.dialogs.import_field_labels import FIELD_LABELS

    service_fields = {f.name: f.label for fields in FIELDS.values() for f in fields}
    assert {name: str(label) for name, label in FIELD_LABELS.items()} == service_fields
    service_formats = {(export, f.suffix): f.label
                       for export, formats in EXPORT_FORMATS.items() for f in formats}
    assert {key: str(label) for key, label in FORMAT_LABELS.items()} == service_formats


def test_kinds_in_the_forms_are_the_printed_documents_words(qtbot, ui_ctx, tmp_path: Path) -> None:
    """Agenda and agreement kinds come from the documents' catalogue (``term``), so the
    form and the printed programme call a panel by the same name in every language."""
    from desktop_app.documents.labels import label
    from desktop_app.services.event_editing import get_event
    from desktop_app.ui.dialogs.agenda_item_dialog import AgendaItemDialog
    from desktop_app.ui.dialogs.agreement_dialog import AgreementDialog

    install_language("ru", write_catalogue(tmp_path, RUSSIAN))
    event = get_event(ui_ctx.db, ui_ctx.event_key)
    agenda = AgendaItemDialog(event, [], lambda _data: None)
    agreement = AgreementDialog(event=event, organizations=[], people=[], signing_items=[],
                                existing_references=set(), save=lambda _data: None)
    for dialog in (agenda, agreement):
        qtbot.addWidget(dialog)
    panel = agenda.kind_combo.itemText(agenda.kind_combo.findData("panel"))
    mou = agreement.kind.itemText(agreement.kind.findData("mou"))
    assert panel == label("ru", "kind.panel") and panel != label("en", "kind.panel")
    assert mou == label("ru", "agreement.mou") and mou != label("en", "agreement.mou")
