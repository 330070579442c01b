"""The overview page and its figures service: counts, the chart, the warnings."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import event as sa_event

from desktop_app.services.agenda import AgendaItemData, list_agenda, update_agenda_item
from desktop_app.services.agreements import list_agreements, set_status
from desktop_app.services.overview import overview_figures
from desktop_app.ui.views.overview_view import OverviewView


def test_figures_of_the_sample_in_a_fixed_number_of_queries(sample_db):
    db, key = sample_db
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    sa_event.listen(db.engine, "before_cursor_execute", listener)
    try:
        figures = overview_figures(db, key)
    finally:
        sa_event.remove(db.engine, "before_cursor_execute", listener)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 7
    assert figures.agreements == 40
    assert figures.agreements_by_status == {"draft": 0, "ready": 0, "signed": 40,
                                            "cancelled": 0}
    assert figures.universities == 17 and figures.countries == 2
    assert figures.participants == 21 and figures.agenda_items == 9
    assert dict(figures.by_country) == {"AZ": 40, "KZ": 40}
    assert sum(count for _, count in figures.by_university) == 80  # two parties each
    counts = [count for _, count in figures.by_university]
    assert counts == sorted(counts, reverse=True)


def test_cancelled_agreements_leave_the_chart_but_stay_in_the_status_counts(sample_db):
    db, key = sample_db
    first = list_agreements(db, key)[0]
    set_status(db, first.id, "cancelled")
    figures = overview_figures(db, key)
    assert figures.agreements_by_status["cancelled"] == 1
    assert figures.agreements_by_status["signed"] == 39
    assert dict(figures.by_country) == {"AZ": 39, "KZ": 39}


def test_the_page_shows_facts_figures_chart_and_warnings(qtbot, ui_ctx):
    view = OverviewView(ui_ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    assert view.title_label.text().startswith("Round table on expanding cooperation")
    assert "ADA University" in view.facts_label.text()
    assert view.agreements_card.value.text() == "40"
    assert "40 signed" in view.agreements_card.detail.text()
    assert view.universities_card.value.text() == "17"
    assert view.chart.rows()[0][1] == 7
    view.by_country.click()
    assert dict(view.chart.rows()) == {"AZ": 40, "KZ": 40}
    qtbot.waitUntil(lambda: "No conflicts" in view.warnings_list.item(0).text())
    assert view.warnings_list.count() == 1

    db, key = ui_ctx.db, ui_ctx.event_key
    welcome = next(i for i in list_agenda(db, key) if i.key == "welcome")
    data = AgendaItemData.from_row(welcome)
    data.start_time, data.end_time = dt.time(10, 5), dt.time(10, 15)
    update_agenda_item(db, welcome.id, data)
    qtbot.waitUntil(lambda: view.warnings_title.text() == "Warnings (1)")
    entry = view.warnings_list.item(0)
    assert "overlap" in entry.text()
    with qtbot.waitSignal(ui_ctx.navigate) as navigated:
        view.warnings_list.itemActivated.emit(entry)
    assert navigated.args[0] == "agenda"
    assert navigated.args[1] in {"welcome", "address-kz"}
