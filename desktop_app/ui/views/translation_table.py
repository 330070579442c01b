"""The table of the Translations view: its cells, its editors, and moving from one
missing translation to the next.

Typing in a cell and pressing Enter or Tab stores the text and opens the next missing
cell (Shift+Tab: the previous one); Escape leaves the cell as it was. A text of several
lines (a description) is edited in a taller box, where Shift+Enter starts a new line.
Without an open editor, Tab and Shift+Tab move between the missing cells too.
"""
from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop_app.ui.models.translations_model import (
    ANY_MISSING,
    KIND_ROLE,
    MISSING_ROLE,
    NAME_ROLE,
    RECORD_COLUMN,
    ROW_ROLE,
    TranslationsTableModel,
)

_Index = QModelIndex | QPersistentModelIndex
_Hint = QAbstractItemDelegate.EndEditHint
_PAD = 6
# Lines of text a multi-line editor shows.
_EDITOR_LINES = 4


class TranslationDelegate(QStyledItemDelegate):
    """Draws the record column (kind muted, then the name) and the missing cells (a muted
    "missing" on the highlight), and edits a translation in a line or a text box."""

    def __init__(self, missing_word: str, kind_words: list[str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.missing_word = missing_word
        # Every kind word the record column shows, to line the names up after them.
        self.kind_words = kind_words or [""]
        self._kind_width: int | None = None
        # The editor open now, if any (for "Next missing" while typing).
        self.editor: QWidget | None = None

    # --- painting -------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        record = index.column() == RECORD_COLUMN
        missing = bool(index.data(MISSING_ROLE)) and not index.data()
        if not record and not missing:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        muted = text if selected else option.palette.color(group,
                                                            QPalette.ColorRole.PlaceholderText)
        rect = option.rect.adjusted(_PAD, 0, -_PAD, 0)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.save()
        painter.setFont(option.font)
        metrics = option.fontMetrics
        if missing:
            italic = QFont(option.font)
            italic.setItalic(True)
            painter.setFont(italic)
            painter.setPen(muted)
            painter.drawText(rect, align, self.missing_word)
        else:
            kind, name = str(index.data(KIND_ROLE) or ""), str(index.data(NAME_ROLE) or "")
            # The names start at one place whatever the kind before them.
            kind_width = min(self.kind_width(metrics) if name else rect.width(), rect.width())
            painter.setPen(muted if name else text)
            painter.drawText(QRect(rect.left(), rect.top(), kind_width, rect.height()), align,
                             metrics.elidedText(kind, Qt.TextElideMode.ElideRight, kind_width))
            rest = QRect(rect.left() + kind_width, rect.top(),
                         max(0, rect.width() - kind_width), rect.height())
            painter.setPen(text)
            painter.drawText(rest, align, metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                                                             rest.width()))
        painter.restore()

    def kind_width(self, metrics: QFontMetrics) -> int:
        """The width of the widest kind word and the gap after it."""
        if self._kind_width is None:
            self._kind_width = max(metrics.horizontalAdvance(word)
                                   for word in self.kind_words) + metrics.horizontalAdvance("  ")
        return self._kind_width

    # --- editing --------------------------------------------------------------------
    @staticmethod
    def multi_line(index: _Index) -> bool:
        """A text of several lines, or a description: edited in a box, not a line."""
        row = index.data(ROW_ROLE)
        return row is not None and ("\n" in row.default or row.field == "description")

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        editor: QWidget
        if self.multi_line(index):
            box = QPlainTextEdit(parent)
            box.setTabChangesFocus(True)
            editor = box
        else:
            line = QLineEdit(parent)
            line.setFrame(False)
            editor = line
        editor.setAccessibleName(str(index.model().headerData(
            index.column(), Qt.Orientation.Horizontal) or "").replace("\n", " "))
        editor.setAutoFillBackground(True)
        # The cell being typed in stands out from the highlighted ones around it.
        editor.setStyleSheet("border: 2px solid palette(highlight); border-radius: 2px;")
        self.editor = editor
        return editor

    def destroyEditor(self, editor: QWidget, index: _Index) -> None:
        if editor is self.editor:
            self.editor = None
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QPlainTextEdit):
            if editor.toPlainText() != text:
                editor.setPlainText(text)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: _Index) -> None:
        rect = QRect(option.rect)
        if isinstance(editor, QPlainTextEdit):
            rect.setHeight(max(rect.height(), option.fontMetrics.lineSpacing() * _EDITOR_LINES
                               + 2 * _PAD))
        editor.setGeometry(rect)

    def finish(self, editor: QWidget, hint: _Hint) -> None:
        """Store the editor's text, then close it and move as ``hint`` says."""
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, hint)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(editor, QWidget):
            return super().eventFilter(editor, event)
        assert isinstance(event, QKeyEvent)
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if shift and isinstance(editor, QPlainTextEdit):
                return False  # a new line in the text
            self.finish(editor, _Hint.EditNextItem)
            return True
        if key == Qt.Key.Key_Tab:
            self.finish(editor, _Hint.EditNextItem)
            return True
        if key == Qt.Key.Key_Backtab:
            self.finish(editor, _Hint.EditPreviousItem)
            return True
        if key == Qt.Key.Key_Escape:
            self.closeEditor.emit(editor, _Hint.RevertModelCache)
            return True
        return super().eventFilter(editor, event)


class TranslationsTable(QTableView):
    """Tab, Shift+Tab and closing an editor with Enter move to the next (previous) missing
    cell, in the language of the filter when it names one."""

    def __init__(self, model: TranslationsTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.translations = model
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Typing on a cell starts editing it, with what was typed.
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(90)

    def missing_from(self, current: QModelIndex, backward: bool = False, *,
                     here: bool = False) -> QModelIndex:
        """The next (previous) missing cell after ``current``; ``current`` itself when
        ``here`` and it is one."""
        model = self.translations
        if here and current.isValid() and model.is_missing(current.row(), current.column()) \
                and model.language_filter in (None, ANY_MISSING,
                                              model.language_of(current.column())):
            return current
        row, column = (current.row(), current.column()) if current.isValid() else (
            (len(model.visible), 0) if backward else (-1, 0))
        return model.next_missing(row, column, backward=backward,
                                  language=model.language_filter)

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        cursor = QAbstractItemView.CursorAction
        if action in (cursor.MoveNext, cursor.MovePrevious):
            # Invalid when nothing is missing: Qt then leaves the cursor where it is.
            return self.missing_from(self.currentIndex(), action == cursor.MovePrevious)
        return super().moveCursor(action, modifiers)
