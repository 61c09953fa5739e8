"""Small reusable widgets: the big-number card and the in-table bar (instead of a chart library)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

# Models put a 0..1 share in this role for the column a BarDelegate draws.
BAR_ROLE = Qt.ItemDataRole.UserRole + 1
BAR_COLOUR = QColor("#4a7fc1")
NUMBER_WIDTH = 64


class StatCard(QFrame):
    """A titled big number, e.g. 企业总数 12,345, with an optional caption under it."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"card_{key}")
        self.setProperty("card", True)
        self.title = QLabel()
        self.title.setObjectName("card_title")
        self.value = QLabel("—")
        self.value.setObjectName("card_value")
        self.caption = QLabel()
        self.caption.setObjectName("card_caption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, value: int | None, caption: str = "") -> None:
        self.value.setText("—" if value is None else f"{value:,}")
        self.caption.setText(caption)


class BarDelegate(QStyledItemDelegate):
    """Draws the number right-aligned, then a bar as long as its share of the column's largest value."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        share = index.data(BAR_ROLE)
        fraction = max(0.0, min(1.0, float(share))) if share is not None else 0.0
        area = opt.rect.adjusted(6, 0, -8, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        number = QRect(area.left(), area.top(), NUMBER_WIDTH, area.height())
        painter.drawText(number, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        room = area.width() - NUMBER_WIDTH - 10
        if fraction > 0 and room > 0:
            height = max(6, area.height() // 2)
            bar = QRect(number.right() + 10, area.center().y() - height // 2 + 1, max(2, int(room * fraction)), height)
            painter.fillRect(bar, BAR_COLOUR.lighter(150) if selected else BAR_COLOUR)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), NUMBER_WIDTH + 160), hint.height())
