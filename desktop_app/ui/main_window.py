"""The main window: a shell of navigation, views, menus and the status bar.

It hosts the views named in ``VIEWS`` (each ``ui/views/<module>.py`` with a
``QWidget`` subclass taking ``(ctx, parent)`` that is a ``View``). It remembers its
geometry and the last view in QSettings, and shows the number of conflict warnings in
the status bar. When the interface language's catalogue could not be loaded (the window
is in English instead), the status bar says so for as long as the window lives.
"""
from __future__ import annotations

import importlib
from functools import partial
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop_app.domain.conflicts import ConflictWarning
from desktop_app.services.events import EventSummary

from .actions import ActionRegistry
from .conflict_monitor import conflicts_of
from .context import UiContext
from .dialogs.about_dialog import show_about
from .dialogs.preferences_dialog import PreferencesDialog
from .dialogs.verify_dialog import open_verify_dialog
from .domain_messages import translated_phrase
from .event_session import EventSession
from .i18n import QT_TRANSLATE_NOOP, format_date, missing_catalogue
from .language_notice import missing_catalogue_notice
from .publishing import PublishingActions
from .storage_dialogs import StorageActions
from .widgets.welcome_page import WelcomePage
from .window_settings import WindowSettings

#: (module under desktop_app.ui.views, class name, title) in navigation order. The
#: title is English here (it names the view's id); it is shown through ``view_title``.
VIEWS: tuple[tuple[str, str, str], ...] = (
    ("overview_view", "OverviewView", QT_TRANSLATE_NOOP("MainWindow", "Overview")),
    ("agenda_view", "AgendaView", QT_TRANSLATE_NOOP("MainWindow", "Agenda")),
    ("people_view", "PeopleView", QT_TRANSLATE_NOOP("MainWindow", "People")),
    ("organizations_view", "OrganizationsView",
     QT_TRANSLATE_NOOP("MainWindow", "Organizations")),
    ("agreements_view", "AgreementsView", QT_TRANSLATE_NOOP("MainWindow", "Agreements")),
    ("documents_view", "DocumentsView", QT_TRANSLATE_NOOP("MainWindow", "Documents")),
    # Added at the end, so that every earlier view keeps its place and its Ctrl+number
    # shortcut.
    ("translations_view", "TranslationsView", QT_TRANSLATE_NOOP("MainWindow", "Translations")),
    ("seating_view", "SeatingView", QT_TRANSLATE_NOOP("MainWindow", "Seating")),
    ("register_view", "RegisterView", QT_TRANSLATE_NOOP("MainWindow", "Register")),
)


def view_title(title: str) -> str:
    """The navigation title of a view in the interface language."""
    return QCoreApplication.translate("MainWindow", title)


@runtime_checkable
class View(Protocol):
    """What the window asks of each view in ``VIEWS`` (a ``QWidget`` besides)."""

    # The view's title in the interface language (its menu's title).
    title: str

    def show_record(self, kind: str, key: str) -> bool:
        """Show the record (kind, key) if this view holds such records; else False."""


@runtime_checkable
class FilteredView(Protocol):
    """A view with a filter field, which Edit › Find focuses."""

    def focus_filter(self) -> None: ...


@runtime_checkable
class ViewWithMenu(Protocol):
    """A view with actions of its own: a menu named after it (or File entries)."""

    def menu_actions(self) -> list[QAction]: ...


def build_view(module_name: str, class_name: str, ctx: UiContext, parent: QWidget
               ) -> QWidget:
    """The view ``class_name`` of ``desktop_app.ui.views.<module_name>``, built."""
    view_class = getattr(importlib.import_module(f"desktop_app.ui.views.{module_name}"),
                         class_name)
    view = view_class(ctx, parent)
    if not isinstance(view, QWidget) or not isinstance(view, View):
        raise TypeError(f"{module_name}.{class_name} is not a QWidget with a title and "
                        "show_record(kind, key)")
    return view


