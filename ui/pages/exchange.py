"""数据交换: sync packages between the townships and the county, and what a merge leaves to decide.

A township exports its work for the county and imports the county's return package (``exchange_township``);
the county checks and imports the townships' packages and writes each one its return package
(``exchange_county``); both see the conflicts, possible duplicates and held records (``conflicts_tab``).
Packages are read and written on a worker; the core is imported only once a database is open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QTabWidget, QWidget

from ui.database import Database
from ui.pages.base import LazyTabs, Page
from ui.pages.conflicts_tab import ConflictsTab
from ui.pages.exchange_common import HINT_STYLE, last_folder, remember
from ui.pages.exchange_county import CountyTab
from ui.pages.exchange_township import TownshipTab

if TYPE_CHECKING:
    from ui.workers import Task


class ExchangePage(LazyTabs, Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("page_exchange")
        self.task: Task | None = None  # the last package job (tests wait on it)
        self.role: str | None = None  # the local station's: county | township (None: no database)
        self.station_name = ""
        self.station_code = ""
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("btn_refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.toolbar.addWidget(self.refresh_button)
        self.station_label = QLabel()
        self.station_label.setObjectName("exchange_station")
        self.station_label.setStyleSheet(HINT_STYLE)
        self.station_label.setWordWrap(True)
        self.body.addWidget(self.station_label)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("exchange_tabs")
        self.township_tab = TownshipTab(self)
        self.county_tab = CountyTab(self)
        self.conflicts_tab = ConflictsTab(self)
        for tab in self.all_tabs():
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(self.on_tab_changed)
        self.stale_tabs: set[QWidget] = set()
        self.body.addWidget(self.tabs, 1)
        self.retranslate()

    def all_tabs(self) -> tuple[TownshipTab, CountyTab, ConflictsTab]:
        return self.township_tab, self.county_tab, self.conflicts_tab

    # -- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The local station decides the first tab (township or county); the tab shown is read now, the others
        when they are next shown."""
        super().refresh()
        self.role, self.station_name, self.station_code = None, "", ""
        if self.db.store is not None:
            from qsupervise.errors import KnownError
            from qsupervise.sync import stations

            with self.db.read() as s:
                try:
                    local = stations.local_station(s)
                except KnownError:
                    local = None
                if local is not None:
                    self.role, self.station_name, self.station_code = local.role, local.name, local.code
        self.tabs.setTabVisible(self.tabs.indexOf(self.township_tab), self.role != "county")
        self.tabs.setTabVisible(self.tabs.indexOf(self.county_tab), self.role == "county")
        if self.role == "county" and self.tabs.currentWidget() is self.township_tab:
            self.tabs.setCurrentWidget(self.county_tab)
        elif self.role != "county" and self.tabs.currentWidget() is self.county_tab:
            self.tabs.setCurrentWidget(self.township_tab)
        self.show_station()
        self.reload_tabs()

    def show_station(self) -> None:
        code = self.station_code
        if self.db.store is None:
            self.station_label.setText(self.tr("未打开数据库。"))
        elif self.role == "county":
            self.station_label.setText(self.tr(
                "本站：{0}（{1}，县级）。导入各乡镇交来的同步包，再为每个乡镇写回执下发包带回去。").format(
                self.station_name, code))
        elif self.role == "township":
            self.station_label.setText(self.tr(
                "本站：{0}（{1}，乡镇）。把本站的工作导出为同步包交给县级，再导入县级的回执下发包。").format(
                self.station_name, code))
        else:
            self.station_label.setText(self.tr("这个数据库没有本站点记录，不能交换同步包。"))

    def forget(self) -> None:
        for tab in self.all_tabs():
            tab.forget()

    def show_conflicts(self, table: str | None = None, row_id: str | None = None) -> None:
        """Open 冲突与重复 at the conflicts of one record (from the badge on a record)."""
        self.tabs.setCurrentWidget(self.conflicts_tab)
        self.conflicts_tab.select_record(table, row_id)

    # -- jobs --------------------------------------------------------------------------------------

    def run_job(self, job: Callable[..., Any], *, label: str, on_success: Callable[[Any], None],
                cancellable: bool = False) -> None:
        """A package job on a worker: the database is busy meanwhile (no backup or restore), the window shows
        progress, a KnownError is shown as the core words it."""
        from ui.workers import run_task

        self.set_busy(True)
        self.task = run_task(self, job, label=label, on_success=on_success,
                             on_done=lambda: self.set_busy(False), cancellable=cancellable, min_duration_ms=200)

    def set_busy(self, busy: bool) -> None:
        self.db.busy = busy
        window = self.window()
        update = getattr(window, "update_actions", None)
        if callable(update):
            update()
        for tab in self.all_tabs():
            tab.update_buttons()

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    # -- files (tests replace these) -------------------------------------------------------------------

    def ask_save_path(self, title: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, str(Path(last_folder()) / suggested),
                                              self.tr("同步包 (*.qsp)"))
        if not name:
            return None
        path = Path(name)
        remember(path)
        return path if path.suffix.lower() == ".qsp" else path.with_name(path.name + ".qsp")

    def ask_open_paths(self, title: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(self, title, last_folder(),
                                                self.tr("同步包 (*.qsp);;所有文件 (*)"))
        paths = [Path(n) for n in names]
        if paths:
            remember(paths[0])
        return paths

    def ask_folder(self, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, title, last_folder())
        if not name:
            return None
        path = Path(name)
        remember(path)
        return path

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("数据交换"))
        self.refresh_button.setText(self.tr("刷新"))
        self.refresh_button.setToolTip(self.tr("重新读取（F5）"))
        self.tabs.setTabText(self.tabs.indexOf(self.township_tab), self.tr("同步包"))
        self.tabs.setTabText(self.tabs.indexOf(self.county_tab), self.tr("站点与导入"))
        self.tabs.setTabText(self.tabs.indexOf(self.conflicts_tab), self.tr("冲突与重复"))
        for tab in self.all_tabs():
            tab.retranslate()
        self.show_station()
