"""The translation checks of ``test_translations.py``, each run on a fixture that breaks
its rule on purpose: a check that cannot fail is no check."""
from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest

from tests.ui.translation_checks import (
    LANGUAGES,
    TRANSLATIONS,
    extract_catalogues,
    format_by_context,
    missing_translations,
    misused_translation_calls,
    mnemonic_count,
    placeholder_problems,
    placeholders,
    plural_form_problems,
    plurals_chosen_in_code,
    read_catalogue,
    term_problems,
    unwrapped_strings,
)


def load_glossary() -> list[dict[str, str]]:
    return json.loads((TRANSLATIONS / "glossary.json").read_text(encoding="utf-8"))["terms"]


# -- the checks themselves, on fixtures that break each rule ----------------------------

FIXTURE_MODULE = '''\
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

HEADERS = (QT_TRANSLATE_NOOP("PeopleModel", "Name"),)


class PeopleView(QWidget):
    def build(self, count):
        self.setWindowTitle(self.tr("People"))
        self.title.setText("Delete the person?")
        QLabel(f"Signed {count}")
        QMessageBox.warning(self, self.tr("Warning"), "Could not save")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), "Country"])
        self.label.setText(self.tr("%n agreement(s)", "", count))
        self.open_button.setText(self.tr("Open", "verb: open a file"))
        self.status.setText("—")
        self.status.setText(f"<b>{count}</b>&nbsp;")
        self.combo.addItem(QCoreApplication.translate("Kinds", "Panel discussion"), "panel")
        self.hint.setToolTip("Find {what}".format(what=count))
        Column("Country", lambda row: row.country)
        Column(QT_TRANSLATE_NOOP("RecordTable", "Name"), lambda row: row.name)
'''


def test_source_scan_reports_unwrapped_literals_with_file_and_line(tmp_path: Path) -> None:
    module = tmp_path / "people_view.py"
    module.write_text(FIXTURE_MODULE, encoding="utf-8")
    found = {(item.line, item.call, item.text) for item in unwrapped_strings([module])}
    assert found == {(10, "setText", "Delete the person?"), (11, "QLabel", "Signed "),
                     (12, "warning", "Could not save"),
                     (13, "setHorizontalHeaderLabels", "Country"),
                     (19, "setToolTip", "Find {what}"), (20, "Column", "Country")}
    assert str(unwrapped_strings([module])[0]).startswith(f"{module}:10: setText(")


def test_misused_translation_calls_are_reported(tmp_path: Path) -> None:
    module = tmp_path / "agenda_view.py"
    module.write_text(textwrap.dedent('''\
        class AgendaView(QWidget):
            def build(self, name, text):
                self.tr("Delete " + name)
                self.tr(f"Delete {name}?")
                self.tr("Delete {name}?".format(name=name))
                self.tr("Delete {name}?").format(name=name)
                QCoreApplication.translate("RecordTable", text)
                QCoreApplication.translate("Agenda", "Room " + name)
        '''), encoding="utf-8")
    found = [(item.line, item.call) for item in misused_translation_calls([module])]
    assert found == [(3, "tr"), (4, "tr"), (5, "tr"), (8, "translate")]


@pytest.mark.slow
def test_completeness_check_reports_missing_and_unfinished_by_context(tmp_path: Path) -> None:
    sources = tmp_path / "ui"
    sources.mkdir()
    (sources / "people_view.py").write_text(FIXTURE_MODULE, encoding="utf-8")
    fresh = extract_catalogues(sources, tmp_path / "fresh")
    ru = read_catalogue(fresh["ru"])
    assert ("PeopleView", "Open", "verb: open a file") in ru
    assert ("PeopleModel", "Name", "") in ru and ("Kinds", "Panel discussion", "") in ru
    assert len(ru[("PeopleView", "%n agreement(s)", "")].translations) == 3

    # A "committed" catalogue: everything translated except two messages.
    text = fresh["ru"].read_text(encoding="utf-8")
    text = text.replace('<translation type="unfinished"></translation>',
                        "<translation>Перевод</translation>")
    text = text.replace('<numerusform></numerusform>', '<numerusform>%n согл.</numerusform>', 2)
    text = re.sub(r"<message>\s*(<location[^>]*/>\s*)*<source>People</source>.*?</message>",
                  "", text, flags=re.DOTALL)
    committed_path = tmp_path / "committed_ru.ts"
    committed_path.write_text(text.replace('<translation type="unfinished">', "<translation>"),
                              encoding="utf-8")
    missing = missing_translations(ru, read_catalogue(committed_path))
    assert set(missing) == {"PeopleView"}
    report = format_by_context(missing)
    assert "'People': not in the catalogue" in report
    assert "'%n agreement(s)': needs 3 plural forms, has 2" in report
    assert "[PeopleView]" in report

    # Fully translated, the same check passes.
    full = fresh["ru"].read_text(encoding="utf-8").replace(
        '<translation type="unfinished"></translation>', "<translation>Перевод</translation>")
    full = full.replace("<numerusform></numerusform>", "<numerusform>%n</numerusform>")
    full = full.replace('<translation type="unfinished">', "<translation>")
    committed_path.write_text(full, encoding="utf-8")
    assert missing_translations(ru, read_catalogue(committed_path)) == {}


