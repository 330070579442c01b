"""Alphabetical order of names as each language's alphabet has it.

Azerbaijani puts Ç after C, Ə after E, Ğ after G, X after H, I before İ,
Ö after O, Ş after S and Ü after U; Kazakh inserts Ә Ғ Қ Ң Ө Ұ Ү Һ І into
the Russian alphabet. A code-point or plain Unicode sort gets these wrong,
and PyICU needs a system ICU; the alphabets are short, so they live here.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

T = TypeVar("T")

_LATIN_BASE = "abcdefghijklmnopqrstuvwxyz"
_AZ_LATIN = ["a", "b", "c", "ç", "d", "e", "ə", "f", "g", "ğ", "h", "x", "ı", "i", "j", "k",
             "q", "l", "m", "n", "o", "ö", "p", "r", "s", "ş", "t", "u", "ü", "v", "y", "z"]
_RU_CYRILLIC = list("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_KK_CYRILLIC = list("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя")

_ALPHABETS: dict[str, list[str]] = {
    "az": _AZ_LATIN + _RU_CYRILLIC,
    "kk": list(_LATIN_BASE) + _KK_CYRILLIC,
    "ru": list(_LATIN_BASE) + _RU_CYRILLIC,
    "en": list(_LATIN_BASE) + _KK_CYRILLIC,
}


def _lower(text: str, language: str) -> str:
    if language == "az" or language.startswith("tr"):
        # Turkic casing: I -> ı and İ -> i, which str.lower() gets wrong.
        text = text.replace("I", "ı").replace("İ", "i")
    return unicodedata.normalize("NFC", text.lower())


def _base_letter(ch: str) -> str:
    decomposed = unicodedata.normalize("NFD", ch)
    return decomposed[0] if decomposed else ch


#: Letters outside every alphabet here that still have an obvious place.
_SPELLED_OUT = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "þ": "th",
                "ı": "i"}
#: Known letters are ranked in a block of code points below every other script;
#: letters outside the alphabet but inside the table's range go right after it.
_LETTER_BLOCK = 0x100
_TABLE_END = 0x0530  # Latin, IPA (ə), Greek and Cyrillic with the Kazakh letters
_OTHER_LETTERS = 0x0530


@lru_cache(maxsize=32)
def _primary_table(language: str) -> dict[int, str | None]:
    """A ``str.translate`` table: each character to its primary weight (or deleted).

    Built once per language, so sorting 10,000 names costs a C-speed
    ``translate`` per name instead of a Python loop over their letters.
    """
    alphabet = _ALPHABETS.get(language.split("-")[0].lower(), _ALPHABETS["en"])
    rank = {letter: chr(_LETTER_BLOCK + i) for i, letter in enumerate(alphabet)}
    table: dict[int, str | None] = {}
    for code in range(_TABLE_END):
        ch = chr(code)
        base = _base_letter(ch)
        if ch in rank:
            table[code] = rank[ch]
        elif base in rank:
            table[code] = rank[base]  # é ranks as e where the alphabet has no é
        elif ch in _SPELLED_OUT and all(c in rank for c in _SPELLED_OUT[ch]):
            table[code] = "".join(rank[c] for c in _SPELLED_OUT[ch])
        elif ch.isdigit():
            table[code] = ch  # digits sort before every letter
        elif ch.isalpha():
            table[code] = chr(_OTHER_LETTERS + code)
        else:
            table[code] = None  # spaces, punctuation, marks: ignored at this level
    return table


def sort_key(text: str, language: str = "en") -> tuple[str, str, str]:
    """A key that orders ``text`` by the alphabet of ``language``.

    Primary: letters by their rank in the alphabet; a letter the alphabet
    lacks ranks as its unaccented base letter (so é sorts with e in
    English); other scripts follow the known alphabet. Secondary: accents
    (the lowered text). Last: the text itself, for a stable tie.
    """
    lowered = _lower(text, language)
    return lowered.translate(_primary_table(language)), lowered, text


def sorted_by_name(items: list[T], name: Callable[[T], str], language: str = "en") -> list[T]:
    """``items`` ordered by ``name(item)`` in the alphabet of ``language``."""
    return sorted(items, key=lambda item: sort_key(name(item), language))
