"""The register's headline count adds up with its totals by status, in every language."""
from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from desktop_app.documents.labels import SUPPORTED_LANGUAGES, label
from desktop_app.services.documents import DocumentOptions, generate_document
from desktop_app.services.events import import_event_document
from desktop_app.storage import Database

from .conftest import MARKUP_KEY, make, markup_document, pdf_text

STATUSES = ("signed", "ready", "draft", "cancelled")
#: The headline's number of agreements and of cancelled ones, by language.
HEADLINE = {
    "en": r"(\d+) agreements? between .*? \((\d+) cancelled not counted\)",
    "az": r"(\d+) saziş \((\d+) ləğv edilmiş saziş nəzərə alınmayıb\)",
    "kk": r"(\d+) келісім \(күші жойылған (\d+) келісім есепке алынбаған\)",
    "ru": r"(\d+) соглашени\w* между .*? \((\d+) отменённ\w+ соглашени\w+ не учтен[оы]\)",
}


def status_total(text: str, language: str) -> int:
    """The sum of the table by status, read back: "Signed 1 Ready 1 …"."""
    table = text[text.index(label(language, "by_status")):]
    total = 0
    for status in STATUSES:
        found = re.search(rf"{re.escape(label(language, f'status.{status}'))} (\d+)", table)
        total += int(found.group(1)) if found else 0
    return total


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_the_headline_and_the_status_table_agree(markup_db: Database, out_dir: Path,
                                                 language: str) -> None:
    text = pdf_text(make(markup_db, MARKUP_KEY, "register", out_dir,
                         name=f"reg-counts-{language}.pdf", languages=(language,)))
    headline = re.search(HEADLINE[language], text)
    assert headline, text[text.index(label(language, "totals")):][:300]
    counted, cancelled = int(headline.group(1)), int(headline.group(2))
    assert (counted, cancelled) == (3, 1)
    assert counted + cancelled == status_total(text, language) == 4


@pytest.mark.parametrize(("cancelled", "words"), [
    (1, "1 отменённое соглашение не учтено"),
    (2, "2 отменённых соглашения не учтены"),
    (5, "5 отменённых соглашений не учтено"),
    (21, "21 отменённое соглашение не учтено"),
])
def test_russian_plurals_of_the_cancelled(db: Database, tmp_path: Path, cancelled: int,
                                          words: str) -> None:
    doc = markup_document()
    model = next(a for a in doc["agreements"] if a["status"] == "cancelled")
    doc["agreements"] = [a for a in doc["agreements"] if a["status"] != "cancelled"]
    for number in range(cancelled):
        extra = copy.deepcopy(model)
        extra.update(id=f"c{number}", reference=f"KZ-AZ/2026/C{number:02d}",
                     signing={"agenda_item": "sign", "order": 10 + number})
        doc["agreements"].append(extra)
    import_event_document(db, doc)
    path = tmp_path / "r.pdf"
    generate_document(db, MARKUP_KEY, "register", path, DocumentOptions(languages=("ru",)))
    text = pdf_text(path)
    assert f"3 соглашения между 2 университетами из 2 стран ({words})" in text
    assert status_total(text, "ru") == 3 + cancelled


def test_no_note_without_cancelled_agreements(sample_db: Database, out_dir: Path) -> None:
    text = pdf_text(make(sample_db, "ada-az-kz-2025", "register", out_dir,
                         name="reg-no-cancelled.pdf"))
    assert "40 agreements between 17 universities from 2 countries By status" in text
    assert status_total(text, "en") == 40
