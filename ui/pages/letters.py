"""责任书与考核: the year's responsibility letters (质量工作目标责任书) with their templates, signing and printing
(责任书), the metric catalogue the targets are chosen from (指标库), and the year-end assessment (考核).

The year chosen in the toolbar is the page's: every tab shows that year, and it is remembered. The tabs live in
``letters_tab``, ``letter_metrics_tab`` and ``assessment_tab``; the forms in ``ui/dialogs/letter_*``. The core is
imported only once a database is open, so the window paints before SQLAlchemy loads.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTabWidget, QWidget

from ui.database import Database
from ui.pages.assessment_tab import AssessmentTab
from ui.pages.base import LazyTabs, Page
from ui.pages.letter_metrics_tab import MetricsTab
from ui.pages.letters_tab import LettersTab

if TYPE_CHECKING:
    from ui.workers import Task

YEAR_KEY = "letters/year"


def remembered_year() -> int:
    try:
        year = int(str(QSettings().value(YEAR_KEY, 0) or 0))
    except ValueError:  # a hand-edited settings file must not stop the page
        year = 0
    return year if 1990 <= year <= 2100 else date.today().year


class LettersPage(LazyTabs, Page):
    year_changed = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("page_letters")
        self.task: Task | None = None  # the last print (tests wait on it)
        self.year_label = QLabel()
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("letters_year")
        self.year_combo.setMinimumContentsLength(8)
        self._year = remembered_year()
        self.fill_years([])
        self.year_combo.currentIndexChanged.connect(self.on_year_chosen)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("btn_refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.toolbar.addWidget(self.year_label)
        self.toolbar.addWidget(self.year_combo)
        self.toolbar.addSpacing(6)
        self.toolbar.addWidget(self.refresh_button)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("letter_tabs")
        self.letters_tab = LettersTab(self)
        self.metrics_tab = MetricsTab(self)
        self.assessment_tab = AssessmentTab(self)
        for tab in self.all_tabs():
            self.tabs.addTab(tab, "")
        self.stale_tabs: set[QWidget] = set(self.all_tabs())
        self.tabs.currentChanged.connect(self.on_tab_changed)
        self.body.addWidget(self.tabs, 1)
        self.retranslate()

    def all_tabs(self) -> tuple[LettersTab, MetricsTab, AssessmentTab]:
        return self.letters_tab, self.metrics_tab, self.assessment_tab

    # -- the year ----------------------------------------------------------------------------------

    def year(self) -> int:
        return self._year

    def set_year(self, year: int) -> None:
        """Show ``year`` (offered in the combo even when it has no letters yet)."""
        if self.year_combo.findData(year) < 0:
            self.fill_years([year])
        self.year_combo.setCurrentIndex(self.year_combo.findData(year))

    def fill_years(self, years: list[int]) -> None:
        """The years with letters, this year and the next, and the one shown; newest first."""
        this = date.today().year
        offered = sorted({*years, *self.offered_years(), this, this + 1, self._year}, reverse=True)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in offered:
            self.year_combo.addItem(self.tr("{0} 年").format(year), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(self._year))
        self.year_combo.blockSignals(False)

    def offered_years(self) -> list[int]:
        return [int(self.year_combo.itemData(i)) for i in range(self.year_combo.count())]

    def on_year_chosen(self, index: int) -> None:
        year = self.year_combo.itemData(index)
        if year is None or int(year) == self._year:
            return
        self._year = int(year)
        QSettings().setValue(YEAR_KEY, self._year)
        self.reload_tabs()
        self.year_changed.emit(self._year)

    # -- data ----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The years offered, then the tab shown; the others when they are next shown."""
        super().refresh()
        if self.db.store is not None:
            from qsupervise.services import letters

            with self.db.read() as s:
                found = letters.years(s)
            self.fill_years(found)
        self.reload_tabs()

    def forget(self) -> None:
        self.stale_tabs = set(self.all_tabs())

    # -- language --------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("责任书与考核"))
        self.year_label.setText(self.tr("年度"))
        for i in range(self.year_combo.count()):
            self.year_combo.setItemText(i, self.tr("{0} 年").format(self.year_combo.itemData(i)))
        self.year_combo.setToolTip(self.tr("责任书、考核按年度管理"))
        self.refresh_button.setText(self.tr("刷新"))
        self.refresh_button.setToolTip(self.tr("重新读取（F5）"))
        for i, text in enumerate((self.tr("责任书"), self.tr("指标库"), self.tr("考核"))):
            self.tabs.setTabText(i, text)
        for tab in self.all_tabs():
            tab.retranslate()
