"""Inline validation messages: one label under each field, filled from ``FieldProblem``s.

Services name the field of each problem (``title``, ``rooms[2].name``,
``topics[0]``); a form registers its widgets under those names (a prefix
such as ``rooms`` catches ``rooms[2].name``) and shows each reason beside
the right one.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop_app.domain.errors import FieldProblem
from desktop_app.ui.domain_messages import translated_problem, translated_reason


class TouchWatcher(QObject):
    """Calls ``touched(name)`` when the user types in, clicks or leaves an editor of a
    field, or its value changes once the form is ``armed`` (filled and first checked):
    a field's "is required" waits until the user has been there (or tries to save)."""

    _EVENTS = (QEvent.Type.KeyPress, QEvent.Type.FocusOut, QEvent.Type.MouseButtonPress)
    _CHANGES = ("textChanged", "editTextChanged", "currentIndexChanged", "valueChanged",
                "toggled", "dateChanged", "changed")

    def __init__(self, touched: Callable[[str], None]) -> None:
        super().__init__()
        self._touched = touched
        self._names: dict[int, str] = {}
        self.armed = False

    def watch(self, name: str, editor: QWidget) -> None:
        for widget in (editor, *editor.findChildren(QWidget)):
            self._names[id(widget)] = name
            widget.installEventFilter(self)
            for signal_name in self._CHANGES:
                signal = getattr(widget, signal_name, None)
                if signal is not None and hasattr(signal, "connect"):
                    signal.connect(lambda *_args, name=name: self._changed(name))

    def _changed(self, name: str) -> None:
        if self.armed:
            self._touched(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in self._EVENTS and id(watched) in self._names:
            self._touched(self._names[id(watched)])
        return False


def outline(editor: QWidget, invalid: bool, colour: str) -> None:
    """A red frame around ``editor`` alone (never its children: a party box framed every
    label and button in it), at its own height (a styled frame is taller than the
    native one, which moved the fields below)."""
    if editor.layout() is not None:
        return  # a box of several editors: the form frames the one at fault
    if editor.property("invalid") == invalid:
        return
    if editor.property("natural_height") is None and editor.sizeHint().height() > 0:
        editor.setProperty("natural_height", editor.sizeHint().height())
    editor.setProperty("invalid", invalid)
    natural = editor.property("natural_height")
    if invalid:
        if natural and editor.maximumHeight() >= 16777215:
            editor.setFixedHeight(int(natural))
            editor.setProperty("height_fixed", True)
        name = editor.metaObject().className()
        editor.setStyleSheet(f'{name}[invalid="true"] {{ border: 1px solid {colour}; }}')
    else:
        editor.setStyleSheet("")
        if editor.property("height_fixed"):
            editor.setMinimumHeight(0)
            editor.setMaximumHeight(16777215)
            editor.setProperty("height_fixed", False)


def reserve_message_space(label: QLabel) -> None:
    """Keep one line under a field for its message, shown or not, so that a message
    that comes and goes never pushes the fields below it (the next click would land in
    the wrong one). A longer message is elided; its tooltip holds it whole."""
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    label.setWordWrap(False)
    # A smaller font than the form's, set on the label (a style sheet's font size is not
    # known before the label is polished, and the line would be reserved too high).
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.85)
    label.setFont(font)
    label.setFixedHeight(QFontMetrics(font).height())


def set_message(label: QLabel, text: str) -> None:
    """``text`` in a reserved one-line label: its first line, elided when too long, and
    the whole text in the tooltip and for screen readers."""
    if label.wordWrap():
        label.setText(text)
        return
    first = text.split("\n", 1)[0]
    shown = label.fontMetrics().elidedText(first, Qt.TextElideMode.ElideRight,
                                           max(label.width(), 120))
    label.setText(shown if shown == text else (shown if "\n" not in text else
                                                 shown.rstrip("…") + " …"))
    label.setToolTip(text if label.text() != text else "")
    label.setAccessibleDescription(text)


