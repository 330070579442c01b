"""One list of language names: the window's (literals for lupdate, translated when shown)
and the command line's English names in ``services.languages`` are the same list."""
from __future__ import annotations

from desktop_app.services.languages import LANGUAGE_NAMES, english_language_name
from desktop_app.ui.dialogs import form_support


def test_the_window_and_the_command_line_name_the_same_languages_alike() -> None:
    assert {tag: str(name) for tag, name in form_support.LANGUAGE_NAMES.items()} \
        == LANGUAGE_NAMES


def test_english_names_by_tag() -> None:
    assert [english_language_name(tag) for tag in ("az", "kk", "ru", "en", "kk-KZ", "AZ")] \
        == ["Azerbaijani", "Kazakh", "Russian", "English", "Kazakh", "Azerbaijani"]
    assert english_language_name("tt") is None
