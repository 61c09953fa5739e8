"""标准化 → 标准目录: the county's standards catalogue (number, title, 现行 / 废止 / 被代替, the edition that replaced
it, dates, how many products execute it), the replaced-by chain of the one selected, importing the catalogue from
.xlsx (dry run first) and 重新比对 (writing the catalogue's flags onto every product's standards again). The list
(with how many products execute each entry: a pass over the standards) is read off the GUI thread."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from ui import i18n, modal
from ui.database import ACTOR
from ui.list_focus import ListFocus
from ui.models.standards import CatalogueModel, catalogue_status_label
from ui.pages.dashboard import dense_table
from ui.pages.spotcheck_widgets import EmptyHint
from ui.pages.standards_loader import Loader
from ui.permissions import is_admin
from ui.widgets_search import ChoiceCombo, SearchBox

if TYPE_CHECKING:
    from qsupervise.services.standards_catalogue import CatalogueRow
    from qsupervise.store import Store
    from ui.pages.standards import StandardsPage

HINT_STYLE = "color: #5f6b76;"
SHOWN = 5000  # a county's catalogue has hundreds to a few thousand entries
WIDTHS = (150, 260, 60, 150, 150, 84, 84, 84, 70)
STATUS_COLOURS = {"current": "#2e7d32", "withdrawn": "#c62828", "replaced": "#b26a00"}


Links = dict[str, tuple[str, str]]


def read_catalogue(store: Store, status: str | None, search: str) -> tuple[list[CatalogueRow], Links]:
    """The worker's job: up to SHOWN + 1 entries and the replaced-by links of the whole catalogue."""
    from qsupervise.services import standards_catalogue

    with store.read() as s:
        rows = standards_catalogue.catalogue(s, status=status, search=search, limit=SHOWN + 1)
        return rows, standards_catalogue.catalogue_map(s.connection())


