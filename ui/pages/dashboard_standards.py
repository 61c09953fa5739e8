"""工作台 · 标准化: the county's adoption rate (采标率) against its target and the agricultural projects' implementation
rate (推广实施率), with a chart of either by township.

The figures come from ``services.dashboard.standards_figures`` on the dashboard's quiet worker; this panel is a tab
beside the township counts. It follows the database itself (a file opened clears it, a change marks it waiting)
and checks the dashboard's generation, so the dashboard only starts its job.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from ui.charts import Bar, BarChart
from ui.widgets_search import ChoiceCombo

if TYPE_CHECKING:
    from qsupervise.services.dashboard import StandardsFigures
    from ui.pages.dashboard import DashboardPage

HINT_STYLE = "color: #5f6b76;"
GOOD, BAD, MUTED = "#2e7d32", "#c62828", "#5f6b76"


def rate_text(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.1f}%"


class StandardsRelay(QObject):
    done = Signal(int, object)  # generation, StandardsFigures
    failed = Signal(int, object)


class StandardsPanel(QWidget):
    """Added to ``tabs`` as its last tab."""

    def __init__(self, tabs: QTabWidget, page: DashboardPage) -> None:
        super().__init__()
        self.setObjectName("standards_progress")
        self.tabs = tabs
        self.page = page
        self.figures: StandardsFigures | None = None
        self.busy = page.db.store is not None  # the dashboard asks for the figures when it refreshes
        self.relay = StandardsRelay(self)
        self.relay.done.connect(self.on_done)
        self.relay.failed.connect(self.on_failed)
        page.db.opened.connect(self.clear)
        page.db.changed.connect(self.waiting)
        self.figure = QLabel()
        self.figure.setObjectName("standards_figure")
        self.figure.setTextFormat(Qt.TextFormat.RichText)
        self.figure.setWordWrap(True)
        self.show_by = ChoiceCombo("standards_chart")
        self.show_by.set_choices(None, [("adoption", ""), ("implementation", "")])
        self.show_by.currentIndexChanged.connect(self.show_figures)
        self.chart = BarChart()
        self.chart.setObjectName("standards_chart_bars")
        self.chart.set_percent(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.chart)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)
        top = QHBoxLayout()
        top.addWidget(self.figure, 1)
        top.addWidget(self.show_by, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        box.setSpacing(4)
        box.addLayout(top)
        box.addWidget(scroll, 1)
        box.addWidget(self.note)
        self.index = tabs.addTab(self, "")
        self.retranslate()

    # -- data ------------------------------------------------------------------------------------------

    def waiting(self) -> None:
        """The data changed: the dashboard's worker reads the figures again (or no file is open)."""
        if self.page.db.store is None:
            self.clear()
            return
        self.busy = True
        self.show_figures()

    def clear(self) -> None:
        self.figures, self.busy = None, self.page.db.store is not None
        self.show_figures()

    def on_done(self, generation: int, figures: StandardsFigures) -> None:
        if generation == self.page.generation:
            self.figures, self.busy = figures, False
            self.show_figures()

    def on_failed(self, generation: int, exc: BaseException) -> None:
        def stop() -> None:
            self.busy = False
            self.show_figures()

        self.page.on_failed(generation, exc, stop, "")

    def show_figures(self) -> None:
        found = self.figures
        if found is None:
            self.figure.setText(self.tr("正在统计…") if self.busy and self.page.db.store is not None else "")
            self.chart.set_bars([])
            self.chart.set_target(None)
            return
        a, farms = found.adoption, found.county_implementation
        colour = MUTED if a.meets is None else GOOD if a.meets else BAD
        projects = farms.projects if farms is not None else 0
        self.figure.setText(self.tr(
            "全县采标率 <b style='color:{0}; font-size: 14pt;'>{1}</b>（目标 {2}，{3} / {4} 个产品）<br>"
            "推广实施率 <b style='font-size: 14pt;'>{5}</b>（{6} 个示范项目）").format(
            colour, rate_text(a.rate), f"{a.target:g}%", f"{a.adopting:,}", f"{a.products:,}",
            rate_text(farms.rate if farms is not None else None), projects))
        implementation = {i.key: i for i in found.implementation if i.key}
        bars = []
        if self.show_by.value() == "implementation":
            for i in implementation.values():
                tip = self.tr("{0}\n推广实施率 {1}：按标准生产 {2} / 覆盖 {3} 户，{4} 个项目").format(
                    i.label, rate_text(i.rate), f"{i.farms_applying:,}", f"{i.farms_covered:,}", i.projects)
                bars.append(Bar(i.label, (i.rate or 0) / 100, rate_text(i.rate), tip))
            self.chart.set_target(None)
        else:
            for r in found.townships:
                tone = "" if r.meets is None else "good" if r.meets else "bad"
                farm = implementation.get(r.key)
                tip = self.tr("{0}\n采标率 {1}（{2} / {3} 个产品，目标 {4}）\n推广实施率 {5}").format(
                    r.label, rate_text(r.rate), f"{r.adopting:,}", f"{r.products:,}", f"{r.target:g}%",
                    rate_text(farm.rate if farm is not None else None))
                bars.append(Bar(r.label or r.key, (r.rate or 0) / 100, rate_text(r.rate), tip, tone))
            self.chart.set_target(a.target / 100, self.tr("目标 {0}").format(f"{a.target:g}%"))
        self.chart.set_bars(bars)

    # -- language --------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.tabs.setTabText(self.index, self.tr("标准化"))
        self.figure.setToolTip(self.tr("详见“标准化 → 采标率”和“标准化 → 农业标准化”"))
        self.show_by.setItemText(0, self.tr("各乡镇采标率"))
        self.show_by.setItemText(1, self.tr("各乡镇推广实施率"))
        self.chart.set_empty_text(self.tr("没有数据"))
        self.note.setText(self.tr(
            "采标率 = 采用国际标准或国外先进标准（IDT / MOD）的产品 ÷ 有执行标准的产品；"
            "推广实施率 = 按标准生产的农户 ÷ 示范项目覆盖的农户。"))
        self.show_figures()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
