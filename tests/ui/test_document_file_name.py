"""The default name of a saved document (issue 16, point 19): the event's title
transliterated (Azerbaijani, Kazakh, Russian letters) with its words kept apart; it was
"uzbekistanazerbaijan-…", the dash dropped."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop_app.services.event_editing import EventData, RoomData, create_event
from desktop_app.services.file_names import document_file_name
from desktop_app.ui.views import documents_view
from desktop_app.ui.views.documents_view import DocumentsView


@pytest.mark.parametrize(("title", "expected"), [
    ("Uzbekistan–Azerbaijan Rectors’ Forum 2026",
     "uzbekistan-azerbaijan-rectors-forum-2026-programme.pdf"),
    ("Özbəkistan—Azərbaycan: rektorlar forumu",
     "ozbekistan-azerbaycan-rektorlar-forumu-programme.pdf"),
    ("Қазақстан – Әзірбайжан дөңгелек үстелі",
     "qazaqstan-azirbayzhan-donggelek-usteli-programme.pdf"),
    ("Узбекистан — Азербайджан: круглый стол",
     "uzbekistan-azerbaydzhan-kruglyy-stol-programme.pdf"),
])
def test_titles_in_every_script(title: str, expected: str) -> None:
    assert document_file_name(title, "programme") == expected


def test_a_long_title_is_shortened_and_the_document_kept() -> None:
    title = "Round table on expanding cooperation in higher education between Azerbaijan " \
            "and Kazakhstan"
    name = document_file_name(title, "seating-panel")
    assert name.startswith("round-table-on-expanding-") and name.endswith("-seating-panel.pdf")
    assert len(name.removesuffix(".pdf")) <= 80


def test_save_as_suggests_the_transliterated_title(qtbot, ui_ctx, monkeypatch) -> None:
    created = create_event(ui_ctx.db, EventData(
        title="Uzbekistan–Azerbaijan Rectors’ Forum 2026", start_date=dt.date(2026, 12, 3),
        end_date=dt.date(2026, 12, 3), timezone="Asia/Tashkent", venue_name="Hall",
        venue_city="Tashkent",
        venue_country="UZ", languages=["en", "az"], rooms=[RoomData("Hall")]))
    assert "-" in created.key.replace("-2026", "")   # the key keeps the words apart too
    ui_ctx.set_event(created.key)
    view = DocumentsView(ui_ctx)
    qtbot.addWidget(view)
    assert view.default_file_name() == "uzbekistan-azerbaijan-rectors-forum-2026-programme.pdf"
    view.result = SimpleNamespace(kind="programme", path=Path("/tmp/none.pdf"))  # generated
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _title, suggested, _filter: (asked.append(suggested)
                                                                     or ("", "")))
    monkeypatch.setattr(documents_view, "default_folder", lambda: "/tmp")
    view.ask_save()
    assert Path(asked[0]).name == "uzbekistan-azerbaijan-rectors-forum-2026-programme.pdf"
