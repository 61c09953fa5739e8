"""A question that needs a written reason (accepting a failed eligibility condition, revoking a title): the reason
is recorded with the decision, so OK stays off until one is typed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from ui.dialogs.base import FormDialog

MAX_REASON = 500


class ReasonDialog(FormDialog):
    def __init__(self, title: str, question: str, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("reason_dialog")
        self.setWindowTitle(title)
        self.question = QLabel(question)
        self.question.setObjectName("question")
        self.question.setWordWrap(True)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("reason")
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().height() * 4 + 14)
        self.edit.setPlaceholderText(placeholder or self.tr("写明理由，例如依据的文件、会议纪要或核实情况"))
        self.edit.textChanged.connect(self.update_ok)
        self.caption = QLabel(self.tr("理由"))
        self.form.addRow(self.question)
        self.form.addRow(self.caption, self.edit)
        self.ok_button.setText(self.tr("确定"))
        self.cancel_button.setText(self.tr("取消"))
        self.setMinimumWidth(480)
        self.update_ok()

    def reason(self) -> str:
        return " ".join(self.edit.toPlainText().split())[:MAX_REASON]

    def update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))
