"""What the window remembers between sessions, typed and versioned.

Stored in QSettings under ``window/*`` and ``session/*`` with a
``settings/version``; ``load`` upgrades an older layout (and ignores values it
cannot read) so a changed shape never breaks a start.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings

#: Version 1: window/geometry, window/state, window/view (index), session/last_event.
SETTINGS_VERSION = 1
VERSION_KEY = "settings/version"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
VIEW_KEY = "window/view"
LAST_EVENT_KEY = "session/last_event"


def _bytes(value: object) -> QByteArray | None:
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _int(value: object, default: int) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default


@dataclass
class WindowSettings:
    geometry: QByteArray | None = None
    state: QByteArray | None = None
    view: int = 0
    last_event: str = ""

    @classmethod
    def load(cls, settings: QSettings) -> WindowSettings:
        version = _int(settings.value(VERSION_KEY, 0), 0)
        if version > SETTINGS_VERSION:
            return cls()  # written by a newer Roundtable: start from defaults, keep the file
        loaded = cls(_bytes(settings.value(GEOMETRY_KEY)), _bytes(settings.value(STATE_KEY)),
                     _int(settings.value(VIEW_KEY, 0), 0),
                     str(settings.value(LAST_EVENT_KEY, "") or ""))
        if version < SETTINGS_VERSION:  # version 0 had the same keys, unversioned
            settings.setValue(VERSION_KEY, SETTINGS_VERSION)
        return loaded

    def save(self, settings: QSettings) -> None:
        settings.setValue(VERSION_KEY, SETTINGS_VERSION)
        if self.geometry is not None:
            settings.setValue(GEOMETRY_KEY, self.geometry)
        if self.state is not None:
            settings.setValue(STATE_KEY, self.state)
        settings.setValue(VIEW_KEY, self.view)
        settings.setValue(LAST_EVENT_KEY, self.last_event)
        settings.sync()


def remember_last_event(settings: QSettings, event_key: str) -> None:
    settings.setValue(VERSION_KEY, SETTINGS_VERSION)
    settings.setValue(LAST_EVENT_KEY, event_key)
