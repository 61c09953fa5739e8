"""评分: the GB/T 19580 scoring sheet of a scored programme — one spin box per category, limited to its maximum
(领导 110, 战略 90, 顾客与市场 90, 资源 130, 过程管理 100, 测量、分析与改进 80, 结果 400), the live total, several
reviewers (choosing one loads their sheet), and the averages over the sheets. Scores are entered during document
or site review only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.database import ACTOR
from ui.models.awards import category_label

if TYPE_CHECKING:
    from qsupervise.services.awards import ScoreSummary
    from ui.dialogs.award_editor import ApplicationEditor, Snapshot

ERROR_COLOUR = "#c62828"
MUTED_COLOUR = "#5f6b76"
NOT_SCORED = -1


class ScoreSpin(QSpinBox):
    """Whole points from 0 to the category's maximum (−1 shows as 未评); typing past the maximum is refused and
    said (``refused`` carries what was typed)."""

    refused = Signal(str)

    def __init__(self, code: str, maximum: int) -> None:
        super().__init__()
        self.setObjectName(f"score_{code}")
        self.code = code
        self.setRange(NOT_SCORED, maximum)
        self.setValue(NOT_SCORED)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setFixedWidth(110)

    def validate(self, text: str, pos: int) -> object:
        typed = text.strip()
        if typed.isdigit() and int(typed) > self.maximum():
            self.refused.emit(typed)
            return QValidator.State.Invalid
        return super().validate(text, pos)

    def points(self) -> int | None:
        return None if self.value() == NOT_SCORED else self.value()


class ScoresTab(QWidget):
    def __init__(self, editor: ApplicationEditor) -> None:
        super().__init__()
        from qsupervise.rules import awards as rules

        self.setObjectName("scores_tab")
        self.categories: tuple[tuple[str, int], ...] = rules.CATEGORIES  # GB/T 19580-2012, with their maxima
        self.full_marks = rules.TOTAL
        self.editor = editor
        self.summary: ScoreSummary | None = None
        self.open_for_scoring = False
        self._loading = False

        self.state_note = QLabel()
        self.state_note.setObjectName("scoring_state")
        self.state_note.setWordWrap(True)
        self.reviewer = QComboBox()
        self.reviewer.setObjectName("reviewer")
        self.reviewer.setEditable(True)
        self.reviewer.lineEdit().setMaxLength(50)
        self.reviewer.currentTextChanged.connect(self.on_reviewer_changed)
        self.spins: dict[str, ScoreSpin] = {}
        self.captions: dict[str, QLabel] = {}
        self.entry = QGroupBox()
        self.entry.setObjectName("score_entry")
        grid = QGridLayout(self.entry)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self.reviewer_caption = QLabel()
        grid.addWidget(self.reviewer_caption, 0, 0)
        grid.addWidget(self.reviewer, 0, 1, 1, 4)
        for n, (code, maximum) in enumerate(self.categories):
            spin = ScoreSpin(code, maximum)
            spin.valueChanged.connect(self.update_total)
            spin.refused.connect(lambda typed, c=code: self.refuse(c, typed))
            caption = QLabel()
            row, column = 1 + n // 2, (n % 2) * 3
            grid.addWidget(caption, row, column)
            grid.addWidget(spin, row, column + 1)
            self.spins[code] = spin
            self.captions[code] = caption
        self.total = QLabel()
        self.total.setObjectName("score_total")
        font = self.total.font()
        font.setBold(True)
        self.total.setFont(font)
        grid.addWidget(self.total, 4, 3, 1, 2)
        self.comment = QLineEdit()
        self.comment.setObjectName("score_comment")
        self.comment_caption = QLabel()
        grid.addWidget(self.comment_caption, 5, 0)
        grid.addWidget(self.comment, 5, 1, 1, 4)
        self.save_button = QPushButton()
        self.save_button.setObjectName("btn_save_scores")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.problem = QLabel()
        self.problem.setObjectName("score_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.setVisible(False)
        actions = QHBoxLayout()
        actions.addWidget(self.problem, 1)
        actions.addStretch(1)
        actions.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(actions, 6, 0, 1, 6)
        grid.setColumnMinimumWidth(2, 24)
        grid.setColumnStretch(5, 1)

        self.sheets_title = QLabel()
        self.sheets_title.setProperty("section", True)
        self.sheets = QTableWidget(0, len(self.categories) + 3)
        self.sheets.setObjectName("sheets_table")
        self.sheets.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sheets.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sheets.verticalHeader().setVisible(False)
        self.sheets.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.sheets.horizontalHeader().setSectionResizeMode(len(self.categories) + 2, QHeaderView.ResizeMode.Stretch)
        self.sheets.itemDoubleClicked.connect(self.load_row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.state_note)
        layout.addWidget(self.entry)
        layout.addWidget(self.sheets_title)
        layout.addWidget(self.sheets, 1)
        self.retranslate()
        self.update_total()

    def retranslate(self) -> None:
        self.entry.setTitle(self.tr("评分表（GB/T 19580《卓越绩效评价准则》，满分 1000 分）"))
        self.reviewer_caption.setText(self.tr("评审人"))
        self.reviewer.lineEdit().setPlaceholderText(self.tr("评审人姓名；选择已有评审人可修改其评分"))
        for code, maximum in self.categories:
            self.captions[code].setText(self.tr("{0}（满分 {1}）").format(category_label(code), maximum))
            self.spins[code].setSpecialValueText(self.tr("未评"))
        self.comment_caption.setText(self.tr("评语"))
        self.save_button.setText(self.tr("保存评分"))
        self.save_button.setToolTip(self.tr("保存这位评审人的评分（同一评审人再次保存将替换原评分）"))
        self.sheets_title.setText(self.tr("各评审人评分与平均分"))
        heads = [self.tr("评审人"), *(category_label(c) for c, _m in self.categories), self.tr("合计"), self.tr("评语")]
        self.sheets.setHorizontalHeaderLabels(heads)
        self.update_total()

    # -- showing -----------------------------------------------------------------------------------

    def show_snapshot(self, snap: Snapshot) -> None:
        from qsupervise.rules import awards as rules

        self.summary = snap.scores
        self.open_for_scoring = snap.state in rules.SCORING_STATES
        if self.open_for_scoring:
            self.state_note.setText(self.tr("申报处于“{0}”，可以录入评分。").format(rules.state_label(
                snap.state, i18n.error_lang())))
            self.state_note.setStyleSheet("")
        else:
            self.state_note.setText(self.tr("只有在资料评审或现场评审阶段才能录入评分；当前为“{0}”。").format(
                rules.state_label(snap.state, i18n.error_lang())))
            self.state_note.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.entry.setEnabled(self.open_for_scoring)
        sheets = snap.scores.sheets if snap.scores is not None else ()
        typed = self.reviewer.currentText()
        self._loading = True
        try:
            self.reviewer.clear()
            self.reviewer.addItems([s.reviewer for s in sheets])
            self.reviewer.setEditText(typed)
        finally:
            self._loading = False
        self.sheets.setRowCount(len(sheets) + (1 if sheets else 0))
        for row, sheet in enumerate(sheets):
            cells = [sheet.reviewer, *(str(sheet.scores[c]) if c in sheet.scores else "—" for c, _m in self.categories),
                     str(sheet.total), sheet.comment]
            self.fill_row(row, cells, bold=False)
        if sheets and snap.scores is not None:
            averages = [points_text(snap.scores.averages.get(c)) for c, _m in self.categories]
            self.fill_row(len(sheets), [self.tr("平均（{0} 人）").format(len(sheets)), *averages,
                                        points_text(snap.scores.total), ""], bold=True)
        self.sheets_title.setText(self.tr("各评审人评分与平均分") if sheets else self.tr("尚无评分"))

    def fill_row(self, row: int, cells: list[str], *, bold: bool) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if 0 < column <= len(self.categories) + 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.sheets.setItem(row, column, item)

    def on_reviewer_changed(self, name: str) -> None:
        """Choosing a reviewer who already scored loads their sheet to change it."""
        if self._loading or self.summary is None:
            return
        sheet = next((s for s in self.summary.sheets if s.reviewer == name.strip()), None)
        if sheet is not None:
            for code, spin in self.spins.items():
                spin.setValue(sheet.scores.get(code, NOT_SCORED))
            self.comment.setText(sheet.comment)

    def load_row(self, item: QTableWidgetItem) -> None:
        if self.summary is not None and item.row() < len(self.summary.sheets) and self.open_for_scoring:
            self.reviewer.setEditText(self.summary.sheets[item.row()].reviewer)
            self.on_reviewer_changed(self.summary.sheets[item.row()].reviewer)

    def update_total(self) -> None:
        given = [s.points() for s in self.spins.values()]
        scored = [p for p in given if p is not None]
        total = sum(scored)
        text = self.tr("合计 {0} / {1} 分").format(total, self.full_marks)
        if len(scored) < len(given):
            text += self.tr("（{0} 项未评）").format(len(given) - len(scored))
        self.total.setText(text)

    def refuse(self, code: str, typed: str) -> None:
        from qsupervise.messages import text
        from qsupervise.rules import awards as rules

        maximum = dict(self.categories)[code]
        self.problem.setText(text("award_score_above_max", i18n.error_lang(), category=rules.category_label(code),
                                  category_en=rules.category_label(code, "en"), value=typed, max=maximum))
        self.problem.setVisible(True)

    # -- saving ------------------------------------------------------------------------------------

    def scores(self) -> dict[str, int]:
        return {code: points for code, spin in self.spins.items() if (points := spin.points()) is not None}

    def save(self) -> bool:
        from qsupervise.errors import KnownError
        from qsupervise.services import awards

        editor = self.editor
        self.problem.setVisible(False)
        for spin in self.spins.values():
            spin.interpretText()
        reviewer = self.reviewer.currentText().strip()
        try:
            with editor.db.session() as s:
                sheet = awards.save_scores(s, editor.application_id, reviewer, self.scores(),
                                           comment=self.comment.text(), actor=ACTOR)
                total = sheet.total
        except KnownError as exc:
            self.problem.setText(exc.message(i18n.error_lang()))
            self.problem.setVisible(True)
            return False
        self.clear_entry()
        editor.after_save(self.tr("已保存 {0} 的评分：{1} 分。").format(reviewer, total))
        return True

    def clear_entry(self) -> None:
        self._loading = True
        try:
            self.reviewer.setEditText("")
            for spin in self.spins.values():
                spin.setValue(NOT_SCORED)
            self.comment.clear()
        finally:
            self._loading = False


def points_text(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.2f}".rstrip("0").rstrip(".")
