"""Draft agreements in the programme: marked in the document's languages, or left out
with ``print programme --ready-only``."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli.app import main
from desktop_app.documents.labels import SUPPORTED_LANGUAGES, caps
from desktop_app.domain.errors import ValidationError
from desktop_app.services.documents import DocumentOptions, generate_document
from desktop_app.storage import Database

from .conftest import MARKUP_KEY, make, pdf_text

DRAFT = "KZ-AZ/2026/003"  # the markup event's draft, in the signing item
DRAFT_TITLE = "Draft <never printed> memo"
READY = ("KZ-AZ/2026/001", "KZ-AZ/2026/002")


def listing(text: str) -> str:
    """The programme's agreements, from the label above them to the participants."""
    return text[text.index(caps("en", "agreements_signed")):]


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_a_draft_is_marked_in_the_programmes_language(markup_db: Database, out_dir: Path,
                                                      language: str) -> None:
    text = pdf_text(make(markup_db, MARKUP_KEY, "programme", out_dir,
                         name=f"drafts-{language}.pdf", languages=(language,)))
    mark = caps(language, "draft_mark")
    assert f"{DRAFT} · {mark} · {DRAFT_TITLE}" in text
    assert text.count(mark) == 1  # the ready and signed ones are not marked
    for reference in READY:
        assert f"{reference} · {mark}" not in text
        assert reference in text


def test_the_marks_are_translated() -> None:
    marks = {caps(language, "draft_mark") for language in SUPPORTED_LANGUAGES}
    assert len(marks) == len(SUPPORTED_LANGUAGES)


def test_a_bilingual_programme_marks_in_both_languages(markup_db: Database,
                                                       out_dir: Path) -> None:
    text = pdf_text(make(markup_db, MARKUP_KEY, "programme", out_dir, name="drafts-kk-en.pdf",
                         languages=("kk", "en")))
    assert f"{DRAFT} · {caps('kk', 'draft_mark')} / {caps('en', 'draft_mark')} · " in text


def test_ready_only_leaves_drafts_out(markup_db: Database, out_dir: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    output = out_dir / "ready-only.pdf"
    code = main(["--db", markup_db.url, "print", "programme", MARKUP_KEY, "-o", str(output),
                 "--lang", "en", "--ready-only"])
    assert code == 0, capsys.readouterr().err
    text = pdf_text(output)
    assert DRAFT not in text and DRAFT_TITLE not in text
    assert caps("en", "draft_mark") not in text
    for reference in READY:
        assert reference in listing(text)


def test_ready_only_is_for_the_programme(markup_db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        generate_document(markup_db, MARKUP_KEY, "register", tmp_path / "r.pdf",
                          DocumentOptions(ready_only=True))
    assert info.value.field == "ready-only"
    assert not (tmp_path / "r.pdf").exists()
