"""Editing translations in the forms (issue 13, part 5).

Every form with a translatable text shows it once per event language: the first language
is the form's own editor, each other language a line (or box) of ``TranslatedLineEdit`` /
``TranslatedTextEdit``. Each form is driven here like a user over
``translated_event_document()`` (en, az, kk): a translation edited, saved, read back
from the database, undone and redone.
"""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QToolButton
from sqlalchemy import select

from desktop_app.domain.errors import ValidationError, problem
from desktop_app.domain.models import AgendaItem, Agreement, Event, Person, Room
from desktop_app.services.agenda import list_agenda
from desktop_app.services.agreements import list_agreements
from desktop_app.services.events import import_event_document
from desktop_app.services.people import list_people
from desktop_app.services.snapshots import EventRow, RoomRow
from desktop_app.ui.context import UiContext
from desktop_app.ui.dialogs.person_dialog import PersonDialog
from desktop_app.ui.widgets.translated_field import TranslatedLineEdit, TranslatedTextEdit
from tests.support import translated_event_document

EVENT = "baku-2026"
SAVE = Qt.MouseButton.LeftButton


@pytest.fixture
def ctx(qtbot, db, ui_settings):
    """A UiContext over the translated event (en, az, kk), already selected."""
    import_event_document(db, translated_event_document())
    context = UiContext(db, ui_settings)
    context.set_event(EVENT)
    yield context
    context.close()


def _stored(ctx, model, **where):
    """The translations column of one row, read from the database."""
    with ctx.db.reader() as session:
        statement = select(model)
        for name, value in where.items():
            statement = statement.where(getattr(model, name) == value)
        return session.scalars(statement).one().translations


# --- the widget ---------------------------------------------------------------------------------

def test_one_line_per_language_the_first_being_the_main_editor(qtbot) -> None:
    main = QLineEdit("Rector")
    field = TranslatedLineEdit(["az", "ru", "kk"], main)
    qtbot.addWidget(field)
    field.setAccessibleName("Position")
    assert field.main is main and field.main_language == "az"
    assert list(field.editors) == ["ru", "kk"]
    assert [label.text() for label in field.labels.values()] == ["Azerbaijani", "Russian",
                                                                 "Kazakh"]
    assert field.editors["ru"].accessibleName() == "Position in Russian"
    assert field.editors["ru"].placeholderText() == \
        "not translated: the Azerbaijani text is used"
    field.set_translations({"ru": "Ректор", "kk": "", "tr": "Rektör"})
    field.editors["kk"].setText("   ")  # only spaces: not a translation
    assert field.translations() == {"ru": "Ректор", "tr": "Rektör"}  # tr kept, unseen
    main.clear()  # nothing to translate: the translations wait for a main text
    assert not field.editors["ru"].isEnabled()
    assert field.editors["kk"].placeholderText() == "type the Azerbaijani text first"
    main.setText("Rector")
    assert field.editors["ru"].isEnabled()


def test_languages_can_change_and_texts_stay_with_their_language(qtbot) -> None:
    field = TranslatedTextEdit(["en", "az"], tabs=True)
    qtbot.addWidget(field)
    field.main.setPlainText("Ministers meet")
    field.set_translations({"az": "Nazirlər görüşür"})
    assert field.tabs is not None and field.tabs.count() == 2
    field.set_languages(["en", "kk", "ru"])
    assert list(field.editors) == ["kk", "ru"] and field.main.toPlainText() == "Ministers meet"
    assert field.translations() == {"az": "Nazirlər görüşür"}  # unseen, not lost
    field.editors["kk"].setPlainText("Министрлер кездеседі")
    field.set_languages(["en", "az", "kk"])
    assert field.editors["az"].toPlainText() == "Nazirlər görüşür"
    assert field.translations() == {"az": "Nazirlər görüşür", "kk": "Министрлер кездеседі"}
    single = TranslatedLineEdit(["en"])
    qtbot.addWidget(single)
    assert single.editors == {} and single.labels == {}  # one language: just the editor


