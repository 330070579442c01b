"""The fonts every document uses, registered once from the shipped resources.

ReportLab's base-14 fonts print ə and all Cyrillic as blanks without any
error, so no document ever uses them for content: every piece of text goes
through the TrueType families registered here (embedded and subset).
``registerFontFamily`` is what makes ``<b>``/``<i>`` in a ``Paragraph`` pick
the bold and italic files; without it they silently stay regular.

A character the main families lack is drawn with the fallback font
(DejaVu Sans: Arabic, Hebrew, Georgian, Armenian, many symbols); one that no
shipped font has prints as a visible replacement mark and is logged once.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.resources import resource_path

log = logging.getLogger(__name__)

#: Printed in place of a character that no shipped font can draw.
REPLACEMENT = "\N{WHITE SQUARE}"

SERIF = "RtSerif"
SANS = "RtSans"
FALLBACK = "RtFallback"


@dataclass(frozen=True)
class FontFamily:
    """A registered family: the ReportLab names of its four faces."""

    name: str
    regular: str
    bold: str
    italic: str
    bold_italic: str

    def face(self, *, bold: bool = False, italic: bool = False) -> str:
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        return self.italic if italic else self.regular


_FILES: dict[str, tuple[str, str, str, str]] = {
    SERIF: ("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf",
            "NotoSerif-BoldItalic.ttf"),
    SANS: ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf",
           "NotoSans-BoldItalic.ttf"),
    # The fallback has no italic files: its italic faces map to the upright ones.
    FALLBACK: ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
}

_lock = threading.Lock()
_families: dict[str, FontFamily] = {}


def _register_family(name: str) -> FontFamily:
    regular_file, bold_file, italic_file, bold_italic_file = _FILES[name]
    faces = {
        "regular": (f"{name}", regular_file),
        "bold": (f"{name}-Bold", bold_file),
        "italic": (f"{name}-Italic", italic_file),
        "bold_italic": (f"{name}-BoldItalic", bold_italic_file),
    }
    for face_name, file_name in faces.values():
        if face_name not in pdfmetrics.getRegisteredFontNames():
            path = resource_path("fonts", file_name)
            pdfmetrics.registerFont(TTFont(face_name, str(path)))
    family = FontFamily(name, *(face for face, _ in faces.values()))
    pdfmetrics.registerFontFamily(name, normal=family.regular, bold=family.bold,
                                  italic=family.italic, boldItalic=family.bold_italic)
    # Paragraph's <b>/<i> look faces up by the *face* name too (e.g. a style
    # whose fontName is already the bold face), so map every face.
    for face in (family.regular, family.bold, family.italic, family.bold_italic):
        addMapping(face, 0, 0, family.regular)
        addMapping(face, 1, 0, family.bold)
        addMapping(face, 0, 1, family.italic)
        addMapping(face, 1, 1, family.bold_italic)
    return family


def register_fonts() -> dict[str, FontFamily]:
    """Register the serif, sans and fallback families (idempotent, thread-safe)."""
    with _lock:
        if not _families:
            for name in (SERIF, SANS, FALLBACK):
                _families[name] = _register_family(name)
        return dict(_families)


def family(name: str) -> FontFamily:
    return register_fonts()[name]


@cache
def _coverage(face_name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(face_name)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


@cache
def _coverage_chars(face_name: str) -> frozenset[str]:
    return frozenset(chr(code) for code in _coverage(face_name))


def font_has(face_name: str, char: str) -> bool:
    """Whether the registered TrueType face ``face_name`` has a glyph for ``char``."""
    return ord(char) in _coverage(face_name)


_warned: set[str] = set()


def _warn_missing(char: str) -> None:
    if char not in _warned:
        _warned.add(char)
        log.warning("no shipped font has U+%04X %r; printed as %s", ord(char), char, REPLACEMENT)


def _is_invisible(char: str) -> bool:
    # Joiners and variation selectors have no glyph of their own and are
    # harmless to drop; everything else visible must print or be replaced.
    code = ord(char)
    return code in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF) or 0xFE00 <= code <= 0xFE0F


def font_runs(text: str, face_name: str) -> list[tuple[str, str]]:
    """Split ``text`` into ``(face, chunk)`` runs so that every character has a glyph.

    Characters ``face_name`` lacks go to the fallback face of the same weight;
    characters no shipped font has become ``REPLACEMENT`` (logged once each).
    Control characters become spaces.
    """
    register_fonts()
    fallback = family(FALLBACK).face(bold="Bold" in face_name)
    covered = _coverage(face_name)
    fallback_covered = _coverage(fallback)
    runs: list[tuple[str, str]] = []
    current_face = face_name
    chunk: list[str] = []
    for char in text:
        code = ord(char)
        if code < 32 or 0x7F <= code < 0xA0:
            char, code = " ", 32
        if char == " " and chunk and current_face == fallback:
            face = fallback  # a space between two fallback words stays in their run
        elif code in covered:
            face = face_name
        elif _is_invisible(char):
            continue
        elif code in fallback_covered:
            face = fallback
        else:
            _warn_missing(char)
            face, char = face_name, REPLACEMENT
            if ord(REPLACEMENT) not in covered:
                face = fallback
        if face != current_face and chunk:
            runs.append((current_face, "".join(chunk)))
            chunk = []
        current_face = face
        chunk.append(char)
    if chunk:
        runs.append((current_face, "".join(chunk)))
    return runs


def needs_fallback(text: str, face_name: str) -> bool:
    """Quick test: does ``text`` have any character ``face_name`` cannot draw?"""
    return not _coverage_chars(face_name).issuperset(text)
