"""Fixtures for document tests: real databases, real PDFs, and their extracted text.

Generating a document takes a fraction of a second, so the sample event's
documents are made once per module and shared by its read-only tests.
"""
from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop_app.resources import sample_event_path
from desktop_app.services.documents import DocumentOptions, generate_document
from desktop_app.services.events import import_event_document, import_event_file
from desktop_app.storage import Database, open_database
from tests.support import small_event_document

SAMPLE_KEY = "ada-az-kz-2025"
MARKUP_KEY = "almaty-2026"


def normalise(text: str) -> str:
    """Whitespace collapsed, so that wrapped lines compare like the original text."""
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(path: Path) -> str:
    """The whole text of a PDF, whitespace collapsed."""
    return normalise(" ".join(page.extract_text() or "" for page in PdfReader(path).pages))


def page_texts(path: Path) -> list[str]:
    return [normalise(page.extract_text() or "") for page in PdfReader(path).pages]


def page_count(path: Path) -> int:
    return len(PdfReader(path).pages)


def markup_document() -> dict[str, Any]:
    """The shared small event, plus what printing must survive.

    Markup in names and titles, Azerbaijani and Kazakh letters, Russian names,
    an Arabic name (drawn by the fallback font), a CJK character (no shipped
    font has it: replaced and logged), and one agreement of each status.
    """
    doc = small_event_document()
    people = doc["people"]
    people.append({"id": "script", "given_name": "<script>x</script>",
                   "family_name": "a <b>unclosed", "organization": "acme",
                   "local_names": {"ru": "Алексей Смирнов-Щукин"}})
    people.append({"id": "arabic", "honorific": "Dr.", "given_name": "Karim",
                   "family_name": "Haddad", "local_names": {"en": "Karim Haddad",
                                                            "kk": "كريم حداد"},
                   "organization": "bsu", "position": "Dean \"of\" <Studies>"})
    people.append({"id": "cjk", "given_name": "Li", "family_name": "Wei 李",
                   "organization": "acme"})
    people[1]["local_names"]["ru"] = "Ильгар Алиев"
    doc["agenda"][0]["speakers"] += ["script", "arabic", "cjk"]
    agreements = doc["agreements"]
    base = agreements[1]
    for number, (status, title) in enumerate(
            [("draft", "Draft <never printed> memo"),
             ("cancelled", "Cancelled & withdrawn memo")], start=3):
        extra = copy.deepcopy(base)
        extra.update(id=f"a{number}", reference=f"KZ-AZ/2026/00{number}", status=status,
                     title=title, signing={"agenda_item": "sign", "order": number})
        agreements.append(extra)
    return doc


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(str(tmp_path_factory.mktemp("sample") / "x.sqlite"))
    import_event_file(database, sample_event_path())
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def markup_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(str(tmp_path_factory.mktemp("markup") / "x.sqlite"))
    import_event_document(database, markup_document())
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pdf")


def make(db: Database, event: str, kind: str, out: Path, name: str | None = None,
         **options: Any) -> Path:
    """Generate one document into ``out`` and return its path."""
    path = out / (name or f"{event}-{kind}.pdf")
    generate_document(db, event, kind, path, DocumentOptions(**options))
    return path
