"""品牌与奖项 → 奖励资金: the yearly budget, payments with the running balance, an overdraft refused unless confirmed
with a reason, and the ledger exported to Excel."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from tests.ui.test_awards import PAGE, add_program, apply, click, column, move
from ui.dialogs.fund_budget import BudgetDialog
from ui.dialogs.fund_payment import PaymentDialog
from ui.models.awards import LedgerModel

TODAY = date.today()


@pytest.fixture
def page(window):
    window.nav.setCurrentRow(PAGE)
    found = window.pages[PAGE]
    found.tabs.setCurrentWidget(found.fund_tab)
    return found


@pytest.fixture
def winner(window, demo_db) -> str:
    """An awarded application of 青溪县老字号酱园 (reward standard 60,000 元)."""
    from qsupervise.models import Enterprise

    with window.db.session() as s:
        firm = Enterprise(name="青溪县老字号酱园有限公司", township_id=demo_db.townships["东乡镇"],
                          founded_on=date(TODAY.year - 12, 1, 1).isoformat())
        s.add(firm)
        s.flush()
        firm_id = firm.id
    program_id = add_program(window, "famous_brand", "青溪县名牌产品", conditions={"iso9001": {"on": False}},
                             reward_fen=6_000_000)
    app_id = apply(window, program_id, firm_id, "老字号酱油")
    move(window, app_id, "submitted", "eligibility_review", "document_review", "site_review", "publicity",
         "awarded")
    return app_id


def set_budget(qtbot, prompts, tab, amount: str) -> None:
    def fill(dialog: BudgetDialog) -> None:
        assert dialog.windowTitle() == f"{TODAY.year} 年度奖励资金预算"
        prompts.type_into(dialog, "budget", amount)
        prompts.type_into(dialog, "document_no", "青财行〔2026〕12号")
        prompts.click_ok(dialog)

    prompts.on_dialog(fill)
    click(qtbot, tab.buttons["set_budget"])


def test_budget_payments_overdraft_and_ledger(qtbot, page, prompts, winner, tmp_path, monkeypatch):
    tab = page.fund_tab
    assert tab.empty.text().startswith(f"{TODAY.year} 年度还没有预算。")
    set_budget(qtbot, prompts, tab, "10万")
    assert tab.figures["budget"].text() == "100,000.00"
    assert tab.figures["remaining"].text() == "100,000.00"
    seen = {}

    def first(dialog: PaymentDialog) -> None:
        prompts.type_text(dialog.finder.search, "老字号")
        qtbot.waitUntil(lambda: dialog.subject.count() == 1, timeout=2000)
        seen["subject"] = (dialog.subject.currentText(), dialog.amount.text(), dialog.fund_state.text())
        prompts.type_into(dialog, "document_no", "青质强办〔2026〕3号")
        prompts.click_ok(dialog)

    prompts.on_dialog(first)
    click(qtbot, tab.buttons["new_payment"])
    assert seen["subject"] == (f"获奖：{TODAY.year}年青溪县名牌产品（老字号酱油）", "60,000.00",
                               "预算 100,000.00 元，已发放 0 笔 0.00 元，余额 100,000.00 元。")
    assert column(tab.model, LedgerModel.AMOUNT) == ["60,000.00"]
    assert column(tab.model, LedgerModel.BALANCE) == ["40,000.00"]
    assert tab.figures["remaining"].text() == "40,000.00"

    def overdraw(dialog: PaymentDialog) -> None:
        prompts.type_text(dialog.finder.search, "老字号")
        qtbot.waitUntil(lambda: dialog.subject.count() == 1, timeout=2000)
        prompts.type_into(dialog, "amount", "50,000")
        prompts.click_ok(dialog)  # past the budget: refused, the confirmation asked for
        seen["refused"] = (dialog.isVisible(), dialog.problem.text(), dialog.overdraw.isVisible(),
                           page.fund_tab.model.rowCount())
        prompts.click_ok(dialog)  # not ticked: refused again
        seen["again"] = (dialog.isVisible(), page.fund_tab.model.rowCount())
        dialog.overdraw.confirm.setChecked(True)
        prompts.click_ok(dialog)  # ticked without a reason: refused
        seen["no_reason"] = dialog.problem.text()
        prompts.type_into(dialog, "overdraw_reason", "县质量强县领导小组会议纪要同意追加")
        prompts.click_ok(dialog)

    prompts.on_dialog(overdraw)
    click(qtbot, tab.buttons["new_payment"])
    visible, message, asked, rows = seen["refused"]
    assert (visible, asked, rows) == (True, True, 1)
    assert message.startswith(f"{TODAY.year} 年度奖励资金不足：预算 100,000.00 元，已发放 60,000.00 元，"
                              "余额 40,000.00 元，本次申请 50,000.00 元。未登记。")
    assert seen["again"] == (True, 1)
    assert seen["no_reason"].startswith("超预算或无预算发放须写明理由")
    assert column(tab.model, LedgerModel.BALANCE) == ["40,000.00", "-10,000.00"]
    assert tab.model.index(1, LedgerModel.BALANCE).data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
    note = tab.model.index(1, LedgerModel.NOTE).data()
    assert note == "超预算发放（已确认）：县质量强县领导小组会议纪要同意追加"
    assert tab.captions["remaining"].text() == "超支（元）"
    assert tab.figures["remaining"].text() == "-10,000.00"

    out = tmp_path / "ledger.xlsx"
    monkeypatch.setattr(page, "ask_save_path", lambda *args: out)
    click(qtbot, tab.buttons["export_ledger"])
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=5000)
    assert page.exported == out
    sheet = load_workbook(out).worksheets[0]
    values = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "青溪县老字号酱园有限公司" in values
    assert 60000 in values
    assert 50000 in values


def test_a_payment_from_the_register_and_a_year_without_budget(qtbot, page, prompts, winner):
    register = page.register_tab
    page.tabs.setCurrentWidget(register)
    register.view.selectRow(0)
    seen = {}

    def pay(dialog: PaymentDialog) -> None:
        seen["heading"] = dialog.heading.text()
        prompts.click_ok(dialog)  # no budget this year: refused unless confirmed
        seen["refused"] = (dialog.problem.text(), dialog.overdraw.isVisible())
        dialog.overdraw.confirm.setChecked(True)
        prompts.type_into(dialog, "overdraw_reason", "预算尚未批复，先行发放")
        prompts.click_ok(dialog)

    prompts.on_dialog(pay)
    click(qtbot, register.buttons["brand_payment"])
    assert seen["heading"] == f"青溪县老字号酱园有限公司　获奖：{TODAY.year}年青溪县名牌产品（老字号酱油）"
    assert seen["refused"][0].startswith(f"{TODAY.year} 年度奖励资金还没有预算")
    assert seen["refused"][1]
    page.tabs.setCurrentWidget(page.fund_tab)
    assert column(page.fund_tab.model, LedgerModel.NOTE) == ["无预算发放（已确认）：预算尚未批复，先行发放"]
    assert page.fund_tab.figures["budget"].text() == "未设预算"
    assert "已登记奖励资金 60,000.00 元" in page.window().statusBar().currentMessage()
