"""Table models of 计量器具: the instruments list and the two rates per township, with the labels of their codes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from ui import i18n
from ui.models.base import ListTableModel

if TYPE_CHECKING:
    from qsupervise.rules.instruments import Tally
    from qsupervise.services.instruments import InstrumentRow

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
RED = QColor("#c62828")
AMBER = QColor("#b26a00")
GREEN = QColor("#2e7d32")
MUTED = QColor("#80868b")
ID_ROLE = Qt.ItemDataRole.UserRole + 10


def category_label(code: str) -> str:
    from qsupervise.rules import instruments

    return instruments.category_label(code, i18n.error_lang())


def result_label(code: str | None) -> str:
    from qsupervise.rules import instruments

    return instruments.result_label(code, i18n.error_lang())


def status_label(code: str) -> str:
    from qsupervise.messages import text

    return text(f"instrument_status_{code}", i18n.error_lang())


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


class InstrumentsModel(ListTableModel["InstrumentRow"]):
    OWNER, NAME, MODEL, SERIAL, CATEGORY, VERIFIED, DUE, STATUS, REGISTERED = range(9)

    def headers(self) -> Sequence[str]:
        return [
            self.tr("使用单位"),
            self.tr("器具名称"),
            self.tr("型号规格"),
            self.tr("出厂编号"),
            self.tr("使用类别"),
            self.tr("检定日期"),
            self.tr("下次检定"),
            self.tr("状态"),
            self.tr("登记造册"),
        ]

    def status_text(self, row: InstrumentRow) -> str:
        text = status_label(row.status)
        if row.status == "overdue" and row.days_overdue:
            return self.tr("{0}（{1} 天）").format(text, row.days_overdue)
        return text

    def cell(self, row: InstrumentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                self.OWNER: row.enterprise_name,
                self.NAME: row.name,
                self.MODEL: row.model or "—",
                self.SERIAL: row.serial or "—",
                self.CATEGORY: category_label(row.use_category),
                self.VERIFIED: row.verified_on or "—",
                self.DUE: row.due_on or "—",
                self.STATUS: self.status_text(row),
                self.REGISTERED: self.tr("已登记") if row.registered else self.tr("未登记"),
            }
            return values.get(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (self.STATUS, self.DUE):
                return {"overdue": RED, "failed": RED, "due_soon": AMBER, "unverified": MUTED}.get(row.status)
            if column == self.REGISTERED and not row.registered:
                return AMBER
        if role == Qt.ItemDataRole.FontRole and column == self.STATUS and row.status in ("overdue", "failed"):
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == ID_ROLE:
            return row.id
        return None


@dataclass(frozen=True)
class RateRow:
    township_id: str | None  # None: the county
    name: str
    tally: Tally


class InstrumentRatesModel(ListTableModel[RateRow]):
    """登记造册率 and 强检受检率 per township, the county last; a rate under its target in amber."""

    NAME, LISTED, REGISTERED, VERIFIED, OVERDUE, REG_RATE, VER_RATE = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.targets = (0.90, 0.70)

    def headers(self) -> Sequence[str]:
        return [
            self.tr("乡镇"),
            self.tr("在册"),
            self.tr("已登记"),
            self.tr("周期内受检"),
            self.tr("逾期"),
            self.tr("登记造册率"),
            self.tr("强检受检率"),
        ]

    def cell(self, row: RateRow, column: int, role: int) -> Any:
        t = row.tally
        rates = {self.REG_RATE: (t.registration_rate, self.targets[0]),
                 self.VER_RATE: (t.verification_rate, self.targets[1])}
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.name
            if column in rates:
                return percent(rates[column][0])
            return f"{(t.listed, t.registered, t.verified_in_cycle, t.overdue)[column - 1]:,}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in rates:
                value, target = rates[column]
                return AMBER if value is not None and value < target else None
            if column == self.OVERDUE and t.overdue:
                return RED
        if role == Qt.ItemDataRole.FontRole and row.township_id is None:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ToolTipRole and column in rates:
            value, target = rates[column]
            if value is not None and value < target:
                return self.tr("低于目标 {0}").format(percent(target))
        if role == ID_ROLE:
            return row.township_id
        return None
