"""The import wizard speaks the interface language (issue 16, point 15): in the Russian
window its problems, its change list and the status-bar summary are Russian, like the
rest of the window (they were "create … from row 2", "given_name: (empty) →")."""
from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from desktop_app.ui.dialogs.table_import_wizard import TableImportWizard
from desktop_app.ui.i18n import catalogue_path, install_language
from tests.ui.wizard_support import wait_for_preview

ENGLISH = re.compile(r"\b(row|rows|column|create|update|unchanged|from|empty|is not|would|"
                     r"whole number|matched|created|updated)\b", re.IGNORECASE)


@pytest.fixture
def russian(qapp) -> Iterator[None]:
    if not catalogue_path("ru").is_file():
        pytest.fail("the Russian catalogue is missing: run scripts/build-translations")
    assert install_language("ru") == "ru"
    yield
    install_language("en")


def test_problems_changes_and_summary_are_russian(qtbot, ui_ctx, tmp_path, russian) -> None:
    source = tmp_path / "guests.csv"
    source.write_text("Family name,Given name,Country,Precedence\n"
                      "Quliyev,Rəşad,AZ,3\nTokayeva,Әйгерім,KZ,first\n"
                      "Nurbek,Sayasat,KZ,\n", encoding="utf-8")
    messages: list[str] = []
    ui_ctx.status_message.connect(messages.append)
    wizard = TableImportWizard(ui_ctx)
    qtbot.addWidget(wizard)
    wizard.kind.setCurrentIndex(wizard.kind.findData("people"))
    wizard.path.setText(str(source))
    wizard.preview(keep_mapping=False)
    wait_for_preview(qtbot, wizard)
    problems = [wizard.problems.item(i).text() for i in range(wizard.problems.count())]
    changes = [wizard.changes.item(i).text() for i in range(wizard.changes.count())]
    assert problems and changes
    for text in problems + changes:
        assert not ENGLISH.search(text), text
    assert "строка 3" in problems[0]
    qtbot.mouseClick(wizard.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.task is None and wizard.report.stored, timeout=20000)
    assert messages and not ENGLISH.search(messages[-1]), messages[-1]
