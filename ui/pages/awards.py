"""品牌与奖项: award and brand programmes (奖项计划), the applications and their workflow (申报), the register of
granted titles (名牌登记) and the county's reward fund (奖励资金).

The tabs live in ``award_programs_tab``, ``award_applications_tab``, ``award_register_tab`` and ``fund_tab``; the
forms in ``ui/dialogs/award_*`` and ``fund_*``. Every change is one service call in one transaction; the core is
imported only once a database is open, so the window paints before SQLAlchemy loads.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QPushButton, QTabWidget, QWidget

from ui.database import Database
from ui.pages.award_applications_tab import ApplicationsTab
from ui.pages.award_programs_tab import ProgramsTab
from ui.pages.award_register_tab import RegisterTab
from ui.pages.base import Page
from ui.pages.fund_tab import FundTab
from ui.usage import record_use

if TYPE_CHECKING:
    from ui.workers import Task

FOLDER_KEY = "awards/folder"


def last_folder() -> str:
    folder = str(QSettings().value(FOLDER_KEY, "") or "")
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember(path: Path) -> None:
    QSettings().setValue(FOLDER_KEY, str(path.parent))


class AwardsPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("page_awards")
        self.task: Task | None = None  # the last export or PDF (tests wait on it)
        self.exported: Path | None = None
        self.townships: list[tuple[str, str]] = []
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("btn_refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton()
        self.export_button.setObjectName("btn_export_awards")
        self.export_button.clicked.connect(self.export_awards)
        self.toolbar.addWidget(self.export_button)
        self.toolbar.addWidget(self.refresh_button)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("award_tabs")
        self.programs_tab = ProgramsTab(self)
        self.applications_tab = ApplicationsTab(self)
        self.register_tab = RegisterTab(self)
        self.fund_tab = FundTab(self)
        for tab in self.all_tabs():
            self.tabs.addTab(tab, "")
        self.stale_tabs: set[QWidget] = set()
        self.tabs.currentChanged.connect(self.on_tab_changed)
        self.programs_tab.show_applications.connect(self.show_applications)
        self.body.addWidget(self.tabs, 1)

        self.shortcut_actions: dict[str, QAction] = {}
        for key, slot, shortcut in (
            ("new", self.new_record, "Ctrl+N"),
            ("find", self.find, "Ctrl+F"),
            ("export", self.export, "Ctrl+E"),
            ("print", self.print_summary, "Ctrl+P"),
        ):
            action = QAction(self)
            action.setObjectName(f"action_awards_{key}")
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, run=slot: run())
            self.addAction(action)
            self.shortcut_actions[key] = action
        self.retranslate()

    def all_tabs(self) -> tuple[ProgramsTab, ApplicationsTab, RegisterTab, FundTab]:
        return self.programs_tab, self.applications_tab, self.register_tab, self.fund_tab

    # -- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Townships for the filters, then the tab shown; the others when they are next shown."""
        super().refresh()
        townships: list[tuple[str, str]] = []
        if self.db.store is not None:
            from qsupervise.services import org

            with self.db.read() as s:
                townships = [(u.id, u.name) for u in org.list_units(s, include_inactive=False) if u.kind == "township"]
            for tab in self.all_tabs():
                tab.fill_choices()
        self.townships = townships
        self.applications_tab.fill_townships(townships)
        self.register_tab.fill_townships(townships)
        self.stale_tabs = set(self.all_tabs())
        self.refresh_tab(self.tabs.currentWidget())

    def refresh_tab(self, tab: QWidget) -> None:
        self.stale_tabs.discard(tab)
        if isinstance(tab, ProgramsTab | ApplicationsTab | RegisterTab | FundTab):
            tab.refresh()

    def on_tab_changed(self, _index: int) -> None:
        tab = self.tabs.currentWidget()
        if tab in self.stale_tabs:
            self.refresh_tab(tab)

    def show_applications(self, program_id: str) -> None:
        self.stale_tabs.discard(self.applications_tab)
        self.applications_tab.show_program(program_id)
        self.tabs.setCurrentWidget(self.applications_tab)

    # -- page actions ----------------------------------------------------------------------------

    def new_record(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is self.programs_tab:
            self.programs_tab.new_program("famous_brand")
        elif tab is self.register_tab:
            self.register_tab.new_brand()
        elif tab is self.fund_tab:
            self.fund_tab.new_payment()
        else:
            self.tabs.setCurrentWidget(self.applications_tab)
            self.applications_tab.new_application()

    def find(self) -> None:
        if self.tabs.currentWidget() is self.register_tab:
            self.register_tab.focus_search()
        else:
            self.tabs.setCurrentWidget(self.applications_tab)
            self.applications_tab.focus_search()

    def export(self) -> None:
        if self.tabs.currentWidget() is self.fund_tab:
            self.fund_tab.export_ledger()
        else:
            self.export_awards()

    def print_summary(self) -> None:
        if self.tabs.currentWidget() is self.applications_tab:
            self.applications_tab.print_summary()

    # -- files -----------------------------------------------------------------------------------

    def ask_save_path(self, title: str, suggested: str, kind: str = "xlsx") -> Path | None:
        """Where to write a workbook (or a PDF); tests replace this."""
        filters = {"xlsx": self.tr("Excel 工作簿 (*.xlsx)"), "pdf": self.tr("PDF 文件 (*.pdf)")}
        name, _ = QFileDialog.getSaveFileName(self, title, str(Path(last_folder()) / suggested), filters[kind])
        if not name:
            return None
        path = Path(name)
        remember(path)
        return path if path.suffix.lower() == f".{kind}" else path.with_suffix(f".{kind}")

    def export_awards(self) -> None:
        """奖项与名牌, 名牌登记 and 奖励资金 in one workbook, for the year chosen in 奖项计划 (or every year)."""
        from datetime import date
        from typing import Any

        from ui.workers import run_task

        store = self.db.store
        if store is None:
            return
        chosen = self.programs_tab.year.value()
        year = int(chosen) if chosen else None
        scope = self.tr("{0}年度").format(year) if year else self.tr("历年")
        path = self.ask_save_path(self.tr("导出品牌与奖项"), self.tr("品牌与奖项-{0}.xlsx").format(scope))
        if path is None:
            return
        today = date.today()

        def job(*, progress: Any, cancel: Any) -> Any:
            from qsupervise.documents.award_export import export_awards

            return export_awards(store, path, year=year, today=today)

        def done(result: Any) -> None:
            self.exported = path
            self.message.emit(self.tr("已导出 {0} 个项目、{1} 份申报、{2} 条名牌登记到 {3}").format(
                result.programs, result.applications, result.brands, path))
            record_use(self, self.db, "export.awards", path,
                       {"year": year, "programs": result.programs, "applications": result.applications})

        self.exported = None
        self.task = run_task(self, job, label=self.tr("正在导出品牌与奖项…"), on_success=done)

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("品牌与奖项"))
        self.refresh_button.setText(self.tr("刷新"))
        self.refresh_button.setToolTip(self.tr("重新读取（F5）"))
        self.export_button.setText(self.tr("导出汇总…"))
        self.export_button.setToolTip(
            self.tr("把所选年度的奖项与申报、名牌登记和奖励资金导出为一个 Excel 工作簿（Ctrl+E）"))
        for i, text in enumerate((self.tr("奖项计划"), self.tr("申报"), self.tr("名牌登记"), self.tr("奖励资金"))):
            self.tabs.setTabText(i, text)
        texts = {
            "new": self.tr("新建"),
            "find": self.tr("查找"),
            "export": self.tr("导出"),
            "print": self.tr("打印申报摘要"),
        }
        for key, text in texts.items():
            self.shortcut_actions[key].setText(text)
        for tab in self.all_tabs():
            tab.retranslate()
