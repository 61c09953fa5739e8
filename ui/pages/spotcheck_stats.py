"""监督抽查 → 统计: pass rates by township, industry, product category or year, as a chart and a table,
with the failing items ranked. Embedded as a tab of the spot-check page.

The figures are grouped in SQL by ``qsupervise.services.spotcheck_stats``; the queries run in a worker (a
province's million samples take about a second a grouping). The years and the overall rate are kept until
:meth:`refresh`, so switching the grouping costs one query.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.charts import Bar, BarChart
from ui.database import Database
from ui.models.spotcheck_stats import SORT_ROLE, FailingItemsModel, RatesModel, percent
from ui.pages.dashboard import dense_table
from ui.pages.spotcheck_stats_export import StatsExport

if TYPE_CHECKING:
    from qsupervise.services.spotcheck_stats import Rate
    from qsupervise.store import Store
    from ui.workers import Task

GROUPINGS = ("township", "industry", "category", "year")
PASS_TARGET = 0.90  # the usual county target (合格率 ≥ 90 %); letters will carry each township's own
TOP_ITEMS = 20


@dataclass(frozen=True)
class Figures:
    """What one worker run found; ``by_year`` and ``items`` are None when the view had them already."""

    generation: int
    by: str
    year: int | None
    by_year: list[Rate] | None
    rates: list[Rate] | None  # None: the view has them, or groups by year (taken from by_year)
    items: list[tuple[str, int]] | None


def compute(
    store: Store,
    *,
    by: str,
    year: int | None,
    need_years: bool,
    need_items: bool,
    need_rates: bool,
    generation: int,
    progress: Callable[[float, str], None],
    cancel: threading.Event,
) -> Figures | None:
    """The worker's job (no Qt): the figures the view lacks; None when cancelled."""
    from qsupervise.services import spotcheck_stats as stats

    steps = [need_years, need_rates, need_items]
    done = 0

    def step() -> bool:
        nonlocal done
        done += 1
        progress(done / max(1, sum(steps)), "")
        return cancel.is_set()

    progress(0.0, "")
    by_year = rates = items = None
    with store.read() as s:
        if need_years:
            by_year = stats.pass_rates(s, by="year")
            if step():
                return None
        if need_rates:
            rates = stats.pass_rates(s, by=by, year=year)
            if step():
                return None
        if need_items:
            items = stats.failing_items(s, year=year, limit=TOP_ITEMS)
            if step():
                return None
    return Figures(generation, by, year, by_year, rates, items)


