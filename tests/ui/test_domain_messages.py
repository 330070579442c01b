"""The rule messages of the domain and services reach the window in its language.

The catalogue of templates (``desktop_app/ui/domain_messages.py``) and the templates
the rules use must be the same set (checked on the sources, and on fixtures to show
the check can fail); a Russian catalogue compiled with ``pyside6-lrelease`` then turns
a refused field of a real dialog, and a generic error, into Russian.
"""
from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel

from desktop_app.domain.errors import (
    RECORD_KINDS,
    FieldProblem,
    InUseError,
    NotFoundError,
    Phrase,
    StaleDataError,
    Term,
    ValidationError,
    problem,
)
from desktop_app.domain.rules import check_times, require_text
from desktop_app.ui import domain_messages
from desktop_app.ui.dialogs.person_dialog import PersonDialog
from desktop_app.ui.domain_messages import (
    ERROR_TEMPLATES,
    RECORD_MESSAGES,
    REFERENCE_TEMPLATES,
    RULE_TEMPLATES,
    field_label,
    translated_error,
    translated_problem,
    translated_reason,
)
from desktop_app.ui.errors import error_details, show_error
from desktop_app.ui.i18n import install_language, term

from .domain_message_checks import (
    DOMAIN_MESSAGES,
    error_class_templates,
    listed_templates,
    rule_modules,
    used_error_templates,
    used_phrases,
    used_templates,
)
from .i18n_catalogue import compile_catalogue

ROOT = Path(__file__).resolve().parents[2]

RUSSIAN: tuple[tuple[str, str, str], ...] = (
    ("DomainMessages", "is required", "обязательное поле"),
    ("DomainMessages", 'is required when status is "{status}"',
     "обязательно, если статус «{status}»"),
    ("DomainMessages", "must be after the start ({start})", "должно быть позже начала ({start})"),
    ("DomainMessages", 'person "{key}" not found', "участник «{key}» не найден"),
    ("DomainMessages", '{what} "{key}" not found', "{what} «{key}»: не найдено"),
    ("DomainMessages", "{field}: {reason}", "{field} — {reason}"),
    ("DomainMessages", '"{value}" is not one of {choices}', "«{value}» — не из списка {oops}"),
    ("DomainFields", "Family name", "Фамилия"),
    ("DomainMessages", 'person "{key}" is still referenced: {references}',
     "на участника «{key}» ещё есть ссылки: {references}"),
    ("DomainMessages", 'speaker in "{title}"', "выступает в «{title}»"),
    ("DomainMessages", "witness of {reference}", "свидетель по {reference}"),
    ("PersonDialog", "Family name *:", "Фамилия *:"),
)


@pytest.fixture
def russian(qapp, tmp_path: Path) -> Iterator[None]:
    assert install_language("ru", compile_catalogue(tmp_path, "ru", RUSSIAN)) == "ru"
    yield
    install_language("en")


# -- the catalogue and the sources agree ------------------------------------------------

def test_every_rule_template_is_listed_and_every_listed_template_is_used() -> None:
    used, findings = used_templates(rule_modules())
    raised, raised_findings = used_error_templates(rule_modules())
    assert not findings + raised_findings, "\n".join(map(str, findings + raised_findings))
    assert len(raised) >= 10  # the scan really found the seating errors
    used = {**raised, **used}
    listed = listed_templates(DOMAIN_MESSAGES, "RULE_TEMPLATES")
    unlisted = sorted(set(used) - listed)
    assert not unlisted, ("add these to RULE_TEMPLATES in desktop_app/ui/domain_messages.py:\n"
                          + "\n".join(f"{t!r} ({used[t].name})" for t in unlisted))
    unused = sorted(listed - set(used))
    assert not unused, f"no rule uses these any more; remove them: {unused}"
    assert len(used) >= 40  # the scan really found the rules (domain/rules.py, services)
    assert listed == set(RULE_TEMPLATES)  # the AST reading and the module agree


