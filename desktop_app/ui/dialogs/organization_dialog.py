"""The organization form: name, short name, local names per event language, kind, place."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import FieldProblem
from desktop_app.domain.rules import ORGANIZATION_KINDS
from desktop_app.services.organizations import OrganizationData, check_organization
from desktop_app.services.snapshots import OrganizationRow

from .form_support import (
    FieldMessages,
    ValidatedForm,
    align_labels,
    form_page,
    local_name_label,
)
from .person_dialog import UppercaseLineEdit

SaveHandler = Callable[[OrganizationData], None]

#: The kinds offered in the form, translated when the combo is filled.
KIND_NAMES = {
    "university": QT_TRANSLATE_NOOP("OrganizationDialog", "University"),
    "ministry": QT_TRANSLATE_NOOP("OrganizationDialog", "Ministry"),
    "embassy": QT_TRANSLATE_NOOP("OrganizationDialog", "Embassy"),
    "agency": QT_TRANSLATE_NOOP("OrganizationDialog", "Agency"),
    "company": QT_TRANSLATE_NOOP("OrganizationDialog", "Company"),
    "other": QT_TRANSLATE_NOOP("OrganizationDialog", "Other"),
}


class OrganizationDialog(ValidatedForm, QDialog):
    def __init__(self, *, languages: Sequence[str], save: SaveHandler,
                 organization: OrganizationRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organization = organization
        self._save = save
        self.setWindowTitle(self.tr("Edit {name}").format(name=organization.name)
                            if organization else self.tr("New organization"))
        self.setMinimumWidth(560)
        general = QLabel()
        self.messages = m = FieldMessages(general)
        self.name = QLineEdit()
        self.short_name = QLineEdit(placeholderText=self.tr(
            "ADA, BSU, KazNU …", "examples of short names of universities"))
        self.local_names: dict[str, QLineEdit] = {}
        self.kind = QComboBox()
        for kind in ORGANIZATION_KINDS:
            name = KIND_NAMES.get(kind)
            self.kind.addItem(QCoreApplication.translate("OrganizationDialog", str(name))
                              if name else kind, kind)
        # No grey sample code: a required field must look empty until it is filled.
        self.country = UppercaseLineEdit()
        self.country.setToolTip(self.tr("Two letters (ISO 3166), e.g. AZ, KZ, UZ"))
        self.country.setMaxLength(2)
        self.city = QLineEdit()
        self.website = QLineEdit(placeholderText="https://")

        names = QFormLayout()
        m.add_row(names, self.tr("Name *:", "* marks a required field"), "name", self.name)
        m.add_row(names, self.tr("Short name:"), "short_name", self.short_name)
        for lang in languages:
            edit = QLineEdit(placeholderText=self.tr("same as the name above"))
            self.local_names[lang] = edit
            m.add_row(names, local_name_label(lang), f"local_names.{lang}", edit)
        details = QFormLayout()
        m.add_row(details, self.tr("Kind *:", "kind of organization; * marks a required field"),
                  "kind", self.kind)
        m.add_row(details, self.tr("Country *:", "* marks a required field"), "country",
                  self.country)
        m.add_row(details, self.tr("City:"), "city", self.city)
        m.add_row(details, self.tr("Website:"), "website", self.website)

        self._add_save_cancel_buttons()
        layout = QVBoxLayout(self)
        align_labels(names, details)
        for title, form in ((self.tr("Name", "group of the name fields"), names),
                            (self.tr("Details", "group of kind, country, city, website"),
                             details)):

            layout.addWidget(form_page(form, title))
        layout.addStretch(1)
        layout.addWidget(general)
        layout.addWidget(self.buttons)

        if organization is not None:
            self.name.setText(organization.name)
            self.short_name.setText(organization.short_name or "")
            for lang, edit in self.local_names.items():
                edit.setText(organization.local_names.get(lang, ""))
            self.kind.setCurrentIndex(max(self.kind.findData(organization.kind), 0))
            self.country.setText(organization.country)
            self.city.setText(organization.city or "")
            self.website.setText(organization.website or "")
        else:
            self.kind.setCurrentIndex(max(self.kind.findData("university"), 0))
        for edit in (self.name, self.short_name, self.country, self.city, self.website,
                     *self.local_names.values()):
            edit.textChanged.connect(self.validate)
        self.kind.currentIndexChanged.connect(self.validate)
        self.validate()
        self.name.setFocus()

    def data(self) -> OrganizationData:
        local = {lang: edit.text() for lang, edit in self.local_names.items()
                 if edit.text().strip()}
        if self.organization is not None:
            for lang, name in self.organization.local_names.items():
                if lang not in self.local_names:
                    local[lang] = name
        return OrganizationData(
            name=self.name.text(), kind=self.kind.currentData(), country=self.country.text(),
            short_name=self.short_name.text() or None, local_names=local,
            city=self.city.text() or None, website=self.website.text() or None,
            key=self.organization.key if self.organization else None)

    def problems(self) -> list[FieldProblem]:
        return check_organization(self.data())
