"""Dates and times as each language writes them, without a locale database.

English ``Tuesday, 4 March 2025``; Azerbaijani ``4 mart 2025, çərşənbə
axşamı``; Kazakh ``2025 жылғы 4 наурыз, сейсенбі``; Russian ``вторник,
4 марта 2025 г.`` (months in the genitive). Times are 24-hour everywhere.
"""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from .labels import base_language

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "az": ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
           "oktyabr", "noyabr", "dekabr"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
           "қыркүйек", "қазан", "қараша", "желтоқсан"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
}

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "az": ("bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə",
           "bazar"),
    "kk": ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
}


def _day_month(day: int, month: int, lang: str) -> str:
    return f"{day} {MONTHS[lang][month - 1]}"


def _with_year(day_month: str, year: int, lang: str) -> str:
    if lang == "kk":
        return f"{year} жылғы {day_month}"
    if lang == "ru":
        return f"{day_month} {year} г."
    return f"{day_month} {year}"


def format_date(date: dt.date, language: str, *, weekday: bool = False) -> str:
    """``date`` written out in ``language`` (English for languages without names)."""
    lang = base_language(language)
    text = _with_year(_day_month(date.day, date.month, lang), date.year, lang)
    if not weekday:
        return text
    name = WEEKDAYS[lang][date.weekday()]
    if lang in ("en", "ru"):
        return f"{name[0].upper() + name[1:] if lang == 'en' else name}, {text}"
    return f"{text}, {name}"


def format_date_range(start: dt.date, end: dt.date, language: str) -> str:
    """``4–6 March 2025``, ``30 March – 2 April 2025`` and so on, in ``language``."""
    lang = base_language(language)
    if start == end:
        return format_date(start, lang)
    if (start.year, start.month) == (end.year, end.month):
        days = f"{start.day}–{end.day} {MONTHS[lang][start.month - 1]}"
        return _with_year(days, start.year, lang)
    if start.year == end.year:
        span = (f"{_day_month(start.day, start.month, lang)} – "
                f"{_day_month(end.day, end.month, lang)}")
        return _with_year(span, start.year, lang)
    return f"{format_date(start, lang)} – {format_date(end, lang)}"


def format_time(value: dt.time | dt.datetime) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def local_datetime(instant: dt.datetime, timezone: str) -> dt.datetime:
    """An aware instant shown in the event's time zone (UTC if the zone is unknown)."""
    try:
        zone = ZoneInfo(timezone)
    except (KeyError, ValueError):
        zone = ZoneInfo("UTC")
    return instant.astimezone(zone)
