"""Published versions in the window: File › Publish version…, File › Published versions…
and the status bar's badge, "12 changes since v2".

The badge follows every committed change: a worker counts the changes since the last
version (``services.publishing.unpublished_changes``: the programme and the last snapshot,
a fixed number of queries), changes arriving while it counts folding into one more count
(``workers.LatestResult``, as the conflict warnings do). A click on it opens the list of versions.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from desktop_app.services.publishing import UnpublishedChanges, unpublished_changes

from .context import UiContext
from .workers import LatestResult

#: Milliseconds between a change and the count it triggers.
COUNT_DELAY_MS = 150


class UnpublishedMonitor(QObject):
    """How many changes the open event's programme has since its last version."""

    #: (event key, UnpublishedChanges) once counted.
    changed = Signal(str, object)

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        db = ctx.db
        self.event_key = ""
        self.state: UnpublishedChanges | None = None
        self._counts = LatestResult(self, lambda key: unpublished_changes(db, key),
                                    COUNT_DELAY_MS)
        self._counts.done.connect(self._done)
        ctx.event_changed.connect(self.set_event)
        ctx.data_changed.connect(
            lambda _topic, key: self.recount() if key == self.event_key else None)
        self.set_event(ctx.event_key)

    def set_event(self, event_key: str) -> None:
        self.event_key = self._counts.key = event_key
        self.state = None
        self.changed.emit(event_key, None)
        self.recount()

    def recount(self) -> None:
        self._counts.request()

    def _done(self, key: str, state: UnpublishedChanges) -> None:
        self.state = state
        self.changed.emit(key, state)


class PublishingActions(QObject):
    """The menu commands and the badge, for the main window."""

    def __init__(self, ctx: UiContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.monitor = UnpublishedMonitor(ctx)
        self.badge = QPushButton()
        self.badge.setObjectName("versionBadge")
        self.badge.setFlat(True)
        self.badge.setCursor(Qt.CursorShape.PointingHandCursor)
        self.badge.setAccessibleName(self.tr("Changes since the last published version: "
                                             "open the published versions"))
        self.badge.clicked.connect(self.show_versions)
        self.monitor.changed.connect(self._show)
        self._show(ctx.event_key, self.monitor.state)

    def _show(self, key: str, state: UnpublishedChanges | None) -> None:
        self.badge.setVisible(bool(key))
        if state is None:
            self.badge.setText("")
            self.badge.setToolTip("")
        elif state.latest is None:
            self.badge.setText(self.tr("Not published yet"))
            self.badge.setToolTip(self.tr("File › Publish version… keeps the programme as it "
                                          "is, to list the changes made after it"))
        elif state.count:
            self.badge.setText(self.tr("%n change(s) since {version}", "", state.count)
                               .format(version=state.latest))
            self.badge.setToolTip(self.tr("Open the published versions to see the changes"))
        else:
            self.badge.setText(self.tr("As published in {version}").format(
                version=state.latest))
            self.badge.setToolTip(self.tr("The programme has not changed since {version}")
                                  .format(version=state.latest))

    def publish(self) -> None:
        from .dialogs.publish_dialog import PublishDialog

        if not self.ctx.event_key:
            return
        dialog = PublishDialog(self.ctx, self.window)
        self.last_dialog: QDialog = dialog
        dialog.exec()
        dialog.deleteLater()

    def show_versions(self) -> None:
        from .dialogs.versions_dialog import VersionsDialog

        if not self.ctx.event_key:
            return
        dialog = VersionsDialog(self.ctx, self.window)
        self.last_dialog = dialog
        dialog.exec()
        dialog.deleteLater()
