"""Undo for the Translations view: one command per stored translation.

Every step (the edit, its undo, its redo) is a ``set_translation`` checked against the
version the window last saw of the record holding the text (a room's event, a topic's
agenda item, the record itself otherwise): ``TranslationVersions`` keeps that version
per window, updated by every load of the view and by every step stored. So undoing the
title after the description of the same item was translated is not refused as stale,
while a record someone else changed since is: the step is then refused and dropped.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication

from desktop_app.services.translation_editing import TextRow, set_translation
from desktop_app.ui.context import UiContext

from .record_commands import ServiceCommand


class TranslationVersions:
    """(owner kind, owner key) -> the version the window last saw of that record."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, str], int] = {}

    def get(self, owner: tuple[str, str]) -> int | None:
        return self._known.get(owner)

    def set(self, owner: tuple[str, str], version: int) -> None:
        self._known[owner] = version

    def seen(self, rows: list[TextRow]) -> None:
        """The versions of a fresh load (what the database holds now)."""
        self._known = {(row.owner_kind, row.owner_key): row.version for row in rows}


_versions: WeakKeyDictionary[UiContext, TranslationVersions] = WeakKeyDictionary()


def translation_versions(ctx: UiContext) -> TranslationVersions:
    versions = _versions.get(ctx)
    if versions is None:
        versions = _versions[ctx] = TranslationVersions()
    return versions


@dataclass(frozen=True)
class TranslationTarget:
    """Which text, in which language, of which event."""

    event_key: str
    kind: str
    key: str
    field: str
    language: str
    owner_kind: str
    owner_key: str

    @classmethod
    def of(cls, event_key: str, row: TextRow, language: str) -> TranslationTarget:
        return cls(event_key, row.kind, row.key, row.field, language, row.owner_kind,
                   row.owner_key)

    @property
    def owner(self) -> tuple[str, str]:
        return self.owner_kind, self.owner_key


# Told of every stored step: (target, the text now stored, the owner's new version).
Stored = Callable[[TranslationTarget, str, int], None]


class SetTranslationCommand(ServiceCommand):
    """Store ``after`` as the translation of ``target``; undo stores ``before`` again."""

    def __init__(self, ctx: UiContext, target: TranslationTarget, before: str, after: str,
                 description: str, stored: Stored | None = None) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "TranslationCommands", "Translate {text}", "undo command; text: which text and "
            "language, e.g. “Title of Panel discussion” (Kazakh)").format(text=description))
        self.target = target
        self.before = before
        self.after = after
        self.stored = stored
        self.versions = translation_versions(ctx)

    def _store(self, text: str) -> None:
        target = self.target
        version = set_translation(self.ctx.db, target.event_key, target.kind, target.key,
                                  target.field, target.language, text,
                                  expected_version=self.versions.get(target.owner))
        self.versions.set(target.owner, version)
        if self.stored is not None:
            self.stored(target, text, version)

    def apply(self) -> None:
        self._store(self.after)

    def revert(self) -> None:
        self._store(self.before)
