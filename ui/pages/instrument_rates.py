"""The two rates of instruments under compulsory verification per township: a table and a bar chart each,
with the county's targets (登记造册率 90 %, 强检受检率 70 %) drawn as lines; a township under its target in amber."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QHeaderView, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.charts import Bar, BarChart
from ui.models.instruments import ID_ROLE, InstrumentRatesModel, RateRow, percent
from ui.pages.dashboard import dense_table

if TYPE_CHECKING:
    from qsupervise.rules.instruments import Tally
    from qsupervise.services.instruments import Rates

RATE_WIDTHS = (110, 56, 56, 80, 50, 84, 84)


class RatesPanel(QWidget):
    township_chosen = Signal(object)  # a township's id (None: the county) double-clicked in the table

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("instrument_rates")
        self.rates: Rates | None = None
        self.title = QLabel()
        self.title.setObjectName("rates_title")
        self.title.setProperty("section", True)
        self.note = QLabel()
        self.note.setObjectName("rates_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6b76;")
        self.model = InstrumentRatesModel(self)
        self.view = dense_table("rates_table")
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        for column, width in enumerate(RATE_WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self.on_activated)
        # The two charts side by side, in the table's township order, scrolling together when the county is long.
        self.charts = {"registration": BarChart(), "verification": BarChart()}
        self.chart_titles = {key: QLabel() for key in self.charts}
        pair = QWidget()
        pair_row = QHBoxLayout(pair)
        pair_row.setContentsMargins(0, 0, 4, 0)
        pair_row.setSpacing(12)
        for key, chart in self.charts.items():
            chart.setObjectName(f"chart_{key}")
            chart.set_percent(True)
            self.chart_titles[key].setProperty("section", True)
            self.chart_titles[key].setWordWrap(True)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(self.chart_titles[key])
            column.addWidget(chart, 1)
            pair_row.addLayout(column, 1)
        self.chart_scroll = QScrollArea()
        self.chart_scroll.setObjectName("rates_chart_scroll")
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_scroll.setWidget(pair)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.view, 1)
        row.addWidget(self.chart_scroll, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addLayout(row, 1)
        self.retranslate()

    def show_rates(self, rates: Rates | None) -> None:
        self.rates = rates
        if rates is None:
            self.model.set_rows([])
            for chart in self.charts.values():
                chart.set_bars([])
            self.title.setText(self.tr("登记造册率与强检受检率"))
            self.note.setText("")
            return
        self.model.targets = (rates.registration_target, rates.verification_target)
        rows = [RateRow(t.township_id, t.name, t.tally) for t in rates.townships]
        self.model.set_rows([*rows, RateRow(None, self.tr("全县合计"), rates.county)])
        with_any = [r for r in rows if r.tally.listed]
        self.charts["registration"].set_bars(
            [self.bar(r.name, r.tally, r.tally.registration_rate, rates.registration_target) for r in with_any])
        self.charts["verification"].set_bars(
            [self.bar(r.name, r.tally, r.tally.verification_rate, rates.verification_target) for r in with_any])
        self.charts["registration"].set_target(rates.registration_target,
                                               self.tr("目标 {0}").format(percent(rates.registration_target)))
        self.charts["verification"].set_target(rates.verification_target,
                                               self.tr("目标 {0}").format(percent(rates.verification_target)))
        below_reg, below_ver = rates.below_target()
        county = rates.county
        self.title.setText(self.tr("登记造册率与强检受检率（截至 {0}）").format(rates.today.isoformat()))
        self.note.setText(self.tr(
            "全县在册 {0} 台，已登记 {1} 台，周期内受检 {2} 台，逾期未检 {3} 台；"
            "登记造册率 {4}，强检受检率 {5}。低于目标的乡镇：登记 {6} 个，受检 {7} 个。"
        ).format(f"{county.listed:,}", f"{county.registered:,}", f"{county.verified_in_cycle:,}",
                 f"{county.overdue:,}", percent(county.registration_rate), percent(county.verification_rate),
                 below_reg, below_ver))

    def bar(self, name: str, tally: Tally, value: float | None, target: float) -> Bar:
        tone = "" if value is None or value >= target else "warn"
        detail = self.tr("{0}\n在册 {1}，已登记 {2}，周期内受检 {3}").format(
            name, f"{tally.listed:,}", f"{tally.registered:,}", f"{tally.verified_in_cycle:,}")
        return Bar(name, value or 0.0, percent(value), detail, tone)

    def on_activated(self, index: QModelIndex) -> None:
        found = index.siblingAtColumn(0).data(ID_ROLE)
        self.township_chosen.emit(str(found) if found else None)

    def retranslate(self) -> None:
        self.chart_titles["registration"].setText(self.tr("登记造册率 = 已登记 ÷ 在册"))
        self.chart_titles["verification"].setText(self.tr("强检受检率 = 周期内受检 ÷ 已登记"))
        for chart in self.charts.values():
            chart.set_empty_text(self.tr("还没有登记计量器具"))
        self.model.retranslate()
        self.show_rates(self.rates)
