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

import re
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


class _FoldTable(dict[int, "int | str | None"]):
    """``str.translate`` table that drops combining marks and applies ``_LETTER_FOLDS``.

    Filled on demand (``__missing__`` runs once per distinct character), so that folding
    is one C-level ``translate`` instead of a Python loop over the letters (an import of
    10,000 people folds every name). No key of ``_LETTER_FOLDS`` is a combining mark, so
    this gives the same result as dropping the marks first and translating afterwards.
    """

    def __missing__(self, code: int) -> int | str | None:
        value = None if unicodedata.combining(chr(code)) else _LETTER_FOLDS.get(code, code)
        self[code] = value
        return value


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` in Latin and Cyrillic.

    Spaces are collapsed so that typing two spaces still matches.
    """
    # casefold() maps "İ" to "i̇" (i + combining dot); NFKD then splits the
    # remaining accented letters and the combining marks are dropped.
    folded = text.casefold()
    if not folded.isascii():
        folded = unicodedata.normalize("NFKD", folded).translate(_FOLD_TABLE)
    return " ".join(folded.split())


def transliterate(folded: str) -> str:
    """Latin rendering of an already folded Cyrillic text (``нурбек`` -> ``nurbek``)."""
    return folded.translate(_CYRILLIC_TO_LATIN)


#: The longest search key, in UTF-8 bytes: PostgreSQL's B-tree index on the column refuses
#: a row over 2,704 bytes, and names at their limit (500 characters) in several languages
#: and scripts, with their transliterations, reached 7 KB.
MAX_SEARCH_KEY_BYTES = 2000


def search_key(names: Iterable[str | None]) -> str:
    """The key stored beside a record: every name form, folded, plus transliterations.

    Forms are joined with ``|`` so that a search cannot match across two names; the key
    is cut at ``MAX_SEARCH_KEY_BYTES`` (the forms of every real name fit many times).
    """
    forms: list[str] = []
    for name in names:
        if not name:
            continue
        folded = fold(name)
        if folded and folded not in forms:
            forms.append(folded)
        if folded.isascii():  # nothing to transliterate: the Latin form is the folded one
            continue
        latin = folded.translate(_CYRILLIC_TO_LATIN)
        if latin and latin not in forms:
            forms.append(latin)
    key = "|".join(forms)
    if len(key) > MAX_SEARCH_KEY_BYTES // 4 and len(encoded := key.encode()) > MAX_SEARCH_KEY_BYTES:
        key = encoded[:MAX_SEARCH_KEY_BYTES].decode("utf-8", "ignore")
    return key


def query_key(query: str) -> str:
    """Fold a user's search text the same way the stored keys were folded."""
    return fold(query)


# Spellings that differ only by transliteration convention once Cyrillic has
# been rendered in Latin: Azerbaijani x/ş/ç/q against Russian kh/sh/ch/k,
# Kazakh -yev against Russian -ев. Longest first.
_SKELETON_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("shch", "s"), ("dzh", "j"), ("zh", "j"), ("kh", "h"), ("sh", "s"), ("ch", "c"),
    ("ts", "c"), ("yu", "u"), ("ya", "a"), ("ye", "e"), ("yo", "o"),
)
_SKELETON_LETTERS = str.maketrans({"x": "h", "q": "k", "w": "v", "y": "i"})


def name_skeleton(name: str) -> str:
    """A loose form of a name for finding duplicates across scripts and spellings.

    ``Sayasat Nurbek``, ``Саясат Нұрбек`` and ``Нурбек Саясат`` share one
    skeleton, as do ``Pashayev``, ``Paşayev`` and ``Пашаев``: the name is
    folded, rendered in Latin, transliteration variants are unified, doubled
    letters collapse, punctuation goes and the words are sorted (lists give
    the family name first or last). It is for proposing matches, not search.
    Each step runs over the whole name at once (C-level replace, translate and
    regular expressions, none of which can cross a space), not letter by letter
    in Python: a table import skeletonises every name of a 10,000-person event.
    """
    latin = _NOT_ALNUM.sub(" ", transliterate(fold(name)))
    for digraph, replacement in _SKELETON_DIGRAPHS:
        latin = latin.replace(digraph, replacement)
    latin = latin.translate(_SKELETON_LETTERS)
    # An "i" between vowels is a glide spelled y/й or not at all (-ayev/-аев).
    latin = _GLIDE.sub("", latin)
    return " ".join(sorted(_DOUBLED.sub(r"\1", latin).split()))


_NOT_ALNUM = re.compile(r"[\W_]")  # \w is exactly str.isalnum() plus "_"
_GLIDE = re.compile(r"(?<=[aeiou])i(?=[aeiou])")
_DOUBLED = re.compile(r"(.)\1+", re.DOTALL)


def name_skeletons(names: Iterable[str | None]) -> set[str]:
    """The skeletons of every non-empty name form (see ``name_skeleton``)."""
    return {skeleton for name in names if name and (skeleton := name_skeleton(name))}
