"""新建/编辑评奖项目: a programme from its template (名牌产品 3 years, 政府质量奖 scored by GB/T 19580 and open again
after 5 years, 著名商标, 地理标志产品, 工程质量奖), then everything the user may change: name, level, year,
organiser, application window, criteria, the required documents, the eligibility conditions and their parameters,
the number of winners, the term, the reapply interval and the reward in 元.

A new programme follows the template of the kind chosen until the user edits a field the template fills; the
core checks everything again on save (``awards.add_program`` / ``update_program``) and names the first problem.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.database import ACTOR, Database
from ui.dialogs.certification_form import typed_day
from ui.dialogs.record_changed import VersionCheck
from ui.models.awards import condition_label, kind_label, level_label, yuan
from ui.widgets_search import ChoiceCombo

if TYPE_CHECKING:
    from qsupervise.services.awards import ProgramInput

ERROR_COLOUR = "#c62828"
HINT_STYLE = "color: #5f6b76;"
KINDS = ("famous_brand", "quality_award", "trademark", "gi_product", "engineering", "other")
LEVELS = ("national", "provincial", "municipal", "county")
CONDITIONS = ("operating_years", "iso9001", "spot_checks", "credit_list", "credit_grade", "recent_winner")
GRADES = ("A", "B", "C", "D")


def years_spin(name: str, low: int = 0, high: int = 50) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


class ConditionsBox(QGroupBox):
    """The eligibility conditions: each on or off, with its parameters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conditions")
        self.on: dict[str, QCheckBox] = {}
        for code in CONDITIONS:
            box = QCheckBox()
            box.setObjectName(f"on_{code}")
            box.toggled.connect(self.update_enabled)
            self.on[code] = box
        self.min_years = years_spin("min_years")
        self.spot_years = years_spin("spot_years")
        self.spot_level = ChoiceCombo("spot_level")
        self.abnormal = QCheckBox()
        self.abnormal.setObjectName("abnormal_operation")
        self.min_grade = ChoiceCombo("min_grade")
        self.winner_years = years_spin("winner_years", -1)
        self.same_level = QCheckBox()
        self.same_level.setObjectName("same_level")
        self.words = [QLabel() for _ in range(6)]
        for word in self.words:
            word.setStyleSheet(HINT_STYLE)
        self.iso_note = QLabel()
        self.iso_note.setStyleSheet(HINT_STYLE)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        rows: dict[str, list[QWidget]] = {
            "operating_years": [self.words[0], self.min_years, self.words[1]],
            "iso9001": [self.iso_note],
            "spot_checks": [self.words[2], self.spot_years, self.words[3], self.spot_level],
            "credit_list": [self.abnormal],
            "credit_grade": [self.words[4], self.min_grade],
            "recent_winner": [self.winner_years, self.words[5], self.same_level],
        }
        for n, code in enumerate(CONDITIONS):
            grid.addWidget(self.on[code], n, 0)
            line = QHBoxLayout()
            line.setSpacing(6)
            for widget in rows[code]:
                line.addWidget(widget)
            line.addStretch(1)
            grid.addLayout(line, n, 1)
        grid.setColumnStretch(1, 1)
        self.parameters: dict[str, list[QWidget]] = {
            code: [w for w in widgets if not isinstance(w, QLabel)] for code, widgets in rows.items()
        }

    def retranslate(self) -> None:
        self.setTitle(self.tr("资格条件（提交时自动审查）"))
        for code, box in self.on.items():
            box.setText(condition_label(code))
        self.words[0].setText(self.tr("成立满"))
        self.words[1].setText(self.tr("年"))
        self.words[2].setText(self.tr("近"))
        self.words[3].setText(self.tr("年内无最终判定"))
        self.words[4].setText(self.tr("不低于"))
        self.words[5].setText(self.tr("年内未获同类称号"))
        self.iso_note.setText(self.tr("申报日持有有效的 ISO 9001 证书"))
        self.spot_level.set_choices(None, [("fail", self.tr("不合格")), ("serious_fail", self.tr("严重不合格"))])
        self.spot_level.setToolTip(self.tr("“不合格”含严重不合格；“严重不合格”只看重要程度 A 类项目不合格的"))
        self.min_grade.set_choices(None, [(g, self.tr("{0} 级").format(g)) for g in GRADES])
        self.abnormal.setText(self.tr("同时核对经营异常名录"))
        self.same_level.setText(self.tr("只看同一级别"))
        self.winner_years.setSpecialValueText(self.tr("按项目"))
        self.winner_years.setToolTip(self.tr("“按项目”：用左侧“再次申报间隔”的年数"))
        self.spot_years.setSpecialValueText(self.tr("不限年限"))

    def load(self, conditions: dict[str, dict[str, Any]]) -> None:
        for code in CONDITIONS:
            self.on[code].setChecked(bool(conditions.get(code, {}).get("on")))
        self.min_years.setValue(int(conditions["operating_years"].get("min_years", 3)))
        self.spot_years.setValue(int(conditions["spot_checks"].get("years", 3)))
        self.spot_level.set_value(str(conditions["spot_checks"].get("level", "fail")))
        self.abnormal.setChecked(bool(conditions["credit_list"].get("abnormal_operation")))
        self.min_grade.set_value(str(conditions["credit_grade"].get("min_grade", "B")))
        years = conditions["recent_winner"].get("years")
        self.winner_years.setValue(-1 if years is None else int(years))
        self.same_level.setChecked(bool(conditions["recent_winner"].get("same_level", True)))
        self.update_enabled()

    def values(self) -> dict[str, dict[str, Any]]:
        winner = self.winner_years.value()
        return {
            "operating_years": {"on": self.on["operating_years"].isChecked(), "min_years": self.min_years.value()},
            "iso9001": {"on": self.on["iso9001"].isChecked()},
            "spot_checks": {"on": self.on["spot_checks"].isChecked(), "years": self.spot_years.value(),
                            "level": self.spot_level.value() or "fail"},
            "credit_list": {"on": self.on["credit_list"].isChecked(), "abnormal_operation": self.abnormal.isChecked()},
            "credit_grade": {"on": self.on["credit_grade"].isChecked(), "min_grade": self.min_grade.value() or "B"},
            "recent_winner": {"on": self.on["recent_winner"].isChecked(), "years": None if winner < 0 else winner,
                              "same_level": self.same_level.isChecked()},
        }

    def update_enabled(self) -> None:
        for code, widgets in self.parameters.items():
            for widget in widgets:
                widget.setEnabled(self.on[code].isChecked())


