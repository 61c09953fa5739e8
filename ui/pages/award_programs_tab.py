"""奖项计划: the award and brand programmes of a year, with how their applications stand; new from a template
(名牌产品, 政府质量奖, 著名商标, 地理标志产品, 工程质量奖), edit, withdraw, and each programme's results list."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget

from ui import i18n, modal
from ui.database import ACTOR
from ui.models.awards import ProgramRow, ProgramsModel, kind_label
from ui.pages.dashboard import dense_table
from ui.pages.spotcheck_widgets import EmptyHint
from ui.permissions import can_write
from ui.usage import record_use
from ui.widgets_search import ChoiceCombo

if TYPE_CHECKING:
    from ui.pages.awards import AwardsPage

HINT_STYLE = "color: #5f6b76;"
WIDTHS = (48, 250, 150, 56, 160, 170, 50, 60, 96, 90, 50)
TEMPLATE_ORDER = ("famous_brand", "quality_award", "trademark", "gi_product", "engineering", "other")


class ProgramsTab(QWidget):
    show_applications = Signal(str)  # a programme's id: the 申报 tab filtered to it

    def __init__(self, page: AwardsPage) -> None:
        super().__init__()
        self.setObjectName("award_programs_tab")
        self.page = page
        self.db = page.db
        self._filling = False
        self._keep: str | None = None

        self.year = ChoiceCombo("program_year")
        self.year.currentIndexChanged.connect(self.on_filters_changed)
        self.kind = ChoiceCombo("program_kind")
        self.kind.currentIndexChanged.connect(self.on_filters_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("program_count")
        self.count_label.setStyleSheet(HINT_STYLE)

        self.new_button = QToolButton()
        self.new_button.setObjectName("btn_new_program")
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.new_button.clicked.connect(lambda: self.new_program("famous_brand"))
        self.template_menu = QMenu(self.new_button)
        self.template_actions: dict[str, QAction] = {}
        for kind in TEMPLATE_ORDER:
            action = self.template_menu.addAction("")
            action.setObjectName(f"action_template_{kind}")
            action.triggered.connect(lambda _=False, k=kind: self.new_program(k))
            self.template_actions[kind] = action
        self.new_button.setMenu(self.template_menu)

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.year)
        bar.addWidget(self.kind)
        bar.addSpacing(12)
        bar.addWidget(self.new_button)
        for key, slot in (
            ("edit_program", self.edit_program),
            ("delete_program", self.delete_program),
            ("program_applications", self.open_applications),
            ("export_results", self.export_results),
        ):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.clicked.connect(lambda _=False, run=slot: run())
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)
        bar.addWidget(self.count_label)

        self.model = ProgramsModel(self)
        self.view = dense_table("program_table")
        self.view.setModel(self.model)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        for stretched in (ProgramsModel.NAME, ProgramsModel.ORGANISER):
            header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self.edit_program)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.empty = EmptyHint(self.view, "programs_empty")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.retranslate()
        self.update_buttons()

    # -- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        from qsupervise.services import awards

        if self.db.store is None:
            self.model.set_rows([])
            self.show_count()
            return
        keep = self._keep or self.current_id()
        self._keep = None
        with self.db.read() as s:
            every = awards.programs(s)
            apps = awards.applications(s)
        self.fill_years(sorted({p.year for p in every} | {date.today().year}, reverse=True))
        year, kind = self.year.value(), self.kind.value()
        counts: Counter[str] = Counter(a.program_id for a in apps)
        won: Counter[str] = Counter(a.program_id for a in apps if a.state == "awarded")
        busy: Counter[str] = Counter(a.program_id for a in apps if a.state not in ("awarded", "not_awarded",
                                                                                      "withdrawn"))
        rows = [
            ProgramRow(p.id, p.year, p.name, p.kind, p.level, p.organiser, p.opens_on, p.closes_on, p.max_winners,
                       p.validity_years, p.reward_fen, p.scored, counts[p.id], busy[p.id], won[p.id])
            for p in every
            if (year is None or p.year == int(year)) and (kind is None or p.kind == kind)
        ]
        self.model.set_rows(rows)
        self.show_count()
        position = next((n for n, r in enumerate(rows) if r.id == keep), None)
        if position is not None:
            index = self.model.index(position, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)
        self.update_buttons()

    def fill_years(self, years: list[int]) -> None:
        self._filling = True
        try:
            first = self.year.count() == 0
            self.year.set_choices(self.tr("全部年度"), [(str(y), self.tr("{0} 年度").format(y)) for y in years])
            if first:
                self.year.set_value(str(date.today().year))
        finally:
            self._filling = False

    def on_filters_changed(self) -> None:
        if not self._filling:
            self.refresh()

    def show_count(self) -> None:
        shown = self.model.rowCount()
        self.count_label.setText(self.tr("共 {0} 个项目").format(shown))
        if self.db.store is None:
            text = self.tr("未打开数据库。")
        elif shown:
            text = ""
        elif self.year.value() or self.kind.value():
            text = self.tr("这一年度还没有评奖项目。点“新建项目”（Ctrl+N），按模板建立名牌产品、政府质量奖等项目。")
        else:
            text = self.tr("还没有评奖项目。点“新建项目”（Ctrl+N），按模板建立名牌产品、政府质量奖等项目。")
        self.empty.show_text(text)

    def current(self) -> ProgramRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def current_id(self) -> str | None:
        row = self.current()
        return row.id if row is not None else None

    def update_buttons(self) -> None:
        have = self.db.store is not None
        row = self.current() if have else None
        write = can_write(self.db, "award_program")  # the programmes are the county's
        self.new_button.setEnabled(have and write)
        for key in ("edit_program", "delete_program", "program_applications", "export_results"):
            self.buttons[key].setEnabled(row is not None and (write or key not in ("edit_program", "delete_program")))

    # -- actions ---------------------------------------------------------------------------------

    def new_program(self, kind: str) -> None:
        from ui.dialogs.award_program_form import ProgramForm

        if self.db.store is None or not can_write(self.db, "award_program"):
            return
        year = self.year.value()
        form = ProgramForm(self.db, kind=kind, year=int(year) if year else date.today().year, parent=self)
        if modal.exec_dialog(form) and form.saved_id:
            self._keep = form.saved_id
            self.page.message.emit(self.tr("已新建项目“{0}”。").format(form.saved_name))
            self.refresh()
        form.deleteLater()

    def edit_program(self) -> None:
        from qsupervise.errors import KnownError
        from ui.dialogs.award_program_form import ProgramForm

        row = self.current()
        if row is None or not self.buttons["edit_program"].isEnabled():
            return
        try:
            form = ProgramForm(self.db, program_id=row.id, parent=self)
        except KnownError as exc:  # withdrawn on another station since the list was read
            modal.warn(self, exc.message(i18n.error_lang()))
            self.refresh()
            return
        if modal.exec_dialog(form) and form.saved_id:
            self._keep = form.saved_id
            self.page.message.emit(self.tr("已保存项目“{0}”。").format(form.saved_name))
        form.deleteLater()

    def delete_program(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import awards

        row = self.current()
        if row is None or not self.buttons["delete_program"].isEnabled():
            return
        question = self.tr("撤销项目“{0}”？撤销后不再列出，记录保留。已提交的申报须先处理完。").format(row.name)
        if not modal.confirm(self, question):
            return
        try:
            with self.db.session() as s:
                awards.set_program_deleted(s, row.id, deleted=True, actor=ACTOR)
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            return
        self.page.message.emit(self.tr("已撤销项目“{0}”。").format(row.name))

    def open_applications(self) -> None:
        row = self.current()
        if row is not None:
            self.show_applications.emit(row.id)

    def export_results(self) -> None:
        """The programme's results list (评审结果) as a workbook."""
        from ui.workers import run_task

        row = self.current()
        store = self.db.store
        if row is None or store is None:
            return
        safe = "".join(c for c in row.name if c not in '\\/:*?"<>|')[:40]
        path = self.page.ask_save_path(self.tr("导出评审结果"), self.tr("{0}-评审结果.xlsx").format(safe))
        if path is None:
            return

        def job(*, progress: Any, cancel: Any) -> int:
            from qsupervise.documents.award_export import export_program_results

            return export_program_results(store, path, program_id=row.id)

        def done(written: int) -> None:
            self.page.exported = path
            self.page.message.emit(self.tr("已导出“{0}”的评审结果（{1} 份申报）到 {2}").format(row.name, written, path))
            record_use(self, self.page.db, "export.award_results", path, {"program": row.name, "rows": written})

        self.page.exported = None
        self.page.task = run_task(self, job, label=self.tr("正在导出评审结果…"), on_success=done)

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.year.count():
            self.year.setItemText(0, self.tr("全部年度"))
        if self.db.store is not None:
            self.fill_choices()
        self.new_button.setText(self.tr("新建项目"))
        self.new_button.setToolTip(self.tr("按模板新建评奖项目（Ctrl+N）；点右侧箭头选择模板"))
        templates = {
            "famous_brand": self.tr("名牌产品（有效期 3 年）"),
            "quality_award": self.tr("政府质量奖（GB/T 19580 评分，5 年后可再申报）"),
            "trademark": self.tr("著名商标"),
            "gi_product": self.tr("地理标志产品"),
            "engineering": self.tr("工程质量奖"),
            "other": self.tr("其他荣誉（空白模板）"),
        }
        for kind, action in self.template_actions.items():
            action.setText(templates[kind])
        texts = {
            "edit_program": (self.tr("编辑…"), self.tr("编辑选中的项目（回车或双击）")),
            "delete_program": (self.tr("撤销项目"), self.tr("撤销选中的项目（记录保留）")),
            "program_applications": (self.tr("查看申报"), self.tr("在“申报”页列出这个项目的申报")),
            "export_results": (self.tr("导出评审结果…"), self.tr("把这个项目的评审结果名单导出为 Excel")),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        self.model.retranslate()

    def fill_choices(self) -> None:
        """The kinds' labels come from the core: filled once a database is open (start-up stays light)."""
        self._filling = True
        try:
            self.kind.set_choices(self.tr("全部类别"), [(k, kind_label(k)) for k in TEMPLATE_ORDER])
        finally:
            self._filling = False
