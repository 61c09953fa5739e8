"""批量录入结果: a testing body's result list for a whole plan, typed or pasted from Excel, saved all at once.

One row per sampled sample (by 抽样单编号). Report no., report date, verdict and failing items are editable;
Ctrl+V pastes tab-separated rows from the current cell on, as Excel copies them. Verdict words go through the
core's reader of published verdicts (合格/不合格/P/F/符合…); dates accept 2026-06-01, 2026/6/1, 2026年6月1日.
A cell that cannot be read turns red and is listed; a sample whose test items are entered keeps the verdict
they give. Saving is one transaction: the core refuses the whole batch when any line is wrong.
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.database import Database

if TYPE_CHECKING:
    from qsupervise.services.spotcheck_lists import BatchRow

ACTOR = "gui"
SAMPLE_NO, UNIT, PRODUCT, REPORT_NO, REPORT_ON, VERDICT, FAILED = range(7)
EDITABLE = (REPORT_NO, REPORT_ON, VERDICT, FAILED)
WIDTHS = (110, 230, 120, 120, 100, 90, 220)
BAD = QColor("#fdecea")
LOCKED = QColor("#f2f4f6")
FAIL_COLOUR = QColor("#c62828")


class BatchGrid(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setObjectName("batch_grid")
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.verticalHeader().setVisible(False)
        for column, width in enumerate(WIDTHS):
            self.horizontalHeader().resizeSection(column, width)
        self.horizontalHeader().setSectionResizeMode(FAILED, QHeaderView.ResizeMode.Stretch)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_text(QGuiApplication.clipboard().text())
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            self.setCurrentCell(min(self.currentRow() + 1, self.rowCount() - 1), self.currentColumn())
            return
        super().keyPressEvent(event)

    def paste_text(self, text: str) -> int:
        """Fill cells from tab-separated text at the current cell; read-only columns are left as they are."""
        rows = [r for r in csv.reader(io.StringIO(text.rstrip("\r\n")), delimiter="\t")]
        top, left = max(self.currentRow(), 0), max(self.currentColumn(), 0)
        pasted = 0
        for dr, cells in enumerate(rows):
            row = top + dr
            if row >= self.rowCount():
                break
            for dc, value in enumerate(cells):
                column = left + dc
                item = self.item(row, column)
                if column in EDITABLE and item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
                    item.setText(value.strip())
                    pasted += 1
        return pasted


class BatchResultsDialog(QDialog):
    def __init__(self, db: Database, plan_id: str, plan_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batch_results_dialog")
        self.db, self.plan_id, self.plan_no = db, plan_id, plan_no
        self.rows: list[BatchRow] = []
        self.grid = BatchGrid(self)
        self.grid.itemChanged.connect(self.check_cell)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {FAIL_COLOUR.name()};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(1080, 620)
        self.retranslate()
        self.load()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("批量录入结果 — {0}").format(self.plan_no))
        self.hint.setText(self.tr(
            "每行一个已抽样的样品。可以逐格输入，也可以从检验机构的结果表中复制几列，选中起始格后按 Ctrl+V 粘贴。"
            "结论写 合格 / 不合格 / 严重不合格（也认 P / F、符合 / 不符合）；不合格的请填写不合格项目。"
            "已录入检验项目的样品，结论由检验项目得出（灰色）。"
        ))
        self.grid.setHorizontalHeaderLabels([
            self.tr("抽样单编号"), self.tr("被抽样单位"), self.tr("产品"), self.tr("报告编号"), self.tr("报告日期"),
            self.tr("结论"), self.tr("不合格项目"),
        ])
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("全部保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))

    def load(self) -> None:
        from qsupervise.services import spotcheck_lists

        with self.db.read() as s:
            self.rows = spotcheck_lists.batch_rows(s, self.plan_id)
        grid = self.grid
        grid.blockSignals(True)
        grid.setRowCount(len(self.rows))
        for n, row in enumerate(self.rows):
            shown = (row.sample_no, row.unit_name, row.product, row.report_no, row.report_on,
                     verdict_word(row.verdict), row.failed_items)
            for column, value in enumerate(shown):
                item = QTableWidgetItem(value)
                locked = column not in EDITABLE or (row.has_items and column in (VERDICT, FAILED))
                if locked:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    if column in EDITABLE:
                        item.setBackground(QBrush(LOCKED))
                        item.setToolTip(self.tr("已录入检验项目：结论由检验项目得出，请在样品编辑窗口中修改"))
                if column == VERDICT and row.verdict in ("fail", "serious_fail"):
                    item.setForeground(QBrush(FAIL_COLOUR))
                grid.setItem(n, column, item)
        grid.verticalHeader().setDefaultSectionSize(grid.fontMetrics().height() + 10)
        grid.blockSignals(False)
        if not self.rows:
            self.problems.setStyleSheet("")
            self.problems.setText(self.tr("这个计划还没有已抽样的样品：先在样品的抽样单里把状态改为“已抽样”。"))
        grid.setCurrentCell(0, REPORT_NO)

    # -- cells ---------------------------------------------------------------------------------------

    def read_cell(self, row: int, column: int) -> tuple[str | None, bool]:
        """(value as stored, readable) of a date or verdict cell."""
        from qsupervise.documents.spotcheck_rows import parse_date
        from qsupervise.rules.verdicts import parse_published

        item = self.grid.item(row, column)
        text = item.text().strip() if item is not None else ""
        if not text:
            return None, True
        value = parse_date(text) if column == REPORT_ON else (verdict_codes().get(text) or parse_published(text))
        return value, value is not None

    def check_cell(self, item: QTableWidgetItem) -> None:
        if item.column() not in (REPORT_ON, VERDICT):
            return
        _value, ok = self.read_cell(item.row(), item.column())
        self.grid.blockSignals(True)
        item.setBackground(QBrush(BAD) if not ok else QBrush())
        item.setForeground(QBrush(FAIL_COLOUR) if item.column() == VERDICT and "不" in item.text() else QBrush())
        self.grid.blockSignals(False)

    def unreadable(self) -> list[str]:
        lines = []
        names = {REPORT_ON: self.tr("报告日期"), VERDICT: self.tr("结论")}
        for row in range(self.grid.rowCount()):
            for column in (REPORT_ON, VERDICT):
                _value, ok = self.read_cell(row, column)
                if not ok:
                    text = self.grid.item(row, column).text()
                    lines.append(self.tr("第 {0} 行【{1}】“{2}”认不出").format(row + 1, names[column], text))
        return lines

    # -- saving --------------------------------------------------------------------------------------

    def save(self) -> None:
        from qsupervise.services import spotchecks

        bad = self.unreadable()
        if bad:
            self.show_problems(bad)
            return
        lines = []
        for n, row in enumerate(self.rows):
            on, _ok = self.read_cell(n, REPORT_ON)
            verdict, _ok = self.read_cell(n, VERDICT)
            if row.has_items:
                verdict = row.verdict
            unchanged = (self.text(n, REPORT_NO) == row.report_no and (on or "") == row.report_on
                         and verdict == row.verdict and self.text(n, FAILED) == row.failed_items)
            if unchanged:
                lines.append(spotchecks.BatchResult(row.id))  # nothing to say: skipped by the core
                continue
            lines.append(spotchecks.BatchResult(row.id, self.text(n, REPORT_NO), on, verdict, self.text(n, FAILED)))
        try:
            with self.db.session() as s:
                changed = spotchecks.save_batch(s, lines, actor=ACTOR)
        except spotchecks.InvalidBatch as exc:
            lang = i18n.error_lang()
            column = {"report_on": REPORT_ON, "verdict": VERDICT, "failed_items": FAILED}
            for p in exc.problems:
                item = self.grid.item(p.line - 1, column.get(p.field, REPORT_NO))
                if item is not None:
                    item.setBackground(QBrush(BAD))
            self.show_problems([self.tr("第 {0} 行：{1}").format(p.line, p.message(lang)) for p in exc.problems])
            return
        self.changed = changed
        self.db.notify_changed()
        self.accept()

    changed = 0

    def text(self, row: int, column: int) -> str:
        item = self.grid.item(row, column)
        return item.text().strip() if item is not None else ""

    def show_problems(self, lines: list[str]) -> None:
        shown = lines[:8]
        more = len(lines) - len(shown)
        text = self.tr("未保存，请改正：") + "\n" + "\n".join(shown)
        if more:
            text += "\n" + self.tr("……另有 {0} 处").format(more)
        self.problems.setStyleSheet(f"color: {FAIL_COLOUR.name()};")
        self.problems.setText(text)


def verdict_codes() -> dict[str, str]:
    """The verdict words this language shows, back to their codes (English "serious fail" included)."""
    from qsupervise.rules.verdicts import VERDICTS

    return {verdict_word(code): code for code in VERDICTS}


def verdict_word(code: str | None) -> str:
    from ui.models.spotchecks import label

    return label("verdict", code) if code else ""
