"""The window's dates (QLocale, Qt's copy of CLDR) and the documents' (Babel's copy,
desktop_app.cldr) are the same words in every language we print: each date pattern the
window uses gives the same text both ways, for a day of every month and every weekday,
and so do the times.

One difference is known and checked exactly: Azerbaijani weekday names, lower case in
Qt 6.12's CLDR (``cümə axşamı``), are capitalised since CLDR 48, which Babel 2.19 has
(``Cümə axşamı``). Nothing else may differ.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from desktop_app import cldr
from desktop_app.ui.i18n import catalogue_path, format_date, format_datetime, install_language

#: The window's date patterns (ui/views, ui/models, ui/dialogs), in Qt's syntax.
WINDOW_PATTERNS = ("dddd, dd MMMM yyyy", "dddd, d MMMM yyyy", "dddd, dd MMMM", "dd MMMM yyyy",
                   "d MMM yyyy", "dd MMM yyyy", "dd MMM", "d MMM", "ddd dd MMM", "dd.MM.yyyy")
#: Qt's pattern letters that differ from CLDR's (weekday, year).
QT_TO_CLDR = (("dddd", "EEEE"), ("ddd", "EEE"), ("yyyy", "y"))
#: Days 1, 9 and 23 of each month of 2026: every month, every weekday.
DAYS = [dt.date(2026, month, day) for month in range(1, 13) for day in (1, 9, 23)]


def cldr_pattern(qt_pattern: str) -> str:
    for qt, unicode in QT_TO_CLDR:
        qt_pattern = qt_pattern.replace(qt, unicode)
    return qt_pattern


def expected(window: str, language: str, qt_pattern: str) -> str:
    """What Babel must print for the window's ``window`` text (see the module's note)."""
    if language == "az" and qt_pattern.startswith("dddd"):
        return window[:1].upper() + window[1:]
    return window


@pytest.fixture
def interface(qapp) -> Iterator[None]:
    yield
    install_language("en")


@pytest.mark.parametrize("language", cldr.LOCALES)
def test_the_window_and_the_documents_write_dates_alike(interface, language: str) -> None:
    if language != "en" and not catalogue_path(language).is_file():
        pytest.fail(f"the {language} catalogue is missing: run scripts/build-translations")
    assert install_language(language) == language
    if language == "en":
        # English in the window follows the system's English; the documents write
        # British English, which is the one compared.
        QLocale.setDefault(QLocale("en_GB"))
    differences = []
    for qt_pattern in WINDOW_PATTERNS:
        for day in DAYS:
            window = format_date(day, qt_pattern)
            documents = cldr.format_date(day, language, cldr_pattern(qt_pattern))
            if documents != expected(window, language, qt_pattern):
                differences.append((qt_pattern, window, documents))
    assert differences == []
    # Times: the window's HH:mm is the documents' short time (24-hour in all four).
    for hour, minute in ((0, 5), (9, 30), (12, 0), (23, 59)):
        moment = dt.datetime(2026, 12, 3, hour, minute)
        assert format_datetime(moment, "HH:mm") == cldr.format_time(moment, language)
