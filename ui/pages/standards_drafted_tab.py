"""标准化 → 参与制定标准: national, industry, local and group standards that county enterprises or agencies led
(主导) or took part in (参与), proposed (立项) or published (发布); counts per year, and per township and level for
the year chosen (what the responsibility-letter metrics count)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ui import i18n, modal
from ui.database import ACTOR
from ui.models.standards import (
    DraftedModel,
    TallyModel,
    YearCountsModel,
    drafted_level_label,
    drafted_status_label,
    year_counts,
)
from ui.pages.dashboard import dense_table
from ui.pages.spotcheck_widgets import EmptyHint
from ui.permissions import can_write
from ui.widgets_search import ChoiceCombo

if TYPE_CHECKING:
    from qsupervise.services.standards_drafted import DraftedRow
    from ui.pages.standards import StandardsPage

HINT_STYLE = "color: #5f6b76;"
YEARS_BACK = 8


class DraftedTab(QWidget):
    def __init__(self, page: StandardsPage) -> None:
        super().__init__()
        self.setObjectName("standards_drafted_tab")
        self.page = page
        self.db = page.db
        self._filling = False
        self._keep: str | None = None

        self.year = ChoiceCombo("drafted_year")
        self.level = ChoiceCombo("drafted_level")
        self.status = ChoiceCombo("drafted_status")
        self.township = ChoiceCombo("drafted_township")
        self.filters = (self.year, self.level, self.status, self.township)
        for combo in self.filters:
            combo.currentIndexChanged.connect(self.on_filters_changed)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for combo in self.filters:
            bar.addWidget(combo)
        bar.addStretch(1)
        for key, slot in (("new_drafted", self.new_drafted), ("edit_drafted", self.edit_drafted),
                          ("delete_drafted", self.delete_drafted)):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.clicked.connect(lambda _=False, run=slot: run())
            bar.addWidget(button)
            self.buttons[key] = button

        self.model = DraftedModel(self)
        self.view = dense_table("drafted_table")
        self.view.setModel(self.model)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DraftedModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.view.doubleClicked.connect(lambda _index: self.edit_drafted())
        self.empty = EmptyHint(self.view, "drafted_empty")
        self.count_label = QLabel()
        self.count_label.setObjectName("drafted_count")
        self.count_label.setStyleSheet(HINT_STYLE)

        self.years = YearCountsModel(self)
        self.years_view = dense_table("drafted_years")
        self.years_view.setModel(self.years)
        self.tallies = TallyModel(self)
        self.tallies_view = dense_table("drafted_tallies")
        self.tallies_view.setModel(self.tallies)
        for view in (self.years_view, self.tallies_view):
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.years_title = QLabel()
        self.tallies_title = QLabel()
        for label in (self.years_title, self.tallies_title):
            label.setProperty("section", True)
        side = QWidget()
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        side_box.addWidget(self.years_title)
        side_box.addWidget(self.years_view, 1)
        side_box.addWidget(self.tallies_title)
        side_box.addWidget(self.tallies_view, 2)
        split = QSplitter()
        split.setChildrenCollapsible(False)
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(self.count_label)
        layout.addWidget(split, 1)
        self.retranslate()
        self.update_buttons()

    def fill_choices(self) -> None:
        self._filling = True
        try:
            this_year = date.today().year
            years = [(str(y), self.tr("{0} 年").format(y)) for y in range(this_year, this_year - YEARS_BACK, -1)]
            self.year.set_choices(self.tr("全部年度"), years)
            self.level.set_choices(self.tr("全部级别"), [(c, drafted_level_label(c))
                                                       for c in ("national", "industry", "local", "group")])
            self.status.set_choices(self.tr("全部状态"), [(c, drafted_status_label(c))
                                                        for c in ("proposed", "published")])
            self.township.set_choices(self.tr("全部乡镇"), self.page.townships)
        finally:
            self._filling = False

    # -- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.db.store is None:
            for model in (self.model, self.years, self.tallies):
                model.set_rows([])
            self.show_count(0)
            return
        from qsupervise.services import standards_drafted as drafted

        keep = self._keep or self.current_id()
        self._keep = None
        chosen = self.year.value()
        year = int(chosen) if chosen else None
        tally_year = year or date.today().year
        with self.db.read() as s:
            rows = drafted.drafted(s, year=year, township_id=self.township.value(), level=self.level.value(),
                                   status=self.status.value())
            every = drafted.drafted(s)
            tallies = drafted.drafted_tallies(s, tally_year)
        self.model.set_rows(rows)
        self.years.set_rows(year_counts(every))
        self.tallies.set_rows(tallies)
        self.tallies_title.setText(self.tr("{0} 年各乡镇").format(tally_year))
        self.show_count(len(rows))
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

    def show_count(self, shown: int) -> None:
        published = sum(1 for r in self.model.rows if r.status == "published")
        self.count_label.setText(self.tr("共 {0} 项，其中已发布 {1} 项、立项 {2} 项").format(
            shown, published, shown - published))
        if self.db.store is None:
            hint = self.tr("未打开数据库。")
        elif shown:
            hint = ""
        elif any(c.value() for c in self.filters):
            hint = self.tr("没有符合筛选条件的记录。")
        else:
            hint = self.tr("还没有参与制定标准的记录。点“登记…”记录本县企业或机构主导、参与制定的标准。")
        self.empty.show_text(hint)

    def current(self) -> DraftedRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def current_id(self) -> str | None:
        row = self.current()
        return row.id if row is not None else None

    def update_buttons(self) -> None:
        have = self.db.store is not None
        row = self.current() if have else None
        # only roles that may write drafted standards (the county's) get to use the buttons
        self.buttons["new_drafted"].setEnabled(have and can_write(self.db, "drafted_standard", "insert"))
        self.buttons["edit_drafted"].setEnabled(row is not None and can_write(self.db, "drafted_standard", "update"))
        self.buttons["delete_drafted"].setEnabled(row is not None and can_write(self.db, "drafted_standard", "delete"))

    # -- actions ---------------------------------------------------------------------------------

    def new_drafted(self) -> None:
        if self.buttons["new_drafted"].isEnabled():
            self.open_form(None)

    def edit_drafted(self) -> None:
        row = self.current()
        if row is not None and self.buttons["edit_drafted"].isEnabled():
            self.open_form(row)

    def open_form(self, row: DraftedRow | None) -> None:
        from ui.dialogs.standards_drafted import DraftedForm

        if self.db.store is None:
            return
        form = DraftedForm(self.db, self.page.townships, row, parent=self)
        if modal.exec_dialog(form) and form.saved_id:
            self._keep = form.saved_id
            self.refresh()
            self.page.message.emit(self.tr("已保存“{0}”。").format(form.title.text().strip()))
        form.deleteLater()

    def delete_drafted(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import standards_drafted as drafted

        row = self.current()
        if row is None or self.db.store is None or not self.buttons["delete_drafted"].isEnabled():
            return
        if not modal.confirm(self, self.tr("删除“{0}”这条记录？").format(row.title)):
            return
        try:
            with self.db.session() as s:
                drafted.delete_drafted(s, row.id, actor=ACTOR)
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            return
        self.refresh()
        self.page.message.emit(self.tr("已删除“{0}”。").format(row.title))

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.year.count():
            self.fill_choices()
        self.years_title.setText(self.tr("各年度"))
        texts = {
            "new_drafted": (self.tr("登记…"), self.tr("记录本县企业或机构主导、参与制定的标准（Ctrl+N）")),
            "edit_drafted": (self.tr("修改…"), self.tr("修改选中的记录")),
            "delete_drafted": (self.tr("删除"), self.tr("删除选中的记录")),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        for model in (self.model, self.years, self.tallies):
            model.retranslate()
