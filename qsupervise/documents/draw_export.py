"""The public list of a 双随机 draw (一公开): targets, inspectors, and what anyone needs to re-run the draw."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Table, select

from qsupervise.documents.writing import bold_row, replace_atomically
from qsupervise.errors import KnownError
from qsupervise.models import Enterprise, Inspector, OrgUnit, RandomDraw, SpotCheckPlan
from qsupervise.rules.draw import ALGORITHM
from qsupervise.store import Store

ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
INSP: Table = Inspector.__table__  # type: ignore[attr-defined]
ORG: Table = OrgUnit.__table__  # type: ignore[attr-defined]
LEVEL_WORDS = {"national": "国家", "provincial": "省级", "municipal": "市级", "county": "县级"}
HEADERS = ("序号", "检查对象名称", "统一社会信用代码", "所属乡镇", "执法检查人员", "抽查事项")
WIDTHS = (6, 40, 22, 12, 20, 30)


def export_draw(store: Store, draw_id: str, dest: Path | str) -> Path:
    """Write the draw's public list; personal data (phones, operators' names) is not in it."""
    dest = Path(dest)
    with store.read() as s:
        record = s.get(RandomDraw, draw_id)
        if record is None:
            raise KnownError("draw_none", plan=draw_id)
        plan = s.get(SpotCheckPlan, record.plan_id)
        assert plan is not None
        result = json.loads(record.result or "[]")
        conn = s.connection()
        ids = [r["enterprise_id"] for r in result]
        ents: dict[str, tuple[str, str | None, str]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            stmt = select(ENT.c.id, ENT.c.name, ENT.c.uscc, ENT.c.township_id).where(ENT.c.id.in_(chunk))
            ents.update((r[0], (r[1], r[2], r[3])) for r in conn.execute(stmt))
        towns = dict(conn.execute(select(ORG.c.id, ORG.c.name)).all())
        people = dict(conn.execute(select(INSP.c.id, INSP.c.name)).all())
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet("抽取结果")
    for n, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(n)].width = width
    level = LEVEL_WORDS.get(plan.level, plan.level)
    bold_row(sheet, [f"{plan.year}年{level}产品质量监督抽查 双随机抽取结果公示（计划编号 {plan.plan_no}）"])
    redraw = f"（重新抽取理由：{record.reason}）" if record.reason else ""
    sheet.append([f"抽查部门：{plan.authority or '—'}    产品类别：{plan.category or '—'}    "
                  f"抽取日期：{record.drawn_on}    第 {record.number} 次抽取{redraw}"])
    bold_row(sheet, list(HEADERS))
    matter = f"{plan.category or '产品'}质量监督抽查"
    for n, r in enumerate(result, start=1):
        name, code, town = ents.get(r["enterprise_id"], ("（企业已删除）", None, ""))
        officers = "、".join(people.get(i, i) for i in r["inspectors"])
        sheet.append([n, name, code or "", towns.get(town, ""), officers, matter])
    sheet.append([])
    for label, value in (
        ("随机种子", record.seed), ("算法", f"{record.algorithm}（见程序说明：SHA-256 排序，可用任何语言复算）"
                                    if record.algorithm == ALGORITHM else record.algorithm),
        ("候选企业数", record.pool_size), ("因 6 个月内已抽查而排除", record.excluded),
        ("候选名单 SHA-256", record.pool_hash), ("检查人员名单 SHA-256", record.inspector_hash),
        ("抽取结果 SHA-256", record.result_hash),
    ):
        sheet.append([label, value])
    with replace_atomically(dest) as tmp:
        book.save(tmp)
    return dest
