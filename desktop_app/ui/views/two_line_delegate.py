"""A list entry drawn as a bold title over a muted description (the Documents list)."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

#: The role holding the description line (the display role holds the title).
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 2
_PAD = 8


class TwoLineDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        title, description = option.text, index.data(DESCRIPTION_ROLE) or ""
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        muted = text if selected else option.palette.color(group,
                                                            QPalette.ColorRole.PlaceholderText)
        rect = option.rect.adjusted(_PAD + 2, _PAD - 2, -_PAD, -_PAD + 2)
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        line = option.fontMetrics.height()
        painter.save()
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(option.font)
        painter.setPen(muted)
        elided = option.fontMetrics.elidedText(description, Qt.TextElideMode.ElideRight,
                                               rect.width())
        painter.drawText(QRect(rect.left(), rect.top() + line + 2, rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(200, 2 * line + 2 * _PAD + 4)
