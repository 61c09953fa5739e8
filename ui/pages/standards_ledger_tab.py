"""标准化 → 执行标准: every product's standards across the county, by kind, industry, township and flag, a page
of 200 rows at a time, with the catalogue's flags (被代替 amber with the current edition, 已废止 red), a summary of
what the filters select, and marking a product's standard as adopting an international one (采标).

The page of rows (with a count that stops at 10,000) and the summary are read by two ``Loader``s off the GUI
thread; the rows shown stay until the newest answer arrives."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from ui import i18n, modal
from ui.database import ACTOR
from ui.list_focus import ListFocus
from ui.models.standards import FLAGS, LEDGER_KINDS, LedgerModel, flag_label, ledger_kind_label
from ui.pages.dashboard import dense_table
from ui.pages.spotcheck_widgets import EmptyHint
from ui.pages.standards_loader import Loader
from ui.permissions import can_write
from ui.widgets_search import ChoiceCombo, IndustryCombo, SearchBox

if TYPE_CHECKING:
    from qsupervise.services.standards_ledger import LedgerFilter, LedgerRow, LedgerSummary
    from qsupervise.store import Store
    from ui.pages.standards import StandardsPage

HINT_STYLE = "color: #5f6b76;"
PAGE_SIZE = 200
COUNT_CAP = 10_000  # the page counts this far ("10,000+"); the summary above says the exact number
WIDTHS = (220, 70, 110, 140, 140, 46, 190, 150)


@dataclass(frozen=True)
class LedgerPage:
    """One page as the worker read it: its rows, where it starts, whether another follows, and the rows the
    filter selects (counted up to ``cap``; more when it says ``cap + 1``)."""

    rows: list[LedgerRow]
    offset: int
    more: bool
    count: int
    cap: int

    @property
    def capped(self) -> bool:
        return self.count > self.cap


def read_page(store: Store, f: LedgerFilter, offset: int) -> LedgerPage:
    """The worker's job: a count up to the page asked for (or 10,000) and the page, moved back onto the last page
    when rows went away under it."""
    from qsupervise.services import standards_ledger

    cap = max(COUNT_CAP, offset + PAGE_SIZE)
    with store.read() as s:
        count = standards_ledger.ledger_count(s, f, cap=cap)
        if offset >= count:
            offset = max(0, (count - 1) // PAGE_SIZE * PAGE_SIZE)
        rows = standards_ledger.ledger(s, f, limit=PAGE_SIZE + 1, offset=offset) if count else []
    return LedgerPage(rows[:PAGE_SIZE], offset, len(rows) > PAGE_SIZE, count, cap)


def read_summary(store: Store, f: LedgerFilter) -> LedgerSummary:
    from qsupervise.services import standards_ledger

    with store.read() as s:
        return standards_ledger.ledger_summary(s, f)


class LedgerTab(ListFocus, QWidget):
    def __init__(self, page: StandardsPage) -> None:
        super().__init__()
        self.setObjectName("standards_ledger_tab")
        self.page = page
        self.db = page.db
        self._filling = False
        self.offset = 0
        self.summary: LedgerSummary | None = None
        self.shown: LedgerPage | None = None  # the page on screen
        self._keep: str | None = None  # the standard to select once the page being read arrives
        self.rows_loader = Loader(self)
        self.rows_loader.loaded.connect(self.on_page)
        self.summary_loader = Loader(self)
        self.summary_loader.loaded.connect(self.on_summary)

        self.search = SearchBox()
        self.search.setObjectName("ledger_search")
        self.search.setMinimumWidth(180)
        self.search.search.connect(self.on_filters_changed)
        self.search.leave.connect(self.focus_table)
        self.kind = ChoiceCombo("ledger_kind")
        self.industry = IndustryCombo("ledger_industry")
        self.township = ChoiceCombo("ledger_township")
        self.flag = ChoiceCombo("ledger_flag")
        self.filters = (self.kind, self.industry, self.township, self.flag)
        for combo in self.filters:
            combo.currentIndexChanged.connect(self.on_filters_changed)
        filter_bar = QHBoxLayout()
        filter_bar.setSpacing(6)
        filter_bar.addWidget(self.search, 1)
        for combo in self.filters:
            filter_bar.addWidget(combo)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("ledger_summary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet(HINT_STYLE)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.buttons: dict[str, QPushButton] = {}
        action_bar = QHBoxLayout()
        action_bar.setSpacing(6)
        for key, slot in (("adopt", self.mark_adoption), ("unadopt", self.clear_adoption),
                          ("previous_page", self.previous_page), ("next_page", self.next_page)):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.clicked.connect(lambda _=False, run=slot: run())
            self.buttons[key] = button
        self.page_label = QLabel()
        self.page_label.setObjectName("ledger_page")
        action_bar.addWidget(self.buttons["adopt"])
        action_bar.addWidget(self.buttons["unadopt"])
        action_bar.addStretch(1)
        action_bar.addWidget(self.buttons["previous_page"])
        action_bar.addWidget(self.page_label)
        action_bar.addWidget(self.buttons["next_page"])

        self.model: LedgerModel = LedgerModel(self)
        self.view = dense_table("ledger_table")
        self.view.setModel(self.model)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        self.view.setMouseTracking(True)
        header = self.view.horizontalHeader()
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(LedgerModel.ENTERPRISE, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.view.doubleClicked.connect(lambda _index: self.mark_adoption())
        self.empty = EmptyHint(self.view, "ledger_empty")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(filter_bar)
        layout.addWidget(self.summary_label)
        layout.addLayout(action_bar)
        layout.addWidget(self.view, 1)
        self.retranslate()
        self.update_buttons()

    # -- choices ---------------------------------------------------------------------------------

    def fill_choices(self) -> None:
        self._filling = True
        try:
            self.kind.set_choices(self.tr("全部类别"), [(k, ledger_kind_label(k)) for k in LEDGER_KINDS])
            self.flag.set_choices(self.tr("全部状态"), [(f, flag_label(f)) for f in FLAGS])
            self.township.set_choices(self.tr("全部乡镇"), self.page.townships)
            if self.db.store is not None:
                self.industry.fill(self.tr("全部行业"))
        finally:
            self._filling = False

    def current_filter(self) -> LedgerFilter:
        from qsupervise.services.standards_ledger import LedgerFilter

        return LedgerFilter(kind=self.kind.value(), industry=self.industry.value(), township_id=self.township.value(),
                            flag=self.flag.value(), search=self.search.text().strip())

    # -- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask for the page and the summary again; what is shown stays until they come."""
        if self.db.store is None:
            self.forget()
            self.summary = None
            self.shown = None
            self.model.set_rows([])
            self.show_summary()
            self.update_buttons()
            return
        store = self.db.store
        f = self.current_filter()
        offset = self.offset
        if self._keep is None:
            self._keep = self.current_id()
        self.rows_loader.request(lambda: read_page(store, f, offset))
        self.summary_loader.request(lambda: read_summary(store, f))
        self.show_page_label()

    @property
    def busy(self) -> bool:
        return self.rows_loader.busy or self.summary_loader.busy

    def on_page(self, page: LedgerPage) -> None:
        self.shown = page
        self.offset = page.offset
        keep, self._keep = self._keep, None
        self.model.set_rows(page.rows)
        position = next((n for n, r in enumerate(page.rows) if r.standard_id == keep), None)
        if position is not None:
            index = self.model.index(position, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index)
        else:
            self.view.scrollToTop()
        self.show_page_label()
        self.show_empty()
        self.update_buttons()

    def on_summary(self, summary: LedgerSummary) -> None:
        self.summary = summary
        self.show_summary()

    def forget(self) -> None:
        self.offset = 0
        self._keep = None
        self.rows_loader.forget()
        self.summary_loader.forget()

    def on_filters_changed(self) -> None:
        if not self._filling:
            self.offset = 0
            self.refresh()

    def previous_page(self) -> None:
        if self.offset > 0:
            self.offset = max(0, self.offset - PAGE_SIZE)
            self.refresh()

    def next_page(self) -> None:
        if self.shown is not None and self.shown.more:
            self.offset = self.shown.offset + PAGE_SIZE
            self.refresh()

    def show_summary(self) -> None:
        s = self.summary
        if s is None:
            self.summary_label.setText(self.tr("正在统计…") if self.db.store is not None else "")
            self.show_page_label()
            self.show_empty()
            return
        kinds = " · ".join(f"{ledger_kind_label(k)} {s.by_kind[k]:,}" for k in LEDGER_KINDS if s.by_kind.get(k))
        self.summary_label.setText(self.tr(
            "{0} 家企业 {1} 个产品执行 {2} 条标准：{3}<br>"
            "<span style='color:#b26a00'>被代替 {4}</span> · <span style='color:#c62828'>已废止 {5}</span> · "
            "仅执行企业标准的产品 {6} · 采标产品 {7}").format(
            f"{s.enterprises:,}", f"{s.products:,}", f"{s.standards:,}", kinds or "—", f"{s.superseded:,}",
            f"{s.withdrawn:,}", f"{s.enterprise_only_products:,}", f"{s.adopting_products:,}"))
        self.show_page_label()

    def show_page_label(self) -> None:
        page = self.shown
        if self.db.store is None or page is None:
            self.page_label.setText(self.tr("正在读取…") if self.db.store is not None and self.busy else "")
            return
        pages = f"{page.cap // PAGE_SIZE:,}+" if page.capped else f"{max(1, -(-page.count // PAGE_SIZE)):,}"
        text = self.tr("第 {0} / {1} 页").format(f"{page.offset // PAGE_SIZE + 1:,}", pages)
        if self.rows_loader.busy:
            text += self.tr("（正在读取…）")
        self.page_label.setText(text)

    def show_empty(self) -> None:
        page = self.shown
        if self.db.store is None:
            self.empty.show_text(self.tr("未打开数据库。"))
        elif page is None or page.rows:
            self.empty.show_text("")
        elif self.search.text().strip() or any(c.value() for c in self.filters):
            self.empty.show_text(self.tr("没有符合筛选条件的执行标准。"))
        else:
            self.empty.show_text(self.tr("还没有产品执行标准的记录。在“企业档案”中为企业的产品填写执行标准。"))

    def current(self) -> LedgerRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def current_id(self) -> str | None:
        row = self.current()
        return row.standard_id if row is not None else None

    def update_buttons(self) -> None:
        row = self.current() if self.db.store is not None else None
        # the core refuses a township clerk other townships' standards (and says so); a viewer never sees them work
        editable = can_write(self.db, "executed_standard", "update")
        self.buttons["adopt"].setEnabled(editable and row is not None)
        self.buttons["unadopt"].setEnabled(editable and row is not None and bool(row.adoption_degree))
        for key in ("adopt", "unadopt"):
            self.buttons[key].setToolTip(self.tool_tips[key] if editable else self.tr("你的角色不能修改执行标准"))
        self.buttons["previous_page"].setEnabled(self.shown is not None and self.offset > 0)
        self.buttons["next_page"].setEnabled(self.shown is not None and self.shown.more)

    # -- 采标 ------------------------------------------------------------------------------------

    def mark_adoption(self) -> None:
        from ui.dialogs.standards_adoption import AdoptionDialog

        row = self.current()
        if row is None or self.db.store is None or not self.buttons["adopt"].isEnabled():
            return
        dialog = AdoptionDialog(self.db, row, parent=self)
        if modal.exec_dialog(dialog):
            self.page.message.emit(self.tr("已标记“{0}”的 {1} 为采标（{2}）。").format(
                row.product, row.normalized, dialog.summary()))
        dialog.deleteLater()

    def clear_adoption(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import standards_adoption

        row = self.current()
        if row is None or not row.adoption_degree or self.db.store is None or not self.buttons["unadopt"].isEnabled():
            return
        question = self.tr("取消“{0}”执行的 {1} 的采标标记（{2} {3}）？").format(
            row.product, row.normalized, row.adoption_degree, row.adopted_number)
        if not modal.confirm(self, question):
            return
        try:
            with self.db.session() as s:
                standards_adoption.clear_adoption(s, row.standard_id, actor=ACTOR)
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            return
        self.page.message.emit(self.tr("已取消 {0} 的采标标记。").format(row.normalized))

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.kind.count():
            self.fill_choices()
        self.search.setPlaceholderText(self.tr("标准号、产品或企业名称"))
        self.search.setToolTip(self.tr("边输入边筛选（Ctrl+F）"))
        texts = {
            "adopt": (self.tr("标记采标…"), self.tr("把选中产品的这条标准标记为等同（IDT）或修改（MOD）采用国际标准")),
            "unadopt": (self.tr("取消采标"), self.tr("取消选中标准的采标标记")),
            "previous_page": (self.tr("上一页"), ""),
            "next_page": (self.tr("下一页"), ""),
        }
        self.tool_tips = {key: tip for key, (_text, tip) in texts.items()}
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        self.model.retranslate()
        self.show_summary()
        self.update_buttons()
