"""明细: the records behind a computed target's value — the samples, certificates, titles or instruments of the
township in the year up to the cut-off, those that count first. Double-click a row to read it whole."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui import modal
from ui.database import Database
from ui.models.assessment import DrillModel, data_text
from ui.pages.dashboard import dense_table

if TYPE_CHECKING:
    from qsupervise.services.assessment import LetterScore, TargetScore

HINT_STYLE = "color: #5f6b76;"


class _Uncounted(QSortFilterProxyModel):
    """Only the records that did not count, when asked."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.only = False

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self.only:
            return True
        model = self.sourceModel()
        assert isinstance(model, DrillModel)
        return not model.rows[source_row].counts


class AssessmentDrill(QDialog):
    def __init__(self, db: Database, score: LetterScore, target: TargetScore, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessment_drill")
        self.db, self.score, self.target, self.today = db, score, target, today
        self.setWindowTitle(self.tr("明细：{0} · {1}").format(score.unit, target.metric))
        self.resize(820, 520)
        self.summary = QLabel()
        self.summary.setObjectName("drill_summary")
        self.summary.setWordWrap(True)
        self.only_missed = QCheckBox()
        self.only_missed.setObjectName("drill_only_missed")
        self.only_missed.toggled.connect(self.on_filter)
        self.model = DrillModel(self)
        self.proxy = _Uncounted(self)
        self.proxy.setSourceModel(self.model)
        self.view = dense_table("drill_table")
        self.view.setModel(self.proxy)
        header = self.view.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the core's order (those that count first)
        self.view.setSortingEnabled(True)
        for column, width in ((DrillModel.KIND, 70), (DrillModel.ENTERPRISE, 220), (DrillModel.DATE, 90)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(DrillModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DrillModel.COUNTS, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(self.show_record)
        self.note = QLabel()
        self.note.setObjectName("drill_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("buttons")
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.only_missed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.only_missed.setText(self.tr("只看未计入的"))
        self.load()

    def load(self) -> None:
        from qsupervise.services import assessment
        from qsupervise.services.assessment_metrics import DRILL_LIMIT

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a few thousand instruments: a quarter second
        try:
            with self.db.read() as s:
                rows = assessment.drill(s, self.target.target_id, today=self.today)
        finally:
            QApplication.restoreOverrideCursor()
        self.model.set_rows(rows)
        counted = sum(1 for r in rows if r.counts)
        shown = data_text(self.target) or "—"
        self.summary.setText(self.tr("<b>{0}</b> · {1}：{2}，截至 {3}。计入 {4} 条，未计入 {5} 条。").format(
            self.score.unit, self.target.metric, shown, self.score.cutoff.isoformat(), counted, len(rows) - counted))
        notes = []
        if len(rows) >= DRILL_LIMIT:
            notes.append(self.tr("只列出前 {0} 条。").format(f"{DRILL_LIMIT:,}"))
        if self.target.source in ("instrument_registration_rate", "instrument_verification_rate"):
            notes.append(self.tr("计量器具按截止日的登记和检定情况列出，日期为最近一次检定日期。"))
        if not rows:
            notes.append(self.tr("该乡镇在考核期内没有相关记录。"))
        self.note.setText(" ".join(notes))

    def on_filter(self, only: bool) -> None:
        self.proxy.only = only
        self.proxy.invalidateFilter()

    def show_record(self, index: QModelIndex) -> None:
        row = self.model.row_at(self.proxy.mapToSource(index))
        if row is None:
            return
        kind = self.model.index(self.model.rows.index(row), DrillModel.KIND).data()
        verdict = self.tr("计入") if row.counts else self.tr("未计入")
        modal.inform(self, f"{kind} · {row.on[:10] or '—'}\n{row.enterprise}\n{row.text}\n{verdict}",
                     self.tr("记录"))
