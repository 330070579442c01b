"""A translatable text, once per event language, for every form.

The first event language is the main editor: the record's own (default) text, which the
form validates as before. Each other language gets its own editor, whose text is a
translation: optional, and empty (or only spaces) means "not translated", in which case
the documents print the main text (the rule of ``domain.translations``). A translation
needs a main text to translate: while the main editor is empty the others are disabled
(the services keep no translations of a field without its default text).

``TranslatedLineEdit`` puts the languages in a compact grid, one line each, labelled
with the language's name in the interface language (the main line too). For multi-line
texts ``TranslatedTextEdit`` shows either the same grid of boxes or, for a form short of
height, one tab per language above a single box. With one event language either is just
its main editor. With more than ``COMPACT_AFTER`` languages the lines of the other
languages fold under a "Translations" button beside the main line, and the boxes become
tabs, so that no form outgrows the screen. ``set_languages`` follows a change of the
event's languages; texts in a language no longer shown are kept, unseen, and come back
with it.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.dialogs.form_support import language_name

__all__ = ["TranslatedField", "TranslatedLineEdit", "TranslatedTextEdit",
           "display_language", "translation_placeholder"]

Editor = QLineEdit | QPlainTextEdit

# Up to this many event languages every language's editor shows at once.
COMPACT_AFTER = 4


def display_language(tag: str) -> str:
    """The language's name as a label ("Azerbaijani", «Азербайджанский»), else its tag."""
    name = language_name(tag)
    return name[:1].upper() + name[1:] if name else tag


def translation_placeholder(main_language: str) -> str:
    """What an empty translation field says: the main text stands in for it."""
    return QCoreApplication.translate(
        "TranslatedField", "not translated: the {language} text is used",
        "placeholder of an empty translation field").format(
        language=display_language(main_language))


def waiting_placeholder(main_language: str) -> str:
    """What a translation field says while there is no main text to translate."""
    return QCoreApplication.translate(
        "TranslatedField", "type the {language} text first",
        "placeholder of a translation field while the main text is empty").format(
        language=display_language(main_language))


def translation_name(field: str, tag: str) -> str:
    """The accessible name of one language's editor: "Title in Azerbaijani"."""
    return QCoreApplication.translate(
        "TranslatedField", "{field} in {language}",
        "screen reader name of a translation field: Title in Azerbaijani").format(
        field=field, language=display_language(tag))


def _language_label(tag: str, editor: QWidget) -> QLabel:
    """The name of a language beside its editor, quieter than the form's own labels."""
    label = QLabel(display_language(tag))
    label.setObjectName("languageLabel")
    label.setBuddy(editor)
    label.setToolTip(tag)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _text(editor: Editor) -> str:
    return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()


def _set_text(editor: Editor, text: str) -> None:
    if isinstance(editor, QLineEdit):
        editor.setText(text)
        editor.setCursorPosition(0)
    else:
        editor.setPlainText(text)