class CatalogueTab(ListFocus, QWidget):
    def __init__(self, page: StandardsPage) -> None:
        super().__init__()
        self.setObjectName("standards_catalogue_tab")
        self.page = page
        self.db = page.db
        self._filling = False
        self.links: dict[str, tuple[str, str]] = {}
        self.loader = Loader(self)
        self.loader.loaded.connect(self.on_loaded)
        self._keep: str | None = None
        self.tool_tips: dict[str, str] = {}

        self.search = SearchBox()
        self.search.setObjectName("catalogue_search")
        self.search.search.connect(self.on_filters_changed)
        self.search.leave.connect(self.focus_table)
        self.status = ChoiceCombo("catalogue_status")
        self.status.currentIndexChanged.connect(self.on_filters_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("catalogue_count")
        self.count_label.setStyleSheet(HINT_STYLE)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status)
        for key, slot in (("import_catalogue", self.import_catalogue), ("apply_catalogue", self.apply_catalogue)):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.clicked.connect(lambda _=False, run=slot: run())
            bar.addWidget(button)
            self.buttons[key] = button

        self.model: CatalogueModel = CatalogueModel(self)
        self.view = dense_table("catalogue_table")
        self.view.setModel(self.model)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(CatalogueModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self.show_chain)
        self.empty = EmptyHint(self.view, "catalogue_empty")
        self.chain_title = QLabel()
        self.chain_title.setProperty("section", True)
        self.chain = QLabel()
        self.chain.setObjectName("catalogue_chain")
        self.chain.setTextFormat(Qt.TextFormat.RichText)
        self.chain.setWordWrap(True)
        self.chain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.chain_title)
        layout.addWidget(self.chain)
        self.retranslate()

    def fill_choices(self) -> None:
        self._filling = True
        try:
            self.status.set_choices(self.tr("全部状态"), [(c, catalogue_status_label(c))
                                                        for c in ("current", "replaced", "withdrawn")])
        finally:
            self._filling = False
        self.update_buttons()

    def update_buttons(self) -> None:
        """导入目录 and 重新比对 change every product's flags: the county administrator's."""
        admin = is_admin(self.db)
        for key, button in self.buttons.items():
            button.setEnabled(self.db.store is not None and admin)
            button.setToolTip(self.tool_tips.get(key, "") if admin else self.tr("只有县级管理员可以维护标准目录"))

    # -- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.db.store is None:
            self.loader.forget()
            self.model.set_rows([])
            self.links = {}
            self.show_count(0, 0)
            self.show_chain()
            self.update_buttons()
            return
        store = self.db.store
        status, search = self.status.value(), self.search.text()
        if self._keep is None:
            current = self.current()
            self._keep = current.id if current is not None else None
        self.loader.request(lambda: read_catalogue(store, status, search))
        self.update_buttons()

    @property
    def busy(self) -> bool:
        return self.loader.busy

    def on_loaded(self, loaded: tuple[list[CatalogueRow], Links]) -> None:
        rows, self.links = loaded
        keep, self._keep = self._keep, None
        self.model.set_rows(rows[:SHOWN])
        self.show_count(min(len(rows), SHOWN), len(self.links))
        position = next((n for n, r in enumerate(rows[:SHOWN]) if r.id == keep), None)
        if position is not None:
            self.view.selectRow(position)
            self.view.scrollTo(self.model.index(position, 0))
        self.show_chain()

    def forget(self) -> None:
        self.links = {}
        self._keep = None
        self.loader.forget()

    def on_filters_changed(self) -> None:
        if not self._filling:
            self.refresh()

    def show_count(self, shown: int, total: int) -> None:
        replaced = sum(1 for status, _by in self.links.values() if status == "replaced")
        withdrawn = sum(1 for status, _by in self.links.values() if status == "withdrawn")
        text = self.tr("目录共 {0} 条（被代替 {1}，废止 {2}）；列出 {3} 条").format(
            f"{total:,}", f"{replaced:,}", f"{withdrawn:,}", f"{shown:,}")
        if shown >= SHOWN:
            text += self.tr("（只列出前 {0} 条，请用搜索缩小范围）").format(f"{SHOWN:,}")
        self.count_label.setText(text)
        if self.db.store is None:
            self.empty.show_text(self.tr("未打开数据库。"))
        elif shown:
            self.empty.show_text("")
        elif total:
            self.empty.show_text(self.tr("没有符合条件的标准。"))
        else:
            self.empty.show_text(self.tr(
                "标准目录还是空的。点“导入目录…”导入县局维护的标准目录（.xlsx：标准号、标准名称、状态、被代替、"
                "日期），产品执行的被代替、已废止标准随即标出。"))

    def current(self) -> CatalogueRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def show_chain(self) -> None:
        """GB 2760-2011（被代替）→ GB 2760-2014（被代替）→ GB 2760-2024（现行）."""
        row = self.current() if self.db.store is not None else None
        if row is None:
            self.chain.setText(self.tr("选中一条标准，这里显示它的代替关系。"))
            self.chain.setStyleSheet(HINT_STYLE)
            return
        from qsupervise.rules import standards as rules

        self.chain.setStyleSheet("")
        chain = rules.follow(row.normalized, self.links)
        parts = []
        for number in chain.path:
            status = self.links.get(number, ("", ""))[0]
            label = catalogue_status_label(status) if status else self.tr("目录未收录")
            colour = STATUS_COLOURS.get(status, "#5f6b76")
            parts.append(f"<b>{escape(number)}</b> <span style='color:{colour}'>（{escape(label)}）</span>")
        text = " → ".join(parts)
        if chain.cycle:
            text += "　" + self.tr("（代替关系成环，请检查目录）")
        elif row.status == "replaced" and chain.current is None:
            text += "　" + self.tr("（没有现行版本）")
        elif row.status == "current":
            text += "　" + self.tr("现行标准")
        users = self.tr("，{0} 个产品执行").format(f"{row.products:,}") if row.products else ""
        self.chain.setText(f"{text}{users}")

    # -- actions ---------------------------------------------------------------------------------

    def import_catalogue(self) -> None:
        from ui.dialogs.standards_catalogue_import import CatalogueImportDialog

        if self.db.store is None or not is_admin(self.db):
            return
        path = self.page.ask_open_path(self.tr("导入标准目录"))
        if path is None:
            return
        dialog = CatalogueImportDialog(self.db, path, parent=self)
        modal.exec_dialog(dialog)
        if dialog.imported is not None and dialog.imported.result.ok:
            c = dialog.imported.result.counts
            self.page.message.emit(self.tr("标准目录已导入：新增 {0} 条，更新 {1} 条。").format(
                f"{c.get('created', 0):,}", f"{c.get('updated', 0):,}"))
        dialog.deleteLater()

    def apply_catalogue(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.messages import text
        from qsupervise.services import standards_catalogue

        if self.db.store is None or not is_admin(self.db):
            return
        try:
            with self.db.session() as s:
                done = standards_catalogue.apply_catalogue(s, actor=ACTOR)
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            return
        self.page.message.emit(text("std_flags_written", i18n.error_lang(), superseded=done.superseded,
                                    withdrawn=done.withdrawn, changed=done.changed, cleared=done.cleared))

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.status.count():
            self.fill_choices()
        self.search.setPlaceholderText(self.tr("标准号或名称"))
        self.chain_title.setText(self.tr("代替关系"))
        texts = {
            "import_catalogue": (self.tr("导入目录…"),
                                 self.tr("从 Excel 导入标准目录：先试导入并列出问题，确认后再写入")),
            "apply_catalogue": (self.tr("重新比对"),
                                self.tr("按目录重新标记所有产品执行的被代替、已废止标准")),
        }
        self.tool_tips = {key: tip for key, (_label, tip) in texts.items()}
        for key, (label, _tip) in texts.items():
            self.buttons[key].setText(label)
        self.update_buttons()
        self.model.retranslate()
        self.show_chain()
