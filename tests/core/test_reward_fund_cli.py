"""``fund`` commands (DESIGN §7: one JSON object, exit 0 done / 1 refused / 2 usage) and the ledger workbook."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from qsupervise.cli import main
from qsupervise.models import AwardApplication, AwardProgram, Brand, Enterprise, RewardPayment
from qsupervise.services import org, reward_fund
from qsupervise.store import Store
from tests.core.cli_tools import run_json

USCC = "91420999MA4K000011"


@pytest.fixture
def county(store: Store) -> dict[str, str]:
    """An enterprise with an award won and a brand; the database path."""
    with store.session() as s:
        firm = Enterprise(name="青溪县星河茶业有限公司", township_id=org.resolve(s, "城关镇").id, uscc=USCC)
        other = Enterprise(name="青溪县河口酒业有限公司", township_id=org.resolve(s, "河口镇").id)
        s.add(firm)
        s.add(other)
        program = AwardProgram(kind="quality_award", name="县长质量奖", level="county", year=2026, scored=True)
        s.add(program)
        s.flush()
        app = AwardApplication(program_id=program.id, enterprise_id=firm.id, state="awarded")
        brand = Brand(enterprise_id=firm.id, kind="famous_brand", title="市名牌产品", product_name="青溪绿茶",
                      granted_on="2026-01-10", expires_on="2029-01-10")
        s.add(app)
        s.add(brand)
        s.flush()
        return {"db": str(store.path), "firm": firm.id, "other": other.id, "award": app.id, "brand": brand.id}


def test_budget_pay_show_and_refusals(county: dict[str, str], capsys: pytest.CaptureFixture[str],
                                      tmp_path: Path) -> None:
    db = county["db"]
    pay = ["fund", "pay", USCC, "--for", "award", "--subject", county["award"], "--on", "2026-05-01", "--db", db]
    code, payload = run_json(capsys, *pay, "--amount", "5万")
    assert (code, payload["error"]["code"]) == (1, "fund_no_budget")
    code, payload = run_json(capsys, "fund", "budget", "--year", "2026", "--amount", "10万", "--document",
                             "青政办〔2026〕1号", "--db", db)
    assert code == 0
    assert (payload["budget_fen"], payload["remaining_fen"], payload["budget_yuan"]) == (10_000_000, 10_000_000,
                                                                                         "100,000.00")
    code, payload = run_json(capsys, *pay, "--amount", "60,000.50", "--document", "青质强办〔2026〕3号")
    assert code == 0
    assert payload["payment"]["amount_fen"] == 6_000_050
    assert payload["payment"]["fund_year"] == 2026
    assert payload["fund"]["remaining_fen"] == 3_999_950
    assert payload["enterprise"]["id"] == county["firm"]
    code, payload = run_json(capsys, "fund", "pay", county["firm"], "--for", "brand", "--subject", county["brand"],
                             "--amount", "40000", "--on", "2026-06-01", "--db", db)
    assert (code, payload["error"]["code"]) == (1, "fund_overdrawn")
    assert payload["error"]["remaining"] == "39,999.50"
    assert payload["error"]["asked_fen"] == "4000000"
    assert main(["fund", "pay", county["firm"], "--for", "brand", "--subject", county["brand"], "--amount", "40000",
                 "--on", "2026-06-01", "--db", db]) == 1
    said = capsys.readouterr()
    assert said.out == ""
    assert "余额 39,999.50 元" in said.err
    assert "--confirm-overdraw --reason" in said.err  # how to confirm, on the command line
    code, payload = run_json(capsys, "fund", "pay", county["firm"], "--for", "brand", "--subject", county["brand"],
                             "--amount", "40000", "--on", "2026-06-01", "--confirm-overdraw", "--reason",
                             "县政府常务会议同意", "--db", db)
    assert code == 0
    assert payload["payment"]["confirmed"]
    assert payload["fund"]["overdrawn"]
    assert "县政府常务会议同意" in payload["payment"]["note"]
    # the subject belongs to another enterprise: refused
    code, payload = run_json(capsys, "fund", "pay", county["other"], "--for", "brand", "--subject", county["brand"],
                             "--amount", "1", "--on", "2026-06-01", "--db", db)
    assert (code, payload["error"]["code"]) == (1, "fund_subject_enterprise")
    # usage errors: exit 2, nothing written
    for bad in (["--amount", "四万"], ["--amount", "1.001"], ["--amount", "1", "--confirm-overdraw"],
                ["--amount", "1", "--year", "26"]):
        code, payload = run_json(capsys, *pay, *bad)
        assert code == 2, bad
        assert payload["ok"] is False
    code, payload = run_json(capsys, "fund", "pay", USCC, "--for", "award", "--subject", county["award"],
                             "--amount", "1", "--on", "2026-13-01", "--db", db)
    assert (code, payload["error"]["code"]) == (2, "date_format")
    with pytest.raises(SystemExit) as exited:  # argparse refuses an unknown --for itself
        main(["fund", "pay", USCC, "--for", "prize", "--subject", "x", "--amount", "1", "--on", "2026-01-01"])
    assert exited.value.code == 2
    capsys.readouterr()
    code, payload = run_json(capsys, "fund", "show", "--db", db)
    assert code == 0
    assert [(y["year"], y["paid_fen"], y["remaining_fen"]) for y in payload["years"]] == [
        (2026, 10_000_050, -50)]
    code, payload = run_json(capsys, "fund", "show", "--year", "2026", "--db", db)
    assert [(p["amount_fen"], p["balance_fen"], p["confirmed"]) for p in payload["payments"]] == [
        (6_000_050, 3_999_950, False), (4_000_000, -50, True)]
    assert main(["fund", "show", "--db", db]) == 0
    shown = capsys.readouterr().out
    assert "2026 年度：预算 100,000.00 元（青政办〔2026〕1号），已发放 2 笔 100,000.50 元" in shown
    code, payload = run_json(capsys, "fund", "show", "--db", str(tmp_path / "missing.db"))
    assert (code, payload["error"]["code"]) == (1, "db_missing")


def test_ledger_numbers_equal_the_service(county: dict[str, str], capsys: pytest.CaptureFixture[str],
                                          store: Store, tmp_path: Path) -> None:
    db = county["db"]
    assert main(["fund", "budget", "--year", "2025", "--amount", "50000", "--db", db]) == 0
    assert main(["fund", "budget", "--year", "2026", "--amount", "1,000,000.00", "--db", db]) == 0
    for amount, on, kind in (("0.10", "2026-02-01", "award"), ("0.20", "2026-02-02", "brand"),
                             ("12,345.67", "2026-03-01", "award"), ("300", "2025-12-30", "brand")):
        subject = county[kind]
        assert main(["fund", "pay", USCC, "--for", kind, "--subject", subject, "--amount", amount, "--on", on,
                     "--db", db]) == 0
    capsys.readouterr()
    out = tmp_path / "台账.xlsx"
    code, payload = run_json(capsys, "fund", "ledger", str(out), "--db", db)
    assert code == 0
    assert payload["payments"] == 4
    book = load_workbook(out)
    assert book.sheetnames == ["汇总", "2025年度", "2026年度"]
    with store.read() as s:
        service = reward_fund.ledger(s, 2026)
    sheet = book["2026年度"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "测试县2026年度质量奖励资金台账"
    header = 2
    assert rows[header][6] == "金额（元）"
    assert rows[header][8] == "余额（元）"
    budget_row, *payments, totals = rows[header + 1:]
    assert budget_row[2] == "年度预算"
    assert round(budget_row[8] * 100) == 100_000_000
    assert [round(p[6] * 100) for p in payments] == [e.amount_fen for e in service.entries] == [10, 20, 1_234_567]
    assert [round(p[8] * 100) for p in payments] == [e.balance_fen for e in service.entries]
    assert [p[1] for p in payments] == ["2026-02-01", "2026-02-02", "2026-03-01"]
    assert payments[0][2] == "青溪县星河茶业有限公司"
    assert payments[0][3] == USCC
    assert payments[1][5] == "市名牌产品（青溪绿茶）"
    assert totals[0] == "合计"
    assert round(totals[6] * 100) == service.paid_fen == 1_234_597
    assert round(totals[8] * 100) == 100_000_000 - 1_234_597
    assert sheet.cell(row=header + 2, column=7).number_format == "#,##0.00"
    summary = list(book["汇总"].iter_rows(values_only=True))
    assert [r[0] for r in summary[2:]] == [2025, 2026, "合计"]
    assert round(summary[-1][4] * 100) == 1_234_597 + 30_000
    out_one = tmp_path / "one.xlsx"
    code, payload = run_json(capsys, "fund", "ledger", "--out", str(out_one), "--year", "2025", "--db", db)
    assert code == 0
    assert load_workbook(out_one).sheetnames == ["2025年度"]
    code, payload = run_json(capsys, "fund", "ledger", "--db", db)
    assert code == 2
    with store.read() as s:
        assert len(s.exec(select(RewardPayment)).all()) == 4
