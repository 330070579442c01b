"""Column headers in English, Azerbaijani, Kazakh and Russian, and ``--map``."""
from __future__ import annotations

import pytest

from desktop_app.domain.text import name_skeleton
from desktop_app.exchange.table_fields import match_header
from desktop_app.exchange.table_mapping import map_columns


@pytest.mark.parametrize(("kind", "header", "field"), [
    ("people", "Name", "full_name"),
    ("people", "NAME", "full_name"),
    ("people", "  full_name ", "full_name"),
    ("people", "Ad", "given_name"),
    ("people", "Аты", "given_name"),
    ("people", "Имя", "given_name"),
    ("people", "Given name", "given_name"),
    ("people", "Soyad", "family_name"),
    ("people", "Тегі", "family_name"),
    ("people", "Фамилия", "family_name"),
    ("people", "ФИО", "full_name"),
    ("people", "Аты-жөні", "full_name"),
    ("people", "Vəzifə", "position"),
    ("people", "ЛАУАЗЫМЫ", "position"),
    ("people", "Должность", "position"),
    ("people", "E-Mail *", "email"),
    ("people", "e_mail", "email"),
    ("people", "Ölkə", "country"),
    ("people", "Ел", "country"),
    ("people", "Страна", "country"),
    ("people", "Name (kk)", "local_name:kk"),
    ("people", "Ad [az]", "local_name:az"),
    ("people", "name_ru", "local_name:ru"),
    ("organizations", "Name", "name"),
    ("organizations", "Adı", "name"),
    ("organizations", "Атауы", "name"),
    ("organizations", "Наименование", "name"),
    ("organizations", "Qısa ad", "short_name"),
    ("organizations", "Аббревиатура", "short_name"),
    ("organizations", "Şəhər", "city"),
    ("organizations", "Қала", "city"),
    ("organizations", "Название (az)", "local_name:az"),
    ("agreements", "Reference", "reference"),
    ("agreements", "№", "reference"),
    ("agreements", "Номер", "reference"),
    ("agreements", "Party 1", "party_1"),
    ("agreements", "Tərəf 2", "party_2"),
    ("agreements", "Тарап 1", "party_1"),
    ("agreements", "Сторона 2", "party_2"),
    ("agreements", "Signatory 2", "signatory_2"),
    ("agreements", "İmzalayan 1", "signatory_1"),
    ("agreements", "Подписант 2", "signatory_2"),
    ("agreements", "Party", "party_number"),
    ("agreements", "Signatory", "signatory"),
    ("agreements", "Дата подписания", "signed_at"),
    ("agreements", "İmzalanma tarixi", "signed_at"),
    ("agreements", "Қол қойылған күні", "signed_at"),
    ("agreements", "Short name", "ignore"),
])
def test_headers_in_four_languages(kind: str, header: str, field: str) -> None:
    assert match_header(kind, header) == field


@pytest.mark.parametrize("header", ["", "Shoe size", "Name (xx1)", "Comments 7"])
def test_unknown_headers_are_not_guessed(header: str) -> None:
    assert match_header("people", header) is None


def test_map_overrides_by_header_or_letter() -> None:
    headers = ["Имя", "Notes", "Фамилия"]
    mappings, problems = map_columns("people", headers, ["имя=full_name", "C=ignore", "B=bio"])
    assert problems == []
    assert [(m.letter, m.field, m.source) for m in mappings] == [
        ("A", "full_name", "--map"), ("B", "bio", "--map"), ("C", "ignore", "--map")]


def test_map_problems_are_all_reported() -> None:
    headers = ["Ad", "Имя", "Position"]
    _mappings, problems = map_columns("people", headers, ["Shoe=position", "Ad=shoe_size", "x"])
    text = "\n".join(str(p) for p in problems)
    assert '--map: the file has no column "Shoe"' in text
    assert '"shoe_size" is not a field of people' in text
    assert '--map "x": write COLUMN=FIELD' in text
    assert 'columns A "Ad" and B "Имя" both mean given_name' in text
    assert "no column gives full_name or family_name or key" in text


def test_map_gives_a_field_to_one_column_only() -> None:
    mappings, problems = map_columns("people", ["Name", "Full name"], ["Full name=full_name"])
    assert problems == []
    assert [(m.field, m.source) for m in mappings] == [(None, "none"),
                                                       ("full_name", "--map")]


@pytest.mark.parametrize(("one", "other"), [
    ("Sayasat Nurbek", "Саясат Нұрбек"),
    ("Nurbek Sayasat", "САЯСАТ НҰРБЕК"),
    ("Hafiz Pashayev", "Hafiz Paşayev"),
    ("Hafiz Pashayev", "Хафиз Пашаев"),
    ("Emin Amrullayev", "Emin Əmrullayev"),
    ("İlqar Əliyev", "ILQAR ALIYEV"),
    ("Xəzər Universiteti", "Хазар Университети"),
    ("Aigerim  Bekova", "Бекова Айгерим"),
    ("Ärzuman", "Ərzuman"),
    ("Әсем", "Äsem"),
])
def test_name_skeletons_match_across_scripts(one: str, other: str) -> None:
    assert name_skeleton(one) == name_skeleton(other)


@pytest.mark.parametrize(("one", "other"), [
    ("Nurlan Sarsenbayev", "Yerlan Sarsenbayev"),
    ("Baku State University", "Baku Engineering University"),
    ("Ali", "Alim"),
])
def test_name_skeletons_keep_different_names_apart(one: str, other: str) -> None:
    assert name_skeleton(one) != name_skeleton(other)
