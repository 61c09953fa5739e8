"""设置 → 信用规则: the county's quality-credit rules (points, look-back years, on/off) edited in place, the grades
of the county by grade, and 全部重新计算, which grades every enterprise on a worker with progress and cancel.

A changed rule changes no grade by itself (the core's rule: grades move at the next recomputation), so the tab
says when the rules changed since the grades were last computed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ui import modal
from ui.database import ACTOR, Database
from ui.models.credit import CreditRulesModel, distribution
from ui.pages.dashboard import dense_table

if TYPE_CHECKING:
    from qsupervise.rules.credit import Rule
    from qsupervise.services.credit import Recomputed
    from ui.workers import Task

Index = QModelIndex | QPersistentModelIndex
HINT_STYLE = "color: #5f6b76;"
AMBER_STYLE = "color: #b26a00;"


@dataclass(frozen=True)
class Regraded:
    """What 全部重新计算 did: the core's answer, how many grade letters moved, and the county's grades after."""

    done: Recomputed
    grades_changed: int
    counts: dict[str, int]


class RuleDelegate(QStyledItemDelegate):
    """A spin box within the rule's limits for points, 0 … 10 years for the look-back."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        from qsupervise.rules.credit import MAX_WINDOW

        model = index.model()
        editor = QSpinBox(parent)
        editor.setObjectName("rule_editor")
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        rules = model if isinstance(model, CreditRulesModel) else None
        rule = rules.row_at(index) if rules is not None else None
        if index.column() == CreditRulesModel.YEARS:
            editor.setRange(0, MAX_WINDOW)
            editor.setSpecialValueText(self.tr("不限"))
        elif rule is not None and rules is not None:
            editor.setRange(*rules.limits(rule))
        return editor


