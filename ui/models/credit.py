"""Table models of quality credit: a grade's reasons and history, list entries, penalties, the county's rules; and
the labels and colours of grades.

Labels come from the core's catalogue (``qsupervise/texts/credit.py``), so the window, the CLI and the printed
credit report say the same words; the colours are the report's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from ui import i18n
from ui.models.base import ListTableModel

if TYPE_CHECKING:
    from qsupervise.models import CreditListEntry, Penalty
    from qsupervise.rules.credit import Reason, Rule
    from qsupervise.services.credit import Standing

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
GRADES = ("A", "B", "C", "D")
GRADE_COLOURS = {"A": "#1e7b34", "B": "#1f5fa8", "C": "#b26a00", "D": "#c62828"}  # as the credit report prints them
RED = QColor("#c62828")
AMBER = QColor("#b26a00")
MUTED = QColor("#80868b")
ID_ROLE = Qt.ItemDataRole.UserRole + 10


def catalogue(code: str, **values: Any) -> str:
    from qsupervise.messages import text

    return text(code, i18n.error_lang(), **values)


def grade_colour(letter: str) -> QColor:
    return QColor(GRADE_COLOURS.get(letter, "#1d2329"))


def list_label(kind: str) -> str:
    """经营异常名录 / 严重违法失信名单."""
    return catalogue(f"credit_list_{kind}") if kind in ("serious_dishonest", "abnormal_operation") else kind


def rule_label(code: str) -> str:
    return catalogue(f"credit_rule_{code}")


def yuan(fen: int) -> str:
    whole, cents = divmod(abs(fen), 100)
    return f"{'-' if fen < 0 else ''}{whole:,}.{cents:02d}"


def distribution(counts: dict[str, int], separator: str = "&nbsp;&nbsp;&nbsp;") -> str:
    """A 19,857　B 68　C 72　D 3: each letter bold in its grade's colour (rich text), the counts with separators."""
    return separator.join(f"<b style='color:{GRADE_COLOURS[g]}'>{g}</b> {counts.get(g, 0):,}" for g in GRADES)


def bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class ReasonsModel(ListTableModel["Reason"]):
    """The lines of a grade's basis, each with its points: they add up to the score."""

    TEXT, POINTS = range(2)

    def headers(self) -> Sequence[str]:
        return [self.tr("评定依据"), self.tr("分值")]

    def cell(self, row: Reason, column: int, role: int) -> Any:
        from qsupervise.rules.credit import signed

        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TEXT:
                return row.text(i18n.error_lang())
            return str(row.points) if row.rule == "base" else signed(row.points)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return row.text(i18n.error_lang())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.POINTS:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.rule in ("serious_dishonest", "abnormal_operation"):
                return RED if row.rule == "serious_dishonest" else AMBER
            if column == self.POINTS and row.rule != "base" and row.points < 0:
                return RED
            if row.rule == "award" and not row.count:
                return MUTED
        return None


class HistoryModel(ListTableModel["Standing"]):
    """Every recorded grade, newest first: the grade given, the score, what the rules gave, and why."""

    DECIDED, GRADE, SCORE, COMPUTED, REASON, BY = range(6)

    def headers(self) -> Sequence[str]:
        return [self.tr("评定日期"), self.tr("等级"), self.tr("分数"), self.tr("系统评定"), self.tr("调整理由"),
                self.tr("评定人")]

    def cell(self, row: Standing, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                self.DECIDED: row.decided_on or "—",
                self.GRADE: row.grade,
                self.SCORE: str(row.score),
                self.COMPUTED: row.computed_grade,
                self.REASON: self.tr("人工调整：{0}").format(row.override_reason) if row.overridden
                else self.tr("按规则评定"),
                self.BY: row.decided_by or self.tr("系统"),
            }
            return values.get(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.GRADE:
                return grade_colour(row.grade)
            if column == self.REASON:
                return AMBER if row.overridden else MUTED
        if role == Qt.ItemDataRole.FontRole and column == self.GRADE:
            return bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.GRADE, self.SCORE, self.COMPUTED):
            return CENTRE
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [r.text(i18n.error_lang()) for r in row.basis]
            if column == self.REASON and row.overridden:
                lines = [row.override_reason, "", *lines]
            return "\n".join(lines) or None
        return None


