"""The planned signing time of each agreement, as the ceremony planner would show it."""
from __future__ import annotations

import datetime as dt
import zoneinfo

from desktop_app.domain.errors import RoundtableError
from desktop_app.services.ceremony import ceremony_plan
from desktop_app.services.snapshots import AgreementRow
from desktop_app.ui.context import UiContext
from desktop_app.ui.dialogs.ceremony_planner import SLOT_SETTING


class PlannedTimes:
    """One ``ceremony_plan`` per ceremony (and minutes per signing), kept until ``clear()``."""

    def __init__(self, ctx: UiContext) -> None:
        self.ctx = ctx
        self._plans: dict[tuple[int, float | None], dict[int, dt.datetime]] = {}

    def clear(self) -> None:
        self._plans.clear()

    def of(self, agreement: AgreementRow, timezone: str) -> dt.datetime | None:
        """The start of the agreement's slot, aware in ``timezone``; None outside a ceremony."""
        item_id = agreement.signing_item_id
        if item_id is None:
            return None
        slot = float(str(self.ctx.settings.value(SLOT_SETTING, 0.0) or 0.0)) or None
        if (item_id, slot) not in self._plans:
            try:
                plan = ceremony_plan(self.ctx.db, item_id, slot)
            except RoundtableError:
                return None
            zone = zoneinfo.ZoneInfo(timezone)
            self._plans[(item_id, slot)] = {s.agreement.id: s.start.replace(tzinfo=zone)
                                            for s in plan.signings}
        return self._plans[(item_id, slot)].get(agreement.id)
