"""The Translations view: every text against the event's languages, the missing ones
highlighted and filled in from the keyboard, each edit an undo step checked against
the record's version; and the Overview's count of missing translations."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from desktop_app.services.events import import_event_document
from desktop_app.services.translation_editing import TextRow, list_event_texts, set_translation
from desktop_app.services.translation_status import missing_translation_counts
from desktop_app.storage.database import Database, open_database
from desktop_app.ui.context import UiContext
from desktop_app.ui.models.translations_model import ANY_MISSING, MISSING_ROLE, missing_fill
from desktop_app.ui.views.translations_view import TranslationsView
from tests.support import translated_event_document
from tests.ui.message_boxes import close_message_boxes

KEY = "baku-2026"
TEXT = tuple[str, str, str]  # (kind, key, field)
PANEL_TITLE: TEXT = ("agenda_item", "panel", "title")


@pytest.fixture
def ctx(qtbot, db: Database, tmp_path: Path) -> Iterator[UiContext]:
    """A window context on the translated event (every text in en, az and kk, but the
    Kazakh title of the panel)."""
    import_event_document(db, translated_event_document())
    context = UiContext(db, QSettings(str(tmp_path / "settings.ini"),
                                      QSettings.Format.IniFormat))
    context.set_event(KEY)
    yield context
    context.close()


@pytest.fixture
def view(qtbot, ctx: UiContext) -> TranslationsView:
    shown = TranslationsView(ctx)
    qtbot.addWidget(shown)
    shown.resize(1400, 800)
    shown.show()
    qtbot.waitUntil(lambda: not shown.loading)
    return shown


def stored(db: Database, text: TEXT) -> TextRow:
    return next(row for row in list_event_texts(db, KEY) if (row.kind, row.key, row.field) == text)


def cell(view: TranslationsView, text: TEXT, language: str) -> QModelIndex:
    model = view.model
    row = next(i for i in range(model.rowCount())
               if (model.row(i).kind, model.row(i).key, model.row(i).field) == text)
    return model.index(row, model.column_of(language))


def line_editor(view: TranslationsView) -> QLineEdit:
    editor = view.delegate.editor
    assert isinstance(editor, QLineEdit), editor
    return editor


def type_and_press(qtbot, view: TranslationsView, text: str, key: Qt.Key) -> None:
    """Type ``text`` into the open editor (set as an input method would: QTest types
    ASCII only), then press ``key``."""
    editor = view.delegate.editor
    assert editor is not None, "no cell is being edited"
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(text)
    else:
        editor.setText(text)
    qtbot.keyClick(editor, key)


def test_missing_cells_are_highlighted_and_the_default_column_is_read_only(view) -> None:
    model = view.model
    assert model.rowCount() == 14 and model.languages == ("en", "az", "kk")
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Record", "Text", "English\n(default)", "Azerbaijani", "Kazakh"]
    missing = [(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
               if model.index(r, c).data(MISSING_ROLE)]
    panel = cell(view, PANEL_TITLE, "kk")
    assert missing == [(panel.row(), panel.column())]
    assert panel.data(Qt.ItemDataRole.BackgroundRole) == missing_fill()
    assert cell(view, PANEL_TITLE, "az").data(Qt.ItemDataRole.BackgroundRole) is None
    assert panel.data() == ""
    assert model.index(panel.row(), 0).data() == "Agenda item · 10:15  Panel discussion"
    english = cell(view, PANEL_TITLE, "en")
    assert english.data() == "Panel discussion"
    assert not model.flags(english) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(panel) & Qt.ItemFlag.ItemIsEditable
    assert "missing translations: 1" in view.count_label.text()


def test_a_missing_cell_has_its_own_fill_in_the_dark_palette(qapp) -> None:
    from desktop_app.ui.theme import _dark_palette, _light_palette

    light, dark = missing_fill(_light_palette()), missing_fill(_dark_palette())
    assert light.lightness() > 200 and dark.lightness() < 90
    # Text stays readable on it: far from the palette's text colour in lightness.
    assert abs(light.lightness() - _light_palette().text().color().lightness()) > 150
    assert abs(dark.lightness() - _dark_palette().text().color().lightness()) > 150


def test_a_translation_typed_in_a_cell_is_stored_undone_and_redone(qtbot, view, ctx) -> None:
    db = ctx.db
    panel = cell(view, PANEL_TITLE, "kk")
    view.table.setCurrentIndex(panel)
    view.table.edit(panel)
    type_and_press(qtbot, view, "Панельдік талқылау", Qt.Key.Key_Return)
    assert stored(db, PANEL_TITLE).translations["kk"] == "Панельдік талқылау"
    assert stored(db, PANEL_TITLE).version == 2
    assert not cell(view, PANEL_TITLE, "kk").data(MISSING_ROLE)
    assert cell(view, PANEL_TITLE, "kk").data() == "Панельдік талқылау"
    assert ctx.undo_stack.count() == 1
    assert ctx.undo_stack.undoText() == \
        "Translate Title of “Panel discussion” (Kazakh)"
    assert "missing translations: 0" in view.count_label.text()

    ctx.undo_stack.undo()
    assert "kk" not in stored(db, PANEL_TITLE).translations
    assert cell(view, PANEL_TITLE, "kk").data(MISSING_ROLE)
    ctx.undo_stack.redo()
    assert stored(db, PANEL_TITLE).translations["kk"] == "Панельдік талқылау"
    assert not cell(view, PANEL_TITLE, "kk").data(MISSING_ROLE)
    assert stored(db, PANEL_TITLE).version == 4
    assert not close_message_boxes()


def test_undo_after_another_edit_of_the_same_record_is_not_refused(qtbot, view, ctx) -> None:
    """The title and then the description of one agenda item: each step advances the
    item's version, and undoing both in turn goes back to the texts before."""
    db = ctx.db
    description = ("agenda_item", "panel", "description")
    before = stored(db, description).translations["az"]
    for text, language, typed in ((PANEL_TITLE, "kk", "Панель"),
                                  (description, "az", "Dörd mövzu növbə ilə")):
        index = cell(view, text, language)
        view.table.setCurrentIndex(index)
        view.table.edit(index)
        type_and_press(qtbot, view, typed, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not view.loading)  # the change notices reload the rows
    assert stored(db, description).translations["az"] == "Dörd mövzu növbə ilə"
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert not close_message_boxes()
    assert stored(db, description).translations["az"] == before
    assert "kk" not in stored(db, PANEL_TITLE).translations
    assert ctx.undo_stack.index() == 0


