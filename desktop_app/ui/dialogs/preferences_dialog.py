"""Edit › Preferences: the interface language and the colour scheme.

The language list names each language in itself (a Russian speaker looking at an
English window must still find "Русский"). Choosing another language installs its
catalogue at once and the window is built again in it; the dialog says beforehand
that the undo history does not survive that.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..i18n import (
    LANGUAGE_NAMES,
    SYSTEM,
    UI_LANGUAGES,
    choose_language,
    current_language,
    install_language,
    save_preference,
    saved_preference,
)
from ..theme import THEME_CHOICES, save_theme, saved_theme


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.language_was_changed = False
        self.theme_was_changed = False

        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.addItem(self.tr("System default"), SYSTEM)
        for code in UI_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_preference(settings))))
        self.language.setAccessibleName(self.tr("Interface language"))

        self.theme = QComboBox()
        self.theme.setObjectName("themeChoice")
        theme_names = {"system": self.tr("System default"),
                       "light": self.tr("Light", "colour scheme"),
                       "dark": self.tr("Dark", "colour scheme")}
        for choice in THEME_CHOICES:
            self.theme.addItem(theme_names[choice], choice)
        self.theme.setCurrentIndex(max(0, self.theme.findData(saved_theme(settings))))
        self.theme.setAccessibleName(self.tr("Colour scheme"))

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Colours:"), self.theme)
        self.notice = QLabel(self.tr(
            "Changing the language redraws the window at once. The event, the view and "
            "the window's place are kept; the undo history is cleared."))
        self.notice.setObjectName("pageSubtitle")
        self.notice.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        self.setMinimumWidth(max(420, self.fontMetrics().horizontalAdvance("M") * 30))

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_theme(self) -> str:
        return str(self.theme.currentData())

    def accept(self) -> None:
        """Save both choices; install the language now if it differs from the one shown."""
        preference = self.chosen_language()
        if preference != saved_preference(self.settings):
            # Only a changed choice switches: OK on an untouched dialog keeps a --lang
            # language of this run.
            save_preference(self.settings, preference)
            wanted = choose_language(self.settings)
            if wanted != current_language():
                install_language(wanted)
                self.language_was_changed = True
        if self.chosen_theme() != saved_theme(self.settings):
            save_theme(self.settings, self.chosen_theme())
            self.theme_was_changed = True
        super().accept()
