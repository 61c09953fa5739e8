"""申报: the applications of a programme year, filtered by programme, state and township and searched by enterprise,
credit code or product; a new application, the application editor, and its printed summary."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from ui import i18n, modal
from ui.list_focus import ListFocus
from ui.models.awards import ApplicationsModel, state_label
from ui.pages.dashboard import dense_table
from ui.pages.spotcheck_widgets import EmptyHint
from ui.permissions import can_write
from ui.widgets_search import ChoiceCombo, SearchBox

if TYPE_CHECKING:
    from qsupervise.services.awards import ApplicationRow
    from ui.pages.awards import AwardsPage

HINT_STYLE = "color: #5f6b76;"
WIDTHS = (240, 80, 230, 56, 130, 72, 86, 86, 86)
STATE_ORDER = ("draft", "submitted", "eligibility_review", "document_review", "site_review", "publicity", "awarded",
               "not_awarded", "withdrawn")


class ApplicationsTab(ListFocus, QWidget):
    def __init__(self, page: AwardsPage) -> None:
        super().__init__()
        self.setObjectName("award_applications_tab")
        self.page = page
        self.db = page.db
        self._filling = False
        self._keep: str | None = None
        self.every: list[ApplicationRow] = []

        self.search = SearchBox()
        self.search.setObjectName("application_search")
        self.search.setMinimumWidth(180)
        self.search.search.connect(self.on_filters_changed)
        self.search.leave.connect(self.focus_table)
        self.year = ChoiceCombo("application_year")
        self.program = ChoiceCombo("application_program")
        self.program.setMaximumWidth(280)
        self.state = ChoiceCombo("application_state")
        self.township = ChoiceCombo("application_township")
        self.year.currentIndexChanged.connect(self.on_year_changed)
        for combo in (self.program, self.state, self.township):
            combo.currentIndexChanged.connect(self.on_filters_changed)
        filter_bar = QHBoxLayout()
        filter_bar.setSpacing(6)
        filter_bar.addWidget(self.search, 1)
        for combo in (self.year, self.program, self.state, self.township):
            filter_bar.addWidget(combo)

        self.count_label = QLabel()
        self.count_label.setObjectName("application_count")
        self.count_label.setStyleSheet(HINT_STYLE)
        self.buttons: dict[str, QPushButton] = {}
        action_bar = QHBoxLayout()
        action_bar.setSpacing(6)
        for key, slot in (
            ("new_application", self.new_application),
            ("open_application", self.open_application),
            ("print_summary", self.print_summary),
        ):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.clicked.connect(lambda _=False, run=slot: run())
            action_bar.addWidget(button)
            self.buttons[key] = button
        action_bar.addStretch(1)
        action_bar.addWidget(self.count_label)

        self.model = ApplicationsModel(self)
        self.view = dense_table("application_table")
        self.view.setModel(self.model)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(ApplicationsModel.PROGRAM, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self.open_application)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.empty = EmptyHint(self.view, "applications_empty")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(filter_bar)
        layout.addLayout(action_bar)
        layout.addWidget(self.view, 1)
        self.retranslate()
        self.update_buttons()

    # -- choices ---------------------------------------------------------------------------------

    def fill_choices(self) -> None:
        self._filling = True
        try:
            self.state.set_choices(self.tr("全部状态"), [(s, state_label(s)) for s in STATE_ORDER])
        finally:
            self._filling = False

    def fill_townships(self, townships: list[tuple[str, str]]) -> None:
        self._filling = True
        try:
            self.township.set_choices(self.tr("全部乡镇"), townships)
        finally:
            self._filling = False
        self.model.townships = dict(townships)

    def fill_programs(self) -> None:
        """The years that have programmes, and the programmes of the year chosen."""
        from qsupervise.services import awards

        with self.db.read() as s:
            every = awards.programs(s)
        self._filling = True
        try:
            first = self.year.count() == 0
            years = sorted({p.year for p in every} | {date.today().year}, reverse=True)
            self.year.set_choices(self.tr("全部年度"), [(str(y), self.tr("{0} 年度").format(y)) for y in years])
            if first:
                self.year.set_value(str(date.today().year))
            year = self.year.value()
            mine = [p for p in every if year is None or p.year == int(year)]
            self.program.set_choices(self.tr("全部项目"), [(p.id, f"{p.year} {p.name}") for p in mine])
        finally:
            self._filling = False

    # -- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.db.store is None:
            self.every = []
            self.model.set_rows([])
            self.show_count(0)
            return
        self.fill_programs()
        self.run_query()

    def run_query(self) -> None:
        from qsupervise.services import awards

        keep = self._keep or self.current_id()
        self._keep = None
        year = self.year.value()
        with self.db.read() as s:
            found = awards.applications(s, program_id=self.program.value(), state=self.state.value(),
                                        year=int(year) if year else None)
        township = self.township.value()
        typed = self.search.text().strip().lower()
        rows = [
            r for r in found
            if (township is None or r.township_id == township)
            and (not typed or any(typed in v.lower() for v in (r.enterprise, r.uscc, r.product_name)))
        ]
        self.model.set_rows(rows)
        self.show_count(len(found))
        position = next((n for n, r in enumerate(rows) if r.id == keep), None)
        if position is not None:
            index = self.model.index(position, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index)
        self.update_buttons()

    def on_year_changed(self) -> None:
        if self._filling:
            return
        self.fill_programs()
        self.run_query()

    def on_filters_changed(self) -> None:
        if not self._filling:
            self.run_query()

    def show_program(self, program_id: str) -> None:
        """The applications of one programme (from 奖项计划)."""
        self.fill_programs()
        self._filling = True
        try:
            self.search.clear()
            self.search.flush()
            if self.program.findData(program_id) < 0:
                self.year.set_value(None)
                self._filling = False
                self.fill_programs()
                self._filling = True
            self.program.set_value(program_id)
            self.state.set_value(None)
            self.township.set_value(None)
        finally:
            self._filling = False
        self.run_query()

    def show_count(self, total: int) -> None:
        shown = self.model.rowCount()
        if shown < total:
            self.count_label.setText(self.tr("共 {0} 份，筛选后 {1} 份").format(total, shown))
        else:
            self.count_label.setText(self.tr("共 {0} 份").format(shown))
        if self.db.store is None:
            text = self.tr("未打开数据库。")
        elif shown:
            text = ""
        elif total or self.search.text().strip() or self.program.value() or self.state.value():
            text = self.tr("没有符合筛选条件的申报。")
        else:
            text = self.tr("这一年度还没有申报。点“新建申报”（Ctrl+N），为企业建立申报草稿并整理申报材料。")
        self.empty.show_text(text)

    def current(self) -> ApplicationRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def current_id(self) -> str | None:
        row = self.current()
        return row.id if row is not None else None

    def update_buttons(self) -> None:
        have = self.db.store is not None
        row = self.current() if have else None
        self.buttons["new_application"].setEnabled(have and can_write(self.db, "award_application"))
        self.buttons["open_application"].setEnabled(row is not None)
        self.buttons["print_summary"].setEnabled(row is not None)

    # -- actions ---------------------------------------------------------------------------------

    def new_application(self) -> None:
        from ui.dialogs.award_application_new import NewApplicationDialog

        if self.db.store is None or not can_write(self.db, "award_application"):
            return
        dialog = NewApplicationDialog(self.db, program_id=self.program.value(), parent=self)
        created = modal.exec_dialog(dialog) and dialog.created_id is not None
        dialog.deleteLater()
        if created and dialog.created_id is not None:
            self._keep = dialog.created_id
            self.page.message.emit(self.tr("已建立申报草稿：{0}。").format(dialog.created_label))
            self.run_query()
            self.open_editor(dialog.created_id)

    def open_application(self) -> None:
        row = self.current()
        if row is not None:
            self.open_editor(row.id)

    def open_editor(self, application_id: str) -> None:
        from qsupervise.errors import KnownError
        from ui.dialogs.award_editor import ApplicationEditor

        if self.db.store is None:
            return
        try:
            editor = ApplicationEditor(self.db, application_id, parent=self)
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            self.run_query()
            return
        self._keep = application_id
        modal.exec_dialog(editor)
        editor.deleteLater()

    def print_summary(self) -> None:
        """The application summary (申报概要) as a PDF, opened once written."""
        from ui.dialogs.award_editor import write_summary

        row = self.current()
        if row is None or self.db.store is None:
            return
        safe = "".join(c for c in row.enterprise if c not in '\\/:*?"<>|')[:40]
        path = self.page.ask_save_path(self.tr("保存申报概要"), self.tr("申报概要-{0}.pdf").format(safe), "pdf")
        if path is None:
            return

        def done(written: Path) -> None:
            self.page.exported = written
            self.page.message.emit(self.tr("已生成申报概要 {0}").format(written))

        self.page.exported = None
        self.page.task = write_summary(self, self.db, row.id, path, done)

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.db.store is not None:
            self.fill_choices()
        for combo, text in ((self.year, self.tr("全部年度")), (self.program, self.tr("全部项目")),
                            (self.township, self.tr("全部乡镇"))):
            if combo.count():
                combo.setItemText(0, text)
        self.search.setPlaceholderText(self.tr("企业名称、信用代码或产品"))
        self.search.setToolTip(self.tr("边输入边筛选（Ctrl+F）"))
        texts = {
            "new_application": (self.tr("新建申报…"), self.tr("为企业建立申报草稿（Ctrl+N）")),
            "open_application": (self.tr("打开…"),
                                 self.tr("打开选中的申报：流程、资格预审、申报材料、评分（回车或双击）")),
            "print_summary": (self.tr("打印申报摘要…"), self.tr("生成选中申报的申报概要 PDF（Ctrl+P）")),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        self.model.retranslate()
