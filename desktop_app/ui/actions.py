"""Every menu command in one registry, so the main window stays a thin shell.

The main window registers its commands here (``add``), each with an id such
as ``"file.import"``, a menu, and optional standard shortcuts; menus are
filled in registration order, with ``separator(menu)`` between groups.

Views contribute commands through an optional ``actions() -> list[QAction]``
method. Each action goes to the menu named by its ``"roundtable_menu"``
property (``"File"`` for exports and printing, for instance) or, without one,
to a menu named after the view. Those actions are enabled only while their
view is shown unless their ``"roundtable_global"`` property is true.

Views are built in whatever order the user reaches them, so their menus and actions
take their place by the view's rank (its place in the navigation), never by when
they were added: the menu bar and the File menu read the same in every run and in
every language.
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
        #: The rank of each view menu and of each view's action (by ``id``), for
        #: placing the next one among them.
        self._menu_ranks: dict[str, int] = {}
        self._action_ranks: dict[int, int] = {}
        self._standard = tuple(menu_order)
        for title in menu_order:
            self.menu(title)

    def menu(self, title: str, shown: str | None = None, rank: int | None = None) -> QMenu:
        """The menu called ``title``, created (before "Help") if it does not exist yet.

        A standard menu shows its translated title; any other (a view's menu, ``title``
        its English id) shows ``shown``, already in the interface language, and sits
        among the view menus by ``rank``."""
        if title not in self._menus:
            if shown is None:
                shown = (QCoreApplication.translate("ActionRegistry", MENU_TITLES[title])
                         if title in MENU_TITLES else f"&{title}")
            menu = QMenu(shown, self._menubar)
            menu.setObjectName(f"menu{title.replace(' ', '')}")
            before = self._menus.get("Help")
            if rank is not None:
                self._menu_ranks[title] = rank
                later = [(r, t) for t, r in self._menu_ranks.items() if r > rank and t != title]
                if later:
                    before = self._menus[min(later)[1]]
            if before is not None:
                self._menubar.insertMenu(before.menuAction(), menu)
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

    def register(self, action_id: str, action: QAction, menu: str,
                 rank: int | None = None) -> QAction:
        """Put an existing action (an undo action, a view's action) in the registry; a
        view's action goes before the actions of views of a higher ``rank``."""
        action.setObjectName(action_id)
        self._actions[action_id] = action
        before = self._tails.get(menu)
        if rank is not None:
            self._action_ranks[id(action)] = rank
            later = next((a for a in self.menu(menu).actions()
                          if self._action_ranks.get(id(a), -1) > rank), None)
            if later is not None:
                before = later
        if before is not None:
            self.menu(menu).insertAction(before, action)
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
                         view_id: str | None = None, rank: int | None = None) -> list[QAction]:
        """Place a view's actions; returns those to enable only while the view is shown.

        ``view_title`` names the view's menu (in the interface language); ``view_id``
        (English, e.g. "Agenda") keeps the actions' and the menu's ids the same in every
        language; ``rank`` (the view's place in the navigation) fixes where its menu and
        its actions in shared menus go."""
        local: list[QAction] = []
        own = view_id or view_title
        for index, action in enumerate(actions):
            menu = action.property(MENU_PROPERTY)
            if not menu:
                menu = own
                self.menu(own, f"&{view_title}", rank)
            name = action.objectName() or f"{own.lower()}.{index}"
            self.register(name, action, str(menu), rank)
            if not action.property(GLOBAL_PROPERTY):
                local.append(action)
        return local
