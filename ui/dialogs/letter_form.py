"""编辑责任书 / 编辑模板: the letter's title, document number, both parties and their responsible persons, the
preamble, the target table (metric from the catalogue, target value, points, the task as worded, who answers for it
and by when — with rows added, removed and moved) with the total of points shown as it changes, and the clauses
after the table. A signed letter opens read-only and says why; the core checks everything again on save.

In a template, ``{乙方}`` stands for the unit's name and is replaced in each letter made from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.database import ACTOR, Database
from ui.dialogs.form_parts import save_buttons
from ui.dialogs.record_changed import VersionCheck
from ui.pages.letter_metrics_tab import number_text

if TYPE_CHECKING:
    from qsupervise.services.letters import LetterInput

ERROR_COLOUR = "#c62828"
LOCKED_STYLE = "background: #fff4e5; color: #8a4b00; padding: 6px; border-radius: 3px;"
HINT_STYLE = "color: #5f6b76;"
WIDTHS = (320, 80, 70, 300, 90, 100)


@dataclass(frozen=True)
class MetricChoice:
    id: str
    name: str
    unit: str
    computed: bool
    retired: bool


@dataclass(frozen=True)
class TargetValues:
    metric_id: str
    target: str  # as typed: "90", "" (a task done or not)
    weight: float
    task: str = ""
    responsible: str = ""
    deadline: str = ""


class TargetsGrid(QTableWidget):
    """One row a target, edited in place; rows are rebuilt when moved (a letter has at most 40)."""

    METRIC, TARGET, WEIGHT, TASK, RESPONSIBLE, DEADLINE = range(6)
    changed = Signal()

    def __init__(self, metrics: list[MetricChoice], parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setObjectName("targets")
        self.metrics = metrics
        self.read_only = False
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        header = self.horizontalHeader()
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(self.TASK, QHeaderView.ResizeMode.Stretch)

    def set_headers(self, texts: list[str]) -> None:
        self.setHorizontalHeaderLabels(texts)

    def metric_of(self, metric_id: str) -> MetricChoice | None:
        return next((m for m in self.metrics if m.id == metric_id), None)

    # -- rows ------------------------------------------------------------------------------------

    def add_row(self, values: TargetValues | None = None, at: int | None = None) -> int:
        row = self.rowCount() if at is None else at
        self.insertRow(row)
        combo = QComboBox()
        combo.setObjectName("metric")
        chosen = values.metric_id if values is not None else ""
        for m in self.metrics:
            if m.retired and m.id != chosen:
                continue  # a retired metric stays only where a target still uses it
            label = f"{m.name}（{m.unit}）" if m.unit else m.name
            combo.addItem(label + (self.tr("（已删除）") if m.retired else ""), m.id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        target = QLineEdit(values.target if values is not None else "")
        target.setObjectName("target")
        target.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        weight = QDoubleSpinBox()
        weight.setObjectName("weight")
        weight.setRange(0, 1000)
        weight.setDecimals(1)
        weight.setAlignment(Qt.AlignmentFlag.AlignRight)
        weight.setValue(values.weight if values is not None else 5)
        texts = (values.task, values.responsible, values.deadline) if values is not None else ("", "", "")
        edits = []
        for name, text, limit in zip(("task", "responsible", "deadline"), texts, (500, 50, 20), strict=True):
            edit = QLineEdit(text)
            edit.setObjectName(name)
            edit.setMaxLength(limit)
            edits.append(edit)
        edits[2].setPlaceholderText("YYYY-MM-DD")
        widgets: list[QWidget] = [combo, target, weight, *edits]
        combo.setFrame(False)
        weight.setFrame(False)
        for edit in (target, *edits):
            edit.setFrame(False)
        for column, widget in enumerate(widgets):
            widget.installEventFilter(self)
            self.setCellWidget(row, column, widget)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.on_metric_changed(c))
        weight.valueChanged.connect(self.changed)
        self.on_metric_changed(combo)
        self.apply_read_only(row)
        self.changed.emit()
        return row

    def on_metric_changed(self, combo: QComboBox) -> None:
        row = next((r for r in range(self.rowCount()) if self.cellWidget(r, self.METRIC) is combo), None)
        if row is None:
            return
        m = self.metric_of(str(combo.currentData() or ""))
        target = self.line(row, self.TARGET)
        if m is not None and m.computed:
            target.setPlaceholderText(self.tr("必填"))
            target.setToolTip(self.tr("由数据计算的指标需要目标值（{0}）").format(m.unit or self.tr("数值")))
        else:
            target.setPlaceholderText(self.tr("完成"))
            target.setToolTip(self.tr("手工填报的任务可不填目标值，表示“完成”"))
        self.changed.emit()

    def line(self, row: int, column: int) -> QLineEdit:
        found = self.cellWidget(row, column)
        assert isinstance(found, QLineEdit)
        return found

    def values_at(self, row: int) -> TargetValues:
        combo = self.cellWidget(row, self.METRIC)
        weight = self.cellWidget(row, self.WEIGHT)
        assert isinstance(combo, QComboBox)
        assert isinstance(weight, QDoubleSpinBox)
        texts = [self.cellWidget(row, c) for c in (self.TARGET, self.TASK, self.RESPONSIBLE, self.DEADLINE)]
        target, task, responsible, deadline = (w.text() if isinstance(w, QLineEdit) else "" for w in texts)
        return TargetValues(str(combo.currentData() or ""), target.strip(), weight.value(), task.strip(),
                            responsible.strip(), deadline.strip())

    def all_values(self) -> list[TargetValues]:
        return [self.values_at(r) for r in range(self.rowCount())]

    def set_values(self, rows: list[TargetValues], select: int | None = None) -> None:
        self.setRowCount(0)
        for values in rows:
            self.add_row(values)
        if select is not None and 0 <= select < self.rowCount():
            self.selectRow(select)
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.currentRow()
        if 0 <= row < self.rowCount():
            self.removeRow(row)
            if self.rowCount():
                self.selectRow(min(row, self.rowCount() - 1))
            self.changed.emit()

    def move_current(self, delta: int) -> None:
        row = self.currentRow()
        other = row + delta
        if not (0 <= row < self.rowCount() and 0 <= other < self.rowCount()):
            return
        rows = self.all_values()
        rows[row], rows[other] = rows[other], rows[row]
        self.set_values(rows, select=other)

    def total(self) -> float:
        return sum(self.values_at(r).weight for r in range(self.rowCount()))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for row in range(self.rowCount()):
            self.apply_read_only(row)

    def apply_read_only(self, row: int) -> None:
        for column in range(self.columnCount()):
            widget = self.cellWidget(row, column)
            if isinstance(widget, QLineEdit | QDoubleSpinBox):
                widget.setReadOnly(self.read_only)
                if isinstance(widget, QDoubleSpinBox):
                    widget.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons if self.read_only
                                            else QDoubleSpinBox.ButtonSymbols.UpDownArrows)
            elif widget is not None:  # the metric: readable, not greyed out, and not to be changed
                widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, self.read_only)
                widget.setFocusPolicy(Qt.FocusPolicy.NoFocus if self.read_only else Qt.FocusPolicy.StrongFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Clicking or tabbing into a row's field makes it the current row (for remove and move)."""
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress):
            for row in range(self.rowCount()):
                column = next((c for c in range(self.columnCount()) if self.cellWidget(row, c) is watched), None)
                if column is not None:
                    if row != self.currentRow():
                        self.setCurrentCell(row, column)
                    break
        return False


