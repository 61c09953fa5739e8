"""Table models of the spot-check statistics: pass rate per group, and the failing items ranked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from ui.models.base import ListTableModel

if TYPE_CHECKING:
    from qsupervise.services.spotcheck_stats import Rate

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
SORT_ROLE = Qt.ItemDataRole.UserRole + 20  # the raw number behind a cell, for sorting
AMBER = QColor("#b26a00")
MUTED = QColor("#80868b")


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


class RatesModel(ListTableModel["Rate"]):
    """One row per group: name, samples judged, passed, failed, pass rate."""

    GROUP, TOTAL, PASSED, FAILED, RATE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.group_title = ""
        self.blank_label = ""  # the name of the group without a key ("（未关联乡镇）")
        self.target: float | None = None

    def set_group(self, title: str, blank_label: str) -> None:
        self.group_title = title
        self.blank_label = blank_label
        self.retranslate()

    def headers(self) -> Sequence[str]:
        return [self.group_title or self.tr("分组"), self.tr("抽查批次"), self.tr("合格"), self.tr("不合格"),
                self.tr("合格率")]

    def label(self, row: Rate) -> str:
        return row.label or self.blank_label or row.key

    def values(self, row: Rate) -> tuple[str, int, int, int, float | None]:
        return self.label(row), row.total, row.passed, row.failed, row.rate

    def cell(self, row: Rate, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.GROUP:
                return self.label(row)
            if column == self.RATE:
                return percent(row.rate)
            return f"{self.values(row)[column]:,}"
        if role == SORT_ROLE:
            value = self.values(row)[column]
            return -1.0 if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.GROUP:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.GROUP and not row.label:
                return MUTED
            if column == self.RATE and self.target is not None and row.rate is not None and row.rate < self.target:
                return AMBER
        if role == Qt.ItemDataRole.ToolTipRole and column == self.GROUP:
            return self.label(row)
        return None


@dataclass(frozen=True)
class ItemCount:
    rank: int
    name: str
    count: int
    share: float | None  # of the failing samples


class FailingItemsModel(ListTableModel[ItemCount]):
    RANK, NAME, COUNT, SHARE = range(4)

    def set_items(self, items: Sequence[tuple[str, int]], failing_samples: int) -> None:
        self.set_rows([
            ItemCount(n, name, count, count / failing_samples if failing_samples else None)
            for n, (name, count) in enumerate(items, start=1)
        ])

    def headers(self) -> Sequence[str]:
        return [self.tr("排名"), self.tr("不合格项目"), self.tr("批次"), self.tr("占不合格批次")]

    def cell(self, row: ItemCount, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(row.rank), row.name, f"{row.count:,}", percent(row.share))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return row.name
        return None
