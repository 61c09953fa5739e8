"""证书台账: every live certificate, filtered by type, township, status (过期 derived) and expiry, searched by
holder (name, pinyin initials, credit code) or number; add, edit, delete (soft, undoable), reward payments.

Filtering and sorting happen in SQL (``certifications.page``); the list shows at most ``CAP`` rows and says so.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from ui import i18n, modal
from ui.database import ACTOR
from ui.list_focus import ListFocus
from ui.models.certifications import CertsModel, kind_label, status_label
from ui.pages.dashboard import dense_table
from ui.pages.spotcheck_widgets import EmptyHint
from ui.permissions import allows, can_write
from ui.widgets_search import ChoiceCombo, SearchBox

if TYPE_CHECKING:
    from qsupervise.services.certifications import CertQuery, CertRow
    from ui.pages.certifications import CertificationsPage

HINT_STYLE = "color: #5f6b76;"
CAP = 2000
WIDTHS = (230, 80, 150, 140, 130, 84, 84, 120, 64)
STATUS_FILTERS = ("valid", "suspended", "revoked", "cancelled", "expired")
EXPIRING = (30, 60, 90)


class CertListTab(ListFocus, QWidget):
    changed = Signal()  # something was saved or deleted here (the other tabs' counts are stale)

    def __init__(self, page: CertificationsPage) -> None:
        super().__init__()
        self.setObjectName("cert_list_tab")
        self.page = page
        self.db = page.db
        self._filling = False
        self._keep: str | None = None
        self.deleted: list[tuple[str, str]] = []  # (id, label) of certificates deleted here: Ctrl+Z brings back
        self.today = date.today()

        self.search = SearchBox()
        self.search.setObjectName("cert_search")
        self.search.setMinimumWidth(200)
        self.search.search.connect(self.on_filters_changed)
        self.search.leave.connect(self.focus_table)
        self.kind = ChoiceCombo("kind_filter")
        self.township = ChoiceCombo("township_filter")
        self.status = ChoiceCombo("status_filter")
        self.expiring = ChoiceCombo("expiring_filter")
        self.filters = (self.kind, self.township, self.status, self.expiring)
        for combo in self.filters:
            combo.currentIndexChanged.connect(self.on_filters_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("cert_count")
        self.count_label.setStyleSheet(HINT_STYLE)
        filter_bar = QHBoxLayout()
        filter_bar.setSpacing(6)
        filter_bar.addWidget(self.search, 1)
        for combo in self.filters:
            filter_bar.addWidget(combo)

        self.buttons: dict[str, QPushButton] = {}
        action_bar = QHBoxLayout()
        action_bar.setSpacing(6)
        for key, slot in (
            ("new_cert", self.new_cert),
            ("edit_cert", self.edit_cert),
            ("delete_cert", self.delete_cert),
            ("payment", self.record_payment),
            ("import", self.page.import_ledger),
            ("export", self.page.export_ledger),
        ):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.clicked.connect(lambda _=False, run=slot: run())
            action_bar.addWidget(button)
            self.buttons[key] = button
            if key == "payment":
                action_bar.addSpacing(12)
        action_bar.addStretch(1)
        action_bar.addWidget(self.count_label)

        self.model = CertsModel(self)
        self.model.sort_requested.connect(self.run_query)
        self.view = dense_table("cert_table")
        self.view.setModel(self.model)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(CertsModel.ISSUER, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(CertsModel.EXPIRES, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.activated.connect(self.edit_cert)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.empty = EmptyHint(self.view, "certs_empty")
        self.menu_actions: dict[str, QAction] = {}
        for key, slot, shortcut in (("edit_cert", self.edit_cert, None), ("delete_cert", self.delete_cert, "Delete"),
                                    ("payment", self.record_payment, None)):
            action = QAction(self.view)
            action.setObjectName(f"action_cert_{key}")
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, run=slot: run())
            self.view.addAction(action)
            self.menu_actions[key] = action
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(filter_bar)
        layout.addLayout(action_bar)
        layout.addWidget(self.view, 1)
        self.retranslate()
        self.update_buttons()

    # -- data ----------------------------------------------------------------------------------

    def query(self) -> CertQuery:
        from qsupervise.services.certifications import CertQuery

        days = self.expiring.value()
        return CertQuery(
            text=self.search.text(),
            kind=self.kind.value(),
            township_id=self.township.value(),
            status=self.status.value(),
            expiring=int(days) if days else None,
            sort=self.model.sort_key,
            descending=self.model.descending,
        )

    def fill_townships(self, townships: list[tuple[str, str]]) -> None:
        self._filling = True
        try:
            self.township.set_choices(self.tr("全部乡镇"), townships)
        finally:
            self._filling = False

    def refresh(self) -> None:
        self.run_query()

    def run_query(self) -> None:
        from qsupervise.services import certifications

        if self.db.store is None:
            self.model.set_rows([])
            self.show_count(0)
            return
        if not self.kind.count():
            self.fill_choices()
        keep = self._keep or self.current_id()
        self._keep = None
        self.today = date.today()
        query = self.query()
        with self.db.read() as s:
            total = certifications.count(s, query, today=self.today)
            rows = certifications.page(s, query, today=self.today, limit=CAP)
        self.model.today = self.today
        self.model.set_rows(rows)
        self.show_count(total)
        position = next((n for n, r in enumerate(rows) if r.id == keep), None)
        if position is not None:
            index = self.model.index(position, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index)
        self.update_buttons()

    def on_filters_changed(self) -> None:
        if not self._filling:
            self.run_query()

    def show_filtered(self, township_id: str | None, band: str) -> None:
        """The list the 到期提醒 table counted in one cell: a township (or all) and a band."""
        self._filling = True
        try:
            self.search.clear()
            self.search.flush()
            self.kind.set_value(None)
            self.township.set_value(township_id)
            self.status.set_value("expired" if band == "lapsed" else None)
            self.expiring.set_value(None if band == "lapsed" else band)
        finally:
            self._filling = False
        self.run_query()

    def show_count(self, total: int) -> None:
        shown = self.model.rowCount()
        if total > shown:
            self.count_label.setText(self.tr("共 {0} 份，显示前 {1} 份").format(f"{total:,}", f"{shown:,}"))
            self.count_label.setToolTip(self.tr("请用筛选条件或搜索缩小范围"))
        else:
            self.count_label.setText(self.tr("共 {0} 份").format(f"{total:,}"))
            self.count_label.setToolTip("")
        if self.db.store is None:
            text = self.tr("未打开数据库。")
        elif shown:
            text = ""
        elif self.filtered():
            text = self.tr("没有符合筛选条件的证书。")
        else:
            text = self.tr(
                "还没有登记证书。点“新增证书”（Ctrl+N）逐份登记，或用“导入台账”读入已有的 Excel 台账。"
            )
        self.empty.show_text(text)

    def filtered(self) -> bool:
        return bool(self.search.text().strip()) or any(c.value() for c in self.filters)

    def current(self) -> CertRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def current_id(self) -> str | None:
        row = self.current()
        return row.id if row is not None else None

    def update_buttons(self) -> None:
        have = self.db.store is not None
        row = self.current() if have else None
        write = can_write(self.db, "certification")  # a clerk those of their township; an inspector, a viewer none
        self.buttons["new_cert"].setEnabled(have and write)
        self.buttons["import"].setEnabled(have and write and allows(self.db, "import"))
        self.buttons["export"].setEnabled(have)
        for key in ("edit_cert", "delete_cert"):
            self.buttons[key].setEnabled(write and row is not None)
            self.menu_actions[key].setEnabled(write and row is not None)
        eligible = can_write(self.db, "reward_payment") and row is not None and row.reward_eligible
        self.buttons["payment"].setEnabled(eligible)
        self.menu_actions["payment"].setEnabled(eligible)

    def keep(self, cert_id: str) -> None:
        self._keep = cert_id

    # -- actions -------------------------------------------------------------------------------

    def new_cert(self) -> None:
        from ui.dialogs.certification_form import CertificationForm

        if self.db.store is None or not can_write(self.db, "certification"):
            return
        form = CertificationForm(self.db, parent=self)
        form.saved.connect(self.keep)
        if modal.exec_dialog(form):
            self.page.message.emit(self.tr("已登记证书 {0}。").format(form.saved_label))
        form.deleteLater()

    def edit_cert(self) -> None:
        from qsupervise.errors import KnownError
        from ui.dialogs.certification_form import CertificationForm

        row = self.current()
        if row is None or not self.buttons["edit_cert"].isEnabled():  # a reader's double click: nothing to edit
            return
        try:
            form = CertificationForm(self.db, cert_id=row.id, parent=self)
        except KnownError as exc:  # deleted on another station since the list was read
            modal.warn(self, exc.message(i18n.error_lang()))
            self.run_query()
            return
        form.saved.connect(self.keep)
        if modal.exec_dialog(form):
            self.page.message.emit(self.tr("已保存证书 {0}。").format(form.saved_label))
        form.deleteLater()

    def delete_cert(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import certifications

        row = self.current()
        if row is None or not self.buttons["delete_cert"].isEnabled():
            return
        label = f"{row.holder} {kind_label(row.kind)} {row.number}".strip()
        question = self.tr("删除证书“{0}”？删除后不再列出、不再提醒，记录保留，可用 Ctrl+Z 撤销。").format(label)
        if not modal.confirm(self, question):
            return
        try:
            with self.db.session() as s:
                certifications.set_deleted(s, cert_id=row.id, deleted=True, actor=ACTOR)
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            return
        self.deleted.append((row.id, label))
        self.page.message.emit(self.tr("已删除证书“{0}”（Ctrl+Z 撤销）。").format(label))

    def undo_delete(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import certifications

        if not self.deleted or self.db.store is None:
            return
        cert_id, label = self.deleted.pop()
        self._keep = cert_id
        try:
            with self.db.session() as s:
                certifications.set_deleted(s, cert_id=cert_id, deleted=False, actor=ACTOR)
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            return
        self.page.message.emit(self.tr("已恢复证书“{0}”。").format(label))

    def record_payment(self) -> None:
        from ui.dialogs.certification_payment import PaymentDialog
        from ui.models.certifications import yuan

        row = self.current()
        if row is None or not self.buttons["payment"].isEnabled():
            return
        dialog = PaymentDialog(self.db, row.id, parent=self)
        if modal.exec_dialog(dialog) and dialog.paid_fen is not None:
            self.page.message.emit(self.tr("已登记奖励资金 {0} 元（{1}）。").format(yuan(dialog.paid_fen), row.holder))
        dialog.deleteLater()

    # -- language ----------------------------------------------------------------------------------

    def fill_choices(self) -> None:
        """The coded filters' labels, from the core's rules: only once a database is open (start-up stays light)."""
        from qsupervise.rules import certificates

        self._filling = True
        try:
            self.kind.set_choices(self.tr("全部类型"), [(k, kind_label(k)) for k in certificates.KIND_CODES])
            self.status.set_choices(self.tr("全部状态"), [(s, status_label(s)) for s in STATUS_FILTERS])
        finally:
            self._filling = False

    def retranslate(self) -> None:
        self._filling = True
        try:
            if self.kind.count():
                self.fill_choices()
            if self.township.count():
                self.township.setItemText(0, self.tr("全部乡镇"))
            within = [(str(d), self.tr("{0} 天内到期").format(d)) for d in EXPIRING]
            self.expiring.set_choices(self.tr("不限到期"), within)
        finally:
            self._filling = False
        self.search.setPlaceholderText(self.tr("企业名称、拼音首字母、信用代码或证书编号"))
        self.search.setToolTip(self.tr("边输入边筛选（Ctrl+F）"))
        texts = {
            "new_cert": (self.tr("新增证书…"), self.tr("登记一份证书或许可证（Ctrl+N）")),
            "edit_cert": (self.tr("编辑…"), self.tr("编辑选中的证书（回车或双击）")),
            "delete_cert": (self.tr("删除"), self.tr("删除选中的证书（可撤销）")),
            "payment": (self.tr("奖励资金…"), self.tr("为标记“可获奖励”的新获证书登记发放的奖励资金")),
            "import": (self.tr("导入台账…"), self.tr("从 Excel 或 CSV 台账导入证书：先核对列、试导入，再导入")),
            "export": (self.tr("导出台账…"), self.tr("按当前筛选条件导出认证许可台账（Ctrl+E）")),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        for key in ("edit_cert", "delete_cert", "payment"):
            self.menu_actions[key].setText(texts[key][0])
        self.model.retranslate()
