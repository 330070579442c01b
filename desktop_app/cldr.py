"""The Unicode CLDR's locale data, read through Babel: dates and times as each language
writes them, plural categories, and the names of countries and languages.

The printed documents and the exports use it; it has no Qt. The window formats its own
dates with ``QLocale``, whose CLDR gives the same words
(``tests/ui/test_dates_match_documents.py`` compares the two in every language we print).

A *language* here is a tag such as ``ru`` or ``az-Latn-AZ``, of which only the base
language counts. The documents' languages each have their CLDR locale; any other is
written as English, as the documents' labels fall back to English. English is British
English (``en_GB``): the day before the month, "3 December 2026", as the window's date
patterns and diplomatic English write it.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from functools import cache

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import format_time as _babel_time

#: The CLDR locale of each language the documents print.
LOCALES: dict[str, str] = {"en": "en_GB", "az": "az", "kk": "kk", "ru": "ru"}
#: CLDR's plural categories in CLDR's order (TR35, "Language Plural Rules").
PLURAL_ORDER: tuple[str, ...] = ("zero", "one", "two", "few", "many", "other")
#: A date range's skeleton: day, abbreviated month, year (CLDR has no wide-month one).
_RANGE_SKELETON = "yMMMd"
#: An abbreviated month field (``MMM``/``LLL``), not part of a wide one.
_ABBREVIATED_MONTH = re.compile(r"(?<![ML])([ML])\1\1(?![ML])")
#: A two-letter region code (ISO 3166-1); CLDR's continents and world regions have digits.
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")


def base_language(language: str | None) -> str:
    """``az-Latn-AZ`` -> ``az``; a language we do not print -> ``en``."""
    base = (language or "en").split("-")[0].split("_")[0].lower()
    return base if base in LOCALES else "en"


@cache
def locale_of(language: str | None) -> Locale:
    """The CLDR locale a language is written in (English for one we do not print)."""
    return Locale.parse(LOCALES[base_language(language)])


def format_date(day: dt.date, language: str | None, form: str = "long") -> str:
    """``day`` in ``language``: ``form`` is one of CLDR's ``short``, ``medium``, ``long``
    (3 декабря 2026 г.; 2026 ж. 3 желтоқсан) and ``full`` (with the weekday), or a CLDR
    pattern such as ``"d MMMM y"``. Months stand in the form the language uses in a date
    (Russian: the genitive, декабря)."""
    return _babel_date(day, form, locale=locale_of(language))


def format_time(moment: dt.time | dt.datetime, language: str | None,
                form: str = "short") -> str:
    """The wall-clock time of ``moment`` in ``language`` (24-hour in all four: 09:05); an
    aware ``moment`` is shown in its own zone, never converted."""
    if isinstance(moment, dt.datetime):
        moment = moment.time()
    return _babel_time(moment, form, locale=locale_of(language))


def format_time_range(start: dt.time, end: dt.time, language: str | None) -> str:
    """From ``start`` to ``end`` on one day in ``language`` (CLDR's hour-minute interval:
    12:35–13:35; Russian 12:35—13:35)."""
    locale = locale_of(language)
    first, second = locale.interval_formats["Hm"]["H" if start.hour != end.hour else "m"]
    return (_babel_time(start, first, locale=locale)
            + _babel_time(end, second, locale=locale))


def format_date_range(start: dt.date, end: dt.date, language: str | None) -> str:
    """The days from ``start`` to ``end`` in ``language``, each part written once: 3–5
    December 2026, 2026 ж. 30 қараша – 2 желтоқсан, 3 декабря 2026 г. — 2 января 2027 г.

    CLDR's interval pattern for day, month and year, with the month widened to its full
    name as TR35 says a requested skeleton's field widths are kept (Babel's own
    ``format_interval`` keeps the abbreviated month)."""
    if start == end:
        return format_date(start, language)
    locale = locale_of(language)
    field = "y" if start.year != end.year else "M" if start.month != end.month else "d"
    first, second = locale.interval_formats[_RANGE_SKELETON][field]
    return (_babel_date(start, _wide_months(first), locale=locale)
            + _babel_date(end, _wide_months(second), locale=locale))


def _wide_months(pattern: str) -> str:
    return _ABBREVIATED_MONTH.sub(lambda match: match.group(1) * 4, pattern)


def plural_categories(language: str | None) -> tuple[str, ...]:
    """The plural categories of ``language``, in CLDR's order: ``one``, ``other`` in
    English, Azerbaijani and Kazakh; ``one``, ``few``, ``many``, ``other`` in Russian
    (where ``other`` is for fractions only)."""
    tags = locale_of(language).plural_form.tags | {"other"}
    return tuple(tag for tag in PLURAL_ORDER if tag in tags)


def plural_category(count: int, language: str | None) -> str:
    """The plural category of ``count`` in ``language`` (Russian: 1 one, 2 few, 5 many,
    11 many, 21 one)."""
    return str(locale_of(language).plural_form(count))


def country_name(code: str, language: str | None) -> str | None:
    """The name of the country with ISO 3166 code ``code`` in ``language``, or None when
    CLDR knows no such country."""
    return locale_of(language).territories.get(code.upper())


def country_names(language: str | None) -> Mapping[str, str]:
    """``{two-letter code: name}`` of every country and territory in ``language`` (with
    the few groupings CLDR gives two letters: EU, UN)."""
    return {code: name for code, name in locale_of(language).territories.items()
            if _COUNTRY_CODE.fullmatch(code)}


def language_name(code: str, language: str | None) -> str | None:
    """The name of the language with tag ``code`` (``az``, ``kk-Cyrl``...) in ``language``,
    or None when CLDR knows no such language."""
    return locale_of(language).languages.get(code.split("-")[0].lower())
