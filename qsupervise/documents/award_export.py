"""Brands, awards and the reward fund written to Excel: the fund's ledger, a programme's results list, and the
whole area in one workbook (奖项与名牌, 名牌登记, 奖励资金).

Money is written as numbers of 元 with two decimals (format ``#,##0.00``), computed from whole 分, so the sums
Excel makes are the ledger's. The brand register always lists every title on record with its status as on the
day of export (已到期 derived from the date); a year limits the programmes and the ledger.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, Table, func, select
from sqlmodel import Session

from qsupervise.documents.writing import replace_atomically
from qsupervise.errors import KnownError
from qsupervise.models import (
    AwardApplication,
    AwardProgram,
    Brand,
    Enterprise,
    OrgKind,
    OrgUnit,
    RewardPayment,
    ScoreSheet,
)
from qsupervise.rules import awards as rules
from qsupervise.services import reward_fund
from qsupervise.store import Store

PROG: Table = AwardProgram.__table__  # type: ignore[attr-defined]
APP: Table = AwardApplication.__table__  # type: ignore[attr-defined]
BRAND: Table = Brand.__table__  # type: ignore[attr-defined]
SHEET: Table = ScoreSheet.__table__  # type: ignore[attr-defined]
ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
ORG: Table = OrgUnit.__table__  # type: ignore[attr-defined]
PAY: Table = RewardPayment.__table__  # type: ignore[attr-defined]
MONEY = "#,##0.00"
SOON_DAYS = 90  # a title still valid that runs out within this many days is flagged
LEDGER_HEADERS = ("序号", "发放日期", "企业名称", "统一社会信用代码", "奖励类别", "奖励事项", "金额（元）", "拨付文号",
                  "余额（元）", "备注")
LEDGER_WIDTHS = (6, 12, 34, 22, 10, 40, 14, 26, 16, 30)
AWARD_HEADERS = ("年度", "奖项名称", "类别", "级别", "组织单位", "申报截止", "申报企业", "统一社会信用代码",
                 "所属乡镇", "申报产品", "状态", "提交日期", "决定日期", "评审得分（平均）", "评审人数", "资格审查",
                 "已发奖励（元）", "备注")
AWARD_WIDTHS = (6, 30, 14, 8, 24, 12, 34, 22, 12, 20, 10, 12, 12, 10, 8, 24, 14, 30)
BRAND_HEADERS = ("序号", "企业名称", "统一社会信用代码", "所属乡镇", "产品", "称号", "类别", "级别", "授予日期",
                 "有效期至", "状态", "到期提醒", "证书编号")
BRAND_WIDTHS = (6, 34, 22, 12, 20, 34, 14, 8, 12, 12, 8, 12, 20)
RESULT_HEADERS = ("序号", "企业名称", "统一社会信用代码", "所属乡镇", "申报产品", "评审得分（平均）", "评审人数",
                  "结果", "决定日期")
RESULT_WIDTHS = (6, 34, 22, 12, 20, 12, 8, 10, 12)
RESULT_ORDER = {rules.AWARDED: 0, rules.PUBLICITY: 1, rules.SITE_REVIEW: 2, rules.DOCUMENT_REVIEW: 3,
                rules.ELIGIBILITY_REVIEW: 4, rules.SUBMITTED: 5, rules.NOT_AWARDED: 6, rules.WITHDRAWN: 7}


@dataclass(frozen=True)
class AwardsExport:
    """What :func:`export_awards` wrote."""

    programs: int
    applications: int
    brands: int
    funds: tuple[reward_fund.FundYear, ...]


# --- the reward fund ledger -------------------------------------------------------------------------------------


def export_ledger(store: Store, dest: Path | str, *, year: int | None = None) -> list[reward_fund.FundYear]:
    """The ledger of ``year`` (or of every year with a budget or a payment): a sheet per year, with a summary
    sheet first when there are several; returns the years written."""
    from openpyxl import Workbook

    with store.read() as s:
        county = _county(s)
        books = _ledgers(s, year)
    book = Workbook()
    book.remove(book.active)
    if len(books) != 1:
        _fund_summary(book.create_sheet("汇总"), [b.fund for b in books], county)
    for ledger in books:
        sheet = book.create_sheet(f"{ledger.fund.year}年度")
        _widths(sheet, LEDGER_WIDTHS)
        _ledger_section(sheet, ledger, county)
        sheet.freeze_panes = "A4"
    _save(book, Path(dest))
    return [b.fund for b in books]


def _ledgers(session: Session, year: int | None) -> list[reward_fund.Ledger]:
    if year is not None:
        return [reward_fund.ledger(session, year)]
    return [reward_fund.ledger(session, f.year) for f in reward_fund.years(session)]


def _ledger_section(sheet: Any, ledger: reward_fund.Ledger, county: str) -> None:
    """A year's ledger below what the sheet holds: title, header, the budget line, each payment with the balance
    after it, and the totals."""
    fund = ledger.fund
    title = f"{county}{fund.year}年度质量奖励资金台账"
    _append(sheet, [title], bold=True, size=14)
    budget = "未登记预算" if fund.budget_fen is None else f"年度预算 {reward_fund.yuan(fund.budget_fen)} 元"
    _append(sheet, [budget + (f"（{fund.document_no}）" if fund.document_no else "")])
    _append(sheet, list(LEDGER_HEADERS), bold=True)
    _append(sheet, ["", "", "年度预算", "", "", "", None, fund.document_no, _money(fund.budget_fen), ""],
            money=(6, 8))
    for n, e in enumerate(ledger.entries, start=1):
        _append(sheet, [n, e.paid_on, e.enterprise, e.uscc, _kind(e.subject_kind), e.subject, _money(e.amount_fen),
                        e.document_no, _money(e.balance_fen), e.note], money=(6, 8))
    left = None if fund.budget_fen is None else fund.budget_fen - ledger.paid_fen
    _append(sheet, ["合计", "", f"{len(ledger.entries)} 笔", "", "", "", _money(ledger.paid_fen), "", _money(left), ""],
            bold=True, money=(6, 8))


def _fund_summary(sheet: Any, funds: Sequence[reward_fund.FundYear], county: str) -> None:
    _widths(sheet, (10, 16, 26, 10, 16, 16, 10))
    _append(sheet, [f"{county}质量奖励资金汇总"], bold=True, size=14)
    _append(sheet, ["资金年度", "预算（元）", "预算文号", "发放笔数", "已发放（元）", "余额（元）", "超支"], bold=True)
    for f in funds:
        _append(sheet, [f.year, _money(f.budget_fen), f.document_no, f.payments, _money(f.paid_fen),
                        _money(f.remaining_fen), "是" if f.overdrawn else ""], money=(1, 4, 5))
    budgets = [f.budget_fen for f in funds if f.budget_fen is not None]
    _append(sheet, ["合计", _money(sum(budgets)), "", sum(f.payments for f in funds),
                    _money(sum(f.paid_fen for f in funds)), _money(sum(budgets) - sum(f.paid_fen for f in funds)), ""],
            bold=True, money=(1, 4, 5))
    sheet.freeze_panes = "A3"


# --- one programme's results ------------------------------------------------------------------------------------


def export_program_results(store: Store, dest: Path | str, *, program_id: str) -> int:
    """The results list of one programme: every application that was submitted, winners first, then by average
    score; returns the number of rows."""
    from openpyxl import Workbook

    with store.read() as s:
        program = s.get(AwardProgram, program_id)
        if program is None or program.deleted_at is not None:
            raise KnownError("award_export_program_unknown", id=program_id)
        conn = s.connection()
        county = _county(s)
        rows = [r for r in _applications(conn, [program.id]) if r["state"] != rules.DRAFT]
        scores = _scores(conn, [r["id"] for r in rows])
        towns = _towns(conn)
    rows.sort(key=lambda r: (RESULT_ORDER.get(r["state"], 9), -(scores.get(r["id"], (0.0, 0))[0]), r["name"]))
    book = Workbook()
    sheet = book.active
    sheet.title = "评审结果"
    _widths(sheet, RESULT_WIDTHS)
    _append(sheet, [f"{county}{program.year}年{program.name}评审结果"], bold=True, size=14)
    _append(sheet, [f"{rules.kind_label(program.kind)}　{rules.level_label(program.level)}　{program.organiser}"])
    _append(sheet, list(RESULT_HEADERS), bold=True)
    for n, r in enumerate(rows, start=1):
        mean, count = scores.get(r["id"], (None, 0))
        _append(sheet, [n, r["name"], r["uscc"] or "", towns.get(r["township_id"], ""), r["product_name"],
                        mean, count or None, rules.state_label(r["state"]), r["decided_on"] or ""], decimals=(5,))
    sheet.freeze_panes = "A4"
    _save(book, Path(dest))
    return len(rows)


# --- the whole area ---------------------------------------------------------------------------------------------


def export_awards(
    store: Store, dest: Path | str, *, year: int | None = None, today: date | None = None
) -> AwardsExport:
    """One workbook: 奖项与名牌 (the programmes of ``year``, or all, with their applications and results), 名牌登记
    (every title on record, status as on ``today``) and 奖励资金 (the ledger of ``year``, or of every year)."""
    from openpyxl import Workbook

    day = today or date.today()
    with store.read() as s:
        conn = s.connection()
        county = _county(s)
        towns = _towns(conn)
        stmt = select(PROG).where(PROG.c.deleted_at.is_(None))
        if year is not None:
            stmt = stmt.where(PROG.c.year == year)
        programs = conn.execute(stmt.order_by(PROG.c.year.desc(), PROG.c.kind, PROG.c.name, PROG.c.id)).mappings().all()
        apps = _applications(conn, [p["id"] for p in programs])
        scores = _scores(conn, [a["id"] for a in apps])
        paid = _paid(conn, [a["id"] for a in apps])
        brands = conn.execute(
            select(BRAND, ENT.c.name.label("holder"), ENT.c.uscc, ENT.c.township_id)
            .select_from(BRAND.join(ENT, ENT.c.id == BRAND.c.enterprise_id))
            .where(BRAND.c.deleted_at.is_(None))
            .order_by(BRAND.c.granted_on.desc(), ENT.c.search_key, BRAND.c.id)).mappings().all()
        ledgers = _ledgers(s, year)
    book = Workbook()
    sheet = book.active
    sheet.title = "奖项与名牌"
    _widths(sheet, AWARD_WIDTHS)
    scope = f"{year}年度" if year is not None else "历年"
    _append(sheet, [f"{county}{scope}品牌与质量奖项申报情况（截至 {day.isoformat()}）"], bold=True, size=14)
    _append(sheet, list(AWARD_HEADERS), bold=True)
    by_program: dict[str, list[Any]] = {}
    for a in apps:
        by_program.setdefault(a["program_id"], []).append(a)
    for p in programs:
        head = [p["year"], p["name"], rules.kind_label(p["kind"]), rules.level_label(p["level"]), p["organiser"],
                p["closes_on"] or ""]
        mine = by_program.get(p["id"], [])
        if not mine:
            _append(sheet, [*head, "（无申报）"])
        for a in mine:
            mean, count = scores.get(a["id"], (None, 0))
            _append(sheet, [*head, a["name"], a["uscc"] or "", towns.get(a["township_id"], ""), a["product_name"],
                            rules.state_label(a["state"]), a["submitted_on"] or "", a["decided_on"] or "", mean,
                            count or None, _eligibility(a["eligibility"]), _money(paid.get(a["id"])), a["note"]],
                    money=(16,), decimals=(13,))
    sheet.freeze_panes = "A3"
    register = book.create_sheet("名牌登记")
    _widths(register, BRAND_WIDTHS)
    _append(register, [f"{county}名牌与获奖登记（状态截至 {day.isoformat()}）"], bold=True, size=14)
    _append(register, list(BRAND_HEADERS), bold=True)
    soon = (day + timedelta(days=SOON_DAYS)).isoformat()
    for n, b in enumerate(brands, start=1):
        status = rules.brand_status(b["status"], b["expires_on"], day)
        warn = f"{SOON_DAYS}天内到期" if status == rules.VALID and b["expires_on"] and b["expires_on"] <= soon else ""
        _append(register, [n, b["holder"], b["uscc"] or "", towns.get(b["township_id"], ""), b["product_name"],
                           b["title"], rules.kind_label(b["kind"]), rules.level_label(b["level"]), b["granted_on"],
                           b["expires_on"] or "长期", rules.brand_status_label(status), warn, b["certificate_no"]])
    register.freeze_panes = "A3"
    money = book.create_sheet("奖励资金")
    _widths(money, LEDGER_WIDTHS)
    for i, ledger in enumerate(ledgers):
        if i:
            money.append([])
        _ledger_section(money, ledger, county)
    _save(book, Path(dest))
    return AwardsExport(len(programs), len(apps), len(brands), tuple(b.fund for b in ledgers))


def _applications(conn: Connection, program_ids: list[str]) -> list[Any]:
    """The live applications of these programmes with their enterprise, by programme then enterprise."""
    out: list[Any] = []
    for start in range(0, len(program_ids), 500):
        stmt = (select(APP, ENT.c.name, ENT.c.uscc, ENT.c.township_id)
                .select_from(APP.join(ENT, ENT.c.id == APP.c.enterprise_id))
                .where(APP.c.deleted_at.is_(None), APP.c.program_id.in_(program_ids[start:start + 500]))
                .order_by(APP.c.program_id, ENT.c.search_key, APP.c.id))
        out += conn.execute(stmt).mappings().all()
    return out


def _scores(conn: Connection, app_ids: list[str]) -> dict[str, tuple[float, int]]:
    """Application id -> (mean total of its live score sheets, to one decimal; number of sheets)."""
    out: dict[str, tuple[float, int]] = {}
    for start in range(0, len(app_ids), 500):
        stmt = (select(SHEET.c.application_id, func.sum(SHEET.c.total), func.count())
                .where(SHEET.c.deleted_at.is_(None), SHEET.c.application_id.in_(app_ids[start:start + 500]))
                .group_by(SHEET.c.application_id))
        for aid, total, count in conn.execute(stmt):
            out[aid] = (round(int(total) / int(count), 1), int(count))
    return out


def _paid(conn: Connection, app_ids: list[str]) -> dict[str, int]:
    """Application id -> 分 paid for the award it won."""
    out: dict[str, int] = {}
    for start in range(0, len(app_ids), 500):
        stmt = (select(PAY.c.subject_id, func.sum(PAY.c.amount_fen))
                .where(PAY.c.subject_kind == "award", PAY.c.deleted_at.is_(None),
                       PAY.c.subject_id.in_(app_ids[start:start + 500]))
                .group_by(PAY.c.subject_id))
        out.update({sid: int(total) for sid, total in conn.execute(stmt)})
    return out


def _eligibility(raw: str | None) -> str:
    """The stored pre-check in a few words: passed, passed with N overrides, or N conditions failed."""
    try:
        results = orjson.loads(raw or "[]")
    except orjson.JSONDecodeError:
        return ""
    if not isinstance(results, list) or not results:
        return "未审查"
    failed = [r for r in results if isinstance(r, dict) and not r.get("passed")]
    overridden = [r for r in failed if r.get("overridden")]
    if not failed:
        return "通过"
    if len(overridden) == len(failed):
        return f"通过（{len(overridden)} 项经认定）"
    return f"{len(failed) - len(overridden)} 项未通过"


# --- small helpers ----------------------------------------------------------------------------------------------


def _county(session: Session) -> str:
    name = session.connection().execute(select(ORG.c.name).where(ORG.c.kind == OrgKind.COUNTY)).scalar()
    return str(name or "")


def _towns(conn: Connection) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute(select(ORG.c.id, ORG.c.name))}


def _kind(subject_kind: str) -> str:
    return {"certification": "新获认证", "award": "获奖", "brand": "名牌"}.get(subject_kind, subject_kind)


def _money(fen: int | None) -> float | None:
    """分 as a number of 元 for a cell (exact to the 分 in a double; shown with two decimals)."""
    return None if fen is None else float(reward_fund.yuan_number(fen))


def _widths(sheet: Any, widths: Sequence[int]) -> None:
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width


def _append(sheet: Any, values: list[Any], *, bold: bool = False, size: float | None = None,
            money: Sequence[int] = (), decimals: Sequence[int] = ()) -> None:
    """A row; ``money`` columns (0-based) get the 元 format, ``decimals`` one decimal place."""
    from openpyxl.styles import Font

    sheet.append(values)
    row = sheet.max_row
    if bold or size:
        font = Font(bold=bold, size=size) if size else Font(bold=True)
        for cell in sheet[row]:
            cell.font = font
    for column in money:
        sheet.cell(row=row, column=column + 1).number_format = MONEY
    for column in decimals:
        sheet.cell(row=row, column=column + 1).number_format = "0.0"


def _save(book: Any, path: Path) -> None:
    with replace_atomically(path) as temporary:
        book.save(temporary)
