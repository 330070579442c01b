"""The translation runtime: which language is chosen, installed, and what a missing
catalogue does. Real compiled catalogues (pyside6-lrelease), real QTranslators."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings

from desktop_app.cli.app import build_parser
from desktop_app.ui import i18n
from desktop_app.ui.i18n import (
    choose_language,
    current_language,
    install_language,
    missing_catalogue,
    save_preference,
    saved_preference,
    term,
    use_catalogue_folder,
)

from .i18n_catalogue import compile_catalogue


@pytest.fixture(autouse=True)
def back_to_english(qapp) -> Iterator[None]:
    yield
    install_language("en")


@pytest.fixture
def russian(tmp_path: Path) -> Iterator[Path]:
    """A compiled Russian catalogue where the runtime looks for catalogues."""
    qm = compile_catalogue(tmp_path)
    use_catalogue_folder(tmp_path)
    yield qm
    use_catalogue_folder(None)


def test_the_system_locale_decides_when_nothing_is_saved(ui_settings: QSettings) -> None:
    assert choose_language(ui_settings, system_locale=QLocale("ru_RU")) == "ru"
    assert choose_language(ui_settings, system_locale=QLocale("az_AZ")) == "az"
    assert choose_language(ui_settings, system_locale=QLocale("kk_KZ")) == "kk"
    assert choose_language(ui_settings, system_locale=QLocale("de_DE")) == "en"
    assert choose_language(ui_settings, system_locale=QLocale("en_GB")) == "en"


def test_the_saved_preference_beats_the_system_and_lang_beats_both(
        ui_settings: QSettings) -> None:
    save_preference(ui_settings, "kk")
    assert saved_preference(ui_settings) == "kk"
    assert choose_language(ui_settings, system_locale=QLocale("ru_RU")) == "kk"
    assert choose_language(ui_settings, "az", system_locale=QLocale("ru_RU")) == "az"
    assert choose_language(ui_settings, "ru-RU", system_locale=QLocale("en_US")) == "ru"
    # A language without a catalogue falls back to the next rule, it is not an error.
    assert choose_language(ui_settings, "fr", system_locale=QLocale("ru_RU")) == "kk"
    save_preference(ui_settings, "system")
    assert choose_language(ui_settings, system_locale=QLocale("ru_RU")) == "ru"


def test_a_garbled_saved_value_reads_as_system_and_bad_choices_are_refused(
        ui_settings: QSettings) -> None:
    ui_settings.setValue(i18n.LANGUAGE_KEY, "klingon")
    assert saved_preference(ui_settings) == "system"
    with pytest.raises(ValueError, match="klingon"):
        save_preference(ui_settings, "klingon")


def test_installing_russian_translates_and_formats_then_english_undoes_it(
        russian: Path) -> None:
    assert install_language("ru") == "ru"
    assert QCoreApplication.translate("ActionRegistry", "&File") == "&Файл"
    assert current_language() == "ru"
    assert term("status.signed") != "Signed"  # printed vocabulary follows the language
    assert QLocale().language() == QLocale.Language.Russian
    assert "ноя" in QLocale().toString(QDate(2026, 11, 29), "d MMM yyyy")
    # Qt's own catalogue came too: its standard buttons speak Russian.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"

    assert install_language("en") == "en"
    assert QCoreApplication.translate("ActionRegistry", "&File") == "&File"
    assert term("status.signed") == "Signed"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_a_missing_catalogue_means_english_and_one_log_line(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    missing = tmp_path / "roundtable_az.qm"
    with caplog.at_level(logging.WARNING, logger="desktop_app.ui.i18n"):
        shown = install_language("az", catalogue=missing)
    assert shown == "en"
    assert current_language() == "en"
    assert missing_catalogue() == "az"  # for the window to say so (test_missing_catalogue)
    lines = [r.getMessage() for r in caplog.records if r.name == "desktop_app.ui.i18n"]
    assert len(lines) == 1 and str(missing) in lines[0]
    install_language("en")
    assert missing_catalogue() is None


def test_an_unreadable_catalogue_is_no_crash(tmp_path: Path) -> None:
    broken = tmp_path / "roundtable_ru.qm"
    broken.write_bytes(b"this is not a catalogue")
    assert install_language("ru", catalogue=broken) == "en"


def test_switching_twice_leaves_one_catalogue_installed(russian: Path, tmp_path: Path) -> None:
    kazakh = compile_catalogue(tmp_path, "kk", (("ActionRegistry", "&File", "&Файл (kk)"),))
    install_language("ru")
    install_language("kk", catalogue=kazakh)
    assert QCoreApplication.translate("ActionRegistry", "&File") == "&Файл (kk)"
    assert QCoreApplication.translate("MainWindow", "Overview") == "Overview"


@pytest.mark.parametrize("argv, expected", [
    (["--lang", "ru"], "ru"), (["--lang", "kk", "gui"], "kk"), (["gui", "--lang", "az"], "az"),
    (["demo", "--lang", "ru"], "ru"), (["gui"], None),
])
def test_lang_option_of_the_window_commands(argv: list[str], expected: str | None) -> None:
    assert build_parser().parse_args(argv).lang == expected


def test_lang_option_refuses_an_unknown_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "xx"])
    assert "xx" in capsys.readouterr().err
