"""考核: the year's assessment of the letters — the units with their stage (编制中 → 已自评 → 已核查 → 已通报),
self-assessed and verified totals and rank; the chosen unit's targets with the value the data gives as of the
cut-off day, the unit's own and the county's verified value side by side, comments and evidence.

The scores are computed on a worker (every computable metric over the whole county), so a big database keeps
the window responsive; every change is one service call in one transaction, after which the window refreshes
the page. The core is imported inside the methods only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.models.assessment import TargetsModel, UnitsModel, kind_label, number, stage_label
from ui.pages.assessment_actions import AssessmentActions
from ui.pages.dashboard import dense_table
from ui.pages.spotcheck_widgets import EmptyHint
from ui.permissions import allows, can_write, is_admin

if TYPE_CHECKING:
    from qsupervise.services.assessment import LetterScore, TargetScore
    from ui.pages.letters import LettersPage
    from ui.workers import Task

HINT_STYLE = "color: #5f6b76;"
KINDS = ("township", "member_unit")
UNIT_WIDTHS = (56, 200, 80, 90, 90, 56)
TARGET_WIDTHS = (260, 64, 48, 124, 72, 66, 72, 66, 120, 40)
LETTER_ACTIONS = ("submit_self", "verify", "reopen", "publish")
TARGET_ACTIONS = ("enter_self", "enter_verified", "drill")


class AssessmentTab(QWidget):
    def __init__(self, page: LettersPage) -> None:
        super().__init__()
        self.setObjectName("assessment_tab")
        self.page = page
        self.db = page.db
        self.scores: list[LetterScore] = []  # every letter of the year loaded, both kinds
        self.year_loaded: int | None = None
        self.task: Task | None = None  # the last load or export (tests wait on it)
        self.busy = False
        self.generation = 0  # of the load asked for; older answers are dropped
        self.exported: Path | None = None
        self.keep_ids: tuple[str | None, str | None] = (None, None)  # letter, target to select after a reload
        self.actions_ = AssessmentActions(self)
        act = self.actions_

        self.kind_label = QLabel()
        self.kind = QComboBox()
        self.kind.setObjectName("assessment_kind")
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.currentIndexChanged.connect(self.show_units)
        self.cutoff_label = QLabel()
        self.cutoff = QDateEdit()
        self.cutoff.setObjectName("assessment_cutoff")
        self.cutoff.setCalendarPopup(True)
        self.cutoff.setDisplayFormat("yyyy-MM-dd")
        self.buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.kind_label)
        top.addWidget(self.kind)
        top.addSpacing(12)
        top.addWidget(self.cutoff_label)
        top.addWidget(self.cutoff)
        top.addWidget(self.button("set_cutoff", act.set_cutoff))
        top.addSpacing(12)
        self.summary = QLabel()
        self.summary.setObjectName("assessment_summary")
        self.summary.setStyleSheet(HINT_STYLE)
        top.addWidget(self.summary, 1)
        top.addWidget(self.button("export_assessment", act.export_table))
        top.addWidget(self.button("assessment_report", act.export_report))

        self.units = UnitsModel(self)
        self.unit_view = dense_table("assessment_units")
        self.unit_view.setModel(self.units)
        self.unit_view.setSelectionMode(self.unit_view.SelectionMode.SingleSelection)
        self.unit_view.selectionModel().currentRowChanged.connect(self.on_unit_chosen)
        self.unit_view.doubleClicked.connect(lambda _index: act.enter_value())
        self.empty = EmptyHint(self.unit_view, "assessment_empty")
        self.targets = TargetsModel(self)
        self.target_view = dense_table("assessment_targets")
        self.target_view.setModel(self.targets)
        self.target_view.setSelectionMode(self.target_view.SelectionMode.SingleSelection)
        self.target_view.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())
        self.target_view.doubleClicked.connect(act.on_target_double_clicked)
        for view, widths, stretched in ((self.unit_view, UNIT_WIDTHS, UnitsModel.UNIT),
                                        (self.target_view, TARGET_WIDTHS, TargetsModel.COMMENT)):
            header = view.horizontalHeader()
            header.setHighlightSections(False)
            header.setMinimumSectionSize(30)
            for column, width in enumerate(widths):
                header.resizeSection(column, width)
            header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
        self.target_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.unit_title = QLabel()
        self.unit_title.setProperty("section", True)
        self.target_title = QLabel()
        self.target_title.setObjectName("assessment_target_title")
        self.target_title.setProperty("section", True)
        self.target_note = QLabel()
        self.target_note.setObjectName("assessment_note")
        self.target_note.setStyleSheet(HINT_STYLE)
        self.target_note.setWordWrap(True)

        letter_bar = QHBoxLayout()
        letter_bar.setSpacing(6)
        letter_bar.addWidget(self.unit_title)
        letter_bar.addStretch(1)
        for key, slot in zip(LETTER_ACTIONS, (act.submit_self, act.verify, act.reopen, act.publish), strict=True):
            letter_bar.addWidget(self.button(key, slot))
        target_bar = QHBoxLayout()
        target_bar.setSpacing(6)
        target_bar.addWidget(self.target_title)
        target_bar.addSpacing(8)
        target_bar.addWidget(self.target_note, 1)
        for key, slot in zip(TARGET_ACTIONS, (lambda: act.enter_value("self"), lambda: act.enter_value("verified"),
                                              act.show_drill), strict=True):
            target_bar.addWidget(self.button(key, slot))
        # the units above, the chosen unit's targets below: both tables get the page's width
        upper, lower = QWidget(), QWidget()
        for part, bar, view in ((upper, letter_bar, self.unit_view), (lower, target_bar, self.target_view)):
            box = QVBoxLayout(part)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(4)
            box.addLayout(bar)
            box.addWidget(view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("assessment_split")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        rows = self.target_view.verticalHeader().defaultSectionSize()
        self.splitter.setSizes([rows * 8, rows * 14])  # a letter has about a dozen targets: all in sight

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.retranslate()
        self.update_buttons()

    def button(self, key: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(f"btn_{key}")
        button.clicked.connect(lambda _=False, run=slot: run())
        self.buttons[key] = button
        return button

    def today(self) -> date:
        """The day entries and stages are dated (one place, so a test can move it)."""
        return date.today()

    # -- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute the year's scores on a worker; the tables fill in when it is done."""
        from ui.workers import run_task

        self.generation += 1
        store = self.db.store
        if store is None:
            self.scores, self.year_loaded, self.busy = [], None, False
            self.show_units()
            return
        generation, year, today = self.generation, self.page.year(), self.today()
        if self.year_loaded != year:
            self.scores = []
            self.show_units()

        def job(*, progress: Any, cancel: Any) -> list[LetterScore]:
            from qsupervise.services import assessment

            with store.read() as s:
                return assessment.sheet(s, year, today=today)

        self.busy = True
        self.summary.setText(self.tr("正在计算 {0} 年的考核得分…").format(year))
        self.task = run_task(self, job, label=self.tr("正在计算 {0} 年的考核得分…").format(year),
                             on_success=lambda scores: self.on_loaded(generation, year, scores),
                             on_done=lambda: self.on_load_done(generation), cancellable=False,
                             min_duration_ms=1500)  # a refresh after each change: no flash of a dialog

    def on_loaded(self, generation: int, year: int, scores: list[LetterScore]) -> None:
        if generation != self.generation:
            return
        self.scores, self.year_loaded = scores, year
        self.show_units()

    def on_load_done(self, generation: int) -> None:
        if generation == self.generation:
            self.busy = False
            self.show_summary()

    def kind_shown(self) -> str:
        return str(self.kind.currentData() or KINDS[0])

    def shown(self) -> list[LetterScore]:
        kind = self.kind_shown()
        return [s for s in self.scores if s.kind == kind]

    def show_units(self) -> None:
        keep_letter, keep_target = self.keep_ids
        if self.scores:  # asked for before the scores arrived: kept until they do
            self.keep_ids = (None, None)
        current = self.current()
        keep_letter = keep_letter or (current.letter_id if current else None)
        if keep_target is None and current is not None and current.letter_id == keep_letter:
            target = self.current_target()
            keep_target = target.target_id if target else None
        year = self.page.year()
        self.cutoff.setDateRange(QDate(year, 1, 1), QDate(year, 12, 31))
        day = self.scores[0].cutoff if self.scores else min(max(self.today(), date(year, 1, 1)), date(year, 12, 31))
        self.cutoff.setDate(QDate(day.year, day.month, day.day))
        rows = self.shown()
        self.units.set_rows(rows)
        position = self.units.position_of(keep_letter)
        if rows:
            self.select(self.unit_view, 0 if position is None else position)
        self.show_targets(keep_target)
        self.show_summary()

    def show_summary(self) -> None:
        rows = self.shown()
        year = self.page.year()
        if self.db.store is None:
            hint = self.tr("未打开数据库。")
        elif rows or self.busy:
            hint = ""
        elif self.scores:
            hint = self.tr("{0} 年没有{1}的责任书。").format(year, kind_label(self.kind_shown()))
        else:
            hint = self.tr("{0} 年还没有责任书。请先在“责任书”页按模板为各乡镇和成员单位生成责任书，"
                           "签订后在这里填写自评、核查和通报。").format(year)
        self.empty.show_text(hint)
        if self.busy:
            return
        counts = {stage: sum(1 for r in rows if r.stage == stage) for stage in
                  ("open", "self_assessed", "verified", "published")}
        self.summary.setText(" · ".join(f"{stage_label(k)} {v}" for k, v in counts.items() if v))
        self.update_buttons()

    def select(self, view: Any, row: int) -> None:
        index = view.model().index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        view.selectionModel().setCurrentIndex(index, flags)
        view.scrollTo(index)

    def on_unit_chosen(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_targets(None)

    def show_targets(self, keep_target: str | None) -> None:
        score = self.current()
        self.targets.set_rows(score.targets if score else [])
        if score is None:
            self.target_title.setText(self.tr("指标"))
            self.target_note.setText("")
        else:
            full = sum(t.weight for t in score.targets)
            self.target_title.setText(self.tr("{0} · {1} · 自评 {2} 分 · 核查 {3} 分（满分 {4}）").format(
                score.unit, stage_label(score.stage), number(score.self_total), number(score.verified_total),
                number(full)))
            self.target_note.setText(self.tr("数据值截至 {0}").format(score.cutoff.isoformat()))
            position = next((n for n, t in enumerate(score.targets) if t.target_id == keep_target), None)
            if position is not None:
                self.select(self.target_view, position)
        self.update_buttons()

    def current(self) -> LetterScore | None:
        return self.units.row_at(self.unit_view.currentIndex())

    def current_target(self) -> TargetScore | None:
        return self.targets.row_at(self.target_view.currentIndex())

    def update_buttons(self) -> None:
        have = self.db.store is not None
        score = self.current() if have else None
        target = self.current_target() if score else None
        stage = score.stage if score else None
        county = have and is_admin(self.db)  # verifying, sending back, publishing and the cut-off day
        own = score is not None and self.may_self_assess(score)
        enabled = {
            "set_cutoff": county and any(r.stage != "published" for r in self.scores),
            "export_assessment": have and bool(self.scores),
            "assessment_report": have and bool(self.scores),
            "submit_self": own and stage == "open",
            "verify": county and stage in ("open", "self_assessed"),
            "reopen": county and stage in ("self_assessed", "verified", "published"),
            "publish": county and allows(self.db, "assessment.publish")
            and any(r.stage != "published" for r in self.shown()),
            "enter_self": own and target is not None and stage == "open",
            "enter_verified": county and target is not None and stage in ("open", "self_assessed", "verified"),
            "drill": target is not None and target.computed is not None,
        }
        for key, on in enabled.items():
            self.buttons[key].setEnabled(on)

    def may_self_assess(self, score: LetterScore) -> bool:
        """The county administrator, and the township clerk of the letter's own township (自评)."""
        who = self.db.principal
        if who is None or is_admin(self.db):
            return True
        return can_write(self.db, "target_result") and who.org_unit_id is not None and who.org_unit_id == score.unit_id

    # -- language ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.kind_label.setText(self.tr("对象"))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, kind_label(str(self.kind.itemData(i))))
        self.cutoff_label.setText(self.tr("截止日"))
        self.cutoff.setToolTip(self.tr("数据值统计到这一天（含）"))
        self.unit_title.setText(self.tr("考核单位"))
        texts = {
            "set_cutoff": (self.tr("设置截止日"), self.tr("把本年度全部责任书的考核截止日设为所选日期")),
            "export_assessment": (self.tr("导出考核表…"), self.tr("把本年度考核表导出为 Excel 工作簿")),
            "assessment_report": (self.tr("考核报告…"), self.tr("生成带排名图的考核报告（PDF）")),
            "submit_self": (self.tr("提交自评"), self.tr("冻结所选单位的自评值")),
            "verify": (self.tr("核查确认"), self.tr("每项指标都有核查值后，冻结所选单位的核查结果")),
            "reopen": (self.tr("退回…"), self.tr("把所选单位的责任书退回上一阶段（须写明理由）")),
            "publish": (self.tr("通报"), self.tr("全部单位核查确认后，通报本类单位的考核结果和名次")),
            "enter_self": (self.tr("填写自评值…"), self.tr("填写所选指标的自评值、说明和佐证材料")),
            "enter_verified": (self.tr("填写核查值…"), self.tr("填写所选指标的核查值、说明和佐证材料")),
            "drill": (self.tr("明细…"), self.tr("列出数据值背后的抽查、证书、称号或器具记录")),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        self.units.retranslate()
        self.targets.retranslate()
        target = self.current_target()
        self.show_targets(target.target_id if target else None)
        self.show_summary()
