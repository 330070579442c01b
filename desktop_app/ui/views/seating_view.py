"""The Seating view: who sits where at the main table or at an agenda item.

Choose the table (the main table or an item), a layout and a rule, and press "Place by
rule": the plan is stored and drawn from its layout. Then drag people between seats
(onto an occupied seat, the two swap), in from the unseated participants beside the
chart, or out to that list; lock the seats placing by rule must keep. Every change is
stored at once as an undo step (``ui/undo/seating_commands.py``), checked against the
version of the plan shown. Without a plan of its own the chart previews the plan the
rule would make, read-only. The plan's warnings are outlined on the seats and listed.
"Preview / Print" opens the seating chart in the Documents view.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import RoundtableError
from desktop_app.services.seating import SeatingPlanSnapshot
from desktop_app.ui.context import UiContext
from desktop_app.ui.models.unseated_model import PersonDrag, UnseatedModel
from desktop_app.ui.undo.record_commands import push
from desktop_app.ui.undo.seating_commands import (
    PlanTarget,
    SeatingCommand,
    lock_command,
    move_command,
    place_command,
    swap_command,
    unseat_command,
)
from desktop_app.ui.widgets.seating_chart import SeatingChart

from .feedback import report_error
from .lazy_list import LazyView
from .record_list import heading_label, muted_label
from .seating_controls import LayoutControls, TableCombo
from .seating_load import Loaded, load_table
from .seating_panel import SeatingSidePanel
from .seating_print import SeatingPrinter
from .seating_texts import (
    banner_text,
    conflict_rows,
    flag_tooltip,
    rule_name,
    seat_summary,
    seat_tooltip,
    warnings_by_person,
    warnings_by_seat,
)

#: The ``navigate`` kind that opens this view: ``("seating", ITEM)``, ITEM an agenda
#: item's key or ``main`` (the main table), as the Overview's seating warnings say.
NAVIGATE_KIND = "seating"
MAIN_KEY = "main"
#: After the layout or rule is changed, the preview waits this long for more typing.
PREVIEW_DELAY_MS = 250


class SeatingView(LazyView[Loaded]):
    title = "Seating"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Seating")
        self.loaded = Loaded("", "")
        self.target = ""
        #: The table whose plan last set the layout and rule controls.
        self._controls_for: tuple[str, str] | None = None
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.request_reload)

        self.heading = heading_label(self.title)
        self.count_label = muted_label()
        self.hint = self.tr("Drag people between seats, or from the list · Enter picks up and "
                            "puts down · Delete unseats · Ctrl+L locks a seat")
        self.print_button = QPushButton(self.tr("Preview / Print…"))
        self.print_button.setToolTip(self.tr("Open the seating chart of this table in "
                                             "Documents, to preview, save or print it"))
        self.print_button.clicked.connect(self.print_chart)
        self.printer = SeatingPrinter(ctx, self)

        self.table_combo = TableCombo()
        self.table_combo.chosen.connect(
            lambda target: self.show_table(target) if target != self.target else None)
        self.controls = LayoutControls()
        self.controls.place_button.clicked.connect(self.place_by_rule)
        self.controls.changed.connect(self._controls_changed)

        self.banner = QFrame()
        self.banner.setObjectName("infoBar")
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.banner_button = QPushButton(self.tr("Show the main table"))
        self.banner_button.clicked.connect(lambda: self.show_table(""))
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(10, 6, 6, 6)
        banner_row.addWidget(self.banner_label, 1)
        banner_row.addWidget(self.banner_button)

        self.chart = SeatingChart()
        self.chart.seat_tip = seat_tooltip
        self.chart.flag_tip = flag_tooltip
        self.chart.swap_requested.connect(self.swap)
        self.chart.move_requested.connect(self.seat_person)
        self.chart.unseat_requested.connect(self.unseat)
        self.chart.lock_requested.connect(self.toggle_lock)
        self.chart.context_requested.connect(self._context_menu)
        self.chart.current_changed.connect(lambda _seat: self._show_details())
        self.chart.carrying_changed.connect(self._show_details)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unseated_model = UnseatedModel(self)
        # Queued: the list is still inside its drop handling when the model reports it.
        self.unseated_model.unseat_requested.connect(self.unseat,
                                                     Qt.ConnectionType.QueuedConnection)
        self.side = SeatingSidePanel(self.unseated_model)
        self.side.unseated.pick_requested.connect(self._pick_from_list)
        self.side.conflict_chosen.connect(self._show_seat)
        self.side.legend.setText(self.tr("★ seat of honour · padlock: locked · red ring: "
                                         "a conflict · dashed: a preview, not stored"))

        self._build_layout()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(16)
        table_caption = QLabel(self.tr("Table:"))
        table_caption.setBuddy(self.table_combo)
        top.addWidget(table_caption)
        top.addWidget(self.table_combo)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.print_button)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.chart, 1)
        left_column.addWidget(self.details)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        self.side.setMinimumWidth(240)
        splitter.setSizes([900, 300])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.controls)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    # --- the contract of a view ---------------------------------------------------------
    def show_record(self, kind: str, key: str) -> bool:
        """``("seating", ITEM)``: show the plan of an agenda item, or ``main``."""
        if kind != NAVIGATE_KIND:
            return False
        self.show_table("" if key in ("", MAIN_KEY) else key)
        return True

    def show_table(self, target: str) -> None:
        """Show the main table ("") or an agenda item's."""
        self.target = target
        self.table_combo.select(target)
        self._controls_for = None
        self._mark_stale()

    # --- loading ---------------------------------------------------------------------------
    def _request(self) -> tuple[str, str, str | None, str | None]:
        """(event, table, layout, rule) to load; layout and rule only once the controls
        show this table's (before, the table's own or default ones are read)."""
        key, target = self.ctx.event_key, self.target
        chosen = self._controls_for == (key, target)
        return (key, target, self.controls.layout() if chosen else None,
                self.controls.rule() if chosen else None)

    def load_job(self, limit: int | None = None  # noqa: ARG002
                 ) -> Callable[[], Loaded] | None:
        key, target, layout, rule = self._request()
        db = self.ctx.db
        return (lambda: load_table(db, key, target, layout, rule)) if key else None

    def empty_load(self) -> Loaded:
        """The table asked for, with nothing in it (also when it could not be read)."""
        return Loaded(self.ctx.event_key, self.target)

    def reload(self) -> None:
        self._preview_timer.stop()
        super().reload()

    def request_reload(self) -> None:
        self._preview_timer.stop()
        super().request_reload()

    @property
    def loading(self) -> bool:
        return super().loading or self._preview_timer.isActive()

    def _event_changed(self, key: str) -> None:
        self.target = ""
        self._controls_for = None
        self.chart.cancel_carry()
        super()._event_changed(key)

    def _apply_loaded(self, loaded: Loaded) -> None:
        if loaded.event_key != self.ctx.event_key:
            return
        self.target = loaded.target
        self.table_combo.fill(loaded.items, loaded.own, loaded.target)
        plan = loaded.shown
        if self._controls_for != (loaded.event_key, loaded.target) and plan is not None:
            self.controls.choose(plan.layout, plan.rule)
        self._controls_for = (loaded.event_key, loaded.target)
        self.loaded = loaded
        self._show()

    # --- the layout and rule controls ---------------------------------------------------
    def _controls_changed(self) -> None:
        if self.loaded.own_plan is None and self.ctx.event_key:
            self._preview_timer.start()  # preview what the rule would make there
        self._show_banner()

    # --- showing ----------------------------------------------------------------------------
    @property
    def plan(self) -> SeatingPlanSnapshot | None:
        """The plan shown: the table's own, or a preview."""
        return self.loaded.shown

    @property
    def plan_target(self) -> PlanTarget:
        return PlanTarget(self.ctx.event_key, self.target or None)

    def _table_name(self) -> str:
        if not self.target:
            return self.tr("the main table")
        title = self.loaded.title()
        return f"“{title}”" if title is not None else self.target

    def _show(self) -> None:
        loaded, plan = self.loaded, self.loaded.shown
        own = loaded.own_plan is not None
        plan_id = f"{loaded.event_key}/{loaded.target}"
        caption = (loaded.title() or self.tr("Main table")) + "\n" + (
            rule_name(plan.rule) if plan is not None else "")
        if plan is not None and not own:
            caption += "\n" + self.tr("(preview)")
        self.chart.set_plan(plan, plan_id, editable=own, preview=not own,
                            warnings=warnings_by_seat(plan) if plan is not None else {},
                            caption=caption, audience=self.tr("audience"))
        unseated = plan.unseated if plan is not None else ()
        self.unseated_model.set_people(unseated, plan_id, own, warnings_by_person(
            unseated, plan) if plan is not None else {})
        self.side.unseated.empty_text = (
            self.tr("Everyone has a seat. Drop a seat's person here to unseat them.")
            if own else self.tr("Everyone has a seat in this preview."))
        self.side.unseated.viewport().update()
        self.side.set_counts(len(unseated))
        self.side.set_conflicts(conflict_rows(plan), "✓ " + self.tr("No conflicts")
                                if plan is not None else "")
        if plan is None:
            self.count_label.setText("")
        else:
            taken = sum(1 for seat in plan.seats if seat.person_key)
            locked = sum(1 for seat in plan.seats if seat.locked)
            text = self.tr("Seats taken: {taken} of {seats}").format(taken=taken,
                                                                    seats=len(plan.seats))
            if locked:
                text += " · " + self.tr("%n locked", "", locked)
            self.count_label.setText(text)
        self.controls.place_button.setEnabled(bool(self.ctx.event_key))
        self.print_button.setEnabled(own or bool(loaded.stored))
        self._show_banner()
        self._show_details()

    def _show_banner(self) -> None:
        text, offer_main = banner_text(self.loaded, self.controls.layout(),
                                       self.controls.rule(), self._table_name())
        if not self.ctx.event_key:
            text = ""
        self.banner_label.setText(text)
        self.banner_button.setVisible(offer_main)
        self.banner.setVisible(bool(text))

    def _show_details(self) -> None:
        carrying = self.chart.carrying
        plan = self.plan
        seat = self.chart.current_seat
        if carrying is not None:
            text = self.tr("Carrying {name}: choose a seat with the arrow keys and press "
                           "Enter; Escape puts them back.").format(name=carrying.name)
        elif plan is not None and seat:
            text = seat_summary(plan.seat(seat))
        elif plan is not None and self.loaded.own_plan is not None:
            text = self.hint
        elif plan is not None:
            text = self.tr("Point at a seat to see who sits there and why.")
        else:
            text = ""
        self.details.setText(text)
        self.chart.setAccessibleDescription(text)

    def _show_seat(self, seat: int) -> None:
        self.chart.setFocus(Qt.FocusReason.OtherFocusReason)
        self.chart.set_current_seat(seat)

    # --- changing ----------------------------------------------------------------------------
    def _push(self, command: SeatingCommand) -> bool:
        try:
            push(self.ctx, command)
        except RoundtableError as exc:
            report_error(self, exc)  # a stale plan: the views reload (show_error)
            return False
        return True

    def _stored(self, target: PlanTarget, view: SeatingPlanSnapshot | None) -> None:
        """A step was stored: show its result now (the change notice reloads later)."""
        if target.event_key != self.ctx.event_key:
            return
        self.loader.invalidate()  # a load in flight may predate the step
        key = target.item_key or ""
        if view is None or key != self.target:
            self.show_table(key)  # undone to no plan, or another table: read it again
            return
        self.loaded = self.loaded.stored_now(view)
        self.controls.choose(view.layout, view.rule)
        self.table_combo.fill(self.loaded.items, self.loaded.own, self.target)
        self._show()

    def _own_or_refuse(self) -> SeatingPlanSnapshot | None:
        own = self.loaded.own_plan
        if own is None:
            self.ctx.status_message.emit(self.tr("Place by rule first: this table has no plan "
                                                 "of its own yet."))
        return own

    def place_by_rule(self) -> bool:
        if not self.ctx.event_key:
            return False
        self.ensure_loaded()
        return self._push(place_command(
            self.ctx, self.plan_target, self.loaded.own_plan, self.controls.layout(),
            self.controls.rule(), self._table_name(), shown=self._stored, parent_widget=self))

    def swap(self, first: int, second: int) -> bool:
        own = self._own_or_refuse()
        if own is None:
            return False
        return self._push(swap_command(self.ctx, self.plan_target, own, first, second,
                                       shown=self._stored, parent_widget=self))

    def seat_person(self, person_key: str, seat: int) -> bool:
        own = self._own_or_refuse()
        if own is None:
            return False
        name = next((p.name for p in own.unseated if p.key == person_key), None) or next(
            (s.person_name or "" for s in own.seats if s.person_key == person_key), person_key)
        return self._push(move_command(self.ctx, self.plan_target, own, person_key, name, seat,
                                       shown=self._stored, parent_widget=self))

    def unseat(self, person_key: str) -> bool:
        own = self._own_or_refuse()
        if own is None:
            return False
        name = next((s.person_name or "" for s in own.seats if s.person_key == person_key),
                    person_key)
        return self._push(unseat_command(self.ctx, self.plan_target, own, person_key, name,
                                         shown=self._stored, parent_widget=self))

    def toggle_lock(self, seat: int) -> bool:
        own = self._own_or_refuse()
        if own is None:
            return False
        return self._push(lock_command(self.ctx, self.plan_target, own, seat,
                                       not own.seat(seat).locked, shown=self._stored,
                                       parent_widget=self))

    def _pick_from_list(self, person_key: str, name: str) -> None:
        self.chart.setFocus(Qt.FocusReason.OtherFocusReason)
        self.chart.carry(PersonDrag(self.chart.plan_id, person_key, name))

    def seat_menu(self, seat: int) -> QMenu:
        """The context menu of a seat: lock or unlock it, unseat or pick up its person."""
        menu = QMenu(self)
        plan, own = self.plan, self.loaded.own_plan
        if plan is None:
            return menu
        view = plan.seat(seat)
        lock = menu.addAction(self.tr("Unlock seat {number}") if view.locked
                              else self.tr("Lock seat {number}"))
        lock.setText(lock.text().format(number=seat))
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.setEnabled(own is not None)
        lock.triggered.connect(lambda: self.toggle_lock(seat))
        if view.person_key:
            name = view.person_name or ""
            pick = menu.addAction(self.tr("Pick up {name}").format(name=name))
            pick.setShortcut(QKeySequence(Qt.Key.Key_Return))
            pick.setEnabled(self.chart.can_take(seat))
            pick.triggered.connect(self.chart.pick_up_or_put_down)
            unseat = menu.addAction(self.tr("Unseat {name}").format(name=name))
            unseat.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
            unseat.setEnabled(self.chart.can_take(seat))
            person = view.person_key
            unseat.triggered.connect(lambda: self.unseat(person))
        return menu

    def _context_menu(self, seat: int, where: QPoint) -> None:
        menu = self.seat_menu(seat)
        menu.exec(where)
        menu.deleteLater()

    def print_chart(self) -> bool:
        return self.printer.open(self.target or None)
