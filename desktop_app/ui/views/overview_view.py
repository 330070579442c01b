"""The Overview: the event's facts, its figures, a chart, and the conflict warnings."""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.conflicts import ConflictWarning
from desktop_app.services.event_editing import get_event
from desktop_app.services.overview import OverviewFigures, overview_figures
from desktop_app.services.snapshots import EventRow
from desktop_app.services.translation_status import missing_translation_counts

from ..conflict_monitor import conflicts_of
from ..context import UiContext
from ..dialogs.form_support import language_name
from ..domain_messages import translated_warning
from ..errors import reporting
from ..i18n import format_date, term
from ..widgets.bar_chart import BarChart
from ..widgets.expiring_line import ExpiringLine
from ..widgets.status_strip import StatusStrip

_WARNING = Qt.ItemDataRole.UserRole


class FigureCard(QFrame):
    """A figure with its caption."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.value = QLabel("—")
        self.value.setObjectName("cardValue")
        self.caption = QLabel(caption)
        self.caption.setObjectName("cardLabel")
        self.detail = QLabel()
        self.detail.setObjectName("cardLabel")
        self.detail.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)  # figures line up across cards whatever sits below them
        self.setAccessibleName(caption)

    def set(self, value: int, detail: str = "") -> None:
        self.value.setText(QLocale().toString(value))
        self.detail.setText(detail or "\u00a0")  # keeps the cards' figures aligned
        self.setAccessibleDescription(
            self.tr("{value} {caption}. {detail}", "a figure of the overview, read aloud")
            .format(value=value, caption=self.caption.text(), detail=detail))


class TranslationStatus(QWidget):
    """How many texts still miss a translation, per event language after the first; each
    language opens the Translations view on the texts missing in it."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.counts: dict[str, int] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(4)
        self.title = _section(self.tr("Translations"))
        self.row.addWidget(self.title)
        self.row.addSpacing(8)
        self.row.addStretch(1)

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        for button in self.buttons.values():
            self.row.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for tag, count in counts.items():
            language = language_name(tag) or tag
            if count:
                #: A language and how many texts have no translation into it.
                text = self.tr("{language}: {count} missing").format(language=language,
                                                                     count=count)
                tip = self.tr("Open the texts without a {language} translation").format(
                    language=language)
            else:
                text = "✓ " + self.tr("{language}: all translated").format(language=language)
                tip = self.tr("Open the translations")
            button = QPushButton(text)
            button.setObjectName("translationStatus")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(tip)
            button.setAccessibleName(text)
            if count:
                button.setStyleSheet("color: palette(link); font-weight: 600;")
            button.clicked.connect(lambda _checked=False, tag=tag, count=count:
                                   self.ctx.navigate.emit("translations", tag if count else ""))
            self.row.insertWidget(self.row.count() - 1, button)
            self.buttons[tag] = button
        self.setVisible(bool(counts))


class NextSteps(QFrame):
    """What an organizer does next with a new event: each missing part (rooms,
    organizations, people, the agenda, agreements) as a button that opens its place."""

    # (step, the view or form it opens)
    STEPS = ("rooms", "organizations", "people", "agenda", "agreements")

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.title = _section(self.tr("What to do next"))
        layout.addWidget(self.title)
        self.buttons: dict[str, QPushButton] = {}
        texts = {
            "rooms": (self.tr("Add the rooms"), self.tr("Edit event… › Rooms and hosts")),
            "organizations": (self.tr("Add the organizations"),
                              self.tr("The universities, ministries and embassies taking "
                                      "part")),
            "people": (self.tr("Add the people"), self.tr("Speakers, chairs, signatories and "
                                                         "guests")),
            "agenda": (self.tr("Build the agenda"), self.tr("Items on the timeline, day by "
                                                           "day")),
            "agreements": (self.tr("Add the agreements"),
                           self.tr("What will be signed, by whom")),
        }
        for step in self.STEPS:
            text, tip = texts[step]
            button = QPushButton(f"→  {text}")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(tip)
            button.setAccessibleName(text)
            button.setStyleSheet("text-align: left; color: palette(link); font-weight: 600;")
            button.clicked.connect(lambda _checked=False, step=step: self.open(step))
            layout.addWidget(button)
            self.buttons[step] = button

    def open(self, step: str) -> None:
        """Show the place of ``step`` (the event form for rooms, else its view)."""
        self.ctx.navigate.emit("view", "event" if step == "rooms" else step)

    def set_missing(self, missing: list[str]) -> None:
        for step, button in self.buttons.items():
            button.setVisible(step in missing)
        self.setVisible(bool(missing))


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


