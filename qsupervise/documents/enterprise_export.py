"""The enterprise register (企业名录) written to Excel or CSV, with headers the importer reads back."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select, text

from qsupervise.documents import Cancel, Progress, never, no_progress, paused_gc
from qsupervise.documents.writing import bold_row, discard_sheet, replace_atomically
from qsupervise.errors import KnownError
from qsupervise.models import Enterprise, OrgKind, OrgUnit
from qsupervise.permissions import require
from qsupervise.rules import industry
from qsupervise.services import registry
from qsupervise.store import Store

ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
ORG: Table = OrgUnit.__table__  # type: ignore[attr-defined]
PAGE = 2000
COLUMNS: tuple[tuple[str, int], ...] = (  # header, width
    ("企业名称", 36), ("统一社会信用代码", 22), ("所属乡镇", 12), ("行业代码", 10), ("行业", 26), ("主体类型", 14),
    ("规模", 8), ("登记状态", 10), ("法定代表人", 12), ("首席质量官", 12), ("地址", 36), ("联系人", 10),
    ("联系电话", 16), ("成立日期", 12), ("重点用能单位", 8), ("龙头企业", 8), ("代码核验说明", 24),
)
HEADERS = tuple(h for h, _w in COLUMNS)
KIND_LABELS = {"enterprise": "企业", "individual": "个体工商户", "coop": "农民专业合作社", "other": "其他"}
SCALE_LABELS = {"above": "规上", "below": "规下"}
STATUS_LABELS = {"active": "存续", "cancelled": "注销", "revoked": "吊销", "suspended": "停业"}
TITLE = "{county}企业名录（导出于 {day}）"


def mask_phone(phone: str) -> str:
    """Keep the first 3 and last 4 digits (138****5678), as public lists do."""
    if len(phone) >= 8:
        return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
    return phone[:1] + "*" * (len(phone) - 1) if phone else ""


def mask_name(name: str) -> str:
    return name[:1] + "*" * max(1, len(name) - 1) if name else ""


def export_enterprises(
    store: Store,
    out_path: Path | str,
    *,
    query: registry.Query | None = None,
    mask_personal: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """Write the enterprises ``query`` selects (default: every live one) in list order; returns the row count.

    ``.csv`` gets UTF-8 with BOM and no title row (Excel on Windows reads it right); anything else .xlsx.
    """
    require(store, "export")
    out = Path(out_path)
    report, stop = progress or no_progress, cancel or never
    q = query or registry.Query()
    with paused_gc(), store.read() as s:
        conn = s.connection()
        county = conn.execute(select(ORG.c.name).where(ORG.c.kind == OrgKind.COUNTY)).scalar() or ""
        rowids = registry.find(s, q)
        total = len(rowids)
        values = _values(conn, rowids, mask_personal, report, stop)
        with replace_atomically(out) as temporary:
            if out.suffix.lower() == ".csv":
                write_csv(temporary, values)
            else:
                day = (today or date.today()).isoformat()
                write_xlsx(temporary, TITLE.format(county=county, day=day), values)
    report(1.0, f"{total:,} / {total:,}")
    return total


def _values(
    conn: Any, rowids: Sequence[int], mask: bool, report: Progress, stop: Cancel
) -> Iterator[list[str]]:
    """Rows as the file shows them, fetched a page at a time so memory stays flat."""
    cols = [text("enterprise.rowid AS rid"), *ENT.c, ORG.c.name.label("township_name")]
    base = select(*cols).select_from(ENT.join(ORG, ORG.c.id == ENT.c.township_id))
    labels: dict[str, str] = {}
    total = max(len(rowids), 1)
    for start in range(0, len(rowids), PAGE):
        if stop():
            raise KnownError("cancelled")
        chunk = rowids[start : start + PAGE]
        stmt = base.where(text("enterprise.rowid IN (%s)" % ",".join(str(int(r)) for r in chunk)))  # noqa: UP031
        found = {r["rid"]: r for r in conn.execute(stmt).mappings()}
        for rowid in chunk:
            r = found.get(rowid)
            if r is None:
                continue
            code = r["industry_code"] or ""
            if code not in labels:
                parsed = industry.parse(code) if code else None
                labels[code] = (parsed.division_name or parsed.section_name) if parsed else ""
            legal, contact, phone = r["legal_rep"], r["contact_name"], r["contact_phone"]
            cqo = r["chief_quality_officer"]
            if mask:
                legal, contact, cqo, phone = mask_name(legal), mask_name(contact), mask_name(cqo), mask_phone(phone)
            yield [
                r["name"], r["uscc"] or "", r["township_name"], code, labels[code],
                KIND_LABELS.get(r["kind"], r["kind"]), SCALE_LABELS.get(r["scale"], r["scale"]),
                STATUS_LABELS.get(r["status"], r["status"]), legal, cqo, r["address"], contact, phone,
                r["founded_on"] or "", "是" if r["key_energy_user"] else "否",
                "是" if r["leading_enterprise"] else "否", r["uscc_override"] or "",
            ]
        report(min(start + PAGE, total) / total * 0.99, f"{min(start + PAGE, total):,} / {total:,}")


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """Text Excel would run as a formula when it opens the CSV (=, +, -, @ first) gets a leading apostrophe,
    which Excel shows as text and our CSV reader takes off again (documents/tables.py)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(path: Path, rows: Iterable[Sequence[Any]], headers: Sequence[str] = HEADERS) -> None:
    """UTF-8 with BOM, a header row and no title (Excel on Windows reads it right); no cell is a formula."""
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        writer.writerows([csv_safe(v) for v in row] for row in rows)


def write_xlsx(
    path: Path,
    title: str,
    rows: Iterable[Sequence[Any]],
    columns: Sequence[tuple[str, int]] = COLUMNS,
    sheet_title: str = "企业名录",
) -> None:
    """A write-only workbook: a bold title row, bold ``columns`` headers (with widths), then ``rows``."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=sheet_title)
    for i, (_header, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A3"
    heading = WriteOnlyCell(sheet, value=title)
    heading.font = Font(bold=True, size=14)
    sheet.append([heading])
    bold_row(sheet, [header for header, _width in columns])
    try:
        for row in rows:
            sheet.append(row)
    except BaseException:
        discard_sheet(sheet)
        raise
    book.save(path)