class LetterForm(QDialog):
    def __init__(self, db: Database, *, letter_id: str | None = None, year: int | None = None,
                 template_kind: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letter_form")
        self.db = db
        self.letter_id = letter_id
        self.year = year or date.today().year
        self.template_kind = template_kind
        self.read_only = False
        self.signed_on: str | None = None
        self.unit = ""
        data, metrics, opened = self.load()

        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.edits: dict[str, QLineEdit] = {}
        for name, limit in (("title", 200), ("doc_no", 60), ("party_a", 100), ("party_b", 100),
                            ("party_a_person", 50), ("party_b_person", 50)):
            edit = QLineEdit(str(getattr(data, name)))
            edit.setObjectName(name)
            edit.setMaxLength(limit)
            self.edits[name] = edit
        self.preamble = QPlainTextEdit(data.preamble)
        self.preamble.setObjectName("preamble")
        self.terms = QPlainTextEdit(data.terms)
        self.terms.setObjectName("terms")
        for text in (self.preamble, self.terms):
            text.setTabChangesFocus(True)
            text.setFixedHeight(text.fontMetrics().height() * 5 + 14)
        self.grid = TargetsGrid(metrics)
        self.grid.changed.connect(self.update_total)
        self.row_buttons: dict[str, QPushButton] = {}
        for key, slot in (("add_target", self.add_target), ("remove_target", self.grid.remove_current),
                          ("target_up", lambda: self.grid.move_current(-1)),
                          ("target_down", lambda: self.grid.move_current(1))):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, run=slot: run())
            self.row_buttons[key] = button
        self.total = QLabel()
        self.total.setObjectName("total_points")
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.setVisible(False)
        self.buttons = save_buttons(self)
        self._build_layout()
        self.retranslate()
        # the letter's (or template's) version when the form read it, its targets counted (letters.version)
        self.version_check = VersionCheck(self, summary=self.problem, labels=self.captions, value=self.changed_text)
        self.version_check.opened = opened
        self.grid.set_values([TargetValues(t.metric_id, "" if t.target is None else number_text(t.target), t.weight,
                                           t.task, t.responsible, str(t.deadline or "")) for t in data.targets])
        self.set_read_only(self.read_only)
        self.resize(1160, 860)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    @property
    def cancel_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    def load(self) -> tuple[LetterInput, list[MetricChoice], int]:
        """The letter (or the year's template), the metrics to choose from, and the version it was read at."""
        from qsupervise.services import letters

        if self.letter_id is not None:
            with self.db.read() as s:
                row = letters.letter(s, self.letter_id)
                data = letters.input_of(s, row)
                every = letters.metrics(s, include_deleted=True)
                opened = letters.version(s, row.id)
            self.year, self.read_only, self.signed_on, self.unit = row.year, row.locked, row.signed_on, row.party_b
        else:
            kind = self.template_kind or "township"
            with self.db.read() as s:
                found = letters.template(s, self.year, kind)
                kept = letters.input_of(s, found) if found is not None else None
                every = letters.metrics(s, include_deleted=True)
                opened = letters.version(s, found.id) if found is not None else 0
            if kept is None:  # the first edit of the year's template: made from the usual one
                with self.db.session() as s:
                    made = letters.template_or_default(s, self.year, kind, actor=ACTOR)
                    kept = letters.input_of(s, made)
                    every = letters.metrics(s, include_deleted=True)
                    s.flush()
                    opened = letters.version(s, made.id)
            data = kept
        metrics = [MetricChoice(m.id, m.name, m.unit, bool(m.source), m.deleted_at is not None) for m in every]
        return data, metrics, opened

    def changed_text(self, field: str, value: object) -> str | None:
        """How a change of the targets shows in the record_changed question (the others: as they are)."""
        return self.tr("{0} 项有改动").format(value) if field == "targets" else None

    def _build_layout(self) -> None:
        self.captions = {key: QLabel() for key in (*self.edits, "preamble", "targets", "terms")}
        top = QGridLayout()
        top.setHorizontalSpacing(10)
        top.setVerticalSpacing(6)
        places = {"title": (0, 0, 3), "doc_no": (1, 0, 1), "party_a": (2, 0, 1), "party_a_person": (2, 2, 1),
                  "party_b": (3, 0, 1), "party_b_person": (3, 2, 1)}
        for key, (row, column, span) in places.items():
            top.addWidget(self.captions[key], row, column)
            top.addWidget(self.edits[key], row, column + 1, 1, span)
        top.setColumnStretch(1, 3)
        top.setColumnStretch(3, 2)
        rows = QHBoxLayout()
        rows.setSpacing(6)
        rows.addWidget(self.captions["targets"])
        rows.addSpacing(12)
        for button in self.row_buttons.values():
            rows.addWidget(button)
        rows.addStretch(1)
        rows.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(top)
        layout.addWidget(self.captions["preamble"])
        layout.addWidget(self.preamble)
        layout.addLayout(rows)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.captions["terms"])
        layout.addWidget(self.terms)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        kinds = {"township": self.tr("乡镇"), "member_unit": self.tr("成员单位")}
        if self.letter_id is None:
            self.setWindowTitle(self.tr("编辑 {0} 年度{1}责任书模板").format(
                self.year, kinds.get(self.template_kind or "township", "")))
        else:
            self.setWindowTitle(self.tr("{0} 年度责任书 — {1}").format(self.year, self.unit))
        texts = {"title": self.tr("标题"), "doc_no": self.tr("文号"), "party_a": self.tr("甲方"),
                 "party_b": self.tr("乙方"), "party_a_person": self.tr("甲方负责人"),
                 "party_b_person": self.tr("乙方负责人"), "preamble": self.tr("正文（目标表之前，每段一行）"),
                 "targets": self.tr("目标任务"), "terms": self.tr("考核与奖惩等条款（目标表之后，每段一行）")}
        for key, text in texts.items():
            self.captions[key].setText(text)
        self.captions["targets"].setStyleSheet("font-weight: bold;")
        self.edits["doc_no"].setPlaceholderText(self.tr("可不填，如 ×政责〔2026〕1号"))
        self.edits["party_a_person"].setPlaceholderText(self.tr("如 县长 张三"))
        self.edits["party_b_person"].setPlaceholderText(self.tr("如 乡镇长 李四"))
        self.grid.set_headers([self.tr("指标"), self.tr("目标值"), self.tr("分值"), self.tr("工作任务"),
                               self.tr("责任人"), self.tr("完成时限")])
        for key, text in (("add_target", self.tr("添加目标")), ("remove_target", self.tr("删除目标")),
                          ("target_up", self.tr("上移")), ("target_down", self.tr("下移"))):
            self.row_buttons[key].setText(text)
        self.ok_button.setText(self.tr("保存"))
        self.cancel_button.setText(self.tr("关闭") if self.read_only else self.tr("取消"))
        if self.read_only:
            self.note.setText(self.tr("本责任书已于 {0} 签订并锁定，只能查看，不能修改。确需修改，请先在列表中点"
                                      "“解除锁定…”并写明理由。").format(self.signed_on or "—"))
            self.note.setStyleSheet(LOCKED_STYLE)
        elif self.letter_id is None:
            self.note.setText(self.tr("生成责任书时按此模板为每个单位各生成一份，文中的 {乙方} 替换为单位名称。"
                                      "已生成的责任书不受模板修改的影响。"))
            self.note.setStyleSheet(HINT_STYLE)
        else:
            self.note.setText(self.tr("只修改“{0}”这一份责任书；签订后锁定。").format(self.unit))
            self.note.setStyleSheet(HINT_STYLE)
        self.update_total()

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(read_only)
        for text in (self.preamble, self.terms):
            text.setReadOnly(read_only)
        self.grid.set_read_only(read_only)
        for button in self.row_buttons.values():
            button.setEnabled(not read_only)
        self.ok_button.setVisible(not read_only)
        self.ok_button.setEnabled(not read_only)

    # -- targets ---------------------------------------------------------------------------------

    def add_target(self) -> None:
        at = self.grid.currentRow() + 1 if self.grid.currentRow() >= 0 else None
        row = self.grid.add_row(at=at)
        self.grid.selectRow(row)
        self.grid.cellWidget(row, TargetsGrid.METRIC).setFocus()

    def update_total(self) -> None:
        self.total.setText(self.tr("共 {0} 项目标，合计 {1} 分").format(self.grid.rowCount(),
                                                                   number_text(self.grid.total())))

    # -- saving ----------------------------------------------------------------------------------

    def show_problem(self, text: str, row: int | None = None, focus: QWidget | None = None) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)
        if row is not None and 0 <= row < self.grid.rowCount():
            self.grid.selectRow(row)
            focus = focus or self.grid.cellWidget(row, TargetsGrid.TARGET)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> LetterInput | None:
        """What the form holds, or None after showing the first value that is not understood."""
        from qsupervise.services.letters import LetterInput, TargetInput
        from ui.dialogs.certification_form import typed_day

        targets = []
        for n, row in enumerate(self.grid.all_values()):
            text = row.target.replace("，", ".").replace("%", "").replace("％", "").strip()
            try:
                target = float(text) if text else None
            except ValueError:
                self.show_problem(self.tr("第 {0} 项目标的目标值“{1}”不是数字。").format(n + 1, row.target), n)
                return None
            deadline = typed_day(row.deadline) if row.deadline else ""
            try:
                date.fromisoformat(deadline) if deadline else None
            except ValueError:
                self.show_problem(self.tr("第 {0} 项目标的完成时限“{1}”无法识别，应为 YYYY-MM-DD，例如 {2}-12-31。")
                                  .format(n + 1, row.deadline, self.year), n,
                                  self.grid.cellWidget(n, TargetsGrid.DEADLINE))
                return None
            targets.append(TargetInput(row.metric_id, target, row.weight, row.task, row.responsible,
                                       deadline or None))
        e = {k: v.text() for k, v in self.edits.items()}
        return LetterInput(title=e["title"], party_a=e["party_a"], party_b=e["party_b"],
                           party_a_person=e["party_a_person"], party_b_person=e["party_b_person"],
                           doc_no=e["doc_no"], preamble=self.preamble.toPlainText(), terms=self.terms.toPlainText(),
                           targets=targets)

    def accept(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import letters

        if self.read_only:
            self.reject()
            return
        self.problem.setVisible(False)
        data = self.values()
        if data is None:
            return

        def write(opened: int | None) -> None:
            with self.db.session() as s:
                if self.letter_id is not None:
                    letters.save_letter(s, self.letter_id, data, actor=ACTOR, opened_version=opened)
                else:
                    letters.save_template(s, self.year, self.template_kind or "township", data, actor=ACTOR,
                                          opened_version=opened)

        try:
            if not self.version_check.save(write):
                return
        except KnownError as exc:
            n = exc.params.get("n")
            row = int(n) - 1 if n and n.isdigit() else None
            focus: QWidget | None = self.edits["title"] if exc.code == "letter_title" else None
            if exc.code == "letter_target_weight" and row is not None:
                focus = self.grid.cellWidget(row, TargetsGrid.WEIGHT)
            self.show_problem(exc.message(i18n.error_lang()), row, focus)
            return
        super().accept()
