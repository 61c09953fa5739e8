"""新建抽查计划: the plan's facts on the left, the pool of enterprises it draws from on the right.

Problems show under their field as the user types (number missing or taken, an industry prefix that is not a
GB/T 4754 code); the rest (year, size) the core checks on 保存, and its refusal lands under the field it names.
The pool's size is counted as the filter changes, so the user sees what the draw will start from.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, modal
from ui.database import ACTOR, Database
from ui.dialogs.form_parts import check_timer, save_buttons
from ui.models.spotchecks import label
from ui.registry_text import KINDS, SCALES, kind_label, scale_label
from ui.widgets_search import ChoiceCombo

if TYPE_CHECKING:
    from qsupervise.services.spotcheck_plans import PlanInput, PoolFilter

ERROR_COLOUR = "#c62828"
LEVELS = ("national", "provincial", "municipal", "county")
FIELDS = ("production", "circulation", "ecommerce")
TEXT_FIELDS = ("plan_no", "batch", "category", "rules_ref", "agency", "authority", "industries", "note")
MAX_LENGTHS = {"plan_no": 60, "batch": 30, "category": 100, "rules_ref": 200, "agency": 100, "authority": 100}
# which field a refusal of the core belongs under
FIELD_OF_CODE = {
    "plan_no_missing": "plan_no",
    "plan_exists": "plan_no",
    "plan_bad_year": "year",
    "plan_no_size": "size",
    "plan_bad_count": "size",
    "plan_bad_ratio": "size",
    "plan_bad_level": "level",
    "plan_bad_field": "field",
}


class PlanDialog(QDialog):
    saved = Signal(str)  # the new plan's id, emitted inside the saving transaction

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_dialog")
        self.db = db
        self.saved_id: str | None = None
        self.saved_no = ""
        self.touched: set[str] = set()
        self.attempted = False
        self.problems: dict[str, str] = {}

        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setMaxLength(MAX_LENGTHS.get(name, 300))
            edit.textEdited.connect(lambda _t, field=name: self.on_edited(field))
            self.edits[name] = edit
        self.level = ChoiceCombo("level")
        self.field = ChoiceCombo("field")
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(1990, 2100)
        self.year.setValue(date.today().year)
        self.year.setGroupSeparatorShown(False)
        self.by_count = QRadioButton()
        self.by_count.setObjectName("by_count")
        self.by_ratio = QRadioButton()
        self.by_ratio.setObjectName("by_ratio")
        self.size_group = QButtonGroup(self)
        self.size_group.addButton(self.by_count)
        self.size_group.addButton(self.by_ratio)
        self.by_count.setChecked(True)
        self.count = QSpinBox()
        self.count.setObjectName("sample_count")
        self.count.setRange(1, 100000)
        self.count.setValue(30)
        self.ratio = QDoubleSpinBox()
        self.ratio.setObjectName("sample_ratio")
        self.ratio.setRange(0.1, 100.0)
        self.ratio.setDecimals(1)
        self.ratio.setSingleStep(0.5)
        self.ratio.setValue(5.0)
        self.ratio.setSuffix(" %")
        self.by_count.toggled.connect(self.on_size_mode)
        self.townships = QListWidget()
        self.townships.setObjectName("townships")
        self.townships.itemChanged.connect(lambda _i: self.on_edited("townships"))
        self.kinds = {k: QCheckBox(kind_label(k)) for k in KINDS}
        self.scales = {k: QCheckBox(scale_label(k)) for k in SCALES}
        for code, box in (*self.kinds.items(), *self.scales.items()):
            box.setObjectName(f"pool_{code}")
            box.toggled.connect(lambda _on: self.on_edited("pool"))
        self.weight_by_risk = QCheckBox()
        self.weight_by_risk.setObjectName("weight_by_risk")
        self.recuse_own_township = QCheckBox()
        self.recuse_own_township.setObjectName("recuse_own_township")
        self.pool_size = QLabel()
        self.pool_size.setObjectName("pool_size")
        self.pool_size.setWordWrap(True)

        self.problem_labels: dict[str, QLabel] = {}
        self.buttons = save_buttons(self)
        self.timer = check_timer(self, self.validate)
        self._build_layout()
        self._fill()
        self.on_size_mode()
        self.setMinimumWidth(860)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    # -- layout ------------------------------------------------------------------------

    def _problem(self, field: str) -> QLabel:
        found = QLabel()
        found.setObjectName(f"problem_{field}")
        found.setWordWrap(True)
        found.setVisible(False)
        found.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem_labels[field] = found
        return found

    def _boxed(self, field: str, widget: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self._problem(field))
        return box

    def _build_layout(self) -> None:
        e = self.edits
        self.captions: dict[str, QLabel] = {}

        def caption(key: str) -> QLabel:
            self.captions[key] = QLabel()
            return self.captions[key]

        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        left.addRow(caption("plan_no"), self._boxed("plan_no", e["plan_no"]))
        year_row = QHBoxLayout()
        year_row.setSpacing(12)
        year_row.addWidget(self.year)
        self.batch_caption = QLabel()
        year_row.addWidget(self.batch_caption)
        year_row.addWidget(e["batch"], 1)
        left.addRow(caption("year"), self._boxed("year", self._wrap(year_row)))
        left.addRow(caption("level"), self._boxed("level", self.level))
        left.addRow(caption("field"), self._boxed("field", self.field))
        left.addRow(caption("category"), e["category"])
        left.addRow(caption("rules_ref"), e["rules_ref"])
        left.addRow(caption("agency"), e["agency"])
        left.addRow(caption("authority"), e["authority"])
        size_row = QHBoxLayout()
        size_row.setSpacing(6)
        size_row.addWidget(self.by_count)
        size_row.addWidget(self.count)
        size_row.addSpacing(12)
        size_row.addWidget(self.by_ratio)
        size_row.addWidget(self.ratio)
        size_row.addStretch(1)
        left.addRow(caption("size"), self._boxed("size", self._wrap(size_row)))
        left.addRow(caption("note"), e["note"])

        self.pool_box = QGroupBox()
        pool = QFormLayout(self.pool_box)
        pool.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.townships.setMaximumHeight(150)
        self.townships_hint = QLabel()
        self.townships_hint.setObjectName("townships_hint")
        self.townships_hint.setStyleSheet("color: #5f6b76;")
        towns = QVBoxLayout()
        towns.setSpacing(2)
        towns.addWidget(self.townships)
        towns.addWidget(self.townships_hint)
        pool.addRow(caption("townships"), self._wrap(towns))
        pool.addRow(caption("industries"), self._boxed("industries", e["industries"]))
        kinds = QHBoxLayout()
        for box in self.kinds.values():
            kinds.addWidget(box)
        kinds.addStretch(1)
        pool.addRow(caption("kinds"), self._wrap(kinds))
        scales = QHBoxLayout()
        for box in self.scales.values():
            scales.addWidget(box)
        scales.addStretch(1)
        pool.addRow(caption("scales"), self._wrap(scales))
        pool.addRow("", self.weight_by_risk)
        pool.addRow("", self.recuse_own_township)
        pool.addRow("", self.pool_size)

        for form in (left, pool):
            form.setVerticalSpacing(8)
            form.setHorizontalSpacing(12)
        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(left, 1)
        columns.addWidget(self.pool_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()

    @staticmethod
    def _wrap(inner: QHBoxLayout | QVBoxLayout) -> QWidget:
        box = QWidget()
        inner.setContentsMargins(0, 0, 0, 0)
        box.setLayout(inner)
        return box

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("新建抽查计划"))
        captions = {
            "plan_no": self.tr("计划编号"),
            "year": self.tr("年度"),
            "level": self.tr("抽查层级"),
            "field": self.tr("抽查领域"),
            "category": self.tr("产品类别"),
            "rules_ref": self.tr("实施细则"),
            "agency": self.tr("承检机构"),
            "authority": self.tr("组织抽查部门"),
            "size": self.tr("抽取数量"),
            "note": self.tr("备注"),
            "townships": self.tr("乡镇"),
            "industries": self.tr("行业"),
            "kinds": self.tr("主体类型"),
            "scales": self.tr("规模"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.batch_caption.setText(self.tr("批次"))
        self.pool_box.setTitle(self.tr("抽取范围（候选企业名单）"))
        self.by_count.setText(self.tr("按家数"))
        self.by_ratio.setText(self.tr("按比例"))
        self.townships_hint.setText(self.tr("都不勾选 = 全部乡镇"))
        e = self.edits
        e["plan_no"].setPlaceholderText(self.tr("例如 2026-县-01"))
        e["category"].setPlaceholderText(self.tr("例如 食用植物油"))
        e["rules_ref"].setPlaceholderText(self.tr("例如 食用植物油产品质量监督抽查实施细则（2024 年版）"))
        e["authority"].setPlaceholderText(self.tr("留空：本县市场监督管理局"))
        e["industries"].setPlaceholderText(self.tr("行业代码，逗号分隔，如 C13, C14；留空 = 全部行业"))
        self.weight_by_risk.setText(self.tr("按风险加权（近三年抽查不合格的企业更容易被抽中）"))
        self.recuse_own_township.setText(self.tr("检查人员不检查本乡镇的企业（本乡镇回避）"))
        self.ok_button.setText(self.tr("保存"))
        self.ok_button.setToolTip(self.tr("保存（Ctrl+S）"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.level.set_choices(None, [(c, label("level", c)) for c in LEVELS])
        self.field.set_choices(None, [(c, label("field", c)) for c in FIELDS])

    def _fill(self) -> None:
        from qsupervise.services import org

        with self.db.read() as s:
            units = [u for u in org.list_units(s, include_inactive=False) if u.kind == "township"]
        self.townships.blockSignals(True)
        for unit in units:
            item = QListWidgetItem(unit.name)
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.townships.addItem(item)
        self.townships.blockSignals(False)
        self.level.set_value("county")
        self.field.set_value("production")
        self.update_pool_size()

    def on_size_mode(self) -> None:
        self.count.setEnabled(self.by_count.isChecked())
        self.ratio.setEnabled(self.by_ratio.isChecked())

    # -- values --------------------------------------------------------------------------

    def chosen_townships(self) -> list[str]:
        found = []
        for row in range(self.townships.count()):
            item = self.townships.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def industry_prefixes(self) -> tuple[list[str], list[str]]:
        """(canonical prefixes, the parts that are not industry codes)."""
        from qsupervise.rules import industry

        good, bad = [], []
        for part in self.edits["industries"].text().replace("，", ",").replace("、", ",").replace(";", ",").split(","):
            if not part.strip():
                continue
            found = industry.parse(part)
            if found is None:
                bad.append(part.strip())
            elif found.code not in good:
                good.append(found.code)
        return good, bad

    def pool(self) -> PoolFilter:
        from qsupervise.services.spotcheck_plans import PoolFilter

        return PoolFilter(
            townships=self.chosen_townships(),
            industries=self.industry_prefixes()[0],
            kinds=[k for k, box in self.kinds.items() if box.isChecked()],
            scales=[k for k, box in self.scales.items() if box.isChecked()],
        )

    def values(self) -> PlanInput:
        from qsupervise.services.spotcheck_plans import PlanInput

        e = self.edits
        return PlanInput(
            plan_no=e["plan_no"].text(),
            year=self.year.value(),
            level=self.level.value() or "county",
            category=e["category"].text(),
            authority=e["authority"].text(),
            batch=e["batch"].text(),
            field=self.field.value() or "production",
            rules_ref=e["rules_ref"].text(),
            agency=e["agency"].text(),
            sample_count=self.count.value() if self.by_count.isChecked() else None,
            sample_ratio=round(self.ratio.value() / 100, 4) if self.by_ratio.isChecked() else None,
            pool=self.pool(),
            weight_by_risk=self.weight_by_risk.isChecked(),
            recuse_own_township=self.recuse_own_township.isChecked(),
            note=e["note"].text().strip(),
        )

    # -- checking ------------------------------------------------------------------------

    def on_edited(self, field: str) -> None:
        self.touched.add(field)
        self.timer.start()

    def validate(self) -> dict[str, str]:
        """What the form can tell before saving: number missing or taken, unknown industry codes."""
        from qsupervise.messages import text
        from qsupervise.services import spotcheck_lists

        self.timer.stop()
        lang = i18n.error_lang()
        problems: dict[str, str] = {}
        number = self.edits["plan_no"].text().strip()
        if not number:
            problems["plan_no"] = text("plan_no_missing", lang)
        else:
            with self.db.read() as s:
                if spotcheck_lists.plan_no_taken(s, number):
                    problems["plan_no"] = text("plan_exists", lang, plan=number)
        bad = self.industry_prefixes()[1]
        if bad:
            problems["industries"] = self.tr(
                "“{0}”不是 GB/T 4754 行业代码（门类字母或 2–4 位代码，如 C、C13、1391）。"
            ).format("、".join(bad))
        self.show_problems(problems)
        self.update_pool_size()
        return problems

    def show_problems(self, problems: dict[str, str]) -> None:
        self.problems = problems
        for field, shown in self.problem_labels.items():
            message = problems.get(field, "")
            visible = bool(message) and (self.attempted or field in self.touched or field not in ("plan_no",))
            shown.setText(message)
            shown.setVisible(visible)

    def update_pool_size(self) -> None:
        from qsupervise.services import spotcheck_lists

        with self.db.read() as s:
            size = spotcheck_lists.pool_count(s, self.pool())
        note = self.tr("按此范围，候选企业共 {0} 家（抽取时再排除 6 个月内已抽查的）。")
        self.pool_size.setText(note.format(f"{size:,}"))
        self.pool_size.setStyleSheet(f"color: {ERROR_COLOUR};" if size == 0 else "")

    # -- saving ----------------------------------------------------------------------------

    def accept(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import spotcheck_plans

        self.attempted = True
        if self.validate():
            self.focus_first_problem()
            return
        data = self.values()
        try:
            with self.db.session() as s:
                plan = spotcheck_plans.add(s, data, actor=ACTOR)
                self.saved_id, self.saved_no = plan.id, plan.plan_no
                self.saved.emit(plan.id)
        except KnownError as exc:
            field = FIELD_OF_CODE.get(exc.code)
            if field is None:
                modal.warn(self, exc.message(i18n.error_lang()))
                return
            self.show_problems({field: exc.message(i18n.error_lang())})
            self.focus_first_problem()
            return
        super().accept()

    def focus_first_problem(self) -> None:
        for field in ("plan_no", "year", "size", "industries"):
            if field in self.problems:
                target = {"year": self.year, "size": self.count}.get(field) or self.edits.get(field)
                if target is not None:
                    target.setFocus(Qt.FocusReason.OtherFocusReason)
                return
