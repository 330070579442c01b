"""The Overview's line on the partnership register: how many agreements (of every event)
end within the notice period, a link into the register filtered on them."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from desktop_app.domain.errors import RoundtableError
from desktop_app.domain.partnership import DEFAULT_NOTICE_DAYS
from desktop_app.services.register import expiring_count
from desktop_app.ui.context import UiContext

#: The settings key of the notice period, in days (the register view sets it).
NOTICE_KEY = "register/notice_days"


def notice_days(settings: QSettings) -> int:
    """The notice period the user chose (``DEFAULT_NOTICE_DAYS`` until then)."""
    try:
        return max(0, int(settings.value(NOTICE_KEY, DEFAULT_NOTICE_DAYS)))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DEFAULT_NOTICE_DAYS


class ExpiringLine(QPushButton):
    """"Agreements expiring within 180 days: 3", opening the register on them."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.count = 0
        self.days = DEFAULT_NOTICE_DAYS
        self.setObjectName("expiringAgreements")
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("text-align: left; color: palette(link);")
        self.setToolTip(self.tr("Open the agreements register on them"))
        self.clicked.connect(
            lambda: ctx.navigate.emit("register", f"expiring:{self.days}"))

    def refresh(self) -> None:
        self.days = notice_days(self.ctx.settings)
        try:
            self.count = expiring_count(self.ctx.db, self.days)
        except RoundtableError:
            self.count = 0
        text = self.tr("Agreements expiring within {days} days, in every event: {count}").format(
            days=self.days, count=self.count)
        self.setText(("⚠ " if self.count else "") + text)
        self.setAccessibleName(text)
