"""``export awards`` (奖项与名牌, 名牌登记, 奖励资金), a programme's results list and the application summary PDF."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlmodel import col, select

from qsupervise.cli import main
from qsupervise.demo import DEFAULT_AS_OF, generate
from qsupervise.documents import pdf_fonts
from qsupervise.documents.award_export import export_program_results
from qsupervise.documents.award_summary import application_summary
from qsupervise.models import AwardApplication, AwardProgram, Brand, EligibilityOverride, Enterprise, ScoreSheet
from qsupervise.rules import awards as rules
from qsupervise.services import reward_fund
from qsupervise.store import Store
from tests.core import db_state, pg


@pytest.fixture(autouse=True)
def bundled_font(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(pdf_fonts.ENV_FONT, str(pdf_fonts.bundled_dir() / "wqy-microhei.ttc"))
    pdf_fonts.reset()
    yield
    pdf_fonts.reset()


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory, new_db: pg.NewDb) -> Iterator[Store]:
    with Store.open(new_db(tmp_path_factory.mktemp("awards") / "county.db"), create=True) as store:
        generate(store, enterprises=1500, seed=5)
        yield store


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    code = main([*args, "--json"])
    out, _err = capsys.readouterr()
    assert out.count("\n") == 1, out
    return code, json.loads(out)


def rows(sheet: Any) -> list[tuple[Any, ...]]:
    return list(sheet.iter_rows(values_only=True))


def test_export_awards_writes_the_three_sheets(county: Store, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "奖项.xlsx"
    code, payload = run_json(capsys, "export", "awards", str(out), "--today", DEFAULT_AS_OF.isoformat(),
                             "--db", db_state.address(county))
    assert code == 0
    with county.read() as s:
        programs = s.exec(select(AwardProgram)).all()
        apps = s.exec(select(AwardApplication)).all()
        brands = s.exec(select(Brand)).all()
        ledgers = [reward_fund.ledger(s, f.year) for f in reward_fund.years(s)]
        names = {e.id: e.name for e in s.exec(select(Enterprise).where(
            col(Enterprise.id).in_([a.enterprise_id for a in apps])))}
    assert (payload["programs"], payload["applications"], payload["brands"]) == (len(programs), len(apps),
                                                                                  len(brands))
    assert [f["year"] for f in payload["funds"]] == [ledger.fund.year for ledger in ledgers]
    book = load_workbook(out)
    assert book.sheetnames == ["奖项与名牌", "名牌登记", "奖励资金"]
    awards = rows(book["奖项与名牌"])
    assert awards[0][0] == f"青溪县历年品牌与质量奖项申报情况（截至 {DEFAULT_AS_OF.isoformat()}）"
    header = awards[1]
    assert header[:3] == ("年度", "奖项名称", "类别")
    assert "资格审查" in header
    body = awards[2:]
    assert len(body) == len(apps)  # every programme here has applications
    assert {r[6] for r in body} == set(names.values())
    assert {r[10] for r in body} == {rules.state_label(a.state) for a in apps}
    scored = [r for r in body if r[13] is not None]
    assert scored
    assert all(600 <= r[13] <= 900 for r in scored)
    assert any(str(r[15]).startswith("通过（") for r in body)  # accepted by an override
    register = rows(book["名牌登记"])[2:]
    assert len(register) == len(brands)
    shown = {r[10] for r in register}
    assert {"有效", "已到期", "已撤销"} <= shown
    assert any(r[11] == "90天内到期" for r in register)
    # the ledger sheet: each year's section, the numbers the service computes
    money = rows(book["奖励资金"])
    totals = [r for r in money if r and r[0] == "合计"]
    assert [round(r[6] * 100) for r in totals] == [ledger.paid_fen for ledger in ledgers]
    assert [round(r[8] * 100) for r in totals] == [ledger.fund.remaining_fen for ledger in ledgers]
    amounts = [round(r[6] * 100) for r in money if r and isinstance(r[0], int)]
    assert amounts == [e.amount_fen for ledger in ledgers for e in ledger.entries]
    balances = [round(r[8] * 100) for r in money if r and isinstance(r[0], int)]
    assert balances == [e.balance_fen for ledger in ledgers for e in ledger.entries]


def test_export_awards_of_one_year_and_refusals(county: Store, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    year = DEFAULT_AS_OF.year - 1
    out = tmp_path / "one.xlsx"
    code, payload = run_json(capsys, "export", "awards", "--out", str(out), "--year", str(year), "--db",
                             db_state.address(county))
    assert code == 0
    assert [f["year"] for f in payload["funds"]] == [year]
    book = load_workbook(out)
    assert {r[0] for r in rows(book["奖项与名牌"])[2:]} == {year}
    assert len(rows(book["名牌登记"])[2:]) == payload["brands"]  # the register is whole
    assert sum(1 for r in rows(book["奖励资金"]) if r and r[0] == "合计") == 1
    for bad in (["--today", "2026-02-30"], ["--year", "26"], []):
        code, payload = run_json(capsys, "export", "awards", *( [str(out)] if bad else []), *bad, "--db",
                                 db_state.address(county))
        assert code == 2, bad
        assert payload["ok"] is False
    code, payload = run_json(capsys, "export", "awards", str(out), "--db", str(tmp_path / "nope.db"))
    assert (code, payload["error"]["code"]) == (1, "db_missing")


def test_programme_results_put_winners_first(county: Store, tmp_path: Path) -> None:
    with county.read() as s:
        program = s.exec(select(AwardProgram).where(AwardProgram.name == "县长质量奖",
                                                    AwardProgram.year == DEFAULT_AS_OF.year - 1)).one()
        apps = s.exec(select(AwardApplication).where(AwardApplication.program_id == program.id)).all()
    out = tmp_path / "结果.xlsx"
    count = export_program_results(county, out, program_id=program.id)
    assert count == sum(1 for a in apps if a.state != "draft")
    sheet = rows(load_workbook(out).active)
    assert sheet[0][0] == f"青溪县{program.year}年县长质量奖评审结果"
    results = [r[7] for r in sheet[3:]]
    won = [r for r in sheet[3:] if r[7] == "获奖"]
    assert results[:len(won)] == ["获奖"] * len(won)
    assert [r[5] for r in won] == sorted((r[5] for r in won), reverse=True)


def test_application_summary_pdf(county: Store, tmp_path: Path) -> None:
    with county.read() as s:
        overridden = {o.application_id for o in s.exec(select(EligibilityOverride))}
        scored = {x.application_id for x in s.exec(select(ScoreSheet))}
        chosen = sorted(overridden & scored) or sorted(scored)
        app = s.get(AwardApplication, chosen[0])
        assert app is not None
        program = s.get(AwardProgram, app.program_id)
        holder = s.get(Enterprise, app.enterprise_id)
        assert program is not None
        assert holder is not None
        out = application_summary(s, app.id, tmp_path / "概要.pdf", today=date(2026, 6, 30))
        english = application_summary(s, app.id, tmp_path / "summary.pdf", today=date(2026, 6, 30), lang="en")
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/FontFile2" in data
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) >= 1
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed: the text is not checked")
    flat = "".join(subprocess.run([tool, "-enc", "UTF-8", str(out), "-"], capture_output=True,
                                  check=True).stdout.decode().split())
    for expected in ("奖项申报概要", holder.name, program.name, "办理过程", "资格审查", "申报材料清单",
                     "评审得分", holder.uscc or ""):
        assert expected.replace(" ", "") in flat, expected
    if app.id in overridden:
        assert "资格认定记录" in flat
        assert "认定理由" in flat
    text = subprocess.run([tool, "-enc", "UTF-8", str(english), "-"], capture_output=True, check=True).stdout
    assert "Award application summary" in text.decode()
