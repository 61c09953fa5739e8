"""工作台 · 责任书目标进度: each township against this year's responsibility letter, so the county sees early who is
behind — a traffic light, the share of the points the township has so far of those it could have by now, and the
targets behind (the tooltip lists every target's light, value and what was due by now).

The figures come from ``services.dashboard.letter_figures`` on the dashboard's quiet worker (every computable
metric over the county); this panel is a tab beside the township counts and shows them when they arrive.
A double-click opens the township's assessment on the 责任书与考核 page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QHeaderView, QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.models.assessment import LIGHTS, ProgressModel, dot, light_label
from ui.pages.spotcheck_widgets import EmptyHint

if TYPE_CHECKING:
    from qsupervise.services.dashboard import LetterFigures

HINT_STYLE = "color: #5f6b76;"
ORDER = {"red": 0, "amber": 1, "grey": 2, "green": 3}  # who is behind first


class LetterRelay(QObject):
    done = Signal(int, object)  # generation, LetterFigures
    failed = Signal(int, object)


class LetterProgressPanel(QWidget):
    """Added to ``tabs`` as its last tab; the tab's title says how many townships are behind."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__()
        self.setObjectName("letter_progress")
        self.tabs = tabs
        self.figures: LetterFigures | None = None
        self.busy = False
        self.relay = LetterRelay(self)
        self.lights = QLabel()
        self.lights.setObjectName("letter_lights")
        self.model = ProgressModel(self)
        from ui.pages.dashboard import dense_table  # the dashboard imports this module

        self.view = dense_table("letter_progress_table")
        self.view.setModel(self.model)
        self.view.setMouseTracking(True)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProgressModel.BEHIND, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self.open_letter)
        self.empty = EmptyHint(self.view, "letter_progress_empty")
        self.note = QLabel()
        self.note.setObjectName("letter_progress_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.lights)
        box.addWidget(self.view, 1)
        box.addWidget(self.note)
        self.index = tabs.addTab(self, "")
        self.retranslate()

    # -- data ------------------------------------------------------------------------------------------

    def waiting(self) -> None:
        """A worker reads the figures now."""
        self.busy = True
        self.show_figures()

    def clear(self) -> None:
        self.figures, self.busy = None, False
        self.show_figures()

    def on_figures(self, figures: LetterFigures) -> None:
        self.figures, self.busy = figures, False
        self.show_figures()

    def on_failed(self) -> None:
        self.busy = False
        self.show_figures()

    def show_figures(self) -> None:
        found = self.figures
        units = sorted(found.townships, key=lambda u: (ORDER.get(u.light, 9), u.share or 0)) if found else []
        self.model.set_rows(units)
        if found is None:
            self.empty.show_text(self.tr("正在统计…") if self.busy else "")
        elif not found.letters:
            self.empty.show_text(self.tr(
                "{0} 年还没有签订责任书。在“责任书与考核 → 责任书”中按模板为各乡镇生成责任书后，"
                "这里按月显示各乡镇的目标进度。").format(found.year))
        elif not units:
            self.empty.show_text(self.tr("{0} 年只有成员单位的责任书，没有乡镇的。").format(found.year))
        else:
            self.empty.show_text("")
        self.show_lights()

    def show_lights(self) -> None:
        found = self.figures
        behind = found.count("red") if found else 0
        title = self.tr("责任书目标进度")
        self.tabs.setTabText(self.index, self.tr("{0}（落后 {1}）").format(title, behind) if behind else title)
        self.tabs.tabBar().setTabTextColor(self.index, LIGHTS["red"].darker(120) if behind else QColor())
        self.tabs.setTabIcon(self.index, dot("red" if behind else "green") if found and found.townships else QIcon())
        if found is None or not found.townships:
            self.lights.setText(self.tr("{0} 年").format(found.year) if found else "")
            return
        parts = [f'<span style="color: {LIGHTS[light].name()};">●</span> {light_label(light)} {found.count(light)}'
                 for light in ("green", "amber", "red", "grey") if found.count(light)]
        self.lights.setText(self.tr("{0} 年 · {1} 个乡镇：").format(found.year, len(found.townships))
                            + "　".join(parts))

    # -- going to the assessment -----------------------------------------------------------------------

    def open_letter(self, index: QModelIndex) -> None:
        """The township's letter on the 责任书与考核 page (考核 tab), when the window has that page."""
        row = self.model.row_at(index)
        window = self.window()
        nav = getattr(window, "nav", None)
        if row is None or nav is None or self.figures is None:
            return
        from ui.main_window import PAGE_KEYS

        position = PAGE_KEYS.index("letters")
        page = window.pages[position]  # type: ignore[attr-defined]
        if hasattr(page, "set_year"):
            page.set_year(self.figures.year)
        tab = getattr(page, "assessment_tab", None)
        if tab is not None:
            tab.keep_ids = (row.letter_id, None)
            page.tabs.setCurrentWidget(tab)
        nav.setCurrentRow(position)

    # -- language --------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.note.setText(self.tr(
            "绿、黄、红：至今得分占应得分 ≥ 90%、≥ 60%、不足 60%。数量按时间进度、比率按目标值比较，"
            "过了时限未完成的任务计为落后。双击一行查看该乡镇的考核。"))
        self.model.retranslate()
        self.show_figures()
