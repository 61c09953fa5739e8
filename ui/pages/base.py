"""What every page shares: access to the database, a title row, refresh-on-demand and live retranslation."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.database import Database


class Page(QWidget):
    """A page builds its widgets once; texts are set in :meth:`retranslate`, data in :meth:`refresh`."""

    message = Signal(str)  # a short note for the status bar ("已备份到 …")

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.stale = True  # data changed while the page was hidden: refresh when shown
        self.title_label = QLabel()
        self.title_label.setObjectName("page_title")
        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(6)
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addLayout(self.toolbar)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 12)
        self.body.setSpacing(10)
        self.body.addLayout(header)

    def refresh(self) -> None:
        """Reload what the page shows from the database."""
        self.stale = False

    def forget(self) -> None:
        """Another file (or none) was opened: drop what was read from the old one (the window calls this
        on every built page before it refreshes the one shown)."""

    def retranslate(self) -> None:
        """Set every visible text again (called at start and on LanguageChange)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LazyTabs:
    """For a page of tabs (``self.tabs``; :meth:`all_tabs`, each with ``refresh()``): the tab shown is read now,
    the others when they are next shown. Call :meth:`reload_tabs` where the page's data changed."""

    tabs: QTabWidget
    stale_tabs: set[QWidget]

    def all_tabs(self) -> Sequence[QWidget]:
        raise NotImplementedError

    def reload_tabs(self) -> None:
        self.stale_tabs = set(self.all_tabs())
        self.refresh_tab(self.tabs.currentWidget())

    def refresh_tab(self, tab: QWidget) -> None:
        self.stale_tabs.discard(tab)
        if tab in self.all_tabs():
            tab.refresh()  # type: ignore[attr-defined]

    def on_tab_changed(self, _index: int) -> None:
        tab = self.tabs.currentWidget()
        if tab in self.stale_tabs:
            self.refresh_tab(tab)
