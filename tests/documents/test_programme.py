"""The programme: content in the right order and script, labels and dates per language."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.cldr import format_date, format_date_range
from desktop_app.documents.labels import LABELS, SUPPORTED_LANGUAGES, label, plural
from desktop_app.resources import sample_event_path

from .conftest import MARKUP_KEY, SAMPLE_KEY, make, page_texts, pdf_text


def topic_text(topic: str | dict) -> str:  # type: ignore[type-arg]
    """A topic's default text: a string in format 1, ``{"text": …}`` in format 2."""
    return topic if isinstance(topic, str) else topic["text"]


@pytest.fixture(scope="module")
def sample() -> dict:  # type: ignore[type-arg]
    return json.loads(sample_event_path().read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def english(sample_db, out_dir: Path) -> str:
    return pdf_text(make(sample_db, SAMPLE_KEY, "programme", out_dir, name="p-en.pdf",
                         languages=("en",)))


def test_cover_has_title_subtitle_dates_venue_and_hosts(sample_db, out_dir: Path) -> None:
    path = make(sample_db, SAMPLE_KEY, "programme", out_dir, name="p-cover.pdf")
    cover = page_texts(path)[0]
    for text in ("PROGRAMME", "Round table on expanding cooperation in higher education",
                 "Expanding academic cooperation between Azerbaijan and Kazakhstan",
                 "4 March 2025", "ADA University", "61 Ahmadbey Aghaoglu Street", "Baku",
                 "HOSTED BY", "Ministry of Science and Education of the Republic of Azerbaijan"):
        assert text in cover, text
    assert "Page" not in cover  # the cover is not numbered


def test_every_item_speaker_topic_and_agreement_appears_in_order(english: str, sample) -> None:
    people = {p["id"]: p for p in sample["people"]}
    position = 0
    for item in sample["agenda"]:
        position = english.index(item["title"], position)
        assert f"{item['start']} – {item['end']}" in english
        for key in item.get("speakers", []):
            person = people[key]
            name = f"{person['honorific']} {person['given_name']} {person['family_name']}"
            position = english.index(name, position)
        for topic in item.get("topics", []):
            assert topic_text(topic) in english
    assert "Moderator: Dr. Samir Asadov" in english
    for number, topic in enumerate(sample["agenda"][6]["topics"], start=1):
        assert f"{number}. {topic_text(topic)}" in english
    # Agreements in signing order, each with its parties.
    position = english.index("AGREEMENTS TO BE SIGNED")
    for agreement in sorted(sample["agreements"], key=lambda a: a["signing"]["order"]):
        position = english.index(f"{agreement['reference']} · {agreement['title']}", position)
    assert "AZ-KZ/2025/001 · Memorandum on joint research and innovation ADA University · " \
           "Al-Farabi Kazakh National University" in english


def test_rooms_are_shown_because_the_event_has_two(english: str) -> None:
    assert "Conference Hall" in english and "Atrium" in english


def test_participants_by_precedence_then_name(english: str) -> None:
    listing = english[english.index("List of participants"):]
    order = ["H.E. Emin Amrullayev", "H.E. Sayasat Nurbek", "H.E. Alim Bayel",
             "Amb. Hafiz Pashayev", "Prof. Dauren Abishev", "Prof. Saule Akhmetova"]
    positions = [listing.index(name) for name in order]
    assert positions == sorted(positions)


def test_pages_are_numbered_x_of_y_with_a_running_header(sample_db, out_dir: Path) -> None:
    path = make(sample_db, SAMPLE_KEY, "programme", out_dir, name="p-pages.pdf")
    pages = page_texts(path)
    numbered = len(pages) - 1
    assert numbered >= 3
    for index, text in enumerate(pages[1:], start=1):
        assert f"Page {index} of {numbered}" in text
        assert text.startswith("Round table on expanding cooperation") or \
            "Programme" in text[:200]


@pytest.mark.parametrize(("lang", "expected"), [
    ("az", ["Proqram", "Çərşənbə axşamı, 4 mart 2025", "Hafiz Paşayev", "Emin Əmrullayev",
            "Samir Əsədov", "Moderator: Dr. Samir Əsədov", "MÜZAKİRƏ MÖVZULARI",
            "İştirakçıların siyahısı",
            "Azərbaycan Respublikasının Elm və Təhsil Nazirliyi", "Səhifə 1 / "]),
    ("kk", ["Бағдарлама", "2025 ж. 4 наурыз, сейсенбі", "Саясат Нұрбек", "Әлім Баел",
            "Қатысушылар тізімі", "Әл-Фараби атындағы Қазақ ұлттық университеті",
            "ТАЛҚЫЛАУ ТАҚЫРЫПТАРЫ"]),
    ("ru", ["Программа", "вторник, 4 марта 2025 г.", "Список участников",
            "Страница 1 из ", "ПАНЕЛЬНАЯ ДИСКУССИЯ"]),
])
def test_labels_dates_and_names_follow_lang(sample_db, out_dir: Path, lang: str,
                                            expected: list[str], english: str) -> None:
    text = pdf_text(make(sample_db, SAMPLE_KEY, "programme", out_dir, name=f"p-{lang}.pdf",
                         languages=(lang,)))
    for snippet in expected:
        assert snippet in text, snippet
        assert snippet not in english, snippet
    assert "List of participants" not in text


def test_default_language_is_the_events_first(sample_db, out_dir: Path, english: str) -> None:
    text = pdf_text(make(sample_db, SAMPLE_KEY, "programme", out_dir, name="p-default.pdf"))
    assert text == english


def test_bilingual_programme_shows_both_forms(sample_db, out_dir: Path) -> None:
    text = pdf_text(make(sample_db, SAMPLE_KEY, "programme", out_dir, name="p-az-en.pdf",
                         languages=("az", "en")))
    for snippet in ("Proqram / Programme", "Çərşənbə axşamı, 4 mart 2025 / Tuesday, 4 March 2025",
                    "Hafiz Paşayev Hafiz Pashayev", "Emin Əmrullayev Emin Amrullayev",
                    "İştirakçıların siyahısı / List of participants"):
        assert snippet in text, snippet


def test_letter_paper(sample_db, out_dir: Path) -> None:
    path = make(sample_db, SAMPLE_KEY, "programme", out_dir, name="p-letter.pdf", paper="letter")
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_markup_and_three_scripts_print_literally(markup_db, out_dir: Path) -> None:
    text = pdf_text(make(markup_db, MARKUP_KEY, "programme", out_dir, name="p-markup.pdf",
                         languages=("ru",)))
    for snippet in ("Round table <Science & \"Education\"> — Алматы", "Opening <welcome>",
                    "Panel: Ғылым & \"innovation\"", "<b>Bold O'Brien & Sons",
                    "Алексей Смирнов-Щукин",
                    "Ильгар Алиев", "Dean \"of\" <Studies>", "AT&T <Research> \"Lab\"",
                    "Академиялық ұтқырлық", "1. Dual degrees",
                    "Казахский национальный университет им. аль-Фараби", "Wei \N{WHITE SQUARE}"):
        assert snippet in text, snippet
    # Kazakh programme: the Arabic local name is drawn by the fallback font.
    kazakh = pdf_text(make(markup_db, MARKUP_KEY, "programme", out_dir, name="p-markup-kk.pdf",
                           languages=("kk",)))
    assert "Саясат Нұрбек" in kazakh
    assert "<script>x</script> a <b>unclosed" in kazakh  # no Kazakh form: the default name
    # The Arabic name, joined and laid out right to left, by the fallback font.
    assert "Dr. كريم حداد" in unicodedata.normalize("NFKC", kazakh)
    assert "AT&T;" not in text and "&amp;" not in text


def test_every_label_exists_in_every_supported_language() -> None:
    for lang in SUPPORTED_LANGUAGES:
        assert set(LABELS[lang]) == set(LABELS["en"]), lang


def test_dates_and_plurals() -> None:
    import datetime as dt

    day = dt.date(2025, 3, 4)
    # CLDR's forms: a narrow no-break space before ж. and г., thin spaces around a dash.
    assert format_date(day, "en", "full") == "Tuesday, 4 March 2025"
    assert format_date(day, "kk") == "2025\N{NARROW NO-BREAK SPACE}ж. 4 наурыз"
    assert format_date(day, "ru-RU") == "4 марта 2025\N{NARROW NO-BREAK SPACE}г."
    assert format_date(day, "xx") == "4 March 2025"
    assert format_date_range(day, dt.date(2025, 3, 6), "en") == \
        "4\N{THIN SPACE}–\N{THIN SPACE}6 March 2025"
    assert format_date_range(dt.date(2025, 3, 30), dt.date(2025, 4, 2), "az") == \
        "30 mart\N{THIN SPACE}–\N{THIN SPACE}2 aprel 2025"
    assert [plural("ru", n, "word.country") for n in (1, 2, 5, 11, 21)] == \
        ["страны", "стран", "стран", "стран", "страны"]
    assert label("fr", "programme") == "Programme"
