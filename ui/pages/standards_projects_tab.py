"""标准化 → 农业标准化: demonstration projects and bases (农业标准化示范项目/基地) with their townships, lead, area,
farms covered and applying (推广实施率) and the certificates of the base; below, the implementation rate per
township and for the county."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ui import i18n, modal
from ui.database import ACTOR
from ui.models.standards import ImplementationModel, ProjectsModel, project_status_label, rate_text
from ui.pages.dashboard import dense_table
from ui.pages.spotcheck_widgets import EmptyHint
from ui.permissions import can_write
from ui.widgets_search import ChoiceCombo

if TYPE_CHECKING:
    from qsupervise.services.standards_projects import Implementation, ProjectRow
    from ui.pages.standards import StandardsPage

HINT_STYLE = "color: #5f6b76;"


class ProjectsTab(QWidget):
    def __init__(self, page: StandardsPage) -> None:
        super().__init__()
        self.setObjectName("standards_projects_tab")
        self.page = page
        self.db = page.db
        self._filling = False
        self._keep: str | None = None
        self.county: Implementation | None = None

        self.township = ChoiceCombo("project_township")
        self.status = ChoiceCombo("project_status")
        for combo in (self.township, self.status):
            combo.currentIndexChanged.connect(self.on_filters_changed)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.township)
        bar.addWidget(self.status)
        bar.addStretch(1)
        for key, slot in (("new_project", self.new_project), ("edit_project", self.edit_project),
                          ("delete_project", self.delete_project), ("project_certs", self.link_certificates)):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.clicked.connect(lambda _=False, run=slot: run())
            bar.addWidget(button)
            self.buttons[key] = button

        self.model = ProjectsModel(self)
        self.view = dense_table("projects_table")
        self.view.setModel(self.model)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProjectsModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ProjectsModel.TOWNSHIPS, 110), (ProjectsModel.LEAD, 170)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.view.doubleClicked.connect(lambda _index: self.edit_project())
        self.empty = EmptyHint(self.view, "projects_empty")

        self.rates = ImplementationModel(self)
        self.rates_view = dense_table("implementation_table")
        self.rates_view.setModel(self.rates)
        rates_header = self.rates_view.horizontalHeader()
        rates_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rates_title = QLabel()
        self.rates_title.setProperty("section", True)
        self.county_label = QLabel()
        self.county_label.setObjectName("county_implementation")
        self.county_label.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)
        lower = QWidget()
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 4, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.rates_title)
        title_row.addStretch(1)
        title_row.addWidget(self.county_label)
        lower_box.addLayout(title_row)
        lower_box.addWidget(self.rates_view, 1)
        lower_box.addWidget(self.note)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.view)
        split.addWidget(lower)
        split.setSizes([360, 260])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.retranslate()
        self.update_buttons()

    def fill_choices(self) -> None:
        self._filling = True
        try:
            self.township.set_choices(self.tr("全部乡镇"), self.page.townships)
            self.status.set_choices(self.tr("全部状态"), [(c, project_status_label(c))
                                                        for c in ("approved", "underway", "accepted", "cancelled")])
        finally:
            self._filling = False

    # -- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.db.store is None:
            self.model.set_rows([])
            self.rates.set_rows([])
            self.county = None
            self.show_county()
            return
        from qsupervise.services import standards_projects as projects

        keep = self._keep or self.current_id()
        self._keep = None
        with self.db.read() as s:
            rows = projects.projects(s, township_id=self.township.value(), status=self.status.value())
            rates = projects.implementation_rates(s)
        self.model.set_rows(rows)
        self.rates.set_rows(rates)
        self.county = rates[-1] if rates else None
        self.show_county()
        position = next((n for n, r in enumerate(rows) if r.id == keep), None)
        if position is not None:
            index = self.model.index(position, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)
        self.update_buttons()

    def forget(self) -> None:
        self._keep = None

    def on_filters_changed(self) -> None:
        if not self._filling:
            self.refresh()

    def show_county(self) -> None:
        c = self.county
        if c is None:
            self.county_label.setText("")
        else:
            self.county_label.setText(self.tr(
                "全县 {0} 个项目，{1} 亩，覆盖农户 {2}，按标准生产 {3}，推广实施率 <b>{4}</b>").format(
                c.projects, f"{c.area_mu:,.0f}", f"{c.farms_covered:,}", f"{c.farms_applying:,}", rate_text(c.rate)))
        if self.db.store is None:
            hint = self.tr("未打开数据库。")
        elif self.model.rows:
            hint = ""
        elif self.township.value() or self.status.value():
            hint = self.tr("没有符合筛选条件的项目。")
        else:
            hint = self.tr("还没有农业标准化示范项目。点“新建…”记录项目或基地的面积、覆盖农户和按标准生产的农户。")
        self.empty.show_text(hint)

    def current(self) -> ProjectRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def current_id(self) -> str | None:
        row = self.current()
        return row.id if row is not None else None

    def update_buttons(self) -> None:
        have = self.db.store is not None
        row = self.current() if have else None
        # only roles that may write the projects (the county's) get to use the buttons
        allowed = {"new_project": can_write(self.db, "agri_project", "insert"),
                   "edit_project": can_write(self.db, "agri_project", "update"),
                   "delete_project": can_write(self.db, "agri_project", "delete"),
                   "project_certs": can_write(self.db, "agri_project_certification", "insert")}
        self.buttons["new_project"].setEnabled(have and allowed["new_project"])
        for key in ("edit_project", "delete_project", "project_certs"):
            self.buttons[key].setEnabled(row is not None and allowed[key])

    # -- actions ---------------------------------------------------------------------------------

    def new_project(self) -> None:
        if self.buttons["new_project"].isEnabled():
            self.open_form(None)

    def edit_project(self) -> None:
        row = self.current()
        if row is not None and self.buttons["edit_project"].isEnabled():
            self.open_form(row)

    def open_form(self, row: ProjectRow | None) -> None:
        from ui.dialogs.standards_project import ProjectForm

        if self.db.store is None:
            return
        form = ProjectForm(self.db, self.page.townships, row, parent=self)
        if modal.exec_dialog(form) and form.saved_id:
            self._keep = form.saved_id
            self.refresh()
            self.page.message.emit(self.tr("已保存“{0}”。").format(form.name.text().strip()))
        form.deleteLater()

    def delete_project(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import standards_projects as projects

        row = self.current()
        if row is None or self.db.store is None or not self.buttons["delete_project"].isEnabled():
            return
        if not modal.confirm(self, self.tr("删除示范项目“{0}”？").format(row.name)):
            return
        try:
            with self.db.session() as s:
                projects.delete_project(s, row.id, actor=ACTOR)
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            return
        self.refresh()
        self.page.message.emit(self.tr("已删除“{0}”。").format(row.name))

    def link_certificates(self) -> None:
        from qsupervise.services import standards_projects as projects
        from ui.dialogs.standards_project_certs import ProjectCertsDialog

        row = self.current()
        if row is None or self.db.store is None or not self.buttons["project_certs"].isEnabled():
            return
        with self.db.read() as s:
            candidates = projects.candidate_certifications(s, row.id)
        dialog = ProjectCertsDialog(self.db, row, candidates, parent=self)
        if modal.exec_dialog(dialog):
            added, removed = dialog.changed
            if added or removed:
                self._keep = row.id
                self.refresh()
                self.page.message.emit(self.tr("已关联 {0} 份、取消 {1} 份证书。").format(added, removed))
        dialog.deleteLater()

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.township.count():
            self.fill_choices()
        self.rates_title.setText(self.tr("各乡镇推广实施率"))
        self.note.setText(self.tr(
            "推广实施率 = 按标准生产的农户 ÷ 项目覆盖的农户；跨乡镇的项目在每个乡镇都整体计入，全县每个项目只计一次；"
            "不计已撤销的项目。"))
        texts = {
            "new_project": (self.tr("新建…"), self.tr("记录农业标准化示范项目或基地（Ctrl+N）")),
            "edit_project": (self.tr("修改…"), self.tr("修改选中的项目")),
            "delete_project": (self.tr("删除"), self.tr("删除选中的项目")),
            "project_certs": (self.tr("关联认证…"),
                              self.tr("把牵头企业的 GAP、无公害、绿色食品、有机、地理标志证书关联到基地")),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        for model in (self.model, self.rates):
            model.retranslate()
        self.show_county()