class OverviewView(QWidget):
    title = "Overview"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures: OverviewFigures | None = None
        self.warnings: list[ConflictWarning] = []

        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("pageSubtitle")
        self.subtitle_label.setWordWrap(True)
        self.facts_label = QLabel()
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label.setAccessibleName(self.tr("Event facts"))

        self.title = self.tr("Overview")
        self.agreements_card = FigureCard(self.tr("agreements", "caption under their number"))
        self.status_strip = StatusStrip()
        self.agreements_card.layout().addWidget(self.status_strip)
        self.universities_card = FigureCard(self.tr("universities involved",
                                               "caption under their number"))
        self.countries_card = FigureCard(self.tr("countries involved",
                                                 "caption under their number"))
        self.participants_card = FigureCard(self.tr("participants", "caption under their number"))
        self.items_card = FigureCard(self.tr("agenda items", "caption under their number"))
        cards = QHBoxLayout()
        for card in (self.agreements_card, self.universities_card, self.countries_card,
                     self.participants_card, self.items_card):
            cards.addWidget(card, 1)
        self.translation_status = TranslationStatus(ctx)
        self.next_steps = NextSteps(ctx)
        self.next_steps.hide()
        self.expiring_line = ExpiringLine(ctx)

        self.chart = BarChart()
        self.chart.setAccessibleName(self.tr("Agreements per university"))
        self.by_university = QPushButton(self.tr("By university"))
        self.by_country = QPushButton(self.tr("By country"))
        self.by_university.setAccessibleName(self.tr("Chart agreements by university"))
        self.by_country.setAccessibleName(self.tr("Chart agreements by country"))
        self.chart_group = QButtonGroup(self)
        for index, button in enumerate((self.by_university, self.by_country)):
            button.setCheckable(True)
            self.chart_group.addButton(button, index)
        self.by_university.setChecked(True)
        self.chart_group.idClicked.connect(lambda _id: self._fill_chart())
        chart_head = QHBoxLayout()
        chart_head.addWidget(_section(self.tr("Agreements")))
        chart_head.addStretch(1)
        chart_head.addWidget(self.by_university)
        chart_head.addWidget(self.by_country)
        chart_box = QVBoxLayout()
        chart_box.addLayout(chart_head)
        chart_box.addWidget(self.chart)
        chart_box.addStretch(1)

        self.warnings_title = _section(self.tr("Warnings"))
        self.warnings_title.setMinimumHeight(self.by_country.sizeHint().height())
        self.warnings_list = QListWidget()
        self.warnings_list.setAccessibleName(self.tr("Conflict warnings"))
        self.warnings_list.setWordWrap(True)
        self.warnings_list.setToolTip(self.tr("Double-click or press Enter to open the item"))
        self.warnings_list.itemActivated.connect(self._open_warning)
        warnings_box = QVBoxLayout()
        warnings_box.addWidget(self.warnings_title)
        warnings_box.addWidget(self.warnings_list, 1)

        lower = QGridLayout()
        lower.setHorizontalSpacing(24)
        lower.addLayout(chart_box, 0, 0)
        lower.addLayout(warnings_box, 0, 1)
        lower.setColumnStretch(0, 1)
        lower.setColumnStretch(1, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.next_steps)
        layout.addLayout(cards)
        layout.addWidget(self.translation_status)
        layout.addWidget(self.expiring_line, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(lower, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.conflicts = conflicts_of(ctx)
        ctx.event_changed.connect(lambda _key: self.refresh())
        ctx.data_changed.connect(self._on_data_changed)
        self.conflicts.changed.connect(self._warnings_changed)
        self.refresh()

    def show_record(self, kind: str, key: str) -> bool:
        return False  # the overview holds no records of its own

    def _on_data_changed(self, _topic: str, event_key: str) -> None:
        if event_key == self.ctx.event_key:
            self.refresh()

    def refresh(self) -> None:
        key = self.ctx.event_key
        if not key:
            return
        with reporting(self) as failed:
            event = get_event(self.ctx.db, key)
            self.figures = overview_figures(self.ctx.db, key)
            missing = missing_translation_counts(self.ctx.db, key)
        if failed:
            return
        self._fill_facts(event)
        self.translation_status.set_counts(missing)
        self.expiring_line.refresh()
        figures = self.figures
        steps = {"rooms": len(event.rooms) <= 1, "organizations": figures.organizations == 0
                 and figures.universities == 0, "people": figures.participants == 0,
                 "agenda": figures.agenda_items == 0, "agreements": figures.agreements == 0}
        self.next_steps.set_missing([step for step in NextSteps.STEPS if steps[step]])
        by_status = figures.agreements_by_status
        self.status_strip.set_counts(by_status)
        locale = QLocale()
        self.agreements_card.set(figures.agreements, " · ".join(
            self.tr("{count} {status}", "a number of agreements and their status, e.g. 3 signed")
            .format(count=count, status=locale.toLower(term(f"status.{status}")))
            for status, count in by_status.items() if count)
            or self.tr("none yet", "no agreements yet"))
        self.universities_card.set(figures.universities)
        self.countries_card.set(figures.countries, ", ".join(c for c, _ in figures.by_country))
        self.participants_card.set(figures.participants,
                                   self.tr("from %n organization(s)", "",
                                           figures.organizations))
        self.items_card.set(figures.agenda_items)
        self._fill_chart()
        self._warnings_changed(key, self.conflicts.warnings)

    def _warnings_changed(self, key: str, warnings: list[ConflictWarning]) -> None:
        if key == self.ctx.event_key:
            self.warnings = list(warnings)
            self._fill_warnings()

    def _fill_facts(self, event: EventRow) -> None:
        self.title_label.setText(event.title)
        self.subtitle_label.setText(event.subtitle or "")
        self.subtitle_label.setVisible(bool(event.subtitle))
        if event.start_date == event.end_date:
            dates = format_date(event.start_date, "dddd, dd MMMM yyyy")
        else:
            dates = (format_date(event.start_date, "dd MMMM yyyy") + " – "
                     + format_date(event.end_date, "dd MMMM yyyy"))
        venue = ", ".join(x for x in (event.venue_name, event.venue_address, event.venue_city,
                                      event.venue_country) if x)
        rooms = ", ".join(r.name + (f" ({r.capacity})" if r.capacity else "")
                          for r in event.rooms)
        facts = [self.tr("When: {dates} ({timezone})").format(dates=dates,
                                                              timezone=event.timezone),
                 self.tr("Where: {venue}").format(venue=venue),
                 self.tr("Rooms: {rooms} · Languages: {languages}").format(
                     rooms=rooms or self.tr("none", "no rooms"),
                     languages=", ".join(event.languages))]
        self.facts_label.setText("\n".join(facts))

    def _fill_chart(self) -> None:
        if self.figures is None:
            return
        if self.chart_group.checkedId() == 1:
            self.chart.setAccessibleName(self.tr("Agreements per country"))
            self.chart.set_rows(self.figures.by_country, self.tr("No agreements yet"))
        else:
            self.chart.setAccessibleName(self.tr("Agreements per university"))
            self.chart.set_rows(self.figures.by_university,
                                self.tr("No agreements with universities yet"))

    def _fill_warnings(self) -> None:
        self.warnings_list.clear()
        count = len(self.warnings)
        self.warnings_title.setText(self.tr("Warnings ({count})").format(count=count)
                                    if count else self.tr("Warnings"))
        if not self.conflicts.current:
            entry = QListWidgetItem(self.tr("Checking for conflicts…"))
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.warnings_list.addItem(entry)
            return
        if not self.warnings:
            entry = QListWidgetItem(
                "✓  " + self.tr("No conflicts: rooms, people and signings all fit."))
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.warnings_list.addItem(entry)
            return
        for warning in self.warnings:
            entry = QListWidgetItem(f"⚠  {translated_warning(warning)}")
            entry.setData(_WARNING, (warning.subject_kind, warning.subject_key))
            entry.setToolTip(self.tr("{code}: open the item to fix it").format(code=warning.code))
            self.warnings_list.addItem(entry)

    def _open_warning(self, entry: QListWidgetItem) -> None:
        target = entry.data(_WARNING)
        if target:
            self.ctx.navigate.emit(*target)
