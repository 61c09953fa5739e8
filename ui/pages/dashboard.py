"""工作台: what the database holds at a glance, counted by the core, nothing invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.database import Database
from ui.models.dashboard import KindCountsModel, TownshipCountsModel
from ui.pages.base import Page
from ui.widgets import BarDelegate, StatCard

if TYPE_CHECKING:
    from qsupervise.services.dashboard import Summary

CARDS = ("enterprises", "individual", "townships", "products", "standards")


def dense_table(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setWordWrap(False)
    return view


class DashboardPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("page_dashboard")
        self.summary: Summary | None = None
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("btn_refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.toolbar.addWidget(self.refresh_button)
        self.county_label = QLabel()
        self.county_label.setObjectName("county_label")
        self.body.addWidget(self.county_label)

        self.cards = {key: StatCard(key) for key in CARDS}
        row = QHBoxLayout()
        row.setSpacing(10)
        for card in self.cards.values():
            row.addWidget(card, 1)
        self.body.addLayout(row)

        self.townships = TownshipCountsModel(self)
        self.township_view = dense_table("township_table")
        self.township_view.setModel(self.townships)
        self.kinds = KindCountsModel(self)
        self.kind_view = dense_table("kind_table")
        self.kind_view.setModel(self.kinds)
        self.bar = BarDelegate(self)
        self.township_view.setItemDelegateForColumn(TownshipCountsModel.ENTERPRISES, self.bar)
        self.kind_view.setItemDelegateForColumn(KindCountsModel.COUNT, self.bar)
        for view, stretch in ((self.township_view, 1), (self.kind_view, 1)):
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            header.setHighlightSections(False)

        self.township_title = QLabel()
        self.kind_title = QLabel()
        for label in (self.township_title, self.kind_title):
            label.setProperty("section", True)
        tables = QHBoxLayout()
        tables.setSpacing(16)
        tables.addLayout(self._column(self.township_title, self.township_view), 3)
        tables.addLayout(self._column(self.kind_title, self.kind_view), 2)
        self.body.addLayout(tables, 1)
        self.retranslate()

    @staticmethod
    def _column(title: QLabel, view: QTableView) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(4)
        box.addWidget(title)
        box.addWidget(view, 1)
        return box

    def refresh(self) -> None:
        super().refresh()
        if self.db.store is None:
            self.summary = None
        else:
            from qsupervise.services import dashboard

            with self.db.read() as s:
                self.summary = dashboard.summary(s)
        summary = self.summary
        self.townships.set_rows(summary.by_township if summary else [])
        if summary is None:
            self.kinds.set_rows([])
        else:
            self.kinds.set_counts(summary.by_kind)
        self.show_figures()

    def show_figures(self) -> None:
        s = self.summary
        if s is None:
            for card in self.cards.values():
                card.set_value(None)
            self.county_label.setText(self.tr("未打开数据库。请用“文件 → 打开数据库…”或“新建数据库…”。"))
            return
        kinds = s.by_kind
        self.cards["enterprises"].set_value(
            s.enterprises,
            self.tr("其中企业 {0} · 合作社 {1} · 其他 {2}").format(
                f"{kinds.get('enterprise', 0):,}", f"{kinds.get('coop', 0):,}", f"{kinds.get('other', 0):,}"
            ),
        )
        self.cards["individual"].set_value(kinds.get("individual", 0), self.tr("已计入企业总数"))
        self.cards["townships"].set_value(s.townships, self.tr("成员单位 {0} 个").format(f"{s.member_units:,}"))
        self.cards["products"].set_value(s.products, self.tr("在册产品"))
        self.cards["standards"].set_value(s.standards, self.tr("产品执行的标准"))
        self.county_label.setText(
            self.tr("{0} · 共 {1} 个乡镇/街道 · 数据变更记录 {2} 条").format(
                s.county or self.tr("（未命名）"), f"{s.townships:,}", f"{s.changes:,}"
            )
        )

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("工作台"))
        self.refresh_button.setText(self.tr("刷新"))
        self.refresh_button.setToolTip(self.tr("重新统计（F5）"))
        titles = {
            "enterprises": self.tr("企业总数"),
            "individual": self.tr("个体工商户"),
            "townships": self.tr("乡镇/街道"),
            "products": self.tr("产品"),
            "standards": self.tr("执行标准"),
        }
        for key, card in self.cards.items():
            card.title.setText(titles[key])
        self.township_title.setText(self.tr("各乡镇/街道企业数"))
        self.kind_title.setText(self.tr("主体类型构成"))
        self.townships.retranslate()
        self.kinds.retranslate()
        self.show_figures()
