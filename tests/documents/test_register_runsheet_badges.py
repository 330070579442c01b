"""Register, run sheet, badges and place cards: content, counts, languages."""
from __future__ import annotations

import json
import math
from pathlib import Path

from pypdf import PdfReader

from desktop_app.resources import sample_event_path

from .conftest import MARKUP_KEY, SAMPLE_KEY, make, page_count, page_texts, pdf_text

SAMPLE = json.loads(sample_event_path().read_text(encoding="utf-8"))
TAKING_PART = {key for item in SAMPLE["agenda"] for key in item.get("speakers", [])} | {
    item["chair"] for item in SAMPLE["agenda"] if "chair" in item} | {
    party["signatory"] for a in SAMPLE["agreements"] for party in a["parties"]}
PEOPLE = {p["id"]: p for p in SAMPLE["people"]}


def full_name(key: str) -> str:
    return f"{PEOPLE[key]['given_name']} {PEOPLE[key]['family_name']}"


# -- register ------------------------------------------------------------------

def test_register_lists_every_agreement_in_signing_order_with_totals(
        sample_db, out_dir: Path) -> None:
    text = pdf_text(make(sample_db, SAMPLE_KEY, "register", out_dir))
    position = 0
    for agreement in sorted(SAMPLE["agreements"], key=lambda a: a["signing"]["order"]):
        position = text.index(agreement["reference"], position)
    assert "Prof. Nurlan Sarsenbayev, Rector" in text
    assert "4 March 2025, 12:35" in text  # signed_at 12:35+04:00, shown in Asia/Baku
    assert "40 agreements between 17 universities from 2 countries" in text
    assert "Azerbaijan 40" in text and "Kazakhstan 40" in text
    assert "Signed 40" in text


def test_register_in_russian_uses_russian_plurals(sample_db, out_dir: Path) -> None:
    text = pdf_text(make(sample_db, SAMPLE_KEY, "register", out_dir, name="reg-ru.pdf",
                         languages=("ru",)))
    assert "40 соглашений между 17 университетами из 2 стран" in text
    assert "Реестр подписания" in text and "Азербайджан" in text


def test_register_keeps_drafts_and_cancelled_but_not_in_the_summary(
        markup_db, out_dir: Path) -> None:
    text = pdf_text(make(markup_db, MARKUP_KEY, "register", out_dir, languages=("en",)))
    for reference in ("KZ-AZ/2026/001", "KZ-AZ/2026/002", "KZ-AZ/2026/003", "KZ-AZ/2026/004"):
        assert reference in text
    assert "Draft <never printed> memo" in text and "Cancelled & withdrawn memo" in text
    # Live: signed, ready, draft = 3 agreements between BSU and KazNU.
    assert "3 agreements between 2 universities from 2 countries" in text
    assert "Cancelled 1" in text and "Draft 1" in text


# -- run sheet -----------------------------------------------------------------

def test_run_sheet_order_times_seating_originals_and_kit(sample_db, out_dir: Path) -> None:
    text = pdf_text(make(sample_db, SAMPLE_KEY, "runsheet", out_dir))
    assert "Not ready yet" not in text  # every sample agreement is signed and prepared
    assert "Signing of Memoranda of Understanding" in text
    assert "4 March 2025 · 12:35–13:35 · Conference Hall" in text
    # 40 signings share 60 minutes: the first at 12:35, the last at 13:33.
    assert "1 12:35 AZ-KZ/2025/001" in text and "40 13:33 AZ-KZ/2025/040" in text
    # The host country's party (Azerbaijan) sits on the right as the audience sees it.
    assert ("LEFT Prof. Nurlan Sarsenbayev Al-Farabi Kazakh National University "
            "RIGHT Amb. Hafiz Pashayev ADA University") in text
    assert "2 AZ · KK · EN" in text
    for line in ("Signing folders, one per original 80", "Pens at the table, plus spares 2 + 2",
                 "Table flags of the parties 2", "Place cards for the signatories 17"):
        assert line in text, line


def test_run_sheet_warns_about_agreements_not_ready(markup_db, out_dir: Path) -> None:
    pages = page_texts(make(markup_db, MARKUP_KEY, "runsheet", out_dir, languages=("en",)))
    first = pages[0]
    warning = first[first.index("Not ready yet"):first.index("ORDER OF SIGNING")]
    assert "2 agreement(s)" in warning
    assert "KZ-AZ/2026/002" in warning and "KZ-AZ/2026/003" in warning
    assert "KZ-AZ/2026/001" not in warning  # signed: no longer a preparation task
    assert "KZ-AZ/2026/004" not in " ".join(pages)  # cancelled: not on the run sheet
    assert "✗ Legal review" in warning and "Draft <never printed> memo" in warning
    assert first.index("Not ready yet") < first.index("Signing")


# -- badges and place cards ---------------------------------------------------

def test_badges_for_everyone_taking_part(sample_db, out_dir: Path) -> None:
    path = make(sample_db, SAMPLE_KEY, "badges", out_dir)
    assert page_count(path) == math.ceil(len(TAKING_PART) / 8)
    text = pdf_text(path)
    for key in TAKING_PART:
        assert full_name(key) in text, key
    assert "CHAIR" in text and "SPEAKER" in text and "SIGNATORY" in text
    assert "Нұрлан Сәрсенбаев" in text and "Emin Əmrullayev" in text


def test_badges_in_azerbaijani(sample_db, out_dir: Path) -> None:
    text = pdf_text(make(sample_db, SAMPLE_KEY, "badges", out_dir, name="b-az.pdf",
                         languages=("az",)))
    assert "Samir Əsədov" in text and "SƏDR" in text and "MƏRUZƏÇİ" in text
    assert "Bakı Dövlət Universiteti" in text


def test_place_cards_one_folded_sheet_each_readable_from_both_sides(
        sample_db, out_dir: Path) -> None:
    path = make(sample_db, SAMPLE_KEY, "placecards", out_dir)
    pages = page_texts(path)
    assert len(pages) == len(TAKING_PART)
    page = PdfReader(path).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    for key in TAKING_PART:
        name = full_name(key)
        holders = [text for text in pages if name in text]
        assert len(holders) == 1, name
        assert holders[0].count(name) == 2  # both faces
    assert "fold here" in pages[0]


def test_markup_names_on_badges_and_cards(markup_db, out_dir: Path) -> None:
    for kind in ("badges", "placecards"):
        text = pdf_text(make(markup_db, MARKUP_KEY, kind, out_dir, languages=("en",)))
        assert "<b>Bold O'Brien & Sons" in text, kind
        assert "AT&T <Research> \"Lab\"" in text, kind
        assert "İlqar Əliyev" in text, kind
