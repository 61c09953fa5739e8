"""计划与抽取: the plans of a year, a new plan, the 双随机 draw with its targets, verifying and publishing it.

The draw, its verification and the public list run through ``ui.workers.run_task`` (a 200k pool takes about a
second); each is one transaction, and the page refreshes from the database when it commits.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui import modal
from ui.database import ACTOR
from ui.models.spotchecks import ID_ROLE, PlansModel, TargetsModel
from ui.pages.dashboard import dense_table
from ui.pages.spotcheck_widgets import EmptyHint
from ui.permissions import allows, can_write
from ui.usage import record_use
from ui.widgets_search import ChoiceCombo

if TYPE_CHECKING:
    from qsupervise.services.spotcheck_lists import DrawInfo, PlanRow
    from ui.pages.spotchecks import SpotChecksPage
    from ui.workers import Task

FOLDER_KEY = "spotchecks/export_folder"
HINT_STYLE = "color: #5f6b76;"
PLAN_WIDTHS = (170, 56, 70, 160, 80, 70, 64, 70)
TARGET_WIDTHS = (48, 280, 170, 110, 150, 80)


class PlansTab(QWidget):
    plan_selected = Signal(object)  # the selected plan's id, or None
    open_records = Signal(str)  # Enter / double-click on a plan: show its samples

    def __init__(self, page: SpotChecksPage) -> None:
        super().__init__()
        self.setObjectName("plans_tab")
        self.page = page
        self.db = page.db
        self.draw_info: DrawInfo | None = None
        self.task: Task | None = None  # the last background job (tests wait on its ``done``)
        self.exported: Path | None = None
        self.verified: bool | None = None
        self._keep: str | None = None  # plan to select after the next refresh
        self._announced: str | None = None  # the plan last told to the records tab
        self._filling = False

        self.year = ChoiceCombo("year_filter")
        self.year.currentIndexChanged.connect(self.on_year_changed)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.year_caption = QLabel()
        bar.addWidget(self.year_caption)
        bar.addWidget(self.year)
        bar.addSpacing(12)
        for key, slot in (
            ("new_plan", self.new_plan),
            ("draw", self.run_draw),
            ("verify", self.verify_draw),
            ("export", self.export_draw),
            ("inspectors", self.manage_inspectors),
        ):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)
        self.inspector_note = QLabel()
        self.inspector_note.setObjectName("inspector_note")
        self.inspector_note.setStyleSheet(HINT_STYLE)
        bar.addWidget(self.inspector_note)

        self.model = PlansModel(self)
        self.view = dense_table("plan_table")
        self.view.setModel(self.model)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        for column, width in enumerate(PLAN_WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(PlansModel.CATEGORY, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self.on_selection)
        self.view.activated.connect(self.on_activated)
        self.empty = EmptyHint(self.view, "plans_empty")

        self.draw_title = QLabel()
        self.draw_title.setObjectName("draw_title")
        self.draw_title.setProperty("section", True)
        self.draw_summary = QLabel()
        self.draw_summary.setObjectName("draw_summary")
        self.draw_summary.setWordWrap(True)
        self.draw_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.draw_summary.setStyleSheet(HINT_STYLE)
        self.targets = TargetsModel(self)
        self.target_view = dense_table("target_table")
        self.target_view.setModel(self.targets)
        header = self.target_view.horizontalHeader()
        for column, width in enumerate(TARGET_WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(TargetsModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.target_view.activated.connect(self.on_target_activated)

        top = QWidget()
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        top_box.addWidget(self.view, 1)
        bottom = QWidget()
        bottom_box = QVBoxLayout(bottom)
        bottom_box.setContentsMargins(0, 6, 0, 0)
        bottom_box.setSpacing(4)
        bottom_box.addWidget(self.draw_title)
        bottom_box.addWidget(self.draw_summary)
        bottom_box.addWidget(self.target_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("plan_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.retranslate()
        self.update_buttons()

    # -- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.db.store is None:
            self.model.set_rows([])
            self.show_plan(None)
            self.update_empty(False)
            return
        from qsupervise.services import inspector_lists, spotcheck_lists

        keep = self._keep or self.current_id()
        self._keep = None
        with self.db.read() as s:
            years = spotcheck_lists.plan_years(s)
            self.fill_years(years)
            rows = spotcheck_lists.plan_rows(s, year=self.year_value())
            inspectors = len(inspector_lists.inspector_rows(s, include_inactive=False))
        self.inspector_note.setText(self.tr("在岗检查人员 {0} 名").format(inspectors))
        self.inspector_note.setStyleSheet("color: #c62828;" if inspectors < 2 else HINT_STYLE)
        self.model.set_rows(rows)
        self.update_empty(bool(years))
        position = next((n for n, r in enumerate(rows) if r.id == keep), 0 if rows else None)
        if position is not None:
            self.select_row(position)
        else:
            self.show_plan(None)

    def fill_years(self, years: list[int]) -> None:
        this_year = date.today().year
        shown = sorted({*years, this_year}, reverse=True)
        self._filling = True
        try:
            self.year.set_choices(self.tr("全部年度"), [(str(y), self.tr("{0} 年").format(y)) for y in shown])
        finally:
            self._filling = False

    def year_value(self) -> int | None:
        value = self.year.value()
        return int(value) if value else None

    def on_year_changed(self) -> None:
        if not self._filling:
            self.refresh()

    def update_empty(self, any_plans: bool) -> None:
        if self.db.store is None:
            text = self.tr("未打开数据库。")
        elif self.model.rowCount():
            text = ""
        elif any_plans:
            text = self.tr("这一年度还没有抽查计划。选“全部年度”查看其他年度，或点“新建计划”（Ctrl+N）。")
        else:
            text = self.tr(
                "还没有抽查计划。点“新建计划”（Ctrl+N）开始：填写计划编号、产品类别和抽取范围，再做双随机抽取。"
            )
        self.empty.show_text(text)

    def select_row(self, position: int) -> None:
        index = self.model.index(position, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        self.on_selection()

    def current(self) -> PlanRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def current_id(self) -> str | None:
        row = self.current()
        return row.id if row is not None else None

    def select_plan(self, plan_id: str) -> None:
        """Select this plan at the next refresh (after a save, before the commit's refresh)."""
        self._keep = plan_id

    def on_selection(self) -> None:
        plan = self.current()
        self.show_plan(plan)
        chosen = plan.id if plan else None
        if chosen != self._announced:  # a refresh that keeps the plan leaves the records tab's filter alone
            self._announced = chosen
            self.plan_selected.emit(chosen)

    def on_activated(self) -> None:
        plan = self.current()
        if plan is not None:
            self.open_records.emit(plan.id)

    def on_target_activated(self) -> None:
        rows = self.target_view.selectionModel().selectedRows()
        check_id = rows[0].data(ID_ROLE) if rows else None
        if check_id:
            self.page.records_tab.open_check(str(check_id))

    def show_plan(self, plan: PlanRow | None) -> None:
        """The lower half: the plan's current draw and its targets."""
        self.draw_info = None
        targets = []
        if plan is not None and self.db.store is not None:
            from qsupervise.services import spotcheck_lists  # not before a database is open: start-up stays light

            with self.db.read() as s:
                self.draw_info = spotcheck_lists.current_draw(s, plan.id)
                if self.draw_info is not None:
                    targets = spotcheck_lists.draw_targets(s, self.draw_info.id)
        self.targets.set_rows(targets)
        info = self.draw_info
        if plan is None:
            self.draw_title.setText(self.tr("抽取结果"))
            self.draw_summary.setText(self.tr("选中上表中的一个计划，这里显示它的抽取结果。"))
        elif plan.source == "import":
            self.draw_title.setText(self.tr("计划 {0}").format(plan.plan_no))
            self.draw_summary.setText(self.tr("此计划由导入的抽查结果公告建立，没有抽取记录。双击查看其抽查记录。"))
        elif info is None:
            self.draw_title.setText(self.tr("计划 {0}：尚未抽取").format(plan.plan_no))
            self.draw_summary.setText(self.tr("核对计划的抽取范围后，点“双随机抽取”。抽取前请确认检查人员名录已齐。"))
        else:
            self.draw_title.setText(
                self.tr("计划 {0}：第 {1} 次抽取，抽出 {2} 家").format(plan.plan_no, info.number, f"{info.targets:,}")
            )
            text = self.tr(
                "{0} 抽取 · 随机种子 {1} · 候选企业 {2} 家（6 个月内已抽查、不参加的 {3} 家）· 名单指纹 {4}…"
            ).format(info.drawn_on, info.seed, f"{info.pool_size:,}", f"{info.excluded:,}", info.pool_hash[:16])
            if info.reason:
                text += self.tr("\n重新抽取理由：{0}").format(info.reason)
            if info.targets < info.wanted:
                text += self.tr("\n有 {0} 家因可派检查人员不足两名（回避）而未抽到。").format(
                    info.wanted - info.targets
                )
            self.draw_summary.setText(text)
        self.update_buttons()

    def update_buttons(self) -> None:
        have_db = self.db.store is not None
        plan = self.current() if have_db else None
        # plans, inspectors and draws are the county's: a role that may not write them does not get the buttons
        self.buttons["new_plan"].setEnabled(have_db and can_write(self.db, "spot_check_plan"))
        self.buttons["inspectors"].setEnabled(have_db and can_write(self.db, "inspector"))
        drawer = can_write(self.db, "random_draw") and allows(self.db, "draw")
        self.buttons["draw"].setEnabled(drawer and plan is not None and plan.source != "import")
        self.buttons["draw"].setText(self.tr("重新抽取…") if self.draw_info is not None else self.tr("双随机抽取…"))
        for key in ("verify", "export"):
            self.buttons[key].setEnabled(self.draw_info is not None)

    # -- actions -------------------------------------------------------------------------------

    def new_plan(self) -> None:
        from ui.dialogs.spotcheck_plan import PlanDialog

        if self.db.store is None or not can_write(self.db, "spot_check_plan"):  # Ctrl+N of a role that may not plan
            return
        dialog = PlanDialog(self.db, parent=self)
        dialog.saved.connect(self.select_plan)
        if modal.exec_dialog(dialog):
            self.page.message.emit(self.tr("已新建抽查计划 {0}。").format(dialog.saved_no))
        dialog.deleteLater()

    def manage_inspectors(self) -> None:
        from ui.dialogs.spotcheck_inspectors import InspectorsDialog

        if self.db.store is None:
            return
        dialog = InspectorsDialog(self.db, parent=self)
        modal.exec_dialog(dialog)
        dialog.deleteLater()
        self.refresh()

    def run_draw(self) -> None:
        from ui.dialogs.spotcheck_draw import DrawDialog
        from ui.workers import run_task

        plan = self.current()
        store = self.db.store
        if plan is None or store is None or plan.source == "import" or not allows(self.db, "draw"):
            return
        dialog = DrawDialog(self.db, plan.id, plan.plan_no, parent=self)
        accepted = modal.exec_dialog(dialog)
        seed, reason, as_of = dialog.seed_text(), dialog.reason_text(), dialog.as_of
        dialog.deleteLater()
        if not accepted:
            return
        plan_id, plan_no = plan.id, plan.plan_no

        def job(*, progress: Any, cancel: Any) -> tuple[int, int, int]:
            import json

            from qsupervise.models import SpotCheckPlan
            from qsupervise.services import draws

            progress(-1.0, "")
            with store.session(actor=ACTOR) as s:
                found = s.get(SpotCheckPlan, plan_id)
                assert found is not None
                record = draws.run_draw(s, found, seed=seed, as_of=as_of, reason=reason, actor=ACTOR)
                return record.number, len(json.loads(record.result)), int(s.info.get("draw_skipped", 0))

        def done(result: tuple[int, int, int]) -> None:
            number, targets, skipped = result
            self.select_plan(plan_id)
            note = self.tr("计划 {0} 第 {1} 次抽取完成：抽出 {2} 家。").format(plan_no, number, targets)
            if skipped:
                note += self.tr("{0} 家因可派检查人员不足两名而顺延。").format(skipped)
            self.page.message.emit(note)
            self.db.notify_changed()  # the job wrote through the store itself

        self.task = run_task(self, job, label=self.tr("正在抽取…"), on_success=done, cancellable=False)

    def verify_draw(self) -> None:
        from ui.workers import run_task

        info, store, plan = self.draw_info, self.db.store, self.current()
        if info is None or store is None or plan is None:
            return
        draw_id = info.id

        def job(*, progress: Any, cancel: Any) -> bool:
            from qsupervise.models import RandomDraw
            from qsupervise.services import draws

            progress(-1.0, "")
            with store.read() as s:
                record = s.get(RandomDraw, draw_id)
                assert record is not None
                return draws.verify(record)

        def done(ok: bool) -> None:
            from qsupervise.messages import text
            from ui import i18n

            self.verified = ok
            message = text("draw_verified" if ok else "draw_not_verified", i18n.error_lang())
            (modal.inform if ok else modal.warn)(self, message)

        self.verified = None
        self.task = run_task(self, job, label=self.tr("正在核验…"), on_success=done, cancellable=False)

    def ask_export_path(self, suggested: str) -> Path | None:
        folder = str(QSettings().value(FOLDER_KEY, "") or "")
        start = str(Path(folder if folder and Path(folder).is_dir() else Path.home()) / suggested)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("导出公开名单"), start, self.tr("Excel 工作簿 (*.xlsx)"))
        if not name:
            return None
        QSettings().setValue(FOLDER_KEY, str(Path(name).parent))
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")

    def export_draw(self) -> None:
        from ui.workers import run_task

        info, store, plan = self.draw_info, self.db.store, self.current()
        if info is None or store is None or plan is None:
            return
        safe = "".join(c for c in plan.plan_no if c not in '\\/:*?"<>|')
        path = self.ask_export_path(self.tr("双随机抽取结果-{0}.xlsx").format(safe))
        if path is None:
            return
        draw_id = info.id

        def job(*, progress: Any, cancel: Any) -> Path:
            from qsupervise.documents.draw_export import export_draw

            progress(-1.0, "")
            return export_draw(store, draw_id, path)

        def done(written: Path) -> None:
            self.exported = written
            self.page.message.emit(self.tr("公开名单已写入 {0}").format(written))
            record_use(self, self.db, "export.draw", written, {"plan": plan.plan_no})

        self.exported = None
        self.task = run_task(self, job, label=self.tr("正在导出公开名单…"), on_success=done, cancellable=False)

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.year_caption.setText(self.tr("年度"))
        texts = {
            "new_plan": (self.tr("新建计划…"), self.tr("新建抽查计划（Ctrl+N）")),
            "draw": (self.tr("双随机抽取…"), self.tr("从计划的候选企业中随机抽取检查对象，并随机匹配两名检查人员")),
            "verify": (self.tr("核验"), self.tr("用记录的种子和名单重新计算，核对结果是否与记录一致")),
            "export": (self.tr("导出公开名单…"), self.tr("把抽取结果写成可公示的 Excel 名单（Ctrl+E）")),
            "inspectors": (self.tr("检查人员…"), self.tr("检查人员名录与回避登记")),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        if self.year.count():
            self.year.setItemText(0, self.tr("全部年度"))
        self.model.retranslate()
        self.targets.retranslate()
        self.show_plan(self.current() if self.db.store is not None else None)
