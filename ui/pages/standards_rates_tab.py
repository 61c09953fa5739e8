"""标准化 → 采标率: the share of products adopting an international or advanced foreign standard (IDT / MOD), by
township or by industry (大类), against the county's target (editable here), as a chart and a table, with the
county's own figure. The rates are read off the GUI thread; the target is the county administrator's to set."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, modal
from ui.charts import Bar, BarChart
from ui.database import ACTOR
from ui.models.standards import AdoptionModel, rate_text
from ui.pages.dashboard import dense_table
from ui.pages.standards_loader import Loader
from ui.permissions import is_admin
from ui.widgets_search import ChoiceCombo

if TYPE_CHECKING:
    from qsupervise.services.standards_adoption import AdoptionRate
    from qsupervise.store import Store
    from ui.pages.standards import StandardsPage

HINT_STYLE = "color: #5f6b76;"


def read_rates(store: Store, by: str) -> tuple[float, list[AdoptionRate], AdoptionRate]:
    """The worker's job: the target, the rates by township or industry, and the county's."""
    from qsupervise.services import standards_adoption as adoption

    with store.read() as s:
        target = adoption.adoption_target(s)
        return target, adoption.adoption_rates(s, by=by, target=target), adoption.county_adoption(s, target=target)


class RatesTab(QWidget):
    def __init__(self, page: StandardsPage) -> None:
        super().__init__()
        self.setObjectName("standards_rates_tab")
        self.page = page
        self.db = page.db
        self._filling = False
        self.county: AdoptionRate | None = None
        self.target: float | None = None
        self.loader = Loader(self)
        self.loader.loaded.connect(self.on_loaded)

        self.by = ChoiceCombo("rates_by")
        self.by.currentIndexChanged.connect(self.on_by_changed)
        self.target_caption = QLabel()
        self.target_box = QDoubleSpinBox()
        self.target_box.setObjectName("adoption_target")
        self.target_box.setRange(1, 100)
        self.target_box.setDecimals(1)
        self.target_box.setSuffix(" %")
        self.target_box.valueChanged.connect(self.update_buttons)
        self.save_target_button = QPushButton()
        self.save_target_button.setObjectName("btn_save_target")
        self.save_target_button.clicked.connect(self.save_target)
        self.county_label = QLabel()
        self.county_label.setObjectName("county_adoption")
        self.county_label.setStyleSheet("font-size: 13pt;")
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.by)
        bar.addSpacing(12)
        bar.addWidget(self.target_caption)
        bar.addWidget(self.target_box)
        bar.addWidget(self.save_target_button)
        bar.addStretch(1)
        bar.addWidget(self.county_label)

        self.chart = BarChart()
        self.chart.setObjectName("adoption_chart")
        self.chart.set_percent(True)
        self.chart.bar_clicked.connect(self.select_row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.chart)
        self.model = AdoptionModel(self)
        self.view = dense_table("adoption_table")
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AdoptionModel.NAME, QHeaderView.ResizeMode.Stretch)
        split = QSplitter()
        split.setChildrenCollapsible(False)
        split.addWidget(scroll)
        split.addWidget(self.view)
        split.setSizes([560, 440])
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)
        self.retranslate()

    def fill_choices(self) -> None:
        self._filling = True
        try:
            self.by.set_choices(None, [("township", self.tr("按乡镇")), ("industry", self.tr("按行业（大类）"))])
        finally:
            self._filling = False

    # -- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.db.store is None:
            self.loader.forget()
            self.county, self.target = None, None
            self.show_rates([])
            return
        store = self.db.store
        by = self.by.value() or "township"
        self.loader.request(lambda: read_rates(store, by))
        self.update_buttons()

    @property
    def busy(self) -> bool:
        return self.loader.busy

    def on_loaded(self, loaded: tuple[float, list[AdoptionRate], AdoptionRate]) -> None:
        self.target, rows, self.county = loaded
        self.target_box.blockSignals(True)
        self.target_box.setValue(self.target)
        self.target_box.blockSignals(False)
        self.show_rates(rows)

    def forget(self) -> None:
        self.county = None
        self.loader.forget()

    def on_by_changed(self) -> None:
        if not self._filling:
            self.refresh()

    def show_rates(self, rows: list[AdoptionRate]) -> None:
        self.model.set_rows(rows)
        bars = []
        for r in rows:
            tone = "" if r.meets is None else "good" if r.meets else "bad"
            tip = self.tr("{0}\n采标产品 {1} / 产品 {2}，采标率 {3}（目标 {4}）").format(
                r.label or r.key, f"{r.adopting:,}", f"{r.products:,}", rate_text(r.rate), f"{r.target:g}%")
            bars.append(Bar(r.label or r.key or "—", (r.rate or 0.0) / 100, rate_text(r.rate), tip, tone))
        self.chart.set_bars(bars)
        target = self.target
        self.chart.set_target(None if target is None else target / 100,
                              "" if target is None else self.tr("目标 {0}").format(f"{target:g}%"))
        county = self.county
        if county is None:
            self.county_label.setText("")
        else:
            colour = "#5f6b76" if county.meets is None else "#2e7d32" if county.meets else "#c62828"
            self.county_label.setText(self.tr("全县采标率 <b style='color:{0}'>{1}</b>（{2} / {3} 个产品，目标 {4}）")
                                      .format(colour, rate_text(county.rate), f"{county.adopting:,}",
                                              f"{county.products:,}", f"{county.target:g}%"))
        self.update_buttons()

    def select_row(self, index: int) -> None:
        self.view.selectRow(index)
        self.view.scrollTo(self.model.index(index, 0))

    def update_buttons(self) -> None:
        have = self.db.store is not None and self.target is not None and is_admin(self.db)
        self.target_box.setEnabled(have)
        self.save_target_button.setEnabled(have and abs(self.target_box.value() - (self.target or 0)) > 1e-9)

    def save_target(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import standards_adoption as adoption

        if self.db.store is None or not is_admin(self.db):
            return
        value = round(self.target_box.value(), 1)
        try:
            with self.db.session() as s:
                adoption.set_adoption_target(s, value, actor=ACTOR)
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            return
        self.page.message.emit(self.tr("全县采标率目标已设为 {0}。").format(f"{value:g}%"))

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.by.count():
            self.fill_choices()
        self.target_caption.setText(self.tr("全县目标"))
        self.save_target_button.setText(self.tr("设定目标"))
        self.save_target_button.setToolTip(self.tr("保存全县的采标率目标（工作台和各乡镇比较都按它）"))
        self.chart.set_empty_text(self.tr("还没有执行标准的产品"))
        self.chart.setAccessibleName(self.tr("采标率图"))
        self.note.setText(self.tr(
            "采标率 = 至少一条执行标准等同（IDT）或修改（MOD）采用国际标准或国外先进标准的产品 ÷ 有执行标准的产品；"
            "只计存续企业的在册产品。绿色为达到目标，红色为低于目标。在“执行标准”中选中一条标准，点“标记采标…”。"))
        self.model.retranslate()
        if self.county is not None:
            self.show_rates(self.model.rows)
