"""The Translations view: every text of the event against its languages, to fill in.

One row per translatable text (event, rooms, positions of people, agenda items and
their topics, agreements), one column per event language: the first shows the default
text, the others its translations. Missing translations are highlighted; "Next missing"
(F8, Shift+F8 back) and Tab walk through them, and Enter or Tab in a cell stores the
text and opens the next missing one, so a whole programme can be typed in one sitting.
Each stored text is an undo step. The rows load in the background when the view is
shown, and again after any change to the event (here, in a form, or elsewhere).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import RoundtableError
from desktop_app.services.event_editing import get_event
from desktop_app.services.translation_editing import TextRow, list_event_texts
from desktop_app.ui.context import UiContext
from desktop_app.ui.dialogs.form_support import language_name
from desktop_app.ui.models.translations_model import (
    ANY_MISSING,
    FIELD_COLUMN,
    FIRST_LANGUAGE_COLUMN,
    KIND_NAMES,
    RECORD_COLUMN,
    ROW_ROLE,
    TranslationsTableModel,
    field_name,
    kind_name,
)
from desktop_app.ui.undo.record_commands import push
from desktop_app.ui.undo.translation_commands import (
    SetTranslationCommand,
    TranslationTarget,
    translation_versions,
)

from .column_fit import fit_columns
from .feedback import report_error
from .lazy_list import LazyListView
from .record_list import heading_label, muted_label
from .translation_table import TranslationDelegate, TranslationsTable

# The ``navigate`` kind that opens this view: ``("translations", LANGUAGE)`` shows the
# texts missing in LANGUAGE ("*": in any language; "": every text).
NAVIGATE_KIND = "translations"

# The views that open a record of each kind (``UiContext.navigate``).
_OPEN_KINDS = {"person": "person", "agenda_item": "agenda", "topic": "agenda",
               "agreement": "agreement"}

Loaded = tuple[tuple[str, ...], list[TextRow]]


def language_title(tag: str) -> str:
    return language_name(tag) or tag


class TranslationsView(LazyListView[Loaded, TranslationsTableModel]):
    title = "Translations"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Translations")
        self.versions = translation_versions(ctx)

        self.model = TranslationsTableModel(self)
        self.model.language_title = language_title
        self.model.edit_handler = self.edit_translation
        self.table = TranslationsTable(self.model)
        self.delegate = TranslationDelegate(
            self.tr("missing", "a translation not typed yet"),
            [kind_name(kind) for kind in KIND_NAMES] + [
                self.model.topic_word(number) for number in (8, 88)], self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setAccessibleName(self.tr("Texts and their translations"))
        self.table.doubleClicked.connect(self._open_record)

        self.heading = heading_label(self.title)
        self.count_label = muted_label()
        self.show_combo = QComboBox()
        self.show_combo.setAccessibleName(self.tr("Show texts"))
        self.show_combo.setToolTip(self.tr("Show every text, or only those still missing a "
                                           "translation"))
        self.show_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.show_combo.currentIndexChanged.connect(lambda _index: self._filter_changed())
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter texts — any spelling, any script"))
        self.filter_edit.setAccessibleName(self.tr("Filter texts"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(min(360, self.filter_edit.fontMetrics().horizontalAdvance(
            self.filter_edit.placeholderText()) + 48))
        self.filter_edit.setMaximumWidth(420)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_changed())
        self.hint_label = muted_label()
        self.hint_label.setWordWrap(True)
        self.next_button = QPushButton(self.tr("Next missing"))
        self.next_button.setObjectName("primaryButton")
        self.next_button.setAccessibleName(self.tr("Go to the next missing translation"))
        self.next_button.setToolTip(self.tr("Go to the next missing translation ({key}); "
                                            "{back_key} goes back").format(
            key=_shown_key("F8"), back_key=_shown_key("Shift+F8")))
        self.next_button.clicked.connect(lambda: self.next_missing())
        for keys, backward in (("F8", False), ("Shift+F8", True)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, back=backward:
                                     self.next_missing(backward=back))
            self.addAction(action)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.show_combo)
        top.addWidget(self.filter_edit)
        second = QHBoxLayout()
        second.addWidget(self.hint_label, 1)
        second.addWidget(self.next_button)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addLayout(self.stack, 1)
        self._fill_show_combo()

    def _fit_columns(self) -> None:
        """The record and text columns at their designed widths (or their translated
        header's); the language columns share the rest."""
        header = self.table.horizontalHeader()
        # The record column holds a kind word ("Пункт повестки дня") before each name.
        record = max(270, self.delegate.kind_width(self.table.fontMetrics()) + 180)
        fit_columns(self.table, (record, 110))
        for column in (RECORD_COLUMN, FIELD_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        for column in range(FIRST_LANGUAGE_COLUMN, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    # --- loading ------------------------------------------------------------------
    def load(self, event_key: str) -> Loaded:
        """The event's languages and texts (runs in a worker: services only)."""
        languages = get_event(self.ctx.db, event_key).languages
        return tuple(languages), list_event_texts(self.ctx.db, event_key)

    def load_job(self, limit: int | None = None) -> Callable[[], Loaded] | None:  # noqa: ARG002
        key = self.ctx.event_key
        return (lambda: self.load(key)) if key else None

    def empty_load(self) -> Loaded:
        return (), []

    def show_loading(self) -> None:
        self.count_label.setText(self.tr("Loading…"))

    def _apply_loaded(self, loaded: Loaded) -> None:
        languages, rows = loaded
        self.versions.seen(rows)
        changed = tuple(languages) != self.model.languages
        self.model.set_rows(languages, rows)
        if changed:
            self._fill_show_combo()
            self._fit_columns()
        self._update_counts()

    def _event_changed(self, key: str) -> None:
        self.filter_edit.clear()
        self.show_combo.setCurrentIndex(0)
        super()._event_changed(key)

    # --- filter and counts ----------------------------------------------------------
    def _fill_show_combo(self) -> None:
        wanted = self.show_combo.currentData()
        combo = self.show_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All texts"), None)
        others = self.model.languages[1:]
        if len(others) > 1:
            combo.addItem(self.tr("Missing a translation"), ANY_MISSING)
        for tag in others:
            combo.addItem(self.tr("Missing in {language}").format(language=language_title(tag)),
                          tag)
        found = combo.findData(wanted)
        combo.setCurrentIndex(found if found >= 0 else 0)
        combo.blockSignals(False)
        self._filter_changed()

    def set_language_filter(self, language: str | None) -> bool:
        """Show the texts missing in ``language`` (``ANY_MISSING``: in any; None: all)."""
        found = self.show_combo.findData(language)
        if found < 0:
            return False
        self.show_combo.setCurrentIndex(found)
        return True

    def _filter_changed(self) -> None:
        self.model.set_filter(self.show_combo.currentData(), self.filter_edit.text())
        self._update_counts()

    def _update_counts(self) -> None:
        model = self.model
        total, shown = model.total_count, model.rowCount()
        missing = model.missing_count(model.language_filter)
        if shown == total:
            self.count_label.setText(self.tr("Texts: {count} · missing translations: "
                                             "{missing}").format(count=total, missing=missing))
        else:
            self.count_label.setText(self.tr("Texts: {shown} of {count} · missing "
                                             "translations: {missing}").format(
                shown=shown, count=total, missing=missing))
        missing_anywhere = model.missing_count()
        self._set_next_enabled(missing_anywhere > 0)
        if len(model.languages) <= 1:
            hint = self.tr("The event has one language. Add another in the event details to "
                           "translate its texts.")
        elif missing_anywhere:
            hint = self.tr("Type in a highlighted cell, then press Enter or Tab: the text is "
                           "stored and the next missing one opens.")
        else:
            hint = "✓ " + self.tr("Every text is translated into every language of the event.")
        self.hint_label.setText(hint)
        if shown:
            self.stack.setCurrentWidget(self.table)
            return
        if not total:
            self.empty_label.setText(self.tr("The event has no texts to translate yet."))
        elif self.filter_edit.text():
            self.empty_label.setText(self.tr("No text matches “{filter}”.").format(
                filter=self.filter_edit.text()))
        else:
            self.empty_label.setText("✓ " + self.tr("Nothing is missing: every text is "
                                                    "translated."))
        self.stack.setCurrentWidget(self.empty_label)

    def _set_next_enabled(self, enabled: bool) -> None:
        """The button stands out while there is something to fill in."""
        self.next_button.setEnabled(enabled)
        name = "primaryButton" if enabled else ""
        if self.next_button.objectName() != name:
            self.next_button.setObjectName(name)
            self.next_button.style().unpolish(self.next_button)
            self.next_button.style().polish(self.next_button)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # --- moving and editing ---------------------------------------------------------
    def next_missing(self, backward: bool = False) -> QModelIndex:
        """Open the next (previous) missing cell for typing; while typing in a cell, store
        it first. Returns the cell (invalid when nothing is missing)."""
        self.ensure_loaded()
        editor = self.delegate.editor
        if editor is not None:
            self.delegate.finish(editor, self.delegate.EndEditHint.EditPreviousItem if backward
                                 else self.delegate.EndEditHint.EditNextItem)
            return self.table.currentIndex()
        # The current cell first, when it is missing (Tab into the table selected it).
        target = self.table.missing_from(self.table.currentIndex(), backward, here=True)
        if not target.isValid():
            self.ctx.status_message.emit(self.tr("Every text is translated."))
            return target
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.table.setCurrentIndex(target)
        self.table.scrollTo(target, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.edit(target)
        return target

    def edit_translation(self, row: TextRow, language: str, text: str) -> bool:
        """Store ``text`` as the ``language`` text of ``row`` through an undo command."""
        target = TranslationTarget.of(self.ctx.event_key, row, language)
        description = self.tr("{field} of “{record}” ({language})").format(
            field=field_name(row.kind, row.field), record=row.label,
            language=language_title(language))
        command = SetTranslationCommand(self.ctx, target, row.text_in(language), text,
                                        description, stored=self._stored)
        try:
            push(self.ctx, command)
        except RoundtableError as exc:
            report_error(self, exc)
            return False
        return True

    def _stored(self, target: TranslationTarget, text: str, version: int) -> None:
        # A load in flight may have read the text before it was stored: drop it (the
        # change notice brings a fresh one).
        self.loader.invalidate()
        if target.event_key != self.ctx.event_key:
            return
        self.model.store(target.kind, target.key, target.field, target.language, text,
                         target.owner, version)
        self._update_counts()

    def _open_record(self, index: QModelIndex) -> None:
        """Double-click outside the translations: open the record in its own view."""
        if index.column() > FIRST_LANGUAGE_COLUMN:
            return
        row = index.data(ROW_ROLE)
        kind = _OPEN_KINDS.get(row.kind) if row is not None else None
        if kind is not None:
            self.ctx.navigate.emit(kind, row.owner_key)

    def show_record(self, kind: str, key: str) -> bool:
        """``("translations", LANGUAGE)`` shows the texts missing in LANGUAGE and selects
        the first; other records live in other views."""
        if kind != NAVIGATE_KIND:
            return False
        self.ensure_loaded()
        self.filter_edit.clear()
        self.set_language_filter(key or None)
        self.table.setCurrentIndex(QModelIndex())
        target = self.table.missing_from(QModelIndex())
        if target.isValid():
            self.table.setCurrentIndex(target)
            self.table.scrollTo(target)
        return True


def _shown_key(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
