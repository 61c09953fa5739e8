"""新增/编辑考核指标: code, name and unit; where the value comes from (entered by hand, or computed from the data with
the source's parameters: which certificate kinds count, which brand levels and kinds); whether higher or lower is
better; the scoring rule with its floor and bonus points, explained in one sentence as it is set; a description.
The core checks everything again on save (``letters.save_metric``) and the form shows its message."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.database import ACTOR, Database
from ui.dialogs.form_parts import save_buttons
from ui.dialogs.record_changed import VersionCheck
from ui.pages.letter_metrics_tab import SOURCES, direction_label, number_text, rule_label, rule_text, source_label
from ui.widgets_search import ChoiceCombo

if TYPE_CHECKING:
    from qsupervise.services.letters import MetricInput
    from ui.pages.letter_metrics_tab import MetricRow

ERROR_COLOUR = "#c62828"
HINT_STYLE = "color: #5f6b76;"
CERT_KINDS = ("iso9001", "iso14001", "iso45001", "ccc", "sc", "xk", "green_food", "organic", "pollution_free", "gap",
              "gi", "measurement", "other")
BRAND_LEVELS = ("national", "provincial", "municipal", "county")
BRAND_KINDS = ("famous_brand", "quality_award", "trademark", "gi_product", "engineering", "other")


def checks(codes: tuple[str, ...], prefix: str) -> dict[str, QCheckBox]:
    boxes = {}
    for code in codes:
        box = QCheckBox()
        box.setObjectName(f"{prefix}_{code}")
        boxes[code] = box
    return boxes


def grid_of(boxes: dict[str, QCheckBox], columns: int) -> QGridLayout:
    grid = QGridLayout()
    grid.setHorizontalSpacing(12)
    grid.setVerticalSpacing(4)
    for n, box in enumerate(boxes.values()):
        grid.addWidget(box, n // columns, n % columns)
    return grid


class MetricForm(QDialog):
    def __init__(self, db: Database, row: MetricRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letter_metric_form")
        self.db = db
        self.metric_id = row.id if row is not None else None
        self.saved_id: str | None = None
        self.saved_name = ""
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setMaxLength(40)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setMaxLength(200)
        self.unit = QLineEdit()
        self.unit.setObjectName("unit")
        self.unit.setMaxLength(20)
        self.unit.setMaximumWidth(90)
        self.unit.textChanged.connect(self.update_rule_text)
        self.source = ChoiceCombo("source")
        self.source.set_choices(None, [(code or "manual", source_label(code)) for code in SOURCES])
        self.source.currentIndexChanged.connect(self.on_source_changed)
        self.cert_kinds = checks(CERT_KINDS, "cert")
        self.brand_levels = checks(BRAND_LEVELS, "level")
        self.brand_kinds = checks(BRAND_KINDS, "brand")
        self.cert_box = QGroupBox()
        self.cert_box.setObjectName("cert_params")
        self.cert_box.setLayout(grid_of(self.cert_kinds, 3))
        self.brand_box = QGroupBox()
        self.brand_box.setObjectName("brand_params")
        brand_grid = QVBoxLayout(self.brand_box)
        self.levels_caption = QLabel()
        self.kinds_caption = QLabel()
        brand_grid.addWidget(self.levels_caption)
        brand_grid.addLayout(grid_of(self.brand_levels, 4))
        brand_grid.addWidget(self.kinds_caption)
        brand_grid.addLayout(grid_of(self.brand_kinds, 3))
        self.params_note = QLabel()
        self.params_note.setStyleSheet(HINT_STYLE)
        self.params_note.setWordWrap(True)
        self.direction = ChoiceCombo("direction")
        self.direction.set_choices(None, [(d, direction_label(d)) for d in ("higher", "lower")])
        self.rule = ChoiceCombo("rule")
        self.rule.set_choices(None, [(r, rule_label(r)) for r in ("linear", "threshold")])
        self.floor = QLineEdit()
        self.floor.setObjectName("floor")
        self.floor.setMaxLength(20)
        self.floor.setMaximumWidth(120)
        self.bonus = QDoubleSpinBox()
        self.bonus.setObjectName("bonus_per_unit")
        self.cap = QDoubleSpinBox()
        self.cap.setObjectName("bonus_cap")
        for spin in (self.bonus, self.cap):
            spin.setRange(0, 1000)
            spin.setDecimals(2)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.valueChanged.connect(self.update_rule_text)
        for combo in (self.direction, self.rule):
            combo.currentIndexChanged.connect(self.update_rule_text)
        self.floor.textChanged.connect(self.update_rule_text)
        self.explain = QLabel()
        self.explain.setObjectName("rule_text")
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: #1f4f73; background: #eaf3fb; padding: 6px; border-radius: 3px;")
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().height() * 3 + 14)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.setVisible(False)
        self.buttons = save_buttons(self)
        self._build_layout()
        self.retranslate()
        # the metric's version when the form read it: a save is refused when someone saved it since
        self.version_check = VersionCheck(
            self, summary=self.problem,
            labels={"params": self.captions[4], "floor": self.floor_caption, "bonus_cap": self.cap_caption},
            value=lambda field, v: source_label(str(v or "")) if field == "source" else None)
        if row is not None:
            self.load(self.fresh(row.id))
        self.on_source_changed()
        self.setMinimumWidth(640)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _build_layout(self) -> None:
        self.captions = [QLabel() for _ in range(9)]
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit)
        unit_row.addStretch(1)
        scoring = QHBoxLayout()
        scoring.setSpacing(6)
        self.floor_caption, self.cap_caption = QLabel(), QLabel()
        for one in (self.rule, self.floor_caption, self.floor):
            scoring.addWidget(one)
        scoring.addStretch(1)
        bonus = QHBoxLayout()
        bonus.setSpacing(6)
        for other in (self.bonus, self.cap_caption, self.cap):
            bonus.addWidget(other)
        bonus.addStretch(1)
        params = QVBoxLayout()
        params.setSpacing(4)
        params.addWidget(self.params_note)
        params.addWidget(self.cert_box)
        params.addWidget(self.brand_box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        fields: tuple[QWidget | QHBoxLayout | QVBoxLayout, ...] = (
            self.code, self.name, unit_row, self.source, params, self.direction, scoring, bonus, self.description)
        for caption, field in zip(self.captions, fields, strict=True):
            if isinstance(field, QWidget):
                form.addRow(caption, field)
            else:
                form.addRow(caption, field)
            if field is bonus:
                form.addRow(self.explain)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("编辑考核指标") if self.metric_id else self.tr("新增考核指标"))
        texts = (self.tr("代码"), self.tr("名称"), self.tr("单位"), self.tr("数据来源"), self.tr("统计范围"),
                 self.tr("方向"), self.tr("计分规则"), self.tr("加分"), self.tr("说明"))
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self.code.setPlaceholderText(self.tr("英文字母、数字或下划线，如 pass_rate"))
        self.name.setPlaceholderText(self.tr("如 产品质量监督抽查合格率"))
        self.unit.setPlaceholderText(self.tr("%、个、项"))
        self.floor_caption.setText(self.tr("下限"))
        self.floor.setPlaceholderText(self.tr("可不填"))
        self.floor.setToolTip(self.tr("按比例得分时，实际值等于下限得 0 分；达标得分时，低于下限不得分"))
        self.bonus.setSuffix(self.tr(" 分/单位"))
        self.bonus.setToolTip(self.tr("超过目标值的部分，每 1 个单位（1 个百分点、1 个证书…）加几分；0 为不加分"))
        self.cap_caption.setText(self.tr("最多加"))
        self.cap.setSuffix(self.tr(" 分"))
        self.cap.setSpecialValueText(self.tr("不封顶"))
        self.cert_box.setTitle(self.tr("计入的证书类别（都不选 = 全部）"))
        self.brand_box.setTitle(self.tr("计入的品牌、奖项（都不选 = 全部）"))
        self.levels_caption.setText(self.tr("级别"))
        self.kinds_caption.setText(self.tr("类别"))
        from qsupervise.rules import awards, certificates

        lang = i18n.error_lang()
        for code, box in self.cert_kinds.items():
            box.setText(certificates.kind_label(code, lang))
        for code, box in self.brand_levels.items():
            box.setText(awards.level_label(code, lang))
        for code, box in self.brand_kinds.items():
            box.setText(awards.kind_label(code, lang))
        self.description.setPlaceholderText(self.tr("指标口径、佐证材料要求等，考核时显示"))
        self.ok_button.setText(self.tr("保存"))
        self.update_rule_text()

    # -- values ----------------------------------------------------------------------------------

    def fresh(self, metric_id: str) -> MetricRow:
        """The metric as stored now (the list may be older), and its version."""
        from qsupervise.models import AssessmentMetric
        from qsupervise.services import letters, versions
        from ui.pages.letter_metrics_tab import MetricRow

        with self.db.read() as s:
            self.version_check.opened = versions.version(s, AssessmentMetric, metric_id)
            return MetricRow.of(letters.metric(s, metric_id))

    def load(self, row: MetricRow) -> None:
        self.code.setText(row.code)
        self.name.setText(row.name)
        self.unit.setText(row.unit)
        self.source.set_value(row.source or "manual")
        try:
            params = json.loads(row.params or "{}")
        except ValueError:
            params = {}
        chosen = {key: {str(v) for v in params.get(key, [])} for key in ("kinds", "levels")} \
            if isinstance(params, dict) else {"kinds": set(), "levels": set()}
        boxes = self.cert_kinds if row.source == "certifications_new" else self.brand_kinds
        for code, box in boxes.items():
            box.setChecked(code in chosen["kinds"])
        for code, box in self.brand_levels.items():
            box.setChecked(code in chosen["levels"])
        self.direction.set_value(row.direction)
        self.rule.set_value(row.rule)
        self.floor.setText(number_text(row.floor) if row.floor is not None else "")
        self.bonus.setValue(row.bonus_per_unit)
        self.cap.setValue(row.bonus_cap)
        self.description.setPlainText(row.description)

    def source_code(self) -> str:
        value = self.source.value()
        return "" if value in (None, "manual") else value

    def on_source_changed(self) -> None:
        from qsupervise.rules import assessment

        source = self.source_code()
        self.cert_box.setVisible(source == "certifications_new")
        self.brand_box.setVisible(source == "brands_new")
        if source:
            kind = assessment.SOURCES[source][0]
            self.params_note.setText(
                self.tr("由系统按乡镇数据自动计算：当年截至考核截止日的比率（%）。") if kind == assessment.RATE
                else self.tr("由系统按乡镇数据自动计算：当年截至考核截止日新增的个数。"))
            units = {unit for _kind, unit in assessment.SOURCES.values()}
            if not self.unit.text().strip() or self.unit.text().strip() in units:
                self.unit.setText(assessment.SOURCES[source][1])
        else:
            self.params_note.setText(
                self.tr("由单位自评、县级核查时手工填写（完成填 1，未完成填 0，或填写实际数值）。"))
        self.adjustSize()

    def floor_value(self) -> float | None:
        text = self.floor.text().strip().replace("，", ".").rstrip("%")
        if not text:
            return None
        return float(text)

    def update_rule_text(self) -> None:
        try:
            floor = self.floor_value()
        except ValueError:
            self.explain.setText(self.tr("下限应为数字。"))
            return
        self.explain.setText(rule_text(self.rule.value() or "linear", self.direction.value() or "higher", floor,
                                       self.bonus.value(), self.cap.value(), self.unit.text().strip()))

    def params(self) -> dict[str, list[str]]:
        source = self.source_code()
        if source == "certifications_new":
            kinds = [c for c, b in self.cert_kinds.items() if b.isChecked()]
            return {"kinds": kinds} if kinds else {}
        if source == "brands_new":
            found = {"levels": [c for c, b in self.brand_levels.items() if b.isChecked()],
                     "kinds": [c for c, b in self.brand_kinds.items() if b.isChecked()]}
            return {k: v for k, v in found.items() if v}
        return {}

    def values(self) -> MetricInput:
        from qsupervise.services.letters import MetricInput

        return MetricInput(
            code=self.code.text().strip(), name=self.name.text().strip(), unit=self.unit.text().strip(),
            source=self.source_code(), params=self.params(), direction=self.direction.value() or "higher",
            rule=self.rule.value() or "linear", floor=self.floor_value(), bonus_per_unit=self.bonus.value(),
            bonus_cap=self.cap.value(), description=self.description.toPlainText().strip())

    def show_problem(self, text: str, focus: QWidget | None = None) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import letters

        self.problem.setVisible(False)
        try:
            data = self.values()
        except ValueError:
            self.show_problem(self.tr("下限“{0}”不是数字。").format(self.floor.text().strip()), self.floor)
            return

        def write(opened: int | None) -> None:
            with self.db.session() as s:
                saved = letters.save_metric(s, data, metric_id=self.metric_id, actor=ACTOR, opened_version=opened)
                self.saved_id, self.saved_name = saved.id, saved.name

        try:
            if not self.version_check.save(write):
                return
        except KnownError as exc:
            focus = {"letter_metric_name": self.name if self.code.text().strip() else self.code,
                     "letter_metric_code_taken": self.code, "letter_metric_bonus": self.bonus}.get(exc.code)
            self.show_problem(exc.message(i18n.error_lang()), focus)
            return
        super().accept()
