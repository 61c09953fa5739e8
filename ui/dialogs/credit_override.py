"""调整信用等级: a grade chosen by hand with the reason it rests on (人工调整); the core refuses what may not be.

The core keeps the computed grade and score on the row and decides what is allowed: a reason is required, and
an enterprise on the 严重违法失信名单 stays at D. Its refusal is shown here and the dialog keeps what was typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from ui.dialogs.base import FormDialog
from ui.models.credit import GRADES
from ui.registry_text import grade_label
from ui.widgets_search import ChoiceCombo

HINT_STYLE = "color: #5f6b76;"
RED_STYLE = "color: #c62828;"


class OverrideDialog(FormDialog):
    def __init__(self, name: str, grade: str, computed: str, *, listed: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("credit_override")
        self.grade = ChoiceCombo("grade")
        self.grade.set_choices(None, [(g, grade_label(g)) for g in GRADES])
        self.grade.set_value(grade)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().height() * 4 + 12)
        self.note = QLabel()
        self.note.setObjectName("override_note")
        self.note.setWordWrap(True)
        self.captions = (QLabel(), QLabel())
        self.form.addRow(self.captions[0], self.grade)
        self.form.addRow(self.captions[1], self.reason)
        self.form.addRow("", self.note)
        self.setWindowTitle(self.tr("调整信用等级 — {0}").format(name))
        self.captions[0].setText(self.tr("调整为"))
        self.captions[1].setText(self.tr("调整理由"))
        self.reason.setPlaceholderText(self.tr("必填：依据的文件、会议纪要或核查情况"))
        if listed:
            self.note.setText(self.tr("该企业在严重违法失信名单上：信用等级只能是 D 级，移出名单后才能调整。"))
            self.note.setStyleSheet(RED_STYLE)
        else:
            self.note.setText(self.tr(
                "系统按规则评定为 {0}。人工调整保留到规则评定的等级发生变化为止；之后按新的评定结果重新定级。"
            ).format(grade_label(computed)))
            self.note.setStyleSheet(HINT_STYLE)
        self.ok_button.setText(self.tr("调整"))
        self.cancel_button.setText(self.tr("取消"))
        self.setMinimumWidth(480)

    def chosen(self) -> tuple[str, str]:
        """(grade, reason) as entered."""
        return self.grade.value() or "", self.reason.toPlainText()
