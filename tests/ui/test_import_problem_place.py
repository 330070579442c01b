"""A spreadsheet problem about a field the file has no column for names the field, in
English (CLI) and in the interface language (the import wizard)."""
from __future__ import annotations

from desktop_app.domain.rules import missing_problem
from desktop_app.exchange.table_report import ImportProblem
from desktop_app.ui.dialogs.import_messages import problem_text
from desktop_app.ui.i18n import install_language


def test_a_problem_without_a_column_names_the_field(qapp) -> None:
    problem = ImportProblem(missing_problem("country").phrase(), 2, field="country")
    assert str(problem) == 'row 2, field "Country": is required'
    assert install_language("ru") == "ru"
    try:
        shown = problem_text(problem)
    finally:
        install_language("en")
    assert shown == "строка 2, поле «Страна»: обязательно для заполнения"
