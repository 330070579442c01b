"""File names made from titles in any script: ASCII, word separators kept.

A saved document's default name comes from the event's title and the document
("Özbəkistan–Azərbaycan rektorlar forumu" → ``ozbekistan-azerbaycan-rektorlar-forumu``);
the letters of Azerbaijani, Kazakh and Russian are transliterated by anyascii (one
well-kept table for every script, not one of our own), and every run of spaces and
punctuation (an en dash, a colon) becomes one hyphen, so the words stay apart.
"""
from __future__ import annotations

import re

from anyascii import anyascii

#: The longest name stem made (file systems allow 255 bytes; titles are long).
MAX_STEM = 80

_SEPARATORS = re.compile(r"[^a-z0-9]+")


def file_stem(*parts: str | None) -> str:
    """The parts (a title, a document kind) as one lower-case ASCII stem, each word
    kept apart by a hyphen; "document" when nothing is left."""
    words = "-".join(_SEPARATORS.sub("-", anyascii(part).lower()).strip("-")
                     for part in parts if part and part.strip())
    stem = re.sub(r"-{2,}", "-", words).strip("-")
    if len(stem) > MAX_STEM:
        stem = stem[:MAX_STEM].rsplit("-", 1)[0] or stem[:MAX_STEM]
    return stem or "document"


def document_file_name(event_title: str, document: str, suffix: str = ".pdf") -> str:
    """The default file name of an event's document: ``<title>-<document>.pdf``."""
    return file_stem(event_title, document) + suffix
