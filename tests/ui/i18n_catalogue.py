"""A small Russian catalogue compiled with pyside6-lrelease, for the language tests."""
from __future__ import annotations

import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

#: (context, English source, Russian) — enough to see menus, views and the dialog change.
RUSSIAN: tuple[tuple[str, str, str], ...] = (
    ("ActionRegistry", "&File", "&Файл"),
    ("ActionRegistry", "&Edit", "&Правка"),
    ("ActionRegistry", "&View", "&Вид"),
    ("ActionRegistry", "&Help", "&Справка"),
    ("MainWindow", "Overview", "Обзор"),
    ("MainWindow", "Agenda", "Программа"),
    ("MainWindow", "&Preferences…", "&Настройки…"),
    ("OverviewView", "Overview", "Обзор"),
    ("RecordTable", "Status", "Статус"),
    ("PreferencesDialog", "Preferences", "Настройки"),
    ("PreferencesDialog", "System default", "Как в системе"),
)


def compile_catalogue(folder: Path, language: str = "ru",
                      entries: tuple[tuple[str, str, str], ...] = RUSSIAN) -> Path:
    """Write a .ts of ``entries`` and compile it; returns the .qm path."""
    contexts: dict[str, list[str]] = {}
    for context, source, translation in entries:
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(translation)}</translation></message>")
    body = "".join(f"<context><name>{name}</name>{''.join(messages)}</context>"
                   for name, messages in contexts.items())
    ts = folder / f"roundtable_{language}.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
                  f'<TS version="2.1" language="{language}">{body}</TS>', encoding="utf-8")
    qm = folder / f"roundtable_{language}.qm"
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    return qm
