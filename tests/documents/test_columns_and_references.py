"""Column headers and short words fit their columns unbroken, in every language, and a
reference is never broken (not at a hyphen, not between characters)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.documents.labels import SUPPORTED_LANGUAGES, label
from desktop_app.services.documents import DocumentOptions, generate_document
from desktop_app.services.events import import_event_document
from desktop_app.storage import Database, open_database

from .conftest import MARKUP_KEY, markup_document

CANCELLED = "KZ-AZ/2026/003-CANCELLED"
#: Longer than a reference column may grow: set smaller, still on one line.
DRAFT = "KZ-AZ/2026/005-REVISED-AFTER-LEGAL-REVIEW"
REGISTER_HEADERS = ("no", "reference", "kind", "title", "parties", "status", "signed_at")
RUNSHEET_HEADERS = ("no", "planned", "title", "seating", "originals")


@pytest.fixture(scope="module")
def references_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    doc = markup_document()
    for agreement in doc["agreements"]:
        if agreement["status"] == "cancelled":
            agreement["reference"] = CANCELLED
        if agreement["status"] == "draft":
            agreement["reference"] = DRAFT
    database = open_database(str(tmp_path_factory.mktemp("references") / "x.sqlite"))
    import_event_document(database, doc)
    yield database
    database.dispose()


def lines_of(path: Path) -> list[str]:
    return [" ".join(line.split()) for page in PdfReader(path).pages
            for line in (page.extract_text() or "").splitlines()]


def printed(db: Database, tmp_path: Path, kind: str, language: str) -> list[str]:
    path = tmp_path / f"{kind}-{language}.pdf"
    generate_document(db, MARKUP_KEY, kind, path, DocumentOptions(languages=(language,)))
    return lines_of(path)


def whole_words(lines: list[str]) -> set[str]:
    return {word for line in lines for word in line.split()}


def assert_unbroken(reference: str, lines: list[str], at_least: int) -> None:
    tail = reference[-6:]
    holding = [line for line in lines if reference in line]
    broken = [line for line in lines if tail in line and reference not in line]
    assert len(holding) >= at_least and not broken, (reference, broken)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_register_headers_statuses_and_references_are_whole(
        references_db: Database, tmp_path: Path, language: str) -> None:
    lines = printed(references_db, tmp_path, "register", language)
    words = whole_words(lines)
    for key in REGISTER_HEADERS:
        for word in label(language, key).split():
            assert word in words, (key, word)
    for status in ("signed", "ready", "draft", "cancelled"):
        for word in label(language, f"status.{status}").split():
            assert word in words, (status, word)
    assert_unbroken(CANCELLED, lines, 1)
    assert_unbroken(DRAFT, lines, 1)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_run_sheet_headers_and_references_are_whole(references_db: Database, tmp_path: Path,
                                                    language: str) -> None:
    lines = printed(references_db, tmp_path, "runsheet", language)
    words = whole_words(lines)
    for key in RUNSHEET_HEADERS:
        for word in label(language, key).split():
            assert word in words, (key, word)
    assert_unbroken(DRAFT, lines, 2)  # in the warning block and in the order of signing


def test_the_kazakh_originals_header_is_one_word(references_db: Database,
                                                 tmp_path: Path) -> None:
    lines = printed(references_db, tmp_path, "runsheet", "kk")
    assert "Түпнұсқалар" in whole_words(lines)
    assert "Түпнұсқала" not in whole_words(lines) and "р" not in lines


@pytest.mark.parametrize("kind", ["programme", "certificates"])
def test_other_documents_print_references_whole(references_db: Database, tmp_path: Path,
                                                kind: str) -> None:
    lines = printed(references_db, tmp_path, kind, "en")
    if kind == "programme":
        assert_unbroken(DRAFT, lines, 1)
    assert_unbroken("KZ-AZ/2026/001", lines, 1)
