"""Inline validation for the edit forms: a message under each field, Save disabled.

Every form builds its data object on each keystroke, runs the same rule
functions the services run (``check_person_fields`` …) and hands the problems
to ``FieldMessages``, which puts each beside its field; a ``ValidationError``
raised by the service on save goes through the same path.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import cldr
from desktop_app.domain.errors import FieldProblem, RoundtableError, ValidationError
from desktop_app.ui.domain_messages import translated_problem, translated_reason
from desktop_app.ui.i18n import current_language
from desktop_app.ui.views.feedback import report_error
from desktop_app.ui.widgets.field_errors import (
    TouchWatcher,
    outline,
    reserve_message_space,
    set_message,
)

#: Names of the event languages, in English; shown through ``language_label``, which
#: translates them at use time (the translator is not installed at import time).
LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("LanguageNames", "English"),
    "az": QT_TRANSLATE_NOOP("LanguageNames", "Azerbaijani"),
    "kk": QT_TRANSLATE_NOOP("LanguageNames", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("LanguageNames", "Russian"),
    "tr": QT_TRANSLATE_NOOP("LanguageNames", "Turkish"),
    "uz": QT_TRANSLATE_NOOP("LanguageNames", "Uzbek"),
    "ky": QT_TRANSLATE_NOOP("LanguageNames", "Kyrgyz"),
    "tk": QT_TRANSLATE_NOOP("LanguageNames", "Turkmen"),
    "fr": QT_TRANSLATE_NOOP("LanguageNames", "French"),
    "de": QT_TRANSLATE_NOOP("LanguageNames", "German"),
    "ar": QT_TRANSLATE_NOOP("LanguageNames", "Arabic"),
    "zh": QT_TRANSLATE_NOOP("LanguageNames", "Chinese"),
    "es": QT_TRANSLATE_NOOP("LanguageNames", "Spanish"),
    "ka": QT_TRANSLATE_NOOP("LanguageNames", "Georgian"),
}


def language_name(tag: str) -> str | None:
    """The language's name in the interface language, or None for an unknown tag."""
    name = LANGUAGE_NAMES.get(tag.split("-")[0].lower())
    return QCoreApplication.translate("LanguageNames", str(name)) if name else None


def country_name(code: str) -> str | None:
    """The country's name in the interface language (CLDR's, as the documents print it),
    or None for an unknown code."""
    return cldr.country_name(code, current_language()) if code else None


def language_label(tag: str) -> str:
    name = language_name(tag)
    return (QCoreApplication.translate("LanguageNames", "{language} ({tag})",
                                       "a language name with its code: Azerbaijani (az)")
            .format(language=name, tag=tag) if name else tag)


def local_name_label(tag: str) -> str:
    """The form label of a name written in one of the event's languages."""
    return QCoreApplication.translate("FieldMessages", "Name in {language}:").format(
        language=language_label(tag))


def short_date(day: dt.date) -> str:
    """"12 May" with the month named in the interface language (strftime would say it
    in English whatever the language)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def error_colour(widget: QWidget) -> str:
    """A red that reads on the light and on the dark palette."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return "#ff8a80" if dark else "#b3261e"


def describe(problem: FieldProblem) -> str:
    """The reason shown beside the field, in the interface language, capitalised."""
    reason = translated_reason(problem)
    return reason[:1].upper() + reason[1:]


