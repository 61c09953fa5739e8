"""登记奖励资金发放: a payment out of the county's reward fund for an award won, a granted brand or a new
certification, in 元 (kept in 分). The fund of the year is shown as it stands; a payment past the budget (or in a
year without one) is refused unless the user ticks an explicit confirmation and writes the reason, which then
opens the payment's note and goes into the audit log."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.database import ACTOR, Database
from ui.dialogs.certification_form import typed_day
from ui.models.awards import subject_kind_label, yuan
from ui.widgets_enterprise import EnterpriseFinder
from ui.widgets_search import ChoiceCombo

if TYPE_CHECKING:
    from sqlmodel import Session

    from qsupervise.errors import KnownError

ERROR_COLOUR = "#c62828"
AMBER_COLOUR = "#b26a00"
HINT_STYLE = "color: #5f6b76;"
CONFIRM_CODES = ("fund_overdrawn", "fund_no_budget", "fund_budget_below_paid")


class OverdrawConfirm(QGroupBox):
    """The explicit confirmation a payment past the budget needs: a tick and a reason (hidden until asked)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overdraw_box")
        self.setStyleSheet(f"QGroupBox {{ color: {AMBER_COLOUR}; font-weight: bold; }}")
        self.confirm = QCheckBox()
        self.confirm.setObjectName("confirm_overdraw")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("overdraw_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().height() * 3 + 14)
        layout = QVBoxLayout(self)
        layout.addWidget(self.confirm)
        layout.addWidget(self.reason)
        self.setVisible(False)

    def retranslate(self, what: str) -> None:
        self.setTitle(self.tr("须确认"))
        self.confirm.setText(what)
        self.reason.setPlaceholderText(self.tr("理由（必填），如 县质量强县领导小组会议纪要〔2026〕5号同意追加"))

    def ask(self) -> None:
        self.setVisible(True)
        self.confirm.setFocus(Qt.FocusReason.OtherFocusReason)

    def confirmed(self) -> bool:
        return self.isVisible() and self.confirm.isChecked()

    def why(self) -> str:
        return " ".join(self.reason.toPlainText().split())


class PaymentDialog(QDialog):
    def __init__(self, db: Database, *, subject: tuple[str, str] | None = None, fund_year: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fund_payment")
        self.db = db
        self.fixed_subject = subject
        self.paid_fen: int | None = None  # what was recorded, once OK succeeded
        self.paid_to = ""
        self.paid_year = 0
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.finder = EnterpriseFinder(db, rows=4)
        self.finder.chosen.connect(self.on_enterprise_chosen)
        self.subject = ChoiceCombo("subject")
        self.subject.currentIndexChanged.connect(self.on_subject_changed)
        self.history = QListWidget()
        self.history.setObjectName("history")
        self.history.setMaximumHeight(80)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setMaxLength(20)
        self.paid_on = QLineEdit(date.today().isoformat())
        self.paid_on.setObjectName("paid_on")
        self.paid_on.setMaxLength(20)
        self.fund_year = QSpinBox()
        self.fund_year.setObjectName("fund_year")
        self.fund_year.setRange(2000, 2100)
        self.fund_year.setValue(fund_year or date.today().year)
        self.fund_year.valueChanged.connect(self.show_fund)
        self.fund_state = QLabel()
        self.fund_state.setObjectName("fund_state")
        self.fund_state.setWordWrap(True)
        self.document_no = QLineEdit()
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
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button.setObjectName("btn_ok")
        self.captions = [QLabel() for _ in range(9)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        if subject is None:
            form.addRow(self.captions[0], self.finder)
            form.addRow(self.captions[1], self.subject)
        form.addRow(self.captions[2], self.history)
        form.addRow(self.captions[3], self.amount)
        form.addRow(self.captions[4], self.paid_on)
        form.addRow(self.captions[5], self.fund_year)
        form.addRow(self.captions[6], self.fund_state)
        form.addRow(self.captions[7], self.document_no)
        form.addRow(self.captions[8], self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.overdraw)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.retranslate()
        if subject is not None:
            self.load_fixed(*subject)
        else:
            self.heading.setText(self.tr("先找到企业，再选择要奖励的获奖、名牌或新获认证。"))
            self.heading.setStyleSheet(HINT_STYLE)
        self.show_fund()
        self.update_ok()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("登记奖励资金发放"))
        texts = (self.tr("企业"), self.tr("奖励事项"), self.tr("已发放"), self.tr("金额（元）"), self.tr("发放日期"),
                 self.tr("列支年度"), self.tr("资金情况"), self.tr("拨付文号"), self.tr("备注"))
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self.amount.setPlaceholderText(self.tr("例如 50000、50,000.00 或 5万"))
        self.paid_on.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.document_no.setPlaceholderText(self.tr("拨付文件的文号，如 青质强办〔2026〕3号"))
        self.overdraw.retranslate(self.tr("确认超出预算（或无预算）发放"))
        self.ok_button.setText(self.tr("登记"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))

    # -- the subject ------------------------------------------------------------------------------

    def load_fixed(self, kind: str, subject_id: str) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.models import Enterprise
        from qsupervise.services import reward_fund

        try:
            with self.db.read() as s:
                found = reward_fund.subject(s, kind, subject_id)
                holder = s.get(Enterprise, found.enterprise_id)
                standard = self.standard_fen(s, kind, subject_id)
        except KnownError as exc:
            self.heading.setText(exc.message(i18n.error_lang()))
            self.heading.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.show_history()
            return
        self.subject.set_choices(None, [(f"{kind}:{subject_id}", found.label)])
        self.heading.setText(self.tr("{0}　{1}：{2}").format(holder.name if holder else "", subject_kind_label(kind),
                                                           found.label))
        if standard:
            self.amount.setText(yuan(standard))
        self.show_history()

    @staticmethod
    def standard_fen(s: Session, kind: str, subject_id: str) -> int:
        """The programme's reward for an award won or a title granted by a programme (the amount to start
        from), else 0."""
        from qsupervise.models import AwardApplication, AwardProgram, Brand

        program_id = None
        if kind == "award":
            app = s.get(AwardApplication, subject_id)
            program_id = app.program_id if app is not None else None
        elif kind == "brand":
            brand = s.get(Brand, subject_id)
            program_id = brand.program_id if brand is not None else None
        program = s.get(AwardProgram, program_id) if program_id else None
        return program.reward_fen if program is not None else 0

    def on_enterprise_chosen(self, enterprise_id: object) -> None:
        """The enterprise's payable subjects: awards won, titles in force, certificates marked for a reward."""
        from qsupervise.rules import certificates
        from qsupervise.services import awards, certifications

        choices: list[tuple[str, str]] = []
        if enterprise_id and self.db.store is not None:
            eid = str(enterprise_id)
            with self.db.read() as s:
                won = [a for a in awards.applications_of(s, eid) if a.state == "awarded"]
                titles = [b for b in awards.brands(s, today=date.today(), enterprise_id=eid) if b.status != "revoked"
                          and b.application_id is None]
                certs = [c for c in certifications.of_enterprise(s, eid) if c.reward_eligible]
            lang = i18n.error_lang()
            choices += [(f"award:{a.id}", self.tr("获奖：{0}年{1}{2}").format(
                a.year, a.program, f"（{a.product_name}）" if a.product_name else "")) for a in won]
            choices += [(f"brand:{b.id}", self.tr("名牌：{0}{1}").format(
                b.title, f"（{b.product_name}）" if b.product_name else "")) for b in titles]
            choices += [(f"certification:{c.id}", self.tr("新获认证：{0} {1}").format(
                certificates.kind_label(c.kind, lang), c.number)) for c in certs]
        self.subject.set_choices(None, choices)
        if enterprise_id and not choices:
            self.heading.setText(self.tr("这家企业没有可奖励的事项（获奖、有效的名牌或标记为可获奖励的新获认证）。"))
            self.heading.setStyleSheet(f"color: {AMBER_COLOUR};")
        else:
            self.heading.setText(self.tr("先找到企业，再选择要奖励的获奖、名牌或新获认证。"))
            self.heading.setStyleSheet(HINT_STYLE)
        self.on_subject_changed()

    def chosen(self) -> tuple[str, str] | None:
        value = self.subject.value()
        if not value:
            return None
        kind, _, subject_id = value.partition(":")
        return kind, subject_id

    def on_subject_changed(self) -> None:
        chosen = self.chosen()
        if chosen is not None and self.fixed_subject is None and self.db.store is not None:
            with self.db.read() as s:
                standard = self.standard_fen(s, *chosen)
            if standard and not self.amount.text().strip():
                self.amount.setText(yuan(standard))
        self.show_history()
        self.update_ok()

    def show_history(self) -> None:
        from qsupervise.services import reward_fund

        self.history.clear()
        chosen = self.chosen()
        if chosen is None or self.db.store is None:
            self.history.addItem(self.tr("（未选择奖励事项）"))
            return
        with self.db.read() as s:
            payments = reward_fund.payments_for(s, *chosen)
        for p in payments:
            doc = f"　{p.document_no}" if p.document_no else ""
            line = self.tr("{0}　{1} 元　{2} 年度{3}").format(p.paid_on, yuan(p.amount_fen), p.fund_year, doc)
            self.history.addItem(line)
        if not payments:
            self.history.addItem(self.tr("（尚未发放）"))

    def update_ok(self) -> None:
        self.ok_button.setEnabled(self.chosen() is not None)

    # -- the fund ---------------------------------------------------------------------------------

    def show_fund(self) -> None:
        from qsupervise.services import reward_fund

        if self.db.store is None:
            return
        with self.db.read() as s:
            fund = reward_fund.balance(s, self.fund_year.value())
        if fund.budget_fen is None:
            self.fund_state.setText(self.tr("{0} 年度未设预算，已发放 {1} 笔 {2} 元。").format(
                fund.year, fund.payments, yuan(fund.paid_fen)))
            self.fund_state.setStyleSheet(f"color: {AMBER_COLOUR};")
        else:
            self.fund_state.setText(self.tr("预算 {0} 元，已发放 {1} 笔 {2} 元，余额 {3} 元。").format(
                yuan(fund.budget_fen), fund.payments, yuan(fund.paid_fen), yuan(fund.remaining_fen)))
            self.fund_state.setStyleSheet(f"color: {ERROR_COLOUR};" if fund.overdrawn else HINT_STYLE)

    # -- saving -----------------------------------------------------------------------------------

    def accept(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import reward_fund

        chosen = self.chosen()
        if chosen is None:
            return
        self.problem.setVisible(False)
        try:
            fen = reward_fund.parse_yuan(self.amount.text())
            with self.db.session() as s:
                payment = reward_fund.pay(
                    s, subject_kind=chosen[0], subject_id=chosen[1], amount_fen=fen,
                    paid_on=typed_day(self.paid_on.text()), fund_year=self.fund_year.value(),
                    document_no=self.document_no.text(), note=self.note.text(),
                    confirm_overdraw=self.overdraw.confirmed(), reason=self.overdraw.why(), actor=ACTOR)
                self.paid_year = payment.fund_year
        except KnownError as exc:
            self.refused(exc)
            return
        self.paid_fen = fen
        self.paid_to = self.heading.text() if self.fixed_subject else self.finder.selected_text().split("　")[0]
        super().accept()

    def refused(self, exc: KnownError) -> None:
        self.problem.setText(exc.message(i18n.error_lang()))
        self.problem.setVisible(True)
        if exc.code in CONFIRM_CODES:
            self.overdraw.ask()
            self.ok_button.setText(self.tr("确认发放"))
        elif exc.code == "fund_reason_needed":
            self.overdraw.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        elif exc.code in ("fund_money_format", "payment_amount"):
            self.amount.setFocus(Qt.FocusReason.OtherFocusReason)
        elif exc.code == "date_format":
            self.paid_on.setFocus(Qt.FocusReason.OtherFocusReason)
        self.show_fund()

    def done_text(self) -> str:
        return self.tr("已登记奖励资金 {0} 元（{1}，列支 {2} 年度）。").format(
            yuan(self.paid_fen), self.paid_to, self.paid_year)
