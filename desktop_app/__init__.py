"""Roundtable: one source of truth for round tables, agendas and MoU signings."""

#: The one place the version is set: pyproject.toml, ``roundtable --version``, the About
#: dialog, the bundles and the AppStream metainfo's newest release all follow it.
__version__ = "0.1.0"

#: Reverse-DNS application id: the .desktop file, the AppStream metainfo, the icon name
#: in the hicolor theme and ``QGuiApplication.desktopFileName`` all use it.
APP_ID = "org.roundtable.Roundtable"
