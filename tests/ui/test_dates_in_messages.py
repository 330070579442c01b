"""Dates inside translated messages follow the interface language (issue 16, point 16):
a conflict warning ("overlap on 2026-12-03"), an agreement's validity ("2025-03-04 –
2030-03-03") and a rule's message with dates are shown in the language's format."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from desktop_app.domain.errors import FieldProblem, problem
from desktop_app.services.agenda import AgendaItemData, list_agenda, update_agenda_item
from desktop_app.services.agreements import list_agreements
from desktop_app.services.events import check_event
from desktop_app.ui.domain_messages import translated_reason, translated_warning
from desktop_app.ui.i18n import catalogue_path, install_language
from desktop_app.ui.views.agreements_view import AgreementsView

ISO = "2025-03-04"


@pytest.fixture
def russian(qapp) -> Iterator[None]:
    if not catalogue_path("ru").is_file():
        pytest.fail("the Russian catalogue is missing: run scripts/build-translations")
    assert install_language("ru") == "ru"
    yield
    install_language("en")


def test_a_conflict_warning_is_russian_with_a_russian_date(ui_ctx, russian) -> None:
    db, key = ui_ctx.db, ui_ctx.event_key
    coffee = next(i for i in list_agenda(db, key) if i.key == "coffee")
    data = AgendaItemData.from_row(coffee)
    data.room_id = next(i for i in list_agenda(db, key) if i.key == "panel").room_id
    data.start_time = dt.time(11, 10)   # into the rectors' remarks (10:50–11:20)
    update_agenda_item(db, coffee.id, data)
    warnings = [w for w in check_event(db, key) if w.code == "room-overlap"]
    assert warnings
    shown = translated_warning(warnings[0])
    assert ISO not in shown and "2025" in shown and "мар" in shown
    assert "overlap" not in shown


def test_validity_dates_in_the_agreement_panel(qtbot, ui_ctx, russian) -> None:
    view = AgreementsView(ui_ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.loading)
    agreement = next(a for a in list_agreements(ui_ctx.db, ui_ctx.event_key)
                     if a.valid_from is not None)
    view.show_record("agreement", agreement.key)
    text = view.details.facts.text()
    assert agreement.valid_from.isoformat() not in text
    assert str(agreement.valid_from.year) in text


def test_a_rule_message_with_dates(russian) -> None:
    found: FieldProblem = problem("day", "2026-12-09", "must be within the event ({first_day} "
                                  "to {last_day})", first_day="2026-12-03",
                                  last_day=dt.date(2026, 12, 4).isoformat())
    shown = translated_reason(found)
    assert "2026-12-03" not in shown and "дек" in shown