class TranslatedField(QWidget):
    """What both kinds share: the languages, the editors, reading and filling them.

    ``main`` is the form's own editor of the default text (made by the form, with its
    placeholder and validation); ``editors`` maps every other event language to its
    editor, ``labels`` every language to its label (none with one language).
    ``changed`` is emitted on any edit in any language.
    """

    changed = Signal()

    def __init__(self, languages: Sequence[str], main: Editor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = main
        self.languages: list[str] = []
        self.main_language = ""
        self.editors: dict[str, Editor] = {}
        self.labels: dict[str, QLabel] = {}
        self._hidden: dict[str, str] = {}  # translations in languages not shown
        self._name = ""
        self._body: QWidget | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.setFocusProxy(main)
        main.textChanged.connect(self._main_changed)
        self.set_languages(languages)

    # --- building ---------------------------------------------------------------------------
    def _new_editor(self) -> Editor:
        raise NotImplementedError

    def _arrange(self, body: QWidget) -> None:
        """Lay out ``main``, ``editors`` and their labels in ``body``."""
        raise NotImplementedError

    def set_languages(self, languages: Sequence[str]) -> None:
        """Show the field in ``languages`` (the first one is the main editor's)."""
        values = self.translations() if self.languages else {}
        tags = list(dict.fromkeys(tag for tag in languages if tag)) or ["en"]
        if tags == self.languages:
            return
        self.languages, self.main_language = tags, tags[0]
        self.main.setParent(self)  # out of the old body, which goes
        if self._body is not None:
            self._body.deleteLater()
        self.editors, self.labels = {}, {}
        for tag in tags[1:]:
            editor = self._new_editor()
            editor.textChanged.connect(self._emit_changed)
            self.editors[tag] = editor
        self._body = QWidget(self)
        self._arrange(self._body)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self._body)
        self.main.show()  # hidden by leaving its old body
        self.set_translations(values)
        if self._name:
            self.setAccessibleName(self._name)
        self._main_changed()

    def _emit_changed(self, *_args: object) -> None:
        self.changed.emit()

    def _main_changed(self, *_args: object) -> None:
        """Translations wait for a main text; their placeholders say which."""
        ready = bool(_text(self.main).strip())
        placeholder = (translation_placeholder if ready else waiting_placeholder)(
            self.main_language)
        for tag, editor in self.editors.items():
            editor.setEnabled(ready)
            editor.setPlaceholderText(placeholder)
            editor.setToolTip(f"{display_language(tag)} ({tag})")
        self.changed.emit()

    # --- values -----------------------------------------------------------------------------
    def editor(self, tag: str) -> Editor:
        """The editor of ``tag``: the main one for the first language."""
        return self.main if tag == self.main_language else self.editors[tag]

    def set_translations(self, values: Mapping[str, str] | None) -> None:
        """Fill the translation editors from ``{language: text}``; languages without an
        editor are kept as they are and come back from ``translations()``."""
        remaining = dict(values or {})
        for tag, editor in self.editors.items():
            _set_text(editor, remaining.pop(tag, ""))
        self._hidden = remaining

    def translations(self) -> dict[str, str]:
        """``{language: text}`` of the translations typed (blank ones are none), with the
        ones in languages the form does not show."""
        result = {tag: text for tag, text in self._hidden.items() if text and text.strip()}
        for tag, editor in self.editors.items():
            text = _text(editor)
            if text.strip():
                result[tag] = text
            else:
                result.pop(tag, None)
        return result

    def validated_editor(self) -> QWidget:
        """The editor a form outlines when the (default) text has a problem."""
        return self.main

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        """Name the field: the main editor by ``name``, the others "``name`` in …"."""
        self._name = name
        super().setAccessibleName(name)
        self.main.setAccessibleName(name)
        for tag, editor in self.editors.items():
            editor.setAccessibleName(translation_name(name, tag))


def _grid(body: QWidget) -> QGridLayout:
    """Two columns: the language, its editor."""
    grid = QGridLayout(body)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(8)
    grid.setVerticalSpacing(3)
    grid.setColumnStretch(1, 1)
    return grid


