"""The agenda list names weekdays and months in the interface language, not strftime's English."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from desktop_app.services.agenda import list_agenda
from desktop_app.ui.models.agenda_model import AgendaTableModel


def _first_day_cell(ui_ctx) -> tuple[dt.date, str]:
    items = list_agenda(ui_ctx.db, ui_ctx.event_key)
    model = AgendaTableModel()
    model.set_items(items, {})
    return model.item_at(0).day, model.data(model.index(0, 0))


def test_the_day_column_follows_the_locale(qapp, ui_ctx):
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Russian))
        day, russian = _first_day_cell(ui_ctx)
        QLocale.setDefault(QLocale(QLocale.Language.English))
        _, english = _first_day_cell(ui_ctx)
    finally:
        QLocale.setDefault(previous)
    month_ru = QLocale(QLocale.Language.Russian).toString(
        QLocale(QLocale.Language.Russian).toDate(day.isoformat(), "yyyy-MM-dd"), "MMM")
    assert month_ru in russian and f"{day:%b}" not in russian
    assert english == f"{day:%a %d %b}"
