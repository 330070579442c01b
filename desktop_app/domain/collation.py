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


@lru_cache(maxsize=32)
def _rank(language: str) -> dict[str, int]:
    """Letter -> position in the alphabet of ``language`` (built once per language)."""
    alphabet = _ALPHABETS.get(language.split("-")[0].lower(), _ALPHABETS["en"])
    return {letter: i for i, letter in enumerate(alphabet)}


def sort_key(text: str, language: str = "en") -> tuple[tuple[int, ...], tuple[int, ...], str]:
    """A key that orders ``text`` by the alphabet of ``language``.

    Primary: letters by their rank in the alphabet; a letter the alphabet
    lacks ranks as its unaccented base letter (so é sorts with e in
    English). Secondary: accents. Last: the text itself, for a stable tie.
    """
    rank = _rank(language)
    primary: list[int] = []
    secondary: list[int] = []
    for ch in _lower(text, language):
        if ch in rank:
            primary.append(rank[ch] + 1000)
            secondary.append(0)
            continue
        base = _base_letter(ch)
        if base in rank:
            primary.append(rank[base] + 1000)
            secondary.append(ord(ch))
        elif ch.isalnum():
            # Digits before letters; other scripts after the known alphabet.
            primary.append(ord(ch) if ch.isdigit() else 100_000 + ord(ch))
            secondary.append(0)
        # Spaces and punctuation are ignored at the primary level.
    return tuple(primary), tuple(secondary), text


def sorted_by_name(items: list[T], name: Callable[[T], str], language: str = "en") -> list[T]:
    """``items`` ordered by ``name(item)`` in the alphabet of ``language``."""
    return sorted(items, key=lambda item: sort_key(name(item), language))
