"""The Documents view: generate in a worker, preview with QtPdf, save, print, cancel."""
from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from desktop_app.services.event_editing import get_event
from desktop_app.ui.views.documents_view import DocumentsView


def _view(qtbot, ui_ctx) -> DocumentsView:
    view = DocumentsView(ui_ctx)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def _text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(str(path)).pages)


def test_generate_the_programme_preview_and_save(qtbot, ui_ctx, tmp_path) -> None:
    event = get_event(ui_ctx.db, ui_ctx.event_key)
    view = _view(qtbot, ui_ctx)
    view.select_kind("programme")
    assert view.second_language.isEnabled()
    view.second_language.setCurrentIndex(view.second_language.findData("az"))
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    assert not view.generate_button.isEnabled() and view.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: view.result is not None and view.task is None, timeout=30000)
    result = view.result
    pages = len(PdfReader(str(result.path)).pages)
    assert pages == result.pages == view.pdf.pageCount() >= 1
    assert f"{pages} page" in view.page_label.text()
    assert "Round table on expanding cooperation" in _text(result.path)
    assert view.save_button.isEnabled() and view.print_button.isEnabled()

    saved = view.save_pdf(tmp_path / "programme")
    assert saved == tmp_path / "programme.pdf"
    assert event.title.split()[0] in _text(saved)
    assert saved.read_bytes() == result.path.read_bytes()


def test_print_draws_every_page(qtbot, ui_ctx, tmp_path) -> None:
    view = _view(qtbot, ui_ctx)
    view.select_kind("register")
    view.paper.setCurrentIndex(view.paper.findData("letter"))
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.result is not None and view.task is None, timeout=30000)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert view.print_to(printer) == view.pdf.pageCount()
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == view.pdf.pageCount()


def test_cancel_stops_a_batch_and_writes_nothing(qtbot, ui_ctx, monkeypatch) -> None:
    import threading

    from desktop_app.ui.views import documents_view

    real = documents_view.generate_document
    started, proceed = threading.Event(), threading.Event()

    def gated(*args, **kwargs):
        """The real generator, held at the start until the test has pressed Cancel."""
        started.set()
        proceed.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(documents_view, "generate_document", gated)
    view = _view(qtbot, ui_ctx)
    view.select_kind("certificates")
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=10000)
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    proceed.set()
    qtbot.waitUntil(lambda: view.task is None, timeout=30000)
    assert view.result is None
    assert "Cancelled" in view.message.text()
    assert not list(Path(view._dir.path()).iterdir())  # no PDF, no partial file
    assert view.generate_button.isEnabled() and not view.cancel_button.isEnabled()


# --- the seating documents, per table -------------------------------------------------------

def test_the_seating_documents_of_one_table_are_listed_generated_and_previewed(
        qtbot, ui_ctx, tmp_path) -> None:
    """The seating chart, the flag sheet and the place cards, as ``roundtable print
    seating|flags|placecards --item`` make them, for the agenda item chosen."""
    from desktop_app.services.seating import apply_seating

    key = ui_ctx.event_key
    apply_seating(ui_ctx.db, key, None, "round:24", "precedence")
    panel = apply_seating(ui_ctx.db, key, "panel", "u:9", "alphabetical")
    seated = [seat.person_name for seat in panel.seats if seat.person_name]
    assert seated
    view = _view(qtbot, ui_ctx)
    kinds = [view.kinds.item(row).data(Qt.ItemDataRole.UserRole)
             for row in range(view.kinds.count())]
    assert {"seating", "flags", "placecards"} <= set(kinds)
    tables = [view.table.itemData(index) for index in range(view.table.count())]
    assert tables == [None, "main", "panel"]
    view.select_kind("programme")
    assert not view.table.isEnabled()

    for kind in ("seating", "flags", "placecards"):
        view.select_kind(kind)
        assert view.table.isEnabled()
        assert view.table.select("panel") and view.options().item == "panel"
        qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.task is None, timeout=30000)
        result = view.result
        assert result is not None and result.kind == kind, view.message.text()
        assert view.pdf.pageCount() == result.pages >= 1
        if kind != "flags":  # the flag sheet names countries, not people
            text = _text(result.path)
            assert any(name.split()[-1] in text for name in seated), (kind, text[:300])
        assert view.default_file_name().endswith(f"-{kind}-panel.pdf")
        saved = view.save_pdf(tmp_path / kind)
        assert saved.read_bytes() == result.path.read_bytes()

    view.select_kind("seating")
    assert "a3" in [view.paper.itemData(i) for i in range(view.paper.count())]
    view.select_kind("badges")
    assert "a3" not in [view.paper.itemData(i) for i in range(view.paper.count())]


def test_the_seating_view_asks_for_its_table_s_chart(qtbot, ui_ctx) -> None:
    """``show_record("document", "seating:ITEM")``, what the Seating view's "Preview /
    Print" asks: the chart of that table, generated and previewed here."""
    from desktop_app.services.seating import apply_seating

    key = ui_ctx.event_key
    main = apply_seating(ui_ctx.db, key, None, "round:24", "precedence")
    view = _view(qtbot, ui_ctx)
    assert not view.show_record("agenda", "panel")
    assert view.show_record("document", "seating:main")
    assert view.kind == "seating" and view.table.item == "main"
    qtbot.waitUntil(lambda: view.task is None, timeout=30000)
    assert view.result is not None and view.result.kind == "seating"
    honour = next(seat.person_name for seat in main.seats if seat.honour)
    assert honour is not None and honour.split()[-1] in _text(view.result.path)
    # An item without a plan of its own is seated at the main table: its chart.
    assert view.show_record("document", "seating:welcome")
    assert view.table.item == "main"
    qtbot.waitUntil(lambda: view.task is None, timeout=30000)
