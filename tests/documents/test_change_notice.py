"""The printed change notice, in one language and in two, and the programme's version line."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.services.agenda import (
    AgendaItemData,
    get_agenda_item,
    list_agenda,
    move_agenda_item,
    update_agenda_item,
)
from desktop_app.services.change_notice import generate_change_notice
from desktop_app.services.documents import DocumentOptions, generate_document
from desktop_app.services.publishing import publish_version
from desktop_app.storage import Database

from .conftest import page_count, page_texts, pdf_text

KEY = "ada-az-kz-2025"
PUBLISHED = dt.datetime(2025, 2, 28, 10, 0, tzinfo=dt.UTC)  # 14:00 in Baku
ISSUED = dt.datetime(2025, 3, 2, 6, 30, tzinfo=dt.UTC)


def _v2(db: Database) -> None:
    """The sample: v1; the coffee break 15 minutes later and the panel renamed (in English
    and in Russian); v2 five days later."""
    publish_version(db, KEY, now=PUBLISHED)
    items = {item.key: item for item in list_agenda(db, KEY)}
    coffee = items["coffee"]
    move_agenda_item(db, coffee.id, start_time=dt.time(11, 35), expected_version=coffee.version)
    panel = get_agenda_item(db, items["panel"].id)
    data = AgendaItemData.from_row(panel)
    data.title = "Academic cooperation: the next five years"
    data.translations = {"title": {**panel.translations["title"],
                                   "ru": "Академическое сотрудничество: следующие пять лет"}}
    update_agenda_item(db, panel.id, data, panel.version)
    publish_version(db, KEY, now=PUBLISHED + dt.timedelta(days=5))


def test_the_notice_in_two_languages(db: Database, sample_event: str, tmp_path: Path) -> None:
    _v2(db)
    path = tmp_path / "changes.pdf"
    result = generate_change_notice(db, KEY, path, DocumentOptions(
        languages=("ru", "en"), generated_at=ISSUED), since="v1")
    assert result.pages == page_count(path) == 1 and result.changes == 2
    text = pdf_text(path)
    for expected in (
            "Изменения в программе по сравнению с версией v1 от 28 февраля 2025 г.",
            "Changes to the programme since v1 of 28 February 2025",
            "Выпущено 2 марта 2025 г. в 10:30 / Issued on 2 March 2025 at 10:30",
            "2 изменения / 2 changes",
            "Зачёркнуто — как было объявлено ранее. Рядом — как сейчас.",
            "вторник, 4 марта 2025 г. / Tuesday, 4 March 2025",
            # the panel: its old and new title in both languages
            "Название / Title",
            "Расширение академического сотрудничества между Азербайджаном и Казахстаном",
            "Академическое сотрудничество: следующие пять лет",
            "Expanding academic cooperation between Azerbaijan and Kazakhstan",
            "Academic cooperation: the next five years",
            # the coffee break: old time, then the new one
            "Кофе-брейк", "Время / Time 11:20–11:35 11:35–11:50"):
        assert expected in text, expected
    assert text.index("Академическое") < text.index("Кофе-брейк")  # programme order


def test_the_notice_lists_only_what_its_language_shows(db: Database, sample_event: str,
                                                       tmp_path: Path) -> None:
    """The panel was renamed in English and Russian only: an Azerbaijani notice lists the
    coffee break alone."""
    _v2(db)
    path = tmp_path / "az.pdf"
    result = generate_change_notice(db, KEY, path, DocumentOptions(languages=("az",),
                                                                   generated_at=ISSUED))
    assert result.changes == 0  # since v2, the last: nothing
    assert "Proqramda dəyişiklik yoxdur." in pdf_text(path)
    result = generate_change_notice(db, KEY, path, DocumentOptions(languages=("az",),
                                                                   generated_at=ISSUED),
                                    since="v1", until="v2")
    text = pdf_text(path)
    assert result.changes == 1
    assert "28 fevral 2025 tarixli v1 versiyası ilə 5 mart 2025 tarixli v2 versiyası arasında" \
        in text
    assert "Kofe fasiləsi" in text and "Vaxt 11:20–11:35 11:35–11:50" in text
    assert "akademik" not in text


def test_the_notice_is_refused_without_a_version_or_with_three_languages(
        db: Database, sample_event: str, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no version has been published yet"):
        generate_change_notice(db, KEY, tmp_path / "n.pdf")
    with pytest.raises(ValidationError, match="at most 2 languages"):
        generate_change_notice(db, KEY, tmp_path / "n.pdf",
                               DocumentOptions(languages=("az", "en", "ru")))
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".n.pdf*"))


def test_the_programme_names_its_version_or_says_draft(db: Database, sample_event: str,
                                                       tmp_path: Path) -> None:
    path = tmp_path / "programme.pdf"
    generate_document(db, KEY, "programme", path)
    assert "Draft" in page_texts(path)[1]
    publish_version(db, KEY, now=PUBLISHED)
    generate_document(db, KEY, "programme", path, DocumentOptions(languages=("kk",)))
    assert all("2025 ж. 28 ақпан күнгі v1 нұсқасы, сағат 14:00" in page
               for page in page_texts(path)[1:])
    assert "v1" not in page_texts(path)[0]  # the cover has no footer
    items = {item.key: item for item in list_agenda(db, KEY)}
    move_agenda_item(db, items["coffee"].id, start_time=dt.time(11, 35),
                     expected_version=items["coffee"].version)
    generate_document(db, KEY, "programme", path)
    assert "Draft: changed since v1 of 28 February 2025" in page_texts(path)[1]
