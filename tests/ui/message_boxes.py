"""The message boxes a test's actions opened (``ui.errors.show_error`` opens them without
blocking): read and closed."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox


def close_message_boxes() -> list[str]:
    """The texts of the message boxes now shown, each closed."""
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text())
            widget.close()
    return texts