def test_every_reference_phrase_is_listed_and_every_listed_phrase_is_used() -> None:
    used, findings = used_phrases(rule_modules())
    assert not findings, "\n".join(map(str, findings))
    assert set(used) == listed_templates(DOMAIN_MESSAGES, "REFERENCE_TEMPLATES") \
        == set(REFERENCE_TEMPLATES)
    assert len(used) >= 7  # the scan found services/people.py's and organizations.py's


def test_the_phrase_check_catches_a_built_template(tmp_path: Path) -> None:
    rules = tmp_path / "rules.py"
    rules.write_text('title = "x"\nrefs = [Phrase("chair of " + title), Phrase("host")]\n',
                     encoding="utf-8")
    used, findings = used_phrases([rules])
    assert set(used) == {"host"}
    assert [finding.line for finding in findings] == [2]


def test_references_of_an_in_use_error_are_shown_in_russian(russian) -> None:
    error = InUseError("person", "Məmmədov", [
        Phrase('speaker in "{title}"', title="Opening & <welcome>"),
        Phrase("witness of {reference}", reference="AZ-KZ/2025/001"),
        Phrase("host of the event")])  # not in this small catalogue: stays English
    assert str(error) == ('person "Məmmədov" is still referenced: speaker in '
                          '"Opening & <welcome>"; witness of AZ-KZ/2025/001; host of the event')
    assert translated_error(error) == (
        "на участника «Məmmədov» ещё есть ссылки: выступает в «Opening & <welcome>»; "
        "свидетель по AZ-KZ/2025/001; host of the event")
    assert domain_messages.translated_phrase("plain words") == "plain words"


def test_the_generic_errors_templates_are_listed() -> None:
    assert error_class_templates() == listed_templates(DOMAIN_MESSAGES, "ERROR_TEMPLATES")
    assert error_class_templates() == set(ERROR_TEMPLATES) == {
        NotFoundError.template, StaleDataError.template, InUseError.template}


#: Records the services name in their generic errors besides the domain's RECORD_KINDS.
SERVICE_RECORD_KINDS = ("seating plan", "attached file", "activity")


def test_per_record_sentences_say_in_english_what_the_error_says() -> None:
    """Each whole sentence a translator sees is the generic template with ``what`` filled."""
    for (template, what), sentence in RECORD_MESSAGES.items():
        assert what in RECORD_KINDS + SERVICE_RECORD_KINDS
        assert sentence == template.replace("{what}", what)
    for what in RECORD_KINDS:
        assert (NotFoundError.template, what) in RECORD_MESSAGES
        assert (StaleDataError.template, what) in RECORD_MESSAGES


def test_the_check_finds_the_templates_of_seating_errors(tmp_path: Path) -> None:
    rules = tmp_path / "seating.py"
    rules.write_text(
        "from desktop_app.domain.seating import SeatingError\n"
        "def check(seat, layout, missing):\n"
        "    if seat:\n"
        "        raise SeatingError('seat {seat} is locked: unlock it first', seat=seat)\n"
        "    template = '{n} seat missing' if missing == 1 else '{n} seats missing'\n"
        "    if missing:\n"
        "        raise SeatingError(template, n=missing)\n"
        "    raise SeatingError(f'{layout} is built')\n"
        "def lacking(layout):\n"
        "    raise SeatingError('layout {layout} of {count}', layout=layout)\n",
        encoding="utf-8")
    used, findings = used_error_templates([rules])
    assert set(used) == {"seat {seat} is locked: unlock it first", "{n} seat missing",
                         "{n} seats missing", "layout {layout} of {count}"}
    assert set(used) - set(RULE_TEMPLATES) == {"{n} seat missing", "{n} seats missing",
                                               "layout {layout} of {count}"}
    text = "\n".join(map(str, findings))
    assert "built, not literal" in text and "lacks count" in text and len(findings) == 2


