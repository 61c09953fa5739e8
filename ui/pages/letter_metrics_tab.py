"""指标库: the catalogue of targets a letter can set — computed from the app's data (抽查合格率, 新增认证, 新增品牌,
计量器具登记造册率和受检率, 按期整改率) or entered by hand (a task done or not) — with unit, direction and scoring rule.

The readable names of the data sources and rules live here (``SOURCE_LABELS``, ``rule_text``), so the table and the
form say the same words.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from ui import modal
from ui.database import ACTOR
from ui.models.base import ListTableModel
from ui.pages.dashboard import dense_table
from ui.pages.spotcheck_widgets import EmptyHint
from ui.permissions import is_admin

if TYPE_CHECKING:
    from qsupervise.models import AssessmentMetric
    from ui.pages.letters import LettersPage

HINT_STYLE = "color: #5f6b76;"
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
WIDTHS = (170, 240, 44, 160, 180, 72, 84, 50, 80, 70, 200)
SOURCES = ("", "spotcheck_pass_rate", "certifications_new", "brands_new", "instrument_registration_rate",
           "instrument_verification_rate", "rectification_on_time_rate")


def source_label(source: str) -> str:
    labels = {
        "": QCoreApplication.translate("letters", "手工填报"),
        "spotcheck_pass_rate": QCoreApplication.translate("letters", "监督抽查合格率"),
        "certifications_new": QCoreApplication.translate("letters", "新增认证证书数"),
        "brands_new": QCoreApplication.translate("letters", "新增品牌、奖项数"),
        "instrument_registration_rate": QCoreApplication.translate("letters", "强检计量器具登记造册率"),
        "instrument_verification_rate": QCoreApplication.translate("letters", "强检计量器具受检率"),
        "rectification_on_time_rate": QCoreApplication.translate("letters", "不合格企业按期整改率"),
    }
    return labels.get(source, source)


def direction_label(direction: str) -> str:
    if direction == "lower":
        return QCoreApplication.translate("letters", "越低越好")
    return QCoreApplication.translate("letters", "越高越好")


def rule_label(rule: str) -> str:
    if rule == "threshold":
        return QCoreApplication.translate("letters", "达标得分")
    return QCoreApplication.translate("letters", "按比例得分")


def number_text(value: float | None) -> str:
    if value is None:
        return "—"
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")


def rule_text(rule: str, direction: str, floor: float | None, bonus: float, cap: float, unit: str = "") -> str:
    """One sentence on how a target of this metric scores (the rules of ``qsupervise.rules.assessment``)."""
    lower = direction == "lower"
    if lower:
        met = QCoreApplication.translate("letters", "不高于目标值")
    else:
        met = QCoreApplication.translate("letters", "达到目标值")
    if rule == "threshold":
        text = QCoreApplication.translate("letters", "{0}得满分，否则不得分").format(met)
    elif floor is not None and lower:
        text = QCoreApplication.translate(
            "letters", "{0}得满分；在目标值与上限 {1}{2} 之间按比例得分，达到或高于 {1}{2} 不得分").format(
            met, number_text(floor), unit)
    elif floor is not None:
        text = QCoreApplication.translate(
            "letters", "{0}得满分；在下限 {1}{2} 与目标值之间按比例得分，等于或低于 {1}{2} 不得分").format(
            met, number_text(floor), unit)
    elif lower:
        text = QCoreApplication.translate("letters", "{0}得满分，否则不得分（未设下限，按达标计分）").format(met)
    else:
        text = QCoreApplication.translate("letters", "{0}得满分，未达到按实际值占目标值的比例得分").format(met)
    if bonus > 0:
        if lower:
            beyond = QCoreApplication.translate("letters", "每低于目标 1{0}").format(unit)
        else:
            beyond = QCoreApplication.translate("letters", "每超过目标 1{0}").format(unit)
        text += QCoreApplication.translate("letters", "；{0}加 {1} 分").format(beyond, number_text(bonus))
        if cap > 0:
            text += QCoreApplication.translate("letters", "，最多加 {0} 分").format(number_text(cap))
        else:
            text += QCoreApplication.translate("letters", "，不封顶")
    return text + QCoreApplication.translate("letters", "。")


def params_text(source: str, raw: str) -> str:
    """The parameters of a computed metric in words: "ISO 9001、ISO 14001" or "国家级、省级"."""
    from qsupervise.rules import awards, certificates
    from ui import i18n

    try:
        params = json.loads(raw or "{}")
    except ValueError:
        return raw
    if not isinstance(params, dict):
        return ""
    lang = i18n.error_lang()
    parts: list[str] = []
    if source == "certifications_new":
        kinds = [str(k) for k in params.get("kinds", [])]
        if kinds:
            parts.append("、".join(certificates.kind_label(k, lang) for k in kinds))
        else:
            parts.append(QCoreApplication.translate("letters", "全部证书"))
    elif source == "brands_new":
        levels = [str(v) for v in params.get("levels", [])]
        kinds = [str(k) for k in params.get("kinds", [])]
        if levels:
            parts.append("、".join(awards.level_label(v, lang) for v in levels))
        else:
            parts.append(QCoreApplication.translate("letters", "各级"))
        if kinds:
            parts.append("、".join(awards.kind_label(k, lang) for k in kinds))
        else:
            parts.append(QCoreApplication.translate("letters", "各类"))
    return " · ".join(parts)


@dataclass(frozen=True)
class MetricRow:
    id: str
    code: str
    name: str
    unit: str
    source: str
    params: str
    direction: str
    rule: str
    floor: float | None
    bonus_per_unit: float
    bonus_cap: float
    description: str

    @classmethod
    def of(cls, m: AssessmentMetric) -> MetricRow:
        return cls(m.id, m.code, m.name, m.unit, m.source, m.params, m.direction, m.rule, m.floor,
                   m.bonus_per_unit, m.bonus_cap, m.description)


class MetricsModel(ListTableModel[MetricRow]):
    CODE, NAME, UNIT, SOURCE, PARAMS, DIRECTION, RULE, FLOOR, BONUS, CAP, DESCRIPTION = range(11)

    def headers(self) -> Sequence[str]:
        return [self.tr("代码"), self.tr("名称"), self.tr("单位"), self.tr("数据来源"), self.tr("参数"),
                self.tr("方向"), self.tr("计分规则"), self.tr("下限"), self.tr("每单位加分"), self.tr("加分上限"),
                self.tr("说明")]

    def cell(self, row: MetricRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.CODE: row.code,
                self.NAME: row.name,
                self.UNIT: row.unit,
                self.SOURCE: source_label(row.source),
                self.PARAMS: params_text(row.source, row.params) or "—",
                self.DIRECTION: direction_label(row.direction),
                self.RULE: rule_label(row.rule),
                self.FLOOR: number_text(row.floor),
                self.BONUS: number_text(row.bonus_per_unit) if row.bonus_per_unit else "—",
                self.CAP: (number_text(row.bonus_cap) if row.bonus_cap else self.tr("不封顶"))
                if row.bonus_per_unit else "—",
                self.DESCRIPTION: row.description,
            }.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.FLOOR, self.BONUS, self.CAP):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.RULE:
                return rule_text(row.rule, row.direction, row.floor, row.bonus_per_unit, row.bonus_cap, row.unit)
            if column in (self.DESCRIPTION, self.NAME, self.PARAMS):
                return self.cell(row, column, Qt.ItemDataRole.DisplayRole)
        return None


class MetricsTab(QWidget):
    def __init__(self, page: LettersPage) -> None:
        super().__init__()
        self.setObjectName("letter_metrics_tab")
        self.page = page
        self.db = page.db
        self._keep: str | None = None
        self.count_label = QLabel()
        self.count_label.setObjectName("metric_count")
        self.count_label.setStyleSheet(HINT_STYLE)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for key, slot in (
            ("new_metric", self.new_metric),
            ("edit_metric", self.edit_metric),
            ("delete_metric", self.delete_metric),
            ("default_metrics", self.restore_defaults),
        ):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.clicked.connect(lambda _=False, run=slot: run())
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        self.model = MetricsModel(self)
        self.view = dense_table("metric_table")
        self.view.setModel(self.model)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(MetricsModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self.edit_metric)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.empty = EmptyHint(self.view, "metrics_empty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.retranslate()
        self.update_buttons()

    # -- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        from qsupervise.services import letters

        if self.db.store is None:
            self.model.set_rows([])
            self.show_count()
            self.update_buttons()
            return
        keep = self._keep or self.current_id()
        self._keep = None
        with self.db.read() as s:
            rows = [MetricRow.of(m) for m in letters.metrics(s)]
        self.model.set_rows(rows)
        self.show_count()
        position = next((n for n, r in enumerate(rows) if r.id == keep), None)
        if position is not None:
            index = self.model.index(position, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index)
        self.update_buttons()

    def show_count(self) -> None:
        rows = self.model.rows
        computed = sum(1 for r in rows if r.source)
        self.count_label.setText(self.tr("共 {0} 项，其中 {1} 项由数据自动计算").format(len(rows), computed))
        if self.db.store is None:
            text = self.tr("未打开数据库。")
        elif rows:
            text = ""
        else:
            text = self.tr("指标库是空的。点“恢复默认指标”载入常用的考核指标（抽查合格率、新增认证、"
                           "计量器具登记造册率等），或点“新增指标”自己定义。")
        self.empty.show_text(text)

    def current(self) -> MetricRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def current_id(self) -> str | None:
        row = self.current()
        return row.id if row is not None else None

    def select_id(self, metric_id: str) -> None:
        position = next((n for n, r in enumerate(self.model.rows) if r.id == metric_id), None)
        if position is not None:
            self.view.selectRow(position)
            self.view.scrollTo(self.model.index(position, 0))

    def update_buttons(self) -> None:
        have = self.db.store is not None and is_admin(self.db)  # the catalogue is the county administrator's
        row = self.current() if have else None
        self.buttons["new_metric"].setEnabled(have)
        self.buttons["edit_metric"].setEnabled(row is not None)
        self.buttons["delete_metric"].setEnabled(row is not None)
        self.buttons["default_metrics"].setEnabled(have and not self.model.rows)

    # -- actions ---------------------------------------------------------------------------------

    def new_metric(self) -> None:
        self.open_form(None)

    def edit_metric(self) -> None:
        row = self.current()
        if row is not None and self.buttons["edit_metric"].isEnabled():  # not on a reader's double click
            self.open_form(row)

    def open_form(self, row: MetricRow | None) -> None:
        from ui.dialogs.letter_metric_form import MetricForm

        if self.db.store is None:
            return
        form = MetricForm(self.db, row, parent=self)
        if modal.exec_dialog(form) and form.saved_id:
            self._keep = form.saved_id  # when the list is read again later
            self.select_id(form.saved_id)  # the list was read again as the save committed
            self.page.message.emit(self.tr("已保存考核指标“{0}”。").format(form.saved_name))
        form.deleteLater()

    def delete_metric(self) -> None:
        from qsupervise.services import letters

        row = self.current()
        if row is None or self.db.store is None:
            return
        if not modal.confirm(self, self.tr("删除考核指标“{0}”？已经使用它的责任书保留原有目标，"
                                           "以后新建的责任书不能再选它。").format(row.name)):
            return
        with self.db.session() as s:
            letters.delete_metric(s, row.id, actor=ACTOR)
        self.page.message.emit(self.tr("已删除考核指标“{0}”。").format(row.name))

    def restore_defaults(self) -> None:
        """The usual catalogue; codes already in use are left as they are."""
        from qsupervise.services import letters
        from qsupervise.services.letter_defaults import defaults

        if self.db.store is None:
            return
        with self.db.session() as s:
            added = letters.ensure_metrics(s, actor=ACTOR)
            if not added:  # the catalogue had metrics once (all deleted since): add back the missing defaults
                for data in defaults():
                    if letters.metric_by_code(s, data.code) is None:
                        letters.save_metric(s, data, actor=ACTOR)
                        added += 1
        self.page.message.emit(self.tr("已载入 {0} 项默认考核指标。").format(added))

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = {
            "new_metric": (self.tr("新增指标…"), self.tr("定义一个新的考核指标")),
            "edit_metric": (self.tr("编辑…"), self.tr("修改选中的指标（已签订的责任书目标值不变）")),
            "delete_metric": (self.tr("删除"), self.tr("从指标库删除选中的指标；已使用它的责任书不受影响")),
            "default_metrics": (self.tr("恢复默认指标"), self.tr("指标库为空时，载入常用的考核指标")),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        self.model.retranslate()
        self.show_count()
