"""File › Publish version…: freeze the programme as it is under a name, with a note.

The dialog says how many changes the programme has since the last version (or that this
is the first); with none, there is nothing to publish. The name defaults to the next
``v<n>``; the note says to whom the version went. Publishing is
``services.publishing.publish_version``, the call ``roundtable publish`` makes.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import RoundtableError
from desktop_app.domain.programme_versions import NAME_LENGTH, VersionInfo, default_version_name
from desktop_app.services.publishing import (
    PublishResult,
    list_versions,
    publish_version,
    unpublished_changes,
)
from desktop_app.ui.context import UiContext
from desktop_app.ui.views.feedback import report_error


class PublishDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_version: VersionInfo | None = None
        self.setWindowTitle(self.tr("Publish version", "window title"))
        self.setMinimumWidth(480)
        published = list_versions(ctx.db, ctx.event_key).versions
        state = unpublished_changes(ctx.db, ctx.event_key)
        self.changes = state.count
        self.summary = QLabel()
        self.summary.setObjectName("publishSummary")
        self.summary.setWordWrap(True)
        if state.latest is None:
            self.summary.setText(self.tr(
                "This is the first version of the programme: the agenda as it is now, with "
                "its times, rooms, speakers, topics and the order of signing, will be kept "
                "so that later changes can be listed against it."))
        elif state.count:
            self.summary.setText(self.tr("%n change(s) since {version}.", "", state.count)
                                 .format(version=state.latest))
        else:
            self.summary.setText(self.tr("Nothing has changed since {version}: there is "
                                         "nothing to publish.").format(version=state.latest))
        self.name = QLineEdit()
        self.name.setObjectName("versionName")
        self.name.setMaxLength(NAME_LENGTH)
        self.name.setPlaceholderText(default_version_name(
            [v.name for v in published], (published[-1].position if published else 0) + 1))
        self.name.setAccessibleName(self.tr("Name of the version"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("versionNote")
        self.note.setPlaceholderText(self.tr("To whom it goes, and why (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        form = QFormLayout()
        form.addRow(self.tr("Name:", "of a version"), self.name)
        form.addRow(self.tr("Note:"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.publish_button = self.buttons.addButton(
            self.tr("Publish", "button: publish the version"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.publish_button.setEnabled(state.latest is None or bool(state.count))
        self.buttons.accepted.connect(self.publish)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def publish(self) -> None:
        try:
            result: PublishResult = publish_version(
                self.ctx.db, self.ctx.event_key, self.name.text().strip() or None,
                self.note.toPlainText())
        except RoundtableError as exc:
            report_error(self, exc)
            return
        if result.stored and result.version is not None:
            self.result_version = result.version
            self.ctx.status_message.emit(self.tr("Published {version}").format(
                version=result.version.name))
            self.accept()
        else:
            self.summary.setText(self.tr("Nothing has changed since {version}: there is "
                                         "nothing to publish.").format(
                version=result.version.name if result.version else ""))
            self.publish_button.setEnabled(False)
