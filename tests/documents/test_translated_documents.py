"""Every document in every event language prints each text in that language, falls back
to the default text where a translation is missing (no gap), and names the texts that
fell back (``DocumentResult.missing``).

The event is ``tests.support.translated_event_document``: en, az and kk, every text
translated except the Kazakh title of the panel (``MISSING_TRANSLATION``).
"""
from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.translations import event_texts
from desktop_app.services.documents import (
    DOCUMENT_KINDS,
    DocumentOptions,
    DocumentResult,
    generate_document,
)
from desktop_app.services.events import import_event_document
from desktop_app.services.loading import load_event
from desktop_app.storage import Database, open_database
from tests.support import MISSING_TRANSLATION, translated_event_document

from .conftest import page_texts, pdf_text

KEY = "baku-2026"
DOC = translated_event_document()
LANGUAGES = ("en", "az", "kk")
EVENT = DOC["event"]
ITEMS = {item["id"]: item for item in DOC["agenda"]}
PEOPLE = DOC["people"]
AGREEMENT = DOC["agreements"][0]
PANEL_WARNING = 'agenda item "panel" has no Kazakh title; printed in the default text'


def text_in(record: dict[str, Any], field: str, language: str) -> str:
    """What a document in ``language`` prints for ``field``: its translation, else the
    default text (the fixture's *_local maps, read like the database's)."""
    return (record.get(f"{field}_local") or {}).get(language) or record[field]


def translated(record: dict[str, Any], field: str, language: str) -> bool:
    return language in (record.get(f"{field}_local") or {})


#: kind of document -> the texts it prints: (record, field) pairs.
def printed_texts(kind: str) -> list[tuple[dict[str, Any], str]]:
    venue = EVENT["venue"]
    room = EVENT["rooms"][0]
    topic = ITEMS["panel"]["topics"][0]
    texts: list[tuple[dict[str, Any], str]] = [(EVENT, "title")]
    if kind == "programme":
        texts += [(EVENT, "subtitle"), (venue, "city"), (topic, "text"),
                  (ITEMS["panel"], "description"), (AGREEMENT, "title")]
        texts += [(item, "title") for item in ITEMS.values()]
    if kind in ("programme", "certificates", "register", "badges"):
        texts += [(person, "position") for person in PEOPLE]
    if kind == "certificates":
        texts += [(venue, "city")]
    if kind in ("register", "runsheet"):
        texts += [(AGREEMENT, "title")]
    if kind == "runsheet":
        texts += [(ITEMS["sign"], "title"), (room, "name")]
    return texts


@pytest.fixture(scope="module")
def translated_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(str(tmp_path_factory.mktemp("translated") / "x.sqlite"))
    import_event_document(database, DOC)
    yield database
    database.dispose()


Printed = dict[tuple[str, tuple[str, ...]], tuple[Path, DocumentResult]]


@pytest.fixture(scope="module")
def printed(translated_db: Database, tmp_path_factory: pytest.TempPathFactory) -> Printed:
    """Every document in every event language, and the bilingual programmes."""
    out = tmp_path_factory.mktemp("translated-pdf")
    runs = [(kind, (language,)) for kind in DOCUMENT_KINDS for language in LANGUAGES]
    runs += [("programme", ("az", "en")), ("programme", ("kk", "en"))]
    found: Printed = {}
    for kind, languages in runs:
        path = out / f"{kind}-{'-'.join(languages)}.pdf"
        result = generate_document(translated_db, KEY, kind, path,
                                   DocumentOptions(languages=languages))
        found[(kind, languages)] = (path, result)
    return found


def test_the_fixture_misses_one_translation() -> None:
    assert MISSING_TRANSLATION == ("agenda", "panel", "title", "kk")
    assert not translated(ITEMS["panel"], "title", "kk")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(DOCUMENT_KINDS))
def test_every_text_prints_in_the_documents_language(printed: Printed, kind: str,
                                                     language: str) -> None:
    path, _result = printed[(kind, (language,))]
    text = pdf_text(path)
    for record, field in printed_texts(kind):
        assert text_in(record, field, language) in text, (field, record.get("id"))
    # No default (English) text where the document's language has a translation; the
    # certificate prints its title in the agreement's languages, English among them.
    if language != "en":
        for record, field in printed_texts(kind):
            if translated(record, field, language) and not (
                    kind == "certificates" and record is AGREEMENT):
                assert record[field] not in text, (field, record[field])
    else:
        for record, field in printed_texts(kind):
            for other in ("az", "kk"):
                if translated(record, field, other) and not (
                        kind == "certificates" and record is AGREEMENT):
                    assert text_in(record, field, other) not in text, (field, other)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(DOCUMENT_KINDS))
