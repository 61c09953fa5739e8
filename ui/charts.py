"""Charts painted with QPainter: PySide6-Essentials has no QtCharts, and a county's figures need only bars.

``BarChart`` draws horizontal bars, one per row: an elided label, the bar, its value text, an axis with
gridlines and an optional target line (e.g. a 90 % pass rate). Colours come from the palette (text,
gridlines, the highlight for bars) so a dark desktop theme works; status tones add amber and red, always
beside the value text. Rows keep their height whatever the widget's: put the chart in a scroll area for
long lists.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

# Status tones (DESIGN §9): used sparingly, and never without the value written beside the bar.
TONES = {"good": QColor("#2e7d32"), "warn": QColor("#c77700"), "bad": QColor("#c62828")}
MARGIN = 8
GAP = 8  # between the label column and the bars, and between a bar and its value text


@dataclass(frozen=True)
class Bar:
    """One row: ``value`` in the chart's unit (a 0–1 share when the chart shows percentages)."""

    label: str
    value: float
    text: str = ""  # written after the bar; "" writes the value itself
    tooltip: str = ""  # "" shows the label and the text
    tone: str = ""  # "" (the palette's highlight), "good", "warn" or "bad"


def nice_step(maximum: float, ticks: int = 5) -> float:
    """A round tick step (1, 2 or 5 × 10ⁿ) giving about ``ticks`` intervals up to ``maximum``."""
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return float(factor * power)
    return float(10 * power)


