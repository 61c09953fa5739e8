"""奖励资金: the payments already made for a new certification, and recording one more (amount in 元, kept in 分)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.database import ACTOR, Database
from ui.dialogs.certification_form import typed_day
from ui.models.certifications import kind_label, parse_yuan, yuan

ERROR_COLOUR = "#c62828"
HINT_STYLE = "color: #5f6b76;"


class PaymentDialog(QDialog):
    def __init__(self, db: Database, cert_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payment_dialog")
        self.db = db
        self.cert_id = cert_id
        self.paid_fen: int | None = None  # the amount recorded, once OK succeeded
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.history_title = QLabel()
        self.history_title.setProperty("section", True)
        self.history = QListWidget()
        self.history.setObjectName("history")
        self.history.setMaximumHeight(120)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setMaxLength(20)
        self.paid_on = QLineEdit(date.today().isoformat())
        self.paid_on.setObjectName("paid_on")
        self.paid_on.setMaxLength(20)
        self.fund_year = QSpinBox()
        self.fund_year.setObjectName("fund_year")
        self.fund_year.setRange(2000, 2100)
        self.fund_year.setValue(date.today().year)
        self.document_no = QLineEdit()
        self.document_no.setObjectName("document_no")
        self.document_no.setMaxLength(60)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button.setObjectName("btn_ok")
        self.captions = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for caption, widget in zip(self.captions, (self.amount, self.paid_on, self.fund_year, self.document_no,
                                                   self.note), strict=True):
            form.addRow(caption, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        self.load()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("登记奖励资金"))
        for caption, text in zip(self.captions, (self.tr("金额（元）"), self.tr("发放日期"), self.tr("资金年度"),
                                                 self.tr("文号"), self.tr("备注")), strict=True):
            caption.setText(text)
        self.amount.setPlaceholderText(self.tr("例如 40000 或 40,000.00"))
        self.paid_on.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.document_no.setPlaceholderText(self.tr("拨付文件的文号，如 青质强办〔2026〕3号"))
        self.ok_button.setText(self.tr("登记"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))

    def load(self) -> None:
        from qsupervise.models import Enterprise
        from qsupervise.services import certifications

        with self.db.read() as s:
            cert = certifications.get(s, self.cert_id)
            holder = s.get(Enterprise, cert.enterprise_id)
            payments = certifications.payments_of(s, cert_id=self.cert_id)
        name = holder.name if holder is not None else ""
        self.heading.setText(self.tr("{0}　{1}　{2}").format(name, kind_label(cert.kind), cert.number or "—"))
        self.history.clear()
        total = sum(p.amount_fen for p in payments)
        for p in payments:
            doc = f"　{p.document_no}" if p.document_no else ""
            self.history.addItem(self.tr("{0}　{1} 元　{2} 年度资金{3}").format(p.paid_on, yuan(p.amount_fen),
                                                                          p.fund_year, doc))
        if not payments:
            self.history.addItem(self.tr("（尚未发放）"))
        self.history_title.setText(self.tr("已发放 {0} 笔，合计 {1} 元").format(len(payments), yuan(total)))

    def accept(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import certifications

        fen = parse_yuan(self.amount.text())
        if fen is None:
            self.show_problem(self.tr("金额应为大于 0 的数，最多两位小数，例如 40000 或 40,000.00。"), self.amount)
            return
        try:
            with self.db.session() as s:
                certifications.record_payment(
                    s, cert_id=self.cert_id, amount_fen=fen, paid_on=typed_day(self.paid_on.text()),
                    fund_year=self.fund_year.value(), document_no=self.document_no.text(), note=self.note.text(),
                    actor=ACTOR,
                )
        except KnownError as exc:
            target = self.paid_on if exc.code == "date_format" else self.amount
            self.show_problem(exc.message(i18n.error_lang()), target)
            return
        self.paid_fen = fen
        super().accept()

    def show_problem(self, text: str, widget: QWidget) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