def test_fields_follow_the_event_languages(qtbot) -> None:
    """An event in az and ru: Azerbaijani is the main text, Russian the one other line."""
    from desktop_app.ui.dialogs.agenda_item_dialog import AgendaItemDialog

    person = PersonDialog(languages=["az", "ru"], organizations=[], save=lambda _data: None)
    qtbot.addWidget(person)
    assert person.position_field.main is person.position
    assert person.position_field.labels["az"].text() == "Azerbaijani"
    assert list(person.position_field.editors) == ["ru"]
    # The order is the event's, not the alphabet's: Russian first here.
    event = EventRow(1, "rt", 1, "Круглый стол", None, dt.date(2026, 5, 1),
                      dt.date(2026, 5, 1), "Asia/Baku", "Зал", None, "Баку", "AZ", ("ru", "az"),
                      None, (RoomRow(1, "hall", "Большой зал", 80),), ())
    item = AgendaItemDialog(event, [], lambda _data: None)
    qtbot.addWidget(item)
    for field in (item.title_field, item.description_field, item.topic_field):
        assert field.main_language == "ru" and list(field.editors) == ["az"]
    assert item.title_field.labels["ru"].text() == "Russian"


# --- the person form ----------------------------------------------------------------------------

def _person_dialog(qtbot, ctx):
    """The form of Sayasat Nurbek, opened from the People view."""
    from desktop_app.ui.views.people_view import PeopleView

    view = PeopleView(ctx)
    qtbot.addWidget(view)
    nurbek = next(p for p in list_people(ctx.db, EVENT) if p.key == "nurbek")
    dialog = view.person_dialog(nurbek)
    qtbot.addWidget(dialog)
    return dialog


def test_person_form_edits_the_position_in_each_language_and_undo_restores_it(
        qtbot, ctx) -> None:
    before = _stored(ctx, Person, key="nurbek")
    dialog = _person_dialog(qtbot, ctx)
    field = dialog.position_field
    assert [field.editor(tag).text() for tag in ("en", "az", "kk")] == [
        "Minister of Science and Higher Education", "Elm və Ali Təhsil Naziri",
        "Ғылым және жоғары білім министрі"]
    field.editor("az").setText("Elm və Ali Təhsil naziri")
    field.editor("kk").setText("  ")  # emptied: no translation, and no "is required"
    assert dialog.save_button.isEnabled() and dialog.messages.message("position") == ""
    qtbot.mouseClick(dialog.save_button, SAVE)
    assert dialog.result() == dialog.DialogCode.Accepted
    after = {"position": {"az": "Elm və Ali Təhsil naziri"}}
    assert _stored(ctx, Person, key="nurbek") == after
    ctx.undo_stack.undo()
    assert _stored(ctx, Person, key="nurbek") == before
    ctx.undo_stack.redo()
    assert _stored(ctx, Person, key="nurbek") == after


# --- the agenda item form -----------------------------------------------------------------------

def test_agenda_item_form_edits_title_description_and_topics_with_undo(qtbot, ctx) -> None:
    from desktop_app.ui.main_window import VIEWS, MainWindow

    window = MainWindow(ctx, views=VIEWS[:2])
    qtbot.addWidget(window)
    window.show()
    window.show_view(1)
    agenda_view = window.current_view()
    panel = next(i for i in list_agenda(ctx.db, EVENT) if i.key == "panel")
    before = _stored(ctx, AgendaItem, key="panel")
    dialog = agenda_view.edit_item(panel.id)
    qtbot.addWidget(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert dialog.title_field.editor("az").text() == "Panel müzakirəsi"
    assert dialog.title_field.editor("kk").text() == ""  # the one missing translation
    dialog.title_field.editor("kk").setText("Панельдік талқылау")
    dialog.description_field.editor("az").setPlainText("")
    # A new topic: typed in the list, translated in the lines below it, moved first.
    dialog.sections.setCurrentIndex(dialog.topics_tab)
    add = next(b for b in dialog.topics_box.findChildren(QPushButton)
               if b.text() == "Add topic")
    qtbot.mouseClick(add, SAVE)
    qtbot.waitUntil(lambda: dialog.topics_list.findChild(QLineEdit) is not None)
    editor = dialog.topics_list.findChild(QLineEdit)
    assert editor is not None
    editor.setText("Academic mobility")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.topic_field.main.text() == "Academic mobility")
    dialog.topic_field.editor("az").setText("Akademik mobillik")
    up = next(b for b in dialog.findChildren(QToolButton)
              if b.accessibleName() == "Move the topic up")
    qtbot.mouseClick(up, SAVE)
    assert dialog.topics() == ["Academic mobility", "Dual degree programmes"]
    dialog.topics_list.setCurrentRow(1)  # the old topic's own translations are shown
    assert dialog.topic_field.editor("kk").text() == "Қос дипломды бағдарламалар"
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted

    after = {"title": {"az": "Panel müzakirəsi", "kk": "Панельдік талқылау"},
             "description": {"kk": "Үш тақырып кезекпен"}}
    topics_after = [("Academic mobility", {"text": {"az": "Akademik mobillik"}}),
                    ("Dual degree programmes", {"text": {"az": "İkili diplom proqramları",
                                                         "kk": "Қос дипломды бағдарламалар"}})]

    def topics():
        with ctx.db.reader() as session:
            item = session.scalars(select(AgendaItem).where(AgendaItem.key == "panel")).one()
            return [(topic.text, topic.translations) for topic in item.topics]

    assert _stored(ctx, AgendaItem, key="panel") == after
    assert topics() == topics_after
    ctx.undo_stack.undo()
    assert _stored(ctx, AgendaItem, key="panel") == before
    assert topics() == [topics_after[1]]
    ctx.undo_stack.redo()
    assert _stored(ctx, AgendaItem, key="panel") == after
    assert topics() == topics_after


