"""Turning spreadsheet cells into field values, with a reason when they are refused.

Cells arrive as text (CSV) or typed (XLSX: numbers, dates, datetimes).
Each parser accepts the forms offices actually type (``04.03.2025``,
``Azərbaycan``, ``Подписано``) and raises ``CellError`` with a reason that
names the accepted forms, which the import report shows beside the row
and column.
"""
from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from functools import cache

from desktop_app.cldr import LOCALES, country_names
from desktop_app.domain.errors import Phrase
from desktop_app.domain.rules import (
    choice_problem,
    clean_text,
    country_problem,
    language_problem,
)
from desktop_app.domain.text import fold
from desktop_app.domain.vocabulary import (
    AgreementKind,
    AgreementStatus,
    OrganizationKind,
)

from .cells import unneutralise
from .table_reader import CellValue


class CellError(ValueError):
    """One cell's value is refused; the message says why."""


def text(value: CellValue) -> str | None:
    """The cell as trimmed text (None when empty); ``12.0`` from Excel is ``12``."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    stripped = clean_text(unneutralise(clean_text(str(value))))
    return stripped or None


def integer(value: CellValue) -> int:
    """A whole number (its range is the field's rule: ``rules.positive_problem``)."""
    if isinstance(value, bool):
        raise CellError(Phrase("is not a whole number"))
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    else:
        raw = text(value) or ""
        if not re.fullmatch(r"[+]?\d{1,9}", raw):
            raise CellError(Phrase("is not a whole number"))
        number = int(raw)
    return number


#: Names of countries that CLDR's names (below) do not cover: official and short forms.
_COUNTRY_SYNONYMS = {
    "AZ": "azerbaijan republic|republic of azerbaijan|azərbaycan respublikası|"
          "азербайджанская республика",
    "KZ": "republic of kazakhstan|qazaxıstan respublikası|қазақстан республикасы|"
          "республика казахстан",
    "RU": "russian federation|российская федерация",
    "TR": "turkey",
    "GB": "uk|great britain|britain",
    "US": "usa|united states of america|abş|абш|сша",
}


@cache
def _countries() -> dict[str, str]:
    """``{folded name: ISO code}``: every country's CLDR name in the languages we print
    (Norway, Norveç, Норвегия), and the synonyms."""
    found = {fold(name): code for language in LOCALES
             for code, name in country_names(language).items()}
    found.update((fold(name), code) for code, names in _COUNTRY_SYNONYMS.items()
                 for name in names.split("|"))
    return found


def country(value: CellValue) -> str:
    """An ISO 3166 code, or a country's name in one of the event languages ("Azərbaycan"
    is AZ; ``UK``, two letters, is a name: GB). Anything else is refused by
    ``rules.country_problem``."""
    raw = text(value) or ""
    code = _countries().get(fold(raw))
    if code is not None:
        return code
    if len(raw) == 2 and country_problem("country", raw.upper()) is None:
        return raw.upper()
    found = country_problem("country", raw)
    raise CellError(found.phrase() if found else raw)


def _choice(value: CellValue, allowed: list[str], synonyms: dict[str, str]) -> str:
    """One of ``allowed``, or a word of ``synonyms`` in an event language; anything else
    is refused by ``rules.choice_problem``."""
    raw = fold(text(value) or "")
    if raw in allowed:
        return raw
    if raw in synonyms:
        return synonyms[raw]
    found = choice_problem("value", text(value), allowed)
    raise CellError(found.phrase() if found else raw)


def _table(pairs: dict[str, str]) -> dict[str, str]:
    return {fold(word): value for value, words in pairs.items() for word in words.split("|")}


_ORGANIZATION_KINDS = _table({
    "university": "universitet|university|университет|вуз|institute|institut|институт|academy|"
                  "akademiya|академия",
    "ministry": "nazirlik|министрлік|министерство",
    "embassy": "səfirlik|елшілік|посольство",
    "agency": "agentlik|агенттік|агентство",
    "company": "şirkət|компания|company|firm",
    "other": "digər|басқа|другое|прочее",
})
_AGREEMENT_KINDS = _table({
    "mou": "memorandum|memorandum of understanding|anlaşma memorandumu|меморандум|"
           "меморандум о взаимопонимании|өзара түсіністік туралы меморандум",
    "dual-degree": "dual degree|double degree|ikili diplom|қос диплом|двойной диплом|"
                   "двудипломная программа",
    "exchange": "mobility|academic mobility|mübadilə|akademik mobillik|академиялық ұтқырлық|"
                "алмасу|обмен|академическая мобильность",
    "research": "research|tədqiqat|elmi tədqiqat|ғылыми зерттеу|зерттеу|исследования|"
                "научное сотрудничество",
    "other": "digər|басқа|другое",
})
_STATUSES = _table({
    "draft": "qaralama|жоба|черновик|проект",
    "ready": "hazır|дайын|готово|готов",
    "signed": "imzalanıb|imzalanmış|қол қойылды|қол қойылған|подписано|подписан",
    "cancelled": "canceled|ləğv edilib|ləğv|жойылды|бас тартылды|отменено|отменен",
})


def organization_kind(value: CellValue) -> str:
    return _choice(value, [k.value for k in OrganizationKind], _ORGANIZATION_KINDS)


def agreement_kind(value: CellValue) -> str:
    return _choice(value, [k.value for k in AgreementKind], _AGREEMENT_KINDS)


def status(value: CellValue) -> str:
    return _choice(value, [s.value for s in AgreementStatus], _STATUSES)


_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%Y/%m/%d", "%d.%m.%y")


def date(value: CellValue) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raw = text(value) or ""
    for pattern in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
    raise CellError(Phrase("is not a date; write YYYY-MM-DD or DD.MM.YYYY"))


def instant(value: CellValue, timezone: str) -> dt.datetime:
    """An aware instant; times without an offset are in the event's time zone."""
    zone = zoneinfo.ZoneInfo(timezone)
    parsed: dt.datetime | None
    if isinstance(value, dt.datetime):
        parsed = value
    else:
        raw = text(value) or ""
        parsed = None
        try:
            parsed = dt.datetime.fromisoformat(raw.replace(" ", "T", 1)) if "-" in raw else None
        except ValueError:
            parsed = None
        if parsed is None:
            for pattern in ("%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%d/%m/%Y %H:%M"):
                try:
                    parsed = dt.datetime.strptime(raw, pattern)
                    break
                except ValueError:
                    continue
        if parsed is None or (re.fullmatch(r"[\d\-./]+", raw) is not None):
            raise CellError(Phrase("is not a date and time; write e.g. 2025-03-04 12:35 "
                                   "(the event's time) or 2025-03-04T12:35:00+04:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)


def languages(value: CellValue) -> list[str]:
    tags = [t for t in re.split(r"[\s,;/]+", text(value) or "") if t]
    for tag in tags:
        if (found := language_problem("languages", tag)) is not None:
            raise CellError(found.phrase())
    return [t.lower() for t in tags]


def name_list(value: CellValue) -> list[str]:
    """A list of names in one cell: separated by ``;`` or line breaks."""
    return [part.strip() for part in re.split(r"[;\n]+", text(value) or "") if part.strip()]
