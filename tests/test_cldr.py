"""CLDR's dates, plurals and names as the documents print them (desktop_app.cldr), in the
four languages we print: the forms a protocol office checks (the genitive month in
Russian, the year first in Kazakh, British English), ranges of days written once, and a
name for every country whose flag we ship."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app import cldr
from desktop_app.documents.labels import SUPPORTED_LANGUAGES
from desktop_app.resources import resource_path

NNBSP = "\N{NARROW NO-BREAK SPACE}"
THIN = "\N{THIN SPACE}"
DAY = dt.date(2026, 12, 3)  # a Thursday


@pytest.mark.parametrize(("language", "long", "full"), [
    ("en", "3 December 2026", "Thursday, 3 December 2026"),
    ("az", "3 dekabr 2026", "Cümə axşamı, 3 dekabr 2026"),
    ("kk", f"2026{NNBSP}ж. 3 желтоқсан", f"2026{NNBSP}ж. 3 желтоқсан, бейсенбі"),
    ("ru", f"3 декабря 2026{NNBSP}г.", f"четверг, 3 декабря 2026{NNBSP}г."),
])
def test_long_and_full_dates(language: str, long: str, full: str) -> None:
    assert cldr.format_date(DAY, language) == long
    assert cldr.format_date(DAY, language, "full") == full


def test_russian_months_are_genitive_in_a_date_and_nominative_alone() -> None:
    months = [cldr.format_date(dt.date(2026, month, 1), "ru", "d MMMM") for month in (3, 5, 8)]
    assert months == ["1 марта", "1 мая", "1 августа"]
    assert cldr.format_date(DAY, "ru", "LLLL") == "декабрь"


def test_every_language_the_documents_print_has_its_cldr_locale() -> None:
    assert tuple(cldr.LOCALES) == SUPPORTED_LANGUAGES


def test_a_language_tag_counts_by_its_base_language_and_others_are_english() -> None:
    assert cldr.format_date(DAY, "ru-RU") == cldr.format_date(DAY, "ru")
    assert cldr.format_date(DAY, "az-Latn-AZ") == "3 dekabr 2026"
    assert cldr.format_date(DAY, "tr") == cldr.format_date(DAY, None) == "3 December 2026"


@pytest.mark.parametrize(("language", "days", "months", "years"), [
    ("en", f"3{THIN}–{THIN}5 December 2026", f"30 November{THIN}–{THIN}3 December 2026",
     f"30 December 2026{THIN}–{THIN}2 January 2027"),
    ("az", f"3{THIN}–{THIN}5 dekabr 2026", f"30 noyabr{THIN}–{THIN}3 dekabr 2026",
     f"30 dekabr 2026{THIN}–{THIN}2 yanvar 2027"),
    ("kk", f"2026{NNBSP}ж. 3–5 желтоқсан", f"2026{NNBSP}ж. 30 қараша – 3 желтоқсан",
     f"2026{NNBSP}ж. 30 желтоқсан – 2027{NNBSP}ж. 2 қаңтар"),
    ("ru", f"3—5 декабря 2026{NNBSP}г.", f"30 ноября — 3 декабря 2026{NNBSP}г.",
     f"30 декабря 2026{NNBSP}г. — 2 января 2027{NNBSP}г."),
])
def test_a_range_writes_what_the_days_share_once_with_full_month_names(
        language: str, days: str, months: str, years: str) -> None:
    assert cldr.format_date_range(DAY, dt.date(2026, 12, 5), language) == days
    assert cldr.format_date_range(dt.date(2026, 11, 30), DAY, language) == months
    assert cldr.format_date_range(dt.date(2026, 12, 30), dt.date(2027, 1, 2), language) == years
    assert cldr.format_date_range(DAY, DAY, language) == cldr.format_date(DAY, language)


@pytest.mark.parametrize("language", cldr.LOCALES)
def test_times_are_24_hour_and_a_time_range_is_one_interval(language: str) -> None:
    assert cldr.format_time(dt.time(9, 5), language) == "09:05"
    evening = dt.datetime(2026, 12, 3, 23, 5, tzinfo=dt.timezone(dt.timedelta(hours=4)))
    assert cldr.format_time(evening, language) == "23:05"  # its own zone, not converted
    dash = "—" if language == "ru" else "–"
    assert cldr.format_time_range(dt.time(12, 35), dt.time(13, 35), language) == \
        f"12:35{dash}13:35"
    assert cldr.format_time_range(dt.time(9, 0), dt.time(9, 45), language) == f"09:00{dash}09:45"


def test_plural_categories() -> None:
    counts = (0, 1, 2, 4, 5, 11, 12, 21, 22, 25, 101, 111)
    assert [cldr.plural_category(n, "ru") for n in counts] == [
        "many", "one", "few", "few", "many", "many", "many", "one", "few", "many", "one",
        "many"]
    for language in ("en", "az", "kk"):
        assert [cldr.plural_category(n, language) for n in counts] == \
            ["other", "one"] + ["other"] * (len(counts) - 2)
        assert cldr.plural_categories(language) == ("one", "other")
    assert cldr.plural_categories("ru") == ("one", "few", "many", "other")


@pytest.mark.parametrize(("language", "names"), [
    ("en", {"NO": "Norway", "CV": "Cape Verde", "KZ": "Kazakhstan", "TR": "Türkiye"}),
    ("az", {"NO": "Norveç", "CV": "Kabo-Verde", "KZ": "Qazaxıstan", "TR": "Türkiyə"}),
    ("kk", {"NO": "Норвегия", "CV": "Кабо-Верде", "KZ": "Қазақстан", "TR": "Түркия"}),
    ("ru", {"NO": "Норвегия", "CV": "Кабо-Верде", "KZ": "Казахстан", "TR": "Турция"}),
])
def test_country_names(language: str, names: dict[str, str]) -> None:
    for code, name in names.items():
        assert cldr.country_name(code, language) == name
        assert cldr.country_name(code.lower(), language) == name
        assert cldr.country_names(language)[code] == name
    assert cldr.country_name("QQ", language) is None
    assert "001" not in cldr.country_names(language)  # the world is no country


@pytest.mark.parametrize("language", cldr.LOCALES)
def test_every_country_we_have_a_flag_of_has_a_name(language: str) -> None:
    codes = {path.stem.upper() for path in resource_path("flags").glob("*.svg")}
    assert len(codes) > 250
    # PC, the Pacific Community, has a flag in flag-icons but is no ISO 3166 country.
    unnamed = sorted(code for code in codes - {"PC"} if not cldr.country_name(code, language))
    assert unnamed == []


def test_language_names() -> None:
    assert cldr.language_name("kk", "en") == "Kazakh"
    assert cldr.language_name("az-Latn", "ru") == "азербайджанский"
    assert cldr.language_name("ru", "kk") == "орыс тілі"
    assert cldr.language_name("en", "az") == "ingilis"
    assert cldr.language_name("qqq", "en") is None
