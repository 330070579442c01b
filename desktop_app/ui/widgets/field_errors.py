"""Inline validation messages: one label under each field, filled from ``FieldProblem``s.

Services name the field of each problem (``title``, ``rooms[2].name``,
``topics[0]``); a form registers its widgets under those names (a prefix
such as ``rooms`` catches ``rooms[2].name``) and shows each reason beside
the right one.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.domain.errors import FieldProblem
from desktop_app.ui.domain_messages import translated_problem, translated_reason


class FieldErrors:
    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self._fallback: QLabel | None = None

    def label_for(self, field: str, widget: QWidget) -> QLabel:
        """Register ``widget`` as the editor of ``field``; returns the label to place under it."""
        label = QLabel()
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.setVisible(False)
        label.setAccessibleName(
            QCoreApplication.translate("FieldErrors", "Problem with {field}").format(
                field=widget.accessibleName() or field.replace("_", " ")))
        self._labels[field] = label
        self._widgets[field] = widget
        return label

    def set_fallback(self, label: QLabel) -> None:
        """Where problems of unregistered fields go (e.g. a label above the buttons)."""
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.setVisible(False)
        self._fallback = label

    def clear(self) -> None:
        for label in [*self._labels.values(), *([self._fallback] if self._fallback else [])]:
            label.clear()
            label.setVisible(False)

    def _field_of(self, name: str) -> str | None:
        if name in self._labels:
            return name
        base = name.split("[", 1)[0].split(".", 1)[0]
        return base if base in self._labels else None

    def show(self, problems: list[FieldProblem]) -> None:
        self.clear()
        texts: dict[str, list[str]] = {}
        for problem in problems:
            field = self._field_of(problem.field)
            where = field if field is not None else ""
            # Beside its own field the reason suffices; beside the row it belongs to
            # (rooms[2].name under "Rooms") or in the fallback it names the field, by
            # the form's label when there is one.
            if field == problem.field:
                reason = translated_reason(problem)
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
            label.setText("\n".join(reasons))
            label.setVisible(True)
            if field and first_widget is None:
                first_widget = self._widgets[field]
        if first_widget is not None:
            first_widget.setFocus()

    def messages(self) -> dict[str, str]:
        """The visible messages by field ("" for the fallback), for tests and accessibility."""
        shown = {field: label.text() for field, label in self._labels.items() if label.text()}
        if self._fallback is not None and self._fallback.text():
            shown[""] = self._fallback.text()
        return shown
