"""Which event is open, and the commands that create, import, export or switch events.

Kept out of the main window so that it stays a shell: this object owns the
list of events, the last-opened event (QSettings ``session/last_event``),
and the file work, which runs through ``run_task`` so the window never freezes.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app.domain.errors import ConflictError
from desktop_app.exchange.event_validation import EventFileError
from desktop_app.resources import sample_event_path
from desktop_app.services.event_editing import EventData, create_event, get_event
from desktop_app.services.events import (
    EventSummary,
    ImportResult,
    delete_event,
    export_event_file,
    import_event_file,
    list_events,
)
from desktop_app.services.organizations import list_organizations

from .context import UiContext
from .dialogs.event_dialog import EventDialog
from .dialogs.problems_dialog import ProblemsDialog
from .errors import reporting, show_error
from .undo.event_commands import EditEventCommand
from .window_settings import WindowSettings, remember_last_event
from .workers import Task, run_task


class EventSession(QObject):
    # The list of events changed (after an import, a new event, an edit of a title).
    events_listed = Signal(list)
    # A background import or export finished (True on success): for the status bar and tests.
    task_done = Signal(bool)

    def __init__(self, ctx: UiContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.events: list[EventSummary] = []
        self.task: Task | None = None
        self.last_dialog: QWidget | None = None
        ctx.data_changed.connect(self._on_data_changed)

    # --- the list and the current event ----------------------------------------------------------
    def reload(self) -> list[EventSummary]:
        with reporting(self.window) as failed:
            self.events = list_events(self.ctx.db)
        if not failed:
            self.events_listed.emit(self.events)
        return self.events

    def _on_data_changed(self, topic: str, _key: str) -> None:
        if topic == "events":
            self.reload()

    def initial_event(self, wanted: str | None) -> str:
        """The event to open at start: the asked one, else the last one, else the newest."""
        keys = [e.key for e in self.events]
        last = WindowSettings.load(self.ctx.settings).last_event
        for candidate in (wanted, last):
            if candidate and candidate in keys:
                return candidate
        return keys[0] if keys else ""

    def open_event(self, key: str) -> None:
        self.ctx.set_event(key)
        if key:
            remember_last_event(self.ctx.settings, key)

    # --- new and edit -----------------------------------------------------------------------
    def new_event(self) -> EventDialog:
        def submit(data: EventData) -> BaseException | None:
            try:
                created = create_event(self.ctx.db, data)
            except Exception as exc:  # noqa: BLE001 - the dialog shows it
                return exc
            self.reload()
            self.open_event(created.key)
            return None

        dialog = EventDialog(submit, parent=self.window)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def edit_event(self) -> EventDialog | None:
        if not self.ctx.event_key:
            return None
        with reporting(self.window) as failed:
            before = get_event(self.ctx.db, self.ctx.event_key)
        if failed:
            return None

        def submit(data: EventData) -> BaseException | None:
            command = EditEventCommand(self.ctx.db, before, data, self.window)
            command.show_errors = False
            self.ctx.undo_stack.push(command)
            command.show_errors = True
            return command.error

        with reporting(self.window) as failed:
            organizations = list_organizations(self.ctx.db, self.ctx.event_key)
        dialog = EventDialog(submit, before, parent=self.window,
                             organizations=[] if failed else organizations)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def ask_delete_event(self) -> QMessageBox | None:
        """Ask, then delete the open event with everything in it (this cannot be undone)."""
        key = self.ctx.event_key
        summary = next((e for e in self.events if e.key == key), None)
        if summary is None:
            return None
        items = self.tr("%n agenda item(s)", "", summary.agenda_items)
        people = self.tr("%n person(s)", "", summary.people)
        agreements = self.tr("%n agreement(s)", "", summary.agreements)
        question = self.tr('Delete "{title}" with its {items}, {people} and {agreements}?\n\n'
                           "This cannot be undone. Export the event file first to keep a copy."
                           ).format(title=summary.title, items=items, people=people,
                                    agreements=agreements)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete the event?"), question,
                          QMessageBox.StandardButton.Cancel, self.window)
        delete = box.addButton(self.tr("Delete event"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(self.tr("Delete the event?"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            if box.clickedButton() is delete:
                self.delete_event(key)

        box.finished.connect(lambda _result: answered())
        box.open()
        self.last_dialog = box
        return box

    def delete_event(self, key: str) -> None:
        with reporting(self.window) as failed:
            delete_event(self.ctx.db, key)
        if failed:
            return
        remaining = [e.key for e in self.reload()]
        self.open_event(remaining[0] if remaining else "")
        self.ctx.status_message.emit(self.tr("The event was deleted."))

    # --- files ------------------------------------------------------------------------------
    def open_sample(self) -> Task:
        return self.import_path(sample_event_path(), open_existing=True)

    def ask_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import an event file"), "",
            self.tr("Event files (*.json)") + ";;" + self.tr("All files (*)"))
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path, *, replace: bool = False,
                    open_existing: bool = False) -> Task:
        """Import in the background; problems are listed in a dialog, nothing is half-stored."""
        db = self.ctx.db
        self.ctx.status_message.emit(self.tr("Importing {file}…").format(file=path.name))

        def failed(exc: Exception) -> None:
            if isinstance(exc, ConflictError) and not replace:
                self._import_conflict(path, exc, open_existing)
                return
            if isinstance(exc, EventFileError):
                count = len(exc.errors)
                summary = self.tr('"{file}" was not imported: it has %n problem(s). '
                                  "Nothing was stored.", "", count).format(file=path.name)
                dialog = ProblemsDialog(self.tr("Import problems"), summary, exc.errors,
                                        self.window)
                dialog.open()
                self.last_dialog = dialog
            else:
                show_error(self.window, exc)
            self.task_done.emit(False)

        def succeeded(result: ImportResult) -> None:
            self.reload()
            self.open_event(result.event_key)
            found = len(result.warnings)
            message = (self.tr("Imported {file} (%n warning(s))", "", found) if found
                       else self.tr("Imported {file}"))
            self.ctx.status_message.emit(message.format(file=path.name))
            self.task_done.emit(True)

        self.task = run_task(lambda _progress, _cancelled: import_event_file(
            db, path, replace=replace), succeeded=succeeded, failed=failed)
        return self.task

    def _import_conflict(self, path: Path, exc: ConflictError, open_existing: bool) -> None:
        keys = {e.key for e in self.events}
        existing = next((key for key in keys if f'"{key}"' in str(exc)), "")
        if open_existing and existing:
            self.open_event(existing)
            self.ctx.status_message.emit(self.tr("The sample event is already here; opened it."))
            self.task_done.emit(True)
            return
        answer = QMessageBox.question(
            self.window, self.tr("Replace the event?"),
            self.tr('The database already has an event with the id "{id}".\n\n'
                    "Replace it with the one in {file}? This cannot be undone.").format(
                id=existing or "?", file=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.import_path(path, replace=True)
        else:
            self.task_done.emit(False)

    def ask_export(self) -> None:
        if not self.ctx.event_key:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export the event file"), f"{self.ctx.event_key}.json",
            self.tr("Event files (*.json)"))
        if path:
            self.export_path(Path(path))

    def export_path(self, path: Path) -> Task:
        db, key = self.ctx.db, self.ctx.event_key

        def succeeded(_result: object) -> None:
            self.ctx.status_message.emit(
                self.tr("Exported the event to {path}").format(path=path))
            self.task_done.emit(True)

        def failed(exc: Exception) -> None:
            show_error(self.window, exc)
            self.task_done.emit(False)

        self.task = run_task(lambda _p, _c: export_event_file(db, key, path),
                             succeeded=succeeded, failed=failed)
        return self.task