def test_the_check_finds_an_unlisted_template_and_a_built_one(tmp_path: Path) -> None:
    rules = tmp_path / "rules.py"
    rules.write_text(
        "from desktop_app.domain.errors import FieldProblem, ValidationError, problem\n"
        "def check(value, problems):\n"
        "    problems.append(problem('a', value, 'is required'))\n"
        "    problems.append(problem('a', value, 'is a brand new rule'))\n"
        "    problems.append(problem('a', value, f'{value} is built'))\n"
        "    problems.append(problem('a', value, '\"{value}\" lacks its value'))\n"
        "    problems.append(FieldProblem('a', value, 'ready English'))\n"
        "    raise ValidationError.single('a', value, 'ready English too')\n"
        "def pick(limit):\n"
        "    template = 'one {n}' if limit == 1 else 'many {n}'\n"
        "    return problem('a', limit, template, n=limit)\n", encoding="utf-8")
    used, findings = used_templates([rules])
    assert set(used) == {"is required", "is a brand new rule", '"{value}" lacks its value',
                         "one {n}", "many {n}"}
    assert set(used) - set(RULE_TEMPLATES) == {"is a brand new rule", '"{value}" lacks its value',
                                               "one {n}", "many {n}"}
    text = "\n".join(map(str, findings))
    assert "built, not literal" in text and "lacks value" in text
    assert "FieldProblem(...)" in text and "single(...)" in text
    assert len(findings) == 4

    listing = tmp_path / "domain_messages.py"
    listing.write_text(
        "from PySide6.QtCore import QT_TRANSLATE_NOOP\n"
        "RULE_TEMPLATES = (\n"
        "    QT_TRANSLATE_NOOP('DomainMessages', 'is required'),\n"
        "    QT_TRANSLATE_NOOP('DomainMessages', 'a rule nobody uses'),\n"
        "    QT_TRANSLATE_NOOP('OtherContext', 'not ours'),\n"
        ")\n", encoding="utf-8")
    listed = listed_templates(listing, "RULE_TEMPLATES")
    assert listed == {"is required", "a rule nobody uses"}
    assert listed - set(used) == {"a rule nobody uses"}


def test_lupdate_extracts_the_domain_messages(tmp_path: Path) -> None:
    target = tmp_path / "check.ts"
    run = subprocess.run(["pyside6-lupdate", str(DOMAIN_MESSAGES), "-ts", str(target)],
                         capture_output=True, text=True, check=True)
    assert "warning" not in (run.stdout + run.stderr).lower()
    text = target.read_text(encoding="utf-8")
    assert "<name>DomainMessages</name>" in text and "<name>DomainFields</name>" in text
    assert text.count("<source>") == len(
        set(RULE_TEMPLATES) | set(ERROR_TEMPLATES) | set(RECORD_MESSAGES.values())
        | set(REFERENCE_TEMPLATES) | {QT_TRANSLATE_NOOP("DomainMessages", "{field}: {reason}")}
        | set(domain_messages.FIELD_LABELS.values()) | set(domain_messages.IMPORT_TEMPLATES)
        | set(domain_messages.CONFLICT_TEMPLATES) | set(domain_messages.STORAGE_TEMPLATES))


# -- English stays what it was ----------------------------------------------------------

def test_english_reasons_are_unchanged_and_problems_compare_as_before(qapp) -> None:
    problems: list[FieldProblem] = []
    require_text("family_name", "", problems)
    check_times(dt.date(2026, 5, 12), dt.time(10), dt.time(9), dt.date(2026, 5, 12),
                dt.date(2026, 5, 13), problems)
    assert [p.reason for p in problems] == ["is required", "must be after the start (10:00)"]
    assert problems[0] == FieldProblem("family_name", "", "is required")
    assert str(problems[0]) == "family_name: is required"
    assert translated_reason(problems[1]) == "must be after the start (10:00)"
    signed = problem("signed_at", None, 'is required when status is "{status}"',
                     status=Term("status.signed", "signed"))
    assert signed.reason == 'is required when status is "signed"'
    assert str(NotFoundError("person", "ada")) == 'person "ada" not found'
    assert translated_error(NotFoundError("person", "ada")) == 'person "ada" not found'
    assert str(InUseError("person", "Ada", ["chair of \"Opening\""])) == \
        'person "Ada" is still referenced: chair of "Opening"'


