"""The Organizations table: one row per ``OrganizationView``."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop_app.domain.text import fold
from desktop_app.services.views import OrganizationView

from .record_table import Column, RecordTableModel

_CENTER = Qt.AlignmentFlag.AlignCenter

KIND_LABELS = {
    "university": "University", "ministry": "Ministry", "embassy": "Embassy",
    "agency": "Agency", "company": "Company", "other": "Other",
}


def organization_search_key(org: OrganizationView) -> str:
    names = org.search_key or fold(" | ".join([org.name, org.short_name or "",
                                              *org.local_names.values()]))
    return " | ".join([names, fold(org.city or ""), org.key])


ORGANIZATION_COLUMNS: list[Column[OrganizationView]] = [
    Column("Name", lambda o: o.name),
    Column("Short name", lambda o: o.short_name or ""),
    Column("Local names", lambda o: " · ".join(o.local_names.values()),
           tooltip=lambda o: "\n".join(f"{lang}: {name}" for lang, name in o.local_names.items())
           or None),
    Column("Kind", lambda o: KIND_LABELS.get(o.kind, o.kind)),
    Column("Country", lambda o: o.country, align=_CENTER),
    Column("City", lambda o: o.city or ""),
]


class OrganizationsTableModel(RecordTableModel[OrganizationView]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(ORGANIZATION_COLUMNS, organization_search_key, lambda o: o.id, parent)