def test_new_messages_that_are_glossary_terms_get_a_proposal_to_confirm(tmp_path: Path) -> None:
    sources = tmp_path / "ui"
    sources.mkdir()
    (sources / "agreement_view.py").write_text(textwrap.dedent('''\
        class AgreementRow(QWidget):
            def build(self):
                self.tr("&Delete…")
                self.tr("Signatory:")
                self.tr("Kind *")
                self.tr("signed")
                self.tr("Delete", "verb: delete a file on disk")
                self.tr("Delete the agreement?")
        '''), encoding="utf-8")
    fresh = extract_catalogues(sources, tmp_path / "ts")
    glossary = {term["en"]: term for term in load_glossary()}
    for lang in LANGUAGES:
        messages = read_catalogue(fresh[lang])
        proposal = {key[1]: message.translations[0] for key, message in messages.items()
                    if not key[2]}
        assert proposal["&Delete…"] == f"&{glossary['Delete'][lang]}…"
        assert proposal["Signatory:"] == f"{glossary['Signatory'][lang]}:"
        assert proposal["Kind *"] == f"{glossary['Kind'][lang]} *"
        signed = glossary["Signed"][lang]
        assert proposal["signed"] == signed[:1].lower() + signed[1:]
        assert proposal["Delete the agreement?"] == ""
        disambiguated = messages[("AgreementRow", "Delete", "verb: delete a file on disk")]
        assert disambiguated.translations == ("",)
        # A proposal is not a translation: the completeness check still asks for it.
        assert not any(message.finished for message in messages.values())


def _catalogue(tmp_path: Path, *messages: tuple[str, str]) -> dict:
    body = "".join(f"<message><source>{source}</source><translation>{translation}"
                   f"</translation></message>" for source, translation in messages)
    path = tmp_path / "one.ts"
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="ru_RU">'
                    f"<context><name>Ctx</name>{body}</context></TS>", encoding="utf-8")
    return read_catalogue(path)


def test_placeholder_and_mnemonic_checks_catch_broken_translations(tmp_path: Path) -> None:
    assert placeholders("Delete {name} from %1? %n left") == {"{name}", "%1", "%n"}
    assert mnemonic_count("&Save &&Close") == 1
    messages = _catalogue(tmp_path, ("Delete {name}?", "Удалить {имя}?"),
                          ("&amp;Save", "&amp;Сохр&amp;анить"), ("Page %1", "Страница %1"),
                          ("Delete {name}?!", "Удалить {name}?"))
    problems = format_by_context(placeholder_problems(messages))
    assert "lacks {name}" in problems and "more than one & mnemonic" in problems
    assert "Page %1" not in problems and "'Delete {name}?!'" not in problems


def test_plural_check_catches_missing_empty_and_numberless_forms(tmp_path: Path) -> None:
    def message(source: str, *forms: str) -> str:
        return (f'<message numerus="yes"><source>{source}</source><translation>'
                + "".join(f"<numerusform>{form}</numerusform>" for form in forms)
                + "</translation></message>")

    path = tmp_path / "plural.ts"
    path.write_text('<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="kk_KZ">'
                    "<context><name>Ctx</name>"
                    + message("%n warning(s)", "%n ескерту", "%n ескерту")
                    + message("%n row(s)", "%n жол")
                    + message("%n page(s)", "%n бет", "")
                    + message("%n item(s)", "бір тармақ", "%n тармақ")
                    + message("%n person(s)", "%n адам", "адамдар")
                    + "</context></TS>", encoding="utf-8")
    problems = format_by_context(plural_form_problems(read_catalogue(path), 2, 0))
    assert "'%n row(s)': 1 of 2 plural forms filled" in problems
    assert "'%n page(s)': 1 of 2 plural forms filled" in problems
    assert "'%n person(s)': plural form(s) [1] lack %n" in problems
    assert "warning" not in problems and "item" not in problems  # form 0 may say "one"
    assert "'%n item(s)': plural form(s) [0] lack %n" in format_by_context(
        plural_form_problems(read_catalogue(path), 2, None))


def test_source_scan_finds_plurals_the_code_picks_itself(tmp_path: Path) -> None:
    module = tmp_path / "status.py"
    module.write_text(textwrap.dedent('''\
        class Status(QWidget):
            def show(self, n, right):
                a = self.tr("%n warning", "", n) if n == 1 else self.tr("%n warnings", "", n)
                if len(self.rows) == 1:
                    b = QCoreApplication.translate("S", "%n row", "", n)
                else:
                    b = QCoreApplication.translate("S", "%n rows", "", n)
                c = self.tr("%n warning(s)", "", n)
                d = self.tr("%n seats left", "", n) if right else self.tr("%n seats right", "", n)
                e = self.tr("next to you") if n == 1 else self.tr("%n seats away", "", n)
        '''), encoding="utf-8")
    assert sorted(item.line for item in plurals_chosen_in_code([module])) == [3, 4]


def test_glossary_check_catches_a_wrong_term(tmp_path: Path) -> None:
    messages = _catalogue(tmp_path, ("&amp;Delete…", "&amp;Стереть…"), ("Signed:", "Подписано:"),
                          ("Delete the person?", "Стереть персону?"))
    problems = format_by_context(term_problems(messages, {"Delete": "Удалить",
                                                          "Signed": "Подписано"}, "the glossary"))
    assert "'&Delete…' -> '&Стереть…', but the glossary says 'Удалить'" in problems
    assert "Signed" not in problems and "Delete the person" not in problems
