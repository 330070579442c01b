"""The person form: names (with one local name per event language), role (the position
once per event language: ``TranslatedLineEdit``) and contacts.

Validated as the user types with ``check_person_fields`` (the service's own
rules); Save stays disabled while a field is wrong, and a ``ValidationError``
the service raises on save is shown beside its field as well.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import FieldProblem
from desktop_app.services.people import PersonData, check_person_fields
from desktop_app.services.snapshots import OrganizationRow, PersonRow

from ..widgets.translated_field import TranslatedLineEdit
from .form_support import (
    FieldMessages,
    ValidatedForm,
    align_labels,
    form_page,
    local_name_label,
)
from .pickers import combo_is_valid, combo_value, organization_combo

SaveHandler = Callable[[PersonData], None]

# The least width of a name or position field (a long name stays readable in two
# columns, whatever the length of the translated labels beside it).
EDIT_WIDTH = 210


class UppercaseLineEdit(QLineEdit):
    """Country codes are upper case; typing ``az`` gives ``AZ``."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)  # a sample code such as "AZ": not translated
        self.textEdited.connect(self._upper)

    def _upper(self, text: str) -> None:
        if text != text.upper():
            position = self.cursorPosition()
            self.setText(text.upper())
            self.setCursorPosition(position)


class PersonDialog(ValidatedForm, QDialog):
    def __init__(self, *, languages: Sequence[str], organizations: Sequence[OrganizationRow],
                 save: SaveHandler, person: PersonRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = person
        self._save = save
        self.languages = list(languages)
        self.setWindowTitle(self.tr("Edit {name}").format(name=person.full_name) if person
                            else self.tr("New person"))
        self.setMinimumWidth(600)

        general = QLabel()
        self.messages = FieldMessages(general)
        self.honorific = QLineEdit(placeholderText=self.tr(
            "H.E., Prof., Dr., Amb. …", "examples of honorifics before a name"))
        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        self.position = QLineEdit(placeholderText=self.tr(
            "Rector, Minister of …", "examples of positions"))
        # The position in each event language: the first is the position itself.
        self.position_field = TranslatedLineEdit(self.languages, self.position)
        primary = self.languages[0] if self.languages else "en"
        self.organization = organization_combo(organizations, primary,
                                               person.organization_id if person else None)
        # Empty, a person has their organization's country: shown in grey.
        self.country = UppercaseLineEdit()
        self._org_countries = {o.id: o.country for o in organizations}
        self.country.setMaxLength(2)
        self.precedence = QSpinBox()
        self.precedence.setRange(0, 9999)
        self.precedence.setSpecialValueText(self.tr("— not ranked —"))
        self.precedence.setToolTip(
            self.tr("Protocol rank: 1 is the most senior person of the event."))
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.bio = QPlainTextEdit()
        self.bio.setTabChangesFocus(True)
        self.bio.setFixedHeight(70)
        self.local_names: dict[str, QLineEdit] = {}

        names = QFormLayout()
        m = self.messages
        m.add_row(names, self.tr("Honorific:"), "honorific", self.honorific)
        m.add_row(names, self.tr("Given name:"), "given_name", self.given_name)
        m.add_row(names, self.tr("Family name *:", "* marks a required field"), "family_name",
                  self.family_name)
        for lang in self.languages:
            edit = QLineEdit(placeholderText=self.tr("same as the name above"))
            self.local_names[lang] = edit
            m.add_row(names, local_name_label(lang), f"local_names.{lang}", edit)
        role = QFormLayout()
        m.add_row(role, self.tr("Position:", "a person's job title"), "position",
                  self.position_field)
        m.add_row(role, self.tr("Organization:"), "organization", self.organization)
        m.add_row(role, self.tr("Country:"), "country", self.country)
        m.add_row(role, self.tr("Precedence:", "protocol rank"), "precedence", self.precedence)
        contact = QFormLayout()
        m.add_row(contact, self.tr("E-mail:"), "email", self.email)
        m.add_row(contact, self.tr("Phone:"), "phone", self.phone)
        m.add_row(contact, self.tr("Biography:"), "bio", self.bio)

        self._add_save_cancel_buttons()

        # Name and role side by side, contact below both: with a local name and the
        # position in each event language one column grew taller than a 720 px screen.
        for edit in (self.honorific, self.given_name, self.family_name,
                     *self.local_names.values(), self.position,
                     *self.position_field.editors.values()):
            edit.setMinimumWidth(EDIT_WIDTH)
        layout = QVBoxLayout(self)
        groups = QGridLayout()
        groups.setColumnStretch(0, 1)
        groups.setColumnStretch(1, 1)
        align_labels(names, contact)
        align_labels(role)
        groups.addWidget(form_page(names, self.tr("Name", "group of the name fields")), 0, 0)
        groups.addWidget(form_page(role, self.tr(
            "Role", "group of position, organization, country")), 0, 1)
        groups.addWidget(form_page(contact, self.tr(
            "Contact", "group of e-mail, phone, biography")), 1, 0, 1, 2)
        layout.addLayout(groups)
        layout.addStretch(1)
        layout.addWidget(general)
        layout.addWidget(self.buttons)

        if person is not None:
            self._fill(person)
        for edit in (self.honorific, self.given_name, self.family_name, self.country,
                     self.email, self.phone, *self.local_names.values()):
            edit.textChanged.connect(self.validate)
        self.position_field.changed.connect(self.validate)
        self.precedence.valueChanged.connect(self.validate)
        self.organization.currentIndexChanged.connect(self.validate)
        self.organization.currentIndexChanged.connect(lambda _i: self._show_inherited_country())
        self._show_inherited_country()
        self.organization.editTextChanged.connect(self.validate)
        self.validate()
        self.family_name.setFocus() if person is None else self.given_name.setFocus()
        # Wide enough for long names and positions side by side.
        self.resize(max(self.sizeHint().width(), 960), self.sizeHint().height())

    def _show_inherited_country(self) -> None:
        """The organization's country as the grey placeholder of an empty country."""
        inherited = self._org_countries.get(combo_value(self.organization) or -1)
        self.country.setPlaceholderText(
            self.tr("{country} (the organization's)").format(country=inherited)
            if inherited else "")

    def _fill(self, person: PersonRow) -> None:
        self.honorific.setText(person.honorific or "")
        self.given_name.setText(person.given_name or "")
        self.family_name.setText(person.family_name)
        for lang, edit in self.local_names.items():
            edit.setText(person.local_names.get(lang, ""))
        self.position.setText(person.position or "")
        self.position_field.set_translations(person.translations.get("position"))
        self.country.setText(person.country or "")
        self.precedence.setValue(person.precedence or 0)
        self.email.setText(person.email or "")
        self.phone.setText(person.phone or "")
        self.bio.setPlainText(person.bio or "")

    def data(self) -> PersonData:
        """The form's content as the service takes it."""
        local = {lang: edit.text() for lang, edit in self.local_names.items()
                 if edit.text().strip()}
        if self.person is not None:  # keep names in languages the event no longer lists
            for lang, name in self.person.local_names.items():
                if lang not in self.local_names:
                    local[lang] = name
        translations = dict(self.person.translations) if self.person is not None else {}
        translations["position"] = self.position_field.translations()
        return PersonData(
            family_name=self.family_name.text(), given_name=self.given_name.text() or None,
            honorific=self.honorific.text() or None, local_names=local,
            position=self.position.text() or None, organization_id=combo_value(self.organization),
            country=self.country.text() or None, precedence=self.precedence.value() or None,
            email=self.email.text() or None, phone=self.phone.text() or None,
            bio=self.bio.toPlainText() or None, key=self.person.key if self.person else None,
            translations=translations)

    def problems(self) -> list[FieldProblem]:
        problems = check_person_fields(self.data())
        if not combo_is_valid(self.organization):
            problems.append(FieldProblem("organization", self.organization.currentText(),
                                         self.tr("pick an organization from the list")))

        return problems
