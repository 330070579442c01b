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


def file_stem(*parts: str | None, limit: int = MAX_STEM) -> str:
    """The parts (a title, a document kind) as one lower-case ASCII stem, each word
    kept apart by a hyphen, cut at a word to ``limit`` characters; "document" when
    nothing is left."""
    words = "-".join(_SEPARATORS.sub("-", anyascii(part).lower()).strip("-")
                     for part in parts if part and part.strip())
    stem = re.sub(r"-{2,}", "-", words).strip("-")
    if len(stem) > limit:
        stem = stem[:limit].rsplit("-", 1)[0] or stem[:limit]
    return stem or "document"


def document_file_name(event_title: str, document: str, suffix: str = ".pdf") -> str:
    """The default file name of an event's document: ``<title>-<document>.pdf``; a long
    title is shortened, never the document's name (the files of one event differ by it)."""
    kind = file_stem(document)
    return f"{file_stem(event_title, limit=max(MAX_STEM - len(kind) - 1, 1))}-{kind}{suffix}"