class BarChart(QWidget):
    """A horizontal bar chart; ``set_bars`` replaces what it shows."""

    bar_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._bars: list[Bar] = []
        self._maximum = 1.0
        self._fixed_maximum: float | None = None
        self._percent = False
        self._decimals = 0
        self._target: float | None = None
        self._target_text = ""
        self._empty_text = ""
        self._hover = -1

    # -- what it shows ----------------------------------------------------------------

    def set_bars(self, bars: Sequence[Bar], *, maximum: float | None = None) -> None:
        """Show ``bars``, top to bottom; the axis runs to ``maximum`` (default: 100 % or a round value)."""
        self._bars = list(bars)
        self._fixed_maximum = maximum
        self._hover = -1
        self._rescale()
        self.setAccessibleDescription("; ".join(f"{b.label}: {self.value_text(b)}" for b in self._bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def bar_count(self) -> int:
        return len(self._bars)

    def set_percent(self, on: bool, decimals: int = 1) -> None:
        """Values are shares (0–1): the axis reads 0 %–100 % and values are written with ``decimals``."""
        self._percent = on
        self._decimals = decimals
        self._rescale()
        self.update()

    def set_target(self, value: float | None, text: str = "") -> None:
        """A dashed line across the bars at ``value`` (None: no line), captioned ``text``."""
        self._target = value
        self._target_text = text
        self._rescale()
        self.updateGeometry()
        self.update()

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def _rescale(self) -> None:
        if self._fixed_maximum is not None and self._fixed_maximum > 0:
            self._maximum = self._fixed_maximum
            return
        largest = max([b.value for b in self._bars] + [self._target or 0.0, 0.0])
        if self._percent:
            self._maximum = 1.0 if largest <= 1.0 else math.ceil(largest * 10) / 10
            return
        step = nice_step(largest)
        self._maximum = max(step, math.ceil(largest / step) * step) if largest > 0 else 1.0

    def format_value(self, value: float) -> str:
        if self._percent:
            return f"{value * 100:.{self._decimals}f}%"
        if float(value).is_integer():
            return f"{int(value):,}"
        return f"{value:,.{self._decimals or 1}f}"

    def value_text(self, bar: Bar) -> str:
        return bar.text or self.format_value(bar.value)

    # -- geometry ---------------------------------------------------------------------

    def row_height(self) -> int:
        return max(self.fontMetrics().height() + 10, 22)

    def _top(self) -> int:
        return MARGIN + (self.fontMetrics().height() + 4 if self._target is not None else 0)

    def _axis_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _columns(self) -> tuple[int, int, int]:
        """(label column width, left of the bars, right end of a full-length bar)."""
        fm = self.fontMetrics()
        width = self.width()
        widest = max((fm.horizontalAdvance(b.label) for b in self._bars), default=0)
        label_w = max(48, min(widest + 4, int(width * 0.38)))
        text_w = max((fm.horizontalAdvance(self.value_text(b)) for b in self._bars), default=0)
        # The axis' last tick label is centred on the end: keep half of it inside too.
        text_w = max(text_w, fm.horizontalAdvance(self.format_value(self._maximum)) // 2)
        left = MARGIN + label_w + GAP
        right = max(left + 20, width - MARGIN - text_w - GAP)
        return label_w, left, right

    def _x(self, value: float, left: int, right: int) -> float:
        share = 0.0 if self._maximum <= 0 else max(0.0, min(1.0, value / self._maximum))
        return left + share * (right - left)

    def bar_rect(self, index: int) -> QRectF:
        """Where bar ``index`` is painted (an empty rectangle for a zero value)."""
        if not 0 <= index < len(self._bars):
            return QRectF()
        _, left, right = self._columns()
        row = self.row_height()
        thickness = max(8, int(row * 0.6))
        top = self._top() + index * row + (row - thickness) / 2
        return QRectF(QPointF(left, top), QPointF(self._x(self._bars[index].value, left, right), top + thickness))

    def row_rect(self, index: int) -> QRect:
        row = self.row_height()
        return QRect(0, self._top() + index * row, self.width(), row)

    def bar_at(self, pos: QPoint) -> int:
        """The row under ``pos`` (label, bar or value), or -1."""
        if not self._bars or pos.y() < self._top():
            return -1
        index = (pos.y() - self._top()) // self.row_height()
        return index if 0 <= index < len(self._bars) else -1

    def sizeHint(self) -> QSize:
        rows = max(len(self._bars), 3)
        return QSize(480, self._top() + rows * self.row_height() + self._axis_height() + MARGIN)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self._top() + max(len(self._bars), 1) * self.row_height() + self._axis_height() + MARGIN)

    # -- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fm = self.fontMetrics()
        if not self._bars:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self._empty_text)
            painter.end()
            return
        label_w, left, right = self._columns()
        row = self.row_height()
        top = self._top()
        bottom = top + len(self._bars) * row
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(palette.color(QPalette.ColorRole.WindowText))
        grid.setAlpha(40)

        # gridlines and the axis
        step = 0.2 if self._percent and self._maximum <= 1.0 else nice_step(self._maximum)
        ticks = round(self._maximum / step)
        painter.setPen(QPen(grid, 1))
        for i in range(ticks + 1):
            x = self._x(i * step, left, right)
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        axis_pen = QPen(QColor(palette.color(QPalette.ColorRole.WindowText)), 1)
        painter.setPen(axis_pen)
        painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(muted)
        for i in range(ticks + 1):
            x = self._x(i * step, left, right)
            caption = self.format_value(i * step) if not self._percent else f"{i * step * 100:.0f}%"
            w = fm.horizontalAdvance(caption)
            painter.drawText(QRectF(x - w / 2 - 2, bottom + 3, w + 4, fm.height()),
                             int(Qt.AlignmentFlag.AlignCenter), caption)

        background = palette.color(self.backgroundRole())
        highlight = palette.color(QPalette.ColorRole.Highlight)
        # the hovered row's tint, mixed in advance: the value's backing must match it, not paint over it
        shade = QColor(
            *(round(b + (h - b) * 0.11) for b, h in zip(background.getRgb()[:3], highlight.getRgb()[:3], strict=True))
        )

        # labels and bars
        for index, bar in enumerate(self._bars):
            y = top + index * row
            if index == self._hover:
                painter.fillRect(QRect(0, y, self.width(), row), shade)
            painter.setPen(text_colour)
            label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w)
            painter.drawText(QRect(MARGIN, y, label_w, row),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
            rect = self.bar_rect(index)
            colour = TONES.get(bar.tone, highlight)
            if index == self._hover:
                colour = colour.lighter(115)
            if rect.width() > 0:
                painter.fillRect(rect, colour)

        # the target, over the bars and under their values (a value written across it stays readable)
        if self._target is not None:
            x = self._x(self._target, left, right)
            painter.setPen(QPen(TONES["bad"], 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, top - 2), QPointF(x, bottom))
            if self._target_text:
                w = fm.horizontalAdvance(self._target_text)
                x_text = min(max(x - w / 2, float(left)), float(self.width() - MARGIN - w))
                painter.setPen(TONES["bad"])
                painter.drawText(QRectF(x_text, MARGIN - 2, w + 2, fm.height()),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self._target_text)

        # values, on a backing of the row's colour
        for index, bar in enumerate(self._bars):
            y = top + index * row
            value = self.value_text(bar)
            value_rect = QRectF(self.bar_rect(index).right() + GAP / 2, y + (row - fm.height()) / 2,
                                fm.horizontalAdvance(value) + GAP, fm.height())
            painter.fillRect(value_rect, shade if index == self._hover else background)
            painter.setPen(TONES[bar.tone] if bar.tone in ("warn", "bad") else text_colour)
            painter.drawText(value_rect.adjusted(GAP / 2, 0, 0, 0),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), value)

        painter.end()

    # -- the mouse --------------------------------------------------------------------

    def tooltip_text(self, index: int) -> str:
        bar = self._bars[index]
        return bar.tooltip or f"{bar.label}\n{self.value_text(bar)}"

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bar_at(event.pos())
            if index >= 0:
                QToolTip.showText(event.globalPos(), self.tooltip_text(index), self, self.row_rect(index))
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() == QEvent.Type.HoverLeave:
            self._set_hover(-1)
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._set_hover(self.bar_at(event.position().toPoint()))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self.bar_clicked.emit(index)
        super().mouseReleaseEvent(event)

    def _set_hover(self, index: int) -> None:
        if index != self._hover:
            self._hover = index
            self.update()
