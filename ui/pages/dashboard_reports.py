"""工作台 · 上报: at the county, which townships have sent a sync package this month, their last package, the seq
held and any gaps; and the county summary workbook for the city.

The stations come from ``services.dashboard.reporting_figures`` on the dashboard's quiet worker. The tab shows
only on a county installation (a township has no one reporting to it); its title counts who has not reported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from qsupervise.sync.status import StationStatus
    from ui.pages.dashboard import DashboardPage

HINT_STYLE = "color: #5f6b76;"
GOOD, BAD = "#2e7d32", "#c62828"


class ReportsRelay(QObject):
    done = Signal(int, object)  # generation, list[StationStatus]
    failed = Signal(int, object)


class ReportsPanel(QWidget):
    """Added to ``tabs`` as its last tab (hidden at a township)."""

    def __init__(self, tabs: QTabWidget, page: DashboardPage) -> None:
        super().__init__()
        self.setObjectName("reports_panel")
        self.tabs = tabs
        self.page = page
        self.rows: list[StationStatus] = []
        self.task: Any = None
        self.exported: Path | None = None
        self.relay = ReportsRelay(self)
        self.relay.done.connect(self.on_done)
        self.relay.failed.connect(self.on_failed)
        self.figure = QLabel()
        self.figure.setObjectName("reports_figure")
        self.figure.setTextFormat(Qt.TextFormat.RichText)
        self.export_button = QPushButton()
        self.export_button.setObjectName("county_summary_export")
        self.export_button.clicked.connect(self.export_summary)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("reports_table")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)
        top = QHBoxLayout()
        top.addWidget(self.figure, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        box.setSpacing(4)
        box.addLayout(top)
        box.addWidget(self.table, 1)
        box.addWidget(self.note)
        self.index = tabs.addTab(self, "")
        tabs.setTabVisible(self.index, False)  # until the figures say this is a county
        self.retranslate()

    # -- data ------------------------------------------------------------------------------------------

    def townships(self) -> list[StationStatus]:
        return [r for r in self.rows if r.role == "township" and not r.revoked]

    def is_county(self) -> bool:
        return any(r.is_local and r.role == "county" for r in self.rows)

    def on_done(self, generation: int, rows: list[StationStatus]) -> None:
        if generation == self.page.generation:
            self.rows = rows
            self.show_rows()

    def on_failed(self, generation: int, exc: BaseException) -> None:
        self.page.on_failed(generation, exc, self.show_rows, "")

    def clear(self) -> None:
        self.rows = []
        self.show_rows()

    def show_rows(self) -> None:
        county = self.is_county()
        self.tabs.setTabVisible(self.index, county)
        towns = self.townships()
        missing = [r for r in towns if not r.reported_this_month]
        self.table.setRowCount(len(towns))
        for n, r in enumerate(sorted(towns, key=lambda r: (r.reported_this_month, r.name))):
            gaps = "、".join(str(a) if a == b else f"{a}–{b}" for a, b in r.gaps)
            cells = [r.name, self.tr("已上报") if r.reported_this_month else self.tr("未上报"),
                     r.last_package_at.replace("T", " ")[:16] or self.tr("从未"),
                     f"{r.held_through:,}", self.tr("缺序号 {0}").format(gaps) if gaps else ""]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col == 1:
                    item.setForeground(Qt.GlobalColor.darkGreen if r.reported_this_month else Qt.GlobalColor.red)
                self.table.setItem(n, col, item)
        title = self.tr("上报") if not missing else self.tr("上报（未报 {0}）").format(len(missing))
        self.tabs.setTabText(self.index, title)
        if not towns:
            self.figure.setText(self.tr("还没有登记乡镇站点：在“数据交换”页登记后，乡镇的同步包导入即在此显示。"))
        else:
            colour = GOOD if not missing else BAD
            self.figure.setText(self.tr("本月已上报 <b style='color:{0}; font-size: 14pt;'>{1} / {2}</b> 个乡镇站点")
                                .format(colour, len(towns) - len(missing), len(towns)))
        self.export_button.setEnabled(self.page.db.store is not None and county)

    # -- the county summary ----------------------------------------------------------------------------

    def export_summary(self) -> None:
        store = self.page.db.store
        if store is None:
            return
        from datetime import date

        from ui.workers import run_task

        suggested = str(Path.home() / self.tr("县级汇总表-{0}.xlsx").format(date.today().isoformat()))
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("导出县级汇总表"), suggested, "Excel (*.xlsx)")
        if not name:
            return
        path = Path(name)
        day = self.page.today()

        def job(*, progress: Any, cancel: Any) -> Any:
            from qsupervise.documents.county_summary_export import export_county_summary

            progress(-1, "")
            return export_county_summary(store, path, day=day)

        def done(result: Any) -> None:
            from ui.usage import main_window, record_use

            self.exported = result.path
            record_use(self, self.page.db, "export.county_summary", result.path, {"townships": result.townships})
            window = main_window(self)
            if window is not None:
                window.statusBar().showMessage(self.tr("已保存到 {0}").format(result.path), 15000)

        self.task = run_task(self, job, label=self.tr("正在汇总各乡镇指标…"), on_success=done, cancellable=False)

    # -- language --------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("导出县级汇总表…"))
        self.export_button.setToolTip(self.tr("各乡镇指标（企业、抽查合格率、新增认证和品牌、计量、整改、采标率）、"
                                              "全县合计和上报情况，一个 Excel 文件报市"))
        self.table.setHorizontalHeaderLabels([self.tr("乡镇"), self.tr("本月"), self.tr("最近同步包"),
                                              self.tr("已收齐至序号"), self.tr("缺号")])
        self.note.setText(self.tr("本月 = 本月内导入过该乡镇的同步包。缺号表示乡镇有变更尚未到达县级，"
                                  "乡镇下次导出的同步包会再次带上。"))
        self.show_rows()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
