"""The register's filters: text, event, status or lifecycle, partner country,
organization, "expiring within N days", and the notice period (a setting)."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.partnership import RegisterFilter, RegisterRow
from desktop_app.ui.models.agreements_model import STATUS_LABELS
from desktop_app.ui.models.register_model import LIFECYCLE_LABELS

from ..widgets.expiring_line import NOTICE_KEY, notice_days


class RegisterFilters(QWidget):
    #: A filter of the rows changed (not the text, which ``text_changed`` carries).
    changed = Signal()
    text_changed = Signal(str)
    #: The notice period changed (it is saved): the lifecycles must be evaluated again.
    notice_changed = Signal(int)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by reference, title or party…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter the register"))
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 16)
        self.search.textChanged.connect(self.text_changed)
        self.event_filter = self._combo(self.tr("Event"))
        self.status_filter = self._combo(self.tr("Status"))
        self.country_filter = self._combo(self.tr("Partner country"))
        self.organization_filter = self._combo(self.tr("Organization"))
        self.expiring = QCheckBox(self.tr("Expiring within"))
        self.expiring_days = QSpinBox()
        self.expiring_days.setRange(0, 36500)
        self.expiring_days.setSuffix(self.tr(" days"))
        self.expiring_days.setAccessibleName(self.tr("Expiring within how many days"))
        self.notice = QSpinBox()
        self.notice.setRange(0, 3650)
        self.notice.setSuffix(self.tr(" days"))
        self.notice.setPrefix(self.tr("notice "))
        self.notice.setToolTip(self.tr("An agreement is expiring, and its renewal due, this "
                                       "many days before it ends"))
        self.notice.setAccessibleName(self.tr("Notice period"))
        self.notice.setValue(notice_days(settings))
        self.expiring_days.setValue(self.notice.value())
        self.expiring.toggled.connect(self.changed)
        self.expiring_days.valueChanged.connect(self.changed)
        self.notice.valueChanged.connect(self._notice_changed)
        # Two rows, so that the view fits beside the side bar of a 1,280 px window in
        # every language.
        first = QHBoxLayout()
        for widget in (self.search, self.event_filter, self.status_filter,
                       self.country_filter, self.organization_filter):
            first.addWidget(widget)
        first.addStretch(1)
        second = QHBoxLayout()
        second.addWidget(self.expiring)
        second.addWidget(self.expiring_days)
        second.addStretch(1)
        second.addWidget(self.notice)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(first)
        rows.addLayout(second)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 18)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _notice_changed(self, value: int) -> None:
        self.settings.setValue(NOTICE_KEY, value)
        self.notice_changed.emit(value)

    def fill(self, rows: list[RegisterRow]) -> None:
        """The choices the loaded rows offer, keeping what is chosen."""
        def refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

        events = sorted({(row.event_key, row.event_title) for row in rows})
        refill(self.event_filter, self.tr("All events"), [(key, key) for key, _title in events])
        for index, (_key, title) in enumerate(events, start=1):
            self.event_filter.setItemData(index, title, Qt.ItemDataRole.ToolTipRole)
        statuses = [(label, value) for value, label in STATUS_LABELS.items()]
        statuses += [(label, value) for value, label in LIFECYCLE_LABELS.items()]
        statuses.append((self.tr("Dormant", "no activity in its first year"), "dormant"))
        refill(self.status_filter, self.tr("Any status"), statuses)
        countries = sorted({code for row in rows for code in row.countries})
        refill(self.country_filter, self.tr("All countries"), [(c, c) for c in countries])
        names = sorted({party.name for row in rows for party in row.parties},
                       key=str.casefold)
        refill(self.organization_filter, self.tr("All organizations"),
               [(name, name) for name in names])

    def current(self) -> RegisterFilter:
        return RegisterFilter(
            event=self.event_filter.currentData(), status=self.status_filter.currentData(),
            country=self.country_filter.currentData(),
            organization=self.organization_filter.currentData(),
            expiring_within=self.expiring_days.value() if self.expiring.isChecked() else None)

    def reset(self) -> None:
        for combo in (self.event_filter, self.status_filter, self.country_filter,
                      self.organization_filter):
            combo.setCurrentIndex(0)
        self.search.clear()
        self.expiring.setChecked(False)
