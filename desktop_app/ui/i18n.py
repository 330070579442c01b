"""The interface language: which catalogue is installed, and the shared vocabulary.

Words that appear both on screen and on printed documents (agreement statuses and
kinds, agenda item kinds) come from the documents' catalogue,
:mod:`desktop_app.documents.labels`, through :func:`term`, so the window and the PDFs
never call the same thing by two names.

Everything else on screen goes through Qt's translation system: :func:`install_language`
installs ``resources/translations/roundtable_{lang}.qm`` (built from the Qt Linguist
``.ts`` sources by ``scripts/build-translations``) and Qt's own ``qtbase_{lang}.qm`` for
the standard buttons and dialogs, and makes number and date formatting follow the
language. Beneath them, in every language, it installs ``roundtable_en.qm``: English is
the source language, but a plural message has one source ("%n warning(s)") and English
needs two forms of it ("1 warning", "2 warnings"); that catalogue holds only those forms,
and also answers for a plural message another catalogue has not translated.

Which language: ``--lang`` on the command line, else the saved preference
(``ui/language``), else the system locale; anything we have no catalogue for is English.
A chosen language whose catalogue cannot be loaded leaves the interface in English: the
log gets one line and :func:`missing_catalogue` names the language, so that the window
can tell the user (:mod:`desktop_app.ui.language_notice`).
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator, Mapping
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTime,
    QTranslator,
)

from desktop_app.documents.labels import SUPPORTED_LANGUAGES, label
from desktop_app.resources import resource_path

#: The languages of the interface, in the order the preferences list them: those of the
#: printed documents, whose labels give the window its shared vocabulary (:func:`term`).
UI_LANGUAGES: tuple[str, ...] = SUPPORTED_LANGUAGES
#: Each language's name in itself: a user who cannot read the current language must
#: still find their own, so these are never translated.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "az": "Azərbaycanca", "kk": "Қазақша", "ru": "Русский",
}
#: The saved preference: "system" or one of ``UI_LANGUAGES``.
LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
#: The locale whose formats (dates, numbers) go with each language.
_LOCALE_NAMES: dict[str, str] = {"az": "az_AZ", "kk": "kk_KZ", "ru": "ru_RU"}

_log = logging.getLogger(__name__)
_current_language = "en"
#: The translators installed now (ours and Qt's), removed on the next switch.
_installed: list[QTranslator] = []
#: The language the last install wanted but could not load (English is shown instead).
_missing_catalogue: str | None = None
#: Where catalogues are looked for instead of the shipped folder (None: the shipped one).
_catalogue_folder: Path | None = None


def current_language() -> str:
    """The language the interface is shown in (``en``, ``az``, ``kk`` or ``ru``)."""
    return _current_language


def set_current_language(language: str) -> None:
    """Record the interface language; the translator itself is installed elsewhere."""
    global _current_language
    _current_language = language


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (lupdate's name)
    """Mark ``source`` for translation in ``context`` without translating it now.

    The same as Qt's own macro (lupdate finds it by this name), typed ``str``; translate
    the value at use time with ``QCoreApplication.translate(context, value)``."""
    del context
    return source


def format_date(day: dt.date, pattern: str) -> str:
    """``day`` in the interface language, with a Qt date pattern ("dd MMMM yyyy")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def format_datetime(moment: dt.datetime, pattern: str) -> str:
    """``moment`` as its own wall clock shows it (no conversion), in the interface language."""
    return QLocale().toString(
        QDateTime(QDate(moment.year, moment.month, moment.day),
                  QTime(moment.hour, moment.minute, moment.second)), pattern)


def term(key: str) -> str:
    """A word shared with the printed documents (``status.signed``, ``kind.panel``...)."""
    return label(_current_language, key)


class TermLabels(Mapping[str, str]):
    """``{value: label}`` for one vocabulary of the printed documents, read through
    :func:`term` at each lookup, so it always speaks the current language:
    ``TermLabels("status", ("draft", "ready"))["ready"] == term("status.ready")``."""

    def __init__(self, prefix: str, values: tuple[str, ...]) -> None:
        self._prefix = prefix
        self._values = values

    def __getitem__(self, value: str) -> str:
        if value not in self._values:
            raise KeyError(value)
        return term(f"{self._prefix}.{value}")

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


class TranslatedLabels(Mapping[str, str]):
    """``{value: label}`` whose English labels are marked with ``QT_TRANSLATE_NOOP`` in
    ``context`` and translated at each lookup (never at import, before the translator)."""

    def __init__(self, context: str, labels: dict[str, str]) -> None:
        self._context = context
        self._labels = labels

    def __getitem__(self, value: str) -> str:
        return QCoreApplication.translate(self._context, self._labels[value])

    def __iter__(self) -> Iterator[str]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)


