"""Text prints literally in the shipped fonts, with fallback and never a crash."""
from __future__ import annotations

import logging
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph, SimpleDocTemplate

from desktop_app.documents.fonts import (
    FALLBACK,
    REPLACEMENT,
    SANS,
    SERIF,
    family,
    font_has,
    font_runs,
    register_fonts,
)
from desktop_app.documents.styles import style
from desktop_app.documents.text import fit_lines, markup, text_width, visual, wrap_lines

from .conftest import MARKUP_KEY, SAMPLE_KEY, make, pdf_text

AZ_KK_LETTERS = "əƏğĞıİöÖüÜşŞçÇ" "әӘғҒқҚңҢөӨұҰүҮһҺіІ" "ёЁщЩъЪ"

KINDS = ("programme", "certificates", "register", "runsheet", "badges", "placecards")


def test_main_fonts_cover_every_azerbaijani_kazakh_and_russian_letter() -> None:
    register_fonts()
    for name in (SERIF, SANS):
        fam = family(name)
        for face in (fam.regular, fam.bold, fam.italic, fam.bold_italic):
            missing = [ch for ch in AZ_KK_LETTERS if not font_has(face, ch)]
            assert missing == [], f"{face} lacks {missing}"


def _paragraph_pdf(tmp_path: Path, texts: list[str]) -> str:
    path = tmp_path / "p.pdf"
    body = style("body")
    story = [Paragraph(markup(text, body.fontName), body) for text in texts]
    SimpleDocTemplate(str(path), initialFontName=body.fontName).build(story)
    return pdf_text(path)


@pytest.mark.parametrize("text", ["AT&T", "a <b>unclosed", "<script>x</script>",
                                  "\"quoted\" & 'single' > less < more", "&amp; stays &amp;"])
def test_markup_characters_print_literally(tmp_path: Path, text: str) -> None:
    assert _paragraph_pdf(tmp_path, [text]) == text


def test_bold_markup_selects_the_bold_face(tmp_path: Path) -> None:
    path = tmp_path / "b.pdf"
    body = style("body")
    SimpleDocTemplate(str(path), initialFontName=body.fontName).build(
        [Paragraph(f"<b>{markup('Əmrullayev', body.fontName)}</b>", body)])
    fonts = {str(font["/BaseFont"]) for page in PdfReader(path).pages
             for font in page["/Resources"]["/Font"].values()}
    # The PDF names a subset by the font's PostScript name.
    assert any(name.endswith("+NotoSerif-Bold") for name in fonts), fonts
    assert not any(name.endswith("+NotoSerif-Regular") for name in fonts), fonts
    assert pdf_text(path) == "Əmrullayev"


def test_a_script_the_main_font_lacks_falls_back(tmp_path: Path) -> None:
    arabic = "كريم حداد"
    runs = font_runs(f"Dr. {arabic}", family(SERIF).regular)
    assert [face for face, _ in runs] == [family(SERIF).regular, family(FALLBACK).regular]
    assert "".join(chunk for _, chunk in runs) == f"Dr. {arabic}"


@pytest.mark.parametrize(("text", "expected"), [
    # Arabic: letters joined into contextual forms, the run laid out right to left.
    ("Dr. كريم حداد", "Dr. \ufea9\ufe8d\ufeaa\ufea3 \ufee2\ufef3\ufeae\ufedb"),
    # Hebrew has no joining forms: only the order changes.
    ("Prof. שלום כהן", "Prof. ןהכ םולש"),
    ("Əmrullayev", "Əmrullayev"),
])
def test_right_to_left_names_print_joined_and_in_visual_order(
        tmp_path: Path, text: str, expected: str) -> None:
    assert visual(text) == expected  # what is drawn, left to right
    # pypdf reads right-to-left glyph runs back into logical order; undoing the
    # presentation forms then gives exactly the name that was stored.
    printed = _paragraph_pdf(tmp_path, [text])
    assert unicodedata.normalize("NFKC", printed) == text


def test_a_character_no_font_has_is_replaced_visibly_and_logged(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="desktop_app.documents.fonts"):
        # Characters no other test uses: each missing character is logged once per process.
        text = _paragraph_pdf(tmp_path, ["Wei 鑫 & 𝄢"])
    assert text == f"Wei {REPLACEMENT} & {REPLACEMENT}"
    assert "U+946B" in caplog.text and "U+1D122" in caplog.text


