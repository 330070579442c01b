"""The forms with a text in each event language keep to a 1,280 × 720 screen, in every
interface language (run against the compiled catalogues, like
``test_layout_in_every_language.py``).

The sample event has four languages (en, az, kk, ru): the person, agenda item, agreement
and event forms show each translatable text four times. Each must fit a 1,280 px wide,
720 px high screen (less the window frame and a panel), the agenda item dialog stay
under 800 px wide, and every language's editor be wide enough to read, its language's
name shown in full. With six event languages the other languages fold (a
"Translations" button, tabs), so the forms do not grow with them.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget

from desktop_app.services.agenda import list_agenda
from desktop_app.services.agreements import list_agreements
from desktop_app.services.event_editing import get_event
from desktop_app.services.organizations import list_organizations
from desktop_app.services.people import list_people
from desktop_app.services.snapshots import EventRow
from desktop_app.ui.i18n import UI_LANGUAGES, catalogue_path, install_language
from desktop_app.ui.widgets.translated_field import (
    TranslatedField,
    TranslatedLineEdit,
    TranslatedTextEdit,
)

#: The room a dialog has on a 1,280 × 720 screen (window frame, a panel or task bar).
MAX_WIDTH, MAX_HEIGHT = 1200, 680
#: The least width of one language's editor: a title stays readable.
MIN_EDITOR_WIDTH = 200


@pytest.fixture(params=UI_LANGUAGES)
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    lang = str(request.param)
    if lang != "en" and not catalogue_path(lang).is_file():
        pytest.fail(f"{catalogue_path(lang)} is missing: run scripts/build-translations")
    assert install_language(lang) == lang
    yield lang
    install_language("en")


def _dialogs(ui_ctx, event: EventRow) -> dict[str, QDialog]:
    from desktop_app.ui.dialogs.agenda_item_dialog import AgendaItemDialog
    from desktop_app.ui.dialogs.agreement_dialog import AgreementDialog
    from desktop_app.ui.dialogs.event_dialog import EventDialog
    from desktop_app.ui.dialogs.person_dialog import PersonDialog

    db, key = ui_ctx.db, ui_ctx.event_key
    people = list_people(db, key)
    organizations = list_organizations(db, key)
    person = max(people, key=lambda p: len(p.position or ""))
    panel = next(i for i in list_agenda(db, key) if i.kind == "panel")
    agreement = max(list_agreements(db, key), key=lambda a: len(a.title))
    return {
        "person": PersonDialog(languages=event.languages, organizations=organizations,
                               save=lambda _data: None, person=person),
        "agenda item": AgendaItemDialog(event, people, lambda _data: None, panel),
        "agreement": AgreementDialog(event=event, organizations=organizations, people=people,
                                     signing_items=[], existing_references=set(),
                                     save=lambda _data: None, agreement=agreement),
        "event": EventDialog(lambda _data: None, event, organizations=organizations),
    }


def _pages(dialog: QDialog) -> Iterator[None]:
    """Each page of each tab widget of ``dialog`` in turn (the first page alone if none)."""
    tabs = dialog.findChildren(QTabWidget)
    if not tabs:
        yield
        return
    for tab_widget in tabs:
        for index in range(tab_widget.count()):
            if tab_widget.isTabVisible(index):
                tab_widget.setCurrentIndex(index)
                QApplication.processEvents()
                yield


def _check_fields(name: str, dialog: QDialog) -> int:
    """Every shown editor of a text in several languages is readable, its language named
    in full; returns how many were seen."""
    seen = 0
    for _page in _pages(dialog):
        for field in dialog.findChildren(TranslatedField):
            if not field.isVisible():
                continue
            for tag in field.languages:
                editor = field.editor(tag)
                if not editor.isVisible():
                    continue
                seen += 1
                assert editor.width() >= MIN_EDITOR_WIDTH, (name, field.accessibleName(), tag)
                label = field.labels.get(tag)
                if label is not None:
                    assert label.width() >= label.sizeHint().width(), (name, label.text())
    return seen


def test_the_forms_fit_the_screen_with_every_event_language(qtbot, ui_ctx, language: str) -> None:
    event = get_event(ui_ctx.db, ui_ctx.event_key)
    assert len(event.languages) == 4
    for name, dialog in _dialogs(ui_ctx, event).items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.minimumSizeHint().width() <= MAX_WIDTH, (language, name)
        assert dialog.width() <= MAX_WIDTH, (language, name)
        assert dialog.height() <= MAX_HEIGHT, (language, name, dialog.height())
        if name == "agenda item":
            assert dialog.minimumSizeHint().width() <= 800, language
            assert dialog.width() <= 800, language
        assert _check_fields(name, dialog) >= 4, (language, name)  # every language shown


def test_many_event_languages_fold_instead_of_growing(qtbot, ui_ctx, language: str) -> None:
    event = dataclasses.replace(get_event(ui_ctx.db, ui_ctx.event_key),
                                languages=("en", "az", "kk", "ru", "tr", "uz"))
    for name, dialog in _dialogs(ui_ctx, event).items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.height() <= MAX_HEIGHT, (language, name, dialog.height())
        lines = [f for f in dialog.findChildren(TranslatedLineEdit)
                 if f.toggle is not None and f.isVisible()]
        assert lines, name  # the other languages fold under a button …
        field = lines[0]
        assert not field.editors["uz"].isVisibleTo(dialog)
        field.toggle.click()  # … and unfold
        assert field.editors["uz"].isVisibleTo(dialog)
        for box in dialog.findChildren(TranslatedTextEdit):
            assert box.tabs is not None and box.tabs.count() == 6  # boxes become tabs
        _check_fields(name, dialog)
