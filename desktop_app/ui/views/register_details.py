"""The panel beside the register: the selected agreement, its chain of renewals, its
attached files and its activities.

Files are added with Add… or by dropping them on the list (or on the agreement's row in
the table); each addition, removal and activity change is an undo step. Opening a file
writes its bytes to a private temporary folder and hands it to the system's viewer
(``QDesktopServices``); that changes nothing and is not an undo step.
"""
from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTemporaryDir, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import RoundtableError
from desktop_app.domain.partnership import RegisterRow
from desktop_app.services.activities import ActivityData, ActivityRow, list_activities
from desktop_app.services.attachments import (
    AttachmentRow,
    attachment_content,
    list_attachments,
    safe_file_name,
)
from desktop_app.services.register import RegisterEntry
from desktop_app.ui.context import UiContext
from desktop_app.ui.i18n import current_language, format_date
from desktop_app.ui.models.register_model import (
    ACTIVITY_LABELS,
    ATTACHMENT_LABELS,
    lifecycle_text,
    notes_text,
)
from desktop_app.ui.undo.record_commands import ServiceCommand, push
from desktop_app.ui.undo.register_commands import (
    AddActivityCommand,
    DeleteActivityCommand,
    EditActivityCommand,
    RemoveAttachmentCommand,
)

from .feedback import report_error
from .register_drops import FileDrops, attach_files, file_size

_ID = Qt.ItemDataRole.UserRole


