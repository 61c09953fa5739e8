"""登记行政处罚: a penalty decision (行政处罚决定书); the core checks it and regrades the enterprise."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from ui.dialogs.base import FormDialog
from ui.dialogs.credit_list import box, line, typed

HINT_STYLE = "color: #5f6b76;"


class PenaltyDialog(FormDialog):
    def __init__(self, name: str, today: date, *, authority: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("credit_penalty")
        self.decided_on = line("decided_on", 20, today.isoformat())
        self.document_no = line("document_no", 60)
        self.authority = line("authority", 100, authority)
        self.amount = line("amount", 20)
        self.summary = box("summary")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)
        captions = (self.tr("决定日期"), self.tr("决定书文号"), self.tr("决定机关"), self.tr("罚没金额（元）"),
                    self.tr("违法事实"))
        for caption, widget in zip(captions, (self.decided_on, self.document_no, self.authority, self.amount,
                                              self.summary), strict=True):
            self.form.addRow(caption, widget)
        self.form.addRow("", self.note)
        self.setWindowTitle(self.tr("登记行政处罚 — {0}").format(name))
        self.decided_on.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.document_no.setPlaceholderText(self.tr("必填，例如 青市监处罚〔2026〕12号"))
        self.amount.setPlaceholderText(self.tr("例如 20000 或 20,000.00；没有罚款的留空"))
        self.note.setText(self.tr(
            "质量方面的行政处罚按信用规则扣分（默认近 3 年每次 −10 分）；保存后立即重新评定该企业。"
        ))
        self.ok_button.setText(self.tr("登记"))
        self.cancel_button.setText(self.tr("取消"))
        self.setMinimumWidth(500)

    def values(self) -> dict[str, str]:
        """The penalty as entered (the amount as typed: ``credit.parse_amount`` reads it)."""
        return {
            "decided_on": typed(self.decided_on.text()),
            "document_no": self.document_no.text(),
            "authority": self.authority.text(),
            "amount": self.amount.text(),
            "summary": self.summary.toPlainText(),
        }
