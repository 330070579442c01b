"""The panel beside the agreements table: the selected agreement, its checklist and actions."""
from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.vocabulary import STATUS_TRANSITIONS, AgreementStatus
from desktop_app.services.snapshots import AgreementRow
from desktop_app.ui.i18n import format_date, format_datetime
from desktop_app.ui.models.agreements_model import (
    KIND_LABELS,
    READINESS_LABELS,
    STATUS_LABELS,
    status_colour,
)


class AgreementDetails(QFrame):
    """Emits what the user asked for; the view turns it into undo commands."""

    status_requested = Signal(str)          # the target status
    readiness_toggled = Signal(str, bool)   # (item, done)
    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(260)
        self.setMaximumWidth(380)
        self.agreement: AgreementRow | None = None
        self.zone: dt.tzinfo | None = None

        self.reference = QLabel()
        font = self.reference.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(font.Weight.DemiBold)
        self.reference.setFont(font)
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.parties = QLabel()
        self.parties.setWordWrap(True)
        self.parties.setTextFormat(Qt.TextFormat.RichText)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)

        self.checks: dict[str, QCheckBox] = {}
        checklist = QGroupBox(self.tr("Readiness"))
        grid = QGridLayout(checklist)
        for i, (name, label) in enumerate(READINESS_LABELS.items()):
            box = QCheckBox(label)
            box.setAccessibleName(self.tr("Readiness: {step}").format(step=label))
            box.toggled.connect(lambda done, item=name: self._toggled(item, done))
            self.checks[name] = box
            grid.addWidget(box, i // 2, i % 2)

        self.ready_button = QPushButton(self.tr("Mark ready"))
        self.signed_button = QPushButton(self.tr("Mark signed…"))
        self.cancel_button = QPushButton(self.tr("Cancel agreement"))
        self.cancel_button.setToolTip(self.tr("Cancel this agreement (it will not be signed)"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setToolTip(self.tr("Back to draft, to change the text"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self._status_buttons = {
            AgreementStatus.READY: self.ready_button, AgreementStatus.SIGNED: self.signed_button,
            AgreementStatus.CANCELLED: self.cancel_button,
            AgreementStatus.DRAFT: self.reopen_button,
        }
        for status, button in self._status_buttons.items():
            button.setAccessibleName(button.text().rstrip("…"))
            button.clicked.connect(lambda _=False, s=status: self.status_requested.emit(s.value))
        self.signed_button.setDefault(False)
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        actions = QGridLayout()
        actions.addWidget(self.ready_button, 0, 0)
        actions.addWidget(self.signed_button, 0, 1)
        actions.addWidget(self.reopen_button, 1, 0)
        actions.addWidget(self.cancel_button, 1, 1)
        actions.addWidget(self.edit_button, 2, 0)
        actions.addWidget(self.delete_button, 2, 1)

        self.placeholder = QLabel(self.tr("Select an agreement to see its parties, "
                                          "readiness and status actions."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(8)
        body.addWidget(self.reference)
        body.addWidget(self.status)
        body.addWidget(self.title)
        body.addWidget(self.parties)
        body.addWidget(self.facts)
        body.addWidget(checklist)
        body.addLayout(actions)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body)
        self.show_agreement(None)

    def context_menu(self, parent: QWidget) -> QMenu:
        """The panel's actions as a menu (right-click on the table), enabled alike."""
        menu = QMenu(parent)
        for button in (self.ready_button, self.signed_button, self.reopen_button,
                       self.cancel_button, None, self.edit_button, self.delete_button):
            if button is None:
                menu.addSeparator()
                continue
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        return menu

    def _toggled(self, item: str, done: bool) -> None:
        if self.agreement is not None and bool(self.agreement.readiness.get(item)) != done:
            self.readiness_toggled.emit(item, done)

    def show_agreement(self, agreement: AgreementRow | None,
                       planned: dt.datetime | None = None) -> None:
        self.agreement = agreement
        self.placeholder.setVisible(agreement is None)
        self.body.setVisible(agreement is not None)
        if agreement is None:
            return
        self.reference.setText(agreement.reference)
        colour = status_colour(agreement.status, self.palette()).name()
        status = STATUS_LABELS.get(agreement.status, agreement.status)
        if agreement.signed_at is not None:
            moment = agreement.signed_at.astimezone(self.zone) if self.zone else agreement.signed_at
            status += " · " + format_datetime(moment, "dd MMM yyyy, HH:mm")
        self.status.setText(f'<span style="color:{colour}; font-weight:600">●&nbsp;'
                            f"{escape(status)}</span>")
        self.title.setText(f"{KIND_LABELS.get(agreement.kind, agreement.kind)} — "
                           f"{agreement.title}")
        unnamed = self.tr("— signatory not named —")
        rows = "".join(
            f"<tr><td style='padding-right:10px'><b>{escape(p.short_name or p.organization_name)}"
            f"</b></td><td>{escape(p.signatory_name or unnamed)}</td></tr>"
            for p in agreement.parties)
        if agreement.witness_names:  # witnesses under the parties they sign beside
            witness_rows = "".join(
                f"<tr><td style='padding-right:10px'>{escape(label)}</td>"
                f"<td>{escape(name)}</td></tr>"
                for label, name in zip(
                    [self.tr("Witnesses:")] + [""] * (len(agreement.witness_names) - 1),
                    agreement.witness_names, strict=True))
            rows += witness_rows
        self.parties.setText(f"<table>{rows}</table>")
        facts = []
        if agreement.valid_from or agreement.valid_until:
            # In the interface language's format, not ISO.
            start = (format_date(agreement.valid_from, "d MMM yyyy")
                     if agreement.valid_from else "…")
            end = (format_date(agreement.valid_until, "d MMM yyyy")
                   if agreement.valid_until else "…")
            facts.append(self.tr("Valid {start} to {end}").format(start=start, end=end))
        if agreement.languages:
            facts.append(self.tr("Languages: {languages}").format(
                languages=", ".join(agreement.languages)))
        if planned is not None and agreement.status != "cancelled":
            when = format_datetime(planned, "dd MMM, HH:mm")
            facts.append(
                self.tr("Planned for {time} (no. {order} of the ceremony)").format(
                    time=when, order=agreement.signing_order)
                if agreement.signing_order is not None
                else self.tr("Planned for {time}").format(time=when))
        elif agreement.signing_order is not None:
            facts.append(self.tr("Signing order {order}").format(order=agreement.signing_order))
        if agreement.notes:
            facts.append(f"<i>{escape(agreement.notes)}</i>")
        self.facts.setText("<br>".join(escape(f) if not f.startswith("<i>") else f
                                       for f in facts))
        self.facts.setVisible(bool(facts))
        for name, box in self.checks.items():
            box.blockSignals(True)
            box.setChecked(bool(agreement.readiness.get(name)))
            box.blockSignals(False)
        allowed = STATUS_TRANSITIONS[AgreementStatus(agreement.status)]
        for status, button in self._status_buttons.items():
            button.setEnabled(status in allowed)
        self.reopen_button.setText(self.tr("Back to draft") if agreement.status == "ready"
                                   else self.tr("Reopen"))
        # From "signed", "ready" undoes the signing: the button says so.
        signed = agreement.status == "signed"
        self.ready_button.setText(self.tr("Undo signing…") if signed else self.tr("Mark ready"))
        self.ready_button.setAccessibleName(self.ready_button.text().rstrip("…"))
        self.ready_button.setToolTip(
            self.tr("Back to ready: the time of signing is removed") if signed
            else self.tr("Ready to be signed"))
        self.fit_buttons()

    def fit_buttons(self) -> None:
        """Every action button as wide as its (translated) text needs, and the panel as
        wide as two of them side by side: in Kazakh "Қол қойылды деп белгілеу…" was cut."""
        for button in (self.ready_button, self.signed_button, self.reopen_button,
                       self.cancel_button, self.edit_button, self.delete_button):
            button.setMinimumWidth(button.sizeHint().width())
        self.setMaximumWidth(max(380, self.minimumSizeHint().width()))