class ListEntriesModel(ListTableModel["CreditListEntry"]):
    """Entries on the 经营异常名录 and the 严重违法失信名单; one taken off keeps its row with the day it left."""

    LIST, LISTED, REMOVED, AUTHORITY, DOCUMENT, REASON = range(6)

    def headers(self) -> Sequence[str]:
        return [self.tr("名单"), self.tr("列入日期"), self.tr("移出日期"), self.tr("决定机关"), self.tr("文号"),
                self.tr("事由")]

    def cell(self, row: CreditListEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                self.LIST: list_label(row.list_kind),
                self.LISTED: row.listed_on,
                self.REMOVED: row.removed_on or self.tr("在列"),
                self.AUTHORITY: row.authority or "—",
                self.DOCUMENT: row.document_no or "—",
                self.REASON: row.reason or row.source or "—",
            }
            return values.get(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.removed_on:
                return MUTED
            if column in (self.LIST, self.REMOVED):
                return RED if row.list_kind == "serious_dishonest" else AMBER
        if role == Qt.ItemDataRole.FontRole and column == self.REMOVED and not row.removed_on:
            return bold()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REASON:
            lines = [row.reason, self.tr("来源：{0}").format(row.source) if row.source else ""]
            return "\n".join(line for line in lines if line) or None
        if role == ID_ROLE:
            return row.id
        return None


class PenaltiesModel(ListTableModel["Penalty"]):
    """Administrative penalties (行政处罚), newest first."""

    DECIDED, DOCUMENT, AUTHORITY, AMOUNT, SUMMARY = range(5)

    def headers(self) -> Sequence[str]:
        return [self.tr("决定日期"), self.tr("决定书文号"), self.tr("决定机关"), self.tr("罚没金额（元）"),
                self.tr("违法事实")]

    def cell(self, row: Penalty, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                self.DECIDED: row.decided_on,
                self.DOCUMENT: row.document_no,
                self.AUTHORITY: row.authority or "—",
                self.AMOUNT: yuan(row.amount_fen) if row.amount_fen else "—",
                self.SUMMARY: row.summary or "—",
            }
            return values.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SUMMARY and row.summary:
            return row.summary
        if role == ID_ROLE:
            return row.id
        return None


# Edits a rule: (code, changed fields) -> the county's rules after it; raises the core's KnownError when refused.
RuleEditor = Callable[[str, dict[str, Any]], Sequence["Rule"]]


class CreditRulesModel(ListTableModel["Rule"]):
    """The county's credit rules: points, look-back years and on/off edited in place, each edit one service call.

    The codes never change, so a refresh replaces the values in place (no reset: an edit's own refresh arrives
    while the view is still committing its editor).
    """

    RULE, POINTS, YEARS, ACTIVE, NOTE = range(5)
    refused = Signal(str)  # the core's message for an edit it refused (shown by the view's owner, queued)

    def __init__(self, editor: RuleEditor | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.editor = editor

    def headers(self) -> Sequence[str]:
        return [self.tr("规则"), self.tr("分值"), self.tr("统计年限"), self.tr("启用"), self.tr("说明")]

    def note(self, code: str) -> str:
        """What a rule counts, in a line (rules/credit.py documents each in full)."""
        notes = {
            "base": self.tr("每家企业的起始分"),
            "spot_fail": self.tr("作为受检单位或标称生产者，最终判定不合格的样品（复检合格的不计）"),
            "spot_serious_fail": self.tr("最终判定严重不合格（A 类项目不合格）的样品"),
            "unrectified": self.tr("不合格样品后处理逾期或复查仍不合格的（同时按不合格计）"),
            "penalty": self.tr("质量方面的行政处罚决定"),
            "lapsed_licence": self.tr("存续企业的 SC、CCC、XK 某一类证书被撤销或过期，且没有同类有效证书"),
            "certification": self.tr("ISO 9001、ISO 14001、ISO 45001 每类有效证书"),
            "certification_cap": self.tr("认证加分合计不超过此分"),
            "award": self.tr("获得的名牌产品、质量奖等荣誉"),
            "serious_dishonest": self.tr("在列期间一律 D 级；分值为每条在列记录另加减的分"),
            "abnormal_operation": self.tr("在列期间最高 C 级；分值为每条在列记录另加减的分"),
            "grade_a": self.tr("得分不低于此分为 A 级"),
            "grade_b": self.tr("得分不低于此分为 B 级"),
            "grade_c": self.tr("得分不低于此分为 C 级，低于此分为 D 级"),
        }
        return notes.get(code, code)

    def update(self, rules: Sequence[Rule]) -> None:
        if [r.code for r in rules] != [r.code for r in self.rows]:
            self.set_rows(rules)
            return
        self.rows = list(rules)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

    @staticmethod
    def windowed(rule: Rule) -> bool:
        from qsupervise.rules.credit import WINDOWED

        return rule.code in WINDOWED

    @staticmethod
    def fixed(rule: Rule) -> bool:
        from qsupervise.rules.credit import FIXED

        return rule.code in FIXED

    @staticmethod
    def limits(rule: Rule) -> tuple[int, int]:
        from qsupervise.rules.credit import MAX_POINTS, MAX_THRESHOLD, THRESHOLDS

        return (0, MAX_THRESHOLD) if rule.code in (*THRESHOLDS, "base") else (-MAX_POINTS, MAX_POINTS)

    def points_text(self, rule: Rule) -> str:
        from qsupervise.rules.credit import THRESHOLDS, signed

        if rule.code in THRESHOLDS:
            return self.tr("≥ {0} 分").format(rule.points)
        if rule.code in ("base", "certification_cap"):
            return self.tr("{0} 分").format(rule.points)
        return self.tr("{0} 分").format(signed(rule.points))

    def cell(self, row: Rule, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.RULE:
                return rule_label(row.code)
            if column == self.POINTS:
                return self.points_text(row)
            if column == self.YEARS:
                if not self.windowed(row):
                    return "—"
                return self.tr("近 {0} 年").format(row.window_years) if row.window_years else self.tr("不限")
            if column == self.ACTIVE:
                return self.tr("始终") if self.fixed(row) else (self.tr("启用") if row.active else self.tr("停用"))
            if column == self.NOTE:
                return self.note(row.code)
        if role == Qt.ItemDataRole.EditRole:
            return {self.POINTS: row.points, self.YEARS: row.window_years}.get(column)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.ACTIVE and not self.fixed(row):
            return Qt.CheckState.Checked if row.active else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.POINTS, self.YEARS):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.active or column == self.NOTE or (column == self.YEARS and not self.windowed(row)):
                return MUTED
            if column == self.POINTS and row.points < 0:
                return RED
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == ID_ROLE:
            return row.code
        return None

    def tooltip(self, row: Rule, column: int) -> str | None:
        if column == self.POINTS:
            low, high = self.limits(row)
            return self.tr("双击修改（{0} 到 {1}）").format(low, high)
        if column == self.YEARS and self.windowed(row):
            return self.tr("只计这些年内的记录；0 为不限。双击修改")
        if column == self.ACTIVE and self.fixed(row):
            return self.tr("基础分、等级分数线和认证加分上限始终生效，只能修改分值")
        if column == self.NOTE:
            return self.note(row.code)
        return row.code

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        row = self.row_at(index)
        if row is None or self.editor is None:
            return flags
        if index.column() == self.POINTS or (index.column() == self.YEARS and self.windowed(row)):
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == self.ACTIVE and not self.fixed(row):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        from qsupervise.errors import KnownError

        row = self.row_at(index)
        if row is None or self.editor is None:
            return False
        change: dict[str, Any]
        if index.column() == self.ACTIVE and role == Qt.ItemDataRole.CheckStateRole:
            change = {"active": Qt.CheckState(value) == Qt.CheckState.Checked}
        elif index.column() == self.POINTS and role == Qt.ItemDataRole.EditRole:
            change = {"points": int(value)}
        elif index.column() == self.YEARS and role == Qt.ItemDataRole.EditRole:
            change = {"window_years": int(value)}
        else:
            return False
        current = {"active": row.active, "points": row.points, "window_years": row.window_years}
        if all(current[k] == v for k, v in change.items()):
            return False
        try:
            rules = self.editor(row.code, change)
        except KnownError as exc:
            self.refused.emit(exc.message(i18n.error_lang()))
            return False
        self.update(rules)
        return True
