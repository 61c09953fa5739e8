"""计量器具: instruments under compulsory verification (filters: township, use category, overdue only, search),
adding and editing them, and the two rates per township with their chart (``instrument_rates``).

The core lists by township and overdue in SQL (``instruments.listing`` / ``overdue``, at most ``CAP`` rows); the
use category and the search narrow that list here, so a search over a county with more than ``CAP``
instruments says it looked at the first ``CAP`` only.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, modal
from ui.database import ACTOR
from ui.list_focus import ListFocus
from ui.models.instruments import InstrumentsModel, category_label
from ui.pages.dashboard import dense_table
from ui.pages.instrument_rates import RatesPanel
from ui.pages.spotcheck_widgets import EmptyHint
from ui.permissions import can_write
from ui.widgets_search import ChoiceCombo, SearchBox

if TYPE_CHECKING:
    from qsupervise.services.instruments import InstrumentRow
    from ui.pages.certifications import CertificationsPage

HINT_STYLE = "color: #5f6b76;"
CAP = 2000
WIDTHS = (220, 130, 110, 110, 80, 90, 90, 130, 70)


def matches(row: InstrumentRow, words: list[str]) -> bool:
    """Every word appears in the user's name, the instrument's name, model or serial (case-blind)."""
    haystack = f"{row.enterprise_name} {row.name} {row.model} {row.serial}".lower()
    return all(w in haystack for w in words)


class InstrumentsTab(ListFocus, QWidget):
    def __init__(self, page: CertificationsPage) -> None:
        super().__init__()
        self.setObjectName("instruments_tab")
        self.page = page
        self.db = page.db
        self._filling = False
        self._keep: str | None = None
        self.today = date.today()

        self.search = SearchBox()
        self.search.setObjectName("instrument_search")
        self.search.setMinimumWidth(180)
        self.search.search.connect(self.on_filters_changed)
        self.search.leave.connect(self.focus_table)
        self.township = ChoiceCombo("instrument_township")
        self.category = ChoiceCombo("instrument_category")
        self.overdue_only = QCheckBox()
        self.overdue_only.setObjectName("overdue_only")
        for combo in (self.township, self.category):
            combo.currentIndexChanged.connect(self.on_filters_changed)
        self.overdue_only.toggled.connect(self.on_filters_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("instrument_count")
        self.count_label.setStyleSheet(HINT_STYLE)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.township)
        bar.addWidget(self.category)
        bar.addWidget(self.overdue_only)
        bar.addSpacing(12)
        self.buttons: dict[str, QPushButton] = {}
        for key, slot in (("new_instrument", self.new_instrument), ("edit_instrument", self.edit_instrument),
                          ("delete_instrument", self.delete_instrument)):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.clicked.connect(lambda _=False, run=slot: run())
            bar.addWidget(button)
            self.buttons[key] = button

        self.model = InstrumentsModel(self)
        self.view = dense_table("instrument_table")
        self.view.setModel(self.model)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(InstrumentsModel.OWNER, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self.edit_instrument)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.empty = EmptyHint(self.view, "instruments_empty")
        delete = QAction(self.view)
        delete.setObjectName("action_instrument_delete")
        delete.setShortcut(QKeySequence("Delete"))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_instrument)
        self.view.addAction(delete)
        self.rates = RatesPanel()
        self.rates.township_chosen.connect(self.follow_township)

        top = QWidget()
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        top_box.setSpacing(4)
        count_row = QHBoxLayout()
        count_row.addStretch(1)
        count_row.addWidget(self.count_label)
        top_box.addWidget(self.view, 1)
        top_box.addLayout(count_row)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("instrument_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.rates)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.retranslate()
        self.update_buttons()

    # -- data ----------------------------------------------------------------------------------

    def fill_townships(self, townships: list[tuple[str, str]]) -> None:
        self._filling = True
        try:
            self.township.set_choices(self.tr("全部乡镇"), townships)
        finally:
            self._filling = False

    def refresh(self) -> None:
        from qsupervise.services import instruments

        if self.db.store is None:
            self.model.set_rows([])
            self.rates.show_rates(None)
            self.show_count(0, 0, 0)
            return
        if not self.category.count():
            self.fill_choices()
        keep = self._keep or self.current_id()
        self._keep = None
        self.today = date.today()
        town, overdue = self.township.value(), self.overdue_only.isChecked()
        with self.db.read() as s:
            if overdue:
                rows = instruments.overdue(s, self.today, town, limit=CAP)
            else:
                rows = instruments.listing(s, self.today, township_id=town, limit=CAP)
            total = instruments.count(s, self.today, township_id=town, overdue_only=overdue)
            overdue_total = total if overdue else instruments.count(s, self.today, township_id=town,
                                                                    overdue_only=True)
            rates = instruments.rates(s, self.today)
        category, words = self.category.value(), self.search.text().lower().split()
        narrowed = [r for r in rows if (category is None or r.use_category == category) and matches(r, words)]
        self.model.set_rows(narrowed)
        self.rates.show_rates(rates)
        self.show_count(total, overdue_total, len(rows))
        position = next((n for n, r in enumerate(narrowed) if r.id == keep), None)
        if position is not None:
            index = self.model.index(position, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index)
        self.update_buttons()

    def on_filters_changed(self) -> None:
        if not self._filling:
            self.refresh()

    def follow_township(self, township_id: str | None) -> None:
        self.township.set_value(township_id)  # refreshes through the combo's signal

    def narrowed(self) -> bool:
        return bool(self.category.value() or self.search.text().strip())

    def show_count(self, total: int, overdue: int, fetched: int) -> None:
        shown = self.model.rowCount()
        if self.narrowed():
            text = self.tr("筛选出 {0} 台").format(f"{shown:,}")
            if fetched < total:
                text += self.tr("（在前 {0} 台中）").format(f"{fetched:,}")
        elif total > shown:
            text = self.tr("共 {0} 台，显示前 {1} 台").format(f"{total:,}", f"{shown:,}")
        else:
            text = self.tr("共 {0} 台").format(f"{total:,}")
        if not self.overdue_only.isChecked():
            text += self.tr("，逾期未检 {0} 台").format(f"{overdue:,}")
        self.count_label.setText(text)
        self.count_label.setStyleSheet("color: #c62828;" if overdue and not self.overdue_only.isChecked()
                                       else HINT_STYLE)
        if self.db.store is None:
            hint = self.tr("未打开数据库。")
        elif shown:
            hint = ""
        elif self.narrowed() or self.township.value() or self.overdue_only.isChecked():
            hint = self.tr("没有符合筛选条件的计量器具。")
        else:
            hint = self.tr("还没有登记强检计量器具。点“新增器具”（Ctrl+N）登记贸易结算、安全防护、医疗卫生、"
                           "环境监测用的计量器具及其检定情况。")
        self.empty.show_text(hint)

    def current(self) -> InstrumentRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def current_id(self) -> str | None:
        row = self.current()
        return row.id if row is not None else None

    def update_buttons(self) -> None:
        have = self.db.store is not None
        row = self.current() if have else None
        write = can_write(self.db, "instrument")  # a clerk those of their township; an inspector, a viewer none
        self.buttons["new_instrument"].setEnabled(have and write)
        self.buttons["edit_instrument"].setEnabled(write and row is not None)
        self.buttons["delete_instrument"].setEnabled(write and row is not None)

    def keep(self, instrument_id: str) -> None:
        self._keep = instrument_id

    # -- actions -------------------------------------------------------------------------------

    def new_instrument(self) -> None:
        from ui.dialogs.instrument_form import InstrumentForm

        if self.db.store is None or not can_write(self.db, "instrument"):
            return
        form = InstrumentForm(self.db, parent=self)
        form.saved.connect(self.keep)
        if modal.exec_dialog(form):
            self.page.message.emit(self.tr("已登记计量器具“{0}”。").format(form.saved_name))
        form.deleteLater()

    def edit_instrument(self) -> None:
        from qsupervise.errors import KnownError
        from ui.dialogs.instrument_form import InstrumentForm

        row = self.current()
        if row is None or not self.buttons["edit_instrument"].isEnabled():  # a reader's double click
            return
        try:
            form = InstrumentForm(self.db, instrument_id=row.id, parent=self)
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            self.refresh()
            return
        form.saved.connect(self.keep)
        if modal.exec_dialog(form):
            self.page.message.emit(self.tr("已保存计量器具“{0}”。").format(form.saved_name))
        form.deleteLater()

    def delete_instrument(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import instruments

        row = self.current()
        if row is None or not self.buttons["delete_instrument"].isEnabled():
            return
        label = f"{row.enterprise_name} {row.name} {row.serial}".strip()
        if not modal.confirm(self, self.tr("删除计量器具“{0}”？删除后不再计入两率，记录保留。").format(label)):
            return
        try:
            with self.db.session() as s:
                instruments.set_deleted(s, instrument_id=row.id, deleted=True, actor=ACTOR)
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            return
        self.page.message.emit(self.tr("已删除计量器具“{0}”。").format(label))

    # -- language ----------------------------------------------------------------------------------

    def fill_choices(self) -> None:
        """The use categories' labels, from the core's rules: only once a database is open."""
        from qsupervise.rules import instruments

        self._filling = True
        try:
            self.category.set_choices(self.tr("全部类别"), [(c, category_label(c)) for c in instruments.CATEGORIES])
        finally:
            self._filling = False

    def retranslate(self) -> None:
        if self.category.count():
            self.fill_choices()
        if self.township.count():
            self.township.setItemText(0, self.tr("全部乡镇"))
        self.search.setPlaceholderText(self.tr("使用单位、器具名称、型号或出厂编号"))
        self.search.setToolTip(self.tr("边输入边筛选（Ctrl+F）"))
        self.overdue_only.setText(self.tr("只看逾期未检"))
        texts = {
            "new_instrument": (self.tr("新增器具…"), self.tr("登记一台强检计量器具（Ctrl+N）")),
            "edit_instrument": (self.tr("编辑…"), self.tr("编辑选中的器具（回车或双击）")),
            "delete_instrument": (self.tr("删除"), self.tr("删除选中的器具（记录保留）")),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        self.model.retranslate()
        self.rates.retranslate()