class CreditRulesTab(QWidget):
    message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab_credit_rules")
        self.db = db
        self.task: Task | None = None
        self.regraded: Regraded | None = None
        self.rules_changed = False  # a rule was changed here since the grades were last recomputed here

        self.intro = QLabel()
        self.intro.setObjectName("credit_rules_intro")
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(HINT_STYLE)
        self.model = CreditRulesModel(self.edit_rule, self)
        self.model.refused.connect(self.on_refused, Qt.ConnectionType.QueuedConnection)
        self.view = dense_table("credit_rules")
        self.view.setModel(self.model)
        self.view.setItemDelegate(RuleDelegate(self.view))
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        self.view.setEditTriggers(self.view.EditTrigger.DoubleClicked | self.view.EditTrigger.EditKeyPressed
                                  | self.view.EditTrigger.AnyKeyPressed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((CreditRulesModel.RULE, 280), (CreditRulesModel.POINTS, 96),
                              (CreditRulesModel.YEARS, 96), (CreditRulesModel.ACTIVE, 80)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(CreditRulesModel.NOTE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.recompute_button = QPushButton()
        self.recompute_button.setObjectName("btn_recompute_all")
        self.recompute_button.clicked.connect(self.recompute_all)
        self.grades_label = QLabel()
        self.grades_label.setObjectName("credit_grades")
        self.grades_label.setTextFormat(Qt.TextFormat.RichText)
        self.grades_caption = QLabel()
        self.grades_caption.setObjectName("credit_grades_caption")
        self.grades_caption.setStyleSheet(HINT_STYLE)
        self.result = QLabel()
        self.result.setObjectName("credit_recompute_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        counts = QVBoxLayout()
        counts.setSpacing(0)
        counts.addWidget(self.grades_label)
        counts.addWidget(self.grades_caption)
        bar = QHBoxLayout()
        bar.setSpacing(12)
        bar.addWidget(self.recompute_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.addLayout(counts, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        layout.addWidget(self.result)
        self.retranslate()

    def today(self) -> date:
        """The day the grades are computed on (one place, so a test can move it)."""
        return date.today()

    # -- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.db.store is None:
            self.model.set_rows([])
            self.show_counts(None)
            self.update_buttons()
            return
        from qsupervise.services import credit, dashboard

        with self.db.read() as s:
            rules = credit.rules(s).all()
            figures = dashboard.credit_figures(s, self.today())
        self.model.update(rules)
        self.show_counts(figures.counts, figures.unrecorded, figures.default_grade)
        self.update_buttons()

    def show_counts(self, counts: dict[str, int] | None, unrecorded: int = 0, default: str = "A") -> None:
        if counts is None:
            self.grades_label.setText("")
            self.grades_caption.setText("")
            return
        self.grades_label.setText(self.tr("当前等级：{0}").format(distribution(counts)))
        caption = self.tr("共 {0} 家；其中 {1} 家没有扣分或加分记录，按规则默认等级（{2} 级）计入")
        self.grades_caption.setText(caption.format(f"{sum(counts.values()):,}", f"{unrecorded:,}", default))

    def update_buttons(self) -> None:
        running = self.task is not None and self.task.running
        self.recompute_button.setEnabled(self.db.store is not None and not running)
        if self.rules_changed:
            self.result.setText(self.tr("规则已修改：点“全部重新计算”后，各企业的等级才按新规则评定。"))
            self.result.setStyleSheet(AMBER_STYLE)

    def edit_rule(self, code: str, change: dict[str, Any]) -> list[Rule]:
        """One rule changed, in one transaction (the model calls this; a refusal raises the core's KnownError)."""
        from qsupervise.services import credit

        with self.db.session() as s:
            credit.set_rule(s, code, actor=ACTOR, **change)
            rules = credit.rules(s).all()
        self.rules_changed = True
        self.update_buttons()
        return rules

    def on_refused(self, text: str) -> None:
        modal.warn(self, text)

    # -- recomputing ---------------------------------------------------------------------------

    def recompute_all(self) -> None:
        from ui.workers import run_task

        store = self.db.store
        if store is None or (self.task is not None and self.task.running):
            return
        today = self.today()
        label = self.tr("正在按 {0} 的记录重新评定全部企业…").format(today.isoformat())

        def job(*, progress: Any, cancel: Any) -> Regraded:
            from qsupervise.rules.credit import Facts, grade
            from qsupervise.services import credit

            def report(fraction: float, counted: str) -> None:
                progress(fraction, f"{label}\n{counted}" if counted else label)

            with store.session(actor=ACTOR) as s:
                default = grade(Facts(as_of=today), credit.rules(s)).grade
                before = credit.newest_grades(s.connection())
                done = credit.recompute(s, today, actor=ACTOR, progress=report, cancel=cancel.is_set)
                after = credit.grades_of(s, list(done.changed))
                moved = sum(1 for eid in done.changed if before.get(eid, default) != after.get(eid, default))
                counts = credit.grade_counts(s)
            return Regraded(done, moved, counts)

        def finished(regraded: Regraded) -> None:
            self.regraded = regraded
            self.rules_changed = False
            done = regraded.done
            self.result.setStyleSheet("")
            self.result.setText(self.tr(
                "已按 {0} 的记录评定 {1} 家企业：{2} 家的等级或分数有变化，其中等级变化的 {3} 家。"
            ).format(done.as_of.isoformat(), f"{done.enterprises:,}", f"{done.written:,}",
                     f"{regraded.grades_changed:,}"))
            self.message.emit(self.result.text())
            self.db.notify_changed()

        self.task = run_task(self, job, label=label, on_success=finished, on_done=self.update_buttons)
        self.update_buttons()

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "每家企业从基础分起，按记录逐项加减分，得分达到哪一级的分数线即为该级；列入经营异常名录的最高 C 级，"
            "列入严重违法失信名单的一律 D 级。双击分值或统计年限修改，勾选“启用”开关规则。"
            "修改规则不会立即改变各企业的等级：点“全部重新计算”后才按新规则评定。"
        ))
        self.recompute_button.setText(self.tr("全部重新计算"))
        self.recompute_button.setToolTip(self.tr("按今天的记录和现行规则重新评定全县企业（只记录有变化的）"))
        self.model.retranslate()
        if self.db.store is not None and self.model.rowCount():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
