"""Every menu command in one registry, so the main window stays a thin shell.

The main window registers its commands here (``add``), each with an id such
as ``"file.import"``, a menu, and optional standard shortcuts; menus are
filled in registration order, with ``separator(menu)`` between groups.

Views contribute commands through an optional ``actions() -> list[QAction]``
method. Each action goes to the menu named by its ``"roundtable_menu"``
property (``"File"`` for exports and printing, for instance) or, without one,
to a menu named after the view. Those actions are enabled only while their
view is shown unless their ``"roundtable_global"`` property is true.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from .i18n import QT_TRANSLATE_NOOP

MENU_PROPERTY = "roundtable_menu"
GLOBAL_PROPERTY = "roundtable_global"

Shortcut = QKeySequence.StandardKey | str | QKeySequence

#: The shown title of each standard menu; menus are keyed by the English name
#: ("File"), which views use in their ``roundtable_menu`` property.
MENU_TITLES: dict[str, str] = {
    "File": QT_TRANSLATE_NOOP("ActionRegistry", "&File"),
    "Edit": QT_TRANSLATE_NOOP("ActionRegistry", "&Edit"),
    "View": QT_TRANSLATE_NOOP("ActionRegistry", "&View"),
    "Help": QT_TRANSLATE_NOOP("ActionRegistry", "&Help"),
}


class ActionRegistry(QObject):
    def __init__(self, menubar: QMenuBar, menu_order: tuple[str, ...]) -> None:
        super().__init__(menubar)
        self._menubar = menubar
        self._actions: dict[str, QAction] = {}
        self._menus: dict[str, QMenu] = {}
        self._tails: dict[str, QAction] = {}
        for title in menu_order:
            self.menu(title)

    def menu(self, title: str) -> QMenu:
        """The menu called ``title``, created (before "Help") if it does not exist yet.

        A standard menu shows its translated title; any other (a view's menu) is
        named by its caller, already in the interface language."""
        if title not in self._menus:
            shown = (QCoreApplication.translate("ActionRegistry", MENU_TITLES[title])
                     if title in MENU_TITLES else f"&{title}")
            menu = QMenu(shown, self._menubar)
            menu.setObjectName(f"menu{title.replace(' ', '')}")
            help_menu = self._menus.get("Help")
            if help_menu is not None:
                self._menubar.insertMenu(help_menu.menuAction(), menu)
            else:
                self._menubar.addMenu(menu)
            self._menus[title] = menu
        return self._menus[title]

    def add(self, action_id: str, text: str, slot: Callable[[], object], *, menu: str,
            shortcut: Shortcut | list[Shortcut] | None = None, tip: str = "") -> QAction:
        action = QAction(text, self._menubar.parent())
        action.setObjectName(action_id)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            keys: list[QKeySequence] = []
            for item in shortcuts:
                if isinstance(item, QKeySequence.StandardKey):
                    keys.extend(QKeySequence.keyBindings(item))
                else:
                    keys.append(QKeySequence(item))
            action.setShortcuts(keys)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return self.register(action_id, action, menu)

    def register(self, action_id: str, action: QAction, menu: str) -> QAction:
        """Put an existing action (an undo action, a view's action) in the registry."""
        action.setObjectName(action_id)
        self._actions[action_id] = action
        tail = self._tails.get(menu)
        if tail is not None:
            self.menu(menu).insertAction(tail, action)
        else:
            self.menu(menu).addAction(action)
        return action

    def set_tail(self, menu: str, action_id: str) -> None:
        """Keep ``action_id`` (and the separator above it) last in ``menu``."""
        actions = self.menu(menu).actions()
        index = actions.index(self._actions[action_id])
        anchor = actions[index - 1] if index > 0 and actions[index - 1].isSeparator() \
            else actions[index]
        self._tails[menu] = anchor

    def separator(self, menu: str) -> None:
        self.menu(menu).addSeparator()

    def menus(self) -> dict[str, QMenu]:
        return dict(self._menus)

    def action(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def ids(self) -> list[str]:
        return list(self._actions)

    def add_view_actions(self, view_title: str, actions: list[QAction],
                         view_id: str | None = None) -> list[QAction]:
        """Place a view's actions; returns those to enable only while the view is shown.

        ``view_title`` names the view's menu (in the interface language); ``view_id``
        (English, e.g. "Agenda") keeps the actions' ids the same in every language."""
        local: list[QAction] = []
        for index, action in enumerate(actions):
            menu = action.property(MENU_PROPERTY) or view_title
            name = action.objectName() or f"{(view_id or view_title).lower()}.{index}"
            self.register(name, action, str(menu))
            if not action.property(GLOBAL_PROPERTY):
                local.append(action)
        return local
