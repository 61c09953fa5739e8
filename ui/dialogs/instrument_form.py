"""新增/编辑计量器具: an instrument under compulsory verification (强检), checked by the core as the user types.

The rules are the core's (``instruments.check``): the user, the name, the use category, the cycle, the dates.
An empty 下次检定日期 is computed from the verification date and the cycle; errors (red) block the save,
warnings (amber: a serial number already filed, a due date beyond the cycle) are shown and may be kept.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, modal
from ui.database import ACTOR, Database
from ui.dialogs.certification_form import typed_day
from ui.dialogs.form_parts import check_timer, save_buttons
from ui.dialogs.record_changed import VersionCheck
from ui.models.instruments import category_label, result_label
from ui.widgets_enterprise import EnterpriseFinder
from ui.widgets_search import ChoiceCombo

if TYPE_CHECKING:
    from qsupervise.services.enterprises import FieldProblem
    from qsupervise.services.instruments import InstrumentInput

ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#b26a00"
TEXTS = (("name", 100), ("model", 100), ("serial", 60), ("location", 200), ("verification_body", 100),
         ("certificate_no", 60), ("verified_on", 20), ("due_on", 20))
# Instruments a county most often files for compulsory verification (JJF 1069 / the 强检目录): offered as the
# name is typed, never required.
COMMON_NAMES = (
    "电子计价秤", "电子台秤", "电子汽车衡", "电子吊秤", "加油机", "加气机", "出租汽车计价器", "水表", "电能表",
    "燃气表", "热能表", "压力表", "血压计", "血压表", "体温计", "心电图机", "医用超声诊断仪", "验光仪", "眼压计",
    "可燃气体检测报警器", "呼出气体酒精含量探测器", "机动车超速自动监测仪", "声级计", "烟尘采样器", "pH 酸度计",
    "流量计", "砝码", "称重显示控制器",
)


class InstrumentForm(QDialog):
    saved = Signal(str)

    def __init__(
        self,
        db: Database,
        *,
        instrument_id: str | None = None,
        enterprise_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("instrument_form")
        self.db = db
        self.instrument_id = instrument_id
        self.saved_id: str | None = None
        self.saved_name = ""
        self.today = date.today()
        self.touched: set[str] = set()
        self.attempted = False
        self.problems: list[FieldProblem] = []

        self.finder = EnterpriseFinder(db, rows=4)
        self.finder.chosen.connect(lambda _id: self.on_edited("enterprise_id"))
        self.edits: dict[str, QLineEdit] = {}
        for name, length in TEXTS:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setMaxLength(length)
            edit.textEdited.connect(lambda _t, field=name: self.on_edited(field))
            self.edits[name] = edit
        completer = QCompleter(list(COMMON_NAMES), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edits["name"].setCompleter(completer)
        self.category = ChoiceCombo("use_category")
        self.result_choice = ChoiceCombo("result")
        self.cycle = QSpinBox()
        self.cycle.setObjectName("cycle_months")
        self.cycle.setRange(1, 120)
        self.cycle.setValue(12)
        self.registered = QCheckBox()
        self.registered.setObjectName("registered")
        self.registered.setChecked(True)
        self.category.currentIndexChanged.connect(lambda _i: self.on_edited("use_category"))
        self.result_choice.currentIndexChanged.connect(lambda _i: self.on_edited("result"))
        self.cycle.valueChanged.connect(lambda _v: self.on_edited("cycle_months"))
        self.registered.toggled.connect(lambda _on: self.on_edited("registered"))
        self.problem_labels: dict[str, QLabel] = {}
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.buttons = save_buttons(self)
        self.timer = check_timer(self, self.validate)
        self._build_layout()
        self.retranslate()
        # the instrument's version when the form read it: a save is refused when someone saved it since
        self.version_check = VersionCheck(self, summary=self.summary, labels=self.captions, db=db)
        self._fill(enterprise_id)
        self.setMinimumWidth(860)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    # -- layout --------------------------------------------------------------------------

    def _boxed(self, field: str, widget: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        label = QLabel()
        label.setObjectName(f"problem_{field}")
        label.setWordWrap(True)
        label.setVisible(False)
        self.problem_labels[field] = label
        column.addWidget(label)
        return box

    def _build_layout(self) -> None:
        e = self.edits
        self.captions: dict[str, QLabel] = {}
        left, right = QFormLayout(), QFormLayout()
        rows: list[tuple[QFormLayout, str, QWidget]] = [
            (left, "enterprise_id", self.finder), (left, "name", e["name"]), (left, "model", e["model"]),
            (left, "serial", e["serial"]), (left, "use_category", self.category), (left, "location", e["location"]),
            (right, "registered", self.registered), (right, "verification_body", e["verification_body"]),
            (right, "certificate_no", e["certificate_no"]), (right, "cycle_months", self.cycle),
            (right, "verified_on", e["verified_on"]), (right, "due_on", e["due_on"]),
            (right, "result", self.result_choice),
        ]
        for form, field, widget in rows:
            self.captions[field] = QLabel()
            form.addRow(self.captions[field], self._boxed(field, widget))
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            form.setVerticalSpacing(8)
            form.setHorizontalSpacing(12)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        for form in (left, right):  # each column keeps its rows at the top when the other is taller
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            columns.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addStretch(1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        from qsupervise.rules import instruments

        self.setWindowTitle(self.tr("新增计量器具") if self.instrument_id is None else self.tr("编辑计量器具"))
        captions = {
            "enterprise_id": self.tr("使用单位"),
            "name": self.tr("器具名称"),
            "model": self.tr("型号规格"),
            "serial": self.tr("出厂编号"),
            "use_category": self.tr("使用类别"),
            "location": self.tr("使用地点"),
            "registered": self.tr("登记造册"),
            "verification_body": self.tr("检定机构"),
            "certificate_no": self.tr("检定证书编号"),
            "cycle_months": self.tr("检定周期"),
            "verified_on": self.tr("检定日期"),
            "due_on": self.tr("下次检定日期"),
            "result": self.tr("检定结论"),
        }
        for field, text in captions.items():
            self.captions[field].setText(text)
        self.finder.search.setPlaceholderText(self.tr("查找企业：名称、拼音首字母或信用代码"))
        self.edits["name"].setPlaceholderText(self.tr("例如 电子计价秤、加油机、血压计"))
        self.edits["location"].setPlaceholderText(self.tr("例如 一楼收银台"))
        self.edits["verification_body"].setPlaceholderText(self.tr("例如 县计量检定测试所"))
        self.edits["verified_on"].setPlaceholderText(self.tr("YYYY-MM-DD，未检定的留空"))
        self.registered.setText(self.tr("已向计量行政部门登记备案"))
        self.cycle.setSuffix(self.tr(" 个月"))
        self.category.set_choices(None, [(c, category_label(c)) for c in instruments.CATEGORIES])
        self.result_choice.set_choices(self.tr("（未填）"), [(r, result_label(r)) for r in instruments.RESULTS])
        self.ok_button.setText(self.tr("保存"))
        self.ok_button.setToolTip(self.tr("保存（Ctrl+S）"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.update_due_hint()

    # -- values ----------------------------------------------------------------------------

    def _fill(self, enterprise_id: str | None) -> None:
        from qsupervise.models import Enterprise, Instrument, OrgUnit
        from qsupervise.services import instruments, versions

        with self.db.read() as s:
            current = instruments.input_from(instruments.get(s, self.instrument_id)) if self.instrument_id else None
            if self.instrument_id is not None:
                self.version_check.opened = versions.version(s, Instrument, self.instrument_id)
            holder_id = current.enterprise_id if current is not None else enterprise_id
            holder = s.get(Enterprise, holder_id) if holder_id else None
            town = s.get(OrgUnit, holder.township_id) if holder is not None else None
        if holder is not None:
            self.finder.set_enterprise(holder.id, holder.name, holder.uscc or "", town.name if town else "")
        if current is None:
            self.category.set_value("trade")
            self.touched.clear()
            self.timer.stop()
            return
        for name, _length in TEXTS:
            self.edits[name].setText(str(getattr(current, name) or ""))
        self.category.set_value(current.use_category)
        self.result_choice.set_value(current.result)
        self.cycle.setValue(current.cycle_months)
        self.registered.setChecked(current.registered)
        self.setWindowTitle(self.tr("编辑计量器具 — {0}").format(current.name))
        self.touched = set(self.problem_labels)
        self.timer.stop()
        self.validate()

    def values(self) -> InstrumentInput:
        from qsupervise.services.instruments import InstrumentInput

        e = self.edits
        return InstrumentInput(
            enterprise_id=self.finder.selected_id() or "",
            name=e["name"].text(),
            model=e["model"].text(),
            serial=e["serial"].text(),
            use_category=self.category.value() or "",
            location=e["location"].text(),
            registered=self.registered.isChecked(),
            verification_body=e["verification_body"].text(),
            certificate_no=e["certificate_no"].text(),
            cycle_months=self.cycle.value(),
            verified_on=typed_day(e["verified_on"].text()),
            due_on=typed_day(e["due_on"].text()),
            result=self.result_choice.value(),
        )

    # -- checking ----------------------------------------------------------------------------

    def on_edited(self, field: str) -> None:
        self.touched.add(field)
        self.timer.start()

    def validate(self) -> list[FieldProblem]:
        from qsupervise.services import instruments

        self.timer.stop()
        if self.db.store is None:
            return []
        with self.db.read() as s:
            _values, problems = instruments.check(s, self.values(), today=self.today,
                                                  existing_id=self.instrument_id)
        self.show_problems(problems)
        self.update_due_hint()
        return problems

    def visible(self, problem: FieldProblem) -> bool:
        return self.attempted or problem.field in self.touched

    def show_problems(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        lang = i18n.error_lang()
        by_field: dict[str, list[FieldProblem]] = {}
        for p in problems:
            if self.visible(p):
                by_field.setdefault(p.field if p.field in self.problem_labels else "name", []).append(p)
        for field, label in self.problem_labels.items():
            found = by_field.get(field, [])
            error = any(p.severity == "error" for p in found)
            label.setText("\n".join(self.problem_text(p, lang) for p in found))
            label.setStyleSheet(f"color: {ERROR_COLOUR if error else WARNING_COLOUR};")
            label.setVisible(bool(found))
        errors = sum(p.severity == "error" for p in problems)
        warnings = sum(p.severity == "warning" for p in problems)
        if errors and (self.attempted or any(self.visible(p) for p in problems if p.severity == "error")):
            self.summary.setText(self.tr("有 {0} 处需要改正，改正后才能保存。").format(errors))
            self.summary.setStyleSheet(f"color: {ERROR_COLOUR};")
        elif warnings and any(self.visible(p) for p in problems):
            self.summary.setText(self.tr("有 {0} 条提醒，核对后可以保存。").format(warnings))
            self.summary.setStyleSheet(f"color: {WARNING_COLOUR};")
        else:
            self.summary.setText("")
        layout = self.layout()
        if layout is not None:
            layout.activate()
            if self.sizeHint().height() > self.height():
                self.resize(self.width(), self.sizeHint().height())

    def problem_text(self, problem: FieldProblem, lang: str) -> str:
        if problem.code == "instrument_enterprise_unknown":
            return self.tr("请查找并选中使用这台器具的企业。")
        return problem.message(lang)

    def update_due_hint(self) -> None:
        """The date an empty 下次检定日期 becomes: the verification date plus the cycle."""
        from qsupervise.rules import instruments

        edit = self.edits["due_on"]
        try:
            verified = date.fromisoformat(typed_day(self.edits["verified_on"].text()))
        except ValueError:
            edit.setPlaceholderText(self.tr("YYYY-MM-DD；留空则按检定周期推算"))
            return
        due = instruments.due_date(verified, self.cycle.value())
        edit.setPlaceholderText(self.tr("留空按周期推算：{0}").format(due.isoformat()))

    # -- saving ------------------------------------------------------------------------------

    def accept(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import enterprises, instruments

        self.attempted = True
        self.timer.stop()

        def write(opened: int | None) -> None:
            with self.db.session() as s:
                instrument, _warnings = instruments.save(s, data=self.values(), instrument_id=self.instrument_id,
                                                         today=self.today, actor=ACTOR, opened_version=opened)
                self.saved_id = instrument.id
                self.saved_name = instrument.name
                self.saved.emit(instrument.id)

        try:
            if not self.version_check.save(write):
                return
        except enterprises.InvalidInput as exc:
            self.show_problems(exc.problems)
            self.focus_first_error()
            return
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            return
        super().accept()

    def focus_first_error(self) -> None:
        for p in self.problems:
            if p.severity == "error":
                widget = self.finder.search if p.field == "enterprise_id" else self.findChild(QWidget, p.field)
                if widget is not None:
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
