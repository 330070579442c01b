"""The Organizations table: one row per ``OrganizationRow``."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop_app.domain.text import fold
from desktop_app.services.snapshots import OrganizationRow
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP, TranslatedLabels

from .record_table import Column, RecordTableModel

_CENTER = Qt.AlignmentFlag.AlignCenter

KIND_LABELS = TranslatedLabels("OrganizationKinds", {
    "university": QT_TRANSLATE_NOOP("OrganizationKinds", "University"),
    "ministry": QT_TRANSLATE_NOOP("OrganizationKinds", "Ministry"),
    "embassy": QT_TRANSLATE_NOOP("OrganizationKinds", "Embassy"),
    "agency": QT_TRANSLATE_NOOP("OrganizationKinds", "Agency"),
    "company": QT_TRANSLATE_NOOP("OrganizationKinds", "Company"),
    "other": QT_TRANSLATE_NOOP("OrganizationKinds", "Other"),
})


def organization_search_key(org: OrganizationRow) -> str:
    names = org.search_key or fold(" | ".join([org.name, org.short_name or "",
                                              *org.local_names.values()]))
    return " | ".join([names, fold(org.city or ""), org.key])


ORGANIZATION_COLUMNS: list[Column[OrganizationRow]] = [
    # "Name" and "Local names" of an organization, not of a person: their own context.
    Column(QT_TRANSLATE_NOOP("OrganizationsTable", "Name"), lambda o: o.name,
           context="OrganizationsTable"),
    Column(QT_TRANSLATE_NOOP("RecordTable", "Short name"), lambda o: o.short_name or ""),
    Column(QT_TRANSLATE_NOOP("OrganizationsTable", "Local names"),
           lambda o: " · ".join(o.local_names.values()),
           tooltip=lambda o: "\n".join(f"{lang}: {name}" for lang, name in o.local_names.items())
           or None, context="OrganizationsTable"),
    Column(QT_TRANSLATE_NOOP("RecordTable", "Kind"), lambda o: KIND_LABELS.get(o.kind, o.kind)),
    Column(QT_TRANSLATE_NOOP("RecordTable", "Country"), lambda o: o.country, align=_CENTER),
    Column(QT_TRANSLATE_NOOP("RecordTable", "City"), lambda o: o.city or ""),
]


class OrganizationsTableModel(RecordTableModel[OrganizationRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(ORGANIZATION_COLUMNS, organization_search_key, lambda o: o.id, parent)
