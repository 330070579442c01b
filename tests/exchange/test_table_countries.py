"""A table's country cell takes an ISO code or the country's name in any language we
print, for every country (CLDR's names), plus the official and short forms offices type."""
from __future__ import annotations

import pytest

from desktop_app.exchange.table_values import CellError, country


@pytest.mark.parametrize(("cell", "code"), [
    ("NO", "NO"), ("no", "NO"), ("Norway", "NO"), ("Norveç", "NO"), ("НОРВЕГИЯ", "NO"),
    ("Cape Verde", "CV"), ("Kabo-Verde", "CV"), ("Кабо-Верде", "CV"),
    ("Азербайджан", "AZ"), ("Qazaxıstan", "KZ"), ("Қазақстан", "KZ"), ("Ресей", "RU"),
    ("Türkiyə", "TR"), ("Amerika Birləşmiş Ştatları", "US"),
    # Forms CLDR has not: official names, abbreviations, the old name of Türkiye.
    ("Republic of Kazakhstan", "KZ"), ("Российская Федерация", "RU"), ("Turkey", "TR"),
    ("UK", "GB"), ("США", "US"), ("ABŞ", "US"),
])
def test_a_country_by_name_or_code(cell: str, code: str) -> None:
    assert country(cell) == code


@pytest.mark.parametrize("cell", ["Kazakstan", "Narnia", "Europe", ""])
def test_anything_else_is_refused(cell: str) -> None:
    with pytest.raises(CellError, match="is not a two-letter country code"):
        country(cell)
