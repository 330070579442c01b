"""The words that tell a user their language's catalogue is missing from this installation.

The main window shows them in its status bar when the interface language could not be
installed (:func:`desktop_app.ui.i18n.missing_catalogue`), and Edit › Preferences under
the language list when the chosen language's catalogue is not there.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from .i18n import LANGUAGE_NAMES


def english_name(language: str) -> str:
    """``kk`` -> ``Kazakh``: a language's English name, from Qt's locale data."""
    return QLocale.languageToString(QLocale(language).language())


def missing_catalogue_notice(language: str) -> str:
    """The notice for ``language`` (``kk``), naming it in English and in itself.

    Without that catalogue the notice is English; it still goes through the translator,
    so that a window showing another language shows it in that one."""
    return QCoreApplication.translate(
        "LanguageNotice",
        "The {language} interface catalogue is missing from this installation; "
        "the window stays in English.",
    ).format(language=f"{english_name(language)} ({LANGUAGE_NAMES[language]})")