class FieldMessages:
    """Maps field names (``family_name``, ``local_names.az``, ``parties``) to labels.

    A problem goes to the label of its exact field, else of the longest
    registered prefix (``parties[1].signatory`` -> ``parties``), else to the
    general label, so no message is ever lost. Each field's label keeps its line
    whether shown or not, and a field the user has not been to yet shows no message
    (Save stays disabled all the same) until they try to save.
    """

    def __init__(self, general: QLabel) -> None:
        self._labels: dict[str, QLabel] = {}
        self._editors: dict[str, QWidget] = {}
        self.general = general
        self._style(general)
        general.hide()
        self.touched: set[str] = set()
        self.reveal_all = False
        self._last: list[FieldProblem] = []
        self._watcher = TouchWatcher(self._touch)

    def _touch(self, name: str) -> None:
        if name not in self.touched:
            self.touched.add(name)
            if any(self.label_for(p.field) is self._labels.get(name) for p in self._last):
                self.show(self._last)

    def reveal(self) -> None:
        """Show every field's messages from now on (the user tried to save)."""
        self.reveal_all = True

    def _style(self, label: QLabel) -> None:
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet(f"color: {error_colour(label)};")  # its font: reserve_message_space

    def field(self, name: str, editor: QWidget) -> QWidget:
        """Wrap ``editor`` with its message label; returns the widget to put in the form."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(editor)
        label = QLabel()
        label.setObjectName(f"error_{name}")
        label.setAccessibleName(QCoreApplication.translate(
            "FieldMessages", "Problem with {field}", "screen reader name of a field's error")
            .format(field=name.replace("_", " ")))
        self._style(label)
        reserve_message_space(label)
        label.hide()
        layout.addWidget(label)
        self._labels[name] = label
        self._editors[name] = editor
        self._watcher.watch(name, editor)
        return box

    def watch(self, name: str, editor: QWidget) -> None:
        """Count ``editor`` (added to a field after it was registered) as part of it."""
        self._watcher.watch(name, editor)

    def add_row(self, form: QFormLayout, text: str, name: str, editor: QWidget) -> None:
        """A labelled row; ``text`` is the already translated label ("Family name *:")."""
        readable = text.rstrip(":* ").replace("&", "")
        editor.setAccessibleName(readable)
        form.addRow(text, self.field(name, editor))
        self._labels[name].setAccessibleName(QCoreApplication.translate(
            "FieldMessages", "Problem with {field}", "screen reader name of a field's error")
            .format(field=readable))


    def label_for(self, field: str) -> QLabel:
        if field in self._labels:
            return self._labels[field]
        candidates = [name for name in self._labels
                      if field.startswith((name + ".", name + "["))]
        if candidates:
            return self._labels[max(candidates, key=len)]
        return self.general

    def message(self, field: str) -> str:
        label = self._labels.get(field)
        if label is None or label.isHidden():
            return ""
        return label.accessibleDescription() or label.text()

    def _shown(self, label: QLabel) -> bool:
        """Whether a problem of ``label``'s field is shown (not before the user has been
        to the field, unless they tried to save)."""
        if self.reveal_all or label is self.general:
            return True
        name = next((n for n, each in self._labels.items() if each is label), None)
        return name is None or name in self.touched

    def show(self, problems: Iterable[FieldProblem]) -> None:
        self._watcher.armed = True  # from the first check on, changes are the user's
        self._last = list(problems)
        grouped: dict[int, tuple[QLabel, list[str]]] = {}
        for problem in self._last:
            label = self.label_for(problem.field)
            if not self._shown(label):
                continue
            text = describe(problem) if label is not self.general else translated_problem(problem)
            grouped.setdefault(id(label), (label, []))[1].append(text)
        for label in [*self._labels.values(), self.general]:
            entry = grouped.get(id(label))
            if entry is None:
                label.clear()
                label.setToolTip("")
                label.setAccessibleDescription("")
                label.hide()
            else:
                set_message(label, "\n".join(dict.fromkeys(entry[1])))
                label.show()
        for name, field in self._editors.items():
            invalid = not self._labels[name].isHidden()
            # A field of several editors (a text in each event language) names the one
            # whose value is checked: only that one is outlined.
            outlined = getattr(field, "validated_editor", None)
            editor = outlined() if callable(outlined) else field
            outline(editor, invalid, error_colour(editor))


def align_labels(*forms: QFormLayout) -> None:
    """Give every label of ``forms`` the width of the widest, so that fields line up
    across group boxes."""
    items = [form.itemAt(row, QFormLayout.ItemRole.LabelRole)
             for form in forms for row in range(form.rowCount())]
    labels = [item.widget() for item in items if item is not None]
    width = max((label.sizeHint().width() for label in labels if label is not None), default=0)
    for label in labels:
        if label is not None:
            label.setMinimumWidth(width)


def form_page(form: QFormLayout, title: str | None = None) -> QWidget:
    """``form`` in a widget (a group box when titled) that keeps its rows compact:
    extra height goes below the last row instead of between rows."""
    page: QWidget = QGroupBox(title) if title else QWidget()
    layout = QVBoxLayout(page)
    if not title:
        layout.setContentsMargins(12, 12, 12, 12)
    # Each field keeps a line under it for its message: that line spaces the rows.
    form.setVerticalSpacing(2)
    layout.addLayout(form)
    layout.addStretch(1)
    return page


class ValidatedForm:
    """The save behaviour every record form shares (mixed into a ``QDialog``).

    A form implements ``problems()`` (the rules that can be checked as the user
    types) and ``data()``, and sets ``messages``, ``save_button`` and ``_save``.
    Each problem shows beside its field and Save stays disabled while any remain;
    a refusal from the service on save shows beside its field too, and nothing
    is stored.
    """

    messages: FieldMessages
    save_button: QPushButton
    buttons: QDialogButtonBox
    _save: Callable[[Any], object]

    def _add_save_cancel_buttons(self) -> QDialogButtonBox:
        """Save (runs :meth:`try_save`) and Cancel; sets ``buttons`` and ``save_button``."""
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(cast(QDialog, self).reject)
        return self.buttons

    def problems(self) -> list[FieldProblem]:
        raise NotImplementedError

    def data(self) -> Any:
        raise NotImplementedError

    def validate(self) -> bool:
        problems = self.problems()
        self.messages.show(problems)
        self.save_button.setEnabled(not problems)
        # A field not visited yet shows no message; the disabled Save says what is missing.
        self.save_button.setToolTip("\n".join(translated_problem(p) for p in problems))
        return not problems

    def try_save(self) -> None:
        self.messages.reveal()
        if not self.validate():
            return
        try:
            self._save(self.data())
        except ValidationError as exc:
            self.messages.show(exc.problems)
            self.save_button.setEnabled(False)
        except RoundtableError as exc:
            report_error(cast(QWidget, self), exc)
        else:
            cast(QDialog, self).accept()
