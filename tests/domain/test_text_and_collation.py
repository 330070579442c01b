"""Search keys fold case and accents in every script; names sort by each language's alphabet."""
from __future__ import annotations

import pytest

from desktop_app.domain.collation import sorted_by_name
from desktop_app.domain.text import fold, query_key, search_key


@pytest.mark.parametrize(("typed", "stored"), [
    ("əmrullayev", "Əmrullayev"),
    ("ƏMRULLAYEV", "Əmrullayev"),
    ("amrullayev", "Əmrullayev"),
    ("ilqar", "İlqar"),
    ("İLQAR", "ilqar"),
    ("ılgar", "ILGAR"),
    ("Ilgar", "ılgar"),
    ("нұр", "Нұрбек"),
    ("НҰРБЕК", "нұрбек"),
    ("нур", "Нұрбек"),
    ("әлия", "ӘЛИЯ"),
    ("paşayev", "PAŞAYEV"),
    ("pasayev", "Paşayev"),
])
def test_fold_matches_across_case_and_accents(typed: str, stored: str) -> None:
    assert fold(typed) in fold(stored)


def test_fold_has_no_combining_dot_for_dotted_capital_i() -> None:
    # Python's 'İ'.lower() is 'i̇' (i + U+0307); the key must be a plain 'i'.
    assert "İlqar".lower() != "ilqar"
    assert fold("İlqar") == "ilqar"


def test_fold_keeps_distinct_letters_distinct() -> None:
    assert fold("Нұрбек") != fold("Нарбек")
    assert fold("Ilqar") != fold("Elqar")


def test_search_key_holds_every_name_form_and_a_transliteration() -> None:
    key = search_key(["Sayasat Nurbek", "Саясат Нұрбек", None, ""])
    forms = key.split("|")
    assert "sayasat nurbek" in forms
    assert "саясат нурбек" in forms
    assert query_key("nurbek") in key
    assert query_key("НҰРБЕК") in key


def test_azerbaijani_alphabet_order() -> None:
    names = ["Zaur", "Ömər", "İlqar", "Ilgar", "Xəyal", "Hüseyn", "Əli", "Elçin", "Çingiz", "Cəfər",
             "Şahin", "Sevda", "Üzeyir", "Ulduz", "Ğ-test", "Gülnar"]
    ordered = sorted_by_name(names, lambda n: n, "az")
    assert ordered == ["Cəfər", "Çingiz", "Elçin", "Əli", "Gülnar", "Ğ-test", "Hüseyn", "Xəyal",
                       "Ilgar", "İlqar", "Ömər", "Sevda", "Şahin", "Ulduz", "Üzeyir", "Zaur"]


def test_kazakh_alphabet_order() -> None:
    names = ["Ырыс", "Іле", "Ұлан", "Үміт", "Бек", "Әлия", "Ахмет", "Қайрат", "Кенжебек", "Ғалым",
             "Гүлнар", "Өмір", "Оспан", "Һ", "Нұр", "Ңа"]
    ordered = sorted_by_name(names, lambda n: n, "kk")
    assert ordered == ["Ахмет", "Әлия", "Бек", "Гүлнар", "Ғалым", "Кенжебек", "Қайрат", "Нұр",
                       "Ңа", "Оспан", "Өмір", "Ұлан", "Үміт", "Һ", "Ырыс", "Іле"]


def test_english_order_sorts_accented_letters_with_their_base() -> None:
    # É ranks as E at the first level, so "Émile" < "Eva" (m < v) < "Fay".
    assert sorted_by_name(["Zoe", "Fay", "Eva", "Émile"], lambda n: n, "en") == \
        ["Émile", "Eva", "Fay", "Zoe"]
    # Accents decide only between otherwise equal names.
    assert sorted_by_name(["Émile", "Emile"], lambda n: n, "en") == ["Emile", "Émile"]
