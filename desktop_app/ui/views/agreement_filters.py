"""The filter row of the Agreements view: text, status, country and university."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from desktop_app.domain.collation import sort_key
from desktop_app.services.snapshots import AgreementRow, OrganizationRow
from desktop_app.ui.models.agreements_model import STATUS_LABELS

ALL = "__all__"


def _filter_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumContentsLength(8)
    return combo


class AgreementFilterBar(QWidget):
    text_changed = Signal(str)
    choice_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(
            placeholderText=self.tr("Filter by reference, title, party or signatory"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter agreements"))
        self.search.setMinimumWidth(160)
        self.status = _filter_combo(self.tr("Status filter"))
        self.country = _filter_combo(self.tr("Country filter"))
        self.university = _filter_combo(self.tr("University filter"))
        self.status.addItem(self.tr("All statuses"), ALL)
        # Filled with the parties' countries and universities once the whole list is in.
        self.country.addItem(self.tr("All countries"), ALL)
        self.university.addItem(self.tr("All universities"), ALL)
        for status, label in STATUS_LABELS.items():
            self.status.addItem(label, status)
        self.search.textChanged.connect(self.text_changed)
        for combo in (self.status, self.country, self.university):
            combo.currentIndexChanged.connect(lambda _i: self.choice_changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        layout.addWidget(self.status)
        layout.addWidget(self.country)
        layout.addWidget(self.university, 1)

    def fill(self, agreements: Sequence[AgreementRow],
             organizations: Sequence[OrganizationRow], language: str) -> None:
        """The countries and universities that are parties, keeping the current choices."""
        countries = sorted({p.country for a in agreements for p in a.parties})
        party_ids = {p.organization_id for a in agreements for p in a.parties}
        universities = sorted((o for o in organizations
                               if o.kind == "university" and o.id in party_ids),
                              key=lambda o: sort_key(o.name, language))
        for combo, entries, everything in (
                (self.country, [(c, c) for c in countries], self.tr("All countries")),
                (self.university, [(o.name, o.id) for o in universities],
                 self.tr("All universities"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, ALL)
            for label, data in entries:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def set_status(self, status: str | None) -> None:
        self.status.setCurrentIndex(max(self.status.findData(status or ALL), 0))

    def reset(self) -> None:
        self.search.clear()
        for combo in (self.status, self.country, self.university):
            combo.setCurrentIndex(0)

    def predicate(self) -> Callable[[AgreementRow], bool] | None:
        """The combos' filter, or None when they show everything."""
        status = self.status.currentData()
        country = self.country.currentData()
        university = self.university.currentData()
        if all(v in (ALL, None) for v in (status, country, university)):
            return None

        def keep(a: AgreementRow) -> bool:
            return ((status in (ALL, None) or a.status == status)
                    and (country in (ALL, None) or any(p.country == country for p in a.parties))
                    and (university in (ALL, None)
                         or any(p.organization_id == university for p in a.parties)))

        return keep
