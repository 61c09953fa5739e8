"""标准化: the standards every product executes (执行标准库) with the catalogue's superseded / withdrawn flags, the
county's standards catalogue (标准目录), adoption of international standards (采标率) against the county's target,
standards drafted locally (参与制定标准) and agricultural standardization projects (农业标准化).

The tabs live in ``standards_*_tab.py``, the forms in ``ui/dialogs/standards_*``; the models in
``ui/models/standards.py``. The core is imported only once a database is open, so the window paints before
SQLAlchemy loads.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QPushButton, QTabWidget, QWidget

from ui.database import Database
from ui.pages.base import LazyTabs, Page
from ui.pages.standards_catalogue_tab import CatalogueTab
from ui.pages.standards_drafted_tab import DraftedTab
from ui.pages.standards_ledger_tab import LedgerTab
from ui.pages.standards_projects_tab import ProjectsTab
from ui.pages.standards_rates_tab import RatesTab
from ui.permissions import allows

if TYPE_CHECKING:
    from ui.workers import Task

FOLDER_KEY = "standards/folder"


def last_folder() -> str:
    folder = str(QSettings().value(FOLDER_KEY, "") or "")
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember(path: Path) -> None:
    QSettings().setValue(FOLDER_KEY, str(path.parent))


class StandardsPage(LazyTabs, Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("page_standards")
        self.task: Task | None = None  # the last export (tests wait on it)
        self.exported: Path | None = None
        self.townships: list[tuple[str, str]] = []
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("btn_refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton()
        self.export_button.setObjectName("btn_export_standards")
        self.export_button.clicked.connect(self.export_standards)
        self.toolbar.addWidget(self.export_button)
        self.toolbar.addWidget(self.refresh_button)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("standards_tabs")
        self.ledger_tab = LedgerTab(self)
        self.catalogue_tab = CatalogueTab(self)
        self.rates_tab = RatesTab(self)
        self.drafted_tab = DraftedTab(self)
        self.projects_tab = ProjectsTab(self)
        for tab in self.all_tabs():
            self.tabs.addTab(tab, "")
        self.stale_tabs: set[QWidget] = set()
        self.tabs.currentChanged.connect(self.on_tab_changed)
        self.body.addWidget(self.tabs, 1)

        self.shortcut_actions: dict[str, QAction] = {}
        for key, slot, shortcut in (("find", self.focus_search, "Ctrl+F"), ("export", self.export_standards, "Ctrl+E"),
                                    ("new", self.new_record, "Ctrl+N")):
            action = QAction(self)
            action.setObjectName(f"action_standards_{key}")
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, run=slot: run())
            self.addAction(action)
            self.shortcut_actions[key] = action
        self.retranslate()

    def all_tabs(self) -> tuple[LedgerTab, CatalogueTab, RatesTab, DraftedTab, ProjectsTab]:
        return self.ledger_tab, self.catalogue_tab, self.rates_tab, self.drafted_tab, self.projects_tab

    # -- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Townships for the filters, then the tab shown; the others when they are next shown."""
        super().refresh()
        townships: list[tuple[str, str]] = []
        if self.db.store is not None:
            from qsupervise.services import org

            with self.db.read() as s:
                townships = [(u.id, u.name) for u in org.list_units(s, include_inactive=False) if u.kind == "township"]
        self.townships = townships
        for tab in self.all_tabs():
            tab.fill_choices()
        self.apply_role()
        self.reload_tabs()

    def apply_role(self) -> None:
        """What the signed-in user's role may use (ui/permissions.py; the core refuses the rest anyway): the
        catalogue and the target are the county administrator's, 采标 needs executed standards to be writable (a
        township clerk's own township: the core says so for another), drafted standards and projects their tables."""
        self.export_button.setEnabled(self.db.store is not None and allows(self.db, "export"))
        for tab in self.all_tabs():
            tab.update_buttons()

    def forget(self) -> None:
        for tab in self.all_tabs():
            tab.forget()

    # -- page actions ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is self.catalogue_tab:
            self.catalogue_tab.search.setFocus()
        else:
            self.tabs.setCurrentWidget(self.ledger_tab)
            self.ledger_tab.search.setFocus()

    def new_record(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is self.drafted_tab:
            self.drafted_tab.new_drafted()
        elif tab is self.projects_tab:
            self.projects_tab.new_project()

    # -- files -----------------------------------------------------------------------------------

    def ask_save_path(self, title: str, suggested: str) -> Path | None:
        """Where to write a workbook; tests replace this."""
        name, _ = QFileDialog.getSaveFileName(self, title, str(Path(last_folder()) / suggested),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        remember(path)
        return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")

    def ask_open_path(self, title: str) -> Path | None:
        """A workbook to read (the catalogue); tests replace this."""
        name, _ = QFileDialog.getOpenFileName(self, title, last_folder(),
                                              self.tr("Excel 工作簿 (*.xlsx *.xlsm);;所有文件 (*)"))
        if not name:
            return None
        path = Path(name)
        remember(path)
        return path

    def export_standards(self) -> None:
        """执行标准 (as the ledger's filters select), 采标率 and 农业标准化 in one workbook, in a worker."""
        from datetime import date
        from typing import Any

        from ui.workers import run_task

        store = self.db.store
        if store is None:
            return
        ledger_filter = self.ledger_tab.current_filter()
        path = self.ask_save_path(self.tr("导出标准化台账"),
                                  self.tr("标准化台账-{0}.xlsx").format(date.today().isoformat()))
        if path is None:
            return

        def job(*, progress: Any, cancel: Any) -> Any:
            from qsupervise.documents.standards_export import export_standards

            return export_standards(store, path, ledger_filter=ledger_filter, progress=progress)

        def done(result: Any) -> None:
            self.exported = path
            self.message.emit(self.tr("已导出 {0} 条执行标准、{1} 行采标率、{2} 个示范项目到 {3}").format(
                f"{result.standards:,}", result.rates, result.projects, path))

        self.exported = None
        self.task = run_task(self, job, label=self.tr("正在导出标准化台账…"), on_success=done)

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("标准化"))
        self.refresh_button.setText(self.tr("刷新"))
        self.refresh_button.setToolTip(self.tr("重新读取（F5）"))
        self.export_button.setText(self.tr("导出台账…"))
        self.export_button.setToolTip(self.tr(
            "把执行标准（按当前筛选）、采标率和农业标准化项目导出为一个 Excel 工作簿（Ctrl+E）"))
        texts = (self.tr("执行标准"), self.tr("标准目录"), self.tr("采标率"), self.tr("参与制定标准"),
                 self.tr("农业标准化"))
        for i, text in enumerate(texts):
            self.tabs.setTabText(i, text)
        for key, text in (("find", self.tr("查找")), ("export", self.tr("导出")), ("new", self.tr("新建"))):
            self.shortcut_actions[key].setText(text)
        for tab in self.all_tabs():
            tab.retranslate()
