"""The window keeps its shape in every interface language (issue 8, found by the translators).

Run with the real catalogues compiled by ``scripts/build-translations``; a language whose
``.qm`` is missing fails (a skip would hide a broken installation). Checks: the agenda
item dialog fits in 800 px even with hundreds of long-named people, its chair is found
by a folded name; table columns are wide enough for their translated headers and for
the longest status or kind; "Name" of a person and of an organization are translated
separately; the Seating view fits beside the side bar of a 1,280 px window.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QStyle, QTableView, QToolButton

from desktop_app.documents.labels import label
from desktop_app.domain.text import search_key
from desktop_app.domain.vocabulary import AgendaKind
from desktop_app.services.agenda import AgendaItemData
from desktop_app.services.snapshots import EventRow, PersonRow, RoomRow
from desktop_app.ui.i18n import UI_LANGUAGES, catalogue_path, install_language

MAMMADOV = 7  # the person the chair search must find


@pytest.fixture(params=UI_LANGUAGES)
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    """Each interface language, installed from its compiled catalogue."""
    lang = str(request.param)
    if lang != "en" and not catalogue_path(lang).is_file():
        pytest.fail(f"{catalogue_path(lang)} is missing: run scripts/build-translations")
    assert install_language(lang) == lang, \
        f"{catalogue_path(lang)} does not load: run scripts/build-translations"
    yield lang
    install_language("en")


def _people(count: int) -> list[PersonRow]:
    """People with long names, positions and organizations (the labels that once made
    the combo boxes, and so the dialog, over 1,200 px wide)."""
    people = []
    for i in range(count):
        family = "Məmmədov" if i == MAMMADOV else f"Abdurrahmanov-Nurmukhamedov-{i}"
        given = f"Nurmukhamed-Alexander-{i}"
        people.append(PersonRow(
            i + 1, f"p{i}", 1, "Prof. Dr.", given, family, (),
            "Vice-Rector for International Relations and Strategic Partnerships", i % 4 + 1,
            f"Azerbaijan State University of Economics and International Diplomacy {i % 4}",
            "AZ", None, None, None, None, search_key([given, family])))
    return people


def _event() -> EventRow:
    return EventRow(1, "rt", 1, "Round table", None, dt.date(2026, 5, 1), dt.date(2026, 5, 2),
                     "Asia/Baku", "Hall", None, "Baku", "AZ", ("az", "en"), None,
                     (RoomRow(1, "hall", "Main hall", 80),), (1,))


def test_agenda_item_dialog_fits_800_px_and_finds_the_chair_by_folded_name(
        qtbot, language: str) -> None:
    from desktop_app.ui.dialogs.agenda_item_dialog import AgendaItemDialog

    submitted: list[AgendaItemData] = []
    dialog = AgendaItemDialog(_event(), _people(300),
                              lambda data: submitted.append(data))  # type: ignore[func-returns-value]
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(AgendaKind.PANEL.value))
    dialog.show()
    assert dialog.chair_picker.isVisible()  # a panel: chair and topics shown
    assert dialog.minimumSizeHint().width() <= 800
    assert dialog.minimumWidth() <= 800
    # The pickers list only the hosts' people (organization 1), not all 300.
    assert dialog.chair_picker.count() == 1 + 75
    assert dialog.speaker_picker.count() == 75

    line = dialog.chair_picker.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "mammadov")
    results = dialog.chair_picker.results
    found = [results.item(row).text() for row in range(results.rowCount())]
    assert len(found) == 1 and found[0].startswith("Prof. Dr. Nurmukhamed-Alexander-7 Məmmədov")
    dialog.chair_picker.search_completer.activated[QModelIndex].emit(  # type: ignore[index]
        results.index(0, 0))
    qtbot.waitUntil(lambda: dialog.chair_picker.value() == MAMMADOV + 1)
    assert "chair" not in dialog.errors.messages()

    dialog.title_edit.setText("Panel")
    dialog.save()
    assert submitted and submitted[-1].chair_id == MAMMADOV + 1


def test_a_chair_typed_but_not_picked_is_refused_beside_the_field(qtbot) -> None:
    from desktop_app.ui.dialogs.agenda_item_dialog import AgendaItemDialog

    submitted: list[AgendaItemData] = []
    dialog = AgendaItemDialog(_event(), _people(20),
                              lambda data: submitted.append(data))  # type: ignore[func-returns-value]
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Panel")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(AgendaKind.PANEL.value))
    dialog.chair_picker.lineEdit().setText("nobody of that name")
    assert "chair" in dialog.errors.messages() and not dialog.save_button.isEnabled()
    dialog.save()
    assert not submitted
    dialog.chair_picker.lineEdit().setText("")  # emptied: no chair
    assert "chair" not in dialog.errors.messages() and dialog.save_button.isEnabled()
    dialog.chair_picker.lineEdit().setText("nobody of that name")
    # A speech has no chair: the same text does not stop it.
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(AgendaKind.SPEECH.value))
    assert dialog.save_button.isEnabled()
    dialog.save()
    assert submitted and submitted[-1].chair_id is None


def test_speakers_are_added_from_a_search_and_kept_in_order(qtbot) -> None:
    from desktop_app.ui.dialogs.agenda_item_dialog import AgendaItemDialog

    dialog = AgendaItemDialog(_event(), _people(20), lambda data: None)
    qtbot.addWidget(dialog)
    picker = dialog.speaker_picker
    line = picker.lineEdit()
    # Typed in Azerbaijani capitals (QTest types ASCII only: set the text as an input
    # method would, then signal the edit).
    line.setText("MƏMMƏD")
    line.textEdited.emit("MƏMMƏD")
    assert picker.results.rowCount() == 1
    picker.search_completer.activated[QModelIndex].emit(  # type: ignore[index]
        picker.results.index(0, 0))
    # A name picked from the search list is added at once (issue 16, point 1).
    qtbot.waitUntil(lambda: dialog.speaker_ids() == [MAMMADOV + 1])
    dialog._add_speaker()
    picker.choose(3)
    dialog._add_speaker()
    dialog._add_speaker()  # the same person twice is listed once
    assert dialog.speaker_ids() == [MAMMADOV + 1, 3]
    assert picker.value() is None  # cleared for the next name
    # Reordered from the keyboard too: the arrow buttons beside the list.
    down = next(b for b in dialog.findChildren(QToolButton)
                if b.accessibleName() == "Move the speaker down")
    dialog.speakers_list.setCurrentRow(0)
    qtbot.mouseClick(down, Qt.MouseButton.LeftButton)
    assert dialog.speaker_ids() == [3, MAMMADOV + 1]
    assert dialog.speakers_list.currentRow() == 1  # the moved speaker stays selected
    qtbot.mouseClick(down, Qt.MouseButton.LeftButton)  # already last: nothing moves
    assert dialog.speaker_ids() == [3, MAMMADOV + 1]
    # Typed and not picked: added when exactly one person matches, else nothing.
    line.setText("familyname")  # matches nobody (the others are Abdurrahmanov-…)
    dialog._add_speaker()
    line.setText("abdurrahmanov")  # matches 19 people
    dialog._add_speaker()
    assert dialog.speaker_ids() == [3, MAMMADOV + 1]
    line.setText("nurmukhamedov-12")
    dialog._add_speaker()
    assert dialog.speaker_ids() == [3, MAMMADOV + 1, 13]


def _header_need(table: QTableView, column: int) -> int:
    header = table.horizontalHeader()
    text = str(table.model().headerData(column, Qt.Orientation.Horizontal))
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    # A long title is shown on two lines (``header_lines``): its widest line counts.
    return max(header.fontMetrics().horizontalAdvance(line)
               for line in text.split("\n")) + 2 * margin


def _cell_need(table: QTableView, text: str, icon: bool = False) -> int:
    return table.fontMetrics().horizontalAdvance(text) + (
        table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) if icon else 0)


def _views(ctx):
    from desktop_app.ui.views.agenda_view import AgendaView
    from desktop_app.ui.views.agreements_view import AgreementsView
    from desktop_app.ui.views.organizations_view import OrganizationsView
    from desktop_app.ui.views.people_view import PeopleView
    from desktop_app.ui.views.translations_view import TranslationsView

    return {"people": PeopleView(ctx), "organizations": OrganizationsView(ctx),
            "agreements": AgreementsView(ctx), "agenda": AgendaView(ctx),
            "translations": TranslationsView(ctx)}


def test_columns_fit_translated_headers_and_vocabulary(qtbot, ui_ctx, language: str) -> None:
    from desktop_app.ui.models.agreements_model import AgreementsTableModel

    views = _views(ui_ctx)
    for view in views.values():
        qtbot.addWidget(view)
        view.resize(1600, 900)
        view.show()
    views["agenda"].show_list()  # the table page, not the timeline
    for view in views.values():
        qtbot.waitUntil(lambda view=view: not getattr(view, "loading", False))
    for name, view in views.items():
        table = view.table
        for column in range(table.model().columnCount()):
            if table.isColumnHidden(column):  # chosen from the header (issue 16, point 10)
                continue
            assert table.columnWidth(column) >= _header_need(table, column), (
                language, name, table.model().headerData(column, Qt.Orientation.Horizontal))
    agreements = views["agreements"].table
    for status in ("draft", "ready", "signed", "cancelled"):
        assert agreements.columnWidth(AgreementsTableModel.STATUS_COLUMN) >= _cell_need(
            agreements, label(language, f"status.{status}"), icon=True), (language, status)
    agenda = views["agenda"].table
    for kind in AgendaKind:
        assert agenda.columnWidth(4) >= _cell_need(
            agenda, label(language, f"kind.{kind.value}"), icon=True), (language, kind)


def test_the_seating_view_fits_a_1280_px_window(qtbot, ui_ctx, language: str) -> None:
    """Its widest controls (a head table with rows) and the side panel beside the chart fit
    beside the side bar of a 1,280 px window, the chart keeping most of the width."""
    from desktop_app.ui.views.seating_view import SeatingView

    view = SeatingView(ui_ctx)
    qtbot.addWidget(view)
    # What a 1,280 px main window leaves beside its side bar (main_window.py's width).
    available = 1280 - max(170, view.fontMetrics().horizontalAdvance("O") * 16) - 4
    view.resize(available, 720)
    view.show()
    qtbot.waitUntil(lambda: not view.loading)
    controls = view.controls
    controls.layout_combo.setCurrentIndex(controls.layout_combo.findData("head"))
    controls.rows_spin.setValue(4)
    assert controls.rows_spin.isVisibleTo(view)
    assert view.minimumSizeHint().width() <= available, (language, view.minimumSizeHint())
    assert view.chart.width() >= 600, (language, view.chart.width())


def test_long_header_titles_take_two_lines() -> None:
    from desktop_app.ui.models.record_table import header_lines

    assert header_lines("Протокольное старшинство") == "Протокольное\nстаршинство"
    assert header_lines("Protokol ardıcıllığı") == "Protokol\nardıcıllığı"
    assert header_lines("Short name") == "Short name"  # short: one line
    assert header_lines("Vatandaşlıqsızlaşdırılmış") == "Vatandaşlıqsızlaşdırılmış"  # no space
    assert header_lines("a b c d e f g h i j k l") == "a b c d e f\ng h i j k l"


def test_name_of_a_person_and_of_an_organization_are_translated_apart(qapp, language: str) -> None:
    from desktop_app.ui.models.organizations_model import OrganizationsTableModel
    from desktop_app.ui.models.people_model import PeopleTableModel

    def name(model) -> str:
        return str(model.headerData(0, Qt.Orientation.Horizontal))

    person, organization = name(PeopleTableModel()), name(OrganizationsTableModel())
    if language == "en":
        assert person == organization == "Name"
    else:  # «Имя» of a person, «Название» of an organization
        assert person != organization and "Name" not in (person, organization)


def test_code_comments_are_not_translator_comments() -> None:
    """lupdate takes a ``#:`` comment before a tr() call as the translator's comment; the
    translators found code notes ("How close (in pixels)…") beside these messages."""
    import xml.etree.ElementTree as ET

    from desktop_app.resources import resource_path

    root = ET.parse(resource_path("translations", "roundtable_ru.ts")).getroot()
    noted = {(context.findtext("name"), message.findtext("source"))
             for context in root.iter("context") for message in context.iter("message")
             if message.findtext("extracomment")}
    contexts_without_notes = {"AgendaBlock", "AgendaCommands", "AgendaItemDialog",
                              "EventSession", "RecordListView", "UiContext", "StatusStrip",
                              "PersonPicker", "AgreementsView", "PeopleCommands",
                              "AgreementsTable"}
    assert not {(c, s) for c, s in noted if c in contexts_without_notes}
    assert ("MainWindow", "Views") not in noted
    assert ("MainWindow", "Overview") in noted  # a real translator comment stays