def test_a_problem_on_another_tab_brings_that_tab_forward(qtbot, ctx) -> None:
    from desktop_app.services.event_editing import get_event
    from desktop_app.ui.dialogs.agenda_item_dialog import AgendaItemDialog

    panel = next(i for i in list_agenda(ctx.db, EVENT) if i.key == "panel")
    refusal = ValidationError(problem("topics[0]", " ", "is required"))
    dialog = AgendaItemDialog(get_event(ctx.db, EVENT), [], lambda _data: refusal, panel)
    qtbot.addWidget(dialog)
    assert dialog.sections.currentIndex() == 0
    dialog.topics_list.item(0).setText(" ")
    dialog.save()
    assert dialog.sections.currentIndex() == dialog.topics_tab
    assert "is required" in dialog.errors.messages()["topics"]


# --- the agreement form -------------------------------------------------------------------------

def _agreement_dialog(qtbot, ctx):
    """The form of the event's one agreement, opened from the Agreements view."""
    from desktop_app.ui.views.agreements_view import AgreementsView

    view = AgreementsView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.loading)
    (agreement,) = list_agreements(ctx.db, EVENT)
    dialog = view.agreement_dialog(agreement)
    qtbot.addWidget(dialog)
    return dialog


def test_agreement_form_edits_the_title_in_each_language_and_undo_restores_it(
        qtbot, ctx) -> None:
    before = _stored(ctx, Agreement, key="a1")
    dialog = _agreement_dialog(qtbot, ctx)
    title = dialog.title_field
    title.editor("az").setText("Akademik əməkdaşlıq memorandumu")
    title.editor("kk").setText("")
    assert dialog.save_button.isEnabled() and dialog.messages.message("title") == ""
    dialog.title_edit.setText("")  # the main title is required; translations never are
    assert "required" in dialog.messages.message("title")
    assert title.editors["az"].styleSheet() == "" and "border" in dialog.title_edit.styleSheet()
    dialog.title_edit.setText("Memorandum on academic cooperation")
    qtbot.mouseClick(dialog.save_button, SAVE)
    assert dialog.result() == dialog.DialogCode.Accepted
    after = {"title": {"az": "Akademik əməkdaşlıq memorandumu"}}
    assert _stored(ctx, Agreement, key="a1") == after
    ctx.undo_stack.undo()
    assert _stored(ctx, Agreement, key="a1") == before
    ctx.undo_stack.redo()
    assert _stored(ctx, Agreement, key="a1") == after


# --- the event form -----------------------------------------------------------------------------

