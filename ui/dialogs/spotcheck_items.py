"""The test-item grid (检验项目): typed fast, pasted from Excel, every cell checked as it lands.

Enter moves down (and opens a new row at the end), Ctrl+V pastes tab-separated rows from the current cell on,
adding rows as needed; a copied header row is recognised and skipped. Verdict words go through the core's
``parse_item_verdict`` (合格/不合格/符合/P/F/√/×…) and show as 合格 or 不合格; a cell that cannot be read stays as
typed, turns red, and is listed with its row and column until it is fixed. Nothing here touches the database.
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTableWidgetSelectionRange,
    QWidget,
)

from ui import i18n

if TYPE_CHECKING:
    from qsupervise.services.spotchecks import ItemInput

COLUMNS = ("name", "clause", "required", "measured", "unit", "verdict", "importance")
NAME, CLAUSE, REQUIRED, MEASURED, UNIT, VERDICT, IMPORTANCE = range(len(COLUMNS))
WIDTHS = (150, 110, 150, 100, 60, 70, 70)
BAD_BACKGROUND = QColor("#fdecea")
FAIL_COLOUR = QColor("#c62828")
# cells of a header row copied along with the items (two of them make the first pasted row a header)
HEADER_WORDS = frozenset({
    "序号", "检验项目", "项目", "项目名称", "标准条款", "条款", "标准要求", "技术要求", "要求", "实测值", "检验结果",
    "测定值", "单位", "计量单位", "判定", "单项判定", "单项结论", "结论", "判定结果", "重要程度", "类别", "项目类别",
})  # fmt: skip
IMPORTANCE_WORDS = {"A": "A", "B": "B", "A类": "A", "B类": "B", "重要": "A", "一般": "B"}


def column_title(column: int) -> str:
    return (
        QCoreApplication.translate("spotcheck_items", "检验项目"),
        QCoreApplication.translate("spotcheck_items", "标准条款"),
        QCoreApplication.translate("spotcheck_items", "标准要求"),
        QCoreApplication.translate("spotcheck_items", "实测值"),
        QCoreApplication.translate("spotcheck_items", "单位"),
        QCoreApplication.translate("spotcheck_items", "判定"),
        QCoreApplication.translate("spotcheck_items", "重要程度"),
    )[column]


def verdict_word(code: str | None) -> str:
    if code == "pass":
        return QCoreApplication.translate("spotcheck_items", "合格")
    if code == "fail":
        return QCoreApplication.translate("spotcheck_items", "不合格")
    return ""


def looks_like_header(cells: list[str]) -> bool:
    return sum(c.strip() in HEADER_WORDS for c in cells) >= 2


class ItemsGrid(QTableWidget):
    """Rows of test items; ``changed`` after every edit, paste, added or removed row."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("items_grid")
        self.problems: dict[tuple[int, int], str] = {}  # (row, column) -> what is wrong with the cell
        self._quiet = False
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(REQUIRED, QHeaderView.ResizeMode.Stretch)
        self.itemChanged.connect(self._on_item_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([column_title(c) for c in range(len(COLUMNS))])

    # -- contents ----------------------------------------------------------------------

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def set_text(self, row: int, column: int, value: str) -> None:
        item = self.item(row, column)
        if item is None:
            self.setItem(row, column, QTableWidgetItem(value))
        else:
            item.setText(value)

    def row_is_empty(self, row: int) -> bool:
        return not any(self.text(row, c).strip() for c in range(len(COLUMNS)))

    def set_items(self, items: list[tuple[str, str, str, str, str, str | None, str]]) -> None:
        """Show stored items: (name, clause, required, measured, unit, verdict code, importance)."""
        self._quiet = True
        try:
            self.setRowCount(0)
            self.problems.clear()
            self.setRowCount(max(len(items), 1))
            for row, values in enumerate(items):
                *texts, verdict, importance = values
                for column, value in enumerate(texts):
                    self.set_text(row, column, value)
                self.set_text(row, VERDICT, verdict_word(verdict))
                self.set_text(row, IMPORTANCE, importance)
                self._paint_verdict(row)
        finally:
            self._quiet = False
        self.changed.emit()

    def add_row(self) -> int:
        row = self.rowCount()
        self.insertRow(row)
        self.setCurrentCell(row, NAME)
        self.changed.emit()
        return row

    def delete_rows(self) -> None:
        rows = sorted({i.row() for i in self.selectedIndexes()} or {self.currentRow()}, reverse=True)
        for row in rows:
            if 0 <= row < self.rowCount():
                self.removeRow(row)
        self._recheck_all()
        if self.rowCount() == 0:
            self.insertRow(0)
        self.changed.emit()

    # -- checking ------------------------------------------------------------------------

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._quiet:
            return
        self._check_cell(item.row(), item.column())
        self.changed.emit()

    def _check_cell(self, row: int, column: int) -> None:
        """Normalise a verdict or importance cell; remember (or forget) what is wrong with it."""
        from qsupervise.errors import KnownError
        from qsupervise.services.spotchecks import parse_item_verdict

        self.problems.pop((row, column), None)
        value = self.text(row, column).strip()
        shown = value
        if column == VERDICT:
            try:
                shown = verdict_word(parse_item_verdict(value))
            except KnownError as exc:
                self.problems[(row, column)] = exc.message(i18n.error_lang())
        elif column == IMPORTANCE and value:
            folded = value.upper().replace(" ", "")
            found = IMPORTANCE_WORDS.get(folded) or IMPORTANCE_WORDS.get(value)
            if found is None:
                self.problems[(row, column)] = QCoreApplication.translate(
                    "spotcheck_items", "重要程度“{0}”不对，应为 A 或 B。"
                ).format(value)
            else:
                shown = found
        elif column == NAME and not value and not self.row_is_empty(row):
            self.problems[(row, column)] = QCoreApplication.translate("spotcheck_items", "缺少检验项目名称。")
        self._quiet = True
        try:
            if shown != self.text(row, column):
                self.set_text(row, column, shown)
            item = self.item(row, column)
            if item is not None:
                bad = (row, column) in self.problems
                item.setBackground(QBrush(BAD_BACKGROUND) if bad else QBrush())
                item.setToolTip(self.problems.get((row, column), ""))
            if column != NAME:
                self._check_name(row)
            self._paint_verdict(row)
        finally:
            self._quiet = False

    def _check_name(self, row: int) -> None:
        if self.text(row, NAME).strip() or self.row_is_empty(row):
            self.problems.pop((row, NAME), None)
            item = self.item(row, NAME)
            if item is not None:
                item.setBackground(QBrush())
                item.setToolTip("")
        else:
            self._check_cell(row, NAME)

    def _paint_verdict(self, row: int) -> None:
        item = self.item(row, VERDICT)
        if item is not None and (row, VERDICT) not in self.problems:
            failing = item.text() == verdict_word("fail")
            item.setForeground(QBrush(FAIL_COLOUR) if failing else QBrush())

    def _recheck_all(self) -> None:
        self.problems.clear()
        for row in range(self.rowCount()):
            for column in (NAME, VERDICT, IMPORTANCE):
                self._check_cell(row, column)

    def problem_lines(self) -> list[str]:
        """Lines like 第 2 行【判定】… for every bad cell, top to bottom."""
        lines = []
        for (row, column), message in sorted(self.problems.items()):
            lines.append(
                QCoreApplication.translate("spotcheck_items", "第 {0} 行【{1}】{2}").format(
                    row + 1, column_title(column), message
                )
            )
        return lines

    def items(self) -> list[ItemInput]:
        """The non-empty rows as the core takes them (call only when ``problems`` is empty)."""
        from qsupervise.services.spotchecks import ItemInput, parse_item_verdict

        found = []
        for row in range(self.rowCount()):
            if self.row_is_empty(row):
                continue
            importance = self.text(row, IMPORTANCE).strip().upper() or "B"
            found.append(
                ItemInput(
                    name=self.text(row, NAME),
                    clause=self.text(row, CLAUSE),
                    required=self.text(row, REQUIRED),
                    measured=self.text(row, MEASURED),
                    unit=self.text(row, UNIT),
                    verdict=parse_item_verdict(self.text(row, VERDICT)),
                    importance=IMPORTANCE_WORDS.get(importance, importance),
                )
            )
        return found

    # -- keys and paste ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_text(QGuiApplication.clipboard().text())
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            self.move_down()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != self.State.EditingState:
            self.clear_selected()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Enter in a cell editor comes as SubmitModelCache: commit, then go down like a spreadsheet.
        entered = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if entered else hint)
        if entered:
            self.move_down()

    def move_down(self) -> None:
        row, column = max(self.currentRow(), 0), max(self.currentColumn(), 0)
        if row + 1 >= self.rowCount():
            if self.row_is_empty(row):
                return
            self.insertRow(self.rowCount())
            self.changed.emit()
        self.setCurrentCell(row + 1, column)

    def clear_selected(self) -> None:
        cells = self.selectedIndexes() or ([self.currentIndex()] if self.currentIndex().isValid() else [])
        self._quiet = True
        try:
            for index in cells:
                item = self.item(index.row(), index.column())
                if item is not None:
                    item.setText("")
        finally:
            self._quiet = False
        self._recheck_all()
        self.changed.emit()

    def paste_text(self, text: str) -> int:
        """Put tab-separated rows in from the current cell on; returns the number of rows pasted."""
        reader = csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t")
        rows = [r for r in reader if any(c.strip() for c in r)]
        current = self.currentIndex()
        start_row, start_column = (current.row(), current.column()) if current.isValid() else (self._first_free(), 0)
        if rows and start_column == 0 and looks_like_header(rows[0]):
            rows = rows[1:]
        if not rows:
            return 0
        needed = start_row + len(rows)
        self._quiet = True
        try:
            if self.rowCount() < needed:
                self.setRowCount(needed)
            for i, cells in enumerate(rows):
                for j, value in enumerate(cells[: len(COLUMNS) - start_column]):
                    self.set_text(start_row + i, start_column + j, value.strip())
        finally:
            self._quiet = False
        for i in range(len(rows)):
            for column in (NAME, VERDICT, IMPORTANCE):
                self._check_cell(start_row + i, column)
        last = start_row + len(rows) - 1
        self.setCurrentCell(last, start_column)
        right = min(start_column + max(map(len, rows)), len(COLUMNS)) - 1
        self.setRangeSelected(QTableWidgetSelectionRange(start_row, start_column, last, right), True)
        self.changed.emit()
        return len(rows)

    def _first_free(self) -> int:
        for row in range(self.rowCount()):
            if self.row_is_empty(row):
                return row
        return self.rowCount()
