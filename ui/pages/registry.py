"""企业档案: search, filter and sort the registry in SQL, a lazily paged table, and the record's actions.

The list's query runs in a worker (``registry_finder``); the actions that change data
(新增, 编辑, 停用/恢复, 导入, 导出) live in ``registry_actions``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QWidget,
)

from ui.database import Database
from ui.models.enterprises import (
    PAGE_SIZE,
    EnterprisesModel,
    TrailingMarkDelegate,
    column_of_sort,
    sort_of_column,
)
from ui.pages.base import Page
from ui.pages.dashboard import dense_table
from ui.pages.registry_actions import RegistryActions
from ui.pages.registry_finder import Finder, Found
from ui.permissions import allows, can_write
from ui.registry_text import KINDS, SCALES, STATUSES, kind_label, scale_label, status_label
from ui.widgets_search import ChoiceCombo, IndustryCombo, SearchBox

if TYPE_CHECKING:
    from qsupervise.services.registry import ListRow, Query

BUSY_NOTE_MS = 300  # say “正在查询…” only when a query takes noticeably long
# The name column takes what is left; these fit 青溪经济开发区, 农民专业合作社, 信用 and 抽查不合格.
COLUMN_WIDTHS = (220, 180, 104, 164, 104, 50, 76, 46, 40, 84)


class RegistryPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("page_registry")
        self.sort_key = "name"
        self.descending = False
        self.last_query: Query | None = None
        self.last_seconds = 0.0  # how long the newest list query took in the worker
        self._keep_next: list[str] | None = None  # ids to select once the next list arrives
        self._fallback_row: int | None = None  # after 停用, select whatever moved into the row
        self._filling = False  # refilling combos: their signals are not the user's

        self.actions_ = RegistryActions(self)
        self.buttons: dict[str, QPushButton] = {}
        for key, slot in (
            ("new", self.actions_.new_enterprise),
            ("edit", self.actions_.edit_enterprise),
            ("toggle", self.actions_.toggle_deleted),
            ("import", self.actions_.import_file),
            ("export", self.actions_.export_list),
            ("refresh", self.refresh),
        ):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.clicked.connect(slot)
            self.toolbar.addWidget(button)
            self.buttons[key] = button

        self.search = SearchBox()
        self.search.setObjectName("search")
        self.search.setMinimumWidth(200)
        self.search.search.connect(self.on_filters_changed)
        self.search.leave.connect(self.focus_table)
        self.township = ChoiceCombo("township_filter")
        self.industry = IndustryCombo("industry_filter")
        self.kind = ChoiceCombo("kind_filter")
        self.scale = ChoiceCombo("scale_filter")
        self.status = ChoiceCombo("status_filter")
        self.include_deleted = QCheckBox()
        self.include_deleted.setObjectName("include_deleted")
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.search, 1)
        for combo in (self.township, self.industry, self.kind, self.scale, self.status):
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self.on_filters_changed)
        filters.addWidget(self.include_deleted)
        self.include_deleted.toggled.connect(self.on_filters_changed)
        filters.addSpacing(12)
        filters.addWidget(self.count_label)
        self.body.addLayout(filters)

        self.model = EnterprisesModel(self.fetch_rows, self)
        self.view = dense_table("enterprise_table")
        self.view.setModel(self.model)
        self.marks = TrailingMarkDelegate(self.view)
        self.view.setItemDelegateForColumn(EnterprisesModel.USCC, self.marks)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(EnterprisesModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self.on_sort_clicked)
        self.view.activated.connect(self.actions_.open_detail)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.body.addWidget(self.view, 1)

        self.finder = Finder(PAGE_SIZE, self)
        self.finder.found.connect(self.on_found)
        # Connected before the window's own handler: the old file's row ids must not be read from the new one.
        self.busy_timer = QTimer(self)
        self.busy_timer.setSingleShot(True)
        self.busy_timer.setInterval(BUSY_NOTE_MS)
        self.busy_timer.timeout.connect(self.show_busy)

        self.shortcut_actions = self.actions_.build_shortcuts()
        self.retranslate()
        self.update_buttons()

    # -- the query -----------------------------------------------------------------

    def current_query(self) -> Query:
        from qsupervise.services.registry import Query

        return Query(
            text=self.search.text(),
            township_id=self.township.value(),
            industry=self.industry.value(),
            kind=self.kind.value(),
            scale=self.scale.value(),
            status=self.status.value(),
            include_deleted=self.include_deleted.isChecked(),
            sort=self.sort_key,
            descending=self.descending,
        )

    def refresh(self) -> None:
        super().refresh()
        self.fill_townships()
        self.run_query()

    def fill_townships(self) -> None:
        names: list[tuple[str, str]] = []
        if self.db.store is not None:
            from qsupervise.services import org

            with self.db.read() as s:
                names = [(u.id, u.name) for u in org.list_units(s, include_inactive=False) if u.kind == "township"]
        self._filling = True
        try:
            self.township.set_choices(self.tr("全部乡镇"), names)
        finally:
            self._filling = False

    def forget(self) -> None:
        self.forget_list()

    def forget_list(self) -> None:
        self.finder.forget()
        self._keep_next = []
        self.model.set_rowids([])
        self.show_count()

    def on_filters_changed(self) -> None:
        if not self._filling:
            self.run_query()

    def run_query(self) -> None:
        """Ask for the list again (the newest request wins); the selection follows its enterprises."""
        if self.db.store is None:
            self.finder.forget()
            self.model.set_rowids([])
            self.show_count()
            self.update_buttons()
            return
        keep = self._keep_next if self._keep_next is not None else self.selected_ids()
        self.finder.request(self.db.store, self.current_query(), keep)
        if not self.busy_timer.isActive():
            self.busy_timer.start()

    def on_found(self, found: Found) -> None:
        self.busy_timer.stop()
        same_list = found.query == self.last_query  # a refresh keeps the place; a new search starts at the top
        self.last_query = found.query
        self.last_seconds = found.seconds
        self._keep_next = None
        self.model.set_rowids(found.rowids, page=found.first_page, rows=found.rows)
        if found.kept:
            self.select_positions(found.kept)
        elif self._fallback_row is not None and found.rowids:
            self.select_positions([min(self._fallback_row, len(found.rowids) - 1)])
        elif not same_list:
            self.view.scrollToTop()
        self._fallback_row = None
        self.show_count()
        self.update_buttons()

    def show_busy(self) -> None:
        if self.finder.busy:
            self.count_label.setText(self.tr("正在查询…"))

    def show_count(self) -> None:
        # As wide as the widest count, so the filters do not shift while the user types.
        widest = max(self.tr("共 {0} 家").format("9,999,999"), self.tr("正在查询…"), self.tr("未打开数据库"), key=len)
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance(widest) + 4)
        if self.db.store is None:
            self.count_label.setText(self.tr("未打开数据库"))
        else:
            self.count_label.setText(self.tr("共 {0} 家").format(f"{self.model.rowCount():,}"))

    def fetch_rows(self, rowids: Sequence[int]) -> list[ListRow]:
        if self.db.store is None or not rowids:
            return []
        from qsupervise.services import registry

        with self.db.read() as s:
            return registry.rows(s, rowids)

    def on_sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        key = sort_of_column(column)
        header = self.view.horizontalHeader()
        if key is None:  # 认证 / 抽查 have nothing to sort by yet: keep the indicator where it was
            header.blockSignals(True)
            header.setSortIndicator(column_of_sort(self.sort_key), self.sort_order())
            header.blockSignals(False)
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.run_query()

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder

    # -- selection -------------------------------------------------------------------

    def selected_positions(self, limit: int = 200) -> list[int]:
        rows: list[int] = []
        for span in self.view.selectionModel().selection():
            rows.extend(range(span.top(), min(span.bottom() + 1, span.top() + limit)))
            if len(rows) >= limit:
                break
        return sorted(set(rows))[:limit]

    def selection_size(self) -> int:
        return sum(span.height() for span in self.view.selectionModel().selection())

    def selected_rows(self) -> list[ListRow]:
        found = (self.model.row_at(r) for r in self.selected_positions())
        return [r for r in found if r is not None]

    def selected_ids(self) -> list[str]:
        return [r.id for r in self.selected_rows()]

    def current_row(self) -> ListRow | None:
        index = self.view.currentIndex()
        if index.isValid() and self.view.selectionModel().isRowSelected(index.row()):
            return self.model.row_at(index.row())
        rows = self.selected_rows()
        return rows[0] if rows else None

    def select_positions(self, positions: list[int]) -> None:
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for pos in positions:
            selection.select(self.model.index(pos, 0), self.model.index(pos, last))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        model = self.view.selectionModel()
        model.select(selection, flags)
        first = self.model.index(positions[0], 0)
        model.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        shown = self.view.viewport().rect().contains(self.view.visualRect(first))
        if not shown:  # a row that moved far (re-sort, new record) comes to the middle, not the edge
            self.view.scrollTo(first, QAbstractItemView.ScrollHint.PositionAtCenter)

    def keep_selection(self, ids: list[str]) -> None:
        """Select these enterprises once the next list arrives (after a save, before its refresh)."""
        self._keep_next = list(ids)

    def keep_row_position(self) -> None:
        positions = self.selected_positions(1)
        self._fallback_row = positions[0] if positions else None

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_table(self) -> None:
        """From the search box to the list, with a row selected so Enter opens it."""
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.finder.busy:
            self._fallback_row = 0  # the list is being replaced: select its first row when it comes
        elif self.model.rowCount() and not self.view.selectionModel().hasSelection():
            self.select_positions([0])

    def update_buttons(self) -> None:
        have_db = self.db.store is not None
        rows = self.selected_rows() if have_db else []
        for key in ("new", "import", "export", "refresh"):
            self.buttons[key].setEnabled(have_db)
        self.buttons["edit"].setEnabled(len(rows) == 1 and not rows[0].deleted)
        self.buttons["toggle"].setEnabled(bool(rows))
        restore = bool(rows) and all(r.deleted for r in rows)
        self.buttons["toggle"].setText(self.tr("恢复") if restore else self.tr("停用"))
        self.shortcut_actions["toggle"].setText(self.buttons["toggle"].text())
        for key in ("open", "edit", "toggle"):
            self.shortcut_actions[key].setEnabled(self.buttons["edit" if key == "edit" else "toggle"].isEnabled())
        for key in ("new", "export"):
            self.shortcut_actions[key].setEnabled(have_db)
        # a role that may not write enterprises (a viewer, an inspector) does not see the buttons to
        editable = can_write(self.db, "enterprise")
        for key in ("new", "edit", "toggle", "import"):
            self.buttons[key].setVisible(editable if key != "import" else editable and allows(self.db, "import"))
        if not editable:
            for key in ("new", "edit", "toggle"):
                self.shortcut_actions[key].setEnabled(False)

    # -- language ----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("企业档案"))
        texts = {
            "new": (self.tr("新增"), self.tr("新增企业（Ctrl+N）")),
            "edit": (self.tr("编辑"), self.tr("编辑选中的企业；回车或双击查看详情")),
            "toggle": (self.tr("停用"), self.tr("停用后不再列出，记录和历史保留，可随时恢复")),
            "import": (self.tr("导入…"), self.tr("从 Excel 或 CSV 导入企业名录")),
            "export": (self.tr("导出…"), self.tr("把当前列表导出为 Excel 或 CSV（Ctrl+E）")),
            "refresh": (self.tr("刷新"), self.tr("重新读取（F5）")),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        menu = {
            "find": self.tr("查找"),
            "open": self.tr("查看详情"),
            "new": self.tr("新增"),
            "edit": self.tr("编辑…"),
            "export": self.tr("导出…"),
        }
        for key, text in menu.items():
            self.shortcut_actions[key].setText(text)
        self.search.setPlaceholderText(self.tr("名称、拼音首字母或信用代码"))
        self.search.setToolTip(self.tr("边输入边筛选（Ctrl+F）"))
        self._filling = True
        try:
            if self.township.count():
                self.township.setItemText(0, self.tr("全部乡镇"))
            self.industry.fill(self.tr("全部行业"))
            self.kind.set_choices(self.tr("全部类型"), [(k, kind_label(k)) for k in KINDS])
            self.scale.set_choices(self.tr("全部规模"), [(k, scale_label(k)) for k in SCALES])
            self.status.set_choices(self.tr("全部状态"), [(k, status_label(k)) for k in STATUSES])
        finally:
            self._filling = False
        self.include_deleted.setText(self.tr("含已停用"))
        self.include_deleted.setToolTip(self.tr("同时列出已停用（软删除）的企业，可选中后恢复"))
        self.model.retranslate()
        self.show_count()
        self.update_buttons()
