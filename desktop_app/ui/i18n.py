"""The interface language: which catalogue is installed, and the shared vocabulary.

Words that appear both on screen and on printed documents (agreement statuses and
kinds, agenda item kinds) come from the documents' catalogue,
:mod:`desktop_app.documents.labels`, through :func:`term`, so the window and the PDFs
never call the same thing by two names.
"""
from __future__ import annotations

from desktop_app.documents.labels import label

_current_language = "en"


def current_language() -> str:
    """The language the interface is shown in (``en``, ``az``, ``kk`` or ``ru``)."""
    return _current_language


def set_current_language(language: str) -> None:
    """Record the interface language; the translator itself is installed elsewhere."""
    global _current_language
    _current_language = language


def term(key: str) -> str:
    """A word shared with the printed documents (``status.signed``, ``kind.panel``...)."""
    return label(_current_language, key)
