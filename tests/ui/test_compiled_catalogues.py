"""The compiled catalogues (``resources/translations/*.qm``) are committed, so that a
plain ``pip install .`` ships them; these tests fail when a ``.ts`` was edited and its
``.qm`` was not rebuilt with ``scripts/build-translations``.

The comparison goes through Qt's own ``QTranslator`` rather than the bytes, so that a
newer lrelease writing the same catalogue a little differently does not fail it.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tests.ui.translation_checks import CATALOGUES, TRANSLATIONS, Message, read_catalogue

REBUILD = "run scripts/build-translations and commit the .qm files"


def stale_messages(ts_file: Path, qm_file: Path) -> list[str]:
    """The finished messages of ``ts_file`` that ``qm_file`` translates differently."""
    translator = QTranslator()
    assert translator.load(str(qm_file)), f"{qm_file.name} does not load: {REBUILD}"
    stale = []
    for message in read_catalogue(ts_file).values():
        if not message.finished:
            continue
        if _translated(translator, message) not in _expected(message):
            stale.append(f"{message.context}: {message.source!r}")
    return stale


def _translated(translator: QTranslator, message: Message) -> str:
    disambiguation = message.comment or None
    count = 1 if message.numerus else -1
    return translator.translate(message.context, message.source, disambiguation, count)


def _expected(message: Message) -> tuple[str, ...]:
    # A numerus message answers with the form Qt's plural rule picks for 1; any of its
    # forms counts as current (the rule itself is Qt's, not the catalogue's).
    return message.translations


@pytest.mark.parametrize("language", CATALOGUES)
def test_committed_catalogue_matches_its_source(language: str) -> None:
    ts_file = TRANSLATIONS / f"roundtable_{language}.ts"
    qm_file = TRANSLATIONS / f"roundtable_{language}.qm"
    assert qm_file.is_file(), f"{qm_file} is missing: {REBUILD}"
    stale = stale_messages(ts_file, qm_file)
    assert not stale, f"{len(stale)} message(s) differ from {ts_file.name} ({REBUILD}): " \
                      + "; ".join(stale[:10])


def test_a_changed_source_is_caught(tmp_path: Path) -> None:
    """The check above fails for a catalogue whose .ts moved on after it was compiled."""
    ts_file = TRANSLATIONS / "roundtable_kk.ts"
    changed = tmp_path / "roundtable_kk.ts"
    source = ts_file.read_text(encoding="utf-8")
    first = next(m for m in read_catalogue(ts_file).values() if m.finished and not m.numerus)
    old = f"<translation>{_xml(first.translations[0])}</translation>"
    assert old in source
    changed.write_text(source.replace(old, "<translation>Жаңа аударма</translation>", 1),
                       encoding="utf-8")
    stale = stale_messages(changed, TRANSLATIONS / "roundtable_kk.qm")
    assert any(first.source in line for line in stale)


def _xml(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))
