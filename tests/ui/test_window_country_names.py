"""The window names every country as the documents do (CLDR), in the interface language:
a seat's country outside the sample's is a name, not its code."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.ui import i18n
from desktop_app.ui.dialogs.form_support import country_name


@pytest.fixture
def language() -> Iterator[None]:
    before = i18n.current_language()
    yield
    i18n.set_current_language(before)


@pytest.mark.parametrize(("lang", "expected"), [("en", "Norway"), ("ru", "Норвегия"),
                                                ("kk", "Норвегия"), ("az", "Norveç")])
def test_any_country_has_its_name_in_the_interface_language(
        language: None, lang: str, expected: str) -> None:
    i18n.set_current_language(lang)
    assert country_name("NO") == expected
    assert country_name("no") == expected


def test_an_unknown_code_has_no_name(language: None) -> None:
    i18n.set_current_language("ru")
    assert country_name("XX") is None
    assert country_name("") is None
