"""Finding an enterprise by name, pinyin initials or credit code: the picker that forms and dialogs share.

A search box over a short list of matches (the registry's search key, ``spotcheck_lists.enterprise_choices``);
the current item of the list is the chosen enterprise. A form editing an existing record starts with that
record's enterprise as the only, chosen, item.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.database import Database
from ui.widgets_search import SearchBox

ID_ROLE = Qt.ItemDataRole.UserRole


class EnterpriseFinder(QWidget):
    """``search`` (the box) and ``results`` (the matches); ``chosen`` carries the chosen id or None."""

    chosen = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None, *, rows: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enterprise_finder")
        self.db = db
        self.search = SearchBox()
        self.search.setObjectName("search")
        self.search.search.connect(self.find)
        self.search.leave.connect(lambda: self.results.setFocus(Qt.FocusReason.OtherFocusReason))
        self.results = QListWidget()
        self.results.setObjectName("results")
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the tooltip has it all
        if rows is not None:  # a compact list inside a longer form
            self.results.setFixedHeight(self.results.fontMetrics().height() * rows + 12)
        self.results.currentItemChanged.connect(lambda *_: self.chosen.emit(self.selected_id()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self.search.setPlaceholderText(self.tr("名称、拼音首字母或信用代码"))

    def find(self, text: str) -> None:
        from qsupervise.services import spotcheck_lists

        if self.db.store is None:
            return
        with self.db.read() as s:
            found = spotcheck_lists.enterprise_choices(s, text)
        self.results.clear()
        for choice in found:
            self.add_item(choice.id, choice.name, choice.uscc, choice.township)
        if found:
            self.results.setCurrentRow(0)
        else:
            self.chosen.emit(None)

    def add_item(self, enterprise_id: str, name: str, uscc: str, township: str) -> None:
        item = QListWidgetItem(f"{name}　{uscc or '—'}　{township}")
        item.setData(ID_ROLE, enterprise_id)
        item.setToolTip(item.text())
        self.results.addItem(item)

    def set_enterprise(self, enterprise_id: str, name: str, uscc: str = "", township: str = "") -> None:
        """Start with this enterprise chosen (a form editing a stored record)."""
        self.results.clear()
        self.add_item(enterprise_id, name, uscc, township)
        self.results.setCurrentRow(0)

    def selected_id(self) -> str | None:
        item = self.results.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def selected_text(self) -> str:
        item = self.results.currentItem()
        return item.text() if item is not None else ""
