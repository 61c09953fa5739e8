"""设置奖励资金预算: a year's budget of the county reward fund and the document that granted it. A budget below what
the year has already paid needs the same explicit confirmation with a reason as an overdraft."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ui import i18n
from ui.database import ACTOR, Database
from ui.dialogs.base import FormDialog
from ui.dialogs.fund_payment import CONFIRM_CODES, ERROR_COLOUR, HINT_STYLE, OverdrawConfirm
from ui.models.awards import yuan


class BudgetDialog(FormDialog):
    def __init__(self, db: Database, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from qsupervise.services import reward_fund

        self.setObjectName("fund_budget")
        self.db = db
        self.year = year
        self.budget_fen = 0
        with db.read() as s:
            fund = reward_fund.balance(s, year)
        self.state = QLabel()
        self.state.setObjectName("fund_state")
        self.state.setStyleSheet(HINT_STYLE)
        self.state.setWordWrap(True)
        self.amount = QLineEdit(yuan(fund.budget_fen) if fund.budget_fen is not None else "")
        self.amount.setObjectName("budget")
        self.amount.setMaxLength(24)
        self.document_no = QLineEdit(fund.document_no)
        self.document_no.setObjectName("document_no")
        self.document_no.setMaxLength(60)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.overdraw = OverdrawConfirm()
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.setVisible(False)
        self.captions = [QLabel() for _ in range(3)]
        self.form.addRow(self.state)
        for caption, widget in zip(self.captions, (self.amount, self.document_no, self.note), strict=True):
            self.form.addRow(caption, widget)
        self.form.addRow(self.overdraw)
        self.form.addRow(self.problem)
        self.setMinimumWidth(520)
        self.setWindowTitle(self.tr("{0} 年度奖励资金预算").format(year))
        for caption, text in zip(self.captions, (self.tr("预算金额（元）"), self.tr("批准文号"), self.tr("备注")),
                                 strict=True):
            caption.setText(text)
        self.amount.setPlaceholderText(self.tr("例如 1000000 或 100万"))
        self.document_no.setPlaceholderText(self.tr("如 青财行〔2026〕12号"))
        self.overdraw.retranslate(self.tr("确认预算低于已发放金额"))
        self.ok_button.setText(self.tr("保存"))
        self.cancel_button.setText(self.tr("取消"))
        if fund.budget_fen is None:
            self.state.setText(self.tr("{0} 年度尚未设预算；已发放 {1} 笔 {2} 元。").format(
                year, fund.payments, yuan(fund.paid_fen)))
        else:
            self.state.setText(self.tr("当前预算 {0} 元，已发放 {1} 笔 {2} 元。").format(
                yuan(fund.budget_fen), fund.payments, yuan(fund.paid_fen)))

    def accept(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import reward_fund

        self.problem.setVisible(False)
        try:
            fen = reward_fund.parse_yuan(self.amount.text(), allow_zero=True)
            with self.db.session() as s:
                reward_fund.set_budget(s, year=self.year, budget_fen=fen, document_no=self.document_no.text(),
                                       note=self.note.text(), confirm_overdraw=self.overdraw.confirmed(),
                                       reason=self.overdraw.why(), actor=ACTOR)
        except KnownError as exc:
            self.problem.setText(exc.message(i18n.error_lang()))
            self.problem.setVisible(True)
            if exc.code in CONFIRM_CODES:
                self.overdraw.ask()
            elif exc.code == "fund_money_format":
                self.amount.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.budget_fen = fen
        super().accept()
