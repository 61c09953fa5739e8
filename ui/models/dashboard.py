"""Table models for the 工作台 page: enterprises by township and by kind of market entity; urgent follow-ups;
the instrument rates by township."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ui.models.base import ListTableModel
from ui.registry_text import step_label
from ui.widgets import BAR_ROLE

if TYPE_CHECKING:
    from qsupervise.services.dashboard import TownshipCount
    from qsupervise.services.instruments import TownshipRates
    from qsupervise.services.spotchecks import Due

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
MUTED = QColor("#80868b")
RED = QColor("#c62828")
AMBER = QColor("#b26a00")


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


class FollowupsModel(ListTableModel["Due"]):
    """Failing samples whose next follow-up step is overdue or due soon: who, what, which step, by when."""

    UNIT, PRODUCT, STEP, DUE, DAYS = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.townships: dict[str, str] = {}

    def set_followups(self, rows: Sequence[Due], today: date, townships: dict[str, str] | None = None) -> None:
        self.today = today
        self.townships = townships or {}
        self.set_rows(rows)

    def headers(self) -> Sequence[str]:
        return [self.tr("受检单位"), self.tr("产品"), self.tr("待办步骤"), self.tr("期限"), self.tr("状态")]

    def days_text(self, row: Due) -> str:
        left = row.step.days_left(self.today)
        if left is None:
            return ""
        if left < 0:
            return self.tr("逾期 {0} 天").format(-left)
        if left == 0:
            return self.tr("今天到期")
        return self.tr("还剩 {0} 天").format(left)

    def cell(self, row: Due, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.UNIT:
                return row.unit_name or self.tr("（未填单位）")
            if column == self.PRODUCT:
                return row.product
            if column == self.STEP:
                return step_label(row.step.code)
            if column == self.DUE:
                return row.step.due.isoformat() if row.step.due else ""
            return self.days_text(row)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DAYS:
            return RED if row.overdue(self.today) else AMBER
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.DUE, self.DAYS):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            town = self.townships.get(row.township_id or "", "")
            return " · ".join(p for p in (row.unit_name, town, row.product, step_label(row.step.code)) if p)
        return None


def percent(value: float | None) -> str:
    """A rate as the page shows it: one decimal, "—" when there is nothing to divide by."""
    return "—" if value is None else f"{value * 100:.1f}%"


class TownshipRatesModel(ListTableModel["TownshipRates"]):
    """登记造册率 and 强检受检率 per township, red where below the county's target; counts in the tooltip."""

    NAME, LISTED, REGISTRATION, VERIFICATION, OVERDUE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.targets = (0.9, 0.7)

    def set_rates(self, rows: Sequence[TownshipRates], targets: tuple[float, float]) -> None:
        self.targets = targets
        self.set_rows(rows)

    def headers(self) -> Sequence[str]:
        return [self.tr("乡镇/街道"), self.tr("在册器具"), self.tr("登记造册率"), self.tr("强检受检率"),
                self.tr("逾期未检")]

    def below(self, row: TownshipRates, column: int) -> bool:
        rate = row.registration_rate if column == self.REGISTRATION else row.verification_rate
        target = self.targets[0] if column == self.REGISTRATION else self.targets[1]
        return rate is not None and rate < target

    def cell(self, row: TownshipRates, column: int, role: int) -> Any:
        t = row.tally
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.name if row.active else self.tr("{0}（已停用）").format(row.name)
            if column == self.LISTED:
                return f"{t.listed:,}"
            if column == self.REGISTRATION:
                return percent(row.registration_rate)
            if column == self.VERIFICATION:
                return percent(row.verification_rate)
            return f"{t.overdue:,}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (self.REGISTRATION, self.VERIFICATION) and self.below(row, column):
                return RED
            if not row.active:
                return MUTED
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("在册 {0} 台 · 已登记 {1} 台 · 周期内受检 {2} 台 · 逾期未检 {3} 台").format(
                f"{t.listed:,}", f"{t.registered:,}", f"{t.verified_in_cycle:,}", f"{t.overdue:,}")
        return None
