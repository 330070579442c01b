"""The translation catalogues: complete, consistent with the glossary and the printed
documents, buildable, and every user-visible string of the GUI wrapped for translation.

These run the rules of ``translation_checks.py`` on the real sources and catalogues,
and fail while a string is missing or wrong, listing what to fix.
``test_translation_checks.py`` runs the same rules on fixtures that break them on
purpose, to show each check catches what it claims to.
"""
from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QTextEdit,
    QWizard,
    QWizardPage,
)

from desktop_app.documents.labels import LABELS
from desktop_app.domain.conflicts import ConflictWarning
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from tests.ui.translation_checks import (
    CATALOGUES,
    LANGUAGES,
    REPO_ROOT,
    SINGLE_NUMBER_FORM,
    TRANSLATIONS,
    UI_SOURCES,
    catalogue_language,
    extract_catalogues,
    format_by_context,
    missing_translations,
    misused_translation_calls,
    placeholder_problems,
    plural_form_problems,
    plurals_chosen_in_code,
    read_catalogue,
    term_keys_used,
    term_problems,
    unwrapped_strings,
)

LOCALES = {"az": "az_AZ", "kk": "kk_KZ", "ru": "ru_RU", "en": "en_US"}
GLOSSARY_JSON = TRANSLATIONS / "glossary.json"
GLOSSARY_MD = REPO_ROOT / "docs" / "translation-glossary.md"

#: Literal texts that are right untranslated anywhere in the GUI, with the reason.
ALLOWED_LITERALS: dict[str, str] = {
    "Roundtable": "the product name is never translated",
    "English": "language autonym in the language chooser: each language in its own name",
    "Azərbaycanca": "language autonym in the language chooser",
    "Azərbaycan dili": "language autonym in the language chooser",
    "Қазақша": "language autonym in the language chooser",
    "Қазақ тілі": "language autonym in the language chooser",
    "Русский": "language autonym in the language chooser",
}
#: (file relative to the repository, literal) -> reason, for one-off exceptions.
ALLOWED_IN_FILE: dict[tuple[str, str], str] = {
    ("desktop_app/ui/dialogs/event_dialog.py", "AZ"):
        "placeholder showing the ISO country code format, the same in every language",
    ("desktop_app/ui/dialogs/table_import_wizard.py", "AZ"):
        "placeholder showing the ISO country code format, the same in every language",
    ("desktop_app/ui/widgets/time_field.py", "HH:mm"):
        "placeholder showing the 24-hour time format the field takes (digits and a colon), "
        "the same in every language",
}


def is_allowed(item) -> bool:
    """An allowed literal, or a text that is only allowed words around data and punctuation."""
    if (str(item.path.relative_to(REPO_ROOT)), item.text) in ALLOWED_IN_FILE:
        return True
    rest = item.text
    for literal in sorted(ALLOWED_LITERALS, key=len, reverse=True):
        rest = rest.replace(literal, "")
    return not any(character.isalpha() for character in rest)


def ui_modules() -> list[Path]:
    return sorted(path for path in UI_SOURCES.rglob("*.py") if "__pycache__" not in path.parts)


def load_glossary() -> list[dict[str, str]]:
    return json.loads(GLOSSARY_JSON.read_text(encoding="utf-8"))["terms"]


