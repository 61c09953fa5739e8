"""认证许可: the certificate ledger (证书台账), the expiry watch with printable reminder lists (到期提醒), and
instruments under compulsory verification with their two rates (计量器具).

The tabs live in ``certification_list_tab``, ``certification_expiry_tab`` and ``instrument_tab``; the forms in
``ui/dialogs/certification_*`` and ``instrument_form``. Every change is one service call in one transaction;
the core is imported only once a database is open, so the window paints before SQLAlchemy loads.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QPushButton, QTabWidget, QWidget

from ui import modal
from ui.database import Database
from ui.pages import certification_files
from ui.pages.base import Page
from ui.pages.certification_expiry_tab import ExpiryTab
from ui.pages.certification_list_tab import CertListTab
from ui.pages.instrument_tab import InstrumentsTab
from ui.usage import record_use

if TYPE_CHECKING:
    from ui.workers import Task


class CertificationsPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("page_certifications")
        self.task: Task | None = None  # the last export (tests wait on it)
        self.exported: tuple[Path, int] | None = None
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("btn_refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.toolbar.addWidget(self.refresh_button)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("certification_tabs")
        self.list_tab = CertListTab(self)
        self.expiry_tab = ExpiryTab(self)
        self.instruments_tab = InstrumentsTab(self)
        for tab in (self.list_tab, self.expiry_tab, self.instruments_tab):
            self.tabs.addTab(tab, "")
        self.stale_tabs: set[QWidget] = set()
        self.tabs.currentChanged.connect(self.on_tab_changed)
        self.expiry_tab.open_list.connect(self.show_list)
        self.body.addWidget(self.tabs, 1)

        self.shortcut_actions: dict[str, QAction] = {}
        for key, slot, shortcut in (
            ("new", self.new_record, "Ctrl+N"),
            ("find", self.find, "Ctrl+F"),
            ("export", self.export_ledger, "Ctrl+E"),
            ("print", self.print_reminders, "Ctrl+P"),
            ("undo", self.list_tab.undo_delete, "Ctrl+Z"),
        ):
            action = QAction(self)
            action.setObjectName(f"action_certifications_{key}")
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, run=slot: run())
            self.addAction(action)
            self.shortcut_actions[key] = action
        self.retranslate()

    # -- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Townships for the filters, then the tab shown; the others when they are next shown."""
        super().refresh()
        townships: list[tuple[str, str]] = []
        if self.db.store is not None:
            from qsupervise.services import org

            with self.db.read() as s:
                townships = [(u.id, u.name) for u in org.list_units(s, include_inactive=False) if u.kind == "township"]
        self.list_tab.fill_townships(townships)
        self.instruments_tab.fill_townships(townships)
        self.expiry_tab.townships = townships
        self.stale_tabs = {self.list_tab, self.expiry_tab, self.instruments_tab}
        self.refresh_tab(self.tabs.currentWidget())

    def refresh_tab(self, tab: QWidget) -> None:
        self.stale_tabs.discard(tab)
        if isinstance(tab, CertListTab | ExpiryTab | InstrumentsTab):
            tab.refresh()

    def on_tab_changed(self, _index: int) -> None:
        tab = self.tabs.currentWidget()
        if tab in self.stale_tabs:
            self.refresh_tab(tab)

    def show_list(self, township_id: str | None, band: str) -> None:
        """A cell of 到期提醒: the ledger filtered to it."""
        self.stale_tabs.discard(self.list_tab)
        self.list_tab.show_filtered(township_id, band)
        self.tabs.setCurrentWidget(self.list_tab)
        self.list_tab.focus_table()

    # -- page actions ----------------------------------------------------------------------------

    def new_record(self) -> None:
        if self.tabs.currentWidget() is self.instruments_tab:
            self.instruments_tab.new_instrument()
        else:
            self.tabs.setCurrentWidget(self.list_tab)
            self.list_tab.new_cert()

    def find(self) -> None:
        if self.tabs.currentWidget() is self.instruments_tab:
            self.instruments_tab.focus_search()
        else:
            self.tabs.setCurrentWidget(self.list_tab)
            self.list_tab.focus_search()

    def print_reminders(self) -> None:
        self.tabs.setCurrentWidget(self.expiry_tab)
        self.expiry_tab.print_reminders()

    # -- the ledger in and out --------------------------------------------------------------------

    def ask_import_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择要导入的认证许可台账"),
                                              certification_files.last_folder(),
                                              self.tr("表格 (*.xlsx *.csv);;所有文件 (*)"))
        if not name:
            return None
        certification_files.remember(Path(name))
        return Path(name)

    def ask_export_path(self) -> Path | None:
        excel, csv = self.tr("Excel 工作簿 (*.xlsx)"), self.tr("CSV，UTF-8 (*.csv)")
        start = str(Path(certification_files.last_folder()) /
                    self.tr("认证许可台账-{0}.xlsx").format(date.today().isoformat()))
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("导出认证许可台账"), start, f"{excel};;{csv}")
        if not name:
            return None
        path = Path(name)
        certification_files.remember(path)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if chosen == csv else ".xlsx")
        return path

    def import_ledger(self) -> None:
        if self.db.store is None or not self.list_tab.buttons["import"].isEnabled():
            return
        path = self.ask_import_path()
        if path is None:
            return
        from ui.dialogs.certification_import import CertImportWizard

        wizard = CertImportWizard(self.db, path, parent=self)
        modal.exec_dialog(wizard)
        if wizard.imported is not None:
            self.message.emit(wizard.summary_text())
        wizard.deleteLater()

    def export_ledger(self) -> None:
        """The ledger with the list's filters (type, township, status, expiring; the search box is not a filter
        a ledger keeps)."""
        from ui.workers import run_task

        store = self.db.store
        if store is None:
            return
        self.tabs.setCurrentWidget(self.list_tab)
        q = self.list_tab.query()
        path = self.ask_export_path()
        if path is None:
            return

        def job(*, progress: Any, cancel: Any) -> int:
            from qsupervise.documents.certification_export import export_certifications

            return export_certifications(store, path, kind=q.kind, township_id=q.township_id, expiring=q.expiring,
                                         status=q.status, progress=progress, cancel=cancel.is_set)

        def done(written: int) -> None:
            self.exported = (path, written)
            self.message.emit(self.tr("已导出 {0} 份证书到 {1}").format(f"{written:,}", path))
            record_use(self, self.db, "export.certifications", path, {"rows": written})

        self.exported = None
        self.task = run_task(self, job, label=self.tr("正在导出认证许可台账…"), on_success=done)

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("认证许可"))
        self.refresh_button.setText(self.tr("刷新"))
        self.refresh_button.setToolTip(self.tr("重新读取（F5）"))
        self.tabs.setTabText(0, self.tr("证书台账"))
        self.tabs.setTabText(1, self.tr("到期提醒"))
        self.tabs.setTabText(2, self.tr("计量器具"))
        texts = {
            "new": self.tr("新增"),
            "find": self.tr("查找"),
            "export": self.tr("导出认证许可台账"),
            "print": self.tr("打印到期提醒单"),
            "undo": self.tr("撤销删除证书"),
        }
        for key, text in texts.items():
            self.shortcut_actions[key].setText(text)
        self.list_tab.retranslate()
        self.expiry_tab.retranslate()
        self.instruments_tab.retranslate()