def test_event_form_edits_texts_and_room_names_in_each_language_with_undo(qtbot, ctx) -> None:
    from desktop_app.ui.main_window import VIEWS, MainWindow

    window = MainWindow(ctx, views=VIEWS[:1])
    qtbot.addWidget(window)
    before = _stored(ctx, Event, key=EVENT)
    room_before = _stored(ctx, Room, key="hall")
    dialog = window.session.edit_event()
    qtbot.addWidget(dialog)
    fields = dialog.translated_fields
    assert set(fields) == {"title", "subtitle", "venue_name", "venue_address", "venue_city",
                           "description"}
    assert fields["venue_city"].editor("kk").text() == "Баку"
    fields["venue_city"].editor("kk").setText("Баку қаласы")
    fields["subtitle"].editor("az").setText(" ")
    assert not fields["venue_address"].editors["az"].isEnabled()  # no address to translate
    header = [dialog.rooms_table.horizontalHeaderItem(c).text()
              for c in range(dialog.rooms_table.columnCount())]
    assert header == ["English", "Azerbaijani", "Kazakh", "Capacity"]
    assert dialog.rooms_table.item(0, 1).text() == "Konfrans zalı"
    dialog.rooms_table.item(0, 2).setText("Үлкен зал")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    after = dict(before, venue_city={"az": "Bakı", "kk": "Баку қаласы"},
                 subtitle={"kk": "Академиялық ұтқырлық"})
    assert _stored(ctx, Event, key=EVENT) == after
    assert _stored(ctx, Room, key="hall") == {"name": {"az": "Konfrans zalı", "kk": "Үлкен зал"}}
    ctx.undo_stack.undo()
    assert _stored(ctx, Event, key=EVENT) == before
    assert _stored(ctx, Room, key="hall") == room_before
    ctx.undo_stack.redo()
    assert _stored(ctx, Event, key=EVENT) == after


def test_the_event_form_follows_the_languages_typed(qtbot, ctx) -> None:
    from desktop_app.ui.main_window import VIEWS, MainWindow

    window = MainWindow(ctx, views=VIEWS[:1])
    qtbot.addWidget(window)
    dialog = window.session.edit_event()
    qtbot.addWidget(dialog)
    dialog.languages_edit.setText("en, kk, ru")
    dialog.languages_edit.editingFinished.emit()
    assert list(dialog.translated_fields["title"].editors) == ["kk", "ru"]
    assert dialog.rooms_table.horizontalHeaderItem(2).text() == "Russian"
    dialog.rooms_table.item(0, 2).setText("Конференц-зал")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    # Azerbaijani is no longer shown but stays stored, as it was.
    assert _stored(ctx, Room, key="hall") == {"name": {
        "az": "Konfrans zalı", "kk": "Конференц-зал", "ru": "Конференц-зал"}}
    assert _stored(ctx, Event, key=EVENT)["title"]["az"].startswith("Ali təhsil")


# --- the text rule ------------------------------------------------------------------------------
# A translation follows the text rule of every field (issue 20, points 7 and 10): a control
# character or an over-long translation is refused beside its field through
# ``domain.rules.text_problem``, Save stays disabled, nothing is stored (translations went
# unchecked: an escape sequence or a 1 MB text was stored as typed).

ESCAPE = "Ректор\x1b[2J"


@pytest.mark.parametrize(("text", "reason"), [
    (ESCAPE, "Holds a control character (U+001B) at position 7"),
    ("р" * 501, "Is 501 characters long; the limit is 500"),
])
def test_the_person_form_refuses_a_bad_translation(qtbot, ctx, text: str, reason: str) -> None:
    before = _stored(ctx, Person, key="nurbek")
    dialog = _person_dialog(qtbot, ctx)
    dialog.position_field.editor("kk").setText(text)
    dialog.messages.reveal()
    assert not dialog.validate()
    assert not dialog.save_button.isEnabled()
    assert dialog.messages.message("position") == reason
    dialog.try_save()  # refused: the form stays open, nothing stored
    assert dialog.result() != dialog.DialogCode.Accepted
    assert _stored(ctx, Person, key="nurbek") == before
    dialog.position_field.editor("kk").setText("Ректор")
    assert dialog.save_button.isEnabled() and dialog.messages.message("position") == ""


def test_the_agreement_form_refuses_a_control_character_in_a_title(qtbot, ctx) -> None:
    before = _stored(ctx, Agreement, key="a1")
    dialog = _agreement_dialog(qtbot, ctx)
    dialog.title_field.editor("az").setText("Memorandum\x07")
    dialog.messages.reveal()
    assert not dialog.validate()
    assert "control character (U+0007)" in dialog.messages.message("title")
    assert _stored(ctx, Agreement, key="a1") == before
