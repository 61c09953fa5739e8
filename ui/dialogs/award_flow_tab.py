"""流程: where the application stands, the moves allowed from here (and only those) as buttons, each dated with a
comment, and every step taken so far (date, from, to, who, comment).

Submitting runs the eligibility pre-check; when a condition fails the move is refused, the check is kept so the
资格预审 tab shows what failed, and the editor goes there.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, modal
from ui.database import ACTOR
from ui.dialogs.certification_form import typed_day
from ui.models.awards import state_colour, state_label

if TYPE_CHECKING:
    from ui.dialogs.award_editor import ApplicationEditor, Snapshot

ERROR_COLOUR = "#c62828"
MUTED_COLOUR = "#5f6b76"
FINAL = ("awarded", "not_awarded", "withdrawn")
ASK_FIRST = ("awarded", "not_awarded", "withdrawn", "draft")


class FlowTab(QWidget):
    def __init__(self, editor: ApplicationEditor) -> None:
        super().__init__()
        self.setObjectName("flow_tab")
        self.editor = editor
        self.moves: tuple[str, ...] = ()

        self.where = QLabel()
        self.where.setObjectName("flow_where")
        self.where.setWordWrap(True)
        self.on = QLineEdit(date.today().isoformat())
        self.on.setObjectName("move_on")
        self.on.setMaxLength(20)
        self.on.setMaximumWidth(130)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(self.comment.fontMetrics().height() * 3 + 14)
        self.certificate = QLineEdit()
        self.certificate.setObjectName("certificate_no")
        self.certificate.setMaxLength(60)
        self.move_box = QWidget()
        self.move_row = QHBoxLayout(self.move_box)
        self.move_row.setContentsMargins(0, 0, 0, 0)
        self.move_row.setSpacing(6)
        self.move_buttons: dict[str, QPushButton] = {}
        self.problem = QLabel()
        self.problem.setObjectName("flow_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.setVisible(False)
        self.captions = [QLabel() for _ in range(4)]
        self.next_box = QGroupBox()
        self.next_box.setObjectName("next_step")
        self.next_form = form = QFormLayout(self.next_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.captions[0], self.on)
        form.addRow(self.captions[1], self.comment)
        form.addRow(self.captions[2], self.certificate)
        form.addRow(self.captions[3], self.move_box)
        form.addRow("", self.problem)

        self.history_title = QLabel()
        self.history_title.setProperty("section", True)
        self.history = QTableWidget(0, 5)
        self.history.setObjectName("steps_table")
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().setVisible(False)
        self.history.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.setAlternatingRowColors(True)
        self.history.setWordWrap(True)
        header = self.history.horizontalHeader()
        for column, width in enumerate((90, 90, 90, 80)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.next_box)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.next_box.setTitle(self.tr("下一步"))
        for caption, text in zip(self.captions, (self.tr("日期"), self.tr("意见或说明"), self.tr("获奖证书编号"),
                                                 self.tr("转到")), strict=True):
            caption.setText(text)
        self.comment.setPlaceholderText(self.tr("如 材料齐全，同意受理；退回、未获奖或撤回时请写明原因"))
        self.certificate.setPlaceholderText(self.tr("获奖时填写，记入名牌登记"))
        self.history_title.setText(self.tr("办理记录"))
        self.history.setHorizontalHeaderLabels([self.tr("日期"), self.tr("原状态"), self.tr("新状态"),
                                                self.tr("经办人"), self.tr("意见")])

    def move_text(self, source: str, target: str) -> str:
        texts = {
            "submitted": self.tr("提交（自动资格预审）"),
            "eligibility_review": self.tr("受理，进入资格审查"),
            "document_review": self.tr("资格审查通过，进入资料评审"),
            "site_review": self.tr("进入现场评审"),
            "publicity": self.tr("评审通过，进入公示"),
            "awarded": self.tr("公示无异议，获奖"),
            "not_awarded": self.tr("未获奖"),
            "withdrawn": self.tr("撤回申报"),
            "draft": self.tr("退回修改（回到草稿）"),
        }
        return texts.get(target, state_label(target))

    def show_snapshot(self, snap: Snapshot) -> None:
        from qsupervise.rules import awards as rules

        state = snap.state
        self.moves = rules.MOVES.get(state, ())
        while self.move_row.count():
            item = self.move_row.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.move_buttons = {}
        for target in self.moves:
            button = QPushButton(self.move_text(state, target))
            button.setObjectName(f"btn_move_{target}")
            button.setAutoDefault(False)
            button.setToolTip(self.tr("转到“{0}”").format(state_label(target)))
            if target in ("not_awarded", "withdrawn", "draft"):
                button.setStyleSheet(f"color: {ERROR_COLOUR};" if target != "draft" else "")
            button.clicked.connect(lambda _=False, t=target: self.move_to(t))
            self.move_row.addWidget(button)
            self.move_buttons[target] = button
        self.move_row.addStretch(1)
        self.next_box.setVisible(bool(self.moves))
        self.next_form.setRowVisible(self.certificate, "awarded" in self.moves)
        if state in FINAL:
            self.where.setText(self.tr("申报已{0}（{1}），流程结束。").format(state_label(state),
                                                                    snap.application.decided_on or "—"))
        else:
            self.where.setText(self.tr("当前状态：{0}。可转到：{1}。").format(
                state_label(state), "、".join(state_label(t) for t in self.moves)))
        colour = state_colour(state)
        self.where.setStyleSheet(f"color: {colour.name()};" if colour else "")
        self.history.setRowCount(len(snap.steps))
        for row, step in enumerate(snap.steps):
            cells = (step.on, state_label(step.from_state) if step.from_state else self.tr("（创建）"),
                     state_label(step.to_state), step.actor or "—", step.comment)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4 and text:
                    item.setToolTip(text)
                if column == 2 and state_colour(step.to_state) is not None:
                    item.setForeground(state_colour(step.to_state))
                self.history.setItem(row, column, item)
        if snap.steps:
            self.history.scrollToBottom()

    def move_to(self, target: str) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import awards

        editor = self.editor
        self.problem.setVisible(False)
        if target in ASK_FIRST:
            question = self.tr("把申报转到“{0}”？").format(state_label(target))
            if target in FINAL:
                question += self.tr("这是最终结果，之后不能再改变。")
            if not modal.confirm(self, question):
                return
        on = typed_day(self.on.text())
        comment = self.comment.toPlainText().strip()
        try:
            with editor.db.session() as s:
                moved = awards.move(s, editor.application_id, target, on=on, comment=comment, actor=ACTOR,
                                    certificate_no=self.certificate.text())
        except KnownError as exc:
            self.problem.setText(exc.message(i18n.error_lang()))
            self.problem.setVisible(True)
            if exc.code == "award_not_eligible":
                self.keep_failed_check(on)
            return
        self.comment.clear()
        self.certificate.clear()
        note = self.tr("已转到“{0}”（{1}）。").format(state_label(moved.to_state), moved.on)
        if moved.brand_id:
            note += self.tr("已记入名牌登记。")
        editor.after_save(note)

    def keep_failed_check(self, on: str) -> None:
        """The refused submission's pre-check, kept so the user sees each failed condition and its evidence."""
        from qsupervise.errors import KnownError
        from qsupervise.services import awards

        editor = self.editor
        try:
            with editor.db.session() as s:
                awards.check_eligibility(s, editor.application_id, on)
        except KnownError:
            return
        editor.reload()
        editor.eligibility.problem_from_flow(self.problem.text())
        editor.show_tab(editor.eligibility)

    def focus_comment(self) -> None:
        self.comment.setFocus(Qt.FocusReason.OtherFocusReason)
