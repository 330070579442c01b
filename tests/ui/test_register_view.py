"""The Agreements register view: filters, lifecycle badges, renew and terminate, files
dropped on a row, activities, opening a file, undo of each change, and the Overview's
line that opens the register."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from desktop_app.domain.partnership import Lifecycle
from desktop_app.services.activities import ActivityData, list_activities
from desktop_app.services.attachments import list_attachments
from desktop_app.services.register import find_agreement, list_register, register_entry
from desktop_app.ui.views.register_view import RegisterView

AS_OF = dt.date(2026, 12, 3)
FIRST = "AZ-KZ/2025/001"


def _view(qtbot, ui_ctx) -> RegisterView:
    view = RegisterView(ui_ctx)
    view.as_of = AS_OF
    qtbot.addWidget(view)
    view.resize(1500, 900)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.loading)
    return view


def _select(view: RegisterView, reference: str) -> None:
    row = next(r for r in view.model.records if r.reference == reference)
    assert view.select_id(row.id)


def _set(combo, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_filters_and_lifecycle_badges(qtbot, ui_ctx) -> None:
    view = _view(qtbot, ui_ctx)
    model = view.model
    assert model.rowCount() == 40
    assert view.count_label.text() == "Agreements: 40 · expiring: 0"
    lifecycle = model.index(0, model.LIFECYCLE_COLUMN)
    assert model.data(lifecycle) == "Active"
    assert model.data(lifecycle, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(0, model.DAYS_COLUMN)) == "1186"
    view.expiring.setChecked(True)
    assert model.rowCount() == 0  # 1,186 days left, the filter says 180
    view.expiring_days.setValue(1200)
    assert model.rowCount() == 40
    view.reset_filters()
    _set(view.organization_filter, "Al-Farabi Kazakh National University")
    assert model.rowCount() == 5
    _set(view.country_filter, "AZ")
    assert model.rowCount() == 5
    view.reset_filters()
    _set(view.status_filter, "dormant")
    assert model.rowCount() == 40
    _set(view.status_filter, "expired")
    assert model.rowCount() == 0
    view.reset_filters()
    view.search.setText("фараби")  # KazNU by its Kazakh name
    assert model.rowCount() == 5
    view.search.clear()
    view.notice.setValue(1200)  # a longer notice period makes them expiring
    view.reload()
    assert model.data(model.index(0, model.LIFECYCLE_COLUMN)) == "Expiring"
    assert view.count_label.text() == "Agreements: 40 · expiring: 40"


def test_renew_from_the_dialog_then_undo_and_redo(qtbot, ui_ctx) -> None:
    view = _view(qtbot, ui_ctx)
    _select(view, FIRST)
    assert view.renew_button.isEnabled()
    seen: list[str] = []

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        seen.append(dialog.reference.text())  # type: ignore[attr-defined]
        dialog.accept()

    QTimer.singleShot(0, accept)
    qtbot.mouseClick(view.renew_button, Qt.MouseButton.LeftButton)
    assert seen == [f"{FIRST}-R1"]
    successor = view.selected()
    assert successor is not None and successor.reference == f"{FIRST}-R1"
    assert successor.status == "draft" and successor.renews is not None
    assert "Renewals:" in view.details.chain.text()
    _select(view, FIRST)
    assert not view.renew_button.isEnabled()  # a renewal is under way
    assert "renewal AZ-KZ/2025/001-R1 in preparation" in view.model.data(
        view.model.index(view.model.row_of(view.selected().id), 10))
    ui_ctx.undo_stack.undo()
    view.reload()
    assert [r.reference for r in view.model.records if r.reference.endswith("-R1")] == []
    ui_ctx.undo_stack.redo()
    view.reload()
    [again] = [r for r in view.model.records if r.reference == f"{FIRST}-R1"]
    assert again.renews is not None and again.renews.reference == FIRST


def test_terminate_and_undo(qtbot, ui_ctx) -> None:
    view = _view(qtbot, ui_ctx)
    _select(view, "AZ-KZ/2025/002")
    row = view.selected()
    assert view.terminate(row, dt.date(2026, 6, 30), "Programme closed")
    view.reload()
    terminated = next(r for r in view.model.records if r.id == row.id)
    assert terminated.lifecycle == Lifecycle.TERMINATED
    ui_ctx.undo_stack.undo()
    view.reload()
    assert next(r for r in view.model.records if r.id == row.id).lifecycle == Lifecycle.ACTIVE


def _drop(view: RegisterView, reference: str, files: list[Path]) -> None:
    row = view.model.row_of(next(r.id for r in view.model.records if r.reference == reference))
    rect = view.table.visualRect(view.model.index(row, 2))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    enter = QDragEnterEvent(QPointF(rect.center()), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.table.viewport(), enter)  # a drop follows an accepted enter
    assert enter.isAccepted()
    event = QDropEvent(QPointF(rect.center()), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.table.viewport(), event)


def test_a_file_dropped_on_a_row_is_attached_to_it_and_undo_removes_it(
        qtbot, ui_ctx, tmp_path: Path) -> None:
    view = _view(qtbot, ui_ctx)
    scan = tmp_path / "AZ-KZ-2025-003 signed.pdf"
    scan.write_bytes(b"%PDF-1.4 signed original")
    annex = tmp_path / "annex.docx"
    annex.write_bytes(b"annex")
    _drop(view, "AZ-KZ/2025/003", [scan, annex])
    agreement = find_agreement(ui_ctx.db, "AZ-KZ/2025/003")
    assert [(a.file_name, a.kind) for a in list_attachments(ui_ctx.db, agreement)] == [
        (scan.name, "signed-copy"), ("annex.docx", "other")]
    assert view.selected() is not None and view.selected().reference == "AZ-KZ/2025/003"
    assert view.model.data(view.model.index(view.model.row_of(agreement), 8)) == "2"
    assert view.details.files.rowCount() == 2
    assert ui_ctx.undo_stack.count() == 2
    ui_ctx.undo_stack.undo()
    ui_ctx.undo_stack.undo()
    assert list_attachments(ui_ctx.db, agreement) == []
    ui_ctx.undo_stack.redo()
    assert [a.file_name for a in list_attachments(ui_ctx.db, agreement)] == [scan.name]


def test_files_are_opened_with_the_system_viewer_without_an_undo_step(
        qtbot, ui_ctx, tmp_path: Path, monkeypatch) -> None:
    from desktop_app.ui.views import register_details

    opened: list[QUrl] = []
    monkeypatch.setattr(register_details.QDesktopServices, "openUrl",
                        lambda url: opened.append(url) or True)
    view = _view(qtbot, ui_ctx)
    _select(view, FIRST)
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4 the signed copy")
    view.details._dropped([scan])  # dropped on the panel's list
    view.details.files.selectRow(0)
    steps = ui_ctx.undo_stack.count()
    copy = view.details.open_selected()
    assert copy is not None and copy.read_bytes() == scan.read_bytes()
    assert [url.toLocalFile() for url in opened] == [str(copy)]
    assert ui_ctx.undo_stack.count() == steps
    view.details.remove_selected_file()
    assert list_attachments(ui_ctx.db, find_agreement(ui_ctx.db, FIRST)) == []
    ui_ctx.undo_stack.undo()
    assert [a.file_name for a in list_attachments(ui_ctx.db, find_agreement(ui_ctx.db, FIRST))
            ] == ["signed.pdf"]


def test_activities_are_added_edited_deleted_and_undone(
        qtbot, ui_ctx, monkeypatch) -> None:
    view = _view(qtbot, ui_ctx)
    _select(view, FIRST)
    agreement = view.selected().id
    parties = [p.organization_id for p in view.selected().parties]
    answers = [ActivityData(dt.date(2025, 9, 1), "student-mobility", 4, "Autumn",
                            parties[0], parties[1]),
               ActivityData(dt.date(2025, 9, 2), "staff-mobility", 2)]
    monkeypatch.setattr(view.details, "_ask", lambda activity=None: answers.pop(0))
    view.details.add_activity()
    assert view.details.activity_table.rowCount() == 1
    assert view.details.activity_table.item(0, 3).text() == "ADA → KazNU"
    assert not next(r for r in view.model.records if r.id == agreement).dormant
    view.details.activity_table.selectRow(0)
    view.details.edit_activity()
    assert [(a.kind, a.count) for a in list_activities(ui_ctx.db, agreement)] == [
        ("staff-mobility", 2)]
    view.details.activity_table.selectRow(0)
    view.details.delete_activity()
    assert list_activities(ui_ctx.db, agreement) == []
    ui_ctx.undo_stack.undo()
    ui_ctx.undo_stack.undo()
    assert [(a.kind, a.count) for a in list_activities(ui_ctx.db, agreement)] == [
        ("student-mobility", 4)]
    ui_ctx.undo_stack.undo()
    assert list_activities(ui_ctx.db, agreement) == []


def test_the_overview_line_opens_the_register_on_the_expiring_agreements(
        qtbot, ui_ctx) -> None:
    from desktop_app.services.renewals import terminate_agreement
    from desktop_app.ui.main_window import MainWindow

    today = dt.date.today()
    for reference in ("AZ-KZ/2025/004", "AZ-KZ/2025/005", "AZ-KZ/2025/006"):
        terminate_agreement(ui_ctx.db, find_agreement(ui_ctx.db, reference),
                            today + dt.timedelta(days=30), "Ends early")
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    overview = window.view_at(0)
    overview.refresh()
    line = overview.expiring_line
    assert line.text() == "⚠ Agreements expiring within 180 days, in every event: 3"
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    register = window.current_view()
    assert isinstance(register, RegisterView)
    qtbot.waitUntil(lambda: not register.loading)
    assert register.expiring.isChecked() and register.expiring_days.value() == 180
    assert sorted(r.reference for r in register.model.visible) == [
        "AZ-KZ/2025/004", "AZ-KZ/2025/005", "AZ-KZ/2025/006"]
    assert len(list_register(ui_ctx.db)) == 40
    assert register_entry(ui_ctx.db, register.model.visible[0].id).row.terminated_on


@pytest.mark.parametrize("language", ["en", "az", "kk", "ru"])
def test_the_register_fits_beside_the_side_bar_in_every_language(
        qtbot, ui_ctx, language: str) -> None:
    """Filters on two rows and a panel as wide as its buttons: the view fits a 1,280 px
    window (1,080 px beside the side bar), and the titles are in the interface language."""
    from desktop_app.ui.i18n import catalogue_path, install_language

    if language != "en":
        assert catalogue_path(language).is_file(), "run scripts/build-translations"
    assert install_language(language) == language
    try:
        view = _view(qtbot, ui_ctx)
        assert view.minimumSizeHint().width() <= 1080, (language, view.minimumSizeHint())
        details = view.details
        for button in (details.add_file_button, details.open_button, details.save_button,
                       details.remove_file_button):
            assert button.width() >= button.minimumSizeHint().width(), (language,
                                                                         button.text())
        title = view.model.data(view.model.index(0, 2))
        assert title == ("Memorandum on joint research and innovation" if language == "en"
                         else next(r for r in view.model.records
                                   if r.reference == FIRST).title_in(language))
    finally:
        install_language("en")
