"""The Documents view's "Sign with…" choice: a key file, remembered; a passphrase, asked.

The key file's path is kept in the settings (``documents/signing_key``) so that the
next session signs with the same key; the passphrase never is: it is asked in a
password dialog each time a document is signed and handed to the worker that signs.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

#: Where the chosen key file's path is remembered (never its passphrase).
KEY_FILE_SETTING = "documents/signing_key"


class SigningChoice(QWidget):
    """A check box "Sign with", the key file's name, and a button to choose another."""

    changed = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        stored = str(settings.value(KEY_FILE_SETTING, "") or "")
        self._key_file: Path | None = Path(stored) if stored else None
        self.check = QCheckBox(self.tr("Sign with…"))
        self.check.setAccessibleName(self.tr("Sign the document"))
        self.check.setToolTip(self.tr("Add a digital signature with a key file (.p12); the "
                                      "passphrase is asked each time and never stored"))
        self.check.toggled.connect(self._toggled)
        self.name = QLabel()
        self.name.setAccessibleName(self.tr("Key file"))
        self.choose_button = QPushButton(self.tr("Key…"))
        self.choose_button.setAccessibleName(self.tr("Choose the key file"))
        self.choose_button.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.choose_button)
        self._show_name()

    @property
    def key_file(self) -> Path | None:
        """The key to sign with, when signing is chosen and a key file is set."""
        return self._key_file if self.check.isChecked() and self.isEnabled() else None

    def set_key_file(self, path: Path | None) -> None:
        self._key_file = path
        self.settings.setValue(KEY_FILE_SETTING, str(path) if path else "")
        self._show_name()
        self.changed.emit()

    def _show_name(self) -> None:
        if self._key_file is None:
            self.name.setText(self.tr("no key chosen"))
            self.name.setToolTip("")
        else:
            self.name.setText(self._key_file.name)
            self.name.setToolTip(str(self._key_file))

    def _toggled(self, checked: bool) -> None:
        if checked and self._key_file is None:
            self.choose()
            if self._key_file is None:
                self.check.setChecked(False)
        self.changed.emit()

    def choose(self) -> None:
        start = str(self._key_file.parent) if self._key_file else ""
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the signing key"), start,
            self.tr("Key files (*.p12 *.pfx);;All files (*)"))
        if chosen:
            self.set_key_file(Path(chosen))
            self.check.setChecked(True)

    def ask_passphrase(self) -> str | None:
        """The key file's passphrase from a password dialog; None if cancelled."""
        assert self._key_file is not None
        text, accepted = QInputDialog.getText(
            self, self.tr("Passphrase"),
            self.tr('Passphrase for "{file}":').format(file=self._key_file.name),
            QLineEdit.EchoMode.Password)
        return text if accepted else None
