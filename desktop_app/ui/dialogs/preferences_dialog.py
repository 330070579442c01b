"""Edit › Preferences: the interface language and the colour scheme.

The language list names each language in itself (a Russian speaker looking at an
English window must still find "Русский"). Choosing another language installs its
catalogue at once and the window is built again in it; the dialog says beforehand
that the undo history does not survive that, and says under the list when the chosen
language's catalogue is missing from this installation (the window would stay English).
"""
from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings
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
    catalogue_path,
    choose_language,
    current_language,
    install_language,
    language_of_locale,
    missing_catalogue,
    save_preference,
    saved_preference,
)
from ..language_notice import missing_catalogue_notice
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
        self.catalogue_notice = QLabel()
        self.catalogue_notice.setObjectName("catalogueNotice")
        self.catalogue_notice.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._check_catalogue)
        self._check_catalogue()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.catalogue_notice)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        self.setMinimumWidth(max(420, self.fontMetrics().horizontalAdvance("M") * 30))

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _check_catalogue(self, *_args: object) -> None:
        """Show, under the list, that the chosen language cannot be shown here."""
        choice = self.chosen_language()
        language = language_of_locale(QLocale.system()) if choice == SYSTEM else choice
        missing = language != "en" and not catalogue_path(language).is_file()
        self.catalogue_notice.setText(missing_catalogue_notice(language) if missing else "")
        self.catalogue_notice.setVisible(missing)

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
            # A window left English by a missing catalogue is rebuilt too: without the
            # notice once English is chosen, with it again for another missing one.
            if wanted != current_language() or missing_catalogue() is not None:
                install_language(wanted)
                self.language_was_changed = True
        if self.chosen_theme() != saved_theme(self.settings):
            save_theme(self.settings, self.chosen_theme())
            self.theme_was_changed = True
        super().accept()