class RegisterDetails(QFrame):
    """The selected agreement of the register; changes its files and activities."""

    #: A file or an activity of the shown agreement changed (the view reloads).
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(300)
        self.row: RegisterRow | None = None
        self.attachments: list[AttachmentRow] = []
        self.activities: list[ActivityRow] = []
        self._opened = QTemporaryDir()

        self.reference = QLabel()
        font = self.reference.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(font.Weight.DemiBold)
        self.reference.setFont(font)
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.chain = QLabel()
        self.chain.setWordWrap(True)
        self.chain.setTextFormat(Qt.TextFormat.RichText)
        self.chain.setAccessibleName(self.tr("Chain of renewals"))

        files_box = QGroupBox(self.tr("Attached files"))
        self.files = QTableWidget(0, 3)
        self.files.setAccessibleName(self.tr("Attached files"))
        self.files.setHorizontalHeaderLabels([self.tr("File"), self.tr("Kind"),
                                              self.tr("Size")])
        self._configure(self.files)
        self.files.setToolTip(self.tr("Drop files here to attach them; double-click opens one"))
        self.files.doubleClicked.connect(lambda _index: self.open_selected())
        self.files.itemSelectionChanged.connect(self._update_buttons)
        self.add_file_button = QPushButton(self.tr("Add…"))
        self.add_file_button.setAccessibleName(self.tr("Attach a file"))
        self.add_file_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the attached file"))
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.clicked.connect(self.save_selected)
        self.remove_file_button = QPushButton(self.tr("Remove"))
        self.remove_file_button.setAccessibleName(self.tr("Remove the attached file"))
        self.remove_file_button.clicked.connect(self.remove_selected_file)
        file_buttons = QHBoxLayout()
        for button in (self.add_file_button, self.open_button, self.save_button,
                       self.remove_file_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        box = QVBoxLayout(files_box)
        box.addWidget(self.files)
        box.addLayout(file_buttons)
        self.drops = FileDrops(self.files.viewport(), self._dropped)

        activities_box = QGroupBox(self.tr("Activities"))
        self.activity_table = QTableWidget(0, 4)
        self.activity_table.setAccessibleName(self.tr("Activities"))
        self.activity_table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Kind"), self.tr("Count"), self.tr("Direction")])
        self._configure(self.activity_table, stretch=3)
        width = self.fontMetrics().horizontalAdvance("0")
        for column, digits in ((0, 11), (1, 16), (2, 6)):
            self.activity_table.setColumnWidth(column, width * digits)
        self.activity_table.doubleClicked.connect(lambda _index: self.edit_activity())
        self.activity_table.itemSelectionChanged.connect(self._update_buttons)
        self.add_activity_button = QPushButton(self.tr("Add…"))
        self.add_activity_button.setAccessibleName(self.tr("Record an activity"))
        self.add_activity_button.clicked.connect(self.add_activity)
        self.edit_activity_button = QPushButton(self.tr("Edit…"))
        self.edit_activity_button.clicked.connect(self.edit_activity)
        self.delete_activity_button = QPushButton(self.tr("Delete"))
        self.delete_activity_button.setAccessibleName(self.tr("Delete the activity"))
        self.delete_activity_button.clicked.connect(self.delete_activity)
        activity_buttons = QHBoxLayout()
        for button in (self.add_activity_button, self.edit_activity_button,
                       self.delete_activity_button):
            activity_buttons.addWidget(button)
        activity_buttons.addStretch(1)
        box = QVBoxLayout(activities_box)
        box.addWidget(self.activity_table)
        box.addLayout(activity_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.reference)
        layout.addWidget(self.facts)
        layout.addWidget(self.chain)
        layout.addWidget(files_box, 1)
        layout.addWidget(activities_box, 1)
        self.show_entry(None)
        # As wide as its buttons need in the interface language, whatever the splitter says.
        self.setMinimumWidth(max(300, self.minimumSizeHint().width()))

    @staticmethod
    def _configure(table: QTableWidget, stretch: int = 0) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(False)

    # --- showing ---------------------------------------------------------------------
    def show_entry(self, entry: RegisterEntry | None) -> None:
        """Show ``entry`` (None: nothing selected), reading its files and activities."""
        self.row = entry.row if entry is not None else None
        enabled = self.row is not None
        for widget in (self.add_file_button, self.add_activity_button, self.files,
                       self.activity_table):
            widget.setEnabled(enabled)
        if entry is None:
            self.reference.setText(self.tr("No agreement selected"))
            self.facts.setText("")
            self.chain.setText("")
            self.attachments, self.activities = [], []
            self._fill()
            return
        row = entry.row
        self.reference.setText(row.reference)
        lines = [f"<i>{escape(row.title_in(current_language()))}</i>",
                 escape(" – ".join(party.name for party in row.parties)),
                 self.tr("Event: {event}").format(event=escape(row.event_title)),
                 self.tr("Lifecycle: <b>{state}</b>").format(state=escape(lifecycle_text(row)))]
        if row.valid_until is not None:
            lines.append(self.tr("Valid until {date}").format(
                date=format_date(row.valid_until, "dd MMMM yyyy")))
        if row.days_left is not None and row.lifecycle is not None and row.days_left >= 0:
            lines.append(self.tr("Days left: {days}").format(days=row.days_left))
        if row.terminated_on is not None:
            lines.append(self.tr("Terminated on {date}: {reason}").format(
                date=format_date(row.terminated_on, "dd MMMM yyyy"),
                reason=escape(row.termination_reason or "")))
        notes = notes_text(row)
        if notes:
            lines.append(f"<span style='color: palette(link)'>{escape(notes)}</span>")
        self.facts.setText("<br>".join(lines))
        if len(entry.chain) > 1:
            links = " → ".join(
                (f"<b>{escape(item.reference)}</b>" if item.id == row.id
                 else escape(item.reference)) + f" <small>({escape(lifecycle_text(item))})"
                                                f"</small>" for item in entry.chain)
            self.chain.setText(self.tr("Renewals: {chain}").format(chain=links))
        else:
            self.chain.setText("")
        try:
            self.attachments = list_attachments(self.ctx.db, row.id)
            self.activities = list_activities(self.ctx.db, row.id)
        except RoundtableError as exc:
            report_error(self, exc)
            self.attachments, self.activities = [], []
        self._fill()

    def _fill(self) -> None:
        self.files.setRowCount(len(self.attachments))
        for index, view in enumerate(self.attachments):
            name = QTableWidgetItem(view.file_name)
            name.setData(_ID, view.id)
            by = f" · {view.added_by}" if view.added_by else ""
            name.setToolTip(self.tr("Added {date}{by}\nSHA-256 {digest}").format(
                date=format_date(view.added_at.date(), "dd MMM yyyy"), by=by,
                digest=view.sha256)
                + ("" if view.has_content else "\n" + self.tr(
                    "The file's bytes are not in this database")))
            self.files.setItem(index, 0, name)
            self.files.setItem(index, 1, QTableWidgetItem(
                ATTACHMENT_LABELS.get(view.kind, view.kind)))
            self.files.setItem(index, 2, QTableWidgetItem(file_size(view.size)))
        self.activity_table.setRowCount(len(self.activities))
        for index, activity in enumerate(self.activities):
            day = QTableWidgetItem(format_date(activity.day, "dd.MM.yyyy"))
            day.setData(_ID, activity.id)
            if activity.text:
                day.setToolTip(activity.text)
            self.activity_table.setItem(index, 0, day)
            kind = QTableWidgetItem(ACTIVITY_LABELS.get(activity.kind, activity.kind))
            kind.setToolTip(activity.text or "")
            self.activity_table.setItem(index, 1, kind)
            self.activity_table.setItem(index, 2, QTableWidgetItem(
                str(activity.count) if activity.count is not None else ""))
            self.activity_table.setItem(index, 3, QTableWidgetItem(activity.direction))
        self._update_buttons()

    def _update_buttons(self) -> None:
        attachment = self.selected_attachment()
        for button in (self.open_button, self.save_button):
            button.setEnabled(attachment is not None and attachment.has_content)
        self.remove_file_button.setEnabled(attachment is not None)
        has_activity = self.selected_activity() is not None
        self.edit_activity_button.setEnabled(has_activity)
        self.delete_activity_button.setEnabled(has_activity)

    def selected_attachment(self) -> AttachmentRow | None:
        rows = self.files.selectionModel().selectedRows() if self.files.selectionModel() else []
        return self.attachments[rows[0].row()] if rows else None

    def selected_activity(self) -> ActivityRow | None:
        model = self.activity_table.selectionModel()
        rows = model.selectedRows() if model else []
        return self.activities[rows[0].row()] if rows else None

    # --- files -----------------------------------------------------------------------
    def _dropped(self, files: list[Path]) -> None:
        if self.row is not None and attach_files(self.ctx, self.row, files, self):
            self.ctx.status_message.emit(self.tr("Attached to {reference} — Undo removes it")
                                         .format(reference=self.row.reference))
            self.changed.emit()

    def choose_files(self) -> None:
        if self.row is None:
            return
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files to {reference}").format(reference=self.row.reference))
        if paths and attach_files(self.ctx, self.row, [Path(p) for p in paths], self):
            self.changed.emit()

    def open_selected(self) -> Path | None:
        """Open the selected file with the system's viewer; returns the copy opened."""
        attachment = self.selected_attachment()
        if attachment is None:
            return None
        try:
            _view, data = attachment_content(self.ctx.db, attachment.id)
        except RoundtableError as exc:
            report_error(self, exc)
            return None
        folder = Path(self._opened.path()) / str(attachment.id)
        folder.mkdir(parents=True, exist_ok=True)
        copy = folder / safe_file_name(attachment.file_name)
        copy.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        return copy

    def save_selected(self) -> None:
        attachment = self.selected_attachment()
        if attachment is None:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the attached file"), safe_file_name(attachment.file_name))
        if not target:
            return
        try:
            _view, data = attachment_content(self.ctx.db, attachment.id)
            Path(target).write_bytes(data)
        except RoundtableError as exc:
            report_error(self, exc)
        except OSError as exc:
            report_error(self, RoundtableError(f'cannot write "{target}": {exc.strerror}'))

    def remove_selected_file(self) -> None:
        attachment = self.selected_attachment()
        if attachment is None:
            return
        if not self._push(RemoveAttachmentCommand(self.ctx, attachment)):
            return
        self.ctx.status_message.emit(self.tr('Removed "{name}" — Undo puts it back').format(
            name=attachment.file_name))

    # --- activities ------------------------------------------------------------------
    def activity_dialog(self, activity: ActivityRow | None = None) -> QDialog:
        from desktop_app.ui.dialogs.activity_dialog import ActivityDialog

        assert self.row is not None
        return ActivityDialog(self.row.reference, self.row.parties, dt.date.today(),
                              activity.data if activity is not None else None, self)

    def _ask(self, activity: ActivityRow | None = None) -> ActivityData | None:
        dialog = self.activity_dialog(activity)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.data()  # type: ignore[attr-defined,no-any-return]
        finally:
            dialog.deleteLater()

    def add_activity(self) -> None:
        if self.row is None:
            return
        data = self._ask()
        if data is not None:
            self._push(AddActivityCommand(self.ctx, self.row.id, self.row.reference, data))

    def edit_activity(self) -> None:
        activity = self.selected_activity()
        if self.row is None or activity is None:
            return
        data = self._ask(activity)
        if data is not None:
            self._push(EditActivityCommand(self.ctx, activity, data, self.row.reference))

    def delete_activity(self) -> None:
        activity = self.selected_activity()
        if self.row is not None and activity is not None:
            self._push(DeleteActivityCommand(self.ctx, activity, self.row.reference))

    def _push(self, command: ServiceCommand) -> bool:
        try:
            push(self.ctx, command)
        except RoundtableError as exc:
            report_error(self, exc)
            return False
        self.changed.emit()
        return True
