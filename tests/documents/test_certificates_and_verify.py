"""Certificates: one page per signed/ready agreement; codes that verify."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop_app.documents.digest import parse_code
from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.domain.models import Agreement, Organization
from desktop_app.services.documents import DocumentOptions, generate_document
from desktop_app.services.events import import_event_document
from desktop_app.services.verification import verify_code
from desktop_app.storage import Database

from .conftest import (
    MARKUP_KEY,
    SAMPLE_KEY,
    make,
    markup_document,
    page_count,
    page_texts,
)

CODE = re.compile(r"(\S+:[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})")


@pytest.fixture(scope="module")
def sample_pages(sample_db, out_dir: Path) -> list[str]:
    return page_texts(make(sample_db, SAMPLE_KEY, "certificates", out_dir))


def test_the_sample_gives_forty_landscape_pages_in_signing_order(
        sample_db, out_dir: Path, sample_pages: list[str]) -> None:
    assert len(sample_pages) == 40
    page = PdfReader(out_dir / f"{SAMPLE_KEY}-certificates.pdf").pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    for number, text in enumerate(sample_pages, start=1):
        assert f"Reference AZ-KZ/2025/{number:03d}" in text


def test_a_page_has_everything_a_certificate_needs(sample_pages: list[str]) -> None:
    first = sample_pages[0]
    for snippet in ("CERTIFICATE OF SIGNING", "Memorandum on joint research and innovation",
                    "Research agreement", "Reference AZ-KZ/2025/001",
                    "was signed on 4 March 2025 in Baku",
                    "Round table on expanding cooperation in higher education",
                    "ADA University", "ADA Universiteti", "Al-Farabi Kazakh National University",
                    "Әл-Фараби атындағы Қазақ ұлттық университеті", "Amb. Hafiz Pashayev",
                    "Hafiz Paşayev", "Prof. Nurlan Sarsenbayev", "Нұрлан Сәрсенбаев", "Rector",
                    "SIGNATURE", "VERIFICATION CODE"):
        assert snippet in first, snippet


def test_every_printed_code_verifies(sample_db: Database, sample_pages: list[str]) -> None:
    codes = [CODE.search(text).group(1) for text in sample_pages]  # type: ignore[union-attr]
    assert len(set(codes)) == 40
    for code in codes[:5]:
        result = verify_code(sample_db, code)
        assert result.matches, result.reason
        assert result.event_key == SAMPLE_KEY
    assert verify_code(sample_db, codes[0]).reference == "AZ-KZ/2025/001"
    # The digest alone, lower case and without hyphens, is found too.
    digest = codes[3].split(":")[1]
    alone = verify_code(sample_db, digest.replace("-", "").lower())
    assert alone.matches and alone.reference == "AZ-KZ/2025/004"


def test_a_tampered_code_is_rejected(sample_db: Database, sample_pages: list[str]) -> None:
    code = CODE.search(sample_pages[0]).group(1)  # type: ignore[union-attr]
    last = code[-1]
    tampered = code[:-1] + ("0" if last != "0" else "1")
    result = verify_code(sample_db, tampered)
    assert not result.matches
    assert "no longer matches" in result.reason
    # Another agreement's reference with this digest does not match either.
    swapped = code.replace("AZ-KZ/2025/001", "AZ-KZ/2025/002")
    assert not verify_code(sample_db, swapped).matches
    unknown = verify_code(sample_db, code.replace("AZ-KZ/2025/001", "XX/1"))
    assert not unknown.matches and 'no agreement has the reference "XX/1"' in unknown.reason


@pytest.mark.parametrize("bad", ["", "AZ:12", ":ABCD-EFGH-JKMN", "AZ-KZ/2025/001:ABCD-EFGH-!!!!"])
def test_a_malformed_code_is_a_validation_error(sample_db: Database, bad: str) -> None:
    with pytest.raises(ValidationError) as info:
        verify_code(sample_db, bad)
    assert info.value.field == "code"


def test_changing_the_record_invalidates_its_code(db: Database, tmp_path: Path) -> None:
    import_event_document(db, markup_document())
    path = tmp_path / "c.pdf"
    generate_document(db, MARKUP_KEY, "certificates", path)
    code = CODE.search(page_texts(path)[0]).group(1)  # type: ignore[union-attr]
    assert verify_code(db, code).matches
    with db.session() as session:
        organization = session.scalars(select(Organization).where(
            Organization.key == "bsu")).one()
        organization.name = "Baku State University (renamed)"
    assert not verify_code(db, code).matches
    assert parse_code(code).reference == "KZ-AZ/2026/001"
    assert parse_code(code.replace(":", "#")) == parse_code(code)  # typed with '#'


def test_the_qr_code_uses_alphanumeric_mode() -> None:
    import segno

    code = segno.make_qr("AZ-KZ/2025/001:FWR5-1EJY-XECY", error="m", boost_error=False)
    assert code.mode == "alphanumeric" and code.version == 2


def test_draft_and_cancelled_agreements_get_no_page(markup_db, out_dir: Path) -> None:
    path = make(markup_db, MARKUP_KEY, "certificates", out_dir, languages=("en",))
    pages = page_texts(path)
    assert len(pages) == 2  # one signed, one ready; the draft and the cancelled one get none
    text = " ".join(pages)
    assert "KZ-AZ/2026/003" not in text and "KZ-AZ/2026/004" not in text
    assert "Memorandum <on> cooperation & exchange" in pages[0]
    assert "AT&T" not in pages[0]
    # Signed at 11:00 in Almaty on 13 May; the ready one is planned for its item's day.
    assert "was signed on 13 May 2026 in Алматы" in pages[0]
    assert "is to be signed on 13 May 2026 in Алматы" in pages[1]
    assert "Әл-Фараби атындағы ҚазҰУ" in pages[0]


def test_kazakh_labels(markup_db, out_dir: Path) -> None:
    pages = page_texts(make(markup_db, MARKUP_KEY, "certificates", out_dir, name="kk.pdf",
                            languages=("kk",)))
    assert "ҚОЛ ҚОЮ ТУРАЛЫ КУӘЛІК" in pages[0]
    assert "2026 ж. 13 мамыр" in pages[0]
    assert "Саясат Нұрбек" in pages[0]


def test_agreement_option_limits_and_checks_references(markup_db, out_dir: Path) -> None:
    path = make(markup_db, MARKUP_KEY, "certificates", out_dir, name="one.pdf",
                agreements=("KZ-AZ/2026/002",))
    assert page_count(path) == 1
    with pytest.raises(ValidationError) as info:
        generate_document(markup_db, MARKUP_KEY, "certificates", out_dir / "draft.pdf",
                          DocumentOptions(agreements=("KZ-AZ/2026/003",)))
    assert info.value.value == "KZ-AZ/2026/003" and "draft" in str(info.value)
    with pytest.raises(NotFoundError):
        generate_document(markup_db, MARKUP_KEY, "certificates", out_dir / "none.pdf",
                          DocumentOptions(agreements=("NOPE",)))
    assert not (out_dir / "draft.pdf").exists() and not (out_dir / "none.pdf").exists()


def test_an_event_with_nothing_to_certify_is_refused(db: Database, tmp_path: Path) -> None:
    doc = markup_document()
    doc["agreements"] = [a for a in doc["agreements"] if a["status"] in ("draft", "cancelled")]
    import_event_document(db, doc)
    with pytest.raises(ValidationError) as info:
        generate_document(db, MARKUP_KEY, "certificates", tmp_path / "c.pdf")
    assert "no signed or ready agreement" in str(info.value)
    assert list(tmp_path.glob("*.pdf*")) == []
    with db.reader() as session:
        assert session.scalars(select(Agreement)).first() is not None
