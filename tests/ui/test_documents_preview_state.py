"""The Documents view after switching events and its preview controls (issue 16, points
13 and 21): nothing of the other event's document stays (no "Page 2 of 2", no "Ready"),
an empty preview shows no page number; zoom in and out, fit to width or to the page;
the second language never offers the first again."""
from __future__ import annotations

import copy
import json

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtPdfWidgets import QPdfView

from desktop_app.resources import sample_event_path
from desktop_app.services.events import import_event_document
from desktop_app.ui import workers
from desktop_app.ui.views.documents_view import DocumentsView


def _view(qtbot, ui_ctx) -> DocumentsView:
    view = DocumentsView(ui_ctx)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def _second_event(db) -> str:
    document = copy.deepcopy(json.loads(sample_event_path().read_text(encoding="utf-8")))
    document["event"]["id"] = "second-event"
    document["event"]["title"] = "A second event"
    return import_event_document(db, document).event_key


def test_switching_event_leaves_nothing_of_the_old_document(qtbot, ui_ctx) -> None:
    view = _view(qtbot, ui_ctx)
    assert not view.page_spin.isVisible()          # no "Page 0" before a document
    view.select_kind("register")
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.result is not None and view.task is None, timeout=30000)
    assert view.page_spin.isVisible() and view.pdf.pageCount() >= 2
    view.page_spin.setValue(2)
    assert "Ready" in view.message.text()
    ui_ctx.set_event(_second_event(ui_ctx.db))
    assert view.result is None and view.pdf.pageCount() == 0
    assert not view.page_spin.isVisible()
    assert "of" not in view.page_spin.text()
    assert view.message.text() == ""
    assert "No document yet" in view.page_label.text()
    assert not view.save_button.isEnabled()


def test_zoom_in_out_and_fit(qtbot, ui_ctx) -> None:
    view = _view(qtbot, ui_ctx)
    assert not view.zoom_in_button.isEnabled()
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.result is not None and view.task is None, timeout=30000)
    assert view.preview.zoomMode() == QPdfView.ZoomMode.FitToWidth
    before = view.preview.zoomFactor()
    qtbot.mouseClick(view.zoom_in_button, Qt.MouseButton.LeftButton)
    assert view.preview.zoomMode() == QPdfView.ZoomMode.Custom
    assert view.preview.zoomFactor() > before
    qtbot.mouseClick(view.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.zoom_out_button, Qt.MouseButton.LeftButton)
    assert view.preview.zoomFactor() < before
    qtbot.mouseClick(view.fit_page_button, Qt.MouseButton.LeftButton)
    assert view.preview.zoomMode() == QPdfView.ZoomMode.FitInView
    assert view.fit_page_button.isChecked() and not view.fit_width_button.isChecked()
    qtbot.mouseClick(view.fit_width_button, Qt.MouseButton.LeftButton)
    assert view.preview.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_the_second_language_leaves_out_the_first(qtbot, ui_ctx) -> None:
    view = _view(qtbot, ui_ctx)
    view.select_kind("programme")

    def offered() -> list[str]:
        return [view.second_language.itemData(i) for i in range(view.second_language.count())
                if view.second_language.itemData(i)]

    assert view.language.currentData() == "en"
    assert "en" not in offered() and {"az", "kk", "ru"} <= set(offered())
    view.second_language.setCurrentIndex(view.second_language.findData("kk"))
    view.language.setCurrentIndex(view.language.findData("az"))
    assert "az" not in offered() and "en" in offered()
    assert view.second_language.currentData() == "kk"   # the choice is kept


def test_a_view_closed_while_its_document_is_made_ignores_the_result(qtbot, ui_ctx) -> None:
    """The work outlives the view: its result must not reach the deleted preview
    ("Internal C++ object (QPdfDocument) already deleted" in the Qt event loop)."""
    view = DocumentsView(ui_ctx)
    view.show()
    qtbot.waitExposed(view)
    view.select_kind("register")
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    task = view.task
    assert task is not None
    finished: list[bool] = []
    task.finished.connect(lambda: finished.append(True))
    view.close()
    view.deleteLater()
    qtbot.waitUntil(lambda: bool(finished) or not workers._running, timeout=30000)
    QThreadPool.globalInstance().waitForDone(30000)
    qtbot.wait(50)  # the queued signals are delivered here; pytest-qt fails on an exception