class TranslatedLineEdit(TranslatedField):
    """A one-line text: a line per language, the main one first. With many languages
    the other lines fold under the "Translations" button (``toggle``)."""

    def __init__(self, languages: Sequence[str], main: QLineEdit | None = None,
                 parent: QWidget | None = None) -> None:
        self.toggle: QToolButton | None = None
        super().__init__(languages, main if main is not None else QLineEdit(), parent)

    def _new_editor(self) -> Editor:
        return QLineEdit()

    def _arrange(self, body: QWidget) -> None:
        grid = _grid(body)
        self.toggle = None
        if len(self.languages) == 1:
            grid.addWidget(self.main, 0, 0, 1, 2)
            return
        for row, tag in enumerate(self.languages):
            editor = self.editor(tag)
            self.labels[tag] = _language_label(tag, editor)
            grid.addWidget(self.labels[tag], row, 0)
            grid.addWidget(editor, row, 1)
        if len(self.languages) > COMPACT_AFTER:
            self.toggle = QToolButton()
            self.toggle.setCheckable(True)
            self.toggle.setAutoRaise(True)
            self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.toggle.setText(QCoreApplication.translate(
                "TranslatedField", "Translations", "button showing a text's other languages"))
            self.toggle.setToolTip(QCoreApplication.translate(
                "TranslatedField", "Show or hide the text in the event's other languages"))
            self.toggle.toggled.connect(self.set_expanded)
            main_row = QHBoxLayout()
            main_row.setSpacing(4)
            grid.removeWidget(self.main)
            main_row.addWidget(self.main, 1)
            main_row.addWidget(self.toggle)
            grid.addLayout(main_row, 0, 1)
            self.set_expanded(False)

    def set_expanded(self, expanded: bool) -> None:
        """Show (or fold) the lines of the other languages."""
        if self.toggle is None:
            return
        self.toggle.setChecked(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded
                                 else Qt.ArrowType.RightArrow)
        for tag, editor in self.editors.items():
            editor.setVisible(expanded)
            self.labels[tag].setVisible(expanded)


class TranslatedTextEdit(TranslatedField):
    """A multi-line text: a box per language (labelled as ``TranslatedLineEdit``'s lines)
    or, with ``tabs``, a tab per language above one box; a tab whose text is empty is
    dimmed."""

    def __init__(self, languages: Sequence[str], main: QPlainTextEdit | None = None,
                 parent: QWidget | None = None, *, tabs: bool = False) -> None:
        self._use_tabs = tabs
        self._lines = 0
        self.tabs: QTabBar | None = None
        super().__init__(languages, main if main is not None else QPlainTextEdit(), parent)
        self.main.setTabChangesFocus(True)

    def _new_editor(self) -> Editor:
        editor = QPlainTextEdit()
        editor.setTabChangesFocus(True)
        return editor

    def _arrange(self, body: QWidget) -> None:
        self.tabs = None
        if self._lines:
            self.set_lines(self._lines)
        tabs = self._use_tabs or len(self.languages) > COMPACT_AFTER
        if len(self.languages) == 1 or not tabs:  # a grid of boxes
            grid = _grid(body)
            if len(self.languages) == 1:
                grid.addWidget(self.main, 0, 0, 1, 2)
                return
            for row, tag in enumerate(self.languages):
                self.labels[tag] = _language_label(tag, self.editor(tag))
                grid.addWidget(self.labels[tag], row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(self.editor(tag), row, 1)
            return
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.tabs = QTabBar()
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        stack = QStackedWidget()
        for index, tag in enumerate(self.languages):
            self.tabs.addTab(display_language(tag))
            self.tabs.setTabToolTip(index, tag)
            stack.addWidget(self.editor(tag))
        self.tabs.currentChanged.connect(stack.setCurrentIndex)
        layout.addWidget(self.tabs)
        layout.addWidget(stack)

    def set_lines(self, lines: int) -> None:
        """Make every language's box ``lines`` text lines high."""
        self._lines = lines
        margins = self.main.contentsMargins()
        height = (self.fontMetrics().lineSpacing() * lines + 2 * self.main.frameWidth()
                  + margins.top() + margins.bottom() + 8)
        for editor in (self.main, *self.editors.values()):
            editor.setFixedHeight(height)

    def _main_changed(self, *_args: object) -> None:
        super()._main_changed()
        self._dim_empty_tabs()

    def _emit_changed(self, *_args: object) -> None:
        super()._emit_changed()
        self._dim_empty_tabs()

    def _dim_empty_tabs(self) -> None:
        if self.tabs is None:
            return
        palette = self.palette()
        for index, tag in enumerate(self.languages):
            empty = not _text(self.editor(tag)).strip()
            role = QPalette.ColorRole.PlaceholderText if empty else QPalette.ColorRole.WindowText
            self.tabs.setTabTextColor(index, palette.color(role))
