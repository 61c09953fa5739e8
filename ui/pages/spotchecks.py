"""监督抽查: plans and their 双随机 draws, the samples (抽样单, results, follow-up), and the pass-rate statistics.

The tabs live in ``spotcheck_plan_tab``, ``spotcheck_record_tab`` and ``spotcheck_stats``; the sample editor and
the plan, draw and inspector dialogs in ``ui/dialogs/spotcheck_*``. Every change is one service call in one
transaction.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

from ui.database import Database
from ui.pages.base import Page
from ui.pages.spotcheck_plan_tab import PlansTab
from ui.pages.spotcheck_record_tab import RecordsTab
from ui.pages.spotcheck_stats import SpotcheckStatsView


class SpotChecksPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("page_spotchecks")
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("btn_refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.toolbar.addWidget(self.refresh_button)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("spotcheck_tabs")
        self.plans_tab = PlansTab(self)
        self.records_tab = RecordsTab(self)
        self.tabs.addTab(self.plans_tab, "")
        self.tabs.addTab(self.records_tab, "")
        self.stats_tab = SpotcheckStatsView(db)
        self.stats_tab.message.connect(self.message)
        self.tabs.addTab(self.stats_tab, "")
        self.body.addWidget(self.tabs, 1)
        self.plans_tab.plan_selected.connect(self.records_tab.follow_plan)
        self.plans_tab.open_records.connect(self.show_records)

        self.shortcut_actions: dict[str, QAction] = {}
        for key, slot, shortcut in (
            ("new_plan", self.new_plan, "Ctrl+N"),
            ("find", self.find, "Ctrl+F"),
            ("export", self.export_draw, "Ctrl+E"),
        ):
            action = QAction(self)
            action.setObjectName(f"action_spotchecks_{key}")
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, run=slot: run())
            self.addAction(action)
            self.shortcut_actions[key] = action
        self.retranslate()

    def refresh(self) -> None:
        super().refresh()
        self.records_tab.fill_plans()  # first, so the plan the plans tab selects can be followed
        self.plans_tab.refresh()
        self.records_tab.run_query()
        self.stats_tab.refresh()  # a hidden view only notes it

    def show_records(self, plan_id: str | None = None) -> None:
        if plan_id is not None:
            self.records_tab.follow_plan(plan_id)
        self.tabs.setCurrentWidget(self.records_tab)
        self.records_tab.focus_table()

    def new_plan(self) -> None:
        self.tabs.setCurrentWidget(self.plans_tab)
        self.plans_tab.new_plan()

    def find(self) -> None:
        self.tabs.setCurrentWidget(self.records_tab)
        self.records_tab.focus_search()

    def export_draw(self) -> None:
        if self.plans_tab.buttons["export"].isEnabled():
            self.plans_tab.export_draw()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("监督抽查"))
        self.refresh_button.setText(self.tr("刷新"))
        self.refresh_button.setToolTip(self.tr("重新读取（F5）"))
        self.tabs.setTabText(0, self.tr("计划与抽取"))
        self.tabs.setTabText(1, self.tr("抽查记录"))
        self.tabs.setTabText(2, self.tr("统计"))
        self.stats_tab.retranslate()
        self.shortcut_actions["new_plan"].setText(self.tr("新建计划"))
        self.shortcut_actions["find"].setText(self.tr("查找抽查记录"))
        self.shortcut_actions["export"].setText(self.tr("导出公开名单"))
        self.plans_tab.retranslate()
        self.records_tab.retranslate()