class MainWindow(QMainWindow):
    # The user chose another interface language in the preferences (it is installed);
    # the window host builds the window again in it.
    language_changed = Signal()
    # The user chose another colour scheme in the preferences (it is saved).
    theme_changed = Signal()

    def __init__(self, ctx: UiContext, event_key: str | None = None,
                 views: tuple[tuple[str, str, str], ...] = VIEWS) -> None:
        super().__init__()
        self.ctx = ctx
        self.view_specs = views
        self.setObjectName("mainWindow")
        self.resize(1280, 820)
        self.session = EventSession(ctx, self)
        self.actions_registry = ActionRegistry(self.menuBar(),
                                               ("File", "Edit", "View", "Help"))
        self.views: list[View | None] = []
        self._view_actions: dict[int, list[QAction]] = {}
        self.conflicts = conflicts_of(ctx)
        self.publishing = PublishingActions(ctx, self)

        self.welcome = WelcomePage(ctx.db.display_name)
        self.welcome.new_requested.connect(self.session.new_event)
        self.welcome.sample_requested.connect(self.session.open_sample)
        self.welcome.import_requested.connect(self.session.ask_import)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Views"))
        self.navigation.setFixedWidth(max(170, self.fontMetrics().horizontalAdvance("O") * 16))
        self.pages = QStackedWidget()
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(self.pages, 1)
        self.central = QStackedWidget()
        self.central.addWidget(self.welcome)
        self.central.addWidget(workspace)
        self.setCentralWidget(self.central)

        self._build_toolbar()
        self._build_views()
        self._build_actions()
        self._build_status_bar()
        self.navigation.currentRowChanged.connect(self._show_page)
        self.session.events_listed.connect(self._fill_switcher)
        ctx.event_changed.connect(self._on_event_changed)
        self.conflicts.changed.connect(self._show_warnings)
        ctx.navigate.connect(self.navigate_to)
        ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._restore_settings()
        self.session.reload()
        self.session.open_event(self.session.initial_event(event_key))
        self._on_event_changed(ctx.event_key)
        QTimer.singleShot(0, self, self._build_next_view)

    # --- building -----------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Event", "toolbar name"))
        bar.setObjectName("eventToolbar")
        bar.setMovable(False)
        label = QLabel(self.tr("Event:", "label of the event switcher"))
        self.switcher = QComboBox()
        self.switcher.setAccessibleName(self.tr("Open event"))
        self.switcher.setMinimumContentsLength(24)
        self.switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label.setBuddy(self.switcher)
        self.switcher.activated.connect(
            lambda index: self.session.open_event(self.switcher.itemData(index)))
        self.edit_event_button = QPushButton(self.tr("Edit event…"))
        self.edit_event_button.setAccessibleName(self.tr("Edit event details"))
        self.edit_event_button.clicked.connect(self.session.edit_event)
        bar.addWidget(label)
        bar.addWidget(self.switcher)
        bar.addWidget(self.edit_event_button)
        self.addToolBar(bar)
        self.event_toolbar = bar

    def _build_views(self) -> None:
        """Navigation entries now; each view is built when first shown, or soon after the
        window has painted (``_build_next_view``), so opening a big event stays quick."""
        for _module, _class_name, title in self.view_specs:
            self.views.append(None)
            self.pages.addWidget(QWidget())
            self.navigation.addItem(view_title(title))

    def view_at(self, index: int) -> View:
        """The view at ``index``, built now if it was not yet."""
        built = self.views[index]
        if built is not None:
            return built
        module, class_name, title = self.view_specs[index]
        widget = build_view(module, class_name, self.ctx, self)
        placeholder = self.pages.widget(index)
        self.pages.insertWidget(index, widget)
        if placeholder is not None:
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        view: View = widget  # type: ignore[assignment]  # build_view checked it is one
        self.views[index] = view
        actions = view.menu_actions() if isinstance(view, ViewWithMenu) else []
        if actions:
            # By the view's place in the navigation: the menus never move.
            self._view_actions[index] = self.actions_registry.add_view_actions(
                view.title, actions, view_id=title, rank=index)
            for action in self._view_actions[index]:
                action.setEnabled(index == self.navigation.currentRow())
            self._show_view_menus(bool(self.ctx.event_key))
        if self.navigation.currentRow() >= 0:
            self.pages.setCurrentIndex(self.navigation.currentRow())
        return view

    def build_all_views(self) -> list[View]:
        return [self.view_at(index) for index in range(len(self.views))]

    def _build_next_view(self) -> None:
        """Build one waiting view per turn of the event loop, so input is never held up."""
        waiting = [index for index, view in enumerate(self.views) if view is None]
        if waiting:
            self.view_at(waiting[0])
            if len(waiting) > 1:
                QTimer.singleShot(0, self, self._build_next_view)

    def _build_actions(self) -> None:
        reg, s = self.actions_registry, self.session
        self.storage_actions = StorageActions(self.ctx, self)
        key = QKeySequence.StandardKey
        reg.add("file.new_event", self.tr("&New event…"), s.new_event, menu="File",
                shortcut=key.New)
        reg.add("file.open_event", self.tr("&Open or switch event…"), self.focus_switcher,
                menu="File", shortcut=key.Open)
        reg.add("file.edit_event", self.tr("&Edit event details…"), s.edit_event, menu="File")
        reg.separator("File")
        reg.add("file.import", self.tr("&Import event file…"), s.ask_import, menu="File",
                shortcut="Ctrl+I")
        reg.add("file.export", self.tr("E&xport event file…"), s.ask_export, menu="File",
                shortcut="Ctrl+E")
        reg.add("file.publish", self.tr("&Publish version…"), self.publishing.publish,
                menu="File", tip=self.tr("Keep the programme as it is now, to list and print "
                                         "the changes made after it"))
        reg.add("file.versions", self.tr("Published &versions…"),
                self.publishing.show_versions, menu="File")
        reg.add("file.sample", self.tr("Open the &sample event"), s.open_sample, menu="File")
        reg.add("file.delete_event", self.tr("&Delete event…"), s.ask_delete_event,
                menu="File")
        reg.separator("File")
        storage = self.storage_actions
        for action_id, text, slot in (
                ("file.backup", self.tr("&Back up now"), storage.back_up_now),
                ("file.restore", self.tr("&Restore from a backup…"),
                 storage.restore_from_backup)):
            action = reg.add(action_id, text, slot, menu="File", tip=storage.available_tip())
            action.setEnabled(storage.database_path is not None)
        reg.separator("File")
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.keyBindings(key.Undo))
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(QKeySequence.keyBindings(key.Redo))
        reg.register("edit.undo", undo, "Edit")
        reg.register("edit.redo", redo, "Edit")
        reg.separator("Edit")
        reg.add("edit.find", self.tr("&Find"), self.focus_filter, menu="Edit",
                shortcut=key.Find)
        reg.separator("Edit")
        preferences = reg.add("edit.preferences", self.tr("&Preferences…"),
                              self.open_preferences, menu="Edit", shortcut=key.Preferences,
                              tip=self.tr("Choose the interface language and the colours"))
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        for index, (_m, _c, title) in enumerate(self.view_specs):
            reg.add(f"view.{title.lower()}", view_title(title), partial(self.show_view, index),
                    menu="View", shortcut=f"Ctrl+{index + 1}")
        reg.separator("View")
        reg.add("view.refresh", self.tr("&Refresh"), self.refresh_all, menu="View",
                shortcut=key.Refresh)
        reg.add("help.verify", self.tr("&Verify a certificate…"),
                lambda: open_verify_dialog(self.ctx, self), menu="Help",
                tip=self.tr("Check a signed certificate or register (PDF): its signature "
                            "and its codes"))
        reg.add("help.about", self.tr("&About Roundtable"), lambda: show_about(self),
                menu="Help")
        # Quit last: views' File actions (added as views are built) go above it.
        reg.separator("File")
        reg.add("file.quit", self.tr("&Quit"), self.close, menu="File", shortcut=key.Quit)
        reg.set_tail("File", "file.quit")

    def _build_status_bar(self) -> None:
        self.warnings_button = QPushButton()
        self.warnings_button.setObjectName("warningsButton")
        self.warnings_button.setFlat(True)
        self.warnings_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.warnings_button.setAccessibleName(
            self.tr("Conflict warnings: open the overview"))
        self.warnings_button.clicked.connect(lambda: self.show_view(0))
        self.statusBar().addPermanentWidget(self.warnings_button)
        self.statusBar().addPermanentWidget(self.publishing.badge)
        # Set when the chosen language's catalogue is missing: a user who picked Kazakh
        # and sees English must learn why from the window, not from a log file.
        self.catalogue_notice: QLabel | None = None
        missing = missing_catalogue()
        if missing is not None:
            self.catalogue_notice = QLabel(missing_catalogue_notice(missing))
            self.catalogue_notice.setObjectName("catalogueNotice")
            self.catalogue_notice.setWordWrap(True)
            self.statusBar().addWidget(self.catalogue_notice, 1)
        # What went wrong on opening the database without stopping it (a backups folder
        # that cannot be written): the work goes on, but the user must know that no new
        # backup was made, once, without a dialog in the way.
        self.storage_notice: QLabel | None = None
        if self.ctx.db.warnings:
            self.storage_notice = QLabel("\n".join(
                self.tr("Warning: {warning}").format(warning=translated_phrase(warning))
                for warning in self.ctx.db.warnings))
            self.storage_notice.setObjectName("storageNotice")
            self.storage_notice.setWordWrap(True)
            self.storage_notice.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse)
            self.statusBar().addWidget(self.storage_notice, 1)

    # --- settings -----------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        saved = WindowSettings.load(self.ctx.settings)
        if saved.geometry is not None:
            self.restoreGeometry(saved.geometry)
        if saved.state is not None:
            self.restoreState(saved.state)
        self.show_view(saved.view if 0 <= saved.view < len(self.views) else 0)

    def save_settings(self) -> None:
        WindowSettings(self.saveGeometry(), self.saveState(), self.navigation.currentRow(),
                       self.ctx.event_key).save(self.ctx.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)

    # --- behaviour ----------------------------------------------------------------------------
    def show_view(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def current_view(self) -> View | None:
        index = self.pages.currentIndex()
        return self.views[index] if 0 <= index < len(self.views) else None

    def _show_page(self, index: int) -> None:
        if index < 0:
            return
        self.view_at(index)
        self.pages.setCurrentIndex(index)
        for view_index, actions in self._view_actions.items():
            for action in actions:
                action.setEnabled(view_index == index)

    def open_preferences(self) -> None:
        """The preferences dialog; a new language rebuilds the window (see WindowHost)."""
        dialog = PreferencesDialog(self.ctx.settings, self)
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        if dialog.theme_was_changed:
            self.theme_changed.emit()
        if dialog.language_was_changed:
            self.language_changed.emit()

    def focus_switcher(self) -> None:
        if self.switcher.count():
            self.switcher.setFocus()
            self.switcher.showPopup()

    def focus_filter(self) -> None:
        view = self.current_view()
        if isinstance(view, FilteredView):
            view.focus_filter()

    def refresh_all(self) -> None:
        if self.ctx.event_key:
            self.ctx.data_changed.emit("events", self.ctx.event_key)

    def navigate_to(self, kind: str, key: str) -> None:
        """Show the view that accepts the record (kind, key), e.g. from a warning; kind
        "view" shows a view by its English id ("people"), or the event form ("event")."""
        if kind == "view":
            if key == "event":
                self.session.edit_event()
                return
            for index, (_module, _class, title) in enumerate(self.view_specs):
                if title.lower() == key:
                    self.show_view(index)
                    return
        for index, view in enumerate(self.build_all_views()):
            if view.show_record(kind, key):
                self.show_view(index)
                return
        self.statusBar().showMessage(
            self.tr("Cannot open {kind} {key} in this version").format(kind=kind, key=key),
            6000)

    def _fill_switcher(self, events: list[EventSummary]) -> None:
        self.switcher.blockSignals(True)
        self.switcher.clear()
        for event in events:
            dates = format_date(event.start_date, "dd MMM yyyy")
            if event.end_date != event.start_date:
                dates += " – " + format_date(event.end_date, "dd MMM yyyy")
            self.switcher.addItem(f"{event.title}  ·  {dates}", event.key)
            self.switcher.setItemData(self.switcher.count() - 1, event.title,
                                      Qt.ItemDataRole.ToolTipRole)
        self.switcher.setCurrentIndex(self.switcher.findData(self.ctx.event_key))
        self.switcher.blockSignals(False)
        title = next((e.title for e in events if e.key == self.ctx.event_key), "")
        self.setWindowTitle(f"{title} — Roundtable" if title else "Roundtable")

    def _on_event_changed(self, key: str) -> None:
        has_event = bool(key)
        self.central.setCurrentIndex(1 if has_event else 0)
        self.event_toolbar.setVisible(has_event)
        for action_id in ("file.export", "file.edit_event", "file.delete_event", "edit.find",
                          "file.publish", "file.versions"):
            self.actions_registry.action(action_id).setEnabled(has_event)
        self._show_view_menus(has_event)
        self.switcher.setCurrentIndex(self.switcher.findData(key))
        title = next((e.title for e in self.session.events if e.key == key), "")
        self.setWindowTitle(f"{title} — Roundtable" if title else "Roundtable")
        self._show_warnings(key, self.conflicts.warnings)

    def _show_view_menus(self, visible: bool) -> None:
        for title, menu in self.actions_registry.menus().items():
            if title not in ("File", "Edit", "View", "Help"):
                menu.menuAction().setVisible(visible)  # a view's menu needs an event

    @property
    def warning_count(self) -> int:
        return len(self.conflicts.warnings) if self.conflicts.current else -1

    def _show_warnings(self, _key: str, warnings: list[ConflictWarning]) -> None:
        count = len(warnings)
        self.warnings_button.setVisible(bool(self.ctx.event_key))
        if not self.conflicts.current:
            text = self.tr("Checking for conflicts…")
        elif count:
            text = "⚠ " + self.tr("%n warning(s)", "", count)
        else:
            text = "✓ " + self.tr("No warnings")
        self.warnings_button.setText(text)
        self.warnings_button.setToolTip(self.tr("Open the overview to see the warnings"))
