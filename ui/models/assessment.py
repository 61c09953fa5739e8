"""Table models of the 考核 tab and the 工作台's 责任书目标进度: the units with their stage, scores and rank; one
unit's targets with the data value, the self-assessed and the verified value side by side; the records behind a
computed number; and the townships' traffic lights during the year."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from ui.models.base import ListTableModel

if TYPE_CHECKING:
    from qsupervise.services.assessment import LetterScore, TargetProgress, TargetScore, UnitProgress
    from qsupervise.services.assessment_metrics import Evidence

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
MUTED = QColor("#80868b")
RED = QColor("#c62828")
AMBER = QColor("#b26a00")
GREEN = QColor("#2e7d32")
MISSING = QColor("#fff4e0")  # a value the county still has to enter
LIGHTS = {"green": QColor("#2e9d4a"), "amber": QColor("#f0a020"), "red": QColor("#d83a34"), "grey": QColor("#b0b5ba")}
CLIP = "📎"


def number(value: float | None) -> str:
    """89.74, 90, 4.5 — as the letters print them; "—" for no value."""
    if value is None:
        return "—"
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")


def stage_label(stage: str) -> str:
    labels = {
        "open": QCoreApplication.translate("assessment", "编制中"),
        "self_assessed": QCoreApplication.translate("assessment", "已自评"),
        "verified": QCoreApplication.translate("assessment", "已核查"),
        "published": QCoreApplication.translate("assessment", "已通报"),
    }
    return labels.get(stage, stage)


def kind_label(kind: str) -> str:
    labels = {
        "township": QCoreApplication.translate("assessment", "乡镇/街道"),
        "member_unit": QCoreApplication.translate("assessment", "成员单位"),
    }
    return labels.get(kind, kind)


def light_label(light: str) -> str:
    labels = {
        "green": QCoreApplication.translate("assessment", "正常"),
        "amber": QCoreApplication.translate("assessment", "稍落后"),
        "red": QCoreApplication.translate("assessment", "落后"),
        "grey": QCoreApplication.translate("assessment", "未评"),
    }
    return labels.get(light, light)


def done_text(value: float) -> str:
    if value > 0:
        return QCoreApplication.translate("assessment", "完成")
    return QCoreApplication.translate("assessment", "未完成")


def is_task(t: TargetScore) -> bool:
    """A target without a number: done (1) or not (0)."""
    return t.target is None


def value_text(t: TargetScore, value: float | None) -> str:
    if value is None:
        return "—"
    if is_task(t):
        return done_text(value)
    return f"{number(value)}{t.unit}"


def data_text(t: TargetScore) -> str:
    """The computed value with how a rate came about: "89.74%（35/39）"; "" for a target entered by hand."""
    m = t.computed
    if m is None:
        return ""
    if m.whole is None:
        return f"{number(m.value)}{t.unit}"
    if not m.whole:  # nothing to divide: a rate of no records, or "nothing was late"
        if m.value is None:
            return QCoreApplication.translate("assessment", "无数据")
        return f"{number(m.value)}{t.unit}"
    return f"{number(m.value)}{t.unit}（{m.part}/{m.whole}）"


def score_colour(score: float | None, weight: float) -> QColor | None:
    if score is None or weight <= 0:
        return None
    if score <= 0:
        return RED
    return AMBER if score < weight else None


def dot(light: str, size: int = 12) -> QIcon:
    """A round traffic light (an icon, so a view draws it before the text)."""
    found = _DOTS.get((light, size))
    if found is None:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(LIGHTS.get(light, LIGHTS["grey"]))
        painter.drawEllipse(1, 1, size - 2, size - 2)
        painter.end()
        found = _DOTS[(light, size)] = QIcon(pixmap)
    return found


_DOTS: dict[tuple[str, int], QIcon] = {}


class UnitsModel(ListTableModel["LetterScore"]):
    RANK, UNIT, STAGE, SELF, VERIFIED, COMPLETE = range(6)

    def headers(self) -> Sequence[str]:
        return [self.tr("名次"), self.tr("单位"), self.tr("阶段"), self.tr("自评得分"), self.tr("核查得分"),
                self.tr("完成")]

    def cell(self, row: LetterScore, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.RANK:
                return str(row.rank) if row.rank is not None else "—"
            if column == self.UNIT:
                return row.unit
            if column == self.STAGE:
                return stage_label(row.stage)
            if column == self.SELF:
                return number(row.self_total)
            if column == self.VERIFIED:
                return number(row.verified_total)
            return "✓" if row.complete else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (self.RANK, self.COMPLETE):
                return CENTRE
            return RIGHT if column in (self.SELF, self.VERIFIED) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.STAGE and row.stage == "open":
                return MUTED
            if column == self.COMPLETE:
                return GREEN
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COMPLETE:
                return self.tr("每项指标都有核查值") if row.complete else self.tr("还有指标没有核查值")
            if column == self.VERIFIED and row.stage in ("open", "self_assessed"):
                return self.tr("尚未核查：按数据值和已填写的核查值计算，核查确认后才定稿")
        return None

    def position_of(self, letter_id: str | None) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.letter_id == letter_id), None)


class TargetsModel(ListTableModel["TargetScore"]):
    METRIC, TARGET, WEIGHT, DATA, SELF, SELF_SCORE, VERIFIED, VERIFIED_SCORE, COMMENT, EVIDENCE = range(10)

    def headers(self) -> Sequence[str]:
        return [self.tr("指标"), self.tr("目标值"), self.tr("分值"), self.tr("数据值"), self.tr("自评值"),
                self.tr("自评得分"), self.tr("核查值"), self.tr("核查得分"), self.tr("说明"), self.tr("佐证")]

    def cell(self, row: TargetScore, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (self.METRIC, self.COMMENT):
                return None
            return CENTRE if column in (self.TARGET, self.EVIDENCE) else RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.SELF_SCORE:
                return score_colour(row.self_score, row.weight)
            if column == self.VERIFIED_SCORE:
                return score_colour(row.verified_score, row.weight)
            if column == self.DATA:
                return MUTED
        if role == Qt.ItemDataRole.BackgroundRole and column == self.VERIFIED and row.verified_value is None:
            return MISSING
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tip(row, column)
        return None

    def text(self, row: TargetScore, column: int) -> str:
        if column == self.METRIC:
            return row.metric
        if column == self.TARGET:
            return QCoreApplication.translate("assessment", "完成") if is_task(row) else row.target_text
        if column == self.WEIGHT:
            return number(row.weight)
        if column == self.DATA:
            return data_text(row)
        if column == self.SELF:
            return value_text(row, row.self_value)
        if column == self.SELF_SCORE:
            return number(row.self_score)
        if column == self.VERIFIED:
            return value_text(row, row.verified_value) if row.verified_value is not None else self.tr("未填")
        if column == self.VERIFIED_SCORE:
            return number(row.verified_score)
        if column == self.COMMENT:
            return "；".join(self.comments(row))
        return CLIP if row.self_evidence or row.verified_evidence else ""

    def comments(self, row: TargetScore) -> list[str]:
        out = []
        if row.self_comment:
            out.append(self.tr("自评：{0}").format(row.self_comment))
        if row.verified_comment:
            out.append(self.tr("核查：{0}").format(row.verified_comment))
        return out

    def tip(self, row: TargetScore, column: int) -> str | None:
        if column == self.METRIC:
            who = self.tr("责任人 {0}").format(row.responsible) if row.responsible else ""
            due = self.tr("完成时限 {0}").format(row.deadline) if row.deadline else ""
            source = self.tr("由数据计算，双击“数据值”查看明细") if row.source else self.tr("由乡镇自评、县级核查填报")
            return " · ".join(x for x in (row.metric, who, due, source) if x)
        if column == self.DATA and row.computed is not None:
            if row.computed.whole is not None:
                return self.tr("计入 {0} / 共 {1}（截止日的统计结果）；双击查看明细").format(
                    row.computed.part, row.computed.whole)
            return self.tr("截止日的统计结果；双击查看明细")
        if column == self.VERIFIED and row.verified_value is None:
            return self.tr("还没有核查值：核查确认前须填写")
        if column == self.COMMENT:
            return "\n".join(self.comments(row)) or None
        if column == self.EVIDENCE and (row.self_evidence or row.verified_evidence):
            which = [w for w, have in ((self.tr("自评佐证"), row.self_evidence),
                                       (self.tr("核查佐证"), row.verified_evidence)) if have]
            return self.tr("{0}；双击打开").format("、".join(which))
        return None


class DrillModel(ListTableModel["Evidence"]):
    KIND, ENTERPRISE, DATE, TEXT, COUNTS = range(5)

    def headers(self) -> Sequence[str]:
        return [self.tr("类别"), self.tr("企业"), self.tr("日期"), self.tr("内容"), self.tr("计入")]

    def cell(self, row: Evidence, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.KIND:
                return {"spot_check": self.tr("抽查"), "certification": self.tr("认证"), "brand": self.tr("品牌"),
                        "instrument": self.tr("计量器具")}.get(row.kind, row.kind)
            if column == self.ENTERPRISE:
                return row.enterprise
            if column == self.DATE:
                return row.on[:10]
            if column == self.TEXT:
                return row.text
            return "✓" if row.counts else "✗"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.DATE, self.COUNTS):
            return CENTRE
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COUNTS:
            return GREEN if row.counts else RED
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.ENTERPRISE, self.TEXT):
            return row.enterprise if column == self.ENTERPRISE else row.text
        return None


class ProgressModel(ListTableModel["UnitProgress"]):
    """工作台: one township a row, its light, the share of points so far, and the targets behind."""

    UNIT, SHARE, BEHIND = range(3)

    def headers(self) -> Sequence[str]:
        return [self.tr("乡镇/街道"), self.tr("得分率"), self.tr("落后的目标")]

    def cell(self, row: UnitProgress, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.UNIT:
                return row.unit
            if column == self.SHARE:
                return "—" if row.share is None else f"{row.share * 100:.0f}%"
            behind = [t.metric for t in row.targets if t.light == "red"]
            return "、".join(behind) if behind else ("—" if row.light != "grey" else self.tr("尚无可评的目标"))
        if role == Qt.ItemDataRole.DecorationRole and column == self.UNIT:
            return dot(row.light)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SHARE:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SHARE and row.light in ("red", "amber"):
            return RED if row.light == "red" else AMBER
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tip(row)
        return None

    def tip(self, row: UnitProgress) -> str:
        lines = [f"<b>{escape(row.unit)}</b> — {escape(light_label(row.light))}"]
        for t in row.targets:
            colour = LIGHTS.get(t.light, LIGHTS["grey"]).name()
            lines.append(f'<span style="color: {colour};">●</span> {escape(t.metric)}：{escape(progress_text(t))}')
        return "<br>".join(lines)


def progress_text(t: TargetProgress) -> str:
    """"2（至今应达 1；全年目标 ≥4个）", "0（暂未到期；全年目标 ≥1个）", "未填报（全年目标 完成）"."""
    task = t.target_text == "完成"  # the core's wording of a target without a number
    if t.value is None:
        now = QCoreApplication.translate("assessment", "未填报")
    else:
        now = done_text(t.value) if task else number(t.value)
    if task:
        return QCoreApplication.translate("assessment", "{0}（全年目标 完成）").format(now)
    if t.expected is None:  # a count of which not one item is due yet
        return QCoreApplication.translate("assessment", "{0}（暂未到期；全年目标 {1}）").format(now, t.target_text)
    stated = re.search(r"\d+(?:\.\d+)?", t.target_text)
    if stated is not None and abs(float(stated.group()) - t.expected) < 0.005:  # a rate: due all year
        return QCoreApplication.translate("assessment", "{0}（全年目标 {1}）").format(now, t.target_text)
    return QCoreApplication.translate("assessment", "{0}（至今应达 {1}；全年目标 {2}）").format(
        now, number(round(t.expected, 1)), t.target_text)