@pytest.fixture(scope="module")
def fresh_catalogues(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The catalogues lupdate makes from today's GUI code (about 1 s for all three)."""
    return extract_catalogues(UI_SOURCES, tmp_path_factory.mktemp("fresh-ts"))


@pytest.fixture(scope="module")
def committed() -> dict[str, dict]:
    return {lang: read_catalogue(TRANSLATIONS / f"roundtable_{lang}.ts") for lang in CATALOGUES}


# -- the committed catalogues -----------------------------------------------------------

@pytest.mark.parametrize("lang", CATALOGUES)
def test_catalogue_declares_its_language_and_english_source(lang: str) -> None:
    path = TRANSLATIONS / f"roundtable_{lang}.ts"
    assert catalogue_language(path) == LOCALES[lang]
    assert re.search(r'<TS\b[^>]*sourcelanguage="en"', path.read_text(encoding="utf-8"))


@pytest.mark.slow
@pytest.mark.parametrize("lang", CATALOGUES)
def test_every_gui_string_has_a_finished_translation(lang: str, fresh_catalogues,
                                                     committed) -> None:
    """The test issue 8 asks for: a user-visible string missing from a catalogue fails."""
    missing = missing_translations(read_catalogue(fresh_catalogues[lang]), committed[lang])
    count = sum(len(entries) for entries in missing.values())
    assert not missing, (
        f"roundtable_{lang}.ts lacks {count} translation(s); run scripts/update-translations "
        f"and translate them in pyside6-linguist:\n{format_by_context(missing)}")


@pytest.mark.slow
@pytest.mark.parametrize("lang", CATALOGUES)
def test_catalogue_has_no_strings_the_code_no_longer_shows(lang: str, fresh_catalogues,
                                                           committed) -> None:
    """Stale messages cost translators work for nothing: run scripts/update-translations."""
    stale = sorted(set(committed[lang]) - set(read_catalogue(fresh_catalogues[lang])))
    assert not stale, f"roundtable_{lang}.ts has strings gone from the code: {stale}"


@pytest.mark.parametrize("lang", CATALOGUES)
def test_translations_keep_placeholders_and_one_mnemonic(lang: str, committed) -> None:
    problems = placeholder_problems(committed[lang])
    assert not problems, f"roundtable_{lang}.ts:\n{format_by_context(problems)}"


@pytest.mark.slow
@pytest.mark.parametrize("lang", CATALOGUES)
def test_every_plural_message_has_all_its_forms(lang: str, fresh_catalogues,
                                                committed) -> None:
    """As many forms as Qt's plural rules give the language (lupdate writes that many
    into a fresh catalogue), each filled and, but for the form of the number 1 alone,
    carrying the %n Qt fills in."""
    forms = {len(message.translations) for message in
             read_catalogue(fresh_catalogues[lang]).values() if message.numerus}
    assert len(forms) == 1, forms
    problems = plural_form_problems(committed[lang], forms.pop(), SINGLE_NUMBER_FORM.get(lang))
    assert not problems, f"roundtable_{lang}.ts:\n{format_by_context(problems)}"
    assert any(message.numerus for message in committed[lang].values())


def test_the_plural_form_of_one_alone_is_what_qt_uses_for_one_alone(tmp_path: Path) -> None:
    """SINGLE_NUMBER_FORM (the form that may spell the number out) is, for each language,
    the form Qt's plural rules pick for 1 and for no other number; Russian has none."""
    for lang in CATALOGUES:
        forms = 3 if lang == "ru" else 2
        ts = tmp_path / f"forms_{lang}.ts"
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
            f'<TS version="2.1" language="{LOCALES[lang]}" sourcelanguage="en"><context>'
            '<name>Forms</name><message numerus="yes"><source>%n</source><translation>'
            + "".join(f"<numerusform>{index}</numerusform>" for index in range(forms))
            + "</translation></message></context></TS>", encoding="utf-8")
        qm = tmp_path / f"forms_{lang}.qm"
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(qm)], check=True,
                       capture_output=True)
        translator = QTranslator()
        assert translator.load(str(qm))
        chosen = {n: int(translator.translate("Forms", "%n", None, n)) for n in range(200)}
        assert set(chosen.values()) == set(range(forms)), lang
        only_one = [form for form in range(forms)
                    if [n for n, picked in chosen.items() if picked == form] == [1]]
        assert only_one == ([SINGLE_NUMBER_FORM[lang]] if lang in SINGLE_NUMBER_FORM else []), \
            (lang, chosen)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_follow_the_glossary(lang: str, committed) -> None:
    terms = {term["en"]: term[lang] for term in load_glossary()}
    problems = term_problems(committed[lang], terms, "the glossary")
    assert not problems, f"roundtable_{lang}.ts:\n{format_by_context(problems)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_agree_with_the_printed_documents(lang: str, committed) -> None:
    """A .ts message whose source is an English document label is translated as that label."""
    labels = {english: LABELS[lang].get(key, english) for key, english in LABELS["en"].items()
              if re.search(r"[A-Za-z]", english) and "{" not in english and "|" not in english}
    problems = term_problems(committed[lang], labels, "labels.py")
    assert not problems, f"roundtable_{lang}.ts:\n{format_by_context(problems)}"


def test_every_term_key_the_gui_uses_exists_in_every_document_language() -> None:
    """term("status.signed") must find a label in az, kk and ru, not fall back to English."""
    used = term_keys_used(ui_modules())
    missing = []
    for path, line, key in used:
        keys = [k for k in LABELS["en"] if k.startswith(key[:-1])] if key.endswith("*") else [key]
        if not keys:
            missing.append(f"{path.relative_to(REPO_ROOT)}:{line}: no label matches {key!r}")
        for one in keys:
            missing += [f"{path.relative_to(REPO_ROOT)}:{line}: {one!r} missing in {lang}"
                        for lang in ("en", *LANGUAGES) if one not in LABELS[lang]]
    assert not missing, "\n".join(missing)


# -- the glossary -----------------------------------------------------------------------

