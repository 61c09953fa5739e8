"""Keyboard focus for a list tab: from the search box to the table (a row selected, so Enter opens it) and back."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QLineEdit, QTableView


class ListFocus:
    """Mixed into a tab that has a table ``view`` over ``model`` and a ``search`` box."""

    view: QTableView
    model: QAbstractItemModel
    search: QLineEdit

    def focus_table(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.rowCount() and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