def test_text_is_data_in_the_parameters(qapp) -> None:
    """Braces, quotes and ``<&`` in a value are shown literally, never re-formatted."""
    tricky = problem("reference", "{x} <&> \"q\"", '"{value}" is already used by another agreement',
                     value="{x} <&> \"q\"")
    assert translated_reason(tricky) == '"{x} <&> "q"" is already used by another agreement'
    assert translated_error(NotFoundError("person", "{key}")) == 'person "{key}" not found'


# -- in Russian -------------------------------------------------------------------------

def test_a_person_dialog_shows_the_russian_reason(qtbot, russian) -> None:
    dialog = PersonDialog(languages=["en"], organizations=[], save=lambda _data: None)
    qtbot.addWidget(dialog)
    dialog.family_name.setText("Lovelace")
    dialog.family_name.setText("")  # the rule runs as the user types
    label = dialog.findChild(QLabel, "error_family_name")
    assert label is not None and not label.isHidden()
    assert label.text() == "Обязательное поле"
    assert "required" not in label.text()
    assert not dialog.save_button.isEnabled()


def test_a_refusal_on_save_names_the_field_in_russian_in_the_general_message(
        qtbot, russian) -> None:
    def refuse(_data: object) -> None:
        raise ValidationError(problem("family_name_x", "", "is required"))

    dialog = PersonDialog(languages=["en"], organizations=[], save=refuse)
    qtbot.addWidget(dialog)
    dialog.family_name.setText("Lovelace")
    dialog.try_save()
    assert dialog.messages.general.text() == "family_name_x — обязательное поле"
    assert translated_problem(problem("family_name", "", "is required")) == \
        "Фамилия — обязательное поле"


def test_vocabulary_parameters_come_from_the_documents_catalogue(russian) -> None:
    signed = problem("signed_at", None, 'is required when status is "{status}"',
                     status=Term("status.signed", "signed"))
    assert translated_reason(signed) == f"обязательно, если статус «{term('status.signed')}»"
    assert term("status.signed") != "signed"  # the Russian label, as on the printed pages


def test_generic_errors_and_error_details_in_russian(qtbot, russian) -> None:
    assert translated_error(NotFoundError("person", "ada")) == "участник «ada» не найден"
    # a kind without its own sentence falls back to the generic template
    assert translated_error(NotFoundError("room", "r1")) == "room «r1»: не найдено"
    box = show_error(None, NotFoundError("person", "ada"))
    qtbot.addWidget(box)
    assert box.text() == "участник «ada» не найден"
    refused = ValidationError(problem("family_name", "", "is required"))
    assert translated_error(refused) == "Фамилия — обязательное поле"
    assert "обязательное поле" in error_details(refused)[0]
    # a part of a listed field: the label (untranslated here) and the exact place
    assert field_label("parties[1].signatory") == "Parties (parties[1].signatory)"
    assert field_label("no_such_field") == "no_such_field"


def test_a_broken_translation_falls_back_to_english(russian) -> None:
    """The translator's "{oops}" placeholder does not exist: the English text is shown."""
    refused = problem("kind", "x", '"{value}" is not one of {choices}', value="x", choices="a, b")
    assert translated_reason(refused) == '"x" is not one of a, b'


def test_field_errors_name_a_part_of_a_row_by_the_forms_label(qtbot, russian) -> None:
    from PySide6.QtWidgets import QLineEdit

    from desktop_app.ui.widgets.field_errors import FieldErrors

    errors = FieldErrors()
    rooms = QLineEdit()
    rooms.setAccessibleName("Залы")
    qtbot.addWidget(rooms)
    beside = errors.label_for("rooms", rooms)
    fallback = QLabel()
    qtbot.addWidget(fallback)
    qtbot.addWidget(beside)
    errors.set_fallback(fallback)
    errors.show([problem("rooms[1].name", "", "is required"),
                 problem("family_name", "", "is required")])
    assert beside.text() == "Залы (rooms[1].name) — обязательное поле"
    assert fallback.text() == "Фамилия — обязательное поле"