def test_glossary_takes_document_labels_verbatim() -> None:
    wrong = [f"{term['en']} [{lang}]: glossary {term[lang]!r}, labels.py "
             f"{LABELS[lang][term['labels_key']]!r}"
             for term in load_glossary() if "labels_key" in term
             for lang in ("en", *LANGUAGES)
             if (term[lang] if lang != "en" else term["en"]).casefold()
             != LABELS[lang][term["labels_key"]].casefold()]
    assert not wrong, "\n".join(wrong)


def test_glossary_covers_the_domain_and_is_filled_in_every_language() -> None:
    terms = load_glossary()
    assert len(terms) >= 60
    english = [term["en"].casefold() for term in terms]
    assert len(english) == len(set(english)), "a term is listed twice"
    for required in ("event", "agenda item", "agreement", "signatory", "witness",
                     "signing ceremony", "memorandum of understanding", "draft", "ready",
                     "signed", "cancelled", "badge", "place card", "run sheet", "backup"):
        assert required in english
    for term in terms:
        for lang in LANGUAGES:
            assert term[lang].strip(), f"{term['en']} has no {lang} word"
    # Each language in its own script: Azerbaijani Latin, Kazakh and Russian Cyrillic.
    assert not [t["az"] for t in terms if re.search("[А-Яа-яЁё]", t["az"])]
    assert not [t["kk"] for t in terms if re.search("[A-Za-z]", t["kk"])]
    assert not [t["ru"] for t in terms if re.search("[A-Za-zәғқңөұүһі]", t["ru"])]


def test_glossary_document_lists_the_same_words_as_the_json() -> None:
    rows = {}
    for line in GLOSSARY_MD.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) >= 4 and cells[0] not in ("English", "---"):
            rows[cells[0]] = tuple(cells[1:4])
    expected = {term["en"]: (term["az"], term["kk"], term["ru"]) for term in load_glossary()}
    assert rows == expected


# -- building ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang, shown", [
    ("ru", {1: "1 предупреждение", 2: "2 предупреждения", 5: "5 предупреждений",
            21: "21 предупреждение", 0: None}),
    ("en", {1: "1 warning", 2: "2 warnings", 5: "5 warnings", 21: "21 warnings"}),
    ("kk", {1: "1 ескерту", 5: "5 ескерту"}),
])
def test_the_window_says_each_count_in_its_plural_form(qtbot, ui_ctx, lang: str,
                                                      shown: dict[int, str | None]) -> None:
    """The shipped catalogues, installed as at start-up, in a real main window: the status
    bar's warnings button picks the language's form for each count."""
    assert install_language(lang) == lang
    try:
        window = MainWindow(ui_ctx, ui_ctx.event_key)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.warning_count >= 0)  # the first check has run
        warning = ConflictWarning("room-overlap", "Rooms overlap", "agenda", "welcome")
        for count, text in shown.items():
            window.conflicts.changed.emit(ui_ctx.event_key, [warning] * count)
            if text is not None:
                assert window.warnings_button.text() == f"⚠ {text}"
            else:
                assert not window.warnings_button.text().startswith("⚠")
    finally:
        install_language("en")


def test_build_translations_makes_loadable_qm_files(tmp_path: Path) -> None:
    for lang in CATALOGUES:
        shutil.copy(TRANSLATIONS / f"roundtable_{lang}.ts", tmp_path)
    result = subprocess.run([sys.executable, str(REPO_ROOT / "scripts" / "build-translations"),
                             "--dir", str(tmp_path), "--quiet"], check=False,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    for lang in CATALOGUES:
        translator = QTranslator()
        assert translator.load(str(tmp_path / f"roundtable_{lang}.qm")), lang
        assert translator.language() == LOCALES[lang]


def test_build_translations_fails_loudly_without_catalogues(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(REPO_ROOT / "scripts" / "build-translations"),
                             "--dir", str(tmp_path)], check=False, capture_output=True,
                            text=True)
    assert result.returncode != 0
    assert "no .ts catalogues" in result.stderr


def test_build_translations_fails_loudly_without_lrelease(tmp_path: Path) -> None:
    """No lrelease on PATH and no PySide6 (python -S hides site-packages): a clear error."""
    shutil.copy(TRANSLATIONS / "roundtable_ru.ts", tmp_path)
    script = REPO_ROOT / "scripts" / "build-translations"
    result = subprocess.run([sys.executable, "-S", str(script), "--dir", str(tmp_path)],
                            check=False, capture_output=True, text=True,
                            env={"PATH": str(tmp_path)})
    assert result.returncode != 0
    assert "pyside6-lrelease not found" in result.stderr
    assert not list(tmp_path.glob("*.qm"))


