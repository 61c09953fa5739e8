"""Table models for the 工作台 page: enterprises by township, and by kind of market entity."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ui.models.base import ListTableModel
from ui.widgets import BAR_ROLE

if TYPE_CHECKING:
    from qsupervise.services.dashboard import TownshipCount

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
MUTED = QColor("#80868b")


class TownshipCountsModel(ListTableModel["TownshipCount"]):
    NAME, ENTERPRISES, INDIVIDUAL, ABOVE_SCALE = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.largest = 0

    def headers(self) -> Sequence[str]:
        return [self.tr("乡镇/街道"), self.tr("企业数"), self.tr("其中个体工商户"), self.tr("规模以上企业")]

    def prepare(self) -> None:
        self.largest = max((r.enterprises for r in self.rows), default=0)

    def cell(self, row: TownshipCount, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.name if row.active else self.tr("{0}（已停用）").format(row.name)
            value = (row.enterprises, row.individual, row.above_scale)[column - 1]
            return f"{value:,}"
        if role == BAR_ROLE and column == self.ENTERPRISES:
            return row.enterprises / self.largest if self.largest else 0.0
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return MUTED
        return None


@dataclass(frozen=True)
class KindCount:
    kind: str  # "enterprise", "individual", "coop", "other"
    count: int


KIND_ORDER = ("enterprise", "individual", "coop", "other")


class KindCountsModel(ListTableModel[KindCount]):
    KIND, COUNT, SHARE = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.total = 0
        self.largest = 0

    def set_counts(self, by_kind: dict[str, int]) -> None:
        known = [KindCount(k, by_kind.get(k, 0)) for k in KIND_ORDER]
        # A kind the core adds later still gets counted, under 其他.
        extra = sum(v for k, v in by_kind.items() if k not in KIND_ORDER)
        if extra:
            known[-1] = KindCount("other", known[-1].count + extra)
        self.set_rows(known)

    def prepare(self) -> None:
        self.total = sum(r.count for r in self.rows)
        self.largest = max((r.count for r in self.rows), default=0)

    def headers(self) -> Sequence[str]:
        return [self.tr("类型"), self.tr("数量"), self.tr("占比")]

    def label(self, kind: str) -> str:
        return {
            "enterprise": self.tr("企业"),
            "individual": self.tr("个体工商户"),
            "coop": self.tr("农民专业合作社"),
            "other": self.tr("其他"),
        }.get(kind, kind)

    def cell(self, row: KindCount, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.KIND:
                return self.label(row.kind)
            if column == self.COUNT:
                return f"{row.count:,}"
            return f"{100 * row.count / self.total:.1f}%" if self.total else "—"
        if role == BAR_ROLE and column == self.COUNT:
            return row.count / self.largest if self.largest else 0.0
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.KIND:
            return RIGHT
        return None