class FieldErrors:
    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self._fallback: QLabel | None = None
        # Fields the user has been to; the others show no message until ``reveal()``.
        self.touched: set[str] = set()
        self.reveal_all = False
        self._last: list[FieldProblem] = []
        self._watcher = TouchWatcher(self._touch)

    def _touch(self, field: str) -> None:
        if field not in self.touched:
            self.touched.add(field)
            if any(self._field_of(p.field) == field for p in self._last):
                self.show(self._last, focus=False)

    def reveal(self) -> None:
        """Show every field's messages from now on (the user tried to save)."""
        self.reveal_all = True

    def label_for(self, field: str, widget: QWidget, *, reserve: bool = True) -> QLabel:
        """Register ``widget`` as the editor of ``field``; returns the label to place under it.

        ``reserve`` keeps its line while empty: for the fields checked as the user types
        (a field only the service can refuse, on save, need not)."""
        label = QLabel()
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        if reserve:
            reserve_message_space(label)  # a message coming and going moves no field
        label.setVisible(False)
        label.setAccessibleName(
            QCoreApplication.translate("FieldErrors", "Problem with {field}").format(
                field=widget.accessibleName() or field.replace("_", " ")))
        self._labels[field] = label
        self._widgets[field] = widget
        self._watcher.watch(field, widget)
        return label

    def set_fallback(self, label: QLabel) -> None:
        """Where problems of unregistered fields go (e.g. a label above the buttons)."""
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.setVisible(False)
        self._fallback = label

    def clear(self) -> None:
        self._watcher.armed = True  # from the first check on, changes are the user's
        self._last = []
        for label in [*self._labels.values(), *([self._fallback] if self._fallback else [])]:
            label.clear()
            label.setToolTip("")
            label.setAccessibleDescription("")
            label.setVisible(False)

    def _field_of(self, name: str) -> str | None:
        if name in self._labels:
            return name
        base = name.split("[", 1)[0].split(".", 1)[0]
        return base if base in self._labels else None

    def show(self, problems: list[FieldProblem], *, focus: bool = True) -> None:
        """Each problem under its field (a field the user has not been to yet waits until
        ``reveal()``); with ``focus`` the first field at fault gets the focus (on save,
        never while the user types)."""
        if focus:  # shown on save: every field's problems, visited or not
            self.reveal_all = True
        self.clear()
        self._last = list(problems)
        texts: dict[str, list[str]] = {}
        for problem in problems:
            field = self._field_of(problem.field)
            if field is not None and not self.reveal_all and field not in self.touched:
                continue
            where = field if field is not None else ""
            # Beside its own field the reason suffices; beside the row it belongs to
            # (rooms[2].name under "Rooms") or in the fallback it names the field, by
            # the form's label when there is one.
            if field == problem.field:  # capitalised, as the other forms show it
                reason = translated_reason(problem)
                reason = reason[:1].upper() + reason[1:]
            else:
                editor = self._widgets.get(field) if field is not None else None
                name = editor.accessibleName() if editor is not None else ""
                reason = translated_problem(problem, f"{name} ({problem.field})" if name else None)
            texts.setdefault(where, []).append(reason)
        first_widget: QWidget | None = None
        for field, reasons in texts.items():
            label = self._labels.get(field) if field else self._fallback
            if label is None:
                continue
            set_message(label, "\n".join(reasons))
            label.setVisible(True)
            if field and first_widget is None:
                first_widget = self._widgets[field]
        if first_widget is not None and focus:
            first_widget.setFocus()

    def messages(self) -> dict[str, str]:
        """The visible messages by field ("" for the fallback), for tests and accessibility."""
        shown = {field: label.accessibleDescription() or label.text()
                 for field, label in self._labels.items() if label.text()}
        if self._fallback is not None and self._fallback.text():
            shown[""] = self._fallback.text()
        return shown