class SpotcheckStatsView(QWidget):
    """The 统计 tab: year and grouping, overall rate, the chart, the table and the failing items."""

    message = Signal(str)  # a note for the status bar (the export's file)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spotcheck_stats")
        self.db = db
        self.generation = 0
        self.task: Task | None = None
        self.by_year: list[Rate] | None = None  # every year's figures, until the next refresh()
        self.items_by_year: dict[int | None, list[tuple[str, int]]] = {}
        self.rates_cache: dict[tuple[str, int | None], list[Rate]] = {}
        self.rates: list[Rate] = []
        self.exported: Path | None = None
        self.exporter = StatsExport(self)
        self.stale = True  # figures to load when the view is next shown
        self._filling = False  # refilling the year list: its signals are not the user's

        self.year_label = QLabel()
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("year")
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.group_label = QLabel()
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("grouping")
        self.group_combo.addItems([""] * len(GROUPINGS))
        self.overall_value = QLabel("—")
        self.overall_value.setObjectName("overall_rate")
        self.overall_value.setStyleSheet("font-size: 15pt; font-weight: bold; color: #1f4e79;")
        self.overall_caption = QLabel()
        self.overall_caption.setObjectName("overall_caption")
        self.overall_caption.setStyleSheet("color: #5f6b76;")
        self.export_button = QPushButton()
        self.export_button.setObjectName("btn_export_stats")
        self.export_button.clicked.connect(self.export)
        self.busy_label = QLabel()
        self.busy_label.setObjectName("busy")
        self.busy_label.setStyleSheet("color: #5f6b76;")
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.year_label)
        top.addWidget(self.year_combo)
        top.addSpacing(10)
        top.addWidget(self.group_label)
        top.addWidget(self.group_combo)
        top.addSpacing(18)
        top.addWidget(self.overall_value)
        top.addWidget(self.overall_caption)
        top.addStretch(1)
        top.addWidget(self.busy_label)
        top.addWidget(self.export_button)

        self.chart_title = QLabel()
        self.chart_title.setProperty("section", True)
        self.chart = BarChart()
        self.chart.setObjectName("pass_rate_chart")
        self.chart.set_percent(True)
        self.chart.bar_clicked.connect(self.select_group)
        self.chart_scroll = QScrollArea()
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_scroll.setWidget(self.chart)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.setSpacing(4)
        left_box.addWidget(self.chart_title)
        left_box.addWidget(self.chart_scroll, 1)

        self.model = RatesModel(self)
        self.model.target = PASS_TARGET
        self.sorted_model = QSortFilterProxyModel(self)
        self.sorted_model.setSourceModel(self.model)
        self.sorted_model.setSortRole(SORT_ROLE)
        self.table = dense_table("rates_table")
        self.table.setModel(self.sorted_model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._fit(self.table, RatesModel.GROUP)
        self.table_title = QLabel()
        self.table_title.setProperty("section", True)

        self.items = FailingItemsModel(self)
        self.items_table = dense_table("failing_items")
        self.items_table.setModel(self.items)
        self._fit(self.items_table, FailingItemsModel.NAME)
        self.items_title = QLabel()
        self.items_title.setProperty("section", True)

        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        for title, view in ((self.table_title, self.table), (self.items_title, self.items_table)):
            box_widget = QWidget()
            box = QVBoxLayout(box_widget)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(4)
            box.addWidget(title)
            box.addWidget(view, 1)
            right.addWidget(box_widget)
        right.setSizes([340, 280])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("stats_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 480])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.year_combo.addItem("", None)
        self.year_combo.currentIndexChanged.connect(self.on_choice_changed)
        self.group_combo.currentIndexChanged.connect(self.on_choice_changed)
        self.retranslate()

    @staticmethod
    def _fit(view: QTableView, stretch: int) -> None:
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

    # -- choices -----------------------------------------------------------------------

    def grouping(self) -> str:
        return GROUPINGS[max(0, self.group_combo.currentIndex())]

    def year(self) -> int | None:
        value = self.year_combo.currentData()
        return int(value) if value is not None else None

    def set_grouping(self, by: str) -> None:
        self.group_combo.setCurrentIndex(GROUPINGS.index(by))

    def set_year(self, year: int | None) -> None:
        index = self.year_combo.findData(year)
        self.year_combo.setCurrentIndex(max(0, index))

    def on_choice_changed(self) -> None:
        if not self._filling:
            self.load()

    # -- data --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def refresh(self) -> None:
        """Forget every figure and ask again (the data changed, or another file is open).

        A hidden view only notes it and asks when it is shown: a tab nobody looks at costs no query.
        """
        self.by_year = None
        self.items_by_year.clear()
        self.rates_cache.clear()
        self.stale = True
        if self.isVisible():
            self.load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.load()

    def load(self) -> None:
        """Show the chosen year and grouping: from what the view holds, else from a worker run."""
        store = self.db.store
        self.generation += 1
        self.stale = False
        if store is None:
            self.by_year, self.rates = None, []
            self.items_by_year.clear()
            self.fill_years([])
            self.show_figures()
            return
        by, year = self.grouping(), self.year()
        need_years = self.by_year is None
        need_items = year not in self.items_by_year
        cached = self.rates_cache.get((by, year))
        if not need_years and not need_items and (by == "year" or cached is not None):
            self.rates = cached or []
            self.show_figures()
            return
        from ui.workers import run_task

        generation = self.generation

        def job(*, progress: Callable[[float, str], None], cancel: threading.Event) -> Figures | None:
            return compute(
                store,
                by=by,
                year=year,
                need_years=need_years,
                need_items=need_items,
                need_rates=by != "year" and cached is None,
                generation=generation,
                progress=progress,
                cancel=cancel,
            )

        self.busy_label.setText(self.tr("正在统计…"))
        self.task = run_task(
            self, job, label=self.tr("正在统计抽查合格率…"), on_success=self.on_figures, on_done=self.on_done
        )

    def on_done(self) -> None:
        if not self.busy:
            self.busy_label.setText("")

    def on_figures(self, found: Figures | None) -> None:
        if found is None or found.generation != self.generation:
            return  # cancelled, or the user has chosen something else meanwhile
        if found.by_year is not None:
            self.by_year = found.by_year
            self.fill_years([int(r.key) for r in found.by_year if r.key.isdigit()])
        if found.items is not None:
            self.items_by_year[found.year] = found.items
        if found.rates is not None:
            self.rates_cache[(found.by, found.year)] = found.rates
        self.rates = self.rates_cache.get((found.by, found.year), [])
        self.show_figures()

    def fill_years(self, years: list[int]) -> None:
        chosen = self.year()
        self._filling = True
        try:
            self.year_combo.clear()
            self.year_combo.addItem(self.tr("全部年度"), None)
            for y in sorted(years, reverse=True):
                self.year_combo.addItem(self.tr("{0} 年").format(y), y)
            self.set_year(chosen if chosen in years else None)
        finally:
            self._filling = False
        if chosen is not None and chosen not in years:
            self.load()  # the chosen year has no samples any more: show all years

    def year_rates(self) -> list[Rate]:
        year = self.year()
        rates = self.by_year or []
        return [r for r in rates if year is None or r.key == str(year)]

    def overall(self) -> tuple[int, int]:
        """(judged, passed) in the chosen year."""
        rates = self.year_rates()
        return sum(r.total for r in rates), sum(r.passed for r in rates)

    def shown_rates(self) -> list[Rate]:
        return self.year_rates() if self.grouping() == "year" else self.rates

    def show_figures(self) -> None:
        by = self.grouping()
        rates = self.shown_rates() if self.by_year is not None or by != "year" else []
        total, passed = self.overall()
        if total:
            self.overall_value.setText(percent(passed / total))
            self.overall_caption.setText(
                self.tr("判定 {0} 批次 · 合格 {1} · 不合格 {2}").format(
                    f"{total:,}", f"{passed:,}", f"{total - passed:,}"
                )
            )
        else:
            self.overall_value.setText("—")
            self.overall_caption.setText(
                self.tr("没有已判定的抽查结果") if self.db.store is not None else self.tr("未打开数据库")
            )
        self.model.set_group(self.group_title(by), self.blank_label(by))
        self.model.set_rows(rates)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.sorted_model.sort(-1)
        self.chart.set_bars([self.bar(r) for r in rates])
        self.chart.set_target(PASS_TARGET, self.tr("目标 {0}").format(f"{PASS_TARGET * 100:g}%"))
        self.chart_title.setText(self.chart_caption(by))
        items = self.items_by_year.get(self.year(), [])
        self.items.set_items(items, total - passed)
        self.export_button.setEnabled(bool(rates))

    def bar(self, rate: Rate) -> Bar:
        label = self.model.label(rate)
        value = rate.rate or 0.0
        tooltip = self.tr("{0}\n合格率 {1}\n判定 {2} 批次：合格 {3}，不合格 {4}").format(
            label, percent(rate.rate), f"{rate.total:,}", f"{rate.passed:,}", f"{rate.failed:,}"
        )
        tone = "warn" if rate.rate is not None and rate.rate < PASS_TARGET else ""
        return Bar(label, value, f"{percent(rate.rate)}（{rate.total:,}）", tooltip, tone)

    def select_group(self, index: int) -> None:
        """A click on a bar selects its row in the table."""
        if 0 <= index < self.model.rowCount():
            row = self.sorted_model.mapFromSource(self.model.index(index, 0)).row()
            self.table.selectRow(row)
            self.table.scrollTo(self.sorted_model.index(row, 0))

    # -- texts -------------------------------------------------------------------------

    def group_title(self, by: str) -> str:
        return {
            "township": self.tr("乡镇/街道"),
            "industry": self.tr("行业"),
            "category": self.tr("产品类别"),
            "year": self.tr("年度"),
        }[by]

    def blank_label(self, by: str) -> str:
        return {
            "township": self.tr("（未关联乡镇）"),
            "industry": self.tr("（未关联企业或未填行业）"),
            "category": self.tr("（未分类）"),
            "year": "",
        }[by]

    def chart_caption(self, by: str) -> str:
        title = {
            "township": self.tr("各乡镇/街道合格率"),
            "industry": self.tr("各行业合格率"),
            "category": self.tr("各产品类别合格率"),
            "year": self.tr("历年合格率"),
        }[by]
        return title + self.tr("（括号内为抽查批次）")

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("年度"))
        self.group_label.setText(self.tr("分组"))
        for i, text in enumerate([self.tr("乡镇/街道"), self.tr("行业"), self.tr("产品类别"), self.tr("年度")]):
            self.group_combo.setItemText(i, text)
        self.year_combo.setItemText(0, self.tr("全部年度"))
        for i in range(1, self.year_combo.count()):
            self.year_combo.setItemText(i, self.tr("{0} 年").format(self.year_combo.itemData(i)))
        self.export_button.setText(self.tr("导出 Excel…"))
        self.export_button.setToolTip(self.tr("把合格率表和不合格项目排行导出为 .xlsx"))
        self.table_title.setText(self.tr("合格率明细"))
        self.items_title.setText(self.tr("不合格项目排行（前 {0} 项）").format(TOP_ITEMS))
        self.chart.set_empty_text(self.tr("没有已判定的抽查结果"))
        self.chart.setAccessibleName(self.tr("合格率图"))
        self.items.retranslate()
        self.show_figures()

    # -- export (ui/pages/spotcheck_stats_export.py) ---------------------------------------

    def ask_export_path(self) -> Path | None:
        return self.exporter.ask_path()

    def export(self) -> None:
        """Write the rate table and the failing items to an .xlsx the user names."""
        self.exporter.run()
