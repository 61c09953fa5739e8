"""Table models of the 监督抽查 page (plans, a draw's targets, samples, inspectors) and the labels of its codes.

Code labels (verdicts, sampling states, follow-up steps, levels, fields, plan states) come from the core's
message catalogue, so the CLI, the printed forms and the page say the same words.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont

from ui import i18n
from ui.models.base import ListTableModel

if TYPE_CHECKING:
    from qsupervise.services.inspector_lists import InspectorRow
    from qsupervise.services.spotcheck_lists import CheckRow, PlanRow, TargetRow

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)
RED = QColor("#c62828")
AMBER = QColor("#b26a00")
GREEN = QColor("#2e7d32")
MUTED = QColor("#80868b")
ID_ROLE = Qt.ItemDataRole.UserRole + 10  # the record id behind a row
SOON_DAYS = 7  # a due date this close is shown amber (即将到期)


def label(prefix: str, code: str | None) -> str:
    """The catalogue's label for a stored code, e.g. label("verdict", "fail") == "不合格"; "" for None."""
    if not code:
        return ""
    from qsupervise.messages import text

    key = f"{prefix}_{code}"
    found = text(key, i18n.error_lang())
    return code if found == key else found


def verdict_colour(verdict: str | None) -> QColor | None:
    if verdict in ("fail", "serious_fail"):
        return RED
    if verdict == "pass":
        return GREEN
    return None


def days_text(days: int | None) -> str:
    """还剩 12 天 / 今天到期 / 已逾期 3 天."""
    if days is None:
        return ""
    if days < 0:
        return QCoreApplication.translate("spotchecks", "已逾期 {0} 天").format(-days)
    if days == 0:
        return QCoreApplication.translate("spotchecks", "今天到期")
    return QCoreApplication.translate("spotchecks", "还剩 {0} 天").format(days)


def due_colour(days: int | None) -> QColor | None:
    if days is None:
        return None
    if days < 0:
        return RED
    return AMBER if days <= SOON_DAYS else None


class PlansModel(ListTableModel["PlanRow"]):
    NO, YEAR, LEVEL, CATEGORY, FIELD, STATUS, SAMPLES, FAILING = range(8)

    def headers(self) -> Sequence[str]:
        return [
            self.tr("计划编号"),
            self.tr("年度"),
            self.tr("层级"),
            self.tr("产品类别"),
            self.tr("领域"),
            self.tr("状态"),
            self.tr("样品数"),
            self.tr("不合格数"),
        ]

    def cell(self, row: PlanRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NO:
                return row.plan_no
            if column == self.YEAR:
                return str(row.year)
            if column == self.LEVEL:
                return label("level", row.level)
            if column == self.CATEGORY:
                return row.category or "—"
            if column == self.FIELD:
                return label("field", row.field)
            if column == self.STATUS:
                return self.tr("导入") if row.source == "import" else label("plan_status", row.status)
            if column == self.SAMPLES:
                return f"{row.samples:,}"
            return f"{row.failing:,}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.YEAR, self.SAMPLES, self.FAILING):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.FAILING and row.failing:
                return RED
            if column == self.STATUS and row.status == "draft":
                return AMBER
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATUS and row.status == "draft":
            return self.tr("尚未抽取：选中后点“双随机抽取”")
        if role == ID_ROLE:
            return row.id
        return None


class TargetsModel(ListTableModel["TargetRow"]):
    POSITION, NAME, USCC, TOWNSHIP, INSPECTORS, SAMPLING = range(6)

    def headers(self) -> Sequence[str]:
        return [
            self.tr("序号"),
            self.tr("检查对象"),
            self.tr("统一社会信用代码"),
            self.tr("所属乡镇"),
            self.tr("检查人员"),
            self.tr("抽样状态"),
        ]

    def cell(self, row: TargetRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.POSITION:
                return str(row.position)
            if column == self.NAME:
                return row.name
            if column == self.USCC:
                return row.uscc or "—"
            if column == self.TOWNSHIP:
                return row.township
            if column == self.INSPECTORS:
                return "、".join(n for n in row.inspectors if n)
            if row.check_id is None:
                return self.tr("已撤回")
            return label("verdict", row.verdict) or label("sampling", row.sampling)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.POSITION:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SAMPLING:
            return verdict_colour(row.verdict) or (MUTED if row.sampling == "pending" else None)
        if role == ID_ROLE:
            return row.check_id
        return None


class ChecksModel(ListTableModel["CheckRow"]):
    UNIT, PRODUCT, SAMPLING, VERDICT, STEP, DUE, PLAN = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def headers(self) -> Sequence[str]:
        return [
            self.tr("被抽样单位"),
            self.tr("产品"),
            self.tr("抽样状态"),
            self.tr("结论"),
            self.tr("下一步"),
            self.tr("期限"),
            self.tr("计划编号"),
        ]

    def next_step(self, row: CheckRow) -> str:
        if row.step is not None:
            return label("step", row.step)
        if row.sampling == "pending":
            return self.tr("抽样")
        if row.sampling == "sampled" and row.verdict is None:
            return self.tr("录入检验结果")
        if row.verdict in ("fail", "serious_fail"):
            return self.tr("已结案")  # a failing sample without an open step has been closed
        return "—"

    def due_text(self, row: CheckRow) -> str:
        if row.due is not None:
            return f"{row.due.isoformat()}（{days_text(row.days_left)}）"
        if row.earliest is not None:
            return self.tr("{0} 起").format(row.earliest.isoformat())
        return ""

    def cell(self, row: CheckRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.UNIT:
                return row.unit_name
            if column == self.PRODUCT:
                return row.product or "—"
            if column == self.SAMPLING:
                return label("sampling", row.sampling)
            if column == self.VERDICT:
                return label("verdict", row.verdict) or "—"
            if column == self.STEP:
                return self.next_step(row)
            if column == self.DUE:
                return self.due_text(row)
            return row.plan_no
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.VERDICT:
                return verdict_colour(row.verdict)
            if column in (self.STEP, self.DUE) and row.step is not None:
                return due_colour(row.days_left)
            if column == self.SAMPLING and row.sampling in ("refused", "not_found"):
                return AMBER
        if role == Qt.ItemDataRole.FontRole and column == self.VERDICT and row.verdict == "serious_fail":
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == ID_ROLE:
            return row.id
        return None


class InspectorsModel(ListTableModel["InspectorRow"]):
    NAME, UNIT, BADGE, TOWNSHIP, RECUSALS, STATE = range(6)

    def headers(self) -> Sequence[str]:
        return [
            self.tr("姓名"),
            self.tr("所在单位"),
            self.tr("执法证号"),
            self.tr("所在乡镇"),
            self.tr("回避"),
            self.tr("状态"),
        ]

    def cell(self, row: InspectorRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (row.name, row.unit, row.badge_no, row.township, str(row.recusals) if row.recusals else "")
            if column < len(values):
                return values[column] or ("" if column == self.RECUSALS else "—")
            return self.tr("在岗") if row.active else self.tr("停用")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.RECUSALS:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return MUTED
        if role == ID_ROLE:
            return row.id
        return None