def test_only_the_kazakh_programme_misses_a_text(printed: Printed, kind: str,
                                                 language: str) -> None:
    _path, result = printed[(kind, (language,))]
    expected = [PANEL_WARNING] if (kind, language) == ("programme", "kk") else []
    assert [missing.message for missing in result.missing] == expected


def test_the_missing_kazakh_title_prints_in_english_in_its_place(printed: Printed) -> None:
    path, result = printed[("programme", ("kk",))]
    text = pdf_text(path)
    assert "ПАНЕЛЬДІК ТАЛҚЫЛАУ Panel discussion Үш тақырып кезекпен" in text
    (missing,) = result.missing
    assert (missing.kind, missing.key, missing.field, missing.language) == \
        ("agenda_item", "panel", "title", "kk")


def test_the_bilingual_programme_shows_both_languages(printed: Printed) -> None:
    path, result = printed[("programme", ("az", "en"))]
    pages = page_texts(path)
    cover, text = pages[0], " ".join(pages)
    for snippet in ("Ali təhsil & elm üzrə dəyirmi masa Round table on <higher> education "
                    "& science", "Akademik mobillik Academic mobility",
                    "ADA Universiteti ADA University", "Bakı Baku"):
        assert snippet in cover, snippet
    # The running header: both titles.
    assert pages[1].startswith("Proqram / Programme Ali təhsil & elm üzrə dəyirmi masa / "
                               "Round table on <higher> education & science")
    for snippet in ("Salamlama nitqi Welcome speech", "Panel müzakirəsi Panel discussion",
                    "Üç mövzu növbə ilə Three topics in turn",
                    "1. İkili diplom proqramları Dual degree programmes",
                    "Elm və Təhsil Naziri, ADA Universiteti Minister of Science and "
                    "Education, ADA University",
                    "AZ-KZ/2026/001 · Akademik əməkdaşlıq haqqında memorandum Memorandum on "
                    "academic cooperation",
                    "Elm və Ali Təhsil Naziri Minister of Science and Higher Education "
                    "Al-Farabi Kazakh National University"):  # the list of participants
        assert snippet in text, snippet
    assert result.missing == ()


def test_a_bilingual_form_equal_to_the_first_is_not_repeated(printed: Printed) -> None:
    path, result = printed[("programme", ("kk", "en"))]
    text = pdf_text(path)
    # No Kazakh panel title: the first form is the English one, so it prints once.
    assert "ПАНЕЛЬДІК ТАЛҚЫЛАУ / PANEL DISCUSSION Panel discussion Үш тақырып кезекпен "\
           "Three topics in turn" in text
    assert "Panel discussion Panel discussion" not in text
    assert [missing.message for missing in result.missing] == [PANEL_WARNING]


def test_the_certificate_title_in_every_language_of_the_agreement(printed: Printed) -> None:
    for language in LANGUAGES:
        path, _result = printed[("certificates", (language,))]
        (page,) = page_texts(path)
        titles = [text_in(AGREEMENT, "title", tag) for tag in AGREEMENT["languages"]]
        positions = [page.index(title) for title in titles]
        assert positions == sorted(positions), language  # az, kk, en: the agreement's order
        for person in PEOPLE:
            assert text_in(person, "position", language) in page, language


def _printed_once(db: Database, tmp_path: Path, kind: str, languages: tuple[str, ...],
                  doc: dict[str, Any]) -> tuple[str, DocumentResult]:
    import_event_document(db, doc)
    path = tmp_path / f"{kind}.pdf"
    result = generate_document(db, doc["event"]["id"], kind, path,
                               DocumentOptions(languages=languages))
    return pdf_text(path), result