class ProgramForm(QDialog):
    def __init__(
        self, db: Database, *, program_id: str | None = None, kind: str = "famous_brand", year: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("award_program_form")
        self.db = db
        self.program_id = program_id
        self.saved_id: str | None = None
        self.saved_name = ""
        self._loading = False
        self.name_edited = program_id is not None

        self.kind = ChoiceCombo("kind")
        self.kind.currentIndexChanged.connect(self.on_kind_changed)
        self.level = ChoiceCombo("level")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setMaxLength(200)
        self.name.textEdited.connect(self.on_name_edited)
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(1990, 2100)
        self.year.setValue(year or date.today().year)
        self.year.valueChanged.connect(self.suggest_name)
        self.organiser = QLineEdit()
        self.organiser.setObjectName("organiser")
        self.organiser.setMaxLength(200)
        self.opens_on = QLineEdit()
        self.opens_on.setObjectName("opens_on")
        self.closes_on = QLineEdit()
        self.closes_on.setObjectName("closes_on")
        for edit in (self.opens_on, self.closes_on):
            edit.setMaxLength(20)
            edit.setMaximumWidth(120)
        self.max_winners = QSpinBox()
        self.max_winners.setObjectName("max_winners")
        self.max_winners.setRange(0, 100_000)
        self.validity = years_spin("validity_years")
        self.reapply = years_spin("reapply_years", -1)
        self.reward = QLineEdit()
        self.reward.setObjectName("reward")
        self.reward.setMaxLength(20)
        self.reward.setMaximumWidth(160)
        self.scored = QCheckBox()
        self.scored.setObjectName("scored")
        self.criteria = QPlainTextEdit()
        self.criteria.setObjectName("criteria")
        self.criteria.setTabChangesFocus(True)
        self.criteria.setFixedHeight(self.criteria.fontMetrics().height() * 4 + 14)
        self.documents = QPlainTextEdit()
        self.documents.setObjectName("documents")
        self.documents.setTabChangesFocus(True)
        self.documents.setMinimumHeight(self.documents.fontMetrics().height() * 8)
        self.conditions = ConditionsBox()
        self.template_note = QLabel()
        self.template_note.setObjectName("template_note")
        self.template_note.setStyleSheet(HINT_STYLE)
        self.template_note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setObjectName("btn_ok")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("btn_cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        save = QAction(self)
        save.setShortcut(QKeySequence("Ctrl+S"))
        save.triggered.connect(self.accept)
        self.addAction(save)
        self._build_layout()
        self.retranslate()
        # the programme's version when the form read it: a save is refused when someone saved it since
        c = self.captions
        self.version_check = VersionCheck(self, summary=self.problem, value=self.changed_text, labels={
            "opens_on": c[5], "closes_on": c[5], "max_winners": c[6], "reward_fen": c[7], "validity_years": c[9],
            "reapply_years": c[10], "documents": c[11], "conditions": self.conditions.title(),
            "scored": self.scored.text()})
        self._fill(kind)
        self.setMinimumWidth(1060)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _build_layout(self) -> None:
        self.captions = [QLabel() for _ in range(12)]
        window = QHBoxLayout()
        window.setSpacing(6)
        window.addWidget(self.opens_on)
        self.window_dash = QLabel("~")
        window.addWidget(self.window_dash)
        window.addWidget(self.closes_on)
        window.addStretch(1)
        numbers = QHBoxLayout()
        numbers.setSpacing(6)
        for widget in (self.max_winners, self.captions[9], self.validity, self.captions[10], self.reapply):
            numbers.addWidget(widget)
        numbers.addStretch(1)
        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for caption, field in zip(self.captions[:9], (self.kind, self.name, self.year, self.level, self.organiser,
                                                      window, numbers, self.reward, self.criteria), strict=True):
            left.addRow(caption, field)
        left.addRow("", self.scored)
        left.addRow("", self.template_note)
        right = QVBoxLayout()
        right.addWidget(self.captions[11])
        right.addWidget(self.documents, 1)
        right.addWidget(self.conditions)
        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("编辑评奖项目") if self.program_id else self.tr("新建评奖项目"))
        texts = (self.tr("类别（模板）"), self.tr("项目名称"), self.tr("年度"), self.tr("级别"), self.tr("组织单位"),
                 self.tr("申报期"), self.tr("获奖名额"), self.tr("奖励金额（元）"), self.tr("评审标准"),
                 self.tr("有效期"), self.tr("再次申报间隔"), self.tr("申报材料清单（每行一项）"))
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self.opens_on.setPlaceholderText(self.tr("开始 YYYY-MM-DD"))
        self.closes_on.setPlaceholderText(self.tr("截止 YYYY-MM-DD"))
        self.max_winners.setSpecialValueText(self.tr("不限"))
        self.validity.setSpecialValueText(self.tr("长期"))
        self.validity.setSuffix(self.tr(" 年"))
        self.reapply.setSpecialValueText(self.tr("同有效期"))
        self.reapply.setSuffix(self.tr(" 年"))
        self.reward.setPlaceholderText(self.tr("如 100000 或 10万；不奖励填 0"))
        self.organiser.setPlaceholderText(self.tr("如 市质量强市工作领导小组办公室"))
        self.scored.setText(self.tr("按 GB/T 19580 评分（满分 1000 分）"))
        self.scored.setToolTip(
            self.tr("《卓越绩效评价准则》7 个类目：领导、战略、顾客与市场、资源、过程管理、测量分析与改进、结果"))
        self.ok_button.setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.conditions.retranslate()

    # -- filling -----------------------------------------------------------------------------------

    def _fill(self, kind: str) -> None:
        from qsupervise.models import AwardProgram
        from qsupervise.rules import awards as rules
        from qsupervise.services import awards, versions

        self._loading = True
        try:
            self.kind.set_choices(None, [(k, kind_label(k)) for k in KINDS])
            self.level.set_choices(None, [(v, level_label(v)) for v in LEVELS])
            if self.program_id is None:
                self.kind.set_value(kind)
                self.level.set_value("municipal")
            else:
                with self.db.read() as s:
                    program = awards.get_program(s, self.program_id)
                    self.version_check.opened = versions.version(s, AwardProgram, program.id)
                self.kind.set_value(program.kind)
                self.level.set_value(program.level)
                self.name.setText(program.name)
                self.year.setValue(program.year)
                self.organiser.setText(program.organiser)
                self.opens_on.setText(program.opens_on or "")
                self.closes_on.setText(program.closes_on or "")
                self.max_winners.setValue(program.max_winners or 0)
                self.validity.setValue(program.validity_years or 0)
                self.reapply.setValue(-1 if program.reapply_years is None else program.reapply_years)
                self.reward.setText(yuan(program.reward_fen) if program.reward_fen else "0")
                self.scored.setChecked(program.scored)
                self.criteria.setPlainText(program.criteria)
                self.documents.setPlainText("\n".join(awards.documents_required(program)))
                self.conditions.load(rules.conditions_of(program.conditions))
        finally:
            self._loading = False
        if self.program_id is None:
            self.apply_template()

    def apply_template(self) -> None:
        """The defaults of the kind chosen (documents, conditions, term, scoring, criteria)."""
        from qsupervise.services.awards import ProgramInput

        kind = self.kind.value() or "other"
        data = ProgramInput.from_template(kind, name="", year=self.year.value())
        self._loading = True
        try:
            self.documents.setPlainText("\n".join(data.documents))
            self.conditions.load({k: dict(v) for k, v in data.conditions.items()})
            self.validity.setValue(data.validity_years or 0)
            self.reapply.setValue(-1 if data.reapply_years is None else data.reapply_years)
            self.scored.setChecked(data.scored)
            self.criteria.setPlainText(data.criteria)
            if not self.reward.text().strip():
                self.reward.setText("0")
        finally:
            self._loading = False
        self.suggest_name()
        notes = {
            "famous_brand": self.tr("名牌产品：按产品评定，有效期 3 年，期满可重新申报。"),
            "quality_award": self.tr("政府质量奖：按 GB/T 19580 评分（满分 1000 分），获奖 5 年后方可再次申报。"),
            "trademark": self.tr("著名商标：有效期 3 年；不要求 ISO 9001。"),
            "gi_product": self.tr("地理标志产品：按产品评定；不查经营年限、ISO 9001 和再次申报间隔。"),
            "engineering": self.tr("工程质量奖：按工程评定，不查监督抽查，可逐年申报。"),
            "other": self.tr("其他荣誉：空白模板，只列通用材料和默认资格条件。"),
        }
        self.template_note.setText(notes.get(kind, ""))

    def on_kind_changed(self) -> None:
        if not self._loading and self.program_id is None:
            self.apply_template()

    def on_name_edited(self) -> None:
        self.name_edited = bool(self.name.text().strip())

    def suggest_name(self) -> None:
        if self.program_id is None and not self.name_edited:
            kind = kind_label(self.kind.value() or "other")
            self.name.setText(self.tr("{0} 年度{1}").format(self.year.value(), kind))

    # -- saving ------------------------------------------------------------------------------------

    def values(self) -> ProgramInput:
        from qsupervise.services.awards import ProgramInput
        from qsupervise.services.reward_fund import parse_yuan

        reapply = self.reapply.value()
        return ProgramInput(
            name=self.name.text(), year=self.year.value(), kind=self.kind.value() or "other",
            level=self.level.value() or "municipal", organiser=self.organiser.text(),
            opens_on=typed_day(self.opens_on.text()) or None, closes_on=typed_day(self.closes_on.text()) or None,
            criteria=self.criteria.toPlainText(),
            documents=[line.strip() for line in self.documents.toPlainText().splitlines() if line.strip()],
            conditions=self.conditions.values(), max_winners=self.max_winners.value() or None,
            validity_years=self.validity.value() or None, reapply_years=None if reapply < 0 else reapply,
            reward_fen=parse_yuan(self.reward.text() or "0", allow_zero=True), scored=self.scored.isChecked(),
        )

    def changed_text(self, field: str, value: Any) -> str | None:
        """How someone's change shows in the record_changed question, where the stored form is not the shown one."""
        import json

        if field == "reward_fen" and isinstance(value, int):
            return yuan(value)
        if field == "documents" and isinstance(value, str) and value.startswith("["):
            return "、".join(str(d) for d in json.loads(value))
        return self.tr("（已修改）") if field == "conditions" else None

    def accept(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import awards

        self.problem.setVisible(False)

        def write(opened: int | None) -> None:
            with self.db.session() as s:
                if self.program_id is None:
                    program = awards.add_program(s, data, actor=ACTOR)
                else:
                    program = awards.update_program(s, self.program_id, data, actor=ACTOR, opened_version=opened)
                self.saved_id, self.saved_name = program.id, program.name

        try:
            data = self.values()
            if not self.version_check.save(write):
                return
        except KnownError as exc:
            self.problem.setText(exc.message(i18n.error_lang()))
            self.problem.setVisible(True)
            target = {"fund_money_format": self.reward, "award_bad_date": self.opens_on,
                      "award_window_order": self.closes_on, "award_program_name": self.name,
                      "award_program_taken": self.name}.get(exc.code)
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()
