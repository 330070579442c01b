"""The Documents view says how many texts it printed in the default for want of a
translation, per language, under "Ready"."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402

from desktop_app.services.events import import_event_document  # noqa: E402
from desktop_app.storage import Database  # noqa: E402
from tests.support import translated_event_document  # noqa: E402


@pytest.fixture
def make_view(qtbot, db: Database, tmp_path: Path) -> Iterator[object]:
    """Import an event document and open the Documents view on it."""
    from desktop_app.ui.context import UiContext
    from desktop_app.ui.views.documents_view import DocumentsView

    contexts = []

    def make(doc: dict[str, Any]) -> DocumentsView:
        import_event_document(db, doc)
        ctx = UiContext(db, QSettings(str(tmp_path / "settings.ini"),
                                      QSettings.Format.IniFormat))
        ctx.set_event(doc["event"]["id"])
        contexts.append(ctx)
        widget = DocumentsView(ctx)
        qtbot.addWidget(widget)
        return widget

    yield make
    for ctx in contexts:
        ctx.close()


def _generate(qtbot, view, kind: str, language: str, second: str | None = None) -> str:
    view.select_kind(kind)
    view.language.setCurrentIndex(view.language.findData(language))
    view.second_language.setCurrentIndex(view.second_language.findData(second))
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.result is not None and view.task is None, timeout=30000)
    return str(view.message.text())


READY = "Ready. Save it as PDF or print it."


def test_the_status_line_counts_the_texts_without_a_translation(qtbot, make_view) -> None:
    view = make_view(translated_event_document())
    assert _generate(qtbot, view, "programme", "kk") == (
        f"{READY}\n1 text has no Kazakh translation; printed in the default.")
    assert _generate(qtbot, view, "programme", "az", "en") == READY
    # Badges print no agenda title: nothing is missing in Kazakh.
    assert _generate(qtbot, view, "badges", "kk") == READY


def test_one_line_per_language_with_its_count(qtbot, make_view) -> None:
    doc = translated_event_document()
    for person in doc["people"]:
        del person["position_local"]["kk"]
    del doc["event"]["title_local"]["az"]
    view = make_view(doc)
    assert _generate(qtbot, view, "programme", "kk", "az") == (
        f"{READY}\n3 texts have no Kazakh translation; printed in the default.\n"
        "1 text has no Azerbaijani translation; printed in the default.")


@pytest.mark.parametrize(("language", "kazakh", "azerbaijani"), [
    ("ru", "Казахский: 3 текста без перевода; напечатаны основные тексты.",
     "Азербайджанский: 1 текст без перевода; напечатан основной текст."),
    ("kk", "Қазақ тілі: 3 мәтіннің аудармасы жоқ; негізгі мәтін басылды.",
     "Әзербайжан тілі: 1 мәтіннің аудармасы жоқ; негізгі мәтін басылды."),
], ids=["ru", "kk"])
def test_the_status_line_in_the_interface_language(qtbot, make_view, language: str,
                                                   kazakh: str, azerbaijani: str) -> None:
    from desktop_app.ui.i18n import install_language

    doc = translated_event_document()
    for person in doc["people"]:
        del person["position_local"]["kk"]
    del doc["event"]["title_local"]["az"]
    assert install_language(language) == language  # the committed catalogue
    try:
        view = make_view(doc)
        lines = _generate(qtbot, view, "programme", "kk", "az").splitlines()
    finally:
        install_language("en")
    assert lines[1:] == [kazakh, azerbaijani]