def test_the_missing_cells_are_filled_in_one_go_from_the_keyboard(qtbot, view, ctx) -> None:
    """F8 opens the first missing cell; typing and Enter (or Tab) stores the text and
    opens the next missing one, down the whole programme."""
    db = ctx.db
    for text in (("agenda_item", "open", "title"), ("topic", "panel#1", "text"),
                 ("agreement", "a1", "title")):
        set_translation(db, KEY, *text, "kk", "")
    qtbot.waitUntil(lambda: view.model.missing_count("kk") == 4)
    view.set_language_filter("kk")
    assert view.model.rowCount() == 4
    expected = [("agenda_item", "open", "title"), PANEL_TITLE, ("topic", "panel#1", "text"),
                ("agreement", "a1", "title")]
    typed = ["Құттықтау сөзі", "Панельдік талқылау", "Қос дипломды бағдарламалар",
             "Академиялық ынтымақтастық туралы меморандум"]
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F8)
    for place, (text, words) in enumerate(zip(expected, typed, strict=True)):
        current = view.table.currentIndex()
        assert view.model.row(current.row()).kind == text[0]
        assert (view.model.row(current.row()).key, view.model.language_of(current.column())) \
            == (text[1], "kk")
        assert view.delegate.editor is not None  # the editor is open: just type
        type_and_press(qtbot, view, words, Qt.Key.Key_Return if place % 2 else Qt.Key.Key_Tab)
    assert view.delegate.editor is None  # nothing left to open
    assert missing_translation_counts(db, KEY) == {"az": 0, "kk": 0}
    for text, words in zip(expected, typed, strict=True):
        assert stored(db, text).translations["kk"] == words
    assert ctx.undo_stack.count() == 4
    assert "missing translations: 0" in view.count_label.text()
    assert not view.next_button.isEnabled()


def test_typing_on_a_missing_cell_starts_editing_and_escape_leaves_it(qtbot, view, ctx) -> None:
    panel = cell(view, PANEL_TITLE, "kk")
    view.table.setFocus()
    view.table.setCurrentIndex(panel)
    qtbot.keyClicks(view.table, "P")
    assert line_editor(view).text() == "P"
    qtbot.keyClick(line_editor(view), Qt.Key.Key_Escape)
    assert view.delegate.editor is None
    assert "kk" not in stored(ctx.db, PANEL_TITLE).translations
    assert ctx.undo_stack.count() == 0
    # Tab without an editor moves to the missing cell from anywhere before it.
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert view.table.currentIndex() == panel
    # Shift+Tab from a cell after it goes back to it.
    view.table.setCurrentIndex(view.model.index(view.model.rowCount() - 1, 2))
    qtbot.keyClick(view.table, Qt.Key.Key_Backtab)
    assert view.table.currentIndex() == panel