def language_of_locale(locale: QLocale) -> str:
    """``az``, ``kk`` or ``ru`` for a locale of those languages; English for any other."""
    name = locale.name().split("_")[0].lower()
    return name if name in UI_LANGUAGES else "en"


def saved_preference(settings: QSettings) -> str:
    """The saved choice: ``system`` or a language code (an unknown value reads as system)."""
    value = str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    return value if value in UI_LANGUAGES else SYSTEM


def save_preference(settings: QSettings, preference: str) -> None:
    if preference != SYSTEM and preference not in UI_LANGUAGES:
        raise ValueError(f"unknown interface language {preference!r}")
    settings.setValue(LANGUAGE_KEY, preference)
    settings.sync()


def choose_language(settings: QSettings, override: str | None = None,
                    system_locale: QLocale | None = None) -> str:
    """The language to show: ``override`` (``--lang``), else the saved preference, else
    the system's. An override we have no catalogue for falls back to the next rule."""
    if override:
        wanted = override.strip().lower().replace("-", "_").split("_")[0]
        if wanted in UI_LANGUAGES:
            return wanted
        _log.warning("interface language %r is not available; ignoring --lang", override)
    preference = saved_preference(settings)
    if preference != SYSTEM:
        return preference
    return language_of_locale(system_locale if system_locale is not None else QLocale.system())


def use_catalogue_folder(folder: Path | None) -> None:
    """Look for the compiled catalogues in ``folder`` from now on instead of the shipped
    ``resources/translations`` (None: the shipped folder again). For tests, and to try
    freshly built catalogues."""
    global _catalogue_folder
    _catalogue_folder = folder


def catalogue_path(language: str) -> Path:
    """Where the compiled catalogue of ``language`` is looked for: the shipped folder,
    or the one given to :func:`use_catalogue_folder`."""
    name = f"roundtable_{language}.qm"
    return _catalogue_folder / name if _catalogue_folder is not None else resource_path(
        "translations", name)


def missing_catalogue() -> str | None:
    """The language whose catalogue the last :func:`install_language` could not load (the
    interface is in English instead), or None when it showed the language it was asked."""
    return _missing_catalogue


def _load(translator: QTranslator, path: Path) -> bool:
    return path.is_file() and translator.load(str(path))


def install_language(language: str, catalogue: Path | None = None) -> str:
    """Install the translators of ``language`` (replacing the previous ones) and make it
    current; returns the language now shown. A missing or unreadable catalogue leaves
    the interface in English, with one line in the error log and the language named by
    :func:`missing_catalogue`, never an exception. Without the English catalogue the
    window is English still, its counts in their source form ("2 warning(s)"): a line in
    the log, no notice."""
    global _missing_catalogue
    _missing_catalogue = None
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if language not in UI_LANGUAGES:
        _log.warning("interface language %r is not available; using English", language)
        language = "en"
    requested = language
    if language != "en":
        ours = QTranslator(app)
        path = catalogue if catalogue is not None else catalogue_path(language)
        if not _load(ours, path):
            _log.warning("translation catalogue %s is missing or unreadable; "
                         "the interface stays in English", path)
            _missing_catalogue = language
            language = "en"
        else:
            qt_own = QTranslator(app)
            qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
            # Qt has no catalogue for some languages (az): ours carries those strings then.
            if _load(qt_own, qt_dir / f"qtbase_{language}.qm"):
                _installed.append(qt_own)
            _installed.append(ours)
    english = QTranslator(app)
    english_path = (catalogue if catalogue is not None and requested == "en"
                    else catalogue_path("en"))
    if _load(english, english_path):
        _installed.insert(0, english)  # installed first, so asked last
    else:
        _log.warning("translation catalogue %s is missing or unreadable; counts show the "
                     "source texts (\"2 warning(s)\")", english_path)
    if app is not None:
        for translator in _installed:
            QCoreApplication.installTranslator(translator)
    locale = QLocale(_LOCALE_NAMES[language]) if language in _LOCALE_NAMES else (
        QLocale.system() if language_of_locale(QLocale.system()) == "en"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    QLocale.setDefault(locale)
    set_current_language(language)
    return language


def start_language(settings: QSettings, override: str | None = None) -> str:
    """Choose and install the language at start-up (see :func:`choose_language`)."""
    from desktop_app.errorlog import configure_logging

    configure_logging()  # so a missing catalogue leaves its line in the error log
    return install_language(choose_language(settings, override))
