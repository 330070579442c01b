"""The languages a user can ask a document or an export for, and the rule refusing others.

The printed documents have labels, dates and plural rules in the languages of
:data:`desktop_app.documents.labels.SUPPORTED_LANGUAGES` (en, az, kk, ru). A tag outside
them (``fr``, a typo such as ``kz``) would print English labels and default names while
the user asked for something else, so a typed tag is refused, and the message lists
the languages there are. The commands pass what the user typed through
:func:`parse_language` or :func:`parse_languages`; the window offers choices instead.
"""
from __future__ import annotations

from desktop_app.documents.labels import SUPPORTED_LANGUAGES
from desktop_app.domain.errors import FieldProblem, ValidationError, problem

__all__ = ["LANGUAGE_NAMES", "SUPPORTED_LANGUAGES", "english_language_name", "parse_language",
           "parse_languages"]

#: The English names of the languages an event is usually in, for the command line's
#: messages. The window shows the same names translated: ``ui.dialogs.form_support``
#: lists them again as literals for lupdate, and a test keeps the two lists equal.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "az": "Azerbaijani",
    "kk": "Kazakh",
    "ru": "Russian",
    "tr": "Turkish",
    "uz": "Uzbek",
    "ky": "Kyrgyz",
    "tk": "Turkmen",
    "fr": "French",
    "de": "German",
    "ar": "Arabic",
    "zh": "Chinese",
    "es": "Spanish",
    "ka": "Georgian",
}


def english_language_name(tag: str) -> str | None:
    """``kk`` (or ``kk-KZ``) -> ``Kazakh``; None for a language without a name here."""
    return LANGUAGE_NAMES.get(tag.split("-")[0].lower())


def _unsupported(field: str, tag: str) -> FieldProblem | None:
    """Why ``tag`` cannot be asked for, or None when it is a supported language."""
    if tag.lower() in SUPPORTED_LANGUAGES:
        return None
    return problem(field, tag, '"{tag}" is not a supported language; choose from {choices}',
                   tag=tag, choices=", ".join(SUPPORTED_LANGUAGES))


def parse_languages(text: str | None, field: str = "lang") -> tuple[str, ...]:
    """``"az,en"`` -> ``("az", "en")`` (lower case); None or empty -> ``()``.

    Raises ``ValidationError`` naming every tag that is not a supported language."""
    if not text:
        return ()
    tags = tuple(tag.strip() for tag in text.split(",") if tag.strip())
    problems = [found for tag in tags if (found := _unsupported(field, tag)) is not None]
    if problems:
        raise ValidationError(problems)
    return tuple(tag.lower() for tag in tags)


def parse_language(text: str | None, field: str = "language") -> str | None:
    """One supported language (lower case), or None when ``text`` is None or empty.

    Raises ``ValidationError`` when ``text`` is not a supported language (a list of
    several, ``az,en``, is not one either)."""
    tag = (text or "").strip()
    if not tag:
        return None
    found = _unsupported(field, tag)
    if found is not None:
        raise ValidationError(found)
    return tag.lower()
