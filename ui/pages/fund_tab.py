"""奖励资金: the county's reward fund of a year — its budget, every payment with the balance after it, a new payment
(one that would overdraw the budget needs an explicit confirmation with a reason), and the ledger as a workbook."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import modal
from ui.models.awards import LedgerModel, yuan
from ui.pages.dashboard import dense_table
from ui.pages.spotcheck_widgets import EmptyHint
from ui.permissions import can_write
from ui.usage import record_use
from ui.widgets_search import ChoiceCombo

if TYPE_CHECKING:
    from qsupervise.services.reward_fund import FundYear, Ledger
    from ui.pages.awards import AwardsPage

HINT_STYLE = "color: #5f6b76;"
RED_STYLE = "color: #c62828; font-weight: bold;"
WIDTHS = (44, 86, 170, 64, 240, 100, 156, 110, 120)


class FundTab(QWidget):
    def __init__(self, page: AwardsPage) -> None:
        super().__init__()
        self.setObjectName("fund_tab")
        self.page = page
        self.db = page.db
        self._filling = False
        self.ledger: Ledger | None = None

        self.year = ChoiceCombo("fund_year")
        self.year.currentIndexChanged.connect(self.on_year_changed)
        self.figures: dict[str, QLabel] = {}
        summary = QFrame()
        summary.setObjectName("fund_summary")
        summary.setProperty("card", True)
        row = QHBoxLayout(summary)
        row.setContentsMargins(14, 8, 14, 8)
        row.setSpacing(28)
        self.captions: dict[str, QLabel] = {}
        for key in ("budget", "paid", "remaining"):
            column = QVBoxLayout()
            column.setSpacing(2)
            caption = QLabel()
            caption.setObjectName(f"caption_{key}")
            caption.setStyleSheet(HINT_STYLE)
            value = QLabel("—")
            value.setObjectName(f"fund_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            font.setBold(True)
            value.setFont(font)
            column.addWidget(caption)
            column.addWidget(value)
            row.addLayout(column)
            self.captions[key] = caption
            self.figures[key] = value
        self.used = QProgressBar()
        self.used.setObjectName("fund_used")
        self.used.setRange(0, 1000)
        self.used.setTextVisible(False)
        self.used.setFixedWidth(220)
        self.used.setFixedHeight(10)
        self.used_label = QLabel()
        self.used_label.setObjectName("fund_used_label")
        self.used_label.setStyleSheet(HINT_STYLE)
        used_column = QVBoxLayout()
        used_column.setSpacing(4)
        used_column.addWidget(self.used_label)
        used_column.addWidget(self.used)
        row.addLayout(used_column)
        row.addStretch(1)
        self.document_label = QLabel()
        self.document_label.setObjectName("fund_document")
        self.document_label.setStyleSheet(HINT_STYLE)
        self.document_label.setWordWrap(True)
        row.addWidget(self.document_label, 1)

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.year)
        bar.addSpacing(12)
        for key, slot in (
            ("set_budget", self.set_budget),
            ("new_payment", self.new_payment),
            ("export_ledger", self.export_ledger),
        ):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.clicked.connect(lambda _=False, run=slot: run())
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)

        self.model = LedgerModel(self)
        self.view = dense_table("ledger_table")
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(LedgerModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.empty = EmptyHint(self.view, "ledger_empty")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(summary)
        layout.addWidget(self.view, 1)
        self.retranslate()
        self.update_buttons()

    def fill_choices(self) -> None:
        """Nothing coded to label here; the years come with the data."""

    # -- data ------------------------------------------------------------------------------------

    def chosen_year(self) -> int:
        value = self.year.value()
        return int(value) if value else date.today().year

    def refresh(self) -> None:
        from qsupervise.services import reward_fund

        if self.db.store is None:
            self.ledger = None
            self.model.set_rows([])
            self.show_figures(None)
            self.update_buttons()
            return
        with self.db.read() as s:
            years = {f.year for f in reward_fund.years(s)} | {date.today().year}
        self._filling = True
        try:
            first = self.year.count() == 0
            self.year.set_choices(None, [(str(y), self.tr("{0} 年度").format(y)) for y in sorted(years, reverse=True)])
            if first:
                self.year.set_value(str(date.today().year))
        finally:
            self._filling = False
        with self.db.read() as s:
            self.ledger = reward_fund.ledger(s, self.chosen_year())
        self.model.set_rows(self.ledger.entries)
        self.show_figures(self.ledger.fund)
        if self.model.rowCount():
            self.view.scrollToBottom()
        self.update_buttons()

    def on_year_changed(self) -> None:
        if not self._filling:
            self.refresh()

    def show_figures(self, fund: FundYear | None) -> None:
        if fund is None:
            for value in self.figures.values():
                value.setText("—")
            self.used.setValue(0)
            self.used_label.setText("")
            self.document_label.setText("")
            self.empty.show_text(self.tr("未打开数据库。"))
            return
        self.figures["budget"].setText(self.tr("未设预算") if fund.budget_fen is None else yuan(fund.budget_fen))
        self.figures["paid"].setText(yuan(fund.paid_fen))
        remaining = fund.remaining_fen
        self.figures["remaining"].setText("—" if remaining is None else yuan(remaining))
        self.figures["remaining"].setStyleSheet(RED_STYLE if fund.overdrawn else "")
        self.captions["paid"].setText(self.tr("已发放（{0} 笔，元）").format(fund.payments))
        self.captions["remaining"].setText(self.tr("超支（元）") if fund.overdrawn else self.tr("余额（元）"))
        if fund.budget_fen:
            share = fund.paid_fen / fund.budget_fen
            self.used.setValue(int(min(share, 1.0) * 1000))
            self.used.setStyleSheet("QProgressBar::chunk { background: #c62828; }" if fund.overdrawn else "")
            self.used_label.setText(self.tr("已使用 {0:.1f}%").format(share * 100))
        else:
            self.used.setValue(0)
            self.used_label.setText(self.tr("尚未设定本年度预算") if fund.budget_fen is None else "")
        self.document_label.setText(self.tr("预算文号：{0}").format(fund.document_no) if fund.document_no else "")
        if self.model.rowCount():
            self.empty.show_text("")
        elif fund.budget_fen is None:
            hint = self.tr("{0} 年度还没有预算。点“设置预算”登记批准的奖励资金，再登记发放。")
            self.empty.show_text(hint.format(fund.year))
        else:
            hint = self.tr("{0} 年度还没有发放记录。点“登记发放”（Ctrl+N）登记一笔奖励资金。")
            self.empty.show_text(hint.format(fund.year))

    def update_buttons(self) -> None:
        have = self.db.store is not None
        write = can_write(self.db, "reward_fund") and can_write(self.db, "reward_payment")  # the county's
        for key, button in self.buttons.items():
            button.setEnabled(have and (write or key == "export_ledger"))

    # -- actions ---------------------------------------------------------------------------------

    def set_budget(self) -> None:
        from ui.dialogs.fund_budget import BudgetDialog

        if self.db.store is None or not can_write(self.db, "reward_fund"):
            return
        dialog = BudgetDialog(self.db, self.chosen_year(), parent=self)
        if modal.exec_dialog(dialog):
            self.page.message.emit(self.tr("已登记 {0} 年度奖励资金预算 {1} 元。").format(
                dialog.year, yuan(dialog.budget_fen)))
        dialog.deleteLater()

    def new_payment(self) -> None:
        from ui.dialogs.fund_payment import PaymentDialog

        if self.db.store is None or not can_write(self.db, "reward_payment"):
            return
        dialog = PaymentDialog(self.db, fund_year=self.chosen_year(), parent=self)
        if modal.exec_dialog(dialog) and dialog.paid_fen is not None:
            self.page.message.emit(dialog.done_text())
        dialog.deleteLater()

    def export_ledger(self) -> None:
        from ui.workers import run_task

        store = self.db.store
        if store is None:
            return
        year = self.chosen_year()
        path = self.page.ask_save_path(self.tr("导出奖励资金台账"), self.tr("奖励资金台账-{0}年度.xlsx").format(year))
        if path is None:
            return

        def job(*, progress: Any, cancel: Any) -> Any:
            from qsupervise.documents.award_export import export_ledger

            return export_ledger(store, path, year=year)

        def done(_funds: Any) -> None:
            self.page.exported = path
            self.page.message.emit(self.tr("已导出 {0} 年度奖励资金台账到 {1}").format(year, path))
            record_use(self, self.page.db, "export.fund_ledger", path, {"year": year})

        self.page.exported = None
        self.page.task = run_task(self, job, label=self.tr("正在导出奖励资金台账…"), on_success=done)

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.captions["budget"].setText(self.tr("年度预算（元）"))
        self.captions["paid"].setText(self.tr("已发放（元）"))
        self.captions["remaining"].setText(self.tr("余额（元）"))
        texts = {
            "set_budget": (self.tr("设置预算…"), self.tr("登记或修改所选年度的奖励资金预算和批准文号")),
            "new_payment": (self.tr("登记发放…"), self.tr("为获奖、名牌或新获认证登记一笔奖励资金（Ctrl+N）")),
            "export_ledger": (self.tr("导出台账…"), self.tr("把所选年度的奖励资金台账导出为 Excel（Ctrl+E）")),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        if self.ledger is not None:
            self.show_figures(self.ledger.fund)
        self.model.retranslate()
