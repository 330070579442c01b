"""Normalised search keys that work in every script we serve.

SQLite's ``LIKE``/``lower()`` fold ASCII only (``'нұр%'`` misses ``Нұрбек``)
and Python's ``'İ'.lower()`` adds a combining dot, so names are searched
through a key computed here and stored beside the name. The key is
case- and accent-insensitive: ``Əmrullayev``, ``əmrullayev`` and
``Amrullayev`` share it, as do ``İlqar``, ``ilqar`` and ``ILQAR``, and the
Kazakh letters fold to their Russian base letters (``Нұрбек`` -> ``нурбек``).
A Latin transliteration of Cyrillic is added, so ``nurbek`` finds ``Нұрбек``.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Letters that are not "base letter + combining accent" in Unicode, so NFKD
# alone does not fold them. Chosen as their usual English transliteration
# (Əmrullayev is written Amrullayev in English).
_LETTER_FOLDS = str.maketrans(
    {
        "ə": "a", "ı": "i", "ß": "ss", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe",
        # Kazakh Cyrillic letters to the Russian letters they extend.
        "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
        "ё": "е", "й": "и",
    }
)

_CYRILLIC_TO_LATIN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
        "и": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    }
)


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` in Latin and Cyrillic.

    Spaces are collapsed so that typing two spaces still matches.
    """
    # casefold() maps "İ" to "i̇" (i + combining dot); NFKD then splits the
    # remaining accented letters and the combining marks are dropped.
    folded = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(stripped.translate(_LETTER_FOLDS).split())


def transliterate(folded: str) -> str:
    """Latin rendering of an already folded Cyrillic text (``нурбек`` -> ``nurbek``)."""
    return folded.translate(_CYRILLIC_TO_LATIN)


def search_key(names: Iterable[str | None]) -> str:
    """The key stored beside a record: every name form, folded, plus transliterations.

    Forms are joined with ``|`` so that a search cannot match across two names.
    """
    forms: list[str] = []
    for name in names:
        if not name:
            continue
        for form in (fold(name), transliterate(fold(name))):
            if form and form not in forms:
                forms.append(form)
    return "|".join(forms)


def query_key(query: str) -> str:
    """Fold a user's search text the same way the stored keys were folded."""
    return fold(query)