def test_azerbaijani_catalogue_translates_qt_standard_buttons(qapp, tmp_path: Path) -> None:
    """Qt ships no qtbase_az.qm; our catalogue carries Qt's button and menu texts."""
    shutil.copy(TRANSLATIONS / "roundtable_az.ts", tmp_path)
    subprocess.run([sys.executable, str(REPO_ROOT / "scripts" / "build-translations"),
                    "--dir", str(tmp_path), "--quiet"], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "roundtable_az.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Ləğv et"
        line_edit = QLineEdit()
        menu = line_edit.createStandardContextMenu()
        texts = [action.text().split("\t")[0] for action in menu.actions()]
        assert "K&opyala" in texts and "&Yapışdır" in texts
    finally:
        QCoreApplication.removeTranslator(translator)
    english = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert english.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


@pytest.mark.slow
class _RecordingTranslator(QTranslator):
    """Notes every (context, source) Qt asks to translate; translates nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source))
        return ""

    def isEmpty(self) -> bool:
        return False


def _qt_standard_strings() -> set[tuple[str, str]]:
    tree = ast.parse((UI_SOURCES / "qt_standard_strings.py").read_text(encoding="utf-8"))
    return {(node.args[0].value, node.args[1].value) for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"}


def test_qt_standard_strings_cover_what_qt_asks_for(qapp) -> None:
    """Show Qt's standard widgets under a recording translator: every text Qt looks up in
    the contexts we carry for Azerbaijani must be listed (guards against a Qt upgrade
    renaming "Show Details..." and the like)."""
    recorder = _RecordingTranslator()
    QCoreApplication.installTranslator(recorder)
    keep = []
    try:
        buttons = QDialogButtonBox()
        for button in QDialogButtonBox.StandardButton:
            if button not in (QDialogButtonBox.StandardButton.NoButton,
                              QDialogButtonBox.StandardButton.FirstButton,
                              QDialogButtonBox.StandardButton.LastButton):
                buttons.addButton(button)
        line_edit, text_edit = QLineEdit(), QTextEdit()
        keep += [buttons, line_edit, text_edit, line_edit.createStandardContextMenu(),
                 text_edit.createStandardContextMenu()]
        wizard = QWizard()
        wizard.setOption(QWizard.WizardOption.HaveHelpButton)
        wizard.addPage(QWizardPage())
        wizard.addPage(QWizardPage())
        wizard.show()
        box = QMessageBox()
        box.setDetailedText("details")
        box.show()
        progress = QProgressDialog()
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.show()
        keep += [wizard, box, progress, dialog]
        qapp.processEvents()
    finally:
        QCoreApplication.removeTranslator(recorder)
        for widget in keep:
            if hasattr(widget, "close"):
                widget.close()
    carried = _qt_standard_strings()
    contexts = {context for context, _ in carried} - {"QFileDialog", "QFileSystemModel"}
    missing = sorted(key for key in recorder.asked if key[0] in contexts and key not in carried)
    assert not missing, f"add to desktop_app/ui/qt_standard_strings.py: {missing}"
    # The file dialog asks for many texts; the visible ones must be there.
    for key in (("QFileDialog", "File &name:"), ("QFileDialog", "All Files (*)"),
                ("QFileSystemModel", "Name"), ("QPlatformTheme", "Cancel")):
        assert key in recorder.asked and key in carried, key


def test_update_translations_is_idempotent(fresh_catalogues: dict[str, Path],
                                           tmp_path: Path) -> None:
    """A second run over unchanged code leaves the catalogues byte for byte the same."""
    for path in fresh_catalogues.values():
        shutil.copy(path, tmp_path)
    extract_catalogues(UI_SOURCES, tmp_path)
    assert {path.name: path.read_bytes() for path in tmp_path.glob("*.ts")} == {
        path.name: path.read_bytes() for path in fresh_catalogues.values()}


# -- the sources ------------------------------------------------------------------------

def test_no_user_visible_literal_bypasses_translation() -> None:
    found = [item for item in unwrapped_strings(ui_modules()) if not is_allowed(item)]
    assert not found, ("wrap these in self.tr() / QCoreApplication.translate() "
                       "(see docs/translations.md):\n" + "\n".join(map(str, found)))


def test_the_code_leaves_plural_forms_to_qt() -> None:
    """No ``tr("%n warning") if n == 1 else tr("%n warnings")`` anywhere in desktop_app:
    one ``tr("%n warning(s)", "", n)``, and the catalogues give every language its forms."""
    modules = sorted(path for path in (REPO_ROOT / "desktop_app").rglob("*.py")
                     if "__pycache__" not in path.parts)
    found = plurals_chosen_in_code(modules)
    assert not found, ("one tr(\"%n thing(s)\", \"\", n) instead (docs/translations.md):\n"
                       + "\n".join(map(str, found)))


def test_translated_texts_are_whole_literals() -> None:
    found = misused_translation_calls(ui_modules())
    assert not found, ("give tr()/translate() one literal sentence and .format() the result "
                       "(see docs/translations.md):\n" + "\n".join(map(str, found)))
