"""The agreement editor: reference, kind, title (in each event language), ordered parties
with signatories, witnesses, signing item and order, validity, languages, originals and
notes.

Status and the readiness checklist are changed from the Agreements view's
actions, so the editor keeps them as they are.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import FieldProblem
from desktop_app.domain.rules import AGREEMENT_KINDS
from desktop_app.services.agreements import (
    AgreementData,
    PartyData,
    check_agreement_fields,
)
from desktop_app.services.snapshots import (
    AgendaItemRow,
    AgreementRow,
    EventRow,
    OrganizationRow,
    PersonRow,
)
from desktop_app.ui.i18n import term

from ..widgets.field_errors import outline
from ..widgets.translated_field import TranslatedLineEdit
from . import pickers
from .form_support import (
    FieldMessages,
    ValidatedForm,
    align_labels,
    error_colour,
    form_page,
    short_date,
)
from .pickers import (
    PeopleDirectory,
    PersonPicker,
    combo_is_valid,
    combo_value,
    organization_combo,
)

SaveHandler = Callable[[AgreementData], None]


class OptionalDate(QWidget):
    """A date that may be left unset (a checkbox turns it on).

    The checkbox says only "set": the row's label already names the date ("Valid
    from:"), and repeating "from"/"until" beside it forced a bad word order in
    Azerbaijani, Kazakh and Russian. ``name`` (the field, without a colon) is what
    a screen reader announces for the checkbox and the date."""

    def __init__(self, name: str, value: dt.date | None, default: dt.date) -> None:
        super().__init__()
        self.enabled = QCheckBox(self.tr("set", "checkbox before an optional date: "
                                               "the date is given"))
        self.enabled.setAccessibleName(name)
        self.enabled.setToolTip(self.tr("Untick to leave the date open"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd MMM yyyy")
        self.edit.setAccessibleName(name)
        chosen = value or default
        self.edit.setDate(QDate(chosen.year, chosen.month, chosen.day))
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)

    def value(self) -> dt.date | None:
        if not self.enabled.isChecked():
            return None
        date = self.edit.date()
        return dt.date(date.year(), date.month(), date.day())


class AgreementDialog(ValidatedForm, QDialog):
    def __init__(self, *, event: EventRow, organizations: Sequence[OrganizationRow],
                 people: Sequence[PersonRow], signing_items: Sequence[AgendaItemRow],
                 existing_references: set[str], save: SaveHandler,
                 agreement: AgreementRow | None = None, parent: QWidget | None = None,
                 suggested_reference: str = "") -> None:
        super().__init__(parent)
        self.agreement = agreement
        self._save = save
        self.organizations = list(organizations)
        self.people = list(people)
        # One directory for every person picker: each lists a few people and searches it.
        self.directory = PeopleDirectory(self.people, event.primary_language)
        self.language = event.primary_language
        self.existing_references = {r.strip() for r in existing_references}
        self.setWindowTitle(self.tr("Edit {reference}").format(reference=agreement.reference)
                            if agreement else self.tr("New agreement"))
        self.resize(760, 640)
        general = QLabel()
        self.messages = m = FieldMessages(general)

        # The event's next reference (``services.agreement_references``); a new agreement
        # left without one is given it.
        self.reference = QLineEdit(placeholderText=suggested_reference)
        if agreement is None and suggested_reference:
            self.reference.setToolTip(self.tr(
                "Left empty, the agreement is numbered {reference}").format(
                reference=suggested_reference))
        self.kind = QComboBox()
        for kind in AGREEMENT_KINDS:  # the names the printed documents use
            self.kind.addItem(term(f"agreement.{kind}"), kind)
        self.title_edit = QLineEdit()
        self.title_field = TranslatedLineEdit(event.languages, self.title_edit)
        main = QFormLayout()
        m.add_row(main, self.tr("Reference *:", "* marks a required field"), "reference",
                  self.reference)
        m.add_row(main, self.tr("Kind *:", "kind of agreement; * marks a required field"),
                  "kind", self.kind)
        m.add_row(main, self.tr("Title *:", "of the agreement; * marks a required field"),
                  "title", self.title_field)

        # Parties: one row per party, organization and signatory pickers, in order.
        self.party_rows: list[tuple[QComboBox, PersonPicker]] = []
        self.party_grid = QGridLayout()
        self.party_grid.addWidget(QLabel("<b>{}</b>".format(self.tr("Organization"))), 0, 1)
        self.party_grid.addWidget(QLabel("<b>{}</b>".format(self.tr("Signatory"))), 0, 2)
        self.party_grid.setColumnStretch(1, 1)
        self.party_grid.setColumnStretch(2, 1)
        add_party = QPushButton(self.tr("Add party"))
        add_party.clicked.connect(lambda: self.add_party(None, None))
        party_box = QWidget()
        party_layout = QVBoxLayout(party_box)
        party_layout.setContentsMargins(0, 0, 0, 0)
        party_layout.addLayout(self.party_grid)
        party_buttons = QHBoxLayout()
        party_buttons.addWidget(add_party)
        party_buttons.addStretch(1)
        party_layout.addLayout(party_buttons)
        parties_form = QFormLayout()
        m.add_row(parties_form, self.tr("Parties *:", "* marks a required field"), "parties",
                  party_box)

        self.witnesses = QListWidget()
        self.witnesses.setMaximumHeight(110)
        self.witness_picker = PersonPicker(self.directory, None, none_text=None)
        self.witness_picker.adds_on_enter = True
        self.witness_picker.entered.connect(lambda _person_id: self._add_witness_from_picker())
        add_witness = QPushButton(self.tr("Add witness"))
        add_witness.setAutoDefault(False)
        add_witness.clicked.connect(self._add_witness_from_picker)
        remove_witness = QPushButton(self.tr("Remove", "remove the selected witness"))
        remove_witness.clicked.connect(
            lambda: self.witnesses.takeItem(self.witnesses.currentRow()))
        witness_box = QWidget()
        wl = QGridLayout(witness_box)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.addWidget(self.witnesses, 0, 0, 1, 3)
        wl.addWidget(self.witness_picker, 1, 0)
        wl.addWidget(add_witness, 1, 1)
        wl.addWidget(remove_witness, 1, 2)
        m.add_row(parties_form, self.tr("Witnesses:"), "witnesses", witness_box)

        self.signing_item = QComboBox()
        self.signing_item.addItem(self.tr("— not in a ceremony —"), None)
        for item in signing_items:
            when = f"{short_date(item.day)} {item.start_time:%H:%M}"
            self.signing_item.addItem(f"{item.title} ({when})", item.id)
        self.signing_order = QSpinBox()
        self.signing_order.setRange(0, 999)
        self.signing_order.setSpecialValueText(self.tr("at the end", "signing order: last"))
        start = event.start_date
        self.valid_from = OptionalDate(self.tr("Valid from", "field name, no colon"),
                                       agreement.valid_from if agreement else None, start)
        self.valid_until = OptionalDate(self.tr("Valid until", "field name, no colon"),
                                        agreement.valid_until if agreement else None,
                                        start.replace(year=start.year + 5))
        self.languages = QLineEdit(placeholderText=", ".join(event.languages))
        self.originals = QSpinBox()
        self.originals.setRange(0, 20)
        self.originals.setSpecialValueText(self.tr("one per party",
                                                   "number of original copies"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        details = QFormLayout()
        m.add_row(details, self.tr("Signing item:"), "signing_item", self.signing_item)
        m.add_row(details, self.tr("Signing order:"), "signing_order", self.signing_order)
        m.add_row(details, self.tr("Valid from:"), "valid_from", self.valid_from)
        m.add_row(details, self.tr("Valid until:"), "valid_until", self.valid_until)
        m.add_row(details, self.tr("Languages:", "languages of the agreement's text"),
                  "languages", self.languages)
        m.add_row(details, self.tr("Originals:", "number of original signed copies"),
                  "originals", self.originals)
        m.add_row(details, self.tr("Notes:"), "notes", self.notes)

        tabs = QTabWidget()
        align_labels(main, parties_form, details)
        for title, form in ((self.tr("Agreement", "tab: the agreement's main fields"), main),
                            (self.tr("Parties and witnesses"), parties_form),
                            (self.tr("Signing and validity"), details)):
            tabs.addTab(form_page(form), title)
        self.tabs = tabs
        self._add_save_cancel_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(general)
        layout.addWidget(self.buttons)

        self._fill(agreement)
        for edit in (self.reference, self.languages):
            edit.textChanged.connect(self.validate)
        self.title_field.changed.connect(self.validate)
        for widget in (self.kind, self.signing_item):
            widget.currentIndexChanged.connect(self.validate)
        for spin in (self.signing_order, self.originals):
            spin.valueChanged.connect(self.validate)
        for optional in (self.valid_from, self.valid_until):
            optional.enabled.toggled.connect(self.validate)
            optional.edit.dateChanged.connect(self.validate)
        self.validate()

    def _fill(self, agreement: AgreementRow | None) -> None:
        if agreement is None:
            self.add_party(None, None)
            self.add_party(None, None)
            if self.signing_item.count() == 2:  # the event's one signing item
                self.signing_item.setCurrentIndex(1)
            return
        self.reference.setText(agreement.reference)
        self.kind.setCurrentIndex(max(self.kind.findData(agreement.kind), 0))
        self.title_edit.setText(agreement.title)
        self.title_edit.setCursorPosition(0)
        self.title_field.set_translations(agreement.translations.get("title"))
        for party in agreement.parties:
            self.add_party(party.organization_id, party.signatory_id)
        for person_id in agreement.witness_ids:
            self.add_witness(person_id)
        self.signing_item.setCurrentIndex(max(self.signing_item.findData(
            agreement.signing_item_id), 0))
        self.signing_order.setValue(agreement.signing_order or 0)
        self.languages.setText(", ".join(agreement.languages or []))
        self.originals.setValue(agreement.originals or 0)
        self.notes.setPlainText(agreement.notes or "")

    def add_party(self, organization_id: int | None, signatory_id: int | None) -> None:
        row = len(self.party_rows) + 1
        org = organization_combo(self.organizations, self.language, organization_id,
                                 none_text=self.tr("— choose an organization —"))
        signatory = PersonPicker(self.directory, signatory_id,
                                 none_text=self.tr("— not named yet —", "signatory"))
        # The signatory's list holds the people of the party's organization.
        signatory.set_organizations([combo_value(org)])
        org.currentIndexChanged.connect(
            lambda _index: self._organization_changed(org, signatory))
        org.setAccessibleName(self.tr("Party {number} organization").format(number=row))
        signatory.setAccessibleName(self.tr("Party {number} signatory").format(number=row))
        for combo in (org, signatory):
            self.messages.watch("parties", combo)
            combo.currentIndexChanged.connect(self.validate)
            combo.editTextChanged.connect(self.validate)
        self.party_grid.addWidget(QLabel(f"{row}."), row, 0)
        self.party_grid.addWidget(org, row, 1)
        self.party_grid.addWidget(signatory, row, 2)
        tools = QWidget()
        tool_layout = QHBoxLayout(tools)
        tool_layout.setContentsMargins(0, 0, 0, 0)
        tool_layout.setSpacing(2)
        for text, name, tip, slot in (
                ("↑", self.tr("Party {number}: up"), self.tr("Move this party up"),
                 lambda: self.move_party(row - 1, -1)),
                ("↓", self.tr("Party {number}: down"), self.tr("Move this party down"),
                 lambda: self.move_party(row - 1, 1)),
                ("✕", self.tr("Party {number}: remove"), self.tr("Remove this party"),
                 lambda: self.remove_party(row - 1))):
            button = QToolButton()
            button.setText(text)
            button.setAccessibleName(name.format(number=row))
            button.setToolTip(tip)
            button.clicked.connect(slot)
            tool_layout.addWidget(button)
        self.party_grid.addWidget(tools, row, 3)
        self.party_rows.append((org, signatory))
        self._update_witness_choices()
        if hasattr(self, "save_button"):
            self.validate()

    def _organization_changed(self, org: QComboBox, signatory: PersonPicker) -> None:
        signatory.set_organizations([combo_value(org)])
        self._update_witness_choices()

    def _update_witness_choices(self) -> None:
        """The witness picker lists the people of every party's organization."""
        self.witness_picker.set_organizations([combo_value(org) for org, _ in self.party_rows])

    def _party_values(self, row: int) -> tuple[int, int | None]:
        org, signatory = self.party_rows[row]
        return org.currentIndex(), signatory.value()

    def _set_party_values(self, row: int, values: tuple[int, int | None]) -> None:
        org, signatory = self.party_rows[row]
        org.setCurrentIndex(values[0])  # lists that organization's people in ``signatory``
        signatory.choose(values[1])

    def move_party(self, row: int, step: int) -> None:
        """Swap a party with its neighbour: the order of parties is the printed order."""
        other = row + step
        if 0 <= row < len(self.party_rows) and 0 <= other < len(self.party_rows):
            mine, theirs = self._party_values(row), self._party_values(other)
            self._set_party_values(row, theirs)
            self._set_party_values(other, mine)
            self.validate()

    def remove_party(self, row: int) -> None:
        if not 0 <= row < len(self.party_rows):
            return
        for below in range(row, len(self.party_rows) - 1):
            self._set_party_values(below, self._party_values(below + 1))
        last = len(self.party_rows)
        for column in range(4):
            item = self.party_grid.itemAtPosition(last, column)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.party_rows.pop()
        self._update_witness_choices()
        self.validate()

    def add_witness(self, person_id: int) -> None:
        person = self.directory.by_id.get(person_id)
        entry = QListWidgetItem(person.display_name if person else f"#{person_id}")
        entry.setData(256, person_id)
        self.witnesses.addItem(entry)

    def _add_witness_from_picker(self) -> None:
        """Add the chosen, highlighted or only matching person."""
        person_id = self.witness_picker.match()
        if person_id is None:
            return
        if person_id not in self._witness_ids():
            self.add_witness(person_id)
        self.witness_picker.choose(None)  # ready for the next name

    def try_save(self) -> None:
        if self._leftover_witness():
            super().try_save()

    def _leftover_witness(self) -> bool:
        """A name left in the witness field (typed, not added): ask. False: stay in the form."""
        text = self.witness_picker.currentText().strip()
        if not text:
            return True
        person_id = self.witness_picker.match()
        title = self.tr("A witness was not added")
        if person_id is not None:
            person = self.directory.by_id[person_id]
            answer = pickers.ask_leftover(self, title, self.tr(
                "“{text}” is typed in the witness field but not added. Add {name} as a "
                "witness before saving?").format(text=text, name=person.display_name), [
                ("add", self.tr("Add and save")),
                ("discard", self.tr("Save without them")),
                ("back", self.tr("Back to the form"))])
        else:
            answer = pickers.ask_leftover(self, title, self.tr(
                "“{text}” in the witness field matches nobody of the event, so it is not "
                "added. Save without it?").format(text=text), [
                ("back", self.tr("Back to the form")),
                ("discard", self.tr("Save without it"))])
        if answer == "add" and person_id is not None:
            self._add_witness_from_picker()
        elif answer == "discard":
            self.witness_picker.choose(None)
        else:
            self.tabs.setCurrentIndex(1)
            self.witness_picker.setFocus()
            return False
        return True

    def _witness_ids(self) -> list[int]:
        return [self.witnesses.item(i).data(256) for i in range(self.witnesses.count())]

    def data(self) -> AgreementData:
        parties = [PartyData(org_id, signatory.value())
                   for org, signatory in self.party_rows
                   if (org_id := combo_value(org)) is not None]
        languages = [t.strip() for t in self.languages.text().replace(";", ",").split(",")
                     if t.strip()]
        base = self.agreement
        translations = dict(base.translations) if base is not None else {}
        translations["title"] = self.title_field.translations()
        return AgreementData(
            reference=self.reference.text(), kind=self.kind.currentData(),
            title=self.title_edit.text(), parties=parties,
            status=base.status if base else "draft", witness_ids=self._witness_ids(),
            signing_item_id=self.signing_item.currentData(),
            signing_order=self.signing_order.value() or None,
            signed_at=base.signed_at if base else None,
            valid_from=self.valid_from.value(), valid_until=self.valid_until.value(),
            languages=languages or None, originals=self.originals.value() or None,
            readiness=dict(base.readiness) if base else {},
            notes=self.notes.toPlainText() or None, key=base.key if base else None,
            translations=translations)

    def validate(self) -> bool:
        ok = super().validate()
        self._outline_parties(self.problems() if not ok else [])
        return ok

    def _outline_parties(self, problems: list[FieldProblem]) -> None:
        """Frame the organization or signatory at fault, not the whole party box (its
        labels, headers and buttons were all framed in red)."""
        shown = self.messages.reveal_all or "parties" in self.messages.touched
        fields = {p.field for p in problems} if shown else set()
        for i, (org, signatory) in enumerate(self.party_rows):
            whole = f"parties[{i}]" in fields
            outline(org, (whole and not combo_is_valid(org))
                    or f"parties[{i}].organization" in fields, error_colour(org))
            outline(signatory, (whole and not signatory.is_valid())
                    or f"parties[{i}].signatory" in fields, error_colour(signatory))

    def problems(self) -> list[FieldProblem]:
        data = self.data()
        problems = check_agreement_fields(data)
        if self.agreement is None and not data.reference.strip():
            # Numbered by the service when saved (the placeholder shows the number).
            problems = [p for p in problems if p.field != "reference"]
        if data.reference.strip() in self.existing_references:
            problems.append(FieldProblem("reference", data.reference, self.tr(
                "“{reference}” is already used by another agreement").format(
                reference=data.reference)))
        for i, (org, signatory) in enumerate(self.party_rows):
            if not combo_is_valid(org) or not signatory.is_valid():
                problems.append(FieldProblem(f"parties[{i}]", org.currentText(), self.tr(
                    "party {number}: pick from the list").format(number=i + 1)))

        return problems
