"""A quiet bar above a view that offers one follow-up action (e.g. shift later items).

It does not block like a message box: the user can act on it, dismiss it, or
carry on working, and it goes away when the data it talks about changes.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class InfoBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("infoBar")
        self.setAccessibleName(self.tr("Suggestion"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.action_button = QPushButton()
        self.action_button.setObjectName("primaryButton")
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss suggestion"))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.dismiss_button)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.action_button.clicked.connect(self._act)
        self._action: Callable[[], None] | None = None
        self.setVisible(False)

    def offer(self, text: str, action_text: str, action: Callable[[], None]) -> None:
        self.label.setText(text)
        self.action_button.setText(action_text)
        self.action_button.setAccessibleName(action_text)
        self._action = action
        self.setVisible(True)

    def dismiss(self) -> None:
        self._action = None
        self.setVisible(False)

    def _act(self) -> None:
        action, self._action = self._action, None
        self.setVisible(False)
        if action is not None:
            action()