def test_a_certificate_title_without_a_translation_prints_once_in_the_default(
        db: Database, tmp_path: Path) -> None:
    doc = copy.deepcopy(DOC)
    agreement = doc["agreements"][0]
    agreement["languages"] = ["en", "kk", "az"]
    del agreement["title_local"]["kk"]
    text, result = _printed_once(db, tmp_path, "certificates", ("en",), doc)
    english, azerbaijani = agreement["title"], agreement["title_local"]["az"]
    assert text.count(english) == 1
    assert text.index(english) < text.index(azerbaijani)  # en, (kk: en again), az
    assert "Академиялық ынтымақтастық" not in text
    # Printed in English, but the Kazakh original's title is missing: the one warning.
    assert [missing.message for missing in result.missing] == [
        'agreement "AZ-KZ/2026/001" has no Kazakh title; printed in the default text']


def test_a_language_no_text_is_translated_into_prints_every_default(
        db: Database, tmp_path: Path) -> None:
    text, result = _printed_once(db, tmp_path, "badges", ("ru",), copy.deepcopy(DOC))
    assert EVENT["title"] in text and PEOPLE[0]["position"] in text
    assert [missing.message for missing in result.missing] == [
        "the event has no Russian title; printed in the default text",
        'person "amrullayev" has no Russian position; printed in the default text',
        'person "nurbek" has no Russian position; printed in the default text']


@pytest.mark.parametrize("kind", list(DOCUMENT_KINDS))
def test_the_missing_texts_are_exactly_the_defaults_a_document_prints(
        db: Database, tmp_path: Path, kind: str) -> None:
    """In a language nothing is translated into, a document names as missing every text
    it prints, and no other (``documents.printed_texts`` agrees with the builders)."""
    doc = copy.deepcopy(DOC)
    doc["event"]["venue"]["name"] = "ADA University campus"  # not the organization's name
    doc["event"]["venue"]["address"] = "61 Ahmadbey Aghaoglu Street"
    doc["event"]["rooms"].append({"id": "atrium", "name": "Atrium hall"})
    doc["agenda"][2]["room"] = "atrium"  # two rooms: the programme names them
    doc["agreements"][0]["languages"] = ["ru"]
    text, result = _printed_once(db, tmp_path, kind, ("ru",), doc)
    missing = {(found.kind, found.key, found.field) for found in result.missing}
    assert {found.language for found in result.missing} == {"ru"}
    with db.reader() as session:
        entries = [(entry.kind, entry.key, entry.field, entry.default)
                   for entry in event_texts(load_event(session, KEY))]
    for record_kind, key, field, default in entries:
        assert (default in text) == ((record_kind, key, field) in missing), \
            (record_kind, key, field, default)
    assert len(missing) == len(result.missing)


LONG_TITLES = {
    "en": "Memorandum of understanding on joint doctoral programmes, research laboratories "
          "and the exchange of students and staff",
    "az": "Birgə doktorantura proqramları, elmi laboratoriyalar, tələbə və əməkdaş mübadiləsi "
          "haqqında anlaşma memorandumu",
    "kk": "Бірлескен докторантура бағдарламалары, ғылыми зертханалар және студенттер мен "
          "қызметкерлер алмасуы туралы өзара түсіністік меморандумы",
}


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_long_titles_in_three_languages_leave_the_parties_their_room(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture, paper: str) -> None:
    from desktop_app.documents.certificates import CertificatePainter

    doc = copy.deepcopy(DOC)
    agreement = doc["agreements"][0]
    agreement["title"] = LONG_TITLES["en"]
    agreement["title_local"] = {"az": LONG_TITLES["az"], "kk": LONG_TITLES["kk"]}
    doc["event"]["title_local"]["kk"] += " — Әзербайжан мен Қазақстан арасындағы ынтымақтастық"
    rooms: list[tuple[float, float]] = []
    parties = CertificatePainter._parties

    def measured(self: CertificatePainter, found: Any, *, top: float, bottom: float) -> None:
        rooms.append((top - bottom, self._parties_height(found)))
        parties(self, found, top=top, bottom=bottom)

    monkeypatch.setattr(CertificatePainter, "_parties", measured)
    import_event_document(db, doc)
    path = tmp_path / "c.pdf"
    generate_document(db, KEY, "certificates", path,
                      DocumentOptions(languages=("kk",), paper=paper))
    (room, needed), = rooms
    assert room >= needed  # names, room to sign, the line and the signatories all fit
    text = pdf_text(path)
    for title in LONG_TITLES.values():
        assert title in text  # whole: smaller, never shortened
    assert "shortened" not in caplog.text