def test_control_characters_do_not_break_a_paragraph(tmp_path: Path) -> None:
    assert _paragraph_pdf(tmp_path, ["tab\there\x00nul"]) == "tab here nul"


@pytest.mark.parametrize("kind", KINDS)
def test_every_font_is_embedded_subset_and_none_is_base14(
        sample_db, markup_db, out_dir: Path, kind: str) -> None:
    for db, event in ((sample_db, SAMPLE_KEY), (markup_db, MARKUP_KEY)):
        path = make(db, event, kind, out_dir, name=f"fonts-{event}-{kind}.pdf")
        seen = set()
        for page in PdfReader(path).pages:
            resources = page["/Resources"]
            fonts = dict(resources.get("/Font", {}))
            for xobject in resources.get("/XObject", {}).values():
                fonts.update(xobject.get_object().get("/Resources", {}).get("/Font", {}))
            for font in fonts.values():
                font = font.get_object()
                name = str(font["/BaseFont"])
                seen.add(name)
                descendants = font.get("/DescendantFonts")
                descriptor = (descendants[0].get_object() if descendants else font).get(
                    "/FontDescriptor")
                assert descriptor is not None, f"{kind}: {name} has no font descriptor"
                assert "/FontFile2" in descriptor.get_object(), f"{kind}: {name} not embedded"
                # ReportLab names subset fonts like AAAAAA+RtSerif.
                assert "+" in name, f"{kind}: {name} is not a subset"
        assert seen, f"{kind}: no fonts found"
        assert not any(base in name for name in seen
                       for base in ("Helvetica", "Times", "Courier", "Symbol"))


def test_wrapping_cuts_a_word_wider_than_the_line() -> None:
    face = family(SERIF).regular
    lines = wrap_lines("short " + "Ə" * 200 + " end", face, 10, 100)
    assert "".join(lines).replace(" ", "") == "short" + "Ə" * 200 + "end"
    assert all(text_width(line, face, 10) <= 100 for line in lines)


def test_fit_lines_shrinks_then_shortens_with_a_warning(
        caplog: pytest.LogCaptureFixture) -> None:
    face = family(SERIF).bold
    size, lines = fit_lines("Memorandum on academic cooperation", face, 20, 150, max_lines=2,
                            minimum=8)
    assert 8 <= size <= 20 and len(lines) <= 2
    assert " ".join(lines) == "Memorandum on academic cooperation"
    with caplog.at_level(logging.WARNING, logger="desktop_app.documents.text"):
        size, lines = fit_lines("Ə<&>" * 2500, face, 20, 150, max_lines=2, minimum=8)
    assert size == 8 and len(lines) == 2 and lines[-1].endswith("…")
    assert all(text_width(line, face, 8) <= 150 for line in lines)
    assert "shortened" in caplog.text


def _text_positions(page: Any) -> list[tuple[float, float]]:
    """Where each non-blank run of text on a pypdf page starts, in page coordinates."""
    seen: list[tuple[float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: Any) -> None:
        if text.strip():
            seen.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    return seen


@pytest.mark.parametrize("kind", ["certificates", "badges", "placecards"])
def test_ten_thousand_characters_stay_inside_the_page(db, tmp_path: Path, kind: str) -> None:
    from desktop_app.services.documents import DocumentOptions, generate_document
    from desktop_app.services.events import import_event_document

    from .conftest import markup_document

    doc = markup_document()
    doc["event"]["title"] = "Ə<&>" * 2500
    doc["organizations"][0]["name"] = "Ə<&>" * 2500
    doc["organizations"][0]["local_names"] = {}
    doc["agreements"][0]["title"] = "Ə<&>" * 2500
    import_event_document(db, doc)
    path = tmp_path / f"{kind}.pdf"
    generate_document(db, MARKUP_KEY, kind, path, DocumentOptions(languages=("en",)))
    reader = PdfReader(path)
    for page in reader.pages:
        box = page.mediabox
        seen = _text_positions(page)
        assert seen
        for x, y in seen:
            assert -1 <= x <= float(box.width) and -1 <= y <= float(box.height), (x, y)
    assert "…" in pdf_text(path)