def test_filters_by_missing_language_and_by_text_in_any_script(qtbot, view) -> None:
    model = view.model
    view.set_language_filter("kk")
    assert [model.row(r).key for r in range(model.rowCount())] == ["panel"]
    view.set_language_filter("az")
    assert model.rowCount() == 0
    assert "Nothing is missing" in view.empty_label.text()
    assert view.stack.currentWidget() is view.empty_label
    view.set_language_filter(None)
    view.filter_edit.setText("ҚОС ДИПЛОМ")
    assert [model.row(r).key for r in range(model.rowCount())] == ["panel#1"]
    view.filter_edit.setText("dual degree")
    assert [model.row(r).key for r in range(model.rowCount())] == ["panel#1"]
    view.filter_edit.setText("rektorlar")  # Kazakh «ректорлар», transliterated
    assert [model.row(r).key for r in range(model.rowCount())] == [KEY]
    view.filter_edit.setText("xyzzy")
    assert model.rowCount() == 0 and "xyzzy" in view.empty_label.text()
    assert view.show_combo.findData(ANY_MISSING) >= 0


def test_an_edit_over_a_change_made_elsewhere_is_refused(qtbot, view, ctx) -> None:
    """Another instance translated the panel's title since the view loaded: typing over
    it is refused as stale, nothing is stored, no undo step is left."""
    other = open_database(ctx.db.url)
    try:
        set_translation(other, KEY, *PANEL_TITLE, "kk", "Панель (басқа)", expected_version=1)
    finally:
        other.dispose()
    panel = cell(view, PANEL_TITLE, "kk")
    assert panel.data(MISSING_ROLE)  # the view has not heard of it yet
    view.table.setCurrentIndex(panel)
    view.table.edit(panel)
    type_and_press(qtbot, view, "Панельдік талқылау", Qt.Key.Key_Return)
    assert stored(ctx.db, PANEL_TITLE).translations["kk"] == "Панель (басқа)"
    assert ctx.undo_stack.count() == 0
    messages = close_message_boxes()
    assert len(messages) == 1 and "changed by someone else" in messages[0]
    # The refusal reloads the rows: the view shows the other text now.
    qtbot.waitUntil(lambda: cell(view, PANEL_TITLE, "kk").data() == "Панель (басқа)")


def test_the_overview_counts_what_is_missing_and_the_count_drops_once_filled(
        qtbot, view, ctx) -> None:
    from desktop_app.ui.views.overview_view import OverviewView

    overview = OverviewView(ctx)
    qtbot.addWidget(overview)
    overview.show()

    def shown() -> dict[str, str]:
        return {tag: button.text() for tag, button in overview.translation_status.buttons.items()}

    assert shown() == {"az": "✓ Azerbaijani: all translated", "kk": "Kazakh: 1 missing"}
    panel = cell(view, PANEL_TITLE, "kk")
    view.table.setCurrentIndex(panel)
    view.table.edit(panel)
    type_and_press(qtbot, view, "Панельдік талқылау", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown()["kk"] == "✓ Kazakh: all translated")
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: shown()["kk"] == "Kazakh: 1 missing")


def test_the_view_follows_documents_in_the_window_and_the_overview_opens_it_on_a_language(
        qtbot, ctx) -> None:
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    # Translations follows Documents; the Seating and Register views came after it.
    assert titles == ["Overview", "Agenda", "People", "Organizations", "Agreements",
                      "Documents", "Translations", "Seating", "Register"]
    shortcuts = {action_id: window.actions_registry.action(action_id).shortcut().toString()
                 for action_id in ("view.overview", "view.documents", "view.translations")}
    assert shortcuts == {"view.overview": "Ctrl+1", "view.documents": "Ctrl+6",
                         "view.translations": "Ctrl+7"}
    window.show_view(0)
    overview = window.views[0]
    qtbot.waitUntil(lambda: "kk" in overview.translation_status.buttons)
    overview.translation_status.buttons["kk"].click()
    translations = window.current_view()
    assert isinstance(translations, TranslationsView)
    assert translations.show_combo.currentData() == "kk"
    assert translations.model.rowCount() == 1
    current = translations.table.currentIndex()
    assert current == cell(translations, PANEL_TITLE, "kk")
    # The view adds no menu of its own: the menu bar keeps its menus and their order
    # (the Register view's menu comes from that view).
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Agenda", "&Agreements", "&Register",
                     "&Help"]
