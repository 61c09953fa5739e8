"""抽查记录: the samples of a plan (or of all plans), filtered by verdict, sampling state and follow-up, and
the editor of the one selected (Enter or double-click).

Filtering and sorting happen in SQL (``spotcheck_lists.find_checks``); a list is capped at a few thousand rows
and says so, since a county's whole history can reach 100k samples.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from ui import i18n, modal
from ui.list_focus import ListFocus
from ui.models.spotchecks import ChecksModel, label
from ui.pages.dashboard import dense_table
from ui.pages.spotcheck_widgets import EmptyHint
from ui.permissions import can_write
from ui.widgets_search import ChoiceCombo, SearchBox

if TYPE_CHECKING:
    from qsupervise.services.spotcheck_lists import CheckQuery, CheckRow
    from ui.pages.spotchecks import SpotChecksPage

HINT_STYLE = "color: #5f6b76;"
CHECK_WIDTHS = (250, 150, 72, 90, 170, 190, 130)
VERDICT_FILTERS = ("pass", "failing", "fail", "serious_fail", "none")
SAMPLING_STATES = ("pending", "sampled", "refused", "not_found")


class RecordsTab(ListFocus, QWidget):
    def __init__(self, page: SpotChecksPage) -> None:
        super().__init__()
        self.setObjectName("records_tab")
        self.page = page
        self.db = page.db
        self._filling = False
        self._keep: str | None = None
        self.capped_total = 0

        self.plan = ChoiceCombo("plan_filter")
        self.verdict = ChoiceCombo("verdict_filter")
        self.sampling = ChoiceCombo("sampling_filter")
        self.followup = ChoiceCombo("followup_filter")
        self.search = SearchBox()
        self.search.setObjectName("check_search")
        self.search.setMinimumWidth(180)
        self.search.search.connect(self.on_filters_changed)
        self.search.leave.connect(self.focus_table)
        for combo in (self.plan, self.verdict, self.sampling, self.followup):
            combo.currentIndexChanged.connect(self.on_filters_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("check_count")
        self.count_label.setStyleSheet(HINT_STYLE)
        self.open_button = QPushButton()
        self.open_button.setObjectName("btn_open_check")
        self.open_button.clicked.connect(self.open_selected)
        self.batch_button = QPushButton()
        self.batch_button.setObjectName("btn_batch_results")
        self.batch_button.clicked.connect(self.batch_results)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.search, 1)
        for combo in (self.plan, self.verdict, self.sampling, self.followup):
            bar.addWidget(combo)
        bar.addWidget(self.open_button)
        bar.addWidget(self.batch_button)
        bar.addSpacing(8)
        bar.addWidget(self.count_label)

        self.model = ChecksModel(self)
        self.view = dense_table("check_table")
        self.view.setModel(self.model)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        for column, width in enumerate(CHECK_WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(ChecksModel.UNIT, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self.open_selected)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.empty = EmptyHint(self.view, "checks_empty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.retranslate()

    # -- data ----------------------------------------------------------------------------------

    def query(self) -> CheckQuery:
        from qsupervise.services.spotcheck_lists import CheckQuery

        return CheckQuery(
            plan_id=self.plan.value(),
            verdict=self.verdict.value(),
            sampling=self.sampling.value(),
            followup=self.followup.value(),
            text=self.search.text(),
        )

    def refresh(self) -> None:
        self.fill_plans()
        self.run_query()

    def fill_plans(self) -> None:
        """The plan filter's choices (kept: the chosen plan, while it exists)."""
        if self.db.store is None:
            self.model.set_rows([])
            self.show_count(0)
            return
        from qsupervise.services import spotcheck_lists

        with self.db.read() as s:
            plans = spotcheck_lists.plan_choices(s)
        self._filling = True
        try:
            self.plan.set_choices(self.tr("全部计划"), [(i, f"{no}（{year}）") for i, no, year in plans])
        finally:
            self._filling = False

    def run_query(self) -> None:
        from datetime import date

        from qsupervise.services import spotcheck_lists

        if self.db.store is None:
            return
        keep = self._keep or self.current_id()
        self._keep = None
        today = date.today()
        with self.db.read() as s:
            found = spotcheck_lists.find_checks(s, self.query(), today)
        self.model.today = today
        self.model.set_rows(found.rows)
        self.show_count(found.total)
        position = next((n for n, r in enumerate(found.rows) if r.id == keep), None)
        if position is not None:
            index = self.model.index(position, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index)
        self.update_buttons()

    def on_filters_changed(self) -> None:
        if not self._filling:
            self.run_query()

    def follow_plan(self, plan_id: str | None) -> None:
        """The plan selected on 计划与抽取 becomes this list's plan (全部计划 stays a click away)."""
        if plan_id is not None and self.plan.findData(plan_id) < 0:
            return
        if plan_id == self.plan.value():
            return
        self._filling = True
        try:
            self.plan.set_value(plan_id)
        finally:
            self._filling = False
        if self.db.store is not None:
            self.run_query()

    def show_count(self, total: int) -> None:
        shown = self.model.rowCount()
        if total > shown:
            self.count_label.setText(self.tr("共 {0} 条，显示前 {1} 条").format(f"{total:,}", f"{shown:,}"))
            self.count_label.setToolTip(self.tr("请选择计划或用筛选条件缩小范围"))
        else:
            self.count_label.setText(self.tr("共 {0} 条").format(f"{total:,}"))
            self.count_label.setToolTip("")
        if self.db.store is None:
            text = self.tr("未打开数据库。")
        elif shown:
            text = ""
        elif self.plan.value() is None and not self.filtered():
            text = self.tr("还没有抽查记录。在“计划与抽取”中新建计划并做双随机抽取后，每个检查对象在这里有一条记录。")
        elif not self.filtered():
            text = self.tr("这个计划还没有抽查记录：先在“计划与抽取”中做双随机抽取。")
        else:
            text = self.tr("没有符合筛选条件的记录。")
        self.empty.show_text(text)

    def filtered(self) -> bool:
        return any((self.verdict.value(), self.sampling.value(), self.followup.value(), self.search.text().strip()))

    def current(self) -> CheckRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def current_id(self) -> str | None:
        row = self.current()
        return row.id if row is not None else None

    def update_buttons(self) -> None:
        self.open_button.setEnabled(self.current() is not None)
        results = can_write(self.db, "test_item")  # an inspector enters those of their own samples
        self.batch_button.setEnabled(results and self.db.store is not None and self.plan.value() is not None)

    # -- the editor ------------------------------------------------------------------------------

    def open_selected(self) -> None:
        row = self.current()
        if row is not None:
            self.open_check(row.id)

    def open_check(self, check_id: str) -> None:
        from ui.dialogs.spotcheck_editor import SpotCheckEditor

        if self.db.store is None:
            return
        from qsupervise.errors import KnownError

        self._keep = check_id
        try:
            editor = SpotCheckEditor(self.db, check_id, parent=self)
        except KnownError as exc:  # withdrawn by a redraw, or deleted on another station
            modal.warn(self, exc.message(i18n.error_lang()))
            self.run_query()
            return
        editor.saved.connect(self.keep)
        modal.exec_dialog(editor)
        editor.deleteLater()

    def batch_results(self) -> None:
        """A testing body's result list for the plan, entered or pasted at once."""
        from ui.dialogs.spotcheck_batch import BatchResultsDialog

        plan_id = self.plan.value()
        if plan_id is None or self.db.store is None:
            return
        dialog = BatchResultsDialog(self.db, plan_id, self.plan.currentText(), parent=self)
        if modal.exec_dialog(dialog):
            self.page.message.emit(self.tr("已保存 {0} 个样品的检验结果").format(dialog.changed))
            self.run_query()
        dialog.deleteLater()

    def keep(self, check_id: str) -> None:
        self._keep = check_id

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._filling = True
        try:
            if self.plan.count():
                self.plan.setItemText(0, self.tr("全部计划"))
            self.verdict.set_choices(
                self.tr("全部结论"),
                [
                    ("pass", label("verdict", "pass")),
                    ("failing", self.tr("不合格（含严重）")),
                    ("fail", label("verdict", "fail")),
                    ("serious_fail", label("verdict", "serious_fail")),
                    ("none", self.tr("尚无结论")),
                ],
            )
            self.sampling.set_choices(self.tr("全部抽样状态"), [(c, label("sampling", c)) for c in SAMPLING_STATES])
            self.followup.set_choices(
                self.tr("全部后处理"), [("open", self.tr("后处理待办")), ("overdue", self.tr("已逾期"))]
            )
        finally:
            self._filling = False
        self.search.setPlaceholderText(self.tr("单位、产品或信用代码"))
        self.search.setToolTip(self.tr("边输入边筛选（Ctrl+F）"))
        self.open_button.setText(self.tr("打开…"))
        self.open_button.setToolTip(self.tr("打开选中的记录（回车或双击）"))
        self.batch_button.setText(self.tr("批量录入结果…"))
        self.batch_button.setToolTip(self.tr("先选择一个计划：按检验机构的结果表一次录入或粘贴多个样品的报告编号、结论和不合格项目"))
        self.model.retranslate()
